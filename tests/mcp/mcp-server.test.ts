import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { RecommendationSchema } from '../../src/domain/answer/schema.js';
import { SERVICE_IDS } from '../../src/domain/catalog/service-ids.js';
import { json, testApp } from '../support/http.js';
import { advisor, connectedClient } from '../support/mcp.js';

const iot = JSON.parse(readFileSync(new URL('../scenarios/iot-telemetry.json', import.meta.url), 'utf8')).workload;

let connection: Awaited<ReturnType<typeof connectedClient>>;
beforeAll(async () => {
  connection = await connectedClient();
});
afterAll(async () => connection.close());
const text = (result: unknown) => ((result as { content: Array<{ type: string; text: string }> }).content)[0].text;

describe('MCP tools', () => {
  it('lists the four tools, read-only, idempotent and closed-world, with output schemas', async () => {
    const { tools } = await connection.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['compare_services', 'get_service', 'list_services', 'recommend_architecture']);
    for (const tool of tools) {
      expect(tool.title, tool.name).toBeTruthy();
      expect(tool.description?.length, tool.name).toBeGreaterThan(80);
      expect(tool.outputSchema, tool.name).toBeDefined();
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, idempotentHint: true, openWorldHint: false, destructiveHint: false });
    }
  });

  it('tells the model that list fields repeat no value, as the server enforces', async () => {
    const { tools } = await connection.client.listTools();
    const input = tools.find((tool) => tool.name === 'recommend_architecture')?.inputSchema as { properties: Record<string, { uniqueItems?: boolean }> };
    expect(input.properties.destinations.uniqueItems).toBe(true);
  });

  it('describes every workload field to the model', async () => {
    const { tools } = await connection.client.listTools();
    const schema = tools.find((t) => t.name === 'recommend_architecture')?.inputSchema as { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> };
    for (const [key, field] of Object.entries(schema.properties)) {
      expect(field.description, key).toBeTruthy();
      for (const [child, inner] of Object.entries(field.properties ?? {})) expect(inner.description, `${key}.${child}`).toBeTruthy();
    }
    expect(schema.properties.latency).toMatchObject({ enum: ['real-time', 'near-real-time', 'batch'] });
  });

  it('recommends with structuredContent equal to the REST JSON and a readable summary', async () => {
    const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: iot });
    expect(result.isError).toBeFalsy();
    const rest = await (await testApp().request('/v1/recommendations', json(iot))).json();
    expect(result.structuredContent).toEqual(rest);
    RecommendationSchema.parse(result.structuredContent);
    expect(text(result)).toContain('Pipeline for iot-telemetry: AWS IoT Core + Amazon Kinesis Data Streams → Amazon EMR + Apache Spark (on EMR or Glue) → Amazon S3');
    expect(text(result)).toContain('Turned down:');
  });

  it('recommends from a description alone, summarising what it read for the model to confirm', async () => {
    const description = 'About 30 MB/s of clickstream, real-time dashboards, raw events in S3.';
    const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: { description } });
    expect(result.isError).toBeFalsy();
    const answer = RecommendationSchema.parse(result.structuredContent);
    expect(answer.inferred).toContainEqual({ field: 'ingestion.throughputMBps', value: 30, evidence: '30 MB/s' });
    expect(text(result)).toContain('Read from the description');
    expect(text(result)).toContain('- ingestion.throughputMBps = 30, from "30 MB/s"');
    const { tools } = await connection.client.listTools();
    expect(tools.find((t) => t.name === 'recommend_architecture')?.description).toContain('A description alone is enough');
  });

  it('answers invalid arguments with isError naming the field and the allowed values', async () => {
    const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: { latency: 'soon', data: { sauces: [] } } });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('latency');
    expect(text(result)).toContain('real-time');
    expect(text(result)).toContain('allowed keys: sources');
  });

  it('compares services with the cards\' trade-offs', async () => {
    const result = await connection.client.callTool({ name: 'compare_services', arguments: { services: ['glue-etl', 'kinesis-data-streams'] } });
    expect(result.structuredContent).toMatchObject({ tradeOffs: [{ cards: ['Glue vs Kinesis'] }] });
    expect(text(result)).toContain('Choose AWS Glue ETL when');
  });

  it('says which ids exist when asked to compare an unknown one', async () => {
    const result = await connection.client.callTool({ name: 'compare_services', arguments: { services: ['glue', 'emr'] } });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('expected one of "s3"');
    expect(text(result)).toContain('at services[0]');
    const tooFew = await connection.client.callTool({ name: 'compare_services', arguments: { services: ['emr'] } });
    expect(tooFew.isError).toBe(true);
    expect(text(tooFew)).toContain('services');
  });

  it('says the retired id and its successor are one service when compared', async () => {
    const result = await connection.client.callTool({ name: 'compare_services', arguments: { services: ['kinesis-data-analytics', 'managed-service-for-apache-flink'] } });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('kinesis-data-analytics is the retired name of managed-service-for-apache-flink');
  });

  it('returns every structured answer serialised in a second text block, after the summary', async () => {
    const calls = [
      { name: 'recommend_architecture', arguments: iot },
      { name: 'compare_services', arguments: { services: ['athena', 'emr'] } },
      { name: 'get_service', arguments: { id: 'kinesis-data-streams' } },
      { name: 'list_services', arguments: {} },
    ];
    for (const call of calls) {
      const result = (await connection.client.callTool(call)) as { content: Array<{ type: string; text: string }>; structuredContent: unknown };
      expect(result.content.map((block) => block.type), call.name).toEqual(['text', 'text']);
      expect(JSON.parse(result.content[1].text), call.name).toEqual(result.structuredContent);
    }
  });

  it('takes service ids from an enum defined once, and announces no list changes', async () => {
    const { tools } = await connection.client.listTools();
    const input = tools.find((t) => t.name === 'get_service')?.inputSchema as unknown as { properties: { id: { enum: string[] } } };
    expect(input.properties.id.enum).toEqual(expect.arrayContaining(['s3', 'kinesis-data-analytics']));
    const output = JSON.stringify(tools.find((t) => t.name === 'recommend_architecture')?.outputSchema);
    expect(output.match(/"emr-serverless"/g)).toHaveLength(1);
    expect(connection.client.getServerCapabilities()).toMatchObject({ tools: { listChanged: false }, resources: { listChanged: false }, prompts: { listChanged: false } });
  });

  it('gets a service, the retired alias included', async () => {
    const result = await connection.client.callTool({ name: 'get_service', arguments: { id: 'kinesis-data-analytics' } });
    expect(result.structuredContent).toMatchObject({ id: 'managed-service-for-apache-flink', requestedAs: 'kinesis-data-analytics' });
    expect(text(result)).toContain('retired');
    const unknown = await connection.client.callTool({ name: 'get_service', arguments: { id: 'bigquery' } });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toContain('emr-task-nodes');
  });

  it('lists services', async () => {
    const result = await connection.client.callTool({ name: 'list_services', arguments: {} });
    expect((result.structuredContent as { services: Array<{ id: string }> }).services.map((s) => s.id)).toEqual([...SERVICE_IDS]);
    expect(text(result)).toContain('emr-task-nodes: EMR task nodes');
  });
});

describe('MCP resources and prompts', () => {
  it('lists every catalog entry, the rules and the cards, plus the service template', async () => {
    const { resources } = await connection.client.listResources();
    const uris = resources.map((r) => r.uri);
    for (const id of SERVICE_IDS) expect(uris).toContain(`advisor://services/${id}`);
    expect(uris).toEqual(expect.arrayContaining(['advisor://rules', 'advisor://cards']));
    const { resourceTemplates } = await connection.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toContain('advisor://services/{id}');
  });

  it('reads a service as Markdown, through the template too', async () => {
    const direct = await connection.client.readResource({ uri: 'advisor://services/emr-task-nodes' });
    expect(direct.contents[0]).toMatchObject({ mimeType: 'text/markdown' });
    expect((direct.contents[0] as { text: string }).text).toContain('# EMR task nodes');
    const alias = await connection.client.readResource({ uri: 'advisor://services/kinesis-data-analytics' });
    expect((alias.contents[0] as { text: string }).text).toContain('Managed Service for Apache Flink');
  });

  it('reads the rule set and the cards', async () => {
    const rules = JSON.parse(((await connection.client.readResource({ uri: 'advisor://rules' })).contents[0] as { text: string }).text);
    expect(rules.rules).toHaveLength(advisor.ruleSet.rules.length);
    const cards = ((await connection.client.readResource({ uri: 'advisor://cards' })).contents[0] as { text: string }).text;
    expect(cards).toContain('## Glue vs Kinesis');
  });

  it('refuses an unknown resource', async () => {
    await expect(connection.client.readResource({ uri: 'advisor://services/nope' })).rejects.toThrow(/nope/);
  });

  it('offers design_data_pipeline, which leads to the tool', async () => {
    const { prompts } = await connection.client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['design_data_pipeline']);
    const prompt = await connection.client.getPrompt({ name: 'design_data_pipeline', arguments: { description: 'Cameras at our stores; alert staff on phones.' } });
    const message = (prompt.messages[0].content as { text: string }).text;
    expect(message).toContain('Cameras at our stores');
    expect(message).toContain('recommend_architecture');
  });

  it('completes service ids for the template', async () => {
    const result = await connection.client.complete({ ref: { type: 'ref/resource', uri: 'advisor://services/{id}' }, argument: { name: 'id', value: 'kinesis-d' } });
    expect(result.completion.values).toEqual(['kinesis-data-streams', 'kinesis-data-firehose', 'kinesis-data-analytics']);
  });
});

describe('MCP logging and ping', () => {
  it('answers ping', async () => {
    expect(await connection.client.ping()).toEqual({});
  });

  it('sets the logging level and filters messages by it', async () => {
    const messages: string[] = [];
    connection.client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
      messages.push(String(n.params.data));
    });
    await connection.client.setLoggingLevel('debug');
    await connection.client.callTool({ name: 'recommend_architecture', arguments: { name: 'logged' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(messages.some((m) => m.includes('logged'))).toBe(true);
    messages.length = 0;
    await connection.client.setLoggingLevel('error');
    await connection.client.callTool({ name: 'recommend_architecture', arguments: { name: 'quiet' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(messages).toEqual([]);
  });
});
