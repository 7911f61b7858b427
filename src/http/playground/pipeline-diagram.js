// Draws `pipeline` as an SVG: one column (lane) per stage, left to right in
// data-flow order, one box per service, an arrow from each stage to the next.
// Stages that do not fit the width given wrap onto the next row, so every
// stage stays in view. SVG text does not wrap by itself: names are wrapped here.

import { svg } from './dom.js';

const BOX_WIDTH = 160;
const BOX_PAD_Y = 10;
const NAME_LINE = 16;
const NOTE_LINE = 14;
const BOX_GAP = 12;
const LANE_PAD = 9;
const LANE_LABEL = 30;
const LANE_WIDTH = BOX_WIDTH + 2 * LANE_PAD;
const ARROW_GAP = 34;
const ROW_GAP = 36;
const MARGIN = 4;
// Characters per line at the box width: names at 13px, notes at 11px.
const NAME_CHARS = 19;
const NOTE_CHARS = 24;

/** Splits text into at most `maxLines` lines of about `width` characters, ending in … when cut. */
function wrap(text, width, maxLines) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, width - 1)}…`;
  return kept;
}

/** "Amazon Data Firehose (formerly Kinesis Data Firehose)" → the name, then the aside in smaller type. */
function boxLines(name) {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  const [main, note] = match ? [match[1], match[2]] : [name, ''];
  return { name: wrap(main, NAME_CHARS, 3), note: note ? wrap(note, NOTE_CHARS, 2) : [] };
}

function boxHeight(lines) {
  return 2 * BOX_PAD_Y + lines.name.length * NAME_LINE + (lines.note.length > 0 ? 4 + lines.note.length * NOTE_LINE : 0);
}

function serviceBox(id, name, role, x, y, lines) {
  const height = boxHeight(lines);
  const text = svg('text', { x: x + BOX_WIDTH / 2, y: y + BOX_PAD_Y, 'text-anchor': 'middle' });
  lines.name.forEach((line, i) => text.append(svg('tspan', { class: 'box-name', x: x + BOX_WIDTH / 2, dy: i === 0 ? 12 : NAME_LINE }, line)));
  lines.note.forEach((line, i) => text.append(svg('tspan', { class: 'box-note', x: x + BOX_WIDTH / 2, dy: i === 0 ? NAME_LINE + 2 : NOTE_LINE }, line)));
  return svg(
    'a',
    { href: `#rec-${id}`, class: 'box-link' },
    svg(
      'g',
      { class: 'service-box', 'data-service': id },
      svg('title', {}, `${name} (${role})`),
      svg('rect', { class: 'box-rect', x, y, width: BOX_WIDTH, height, rx: 8 }),
      text,
    ),
  );
}

/**
 * How many stages fit side by side in `width` pixels (at least one).
 *
 * @example
 * stagesPerRow(800); // 3
 */
export function stagesPerRow(width) {
  return Math.max(1, Math.floor((width - 2 * MARGIN + ARROW_GAP) / (LANE_WIDTH + ARROW_GAP)));
}

/**
 * The pipeline diagram for an answer, at most `width` pixels wide: stages
 * that do not fit wrap onto further rows, the arrow turning down to the next
 * row. `names` maps service ids to display names; an id without one is shown as is.
 *
 * @example
 * document.body.append(pipelineDiagram([{ stage: 'ingest', services: ['kinesis-data-streams'] }], { 'kinesis-data-streams': 'Amazon Kinesis Data Streams' }, 800));
 */
export function pipelineDiagram(pipeline, names, width = Infinity) {
  const lanes = pipeline.map((stage) => {
    const boxes = stage.services.map((id) => ({ id, name: names[id] ?? id, lines: boxLines(names[id] ?? id) }));
    const boxesHeight = boxes.reduce((sum, box) => sum + boxHeight(box.lines), 0) + BOX_GAP * Math.max(0, boxes.length - 1);
    return { stage: stage.stage, boxes, boxesHeight };
  });
  const perRow = Math.min(stagesPerRow(width), Math.max(1, lanes.length));
  const rows = [];
  for (let start = 0; start < lanes.length; start += perRow) rows.push(lanes.slice(start, start + perRow));
  let top = MARGIN;
  const placed = rows.flatMap((row) => {
    const content = Math.max(0, ...row.map((lane) => lane.boxesHeight));
    const at = row.map((lane, column) => ({ ...lane, x: MARGIN + column * (LANE_WIDTH + ARROW_GAP), y: top, content, height: LANE_LABEL + content + LANE_PAD }));
    top += LANE_LABEL + content + LANE_PAD + ROW_GAP;
    return at;
  });
  const svgWidth = 2 * MARGIN + perRow * LANE_WIDTH + (perRow - 1) * ARROW_GAP;
  const svgHeight = Math.max(2 * MARGIN, top - ROW_GAP + MARGIN);
  const flow = pipeline.map((stage) => stage.services.map((id) => names[id] ?? id).join(' + ')).join(' → ');

  const root = svg('svg', {
    id: 'pipeline-diagram',
    class: 'pipeline-diagram',
    width: svgWidth,
    height: svgHeight,
    viewBox: `0 0 ${svgWidth} ${svgHeight}`,
    role: 'group',
    'aria-label': `Pipeline: ${flow}`,
    'data-rows': rows.length,
  });
  root.append(
    svg(
      'defs',
      {},
      svg(
        'marker',
        { id: 'pipeline-arrowhead', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        svg('path', { class: 'arrowhead', d: 'M 0 0 L 10 5 L 0 10 z' }),
      ),
    ),
  );

  placed.forEach((lane, index) => {
    const group = svg(
      'g',
      { class: `stage role-${lane.stage}`, 'data-stage': lane.stage },
      svg('rect', { class: 'lane', x: lane.x, y: lane.y, width: LANE_WIDTH, height: lane.height, rx: 12 }),
      svg('text', { class: 'lane-label', x: lane.x + LANE_WIDTH / 2, y: lane.y + 20, 'text-anchor': 'middle' }, `${index + 1}. ${lane.stage}`),
    );
    let y = lane.y + LANE_LABEL + (lane.content - lane.boxesHeight) / 2;
    for (const box of lane.boxes) {
      group.append(serviceBox(box.id, box.name, lane.stage, lane.x + LANE_PAD, y, box.lines));
      y += boxHeight(box.lines) + BOX_GAP;
    }
    root.append(group);
    if (index > 0) root.append(arrowFrom(placed[index - 1], lane));
  });
  return root;
}

/** The arrow from one stage to the next: across within a row, or down and back to the start of the next row. */
function arrowFrom(previous, lane) {
  if (previous.y === lane.y) {
    const arrowY = lane.y + LANE_LABEL + lane.content / 2;
    return svg('line', { class: 'arrow', x1: previous.x + LANE_WIDTH + 6, y1: arrowY, x2: lane.x - 6, y2: arrowY, 'marker-end': 'url(#pipeline-arrowhead)' });
  }
  const fromX = previous.x + LANE_WIDTH / 2;
  const toX = lane.x + LANE_WIDTH / 2;
  const turnY = previous.y + previous.height + ROW_GAP / 2;
  return svg('path', { class: 'arrow', fill: 'none', d: `M ${fromX} ${previous.y + previous.height + 4} V ${turnY} H ${toX} V ${lane.y - 4}`, 'marker-end': 'url(#pipeline-arrowhead)' });
}
