import { describe, expect, it, vi } from 'vitest';
import type { Advisor } from '../../src/domain/advisor.js';
import { createApp } from '../../src/http/app.js';
import { createMetrics } from '../../src/http/metrics.js';
import { apiOperations } from '../../src/http/openapi.js';
import { advisor, json, problemOf, testApp } from '../support/http.js';
import { memoryLogger } from '../support/log.js';

const app = testApp();

describe('problem responses', () => {
  it('answers malformed JSON with 400 and says where it broke', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations', json('{"latency": ')));
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Malformed JSON');
    expect(problem.detail).toContain('not valid JSON');
  });

  it('answers an empty body with 400', async () => {
    expect((await problemOf(await app.request('/v1/recommendations', json('')))).status).toBe(400);
  });

  it('answers a wrong type with 400 naming the JSON pointer', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations', json({ ingestion: { throughputMBps: 'fast' } })));
    expect(problem.status).toBe(400);
    expect(problem.errors?.[0].path).toBe('/ingestion/throughputMBps');
  });

  it('answers an unknown key with 400 naming it and the allowed keys', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations', json({ data: { sauces: ['s3'] } })));
    expect(problem.errors?.[0]).toEqual({ path: '/data/sauces', message: expect.stringContaining('allowed keys: sources, formats') });
  });

  it('answers a body over 64 KiB with 413', async () => {
    const body = JSON.stringify({ description: 'x'.repeat(70 * 1024) });
    expect((await problemOf(await app.request('/v1/recommendations', json(body)))).status).toBe(413);
  });

  it('answers a body over the limit with 413 even without Content-Length', async () => {
    const chunks = [new TextEncoder().encode(`{"description":"${'x'.repeat(70 * 1024)}"}`)];
    const stream = new ReadableStream({ pull(controller) { const next = chunks.shift(); if (next) controller.enqueue(next); else controller.close(); } });
    const request = new Request('http://localhost/v1/recommendations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect((await problemOf(await app.request(request))).status).toBe(413);
  });

  it('answers a body nested too deep with 400 without parsing it', async () => {
    const body = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const problem = await problemOf(await app.request('/v1/recommendations/batch', json(body)));
    expect(problem.status).toBe(400);
    expect(problem.detail).toContain('nests deeper');
  });

  it('answers a body that is not JSON with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      const problem = await problemOf(await app.request('/v1/recommendations', { method: 'POST', headers: { 'content-type': type }, body: '{}' }));
      expect(problem.status).toBe(415);
    }
    expect((await problemOf(await app.request('/v1/recommendations', { method: 'POST', body: '{}' }))).status).toBe(415);
  });

  it('accepts JSON with a charset and +json media types', async () => {
    expect((await app.request('/v1/recommendations', json('{}', { 'content-type': 'application/json; charset=utf-8' }))).status).toBe(200);
    expect((await app.request('/v1/recommendations', json('{}', { 'content-type': 'application/vnd.workload+json' }))).status).toBe(200);
  });

  it('answers an unknown route with 404', async () => {
    const problem = await problemOf(await app.request('/v2/recommendations'));
    expect(problem.status).toBe(404);
    expect(problem.detail).toContain('/docs');
  });

  it('answers a wrong method on every route with 405 and an Allow header', async () => {
    const app = testApp({ metrics: createMetrics({ processMetrics: false }) });
    for (const [path, byMethod] of Object.entries(apiOperations())) {
      if (path === '/mcp') continue;
      const methods = Object.keys(byMethod).map((method) => method.toUpperCase());
      const concrete = path.replace('{id}', 's3').replace('{slug}', 'invalid-body').replace('{file}', 'playground.js');
      const wrong = methods.includes('GET') ? 'POST' : 'GET';
      const response = await app.request(concrete, { method: wrong });
      const problem = await problemOf(response);
      expect(problem.status, `${wrong} ${concrete}`).toBe(405);
      expect(response.headers.get('allow')).toContain(methods[0]);
    }
  });

  it('hides internals of an unexpected error behind a 500 problem with the request id, and logs it', async () => {
    const fail = () => {
      throw new Error('secret internal detail');
    };
    const failing: Advisor = { ...advisor, recommendValidated: fail, recommend: fail };
    const log = memoryLogger();
    const response = await createApp({ advisor: failing, logger: log.logger, trustRequestId: true }).request('/v1/recommendations', json({}, { 'x-request-id': 'req-123' }));
    const problem = await problemOf(response);
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('secret');
    expect(problem.detail).toContain('req-123');
    // Logged at error level, one JSON line, the stack in a field of its own.
    expect(log.lines()).toHaveLength(1);
    const [entry] = log.entries() as Array<{ level: string; requestId: string; path: string; err: { message: string; stack: string } }>;
    expect(entry).toMatchObject({ level: 'error', requestId: 'req-123', method: 'POST', path: '/v1/recommendations', msg: 'unexpected error' });
    expect(entry.err.message).toBe('secret internal detail');
    expect(entry.err.stack).toMatch(/^Error: secret internal detail\n\s+at /);
  });

  it('links each problem type to a description', async () => {
    const problem = await problemOf(await app.request('/nowhere'));
    const response = await app.request(problem.type);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: number }).status).toBe(404);
  });
});

describe('request ids and logging', () => {
  it("makes up an id for every request, and takes a client's X-Request-Id only from a trusted proxy (ADVISOR_TRUST_PROXY)", async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect((await app.request('/healthz')).headers.get('x-request-id')).toMatch(uuid);
    expect((await app.request('/healthz', { headers: { 'x-request-id': 'forged-1' } })).headers.get('x-request-id')).toMatch(uuid);
    const proxied = testApp({ trustRequestId: true });
    expect((await proxied.request('/healthz', { headers: { 'x-request-id': 'abc-1' } })).headers.get('x-request-id')).toBe('abc-1');
    for (const bad of ['has space', 'x'.repeat(256), 'semi;colon', '']) {
      expect((await proxied.request('/healthz', { headers: { 'x-request-id': bad } })).headers.get('x-request-id'), bad).toMatch(uuid);
    }
  });

  it('logs one JSON line per request with time, level, id, method, path and query, status and ms', async () => {
    const log = memoryLogger();
    await testApp({ logger: log.logger, logRequests: true, trustRequestId: true }).request('/v1/services/nope?x=1', { headers: { 'x-request-id': 'r-9' } });
    expect(log.lines()).toHaveLength(1);
    expect(log.lines()[0].endsWith('\n')).toBe(true);
    const entry = log.entries()[0];
    // Bytes are counted on the socket, so only a server has them (tests/cli/logs.test.ts).
    expect(Object.keys(entry)).toEqual(['level', 'time', 'requestId', 'method', 'path', 'status', 'durationMs', 'msg']);
    expect(entry).toMatchObject({ level: 'info', requestId: 'r-9', method: 'GET', path: '/v1/services/nope?x=1', status: 404, msg: 'request' });
    expect(new Date(entry.time as string).toISOString()).toBe(entry.time);
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('logs errors but no request lines when only a logger is given (ADVISOR_LOG=errors)', async () => {
    const log = memoryLogger();
    await testApp({ logger: log.logger }).request('/healthz');
    expect(log.lines()).toEqual([]);
  });

  it('adds the client at debug level', async () => {
    const log = memoryLogger({ debug: true });
    await testApp({ logger: log.logger, logRequests: true }).request('/healthz', { headers: { 'user-agent': 'probe/1' } });
    expect(log.entries()[0]).toMatchObject({ path: '/healthz', status: 200, userAgent: 'probe/1' });
  });

  it('stays silent without a logger', async () => {
    const spy = vi.spyOn(process.stdout, 'write');
    await app.request('/healthz');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
