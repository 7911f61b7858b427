import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { WorkloadReadingSchema } from '../../src/domain/infer-workload.js';
import type { AppType } from '../../src/index.js';
import { json, problemOf, testApp } from '../support/http.js';

const app = testApp();
const CLICKSTREAM = 'We ingest about 30 MB/s of clickstream from our website and want real-time dashboards, plus the raw events in S3 for analysts.';

describe('POST /v1/workloads/infer', () => {
  it('reads a description into the workload, each field with the words it came from', async () => {
    const response = await app.request('/v1/workloads/infer', json({ description: CLICKSTREAM }));
    expect(response.status).toBe(200);
    const reading = WorkloadReadingSchema.parse(await response.json());
    expect(reading.workload).toMatchObject({ description: CLICKSTREAM, ingestion: { throughputMBps: 30 }, data: { sources: ['clickstream'] }, latency: 'real-time' });
    expect(reading.inferred).toContainEqual({ field: 'ingestion.throughputMBps', value: 30, evidence: '30 MB/s' });
    expect(reading.warnings).toEqual([]);
  });

  it('keeps the fields given and warns where the prose disagrees', async () => {
    const reading = WorkloadReadingSchema.parse(await (await app.request('/v1/workloads/infer', json({ description: CLICKSTREAM, latency: 'batch' }))).json());
    expect(reading.workload.latency).toBe('batch');
    expect(reading.inferred.map((entry) => entry.field)).not.toContain('latency');
    expect(reading.warnings[0]).toMatchObject({ code: 'conflicting-inputs' });
    expect(reading.warnings[0].message).toContain('"real-time dashboards"');
  });

  it('says when nothing could be read', async () => {
    const reading = WorkloadReadingSchema.parse(await (await app.request('/v1/workloads/infer', json({ description: 'Lorem ipsum dolor sit amet.' }))).json());
    expect(reading.inferred).toEqual([]);
    expect(reading.warnings.map((w) => w.code)).toEqual(['description-not-read']);
  });

  it('refuses an over-long description with a 400 naming the limit', async () => {
    const problem = await problemOf(await app.request('/v1/workloads/infer', json({ description: 'x'.repeat(4001) })));
    expect(problem.status).toBe(400);
    expect(problem.errors?.[0]).toMatchObject({ path: '/description' });
    expect(problem.errors?.[0].message).toContain('4000');
  });

  it('answers other methods with 405 and non-JSON bodies with 415', async () => {
    expect((await app.request('/v1/workloads/infer')).status).toBe(405);
    const problem = await problemOf(await app.request('/v1/workloads/infer', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: CLICKSTREAM }));
    expect(problem.status).toBe(415);
  });

  it('is typed in hono/client, and the recommendation carries the same inferred list', async () => {
    const client = hc<AppType>('http://localhost', { fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init) });
    const response = await client.v1.workloads.infer.$post({ json: { description: CLICKSTREAM } });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    const reading = await response.json();
    const answer = await (await client.v1.recommendations.$post({ json: { description: CLICKSTREAM } })).json();
    if ('inferred' in answer) expect(answer.inferred).toEqual(reading.inferred);
    else expect.unreachable('a recommendation');
  });
});
