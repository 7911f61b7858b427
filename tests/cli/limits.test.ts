import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawConnection, runCli, startServe } from '../support/cli.js';
import { parsePrometheus, valueOf } from '../support/prometheus.js';

const children: ChildProcess[] = [];
let child: ChildProcess;
let port: number;

beforeAll(async () => {
  const server = await startServe(children, { ADVISOR_LOG: 'silent', ADVISOR_HEADERS_TIMEOUT_MS: '1000', ADVISOR_REQUEST_TIMEOUT_MS: '2000' });
  child = server.child;
  port = Number(server.url.port);
});

afterAll(async () => {
  child.kill('SIGTERM');
  await once(child, 'exit');
});

/** Writes raw bytes, then reads whatever the server answers until it closes the connection. */
async function raw(chunks: string[], { pauseMs = 0 } = {}) {
  const { socket, closed } = await openRawConnection(port);
  const started = Date.now();
  for (const chunk of chunks) {
    socket.write(chunk);
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  const answer = await closed;
  return { answer, ms: Date.now() - started };
}

const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('limits on slow and broken clients', () => {
  it('answers headers that never finish with a 408 problem after the headers timeout', async () => {
    const { answer, ms } = await raw(['POST /v1/recommendations HTTP/1.1\r\nHost: localhost\r\n']);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('application/problem+json');
    expect(problemOf(answer).status).toBe(408);
    expect(ms).toBeLessThan(5000);
  });

  it('answers a body that never finishes with a 408 problem after the request timeout', async () => {
    const { answer, ms } = await raw(['POST /v1/recommendations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":']);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(6000);
  });

  it('answers bytes that are not HTTP with a 400 problem', async () => {
    const { answer } = await raw(['NOT HTTP AT ALL\r\n\r\n']);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(problemOf(answer).title).toBe('Bad Request');
  });

  it('answers oversized headers with a 431 problem', async () => {
    const { answer } = await raw([`GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`]);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
  });

  it('answers a request without Host with a 400 problem carrying the standard headers', async () => {
    const { answer } = await raw(['GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n']);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(problemOf(answer).detail).toContain('missing host header');
    expect(answer).toMatch(/x-request-id: [0-9a-f-]{36}/i);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
  });

  it('answers an Expect it cannot meet with a 417 problem', async () => {
    const { answer } = await raw(['POST /v1/recommendations HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}']);
    expect(answer).toMatch(/^HTTP\/1\.1 417 /);
    expect(problemOf(answer).title).toBe('Expectation Failed');
  });

  it('puts the standard headers and a request id on the problems Node itself answers', async () => {
    for (const chunks of [['NOT HTTP AT ALL\r\n\r\n'], [`GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`]]) {
      const { answer } = await raw(chunks);
      expect(answer).toMatch(/x-request-id: [0-9a-f-]{36}/i);
      expect(answer).toMatch(/x-frame-options: DENY/i);
      expect(problemOf(answer).type).toMatch(/^\/problems\//);
    }
  });

  it('closes a keep-alive connection left idle after an answer, after 5 s', async () => {
    const { socket, closed } = await openRawConnection(port);
    const started = Date.now();
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const answer = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(Date.now() - started).toBeGreaterThan(4_000);
    expect(Date.now() - started).toBeLessThan(9_000);
  }, 15_000);

  it('still serves others meanwhile', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
  });

  it('counts in /metrics the problems Node answers before the app sees the request', async () => {
    const samples = parsePrometheus(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
    const problems = (type: string) => valueOf(samples, 'advisor_problems_total', { type });
    expect(problems('request-timeout')).toBe(2);
    expect(problems('header-fields-too-large')).toBe(2);
    expect(problems('expectation-failed')).toBe(1);
    // Not HTTP (twice) from Node's parser, no Host from the adapter.
    expect(problems('bad-request')).toBe(3);
  });
});

describe('the request log under hostile requests', () => {
  it('logs a client that leaves mid-body as an incomplete body, not a 500 with a stack, and escapes control characters', async () => {
    const server = await startServe(children, { ADVISOR_LOG: 'requests' });
    const port = Number(server.url.port);
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('POST /v1/recommendations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":');
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await fetch(`http://127.0.0.1:${port}/v1/services/%0aforged%1b[31m?x=%0a`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // SIGTERM flushes the buffered log before the process exits.
    server.child.kill('SIGTERM');
    await once(server.child, 'exit');
    const log = server.output();
    // Every line is one JSON object: the path (logged as sent, percent-encoded) forged none.
    const entries = log.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(log.split('\n').some((line) => line.startsWith('forged'))).toBe(false);
    expect(log).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(entries).toContainEqual(expect.objectContaining({ method: 'POST', path: '/v1/recommendations', status: 400 }));
    expect(entries).toContainEqual(expect.objectContaining({ method: 'GET', path: '/v1/services/%0aforged%1b[31m?x=%0a', status: 404 }));
    expect(entries.some((entry) => entry.level === 'error' || entry.status === 500 || 'err' in entry)).toBe(false);
  });
});

describe('a broken organisation rule file', () => {
  it('stops serve from starting, naming the file, the rule and the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ topic: 'x', rules: [{ id: 'jsonpath-rule', description: 'uses JSONPath', cards: [], priority: 5, conditions: { all: [{ fact: 'ingestion', path: '$.mode', operator: 'equal', value: 'batch' }] }, event: { type: 'advice', params: { ask: [{ field: 'latency', why: 'because' }] } } }] }));
    const { code, stderr } = runCli(['serve'], { env: { ADVISOR_RULES_DIR: dir, PORT: '0' } });
    expect(code).toBe(3);
    expect(stderr).toContain('policy.json');
    expect(stderr).toContain('jsonpath-rule');
    expect(stderr).toContain('no JSONPath');
  });
});
