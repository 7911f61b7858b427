import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createMetrics } from '../../src/http/metrics.js';
import { apiOperations } from '../../src/http/openapi.js';
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

  it('refuses, on every documented operation, an Accept header that admits none of the types it declares', async () => {
    const metricsApp = testApp({ metrics: createMetrics() });
    const sample: Record<string, string> = { id: 's3', file: 'api.js', slug: 'invalid-body' };
    let checked = 0;
    for (const [route, byMethod] of Object.entries(apiOperations())) {
      if (route === '/mcp') continue;
      const path = route.replace(/\{(\w+)\}/g, (_, name: string) => (route.startsWith('/docs/') ? 'swagger-ui.css' : sample[name]));
      for (const method of Object.keys(byMethod)) {
        const response = await metricsApp.request(path, { method: method.toUpperCase(), headers: { accept: 'application/x-nothing-we-serve', 'content-type': 'application/json' }, body: method === 'get' ? undefined : '{}' });
        const problem = await problemOf(response);
        expect(problem.status, `${method} ${path}`).toBe(406);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('serves pages, files and metrics to the Accept headers browsers and scrapers send, and refuses the rest', async () => {
    const browserPage = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    expect((await app.request('/', { headers: { accept: browserPage } })).status).toBe(200);
    expect((await app.request('/docs', { headers: { accept: browserPage } })).status).toBe(200);
    expect((await app.request('/playground/api.js', { headers: { accept: '*/*' } })).status).toBe(200);
    expect((await app.request('/favicon.ico', { headers: { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' } })).status).toBe(200);
    expect((await problemOf(await app.request('/', { headers: { accept: 'application/json' } }))).status).toBe(406);
    expect((await problemOf(await app.request('/playground/scenarios.json', { headers: { accept: 'text/html' } }))).status).toBe(406);
    const scraper = 'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1';
    expect((await testApp({ metrics: createMetrics() }).request('/metrics', { headers: { accept: scraper } })).status).toBe(200);
  });

  it('answers a recommendation only in a format the Accept header admits: text/plain is none of them', async () => {
    expect((await problemOf(await app.request('/v1/recommendations', json({}, { accept: 'text/plain' })))).status).toBe(406);
    const preferred = await app.request('/v1/recommendations', json({}, { accept: 'application/json;q=0.5, text/vnd.mermaid' }));
    expect(preferred.headers.get('content-type')).toContain('text/vnd.mermaid');
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
