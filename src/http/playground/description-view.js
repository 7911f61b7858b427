// The "describe your workload" box: the description with each phrase the
// advisor read marked, and what it read from it. Built from text nodes only,
// so nothing in the description can inject markup.

import { h } from './dom.js';

/**
 * The spans of the text the inferred fields came from, overlapping ones merged,
 * each with the fields read from it. Evidence is an exact substring; repeated
 * phrases are matched in order, so the nth reading takes the nth occurrence it can.
 *
 * @example
 * evidenceSpans('30 MB/s of clickstream', [{ field: 'data.sources', value: ['clickstream'], evidence: 'clickstream' }]);
 * // [{ start: 11, end: 22, readings: [...] }]
 */
export function evidenceSpans(text, inferred) {
  const spans = [];
  const from = new Map();
  for (const reading of inferred) {
    let start = text.indexOf(reading.evidence, from.get(reading.evidence) ?? 0);
    if (start < 0) start = text.indexOf(reading.evidence);
    if (start < 0) continue;
    spans.push({ start, end: start + reading.evidence.length, readings: [reading] });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.readings.push(...span.readings);
    } else merged.push({ ...span, readings: [...span.readings] });
  }
  return merged;
}

const shownValue = (value) => (Array.isArray(value) ? value.join(', ') : String(value));

/**
 * The description with the phrases read marked; each mark's title says which fields it gave.
 *
 * @example
 * replace(box, ...highlightedDescription(text, reading.inferred));
 */
export function highlightedDescription(text, inferred) {
  const parts = [];
  let at = 0;
  for (const span of evidenceSpans(text, inferred)) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    const label = span.readings.map((reading) => `${reading.field} = ${shownValue(reading.value)}`).join('; ');
    parts.push(h('mark', { title: label, 'data-fields': span.readings.map((reading) => reading.field).join(' ') }, text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * The fields read, one line each: field, value and the words it came from.
 *
 * @example
 * replace(list, inferredList(reading.inferred));
 */
export function inferredList(inferred) {
  if (inferred.length === 0) return h('p', { class: 'none' }, 'No field could be read from this description.');
  return h(
    'ul',
    { class: 'inferred' },
    inferred.map((reading) => h('li', {}, h('code', {}, reading.field), ` = ${shownValue(reading.value)} `, h('span', { class: 'evidence' }, `from "${reading.evidence}"`))),
  );
}
