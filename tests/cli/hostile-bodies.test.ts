import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FIELD_ERRORS } from '../../src/domain/errors.js';
import { runCli, startServe } from '../support/cli.js';

const children: ChildProcess[] = [];
let base: URL;

beforeAll(async () => {
  base = (await startServe(children, { ADVISOR_LOG: 'silent' })).url;
});

afterAll(async () => {
  for (const child of children) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});

/** `{"k0":0,"k1":0,…}`: every key unknown to the workload schema. */
const unknownKeys = (count: number, prefix = 'k') => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, 0]));

const post = (path: string, body: unknown) =>
  fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('error answers stay small whatever the input', () => {
  it('answers 5,000 unknown keys with a 400 under 64 KB, and keeps answering', async () => {
    const response = await post('/v1/recommendations', unknownKeys(5_000));
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(64 * 1024);
    const body = JSON.parse(text);
    expect(body.errors).toHaveLength(MAX_FIELD_ERRORS);
    expect(body.moreErrors).toBe(5_000 - MAX_FIELD_ERRORS);
    expect(body.errors[0]).toEqual({ path: '/k0', message: expect.stringMatching(/^unknown key "k0"; allowed keys: name, description/) });
    expect((await fetch(new URL('/healthz', base))).status).toBe(200);
  });

  it('answers a batch of 100 workloads of 1,000 unknown keys each with a 400 under 64 KB', async () => {
    const workloads = Array.from({ length: 100 }, () => unknownKeys(1_000));
    const health = (async () => {
      // The event loop stays free while the batch is checked.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const started = performance.now();
      await fetch(new URL('/healthz', base));
      return performance.now() - started;
    })();
    const response = await post('/v1/recommendations/batch', { workloads });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(64 * 1024);
    expect(JSON.parse(text).moreErrors).toBe(100_000 - MAX_FIELD_ERRORS);
    expect(await health).toBeLessThan(2_000);
  });

  it('keeps each message short when a key is huge', async () => {
    const response = await post('/v1/recommendations', { ['x'.repeat(30_000)]: 1 });
    const body = JSON.parse(await response.text());
    expect(response.status).toBe(400);
    expect(body.errors[0].message.length).toBeLessThan(400);
    expect(body.detail.length).toBeLessThan(800);
  });

  it('tells the CLI user in one short line', () => {
    const { code, stderr } = runCli(['recommend', '-'], { input: JSON.stringify(unknownKeys(5_000)) });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.length).toBeLessThan(1_000);
    expect(stderr).toMatch(/unknown key "k0".*\(and 4999 more\)/);
  });
});
