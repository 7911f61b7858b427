import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMetrics } from '../../src/http/metrics.js';
import { McpSessions } from '../../src/mcp/http-sessions.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';
import { advisor, json, testApp } from '../support/http.js';

const document = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(formats as unknown as (instance: Ajv2020) => void)(ajv);
ajv.addSchema({ ...document, $id: 'https://advisor.local/openapi.json' });

const app = testApp({ metrics: createMetrics({ processMetrics: false }) });
const iot = JSON.parse(readFileSync(new URL('../scenarios/iot-telemetry.json', import.meta.url), 'utf8')).workload;

/** Finds the documented response for a request and validates the real one against it. */
async function conforms(method: string, template: string, path: string, init?: RequestInit) {
  const response = await app.request(path, { method, ...init });
  const operation = document.paths[template]?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is documented`).toBeDefined();
  const documented = operation.responses[String(response.status)];
  expect(documented, `${method} ${template} documents status ${response.status}`).toBeDefined();
  const type = (response.headers.get('content-type') ?? '').split(';')[0];
  const media = documented.content?.[type];
  expect(media, `${method} ${template} ${response.status} documents ${type}`).toBeDefined();
  const body = type.includes('json') ? await response.json() : await response.text();
  const validate = ajv.compile({ $ref: `https://advisor.local/openapi.json#/paths/${template.replaceAll('~', '~0').replaceAll('/', '~1')}/${method.toLowerCase()}/responses/${response.status}/content/${type.replace('/', '~1')}/schema` });
  expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  return response.status;
}

describe('real responses match openapi.yaml', () => {
  it('would catch a body that breaks the document', () => {
    const validate = ajv.compile({ $ref: 'https://advisor.local/openapi.json#/components/schemas/Recommendation' });
    expect(validate({ workload: 1 })).toBe(false);
  });

  it('documents every route the app serves, and serves every route it documents', () => {
    const mcp = new McpSessions({ createServer: () => createMcpServer(advisor, { version: 'test' }), maxSessions: 1, idleMs: 60_000 });
    const served = new Set(
      testApp({ mcp, metrics: createMetrics({ processMetrics: false }) })
        .routes.filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(Object.entries(document.paths).flatMap(([path, byMethod]) => Object.keys(byMethod as object).map((method) => `${method.toUpperCase()} ${path}`)));
    expect([...served].sort()).toEqual([...documented].sort());
    void mcp.closeAll();
  });

  it.each([
    ['POST', '/v1/recommendations', '/v1/recommendations', json(iot)],
    ['POST', '/v1/recommendations', '/v1/recommendations', json({})],
    ['POST', '/v1/recommendations', '/v1/recommendations?format=markdown', json(iot)],
    ['POST', '/v1/recommendations', '/v1/recommendations?format=mermaid', json(iot)],
    ['POST', '/v1/recommendations', '/v1/recommendations', json({ latency: 'soon' })],
    ['POST', '/v1/recommendations', '/v1/recommendations', json('{')],
    ['POST', '/v1/recommendations', '/v1/recommendations', { headers: { 'content-type': 'text/plain' }, body: '{}' }],
    ['POST', '/v1/recommendations', '/v1/recommendations', json({}, { accept: 'image/png' })],
    ['POST', '/v1/recommendations/batch', '/v1/recommendations/batch', json({ workloads: [iot, {}] })],
    ['POST', '/v1/recommendations/batch', '/v1/recommendations/batch', json({ workloads: [] })],
    ['POST', '/v1/recommendations/compare', '/v1/recommendations/compare', json({ workload: iot, change: { latency: 'near-real-time' } })],
    ['POST', '/v1/recommendations/compare', '/v1/recommendations/compare', json({ workloads: [iot, {}] })],
    ['POST', '/v1/recommendations/compare', '/v1/recommendations/compare', json({ workload: iot })],
    ['GET', '/v1/services', '/v1/services', undefined],
    ['GET', '/v1/services/{id}', '/v1/services/emr-task-nodes', undefined],
    ['GET', '/v1/services/{id}', '/v1/services/kinesis-data-analytics', undefined],
    ['GET', '/v1/services/{id}', '/v1/services/nope', undefined],
    ['GET', '/v1/compare', '/v1/compare?services=athena,emr,s3', undefined],
    ['GET', '/v1/compare', '/v1/compare?services=athena', undefined],
    ['GET', '/v1/rules', '/v1/rules', undefined],
    ['GET', '/v1/rules/{id}', '/v1/rules/gpu-required', undefined],
    ['GET', '/v1/rules/{id}', '/v1/rules/nope', undefined],
    ['GET', '/v1/schema/workload', '/v1/schema/workload', undefined],
    ['GET', '/healthz', '/healthz', undefined],
    ['GET', '/readyz', '/readyz', undefined],
    ['GET', '/openapi.yaml', '/openapi.yaml', undefined],
    ['GET', '/docs', '/docs', undefined],
    ['GET', '/metrics', '/metrics', undefined],
    ['PUT', '/v1/services', '/v1/services', undefined],
  ])('%s %s (%s)', async (method, template, path, init) => {
    if (method === 'PUT') {
      // A wrong method is documented as 405 on the path's real operation.
      const response = await app.request(path, { method });
      expect(response.status).toBe(405);
      expect(document.paths[template].get.responses['405']).toBeDefined();
      return;
    }
    await conforms(method, template, path, init as RequestInit | undefined);
  });
});

describe('openapi.yaml lint', () => {
  it('lints clean with Redocly', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = new URL('../../node_modules/.bin/redocly', import.meta.url).pathname;
    const run = spawnSync(bin, ['lint', 'openapi.yaml', '--format', 'stylish'], {
      cwd: new URL('../../', import.meta.url).pathname,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      timeout: 60_000,
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/You have \d+ (warning|error)/);
  }, 60_000);
});
