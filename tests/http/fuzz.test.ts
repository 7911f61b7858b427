import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import { testApp } from '../support/http.js';

const app = testApp();

/** Turns a valid workload into a likely-invalid one in one of many ways. */
const mutated = fc
  .tuple(workloadArbitrary, fc.nat(), fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }), fc.constantFrom('add', 'replace', 'wrap', 'array', 'nest'))
  .map(([workload, pick, junk, how]) => {
    const keys = Object.keys(workload);
    const key = keys.length > 0 ? keys[pick % keys.length] : 'data';
    switch (how) {
      case 'add':
        return { ...workload, [['__proto__', 'constructor', 'latencyy', 'data '][pick % 4]]: junk };
      case 'replace':
        return { ...workload, [key]: junk };
      case 'wrap':
        return { workload };
      case 'array':
        return [workload, junk];
      default:
        return { ...workload, [key]: { [key]: workload[key] } };
    }
  });

const rawBodies = fc.oneof(
  fc.string(),
  fc.json(),
  mutated.map((value) => JSON.stringify(value) ?? 'null'),
  workloadArbitrary.map((value) => JSON.stringify(value).slice(0, -1)),
  fc.constantFrom('{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', '[]', 'null', '1e999', '"\\ud800"', '{"a":'.repeat(50)),
);

describe('no input reaches a 5xx', () => {
  it('answers random and mutated bodies with 200 or a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(rawBodies, fc.constantFrom('/v1/recommendations', '/v1/recommendations/batch', '/v1/recommendations?format=markdown', '/v1/recommendations?format=mermaid'), fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'), async (body, path, type) => {
        const response = await app.request(path, { method: 'POST', headers: { 'content-type': type }, body });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          const problem = (await response.json()) as { status: number; detail: unknown };
          expect(problem.status).toBe(response.status);
          expect(typeof problem.detail).toBe('string');
        }
      }),
      { numRuns: 600 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers random paths, methods and queries without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webPath(), fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'), fc.webQueryParameters(), async (path, method, query) => {
        const response = await app.request(`${path || '/'}?${query}`, { method });
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );
  });

  it('answers every valid random workload with 200', async () => {
    await fc.assert(
      fc.asyncProperty(workloadArbitrary, async (workload) => {
        const response = await app.request('/v1/recommendations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(workload) });
        expect(response.status).toBe(200);
      }),
      { numRuns: 200 },
    );
  });
});
