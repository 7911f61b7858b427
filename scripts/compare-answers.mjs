// `node scripts/compare-answers.mjs <git-ref> [count]`: do two builds give the
// same answers? Builds the library at <git-ref> (in a temporary git worktree
// that borrows this checkout's node_modules) and here, then asks both for
// `count` workloads (default 6,000): half scenario workloads with their
// volumes and rates varied, half random workloads drawn, with a fixed seed,
// from the workload schema's own JSON Schema. Prints how many answers differ
// and the first difference; exits 1 when any does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadScenarios, ROOT, variedWorkload } from './bench.mjs';

const [ref, countArg] = process.argv.slice(2);
if (!ref) {
  console.error('usage: node scripts/compare-answers.mjs <git-ref> [count]');
  process.exit(2);
}
const count = Number(countArg ?? 6000);

const build = (dir) => execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });

const baseDir = join(mkdtempSync(join(tmpdir(), 'advisor-base-')), 'checkout');
execFileSync('git', ['worktree', 'add', '--detach', baseDir, ref], { cwd: ROOT, stdio: 'ignore' });
try {
  symlinkSync(join(ROOT, 'node_modules'), join(baseDir, 'node_modules'), 'dir');
  build(baseDir);
  build(ROOT);
  const base = await import(pathToFileURL(join(baseDir, 'dist', 'index.js')).href);
  const here = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const { toJSONSchema } = await import('zod');

  const random = seeded(20261130);
  const schema = toJSONSchema(here.WorkloadSchema, { io: 'input' });
  const scenarios = loadScenarios();
  const workloads = Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? variedWorkload(scenarios[(i / 2) % scenarios.length], i) : { name: `random-${i}`, ...draw(schema, random) },
  );

  let differ = 0;
  let first;
  for (const workload of workloads) {
    const before = JSON.stringify(await base.recommend(workload));
    const after = JSON.stringify(await here.recommend(workload));
    if (before === after) continue;
    differ++;
    first ??= { workload, before, after };
  }
  console.log(`${count} workloads (${count - Math.floor(count / 2)} varied scenarios, ${Math.floor(count / 2)} random): ${differ} answers differ between ${ref} and the working tree`);
  if (first) {
    const at = [...first.before].findIndex((ch, i) => ch !== first.after[i]);
    console.log(`first: ${JSON.stringify(first.workload)}\n  ${ref}: …${first.before.slice(Math.max(0, at - 80), at + 120)}\n  here: …${first.after.slice(Math.max(0, at - 80), at + 120)}`);
  }
  process.exitCode = differ === 0 ? 0 : 1;
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', baseDir], { cwd: ROOT, stdio: 'ignore' });
  rmSync(join(baseDir, '..'), { recursive: true, force: true });
}

/** A small seeded generator (mulberry32), so every run draws the same workloads. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value valid for a JSON Schema node (objects, enums, lists without repeats, bounded numbers), each field present half the time. */
function draw(node, random) {
  if (node.type === 'object') {
    const out = {};
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === 'name' || key === 'description' || random() < 0.5) continue;
      out[key] = draw(child, random);
    }
    return out;
  }
  if (node.enum) return node.enum[Math.floor(random() * node.enum.length)];
  if (node.type === 'array') {
    const options = [...node.items.enum];
    return options.filter(() => random() < 0.3);
  }
  if (node.type === 'boolean') return random() < 0.5;
  if (node.type === 'number' || node.type === 'integer') {
    const min = node.minimum ?? node.exclusiveMinimum ?? 0;
    const max = Math.min(node.maximum ?? 1e6, min + 10 ** Math.floor(random() * 7));
    const value = min + random() * (max - min);
    return node.type === 'integer' ? Math.max(node.minimum ?? 0, Math.round(value)) : Math.max(value, node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 0.001 : min);
  }
  if (node.type === 'string') return node.pattern ? 'eu-west-1' : 'x';
  return undefined;
}
