import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A fresh process each time: the model is loaded at most once per process.
const script = `
  import { createRequire } from 'node:module';
  const { createAdvisor, readDescription } = await import(process.argv[1]);
  const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('wink-eng-lite-web-model'));
  const seen = [loaded()];
  createAdvisor().recommend({ ingestion: { mode: 'streaming', throughputMBps: 20 } });
  seen.push(loaded());
  readDescription('About 30 MB/s of clickstream, real-time dashboards.');
  seen.push(loaded());
  console.log(JSON.stringify(seen));
`;

describe('the language model', () => {
  it('is loaded when a description is first read, not when the library loads or answers a workload without one', () => {
    const library = new URL('../../dist/index.js', import.meta.url).href;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, library], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([false, false, true]);
  });
});
