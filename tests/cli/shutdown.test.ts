import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { openRawConnection, startServe } from '../support/cli.js';

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

/** Opens a raw connection and writes `text` whole; resolves once the bytes are handed to the kernel. */
async function sendRaw(port: number, text: string) {
  const { socket, closed } = await openRawConnection(port);
  await new Promise<void>((resolve) => socket.write(text, () => resolve()));
  return { socket, closed };
}

/** A batch of 100 workloads of about 3 KB each: some 300 KB to send, and a few milliseconds to answer. */
const bigBatch = JSON.stringify({
  workloads: Array.from({ length: 100 }, (_, i) => ({ name: `w${i}`, description: 'x'.repeat(2_900), latency: 'real-time', ingestion: { mode: 'streaming', throughputMBps: i + 1 } })),
});
const bigBatchRequest = `POST /v1/recommendations/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(bigBatch)}\r\n\r\n${bigBatch}`;

/** A client that asks for 40 copies of a 1.7 MB file and reads none: its answers cannot all be delivered. */
async function slowReader(port: number) {
  const { socket } = await sendRaw(port, 'GET /docs/assets/swagger-ui-dist/swagger-ui-bundle.js HTTP/1.1\r\nHost: localhost\r\n\r\n'.repeat(40));
  socket.pause();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return socket;
}

describe('graceful shutdown', () => {
  it('answers every request that fully arrived before SIGTERM, 40 batches of 300 KB at once, then exits 0', async () => {
    const { child, url, output } = await serve({ ADVISOR_LOG: 'errors' });
    // The language model loads on the first description read (never at start): read one first.
    await fetch(new URL('/v1/workloads/infer', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"description":"30 MB/s of clickstream."}' });
    const clients = await Promise.all(Array.from({ length: 40 }, () => sendRaw(Number(url.port), bigBatchRequest)));
    child.kill('SIGTERM');
    // Each answer says Connection: close, and the server closes the connection after it.
    const answers = await Promise.all(clients.map(({ closed }) => closed));
    expect(answers.filter((answer) => answer.startsWith('HTTP/1.1 200')).length).toBe(40);
    for (const answer of answers) expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4).replace(/^[0-9a-f]+\r\n/, '').replace(/\r\n0\r\n\r\n$/, '')).results).toHaveLength(100);
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).toContain('stopped cleanly');
    await expect(fetch(new URL('/healthz', url))).rejects.toThrow();
  }, 30_000);

  it('closes at once connections still sending headers or a body, and exits 0 without waiting for the timeout', async () => {
    const { child, url, output } = await serve({ ADVISOR_SHUTDOWN_TIMEOUT_MS: '10000' });
    const halfBody = slowPost(url, '/v1/recommendations', JSON.stringify({ name: 'in-flight', latency: 'batch' }));
    halfBody.response.catch(() => undefined);
    const halfHeaders = await sendRaw(Number(url.port), 'POST /v1/recommendations HTTP/1.1\r\nHost: localhost\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    child.kill('SIGTERM');
    await halfHeaders.closed;
    await expect(halfBody.response).rejects.toThrow();
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(output()).toContain('stopped cleanly');
  }, 20_000);

  it('exits at once on a second signal', async () => {
    const { child, url } = await serve();
    const reader = await slowReader(Number(url.port));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(130);
    reader.destroy();
  }, 20_000);

  it('gives up after the shutdown timeout with exit 1 when an answer cannot be delivered', async () => {
    const { child, url, output } = await serve({ ADVISOR_SHUTDOWN_TIMEOUT_MS: '500', ADVISOR_LOG: 'errors' });
    const reader = await slowReader(Number(url.port));
    const started = Date.now();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(output()).toContain('stopped after 500 ms');
    reader.destroy();
  }, 20_000);
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
