import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServe } from '../support/cli.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

type Entry = Record<string, unknown>;

const entriesOf = (output: string) => output.trimEnd().split('\n').map((line) => JSON.parse(line) as Entry);

/** Sends one raw request that closes the connection, and resolves with every byte of the answer. */
async function rawAnswer(port: number, request: string): Promise<Buffer> {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.write(request);
  await once(socket, 'close');
  return Buffer.concat(chunks);
}

async function stop(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  return code as number | null;
}

describe('the server log (JSON, one line each, when stdout is not a terminal)', () => {
  it('logs a request with time, level, id, method, path and query, status, ms and the bytes sent', async () => {
    const { child, url, output } = await startServe(children, { ADVISOR_TRUST_PROXY: 'true' });
    const answer = await rawAnswer(Number(url.port), 'GET /healthz?probe=1 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: log-test-1\r\nConnection: close\r\n\r\n');
    expect(await stop(child)).toBe(0);
    const entry = entriesOf(output()).find((line) => line.msg === 'request');
    expect(entry).toBeDefined();
    expect(Object.keys(entry as Entry)).toEqual(['level', 'time', 'requestId', 'method', 'path', 'status', 'durationMs', 'bytes', 'msg']);
    expect(entry).toMatchObject({ level: 'info', requestId: 'log-test-1', method: 'GET', path: '/healthz?probe=1', status: 200 });
    expect(new Date((entry as Entry).time as string).toISOString()).toBe((entry as Entry).time);
    expect(typeof (entry as Entry).durationMs).toBe('number');
    // Everything that went on the wire for this answer, headers included.
    expect((entry as Entry).bytes).toBe(answer.length);
  });

  it('loses no line on SIGTERM: every request, then draining and stopped, come out before the exit', async () => {
    const { child, url, output } = await startServe(children);
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => fetch(new URL(`/v1/services/athena?n=${i}`, url)).then((response) => response.status)));
    expect(answers.every((status) => status === 200)).toBe(true);
    expect(await stop(child)).toBe(0);
    const entries = entriesOf(output());
    expect(entries.filter((entry) => entry.msg === 'request')).toHaveLength(60);
    expect(entries[0]).toMatchObject({ event: 'listening', url: url.href.replace(/\/$/, ''), mcpSessions: 'stateful' });
    expect(typeof entries[0].rules).toBe('number');
    expect(entries.slice(-2)).toEqual([
      expect.objectContaining({ level: 'info', event: 'draining', signal: 'SIGTERM' }),
      expect.objectContaining({ level: 'info', event: 'stopped', clean: true, msg: 'stopped cleanly' }),
    ]);
  });

  it('logs no request with ADVISOR_LOG=errors, and the client too with ADVISOR_LOG=debug', async () => {
    const quiet = await startServe(children, { ADVISOR_LOG: 'errors' });
    await fetch(new URL('/healthz', quiet.url));
    await stop(quiet.child);
    expect(entriesOf(quiet.output()).map((entry) => entry.event)).toEqual(['listening', 'draining', 'stopped']);

    const debug = await startServe(children, { ADVISOR_LOG: 'debug' });
    await fetch(new URL('/healthz', debug.url), { headers: { 'user-agent': 'log-test/1' } });
    await stop(debug.child);
    expect(entriesOf(debug.output())).toContainEqual(expect.objectContaining({ path: '/healthz', remoteAddress: '127.0.0.1', userAgent: 'log-test/1' }));
  });
});

describe('the server log for people (ADVISOR_LOG_FORMAT=pretty, the default on a terminal)', () => {
  it('writes one readable line per request and event, control characters escaped', async () => {
    const { child, url, output } = await startServe(children, { ADVISOR_LOG_FORMAT: 'pretty', ADVISOR_TRUST_PROXY: 'true' });
    await fetch(new URL('/healthz', url), { headers: { 'x-request-id': 'pretty-1' } });
    await stop(child);
    const lines = output().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  aws-data-advisor \d+ rules .* listening on http:\/\/127\.0\.0\.1:\d+ /);
    expect(lines).toContainEqual(expect.stringMatching(/^\d\d:\d\d:\d\d\.\d{3} INFO  GET \/healthz 200 [\d.]+ ms \d+ B id=pretty-1$/));
    expect(lines.at(-1)).toMatch(/ INFO  stopped cleanly$/);
  });
});
