import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServe } from '../support/cli.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const serve = (env: Record<string, string> = {}) => startServe(children, env);

/** Starts a POST whose body arrives in two halves, so it is in flight until `finish` is called. */
function slowPost(url: URL, path: string, body: string) {
  const req = request({ host: url.hostname, port: url.port, path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  return { response, finish: () => req.end(body.slice(half)) };
}

const batch = JSON.stringify({ workloads: Array.from({ length: 100 }, (_, i) => ({ name: `w${i}`, latency: 'real-time', ingestion: { mode: 'streaming', throughputMBps: i + 1 } })) });

describe('graceful shutdown', () => {
  it('finishes every in-flight request, a batch included, refuses new connections, then exits 0', async () => {
    const { child, url, output } = await serve();
    const single = slowPost(url, '/v1/recommendations', JSON.stringify({ name: 'in-flight', latency: 'batch' }));
    const many = slowPost(url, '/v1/recommendations/batch', batch);
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(new URL('/healthz', url))).rejects.toThrow();
    single.finish();
    many.finish();
    const [first, second] = await Promise.all([single.response, many.response]);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).workload).toBe('in-flight');
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body).results).toHaveLength(100);
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).toContain('SIGTERM: draining 2 in-flight request(s)');
    expect(output()).toContain('stopped cleanly');
  }, 20_000);

  it('exits at once on a second signal', async () => {
    const { child, url } = await serve();
    // The server is killed mid-request, so the client sees a reset: expected here.
    slowPost(url, '/v1/recommendations', '{"name":"never-finished"}').response.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(130);
  });

  it('gives up after the shutdown timeout with exit 1 when a request never finishes', async () => {
    const { child, url, output } = await serve({ ADVISOR_SHUTDOWN_TIMEOUT_MS: '500' });
    slowPost(url, '/v1/recommendations', '{"name":"stuck"}').response.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(output()).toContain('stopped after 500 ms');
  });
});

describe('graceful shutdown with MCP sessions open', () => {
  it('closes the sessions, their open event streams included, and exits 0', async () => {
    const { child, url, output } = await serve();
    const mcp = new URL('/mcp', url);
    const init = await fetch(mcp, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'shutdown-test', version: '1' } } }),
    });
    const session = init.headers.get('mcp-session-id') as string;
    await init.text();
    await fetch(mcp, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-session-id': session, 'mcp-protocol-version': '2025-11-25' }, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) });
    // A server-to-client stream stays open until the server ends it.
    const stream = await fetch(mcp, { headers: { accept: 'text/event-stream', 'mcp-session-id': session, 'mcp-protocol-version': '2025-11-25' } });
    expect(stream.status).toBe(200);
    const reading = stream.text().catch(() => 'stream cut');
    const started = Date.now();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    await reading;
    expect(output()).toContain('stopped cleanly');
  }, 20_000);
});
