import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { json, problemOf, testApp } from '../support/http.js';

const app = testApp();

describe('content negotiation on every route', () => {
  it('answers 406 when Accept admits nothing a JSON route can give', async () => {
    for (const path of ['/v1/services', '/v1/services/s3', '/v1/compare?services=athena,emr', '/v1/rules', '/healthz', '/readyz', '/v1/schema/workload']) {
      const problem = await problemOf(await app.request(path, { headers: { accept: 'application/xml' } }));
      expect(problem.status, path).toBe(406);
      expect(problem.detail, path).toContain('application/json');
    }
  });

  it('answers JSON when Accept admits it, by type, wildcard or q-value list', async () => {
    for (const accept of ['application/json', '*/*', 'application/*', 'text/html, application/json;q=0.5', '']) {
      const response = await app.request('/v1/services', { headers: { accept } });
      expect(response.status, accept).toBe(200);
    }
    expect((await app.request('/v1/services', { headers: { accept: 'application/json;q=0' } })).status).toBe(406);
  });

  it('serves the OpenAPI document as YAML, or 406', async () => {
    expect((await app.request('/openapi.yaml', { headers: { accept: 'application/yaml' } })).status).toBe(200);
    expect((await app.request('/openapi.yaml', { headers: { accept: 'application/json' } })).status).toBe(406);
  });

  it('refuses a batch asked for markdown, which it cannot give', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations/batch?format=markdown', json({ workloads: [{}] })));
    expect(problem.status).toBe(400);
    expect(problem.errors?.[0].path).toBe('/format');
    const accepted = await problemOf(await app.request('/v1/recommendations/batch', json({ workloads: [{}] }, { accept: 'text/markdown' })));
    expect(accepted.status).toBe(406);
  });
});

describe('small routes a browser asks for', () => {
  it('serves /favicon.ico and redirects /docs/ to /docs', async () => {
    const icon = await app.request('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
    const docs = await app.request('/docs/');
    expect(docs.status).toBe(301);
    expect(new URL(docs.headers.get('location') ?? '').pathname).toBe('/docs');
  });

  it('points "Try it out" at the server the document comes from', async () => {
    const yaml = await (await app.request('/openapi.yaml')).text();
    expect(yaml).toMatch(/servers:\n {2}- url: \/\n/);
  });

  it('names the root of a bad body the same way in detail and errors', async () => {
    const problem = await problemOf(await app.request('/v1/recommendations', json('[1]')));
    expect(problem.errors?.[0].path).toBe('');
    expect(problem.detail).toBe(`invalid workload: ${problem.errors?.[0].message}`);
  });
});

describe('ADVISOR_CORS_ORIGINS', () => {
  it('accepts * and lets any page call the API from a browser', async () => {
    const config = readConfig({ ADVISOR_CORS_ORIGINS: '*' });
    const open = testApp({ corsOrigins: config.ADVISOR_CORS_ORIGINS });
    const response = await open.request('/v1/services', { headers: { origin: 'https://tools.example.com' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await open.request('/v1/services', { headers: { origin: 'null' } })).status).toBe(403);
  });

  it('refuses at start-up a value that is not an origin, and keeps origins as browsers send them', () => {
    expect(() => readConfig({ ADVISOR_CORS_ORIGINS: 'tools.example.com' })).toThrow(/ADVISOR_CORS_ORIGINS must be \*, or origins/);
    expect(() => readConfig({ ADVISOR_CORS_ORIGINS: 'https://tools.example.com/app' })).toThrow(/ADVISOR_CORS_ORIGINS/);
    expect(readConfig({ ADVISOR_CORS_ORIGINS: 'https://Tools.example.com/, http://localhost:5173' }).ADVISOR_CORS_ORIGINS).toEqual([
      'https://tools.example.com',
      'http://localhost:5173',
    ]);
  });
});
