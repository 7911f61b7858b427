import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createAdvisor } from '../../src/domain/advisor.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';

export const advisor = createAdvisor();

/** A client connected to a fresh server (over the given advisor, else the built-in one) through the SDK's in-memory transport. */
export async function connectedClient(over: ReturnType<typeof createAdvisor> = advisor) {
  const server = createMcpServer(over, { version: '1.0.0-test' });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  const client = new Client({ name: 'test-client', version: '1.0.0' }, { capabilities: {} });
  await client.connect(clientTransport);
  return { client, server, close: async () => { await client.close(); await server.close(); } };
}
