import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import type { AppType } from '../../src/index.js';
import { testApp } from '../support/http.js';

const app = testApp();
const client = hc<AppType>('http://localhost', { fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init) });

describe('the typed hono/client', () => {
  it('posts a workload and reads a typed recommendation', async () => {
    const response = await client.v1.recommendations.$post({ json: { name: 'typed', latency: 'real-time', ingestion: { mode: 'streaming', throughputMBps: 3 } } });
    expect(response.status).toBe(200);
    if (response.status === 200) {
      const answer = await response.json();
      // `answer.pipeline` is typed: a wrong property name would not compile.
      expect(answer.pipeline[0].stage).toBe('ingest');
      expect(answer.recommendations.map((r) => r.service)).toContain('kinesis-data-streams');
    }
  });

  it('types the workload it sends: a wrong field does not compile', async () => {
    // @ts-expect-error: 'soon' is not a latency; the route declares its JSON input for hono/client
    const response = await client.v1.recommendations.$post({ json: { latency: 'soon' } });
    expect(response.status).toBe(400);
    // @ts-expect-error: a batch carries workloads
    const batch = await client.v1.recommendations.batch.$post({ json: { workloads: [{ latency: 7 }] } });
    expect(batch.status).toBe(400);
  });

  it('reads the catalog and a service by id', async () => {
    const list = await (await client.v1.services.$get()).json();
    expect(list.services.length).toBeGreaterThan(30);
    const response = await client.v1.services[':id'].$get({ param: { id: 'athena' } });
    expect(response.status).toBe(200);
  });

  it('compares services through the query', async () => {
    const response = await client.v1.compare.$get({ query: { services: 'athena,emr' } });
    expect(response.status).toBe(200);
  });
});
