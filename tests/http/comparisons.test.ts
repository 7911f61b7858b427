import { describe, expect, it } from 'vitest';
import { WorkloadComparisonSchema } from '../../src/domain/comparison/comparison-schema.js';
import { json, problemOf, testApp } from '../support/http.js';

const app = testApp();
const logs = { name: 'logs', data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming', throughputMBps: 2 }, latency: 'real-time', destinations: ['s3'] };
const compare = (body: unknown) => app.request('/v1/recommendations/compare', json(body));

describe('POST /v1/recommendations/compare', () => {
  it('answers a workload and a change side by side, with what the change saves a month', async () => {
    const response = await compare({ workload: logs, change: { latency: 'near-real-time' } });
    expect(response.status).toBe(200);
    const body = WorkloadComparisonSchema.parse(await response.json());
    expect(body.change).toEqual({ latency: 'near-real-time' });
    expect(body.answers.map((answer) => answer.workload)).toEqual(['logs', 'logs']);
    expect(body.roles.find((entry) => entry.role === 'ingest')).toEqual({ role: 'ingest', first: ['kinesis-data-streams'], second: ['kinesis-data-firehose'] });
    // Worked by hand from prices/ (us-east-1): real time is a 2-shard stream (1,460 shard-hours × 0.015 = 21.90; 2,048 records/s of 1 KB assumed,
    // 5,382.144 M PUT units × 0.014 = 75.35) before Firehose (25,664.063 GB billed in 5 KB increments × 0.029 = 744.26) and S3 (5,132.813 GB × 0.023 = 118.05):
    // $959.56; near real time drops the stream: $862.31. At the cheap end (25 KB records) the stream's units are 215.286 M × 0.014 = 3.01, so 24.91 apart.
    expect(body.costDifference).toEqual({ monthlyUSD: -97.25, lowUSD: -24.91, highUSD: -97.25, regions: ['us-east-1', 'us-east-1'] });
    expect(body.answers[0].costEstimate?.monthlyUSD).toBe(959.56);
    expect(body.answers[1].costEstimate?.monthlyUSD).toBe(862.31);
  });

  it('answers two workloads side by side, each as POST /v1/recommendations answers it', async () => {
    const faster = { ...logs, name: 'faster', ingestion: { mode: 'streaming', throughputMBps: 20 } };
    const body = WorkloadComparisonSchema.parse(await (await compare({ workloads: [logs, faster] })).json());
    expect(body.change).toBeUndefined();
    const alone = await Promise.all([logs, faster].map(async (workload) => (await app.request('/v1/recommendations', json(workload))).json()));
    expect(body.answers).toEqual(alone);
    const asked = WorkloadComparisonSchema.parse(await (await app.request('/v1/recommendations/compare?whatWouldChange=true', json({ workloads: [logs, faster] }))).json());
    expect(asked.answers.every((answer) => answer.recommendations.every((item) => Array.isArray(item.whatWouldChange)))).toBe(true);
    const [first, second] = body.answers.map((answer) => answer.costEstimate?.monthlyUSD as number);
    expect(body.costDifference?.monthlyUSD).toBe(Math.round((second - first) * 100) / 100);
  });

  it('names the change that makes the changed workload invalid', async () => {
    const problem = await problemOf(await compare({ workload: logs, change: { latency: 'soon' } }));
    expect(problem.status).toBe(400);
    expect(problem.errors?.[0].path).toBe('/change/latency');
    const unknown = await problemOf(await compare({ workload: logs, change: { 'ingestion.throughputMbps': 3 } }));
    expect(unknown.errors?.[0]).toMatchObject({ path: '/change/ingestion.throughputMbps', message: expect.stringContaining('unknown key "throughputMbps"') });
  });

  it('refuses a request that is neither two workloads nor a workload and a change, saying which to give', async () => {
    expect((await problemOf(await compare({}))).errors?.[0].message).toBe('give either workloads (two of them) or workload and change');
    expect((await problemOf(await compare({ workload: logs }))).errors?.[0]).toEqual({ path: '/change', message: 'give the change to apply to workload, such as { "latency": "near-real-time" }' });
    expect((await problemOf(await compare({ workloads: [logs] }))).errors?.[0].path).toBe('/workloads');
    expect((await problemOf(await compare({ workloads: [logs, { latency: 'soon' }] }))).errors?.[0].path).toBe('/workloads/1/latency');
    expect((await problemOf(await compare({ workloads: [logs, logs], change: { latency: 'batch' } }))).status).toBe(400);
  });

  it('is declared like the other operations: POST only, a 405 naming it otherwise', async () => {
    const get = await app.request('/v1/recommendations/compare');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});
