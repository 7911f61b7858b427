import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { renderMermaid } from '../../src/domain/rendering/mermaid.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

const advisor = createAdvisor();
const dir = new URL('../scenarios/', import.meta.url);
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { name: string; workload: unknown });

/** A strict reading of the subset of Mermaid flowchart syntax the renderer emits. */
function parseFlowchart(text: string) {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart LR');
  const nodes: Array<{ id: string; label: string; stage: string }> = [];
  const edges: Array<[string, string]> = [];
  const subgraphs: string[] = [];
  const sources: Array<{ label: string; to: string }> = [];
  let open: string | undefined;
  for (const line of lines.slice(1)) {
    let match: RegExpExecArray | null;
    if ((match = /^ {2}subgraph (stage\d+)\["([^"]+)"\]$/.exec(line))) {
      expect(open, 'subgraphs do not nest').toBeUndefined();
      open = match[1];
      subgraphs.push(open);
    } else if (line === '  end') {
      expect(open).toBeDefined();
      open = undefined;
    } else if (line === '    direction TB') {
      expect(open).toBeDefined();
    } else if ((match = /^ {4}([a-z0-9_]+)\["([^"]+)"\]$/.exec(line))) {
      expect(open).toBeDefined();
      nodes.push({ id: match[1], label: match[2], stage: open as string });
    } else if ((match = /^ {2}(stage\d+) --> (stage\d+)$/.exec(line))) {
      edges.push([match[1], match[2]]);
    } else if ((match = /^ {2}source\d+\(\["([^"]+)"\]\) --> ([a-z0-9_]+)$/.exec(line))) {
      sources.push({ label: match[1], to: match[2] });
    } else if (!/^ {2}empty\["[^"]+"\]$/.test(line)) {
      throw new Error(`unexpected line: ${JSON.stringify(line)}`);
    }
  }
  expect(open).toBeUndefined();
  return { nodes, edges, subgraphs, sources };
}

describe('the Mermaid flowchart', () => {
  it.each(scenarios.map((s) => [s.name, s.workload]))('draws %s with one node per service and one edge per hand-off between stages', (_, workload) => {
    const answer = advisor.recommend(workload as WorkloadInput);
    const { nodes, edges, subgraphs } = parseFlowchart(renderMermaid(answer));
    const services = answer.pipeline.flatMap((stage) => stage.services);
    expect(nodes.map((n) => n.id)).toEqual(services.map((s) => s.replaceAll('-', '_')));
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(subgraphs).toHaveLength(answer.pipeline.length);
    expect(edges).toHaveLength(Math.max(0, answer.pipeline.length - 1));
    edges.forEach(([from, to], index) => expect([from, to]).toEqual([`stage${index + 1}`, `stage${index + 2}`]));
    for (const node of nodes) expect(node.label).not.toMatch(/["\n]/);
  });

  it('shows where each named source enters its own path', () => {
    const answer = advisor.recommend(scenarios.find((s) => s.name === 'clickstream-and-postgres-cdc')?.workload as WorkloadInput);
    const { sources, nodes } = parseFlowchart(renderMermaid(answer));
    expect(sources.map((s) => s.label)).toEqual(['clickstream (stream)', 'a relational database (change capture)']);
    for (const source of sources) expect(nodes.map((n) => n.id)).toContain(source.to);
    expect(sources[1].to).toBe('dms');
  });

  it('labels nodes with display names and stages in data-flow order', () => {
    const answer = advisor.recommend(scenarios.find((s) => s.name === 'video-camera-alerts')?.workload as WorkloadInput);
    const text = renderMermaid(answer);
    expect(text).toContain('kinesis_video_streams["Amazon Kinesis Video Streams"]');
    expect(text.indexOf('1. Ingest')).toBeLessThan(text.indexOf('2. Process'));
  });

  it('draws a placeholder node for an empty pipeline', () => {
    expect(renderMermaid(advisor.recommend({}))).toBe('flowchart LR\n  empty["No pipeline yet: describe the workload further"]\n');
  });
});
