import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedClient } from '../support/mcp.js';
import { acmePolicies, advisorWith, customStream, logsToSplunk, mskService } from '../support/org-rules.js';

let connection: Awaited<ReturnType<typeof connectedClient>>;
beforeAll(async () => {
  connection = await connectedClient(advisorWith(acmePolicies));
});
afterAll(async () => connection.close());
const text = (result: unknown) => (result as { content: Array<{ text: string }> }).content[0].text;
type Structured = { structuredContent: Record<string, never> };

describe("MCP with an organisation's rules", () => {
  it("lists the organisation's service, marked as its own, and looks it up", async () => {
    const listed = await connection.client.callTool({ name: 'list_services', arguments: {} });
    expect(listed.isError).toBeFalsy();
    expect((listed as unknown as Structured).structuredContent.services).toContainEqual(expect.objectContaining({ id: 'acme:msk', origin: 'organisation' }));
    expect(text(listed)).toContain("acme:msk: Amazon MSK (Acme streaming platform) (ingest, the organisation's own)");
    const entry = await connection.client.callTool({ name: 'get_service', arguments: { id: 'acme:msk' } });
    expect(entry.isError).toBeFalsy();
    expect(entry.structuredContent).toMatchObject({ id: 'acme:msk', name: mskService.name, origin: 'organisation' });
  });

  it("offers the organisation's services in the tools' id enums and as resources", async () => {
    const { tools } = await connection.client.listTools();
    const input = tools.find((tool) => tool.name === 'get_service')?.inputSchema as unknown as { properties: { id: { enum: string[] } } };
    expect(input.properties.id.enum).toContain('acme:msk');
    expect(tools.find((tool) => tool.name === 'get_service')?.description).toContain("the organisation's own services");
    const resource = await connection.client.readResource({ uri: 'advisor://services/acme:msk' });
    expect((resource.contents[0] as { text: string }).text).toContain("the organisation's own service");
  });

  it("lists the organisation's rule file as its own rules resource, beside the built-in files", async () => {
    const index = JSON.parse(((await connection.client.readResource({ uri: 'advisor://rules' })).contents[0] as { text: string }).text);
    const own = index.files.find((file: { origin: string }) => file.origin === 'organisation');
    expect(own).toMatchObject({ uri: 'advisor://rules/organisation/org.json', file: 'org.json', topic: 'Acme', rules: ['acme:msk-not-kinesis', 'acme:opensearch-not-splunk'] });
    const rules = JSON.parse(((await connection.client.readResource({ uri: own.uri })).contents[0] as { text: string }).text).rules;
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual(own.rules);
  });

  it('recommends around the forbidden service, with output that passes the tool\'s schema', async () => {
    const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: customStream });
    expect(result.isError).toBeFalsy();
    const answer = (result as unknown as Structured).structuredContent as unknown as { recommendations: Array<{ service: string }>; rejected: Array<{ service: string; reason: string }> };
    expect(answer.recommendations.map((item) => item.service)).toContain('acme:msk');
    expect(answer.recommendations.map((item) => item.service)).not.toContain('kinesis-data-streams');
    expect(text(result)).toContain('Turned down:\n- Amazon Kinesis Data Streams: Acme runs Amazon MSK for every record stream.');
  });

  it('honours a preference', async () => {
    const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: logsToSplunk });
    expect(text(result)).toContain('Amazon OpenSearch Service');
    expect(text(result)).toContain('Acme searches its logs in OpenSearch.');
  });

  it('answers an unknown namespaced id with isError and the known ids as a hint', async () => {
    const result = await connection.client.callTool({ name: 'get_service', arguments: { id: 'acme:kafka' } });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('acme:msk');
  });
});
