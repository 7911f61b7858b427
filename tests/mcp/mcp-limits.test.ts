import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { createApp } from '../../src/http/app.js';
import { createMetrics } from '../../src/http/metrics.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';
import { McpSessions } from '../../src/mcp/http-sessions.js';
import { ANSWER_TOO_LARGE, MCP_LIMITS } from '../../src/mcp/limits.js';
import { paceAnswers } from '../../src/mcp/paced-transport.js';
import { StatelessMcp } from '../../src/mcp/stateless-http.js';
import { memoryLogger } from '../support/log.js';
import { parsePrometheus, valueOf } from '../support/prometheus.js';

const advisor = createAdvisor();
const open: McpSessions[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sessions) => sessions.closeAll()));
});

const HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25' };
const post = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { ...HEADERS, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const readRules = (id: number) => ({ jsonrpc: '2.0', id, method: 'resources/read', params: { uri: 'advisor://rules' } });
const initialize = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'limits', version: '1' } } };

function statelessApp(options: { answerBytes?: number } = {}) {
  const metrics = createMetrics({ processMetrics: false });
  const log = memoryLogger();
  const mcp = new StatelessMcp({ createServer: () => createMcpServer(advisor, { version: 'test', onAnswer: metrics.countAnswer }), answerBytes: options.answerBytes });
  return { app: createApp({ advisor, mcp, metrics, logger: log.logger, logRequests: true }), metrics, log };
}

/** The JSON-RPC messages of an answer, whether one JSON body or an event stream. */
async function messagesOf(response: Response): Promise<Array<{ id: number; result?: unknown; error?: { code: number; message: string } }>> {
  const text = await response.text();
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    return text
      .split('\n')
      .filter((line) => line.startsWith('data: ') && line.length > 6)
      .map((line) => JSON.parse(line.slice(6)));
  }
  const body = JSON.parse(text);
  return Array.isArray(body) ? body : [body];
}

describe('the limits of /mcp, of the same family as the REST API', () => {
  it(`refuses a body over ${MCP_LIMITS.bodyBytes} bytes with 413 and a batch of more than ${MCP_LIMITS.batchMessages} messages with 400, as JSON-RPC errors`, async () => {
    const { app } = statelessApp();
    const large = await app.request('/mcp', post({ jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: { pad: 'x'.repeat(MCP_LIMITS.bodyBytes) } } }));
    expect(large.status).toBe(413);
    expect(((await large.json()) as { error: { code: number; message: string } }).error.message).toMatch(new RegExp(`^Payload Too Large: the body (is|exceeds) \\d+ bytes`));
    const many = await app.request('/mcp', post(Array.from({ length: MCP_LIMITS.batchMessages + 1 }, (_, id) => ({ jsonrpc: '2.0', id, method: 'ping' }))));
    expect(many.status).toBe(400);
    const refusal = (await many.json()) as { jsonrpc: string; id: null; error: { code: number; message: string } };
    expect(refusal).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
    expect(refusal.error.message).toContain(`at most ${MCP_LIMITS.batchMessages} JSON-RPC messages`);
    const fits = await app.request('/mcp', post(Array.from({ length: MCP_LIMITS.batchMessages }, (_, id) => ({ jsonrpc: '2.0', id, method: 'ping' }))));
    expect(fits.status).toBe(200);
    expect(await messagesOf(fits)).toHaveLength(MCP_LIMITS.batchMessages);
  });

  it('answers a batch of rules reads within the answer budget: whole answers, then JSON-RPC errors, never part of one (stateless)', async () => {
    const one = JSON.stringify((await messagesOf(await statelessApp().app.request('/mcp', post(readRules(1)))))[0]).length;
    const { app } = statelessApp({ answerBytes: Math.floor(one * 3.5) });
    const answers = await messagesOf(await app.request('/mcp', post(Array.from({ length: 8 }, (_, id) => readRules(id)))));
    expect(answers.map((answer) => answer.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(answers.slice(0, 3).every((answer) => answer.result !== undefined)).toBe(true);
    for (const answer of answers.slice(3)) {
      expect(answer.error?.code).toBe(ANSWER_TOO_LARGE);
      expect(answer.error?.message).toContain('Answer budget exceeded');
    }
    expect(JSON.stringify(answers).length).toBeLessThan(one * 3.5 + 8 * 400);
  });

  it('keeps the answer budget in a session too, answered as an event stream', async () => {
    // advisor://rules is an index now, too small for 20 reads to reach the default 4 MiB: the budget is set to 3.5 answers, as above.
    const one = JSON.stringify((await messagesOf(await statelessApp().app.request('/mcp', post(readRules(1)))))[0]).length;
    const answerBytes = Math.floor(one * 3.5);
    const sessions = new McpSessions({ createServer: () => createMcpServer(advisor, { version: 'test' }), maxSessions: 2, idleMs: 60_000, answerBytes });
    open.push(sessions);
    const app = createApp({ advisor, mcp: sessions });
    const init = await app.request('/mcp', post(initialize));
    const session = init.headers.get('mcp-session-id') as string;
    await init.text();
    const response = await app.request('/mcp', post(Array.from({ length: 20 }, (_, id) => readRules(id + 1)), { 'mcp-session-id': session }));
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const answers = await messagesOf(response);
    expect(answers).toHaveLength(20);
    const whole = answers.filter((answer) => answer.result !== undefined);
    const refused = answers.filter((answer) => answer.error?.code === ANSWER_TOO_LARGE);
    expect(whole.length + refused.length).toBe(20);
    expect(whole).toHaveLength(3);
    expect(refused.length).toBe(17);
    expect(Buffer.byteLength(JSON.stringify(whole))).toBeLessThanOrEqual(answerBytes);
  });

  it('names the JSON-RPC methods and tools of each /mcp request in its log line', async () => {
    const { app, log } = statelessApp();
    await app.request('/mcp', post([{ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_service', arguments: { id: 's3' } } }, readRules(2), { jsonrpc: '2.0', id: 3, method: 'ping' }]));
    const line = log.entries().find((entry) => entry.path === '/mcp');
    expect(line).toMatchObject({ method: 'POST', status: 200, rpc: 'tools/call get_service, resources/read advisor://rules, ping' });
  });

  it('counts the recommendations the MCP tool answers in the answer metrics, as REST ones', async () => {
    const { app, metrics } = statelessApp();
    const workload = { name: 'counted', latency: 'real-time', ingestion: { mode: 'streaming', throughputMBps: 5 } } as const;
    await app.request('/mcp', post({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'recommend_architecture', arguments: workload } }));
    await app.request('/v1/recommendations', post(workload));
    const samples = parsePrometheus(await metrics.render());
    expect(valueOf(samples, 'advisor_answers_total')).toBe(2);
    const first = advisor.recommend(workload).recommendations[0].service;
    expect(valueOf(samples, 'advisor_recommendations_total', { service: first })).toBe(2);
  });
});

/** A transport whose received messages the test delivers, recording what is sent back. */
function fakeTransport() {
  const sent: JSONRPCMessage[] = [];
  const transport: Transport = {
    start: async () => {},
    close: async () => transport.onclose?.(),
    send: async (message) => void sent.push(message),
  };
  return { transport, sent, deliver: (message: JSONRPCMessage) => transport.onmessage?.(message) };
}

describe('a batch handled one message per turn of the event loop', () => {
  it('hands the next message on only after the event loop has turned, so a batch never holds it', async () => {
    const { transport, deliver } = fakeTransport();
    const paced = paceAnswers(transport);
    // A chain of immediates counts the turns of the event loop while the messages are handed on.
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const seen: number[] = [];
    paced.onmessage = () => void seen.push(turns);
    for (let id = 0; id < 6; id++) deliver({ jsonrpc: '2.0', id, method: 'ping' });
    for (let wait = 0; seen.length < 6 && wait < 10_000; wait++) await new Promise((resolve) => setImmediate(resolve));
    counting = false;
    expect(seen).toHaveLength(6);
    // No two messages on the same turn.
    expect(new Set(seen).size).toBe(6);
  });

  it('answers the rest of a request whose budget is spent with the error, without handing them on', async () => {
    const { transport, sent, deliver } = fakeTransport();
    const paced = paceAnswers(transport);
    const handled: number[] = [];
    paced.onmessage = (message) => {
      const id = (message as { id: number }).id;
      handled.push(id);
      void paced.send({ jsonrpc: '2.0', id, result: { text: 'x'.repeat(600) } });
    };
    paced.budget([1, 2, 3, 4], 1_000);
    for (let id = 1; id <= 4; id++) deliver({ jsonrpc: '2.0', id, method: 'resources/read', params: { uri: 'advisor://rules' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handled).toEqual([1, 2]);
    expect(sent.map((message) => ('result' in message ? 'result' : (message as { error: { code: number } }).error.code))).toEqual(['result', ANSWER_TOO_LARGE, ANSWER_TOO_LARGE, ANSWER_TOO_LARGE]);
  });
});

describe('MCP sessions that make room instead of locking clients out', () => {
  const init = (client = 'x') => ({ request: new Request('http://localhost/mcp', post(initialize)), client });
  const sessionsWith = (options: { maxSessions: number; maxSessionsPerClient?: number; now: () => number; created?: ReturnType<typeof createMcpServer>[] }) => {
    const sessions = new McpSessions({
      createServer: () => {
        const server = createMcpServer(advisor, { version: 'test' });
        options.created?.push(server);
        return server;
      },
      maxSessions: options.maxSessions,
      maxSessionsPerClient: options.maxSessionsPerClient,
      idleMs: 600_000,
      now: options.now,
    });
    open.push(sessions);
    return sessions;
  };
  const start = async (sessions: McpSessions, client = 'x') => {
    const { request } = init(client);
    const response = await sessions.handle(request, { client, messages: initialize as JSONRPCMessage });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const inSession = (id: string, method: string, body?: unknown) =>
    new Request('http://localhost/mcp', { method, headers: { ...HEADERS, 'mcp-session-id': id }, body: body === undefined ? undefined : JSON.stringify(body) });

  it('closes at once the session whose client left (its event stream closed, nothing sent since) to make room for that client', async () => {
    const sessions = sessionsWith({ maxSessions: 10, maxSessionsPerClient: 2, now: () => 0 });
    const first = (await start(sessions)).headers.get('mcp-session-id') as string;
    await start(sessions);
    expect((await start(sessions)).status).toBe(503);
    // The client opens its event stream, then goes away without a DELETE (an SDK script calling close()).
    const stream = await sessions.handle(inSession(first, 'GET'), { client: 'x' });
    expect(stream.status).toBe(200);
    await stream.body?.cancel();
    const again = await start(sessions);
    expect(again.status).toBe(200);
    expect(sessions.size).toBe(2);
    expect((await sessions.handle(inSession(first, 'POST', { jsonrpc: '2.0', id: 5, method: 'ping' }), { client: 'x', messages: { jsonrpc: '2.0', id: 5, method: 'ping' } as JSONRPCMessage })).status).toBe(404);
  });

  it('closes the session idle longest past 60 s for a new one, and until then answers 503 with a Retry-After that says when', async () => {
    let now = 0;
    const sessions = sessionsWith({ maxSessions: 2, now: () => now });
    const notified = { jsonrpc: '2.0', method: 'notifications/initialized' } as JSONRPCMessage;
    const older = (await start(sessions, 'a')).headers.get('mcp-session-id') as string;
    await sessions.handle(inSession(older, 'POST', notified), { client: 'a', messages: notified });
    now = 10_000;
    const newer = (await start(sessions, 'b')).headers.get('mcp-session-id') as string;
    await sessions.handle(inSession(newer, 'POST', notified), { client: 'b', messages: notified });
    now = 30_000;
    const full = await start(sessions, 'c');
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toBe('30');
    expect(full.text).toContain('30 s from now');
    now = 60_000;
    expect((await start(sessions, 'c')).status).toBe(200);
    expect(sessions.size).toBe(2);
    expect((await sessions.handle(inSession(older, 'DELETE'), { client: 'a' })).status).toBe(404);
  });

  it('idles sessions out after 60 s instead of 600 s once three quarters of the cap are taken', async () => {
    let now = 0;
    const crowded = sessionsWith({ maxSessions: 4, now: () => now });
    const roomy = sessionsWith({ maxSessions: 8, now: () => now });
    const notified = { jsonrpc: '2.0', method: 'notifications/initialized' } as JSONRPCMessage;
    for (const sessions of [crowded, roomy]) {
      for (const client of ['a', 'b', 'c']) {
        const id = (await start(sessions, client)).headers.get('mcp-session-id') as string;
        // Used after their initialize, so the 10 s rule for unused sessions is not what closes them.
        expect((await sessions.handle(inSession(id, 'POST', notified), { client, messages: notified })).status).toBe(202);
      }
    }
    now = 62_000;
    expect(crowded.expireIdle()).toBe(3);
    expect(roomy.expireIdle()).toBe(0);
    now = 602_000;
    expect(roomy.expireIdle()).toBe(3);
  });

  it('frees the session of a transport that closes, whoever closes it', async () => {
    const created: ReturnType<typeof createMcpServer>[] = [];
    const sessions = sessionsWith({ maxSessions: 10, now: () => 0, created });
    await start(sessions);
    expect(sessions.size).toBe(1);
    await created[0].close();
    expect(sessions.size).toBe(0);
  });
});

