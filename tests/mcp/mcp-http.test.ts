import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterEach, describe, expect, it } from 'vitest';
import { McpSessions } from '../../src/mcp/http-sessions.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';
import { problemOf, testApp } from '../support/http.js';
import { advisor } from '../support/mcp.js';

const TOKEN = 'a-token-of-sixteen-chars';
const open: McpSessions[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.closeAll()));
});

function setup(options: { token?: string; maxSessions?: number; idleMs?: number; bindHost?: string; allowedHosts?: string[]; now?: () => number } = {}) {
  const sessions = new McpSessions({
    createServer: () => createMcpServer(advisor, { version: 'test' }),
    maxSessions: options.maxSessions ?? 10,
    idleMs: options.idleMs ?? 60_000,
    now: options.now,
  });
  open.push(sessions);
  const app = testApp({ mcp: sessions, token: options.token, bindHost: options.bindHost, allowedHosts: options.allowedHosts });
  return { app, sessions };
}

async function clientFor(app: ReturnType<typeof testApp>, headers: Record<string, string> = {}) {
  const transport = new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
    fetch: async (url, init) => app.request(String(url), init as RequestInit),
    requestInit: { headers },
  });
  const client = new Client({ name: 'http-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, transport };
}

/** One request to the endpoint as the /mcp route hands it over: a POST's body parsed. */
async function handle(sessions: McpSessions, request: Request, client: string) {
  const messages = request.method === 'POST' ? await request.clone().json() : undefined;
  return sessions.handle(request, { client, messages: messages as never });
}

const initialize = (host: string, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...extra },
  body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } } }),
});

describe('MCP over Streamable HTTP at /mcp', () => {
  it('serves the same tools as stdio, with a session', async () => {
    const { app, sessions } = setup();
    const { client, transport } = await clientFor(app);
    expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sessions.size).toBe(1);
    const result = await client.callTool({ name: 'recommend_architecture', arguments: { name: 'over-http', latency: 'real-time' } });
    expect(result.structuredContent).toEqual(advisor.recommend({ name: 'over-http', latency: 'real-time' }));
    expect(await client.ping()).toEqual({});
    await transport.terminateSession();
    expect(sessions.size).toBe(0);
    await client.close();
  });

  it('refuses a request for an unknown session and one without a session', async () => {
    const { app } = setup();
    const unknown = await app.request('/mcp', { ...initialize('localhost'), headers: { ...initialize('localhost').headers, 'mcp-session-id': 'nope' } });
    expect(unknown.status).toBe(404);
    const noSession = await app.request('/mcp', { method: 'GET', headers: { accept: 'text/event-stream' } });
    expect(noSession.status).toBe(400);
  });

  it('keeps no session for a request that is not an initialize', async () => {
    const { app, sessions } = setup();
    const response = await app.request('/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(400);
    expect(sessions.size).toBe(0);
  });

  it('caps concurrent sessions and expires idle ones', async () => {
    let now = 0;
    const { app, sessions } = setup({ maxSessions: 2, idleMs: 1000, now: () => now });
    await clientFor(app);
    await clientFor(app);
    const third = await app.request('/mcp', initialize('localhost'));
    expect(third.status).toBe(503);
    // The first session may make way once idle for the crowded idle time (here the 1 s idle time itself).
    expect(third.headers.get('retry-after')).toBe('1');
    now = 5000;
    expect((await app.request('/mcp', initialize('localhost'))).status).toBe(200);
    expect(sessions.size).toBe(1);
  });
});

describe('MCP session limits', () => {
  const init = () => new Request('http://localhost/mcp', initialize('localhost'));
  const notInit = () =>
    new Request('http://localhost/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }),
    });
  const make = (now: () => number) => {
    const sessions = new McpSessions({ createServer: () => createMcpServer(advisor, { version: 'test' }), maxSessions: 4, maxSessionsPerClient: 2, idleMs: 600_000, now });
    open.push(sessions);
    return sessions;
  };

  it('keeps one client from holding every session, even while it keeps them alive', async () => {
    const sessions = make(() => 0);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await handle(sessions, init(), '10.0.0.1')).headers.get('mcp-session-id') as string);
    const refused = await handle(sessions, init(), '10.0.0.1');
    expect(refused.status).toBe(503);
    expect(await refused.text()).toContain('from this client (2)');
    expect((await handle(sessions, init(), '10.0.0.2')).status).toBe(200);
  });

  it('closes within seconds a session that nothing used after its initialize, and keeps a used one', async () => {
    let now = 0;
    const sessions = make(() => now);
    const unused = await handle(sessions, init(), 'a');
    const used = await handle(sessions, init(), 'b');
    const usedId = used.headers.get('mcp-session-id') as string;
    const ping = new Request('http://localhost/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-session-id': usedId, 'mcp-protocol-version': '2025-11-25' },
      body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
    });
    expect((await handle(sessions, ping, 'b')).status).toBe(202);
    expect(unused.status).toBe(200);
    now = 11_000;
    expect(sessions.expireIdle()).toBe(1);
    expect(sessions.size).toBe(1);
  });

  it('answers 400, not 503, to a request without a session that is not an initialize, even when full', async () => {
    const sessions = make(() => 0);
    for (let i = 0; i < 4; i++) await handle(sessions, init(), `client-${i}`);
    expect((await handle(sessions, notInit(), 'other')).status).toBe(400);
    expect((await handle(sessions, init(), 'other')).status).toBe(503);
  });
});

describe('DNS-rebinding protection on /mcp', () => {
  it('rejects a non-local Host or Origin with 403 when bound to localhost', async () => {
    const { app } = setup();
    expect((await problemOf(await app.request('/mcp', initialize('evil.example.com')))).status).toBe(403);
    expect((await problemOf(await app.request('/mcp', initialize('localhost:3000', { origin: 'http://evil.example.com' })))).status).toBe(403);
    expect((await app.request('/mcp', initialize('127.0.0.1:3000', { origin: 'http://localhost:6274' }))).status).toBe(200);
    expect((await app.request('/mcp', initialize('[::1]:3000'))).status).toBe(200);
  });

  it('refuses Origin: null, which sandboxed pages and files send', async () => {
    const { app } = setup();
    expect((await problemOf(await app.request('/mcp', initialize('localhost:3000', { origin: 'null' })))).status).toBe(403);
  });

  it('allows the configured hosts when bound elsewhere', async () => {
    const { app } = setup({ bindHost: '0.0.0.0', allowedHosts: ['advisor.internal'] });
    expect((await app.request('/mcp', initialize('advisor.internal:3000'))).status).toBe(200);
    expect((await app.request('/mcp', initialize('localhost:3000'))).status).toBe(403);
  });
});

describe('bearer token on /mcp', () => {
  it('needs the token when one is set', async () => {
    const { app } = setup({ token: TOKEN });
    expect((await problemOf(await app.request('/mcp', initialize('localhost')))).status).toBe(401);
    const { client } = await clientFor(app, { authorization: `Bearer ${TOKEN}` });
    expect((await client.listTools()).tools).toHaveLength(4);
  });
});
