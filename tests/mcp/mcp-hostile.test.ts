import { spawn } from 'node:child_process';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';
import { CLI } from '../support/cli.js';
import { advisor } from '../support/mcp.js';

/** A server and a raw JSON-RPC line to it: what a hostile or broken client sends, unshaped by the SDK client. */
async function rawSession(server = createMcpServer(advisor, { version: 'test' })) {
  const [client, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  const replies = new Map<number, JSONRPCMessage>();
  client.onmessage = (message) => {
    if ('id' in message) replies.set(message.id as number, message);
  };
  await client.start();
  let next = 1;
  const call = async (method: string, params?: unknown) => {
    const id = next++;
    await client.send({ jsonrpc: '2.0', id, method, params } as JSONRPCMessage);
    for (let wait = 0; wait < 100 && !replies.has(id); wait++) await new Promise((resolve) => setTimeout(resolve, 5));
    return replies.get(id) as { result?: { isError?: boolean; content?: Array<{ text: string }>; completion?: { values: string[] } }; error?: { code: number; message: string } };
  };
  await call('initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } });
  return call;
}

describe('MCP under hostile input', () => {
  it('answers params that do not fit the method with -32602 and a short reason, not -32603 and zod\'s raw issues', async () => {
    const call = await rawSession();
    const read = await call('resources/read', {});
    expect(read.error).toEqual({ code: -32602, message: 'Invalid params for resources/read at params.uri: Invalid input: expected string, received undefined' });
    expect((await call('tools/call', 'x')).error?.code).toBe(-32602);
  });

  it('answers an unknown service in a resource URI with -32602, like an unknown URI', async () => {
    const call = await rawSession();
    expect((await call('resources/read', { uri: 'advisor://services/nope' })).error?.code).toBe(-32602);
  });

  it('completes nothing for an argument named constructor or __proto__', async () => {
    const call = await rawSession();
    for (const name of ['constructor', '__proto__', 'toString']) {
      const reply = await call('completion/complete', { ref: { type: 'ref/resource', uri: 'advisor://services/{id}' }, argument: { name, value: 'x' } });
      expect(reply.result?.completion?.values, name).toEqual([]);
    }
  });

  it('keeps a tool error short when the workload has thousands of unknown keys', async () => {
    const call = await rawSession();
    const reply = await call('tools/call', { name: 'recommend_architecture', arguments: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, 0])) });
    expect(reply.result?.isError).toBe(true);
    expect(JSON.stringify(reply).length).toBeLessThan(2_000);
  });

  it('does not leak an internal error message to the caller, and logs it in full', async () => {
    const rule = { ...advisor.ruleSet.rules[0], id: 'throws', conditions: { all: [{ fact: 'latency', operator: 'someValue:equal', value: 'batch' }] } };
    const broken = createAdvisor({ ruleSet: { ...advisor.ruleSet, rules: [rule], byId: new Map([[rule.id, rule]]) } as typeof advisor.ruleSet });
    const logged: string[] = [];
    const call = await rawSession(createMcpServer(broken, { version: 'test', logError: (error, id) => logged.push(`${id} ${error instanceof Error ? error.stack : String(error)}`) }));
    const reply = await call('tools/call', { name: 'recommend_architecture', arguments: {} });
    expect(reply.result?.isError).toBe(true);
    expect(reply.result?.content?.[0].text).toMatch(/^The advisor failed unexpectedly \(error id [0-9a-f-]{36}\)/);
    expect(reply.result?.content?.[0].text).not.toContain('not a function');
    expect(logged.join('\n')).toContain('not a function');
    expect(reply.result?.content?.[0].text).toContain(logged[0].split(' ')[0]);
  });
});

describe('aws-data-advisor mcp with a message over 10 MiB', () => {
  it('says why on stderr and exits non-zero', async () => {
    const child = spawn(process.execPath, [CLI, 'mcp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdin.on('error', () => undefined);
    child.stdin.write(`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":"${'x'.repeat(11 * 1024 * 1024)}"}}\n`);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('stopped reading MCP messages');
    expect(stderr).toContain('10 MiB');
  }, 20_000);
});
