import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/http/metrics.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';
import { McpSessions } from '../../src/mcp/http-sessions.js';
import { StatelessMcp } from '../../src/mcp/stateless-http.js';
import { advisor, json, testApp } from '../support/http.js';
import { parsePrometheus, valueOf } from '../support/prometheus.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

const TOKEN = 'a-token-of-sixteen-chars';

function setup(options: { token?: string; mcp?: McpSessions | StatelessMcp } = {}) {
  const metrics = createMetrics({ mcpSessionsOpen: () => options.mcp?.size ?? 0 });
  return testApp({ metrics, token: options.token, mcp: options.mcp });
}

async function scrape(app: ReturnType<typeof testApp>, headers: Record<string, string> = {}) {
  const response = await app.request('/metrics', { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parsePrometheus(await response.text());
}

const requests = (route: string, status: string, method = 'GET') => ['advisor_http_requests_total', { method, route, status }] as const;

describe('GET /metrics (Prometheus text format)', () => {
  it('counts requests and their latency by method, route pattern and status, never by raw path', async () => {
    const app = setup();
    await app.request('/v1/services/athena');
    await app.request('/v1/services/s3');
    await app.request('/v1/services/nope');
    await app.request('/v1/services/%0aforged');
    await app.request('/no/such/page');
    const samples = await scrape(app);
    expect(valueOf(samples, ...requests('/v1/services/:id', '200'))).toBe(2);
    expect(valueOf(samples, ...requests('/v1/services/:id', '404'))).toBe(2);
    expect(valueOf(samples, ...requests('unmatched', '404'))).toBe(1);
    expect(valueOf(samples, 'advisor_http_request_duration_seconds_count', { route: '/v1/services/:id', status: '200' })).toBe(2);
    expect(valueOf(samples, 'advisor_http_request_duration_seconds_bucket', { route: '/v1/services/:id', status: '200', le: '+Inf' })).toBe(2);
    expect(valueOf(samples, 'advisor_http_request_duration_seconds_sum', { route: '/v1/services/:id', status: '200' })).toBeGreaterThan(0);
    const routes = new Set(samples.filter((sample) => sample.name === 'advisor_http_requests_total').map((sample) => sample.labels.route));
    expect([...routes].sort()).toEqual(['/v1/services/:id', 'unmatched']);
    // The scrape itself is counted from the next scrape on.
    expect(valueOf(await scrape(app), ...requests('/metrics', '200'))).toBe(1);
  });

  it('counts the services recommended and the rules behind them, from the answers given', async () => {
    const app = setup();
    const workload: WorkloadInput = { name: 'metrics', latency: 'real-time', ingestion: { mode: 'streaming', throughputMBps: 5 } };
    const answer = advisor.recommend(workload);
    expect(answer.recommendations.length).toBeGreaterThan(0);
    await app.request('/v1/recommendations', json(workload));
    await app.request('/v1/recommendations?format=mermaid', json(workload));
    await app.request('/v1/recommendations/batch', json({ workloads: [workload, workload] }));
    const samples = await scrape(app);
    expect(valueOf(samples, 'advisor_answers_total')).toBe(4);
    for (const item of answer.recommendations) {
      const times = answer.recommendations.filter((other) => other.service === item.service).length;
      expect(valueOf(samples, 'advisor_recommendations_total', { service: item.service })).toBe(4 * times);
    }
    const cited = answer.recommendations.flatMap((item) => item.rules);
    for (const rule of new Set(cited)) {
      expect(valueOf(samples, 'advisor_recommendation_rules_total', { rule })).toBe(4 * cited.filter((id) => id === rule).length);
    }
  });

  it('counts problem answers by type', async () => {
    const app = setup();
    await app.request('/v1/recommendations', json({ latency: 'soon' }));
    await app.request('/v1/recommendations', json('{'));
    await app.request('/v1/recommendations', json('{'));
    await app.request('/v1/services', { method: 'PUT' });
    const samples = await scrape(app);
    expect(valueOf(samples, 'advisor_problems_total', { type: 'invalid-body' })).toBe(1);
    expect(valueOf(samples, 'advisor_problems_total', { type: 'malformed-json' })).toBe(2);
    expect(valueOf(samples, 'advisor_problems_total', { type: 'method-not-allowed' })).toBe(1);
    expect(valueOf(samples, 'advisor_answers_total')).toBe(0);
  });

  it('reports MCP sessions open: one per stateful session, none when stateless', async () => {
    const sessions = new McpSessions({ createServer: () => createMcpServer(advisor, { version: 'test' }), maxSessions: 5, idleMs: 60_000 });
    const stateful = setup({ mcp: sessions });
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
    };
    expect(valueOf(await scrape(stateful), 'advisor_mcp_sessions_open')).toBe(0);
    await stateful.request('/mcp', init);
    await stateful.request('/mcp', init);
    expect(valueOf(await scrape(stateful), 'advisor_mcp_sessions_open')).toBe(2);
    await sessions.closeAll();

    const stateless = setup({ mcp: new StatelessMcp({ createServer: () => createMcpServer(advisor, { version: 'test' }) }) });
    expect((await stateless.request('/mcp', init)).status).toBe(200);
    expect(valueOf(await scrape(stateless), 'advisor_mcp_sessions_open')).toBe(0);
  });

  it('includes the process metrics', async () => {
    const names = new Set((await scrape(setup())).map((sample) => sample.name));
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_p99_seconds']) {
      expect(names, name).toContain(name);
    }
  });

  it('keeps the counts of each app apart (one registry per app)', async () => {
    const first = setup();
    const second = setup();
    await first.request('/healthz');
    await first.request('/healthz');
    expect(valueOf(await scrape(first), ...requests('/healthz', '200'))).toBe(2);
    expect(valueOf(await scrape(second), ...requests('/healthz', '200'))).toBe(0);
  });

  it('needs the bearer token when the server has one, as /v1 does', async () => {
    const app = setup({ token: TOKEN });
    expect((await app.request('/metrics')).status).toBe(401);
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer wrong-token-of-16-chars' } })).status).toBe(401);
    const samples = await scrape(app, { authorization: `Bearer ${TOKEN}` });
    expect(valueOf(samples, 'advisor_problems_total', { type: 'unauthorized' })).toBe(2);
    expect(valueOf(samples, ...requests('/metrics', '401'))).toBe(2);
  });

  it('is not served by an app given no metrics', async () => {
    expect((await testApp().request('/metrics')).status).toBe(404);
  });
});
