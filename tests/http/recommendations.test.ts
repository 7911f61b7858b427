import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecommendationSchema } from '../../src/domain/answer/schema.js';
import { json, problemOf, testApp } from '../support/http.js';

const app = testApp();
const iot = JSON.parse(readFileSync(new URL('../scenarios/iot-telemetry.json', import.meta.url), 'utf8')).workload;

describe('POST /v1/recommendations', () => {
  it('answers a workload with the recommendation as JSON', async () => {
    const response = await app.request('/v1/recommendations', json(iot));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = RecommendationSchema.parse(await response.json());
    expect(body.workload).toBe('iot-telemetry');
    expect(body.recommendations.find((r) => r.service === 'kinesis-data-streams')?.configuration.shards).toBe(50);
  });

  it('answers an empty workload with what it needs to know', async () => {
    const body = (await (await app.request('/v1/recommendations', json({}))).json()) as { recommendations: unknown[]; missing: unknown[] };
    expect(body.recommendations).toEqual([]);
    expect(body.missing.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same bytes as the library: without what would change each choice, unless asked', async () => {
    const { createAdvisor } = await import('../../src/domain/advisor.js');
    const library = createAdvisor();
    const text = await (await app.request('/v1/recommendations', json(iot))).text();
    expect(text).toBe(JSON.stringify(library.recommend(iot, { whatWouldChange: false })));
    const asked = await (await app.request('/v1/recommendations?whatWouldChange=true', json(iot))).text();
    expect(asked).toBe(JSON.stringify(library.recommend(iot)));
  });

  it('prices every answer, and lists what would change each choice when asked', async () => {
    const plain = RecommendationSchema.parse(await (await app.request('/v1/recommendations', json(iot))).json());
    // The month's total worked by hand in tests/domain/cost/hand-priced-scenarios.ts.
    expect(plain.costEstimate).toMatchObject({ region: 'us-east-1', monthlyUSD: 136_557.54, pricesChecked: '2026-12-07' });
    expect(plain.recommendations.some((item) => item.whatWouldChange !== undefined)).toBe(false);
    const asked = RecommendationSchema.parse(await (await app.request('/v1/recommendations?whatWouldChange=true', json(iot))).json());
    expect(asked.recommendations.every((item) => Array.isArray(item.whatWouldChange))).toBe(true);
    expect(asked.recommendations.find((item) => item.service === 'kinesis-data-streams')?.whatWouldChange).toContainEqual(
      expect.objectContaining({ change: { 'ingestion.existingStream': 'kafka' }, instead: ['msk'] }),
    );
    const refused = await problemOf(await app.request('/v1/recommendations?whatWouldChange=yes', json(iot)));
    expect(refused.errors).toEqual([{ path: '/whatWouldChange', message: 'must be true or false' }]);
  });

  it('always says what would change the decision in the Markdown record, unless asked not to', async () => {
    const record = await (await app.request('/v1/recommendations?format=markdown', json(iot))).text();
    expect(record).toContain('## What would change this decision');
    const without = await (await app.request('/v1/recommendations?format=markdown&whatWouldChange=false', json(iot))).text();
    expect(without).not.toContain('## What would change this decision');
    expect(without).toContain('## Cost');
  });

  it('answers Accept: text/markdown with an architecture decision record', async () => {
    const response = await app.request('/v1/recommendations', json(iot, { accept: 'text/markdown' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('---\nstatus: proposed\ndate: 2026-11-26\n')).toBe(true);
    expect(text).toContain('## Decision Outcome');
  });

  it('answers ?format=mermaid with a flowchart, whatever the Accept header', async () => {
    const response = await app.request('/v1/recommendations?format=mermaid', json(iot, { accept: 'application/json' }));
    expect(response.headers.get('content-type')).toBe('text/vnd.mermaid; charset=utf-8');
    expect(await response.text()).toMatch(/^flowchart LR\n/);
  });

  it('prefers JSON for */* and names Accept in Vary', async () => {
    const response = await app.request('/v1/recommendations', json({}, { accept: '*/*' }));
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('vary')).toContain('Accept');
  });

  it('refuses a representation it cannot produce with 406', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations', json({}, { accept: 'application/xml' })));
    expect(problem.status).toBe(406);
    expect(problem.detail).toContain('text/markdown');
  });

  it('refuses an unknown format with 400', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations?format=pdf', json({})));
    expect(problem.status).toBe(400);
    expect(problem.errors?.[0].path).toBe('/format');
  });
});

describe('POST /v1/recommendations/batch', () => {
  it('answers every workload in order', async () => {
    const workloads = [{ name: 'first' }, iot, { name: 'third', latency: 'batch' }];
    const response = await app.request('/v1/recommendations/batch', json({ workloads }));
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<{ workload: string }> };
    expect(results.map((r: { workload: string }) => r.workload)).toEqual(['first', 'iot-telemetry', 'third']);
  });

  it('gives the same bytes as the library, answer by answer', async () => {
    const { createAdvisor } = await import('../../src/domain/advisor.js');
    const workloads = [{ name: 'first' }, iot, { name: 'third', latency: 'batch' }];
    const text = await (await app.request('/v1/recommendations/batch', json({ workloads }))).text();
    const library = createAdvisor();
    expect(text).toBe(JSON.stringify({ results: workloads.map((workload) => library.recommend(workload, { whatWouldChange: false })) }));
  });

  it('answers 100 workloads', async () => {
    const workloads = Array.from({ length: 100 }, (_, i) => ({ ...iot, name: `w${i}` }));
    const { results } = (await (await app.request('/v1/recommendations/batch', json({ workloads }))).json()) as { results: Array<{ workload: string }> };
    expect(results).toHaveLength(100);
    expect(results[99].workload).toBe('w99');
  });

  it('names the index and field of an invalid workload', async () => {
    const problem = await problemOf(
      await app.request('/v1/recommendations/batch', json({ workloads: [{}, {}, { latency: 'soon' }] })),
    );
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ path: '/workloads/2/latency', message: expect.stringContaining('workload 2') }]);
  });

  it('refuses an empty batch and one of 101', async () => {
    expect((await problemOf(await app.request('/v1/recommendations/batch', json({ workloads: [] })))).errors?.[0].path).toBe('/workloads');
    const tooMany = Array.from({ length: 101 }, () => ({}));
    expect((await app.request('/v1/recommendations/batch', json({ workloads: tooMany }))).status).toBe(400);
  });

  it('refuses a body that is not a batch', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations/batch', json([{}])));
    expect(problem.status).toBe(400);
  });
});
