import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { SERVICE_IDS } from '../../src/domain/catalog/service-ids.js';
import { generatedFiles } from '../../src/build/generated-files.js';
import { advisor, problemOf, testApp } from '../support/http.js';

const app = testApp();
const get = async (path: string) => {
  const response = await app.request(path);
  // biome-ignore lint: test bodies are read loosely
  const body: any = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  return { response, body };
};

describe('GET /v1/services', () => {
  it('lists every service with id, name and roles', async () => {
    const { body } = await get('/v1/services');
    expect(body.services.map((s: { id: string }) => s.id)).toEqual([...SERVICE_IDS]);
  });

  it('answers one entry with card notes, facts, limits and lifecycle', async () => {
    const { body } = await get('/v1/services/kinesis-data-streams');
    expect(body.limits.map((l: { name: string }) => l.name)).toContain('write per shard');
    expect(body.facts[0]).toMatchObject({ source: expect.stringMatching(/^https:/), checked: '2026-11-26' });
  });

  it('answers the retired kinesis-data-analytics with its successor and the retirement note', async () => {
    const { body } = await get('/v1/services/kinesis-data-analytics');
    expect(body.id).toBe('managed-service-for-apache-flink');
    expect(body.requestedAs).toBe('kinesis-data-analytics');
    expect(body.lifecycle.note).toContain('retired');
  });

  it('answers an unknown id with 404 listing the known ids', async () => {
    const problem = await problemOf(await app.request('/v1/services/kinesis'));
    expect(problem.status).toBe(404);
    expect(problem.detail).toContain('emr-task-nodes');
  });
});

describe('GET /v1/compare', () => {
  it('weighs Firehose against Data Streams with the cards\' trade-off', async () => {
    const { body } = await get('/v1/compare?services=kinesis-data-firehose,kinesis-data-streams');
    expect(body.tradeOffs).toHaveLength(1);
    expect(body.tradeOffs[0].choose['kinesis-data-streams']).toContain('your own code');
  });

  it.each([
    ['glue-etl,kinesis-data-streams', 'Glue vs Kinesis'],
    ['s3-sse-s3,s3-sse-kms', 'Encryption'],
    ['athena,emr', 'Athena'],
    ['ec2-compute-optimized,ec2-accelerated-computing', 'EC2 for Machine Learning'],
  ])('draws the trade-off between %s from the %s card', async (services, card) => {
    const { body } = await get(`/v1/compare?services=${services}`);
    expect(body.tradeOffs[0].cards).toContain(card);
  });

  it('compares three services pair by pair and explains pairs the cards do not weigh', async () => {
    const { body } = await get('/v1/compare?services=athena,emr,sns');
    expect(body.services).toHaveLength(3);
    expect(body.tradeOffs.length + body.unrelated.length).toBe(3);
  });

  it('accepts repeated parameters and the retired alias', async () => {
    const { body } = await get('/v1/compare?services=kinesis-data-analytics&services=quicksight');
    expect(body.services[0]).toMatchObject({ id: 'managed-service-for-apache-flink', requestedAs: 'kinesis-data-analytics' });
  });

  it('needs two services, known ones', async () => {
    expect((await problemOf(await app.request('/v1/compare?services=s3'))).status).toBe(400);
    expect((await problemOf(await app.request('/v1/compare'))).status).toBe(400);
    expect((await problemOf(await app.request('/v1/compare?services=s3,s3'))).status).toBe(400);
    expect((await problemOf(await app.request('/v1/compare?services=s3,kafka'))).status).toBe(404);
    expect((await problemOf(await app.request(`/v1/compare?services=${SERVICE_IDS.slice(0, 9).join(',')}`))).status).toBe(400);
  });
});

describe('GET /v1/rules', () => {
  it('lists the loaded rules with their cards and source', async () => {
    const { body } = await get('/v1/rules');
    expect(body.count).toBe(advisor.ruleSet.rules.length);
    expect(body.rules[0]).toMatchObject({ id: expect.any(String), description: expect.any(String), cards: expect.any(Array), source: 'built-in' });
  });

  it('answers one rule and 404 for an unknown one', async () => {
    expect((await get('/v1/rules/kds-custom-processing')).body.cards).toContain('Kinesis data streams');
    expect((await problemOf(await app.request('/v1/rules/__proto__'))).status).toBe(404);
  });
});

describe('meta routes', () => {
  it('serves the workload JSON Schema', async () => {
    const { body } = await get('/v1/schema/workload');
    expect(body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(body.properties.ingestion.properties.throughputMBps.type).toBe('number');
    expect(body.additionalProperties).toBe(false);
  });

  it('reports liveness with the rule count, and readiness', async () => {
    expect((await get('/healthz')).body).toEqual({ status: 'ok', rules: advisor.ruleSet.rules.length });
    expect((await get('/readyz')).body.status).toBe('ready');
    const draining = testApp({ readiness: { ready: () => false } });
    const response = await draining.request('/readyz');
    expect((await problemOf(response)).status).toBe(503);
    expect((await draining.request('/healthz')).status).toBe(200);
  });

  it('names an organisation\'s rule file relative to its folder, never by its absolute path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'org-rules-'));
    const rule = { id: 'org-iam', description: 'Ours', cards: [], priority: 10, conditions: { all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] }, event: { type: 'advice', params: { ask: [{ field: 'costPriority', why: 'Our policy.' }] } } };
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ topic: 'ours', rules: [rule] }));
    const org = testApp({ advisor: createAdvisor({ dirs: [dir] }) });
    const body = (await (await org.request('/v1/rules/org-iam')).json()) as { source: string };
    expect(body.source).toBe('policy.json');
    expect(JSON.stringify(await (await org.request('/v1/rules')).json())).not.toContain(dir);
  });

  it('is not ready when the loaded rules cannot answer a workload', async () => {
    // A rule built by hand, past the loader's checks: someValue over a scalar throws in the engine's operator.
    const rule = { ...advisor.ruleSet.rules[0], id: 'throws', conditions: { all: [{ fact: 'latency', operator: 'someValue:equal', value: 'batch' }] } };
    const ruleSet = { ...advisor.ruleSet, rules: [rule], byId: new Map([[rule.id, rule]]) } as typeof advisor.ruleSet;
    const broken = testApp({ advisor: createAdvisor({ ruleSet }) });
    const response = await broken.request('/readyz');
    expect(response.status).toBe(503);
    expect((await problemOf(response)).detail).toMatch(/the loaded rules cannot answer a workload: .*not a function/);
  });

  it('serves openapi.yaml as committed', async () => {
    const { response, body } = await get('/openapi.yaml');
    expect(response.headers.get('content-type')).toContain('application/yaml');
    expect(body).toBe(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
  });

  it('serves interactive docs with no CDN', async () => {
    const { response, body } = await get('/docs');
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(body).toContain('/openapi.yaml');
    expect(body).not.toMatch(/https?:\/\//);
    for (const asset of ['/docs/assets/swagger-ui-dist/swagger-ui-bundle.js', '/docs/assets/swagger-ui-dist/swagger-ui.css']) {
      expect(body).toContain(asset);
      expect((await app.request(asset)).status).toBe(200);
    }
    expect((await app.request('/docs/assets/swagger-ui-dist/package.json')).status).toBe(404);
  });
});

describe('generated files', () => {
  it.each(Object.keys(generatedFiles()))('%s matches what npm run generate writes', (path) => {
    const committed = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(committed, `${path} drifted: run npm run generate`).toBe(generatedFiles()[path]);
  });
});
