import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openRawConnection, startServe } from '../support/cli.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** The pod's memory limit in the Kubernetes base (deploy/kubernetes/deployment.yaml). */
const POD_LIMIT_MIB = 256;

const rssMiB = (pid: number) => Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25' };
const rulesBatch = JSON.stringify(Array.from({ length: 20 }, (_, id) => ({ jsonrpc: '2.0', id, method: 'resources/read', params: { uri: 'advisor://rules' } })));
const initialize = JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'amplifier', version: '1' } } });

/** Probes /healthz every 50 ms until `done` resolves; resolves with the slowest answer in ms (Infinity if one failed). */
async function slowestHealth(url: URL, done: Promise<unknown>) {
  let finished = false;
  void done.finally(() => (finished = true));
  let slowest = 0;
  while (!finished) {
    const started = performance.now();
    try {
      const response = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(5_000) });
      await response.text();
      slowest = Math.max(slowest, response.ok ? performance.now() - started : Infinity);
    } catch {
      slowest = Infinity;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return slowest;
}

describe('MCP batch amplification against a running server', () => {
  for (const mode of ['stateful', 'stateless'] as const) {
    it(`keeps RSS under the pod's ${POD_LIMIT_MIB} MiB and /healthz under 1 s while four clients send batches of 20 reads of the rules (${mode})`, async () => {
      const { child, url } = await startServe(children, { ADVISOR_LOG: 'errors', ADVISOR_MCP_SESSIONS: mode });
      const mcp = new URL('/mcp', url);
      let peak = rssMiB(child.pid as number);
      const sampling = setInterval(() => (peak = Math.max(peak, rssMiB(child.pid as number))), 20);
      const client = async () => {
        let session: string | undefined;
        if (mode === 'stateful') {
          const init = await fetch(mcp, { method: 'POST', headers: HEADERS, body: initialize });
          session = init.headers.get('mcp-session-id') as string;
          await init.text();
        }
        const sizes: number[] = [];
        for (let round = 0; round < 4; round++) {
          const response = await fetch(mcp, { method: 'POST', headers: { ...HEADERS, ...(session ? { 'mcp-session-id': session } : {}) }, body: rulesBatch });
          sizes.push((await response.arrayBuffer()).byteLength);
        }
        return sizes;
      };
      const load = Promise.all(Array.from({ length: 4 }, client));
      const [slowest, sizes] = await Promise.all([slowestHealth(url, load), load]);
      clearInterval(sampling);
      // Each answer stays within the 4 MiB budget (plus the event stream's framing and the errors past it).
      for (const size of sizes.flat()) expect(size).toBeLessThan(4.5 * 1024 * 1024);
      expect(peak).toBeLessThan(POD_LIMIT_MIB);
      expect(slowest).toBeLessThan(1_000);
    }, 60_000);
  }

  it('holds at most the per-client cap of sessions under a flood of 300 initializes from one address, answering the rest 503 with Retry-After', async () => {
    const { child, url } = await startServe(children, { ADVISOR_LOG: 'errors' });
    const mcp = new URL('/mcp', url);
    const flood = Promise.all(
      Array.from({ length: 300 }, async () => {
        const response = await fetch(mcp, { method: 'POST', headers: HEADERS, body: initialize });
        await response.arrayBuffer();
        return { status: response.status, retryAfter: response.headers.get('retry-after') };
      }),
    );
    const [slowest, answers] = await Promise.all([slowestHealth(url, flood), flood]);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(10);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(refused).toHaveLength(290);
    // Nothing can make way before the sessions have been idle for the crowded idle time (60 s).
    for (const { retryAfter } of refused) expect(Number(retryAfter)).toBeGreaterThan(50);
    expect(rssMiB(child.pid as number)).toBeLessThan(POD_LIMIT_MIB);
    expect(slowest).toBeLessThan(1_000);
  }, 60_000);

  it('drops a client that reads nothing of its answers after the write timeout, and with it what it would not read', async () => {
    const { child, url } = await startServe(children, { ADVISOR_LOG: 'errors', ADVISOR_WRITE_TIMEOUT_MS: '1000' });
    // Forty copies of Swagger UI's 1.7 MB bundle, pipelined, far more than the kernel's buffers hold.
    const request = 'GET /docs/assets/swagger-ui-dist/swagger-ui-bundle.js HTTP/1.1\r\nHost: localhost\r\n\r\n'.repeat(40);
    const readers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const { socket } = await openRawConnection(Number(url.port));
        socket.pause();
        socket.write(request);
        return socket;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(rssMiB(child.pid as number)).toBeLessThan(POD_LIMIT_MIB);
    const total = 40 * readFileSync(new URL('../../dist/swagger-ui/swagger-ui-bundle.js', import.meta.url)).length;
    const received = await Promise.all(
      readers.map(async (socket) => {
        let bytes = 0;
        socket.removeAllListeners('data');
        socket.on('data', (chunk: Buffer | string) => (bytes += chunk.length));
        socket.resume();
        await Promise.race([once(socket, 'close'), new Promise((resolve) => setTimeout(resolve, 10_000))]);
        return { bytes, closed: socket.destroyed || socket.readableEnded };
      }),
    );
    for (const { bytes, closed } of received) {
      expect(closed).toBe(true);
      expect(bytes).toBeLessThan(total);
    }
    expect((await fetch(new URL('/healthz', url))).status).toBe(200);
  }, 40_000);
});
