import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { RecommendationSchema } from '../../src/domain/answer/schema.js';
import { SERVICE_IDS } from '../../src/domain/catalog/service-ids.js';
import { readScenarios } from '../../src/domain/scenarios/scenario.js';
import { STRUCTURED_POINTER } from '../../src/mcp/summaries.js';
import { json, testApp } from '../support/http.js';
import { advisor, connectedClient } from '../support/mcp.js';

const iot = JSON.parse(readFileSync(new URL('../scenarios/iot-telemetry.json', import.meta.url), 'utf8')).workload;
const scenarios = readScenarios(fileURLToPath(new URL('../scenarios/', import.meta.url))).map(({ scenario }) => scenario);

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
    // MCP answers always list what would change each choice; REST JSON answers when asked.
    const rest = await (await testApp().request('/v1/recommendations?whatWouldChange=true', json(iot))).json();
    expect(result.structuredContent).toEqual(rest);
    RecommendationSchema.parse(result.structuredContent);
    expect(text(result)).toContain('Pipeline for iot-telemetry: AWS IoT Core + Amazon Kinesis Data Streams → Amazon EMR + Apache Spark (on EMR or Glue) → Amazon S3');
    expect(text(result)).toContain('Turned down:');
    expect(text(result)).toContain('(rests on: write rate 20 MB/s (given); records per second 50,000 records/s (given)');
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

  it('answers in one text block that ends by pointing at structuredContent, never with the JSON a second time', async () => {
    const calls = [
      { name: 'recommend_architecture', arguments: iot },
      { name: 'compare_services', arguments: { services: ['athena', 'emr'] } },
      { name: 'get_service', arguments: { id: 'kinesis-data-streams' } },
      { name: 'list_services', arguments: {} },
    ];
    for (const call of calls) {
      const result = (await connection.client.callTool(call)) as { content: Array<{ type: string; text: string }>; structuredContent: Record<string, unknown> };
      expect(result.content.map((block) => block.type), call.name).toEqual(['text']);
      expect(result.content[0].text.split('\n').at(-1), call.name).toMatch(/^The whole answer is in structuredContent .*\.$/);
      expect(result.content[0].text.split('\n').at(-1)?.startsWith(STRUCTURED_POINTER), call.name).toBe(true);
      expect(result.content[0].text, call.name).not.toContain(JSON.stringify(result.structuredContent).slice(0, 40));
    }
  });

  it('gives a client that reads text only every recommendation, all its sizing, and every warning, for every scenario', async () => {
    for (const { name, workload } of scenarios) {
      const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: workload as Record<string, unknown> });
      const answer = RecommendationSchema.parse(result.structuredContent);
      const words = text(result);
      for (const item of answer.recommendations) {
        expect(words, `${name}: ${item.service}`).toContain(`- ${item.name} (${item.role}, ${item.confidence} confidence): ${item.rationale[0]}`);
        for (const [key, value] of Object.entries(item.configuration)) {
          expect(words, `${name}: ${item.service}.${key}`).toContain(`${key}=${Array.isArray(value) ? value.join('/') : value}`);
        }
      }
      for (const warning of answer.warnings) expect(words, `${name}: ${warning.code}`).toContain(`- ${warning.code}: ${warning.message}`);
      for (const missing of answer.missing) expect(words, `${name}: ${missing.field}`).toContain(`- ${missing.field}: `);
    }
  });

  it('says in words what the architecture costs and what would change it, as structuredContent holds it', async () => {
    const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: iot });
    const words = text(result);
    const answer = result.structuredContent as { recommendations: Array<{ name: string; role: string; whatWouldChange?: Array<{ change: object; because: string }> }> };
    // The month's total as worked by hand in tests/domain/cost/hand-priced-scenarios.ts.
    expect(words).toContain('Cost: about $136,557.54 a month ($136,557.54 to $148,875.01 as assumed figures range) in us-east-1, assumed; prices checked 2026-12-07, excluding free tier, Savings Plans, Reserved capacity.');
    expect(words).toContain('- Amazon Kinesis Data Streams: $2,387.10');
    expect(words).toContain('- Amazon EMR: $714.82 (plus 1 line whose price is not confirmed)');
    expect(words).toContain('What would change this decision (each checked by answering the changed workload):');
    for (const item of answer.recommendations) {
      for (const counterfactual of item.whatWouldChange ?? []) expect(words).toContain(`- ${item.name} (${item.role}): ${JSON.stringify(counterfactual.change)}: ${counterfactual.because}`);
    }
  });

  it('keeps tools/list under 20 KB, for a model with a small context', async () => {
    const listed = await connection.client.listTools();
    const bytes = Buffer.byteLength(JSON.stringify(listed));
    // Over it? Shorten descriptions, or say less in output schemas (src/mcp/output-outline.ts), rather than raise the bar.
    expect(bytes).toBeLessThan(20_000);
  });

  it('publishes output schemas that say what each top-level key holds, and that every real answer satisfies', async () => {
    const { tools } = await connection.client.listTools();
    for (const tool of tools) {
      const schema = tool.outputSchema as { properties: Record<string, { description?: string; type?: string }>; description?: string };
      expect(schema.description, tool.name).toBeTruthy();
      for (const [key, field] of Object.entries(schema.properties)) expect(field.type, `${tool.name}.${key}`).toBeTruthy();
    }
    const recommendOutput = tools.find((tool) => tool.name === 'recommend_architecture')?.outputSchema as { properties: Record<string, { description?: string }> };
    for (const [key, field] of Object.entries(recommendOutput.properties)) expect(field.description, key).toBeTruthy();
    expect(recommendOutput.properties.recommendations.description).toContain('keys: service, name, role, confidence, rationale');
    const validate = new Ajv({ strict: false }).compile(recommendOutput);
    for (const { name, workload } of scenarios) {
      const result = await connection.client.callTool({ name: 'recommend_architecture', arguments: workload as Record<string, unknown> });
      expect(validate(result.structuredContent), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('takes service ids from an enum, names none in its answers\' schemas, and announces no list changes', async () => {
    const { tools } = await connection.client.listTools();
    const input = tools.find((t) => t.name === 'get_service')?.inputSchema as unknown as { properties: { id: { enum: string[] } } };
    expect(input.properties.id.enum).toEqual(expect.arrayContaining(['s3', 'kinesis-data-analytics']));
    for (const tool of tools) expect(JSON.stringify(tool.outputSchema), tool.name).not.toContain('"emr-serverless"');
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
    expect(uris).toEqual(expect.arrayContaining(['advisor://rules', 'advisor://rules/conditions', 'advisor://rules/built-in/glue.json', 'advisor://cards']));
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

  it('reads the rule set file by file from a small index, and the cards', async () => {
    const read = async (uri: string) => ((await connection.client.readResource({ uri })).contents[0] as { text: string }).text;
    const indexText = await read('advisor://rules');
    expect(Buffer.byteLength(indexText)).toBeLessThan(8_000);
    const index = JSON.parse(indexText) as { version: string; rules: number; conditions: string; files: Array<{ uri: string; file: string; rules: string[] }> };
    expect(index.version).toBe(advisor.ruleSet.version);
    expect(index.files.map((entry) => entry.file)).toEqual(expect.arrayContaining(['kinesis-streaming.json', 'security.json']));
    const { resources } = await connection.client.listResources();
    const ids: string[] = [];
    for (const entry of index.files) {
      expect(entry.uri).toBe(`advisor://rules/built-in/${entry.file}`);
      expect(resources.map((resource) => resource.uri)).toContain(entry.uri);
      const fileText = await read(entry.uri);
      expect(Buffer.byteLength(fileText), entry.file).toBeLessThan(64_000);
      const file = JSON.parse(fileText) as { rules: Array<{ id: string; file: string; conditions: unknown; event: unknown }> };
      expect(file.rules.map((rule) => rule.id)).toEqual(entry.rules);
      for (const rule of file.rules) expect(rule).toMatchObject({ file: entry.file, conditions: expect.anything(), event: expect.anything() });
      ids.push(...entry.rules);
    }
    expect(ids.sort()).toEqual(advisor.ruleSet.rules.map((rule) => rule.id).sort());
    expect(index.rules).toBe(ids.length);
    expect(JSON.parse(await read(index.conditions)).conditions).toEqual(advisor.ruleSet.conditions);
    const cards = ((await connection.client.readResource({ uri: 'advisor://cards' })).contents[0] as { text: string }).text;
    expect(cards).toContain('## Glue vs Kinesis');
  });

  it('refuses an unknown resource', async () => {
    await expect(connection.client.readResource({ uri: 'advisor://services/nope' })).rejects.toThrow(/nope/);
  });

  it('offers design_data_pipeline, which passes the user\'s own description to the tool', async () => {
    const { prompts } = await connection.client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['design_data_pipeline']);
    const prompt = await connection.client.getPrompt({ name: 'design_data_pipeline', arguments: { description: 'Cameras at our stores; alert staff on phones.' } });
    const message = (prompt.messages[0].content as { text: string }).text;
    expect(message).toContain('Cameras at our stores');
    expect(message).toContain('Call recommend_architecture with my words above, exactly as I wrote them, as `description`');
    expect(message).toContain('`inferred`');
    expect(message).toContain('`missing`');
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
