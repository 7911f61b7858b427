import { describe, expect, it } from 'vitest';
import { getDefaultAdvisor } from '../../src/domain/advisor.js';
import { McpSessions } from '../../src/mcp/http-sessions.js';
import { createMcpServer } from '../../src/mcp/create-mcp-server.js';
import { json, problemOf, testApp } from '../support/http.js';

const TOKEN = 'correct-horse-battery-staple';

describe('bearer token', () => {
  const app = testApp({ token: TOKEN });

  it('is not needed when ADVISOR_TOKEN is unset', async () => {
    expect((await testApp().request('/v1/services')).status).toBe(200);
  });

  it('guards /v1 routes with 401 and a WWW-Authenticate challenge', async () => {
    const response = await app.request('/v1/recommendations', json({}));
    expect((await problemOf(response)).status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect((await app.request('/v1/services', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await app.request('/v1/services', { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
  });

  it('lets the right token through', async () => {
    expect((await app.request('/v1/services', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('leaves health and documentation open', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.yaml', '/docs']) expect((await app.request(path)).status, path).toBe(200);
  });
});

describe('DNS-rebinding protection on the REST API', () => {
  const post = (host: string, headers: Record<string, string> = {}) =>
    ({ method: 'POST', headers: { host, 'content-type': 'application/json', ...headers }, body: '{}' }) as RequestInit;

  it('refuses a Host that is not this machine when bound to loopback, on every route', async () => {
    const app = testApp();
    expect((await problemOf(await app.request('http://evil.example.com/v1/recommendations', post('evil.example.com')))).status).toBe(403);
    expect((await app.request('http://evil.example.com/healthz', { headers: { host: 'evil.example.com' } })).status).toBe(403);
    expect((await app.request('http://localhost/v1/recommendations', post('localhost:3000'))).status).toBe(200);
  });

  it('refuses Origin: null and an origin that is neither this host nor a CORS origin', async () => {
    const app = testApp({ corsOrigins: ['https://portal.example.com'] });
    expect((await problemOf(await app.request('http://localhost/v1/recommendations', post('localhost', { origin: 'null' })))).status).toBe(403);
    expect((await app.request('http://localhost/v1/recommendations', post('localhost', { origin: 'http://evil.example.com' }))).status).toBe(403);
    expect((await app.request('http://localhost/v1/recommendations', post('localhost', { origin: 'https://portal.example.com' }))).status).toBe(200);
    expect((await app.request('http://localhost/v1/recommendations', post('localhost', { origin: 'http://localhost:3000' }))).status).toBe(200);
  });

  it('answers any Host on REST when bound beyond loopback, where load balancers probe by address', async () => {
    const app = testApp({ bindHost: '0.0.0.0', allowedHosts: ['advisor.internal'] });
    expect((await app.request('http://10.0.0.7/healthz', { headers: { host: '10.0.0.7:3000' } })).status).toBe(200);
  });
});

describe('CORS', () => {
  it('is off by default', async () => {
    const response = await testApp().request('/v1/services', { headers: { origin: 'https://portal.example.com' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the configured origins only', async () => {
    const app = testApp({ corsOrigins: ['https://portal.example.com'] });
    const allowed = await app.request('/v1/services', { headers: { origin: 'https://portal.example.com' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.com');
    const other = await app.request('/v1/services', { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/v1/recommendations', {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
  });
});

describe('security headers', () => {
  it('sets the OWASP REST cheat sheet headers on every API answer, and only those', async () => {
    const response = await testApp().request('/healthz');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBeNull();
  });

  it('sends Strict-Transport-Security over HTTPS only, as RFC 6797 requires', async () => {
    const app = testApp();
    const hsts = 'max-age=15552000; includeSubDomains';
    const body = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };
    expect((await app.request('http://localhost/healthz')).headers.get('strict-transport-security')).toBeNull();
    expect((await app.request('http://localhost/v1/recommendations', body)).headers.get('strict-transport-security')).toBeNull();
    expect((await app.request('https://localhost/healthz')).headers.get('strict-transport-security')).toBe(hsts);
    expect((await app.request('https://localhost/v1/recommendations', body)).headers.get('strict-transport-security')).toBe(hsts);
    const proxied = await app.request('/v1/recommendations', { ...body, headers: { ...body.headers, 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toBe(hsts);
  });

  it('adds the document headers of hono/secure-headers on pages a browser renders', async () => {
    for (const path of ['/', '/docs', '/playground/playground.js']) {
      const response = await testApp().request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
    }
  });

  it('puts the same headers and the request id on recommendations, batches and problems alike', async () => {
    const app = testApp({ trustRequestId: true });
    const post = (path: string, body: string) =>
      app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' }, body });
    for (const response of [
      await post('/v1/recommendations', JSON.stringify({ latency: 'real-time' })),
      await post('/v1/recommendations?format=markdown', JSON.stringify({ latency: 'real-time' })),
      await post('/v1/recommendations/batch', JSON.stringify({ workloads: [{ latency: 'batch' }] })),
      await post('/v1/recommendations', '{"latency": 7}'),
    ]) {
      expect(response.headers.get('x-request-id')).toBe('trace-42');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const answer = await post('/v1/recommendations', JSON.stringify({ latency: 'real-time' }));
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.headers.get('vary')).toBe('Accept');
  });

  it('puts the standard headers on every route, every problem and every file, whichever code answers', async () => {
    const mcp = new McpSessions({ createServer: () => createMcpServer(getDefaultAdvisor(), { version: 'test' }), maxSessions: 1, idleMs: 60_000 });
    const app = testApp({ mcp, trustRequestId: true });
    const requests: Array<[string, RequestInit?]> = [
      ...app.routes.filter((route) => route.method === 'GET').map((route): [string] => [route.path.replace(':id', 's3').replace(':slug', 'not-found').replace(':file', 'playground.js')]),
      ['/docs/assets/swagger-ui-dist/swagger-ui.css'],
      ['/v1/compare?services=s3,redshift'],
      ['/v1/recommendations', json({ latency: 'batch' })],
      ['/v1/recommendations/batch', json({ workloads: [{}] })],
      ['/v1/recommendations', json({ latency: 7 })],
      ['/v1/recommendations', { method: 'GET' }],
      ['/v1/services/no-such-service'],
      ['/nowhere'],
      ['/mcp', { method: 'PUT' }],
      ['/mcp', { method: 'GET' }],
    ];
    for (const [path, init] of requests) {
      const response = await app.request(path, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-request-id': 'every-1' } });
      const label = `${init?.method ?? 'GET'} ${path} (${response.status})`;
      expect(response.headers.get('x-request-id'), label).toBe('every-1');
      expect(response.headers.get('x-content-type-options'), label).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), label).toBe('DENY');
      expect(response.headers.get('content-security-policy'), label).toBe("frame-ancestors 'none'");
    }
    await mcp.closeAll();
  });

  it('lets a static file say how long it may be cached', async () => {
    const response = await testApp().request('/playground/playground.js');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});
