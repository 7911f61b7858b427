import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';

describe('aws-data-advisor mcp (stdio)', () => {
  it('answers an SDK client over stdio, as an MCP client config launches it', async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp'], stderr: 'pipe' });
    const client = new Client({ name: 'stdio-test', version: '1.0.0' });
    await client.connect(transport);
    expect(client.getServerVersion()?.name).toBe('aws-data-advisor');
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(4);
    const result = await client.callTool({ name: 'recommend_architecture', arguments: { name: 'stdio', ingestion: { mode: 'streaming', throughputMBps: 12 }, latency: 'real-time' } });
    expect(result.structuredContent).toMatchObject({ workload: 'stdio', recommendations: expect.arrayContaining([expect.objectContaining({ service: 'kinesis-data-streams', configuration: expect.objectContaining({ shards: 12 }) })]) });
    await client.close();
  });

  it('exits 0 when stdin closes and writes nothing but JSON-RPC to stdout', async () => {
    const child = spawn(process.execPath, [CLI, 'mcp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } })}\n`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    expect(JSON.parse(stdout.trim().split('\n')[0]).result.serverInfo.name).toBe('aws-data-advisor');
  });
});
