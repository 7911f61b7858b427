#!/usr/bin/env node
// Scores the advisor on a folder of blind-round files (tests/blind/README.md): workloads with an
// architect's answer, or descriptions with the fields a careful reader extracts.
// Usage: node scripts/score-blind.mjs DIR [--verbose]   (run `npm run build` first; reads dist/)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAdvisor, inferWorkload, checkScenario } from '../dist/index.js';

const [dir, ...flags] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/score-blind.mjs DIR [--verbose]');
  process.exit(2);
}
const verbose = flags.includes('--verbose');
const advisor = createAdvisor();
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

/** The architecture verdict: right (every check holds), wrong (an excluded service, or half the expected missing), else partly. */
function architecture(answer, expect) {
  const checked = { include: expect.include, includeAny: expect.includeAny, exclude: expect.exclude, configuration: expect.configuration };
  const failures = checkScenario(answer, checked);
  const expected = (expect.include ?? []).length + (expect.includeAny ?? []).length;
  const missed = failures.filter((f) => f.expectation === 'include' || f.expectation === 'includeAny').length;
  const excluded = failures.some((f) => f.expectation === 'exclude');
  const verdict = failures.length === 0 ? 'right' : excluded || (expected > 0 && missed * 2 >= expected) ? 'wrong' : 'partly';
  const extra = checkScenario(answer, { warnings: expect.warnings, missing: expect.missing });
  return { verdict, failures, extra };
}

const near = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 0.02);
const same = (a, b) => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x) => b.includes(x));
  return a === b || near(a, b);
};

/** The reading verdict: the share of stated fields read right, and each field read wrongly. */
function reading(description, fields, acceptable = {}) {
  // A list field may be read from several places (each entry holds the items its evidence adds): score the list as read, from the workload.
  const { workload, inferred } = inferWorkload({ description });
  const valueIn = (path) => path.split('.').reduce((node, key) => (node != null && Object.hasOwn(node, key) ? node[key] : undefined), workload);
  const read = new Map(inferred.map((entry) => [entry.field, valueIn(entry.field)]));
  // A value the writer listed as acceptable for a field is right, whether or not the field is also among the stated ones.
  const fits = (field, value) =>
    (Object.hasOwn(fields, field) && same(value, fields[field])) || (Object.hasOwn(acceptable, field) && acceptable[field].some((ok) => same(value, ok)));
  const right = Object.keys(fields).filter((field) => read.has(field) && fits(field, read.get(field)));
  const wrong = [...read].filter(([field, value]) => !fits(field, value));
  const missed = Object.keys(fields).filter((field) => !right.includes(field));
  return { right: right.length, stated: Object.keys(fields).length, wrong, missed, read };
}

const tally = { right: 0, partly: 0, wrong: 0, fieldsRight: 0, fieldsStated: 0, clean: 0, descriptions: 0 };
for (const name of files) {
  const file = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const workload = file.workload ?? { description: file.description };
  const answer = advisor.recommend(workload);
  const { verdict, failures, extra } = architecture(answer, file.expect ?? {});
  tally[verdict] += 1;
  let line = `${verdict.padEnd(6)} ${file.name}`;
  if (file.fields) {
    const r = reading(file.description, file.fields, file.alsoAcceptable);
    tally.fieldsRight += r.right;
    tally.fieldsStated += r.stated;
    tally.descriptions += 1;
    if (r.wrong.length === 0) tally.clean += 1;
    line += `  fields ${r.right}/${r.stated}${r.wrong.length ? `  WRONG ${r.wrong.map(([f, v]) => `${f}=${JSON.stringify(v)}`).join('; ')}` : ''}`;
    if (verbose && r.missed.length) line += `\n         missed: ${r.missed.map((f) => `${f}=${JSON.stringify(file.fields[f])}${r.read.has(f) ? ` (read ${JSON.stringify(r.read.get(f))})` : ''}`).join('; ')}`;
  }
  if (verbose && failures.length) line += `\n         ${failures.map((f) => `${f.expectation}: ${f.expected} (${f.got})`).join('\n         ')}`;
  if (verbose && extra.length) line += `\n         also: ${extra.map((f) => f.expected).join('; ')}`;
  console.log(line);
}
console.log(`\narchitecture: ${tally.right} right, ${tally.partly} partly right, ${tally.wrong} wrong, of ${files.length}`);
if (tally.descriptions) {
  const share = ((100 * tally.fieldsRight) / tally.fieldsStated).toFixed(1);
  console.log(`reading: ${tally.fieldsRight}/${tally.fieldsStated} fields read right (${share}%); ${tally.clean}/${tally.descriptions} descriptions with no field read wrongly (${((100 * tally.clean) / tally.descriptions).toFixed(1)}%)`);
}
