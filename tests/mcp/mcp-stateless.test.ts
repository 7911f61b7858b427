import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { createApp } from '../../src/http/app.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';
import { StatelessMcp } from '../../src/mcp/stateless-http.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

/** One replica: its own advisor, its own MCP endpoint, its own app; nothing shared with another. */
function replica() {
  const advisor = createAdvisor();
  const mcp = new StatelessMcp({ createServer: () => createMcpServer(advisor, { version: 'test' }) });
  return { app: createApp({ advisor, mcp }), mcp, advisor };
}

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25' },
  body: JSON.stringify(body),
});

describe('stateless MCP over Streamable HTTP (ADVISOR_MCP_SESSIONS=stateless)', () => {
  it('serves an SDK client whose requests alternate between two replicas sharing no memory', async () => {
    const replicas = [replica(), replica()];
    const landed: number[] = [];
    let next = 0;
    // A load balancer with round robin: initialize on A, the notification on B, tools/list on A, tools/call on B...
    const transport = new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
      fetch: async (url, init) => {
        const index = next++ % replicas.length;
        landed.push(index);
        return replicas[index].app.request(String(url), init as RequestInit);
      },
    });
    const client = new Client({ name: 'balanced-client', version: '1.0.0' });
    await client.connect(transport);
    expect(transport.sessionId).toBeUndefined();
    const tools = await client.listTools();
    expect(tools.tools.map((tool) => tool.name).sort()).toEqual(['compare_services', 'get_service', 'list_services', 'recommend_architecture']);
    const workload: WorkloadInput = { name: 'balanced', latency: 'real-time' };
    for (let i = 0; i < 4; i++) {
      const result = await client.callTool({ name: 'recommend_architecture', arguments: workload });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toEqual(replicas[0].advisor.recommend(workload));
    }
    const service = await client.callTool({ name: 'get_service', arguments: { id: 'athena' } });
    expect((service.structuredContent as { id: string }).id).toBe('athena');
    expect(await client.ping()).toEqual({});
    await client.close();
    expect(new Set(landed)).toEqual(new Set([0, 1]));
    // initialize landed on replica 0 and the first tools/call on replica 1: no replica needed the other's memory.
    expect(landed.slice(0, 4)).toEqual([0, 1, 0, 1]);
    for (const { mcp } of replicas) expect(mcp.size).toBe(0);
  });

  it('answers a tools/call that no initialize preceded on this replica', async () => {
    const { app } = replica();
    const response = await app.request('/mcp', post({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'get_service', arguments: { id: 's3' } } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('mcp-session-id')).toBeNull();
    const body = (await response.json()) as { id: number; result: { structuredContent: { id: string } } };
    expect(body.id).toBe(7);
    expect(body.result.structuredContent.id).toBe('s3');
  });

  it('answers 405 to GET and DELETE, which only sessions have, naming POST', async () => {
    const { app } = replica();
    for (const method of ['GET', 'DELETE']) {
      const response = await app.request('/mcp', { method, headers: { accept: 'text/event-stream' } });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toContain('stateless');
    }
  });

  it('still refuses invalid params with -32602 and bad JSON with a JSON-RPC parse error', async () => {
    const { app } = replica();
    const invalid = await app.request('/mcp', post({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 42 } }));
    expect(((await invalid.json()) as { error: { code: number } }).error.code).toBe(-32602);
    const malformed = await app.request('/mcp', { ...post({}), body: '{' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: number } }).error.code).toBe(-32700);
  });

  it('still answers a request that arrives while the server drains: nothing of it was open', async () => {
    const { app, mcp } = replica();
    await mcp.closeAll();
    const response = await app.request('/mcp', post({ jsonrpc: '2.0', id: 1, method: 'ping' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
  });
});
