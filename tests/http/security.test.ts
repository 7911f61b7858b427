import { describe, expect, it } from 'vitest';
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
  it('sets the hono/secure-headers defaults on every answer', async () => {
    const response = await testApp().request('/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
