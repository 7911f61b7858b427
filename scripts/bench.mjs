// `npm run bench`: measures the built advisor (dist/) against references run
// on the same machine in the same run, and prints each figure, its reference,
// their ratio and PASS/FAIL against the goal. It is a report: it always exits 0.
//
//   a. HTTP throughput of POST /v1/recommendations: the same server with answers
//      precomputed vs a bare Hono app (the edge's share), the advisor vs that
//      precomputed server (the answer's share); beside them, the log off
//   b. stdio MCP cold start of the installed bin vs the smallest server on the same
//      SDK bundled like it (the goal is set under Node 22), `node -e 0` and
//      @modelcontextprotocol/server-memory
//   c. in-process recommend() vs a stock json-rules-engine `new Engine(rules).run()`
//   d. server RSS after 5,000 and 50,000 requests
//   e. /healthz latency while batches of 100 workloads are being answered
//   f. the hand-written JSON body reader vs hono/body-limit + c.req.json(), end to end
//   g. reading a 4,000- and a 400-character description vs recommend() of the workload it reads, and the first reading's cost
//   h. the request log line written straight to pino's destination vs logger.info(), end to end
//   i. figure a's route answering as by default (with its cost) and with ?whatWouldChange=true vs the same server without either
//
// Servers run in the default configuration, as `npm start` runs them (request log on).
//
// Environment: BENCH_SECONDS (measured HTTP load per server, default 10),
// BENCH_ROUNDS (rounds that seconds are split into, default 10),
// BENCH_WARMUP_SECONDS (load on each server before measuring, default 10),
// BENCH_RUNS (cold starts of each process, default 10), BENCH_PROBES (healthz
// probes, default 200), BENCH_BATCH_CONNECTIONS (batch load clients, default 4),
// BENCH_ONLY (comma-separated figures to run, e.g. `a` or `a,c`; default all).
//
// The helpers below (scenarios, varied workloads, server children, load) are
// exported for scripts/soak.mjs; importing this file runs nothing.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');

// ---------------------------------------------------------------- workloads

/** The scenario workloads: `[{ scenario, workload }]`, sorted by file name. */
export function loadScenarios() {
  const dir = join(ROOT, 'tests', 'scenarios');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      scenario: name.replace(/\.json$/, ''),
      workload: JSON.parse(readFileSync(join(dir, name), 'utf8')).workload,
    }));
}

/** Fields scaled per request, with the bounds the workload schema allows. */
const SCALED = [
  ['data', 'volumeTB', 0, 1_000_000, false],
  ['ingestion', 'throughputMBps', 0, 1_000_000, false],
  ['ingestion', 'recordsPerSecond', 0, 1_000_000_000, false],
  ['ingestion', 'producers', 1, 1_000_000_000, true],
];

/**
 * The `i`th variation of a scenario: its own name (`${scenario}-${i}`) and its
 * volumes and rates scaled by a factor from 0.05 to about 10, so that no two
 * consecutive requests carry the same workload.
 */
export function variedWorkload({ scenario, workload }, i) {
  const copy = structuredClone(workload);
  copy.name = `${scenario}-${i}`;
  const factor = 0.05 + ((i * 7919) % 1000) / 100;
  for (const [group, field, min, max, integer] of SCALED) {
    const value = copy[group]?.[field];
    if (typeof value !== 'number') continue;
    const scaled = Math.min(max, Math.max(min, value * factor));
    copy[group][field] = integer ? Math.max(min, Math.round(scaled)) : Math.round(scaled * 1000) / 1000;
  }
  return copy;
}

/** An endless source of varied workloads, cycling through the scenarios. */
export function workloadSource(scenarios = loadScenarios()) {
  let i = 0;
  return () => {
    const n = i++;
    return variedWorkload(scenarios[n % scenarios.length], n);
  };
}

// ---------------------------------------------------------------- processes

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Children still running, ended if this process stops early. */
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** GET `url` and resolve with the status code and body (rejects on connection errors). */
export function httpGet(url, agent, timeoutMs = 10_000) {
  return new Promise((resolveGet, reject) => {
    const request = http.get(url, { agent, timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolveGet({ status: response.statusCode, body }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

/**
 * Starts a long-running child on a free port and waits until it has printed
 * that it listens on that port and `GET healthPath` answers 200. (Both checks:
 * another process on this machine could take the port between our pick and
 * the child's bind, and would answer the health check in its place.) Returns
 * its URL and pid and a `stop()` that sends SIGTERM and reports how (and how
 * fast) it exited.
 */
export async function startChild(options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startChildOnce(options);
    } catch (error) {
      if (!error.portTaken || attempt >= 3) throw error;
    }
  }
}

async function startChildOnce({ command = process.execPath, args, env = {}, healthPath = '/healthz', label = args.join(' ') }) {
  const port = await freePort();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  let listening = false;
  const listeningLine = new RegExp(`listening on http://127\\.0\\.0\\.1:${port}\\b`);
  const keep = (chunk) => {
    output = (output + chunk).slice(-8192);
    listening ||= listeningLine.test(output);
  };
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  const exited = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolveExit({ code, signal, at: performance.now() });
    }),
  );
  let exit;
  void exited.then((value) => (exit = value));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exit) {
      const error = new Error(`${label} exited (code ${exit.code}, signal ${exit.signal}) before it answered:\n${output}`);
      error.portTaken = /EADDRINUSE|already in use/.test(output);
      throw error;
    }
    if (listening) {
      try {
        const { status } = await httpGet(`${url}${healthPath}`, undefined, 1_000);
        if (status === 200) break;
      } catch {
        // not answering yet
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${label} did not listen on port ${port} and answer ${healthPath} within 15 s:\n${output}`);
    }
    await delay(50);
  }

  return {
    url,
    port,
    pid: child.pid,
    child,
    /** The last 8 KiB the child wrote to stdout and stderr. */
    output: () => output,
    /** The exit, if the child has exited already. */
    exited: () => exit,
    /** SIGTERM, then waits up to `timeoutMs`; SIGKILL after that. */
    async stop(timeoutMs = 10_000) {
      if (exit) return { ...exit, ms: 0, inTime: true, alreadyExited: true };
      const sent = performance.now();
      child.kill('SIGTERM');
      const result = await Promise.race([exited, delay(timeoutMs).then(() => undefined)]);
      if (result) return { code: result.code, signal: result.signal, ms: result.at - sent, inTime: true };
      child.kill('SIGKILL');
      const killed = await exited;
      return { code: killed.code, signal: killed.signal, ms: killed.at - sent, inTime: false };
    },
  };
}

/**
 * The advisor's own server, started as `npm start` and the installed bin
 * start it: `dist/cli.js serve` run through its shebang, which carries the
 * Node options the server runs with (see scripts/build.mjs), in the default
 * configuration (request log on) unless `env` says otherwise.
 */
export function startAdvisor(env = {}) {
  return startChild({ command: CLI, args: ['serve'], env, label: 'dist/cli.js serve' });
}

/** Resident set size of a process, in MiB, from /proc/<pid>/status (Linux). */
export function readRssMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

// ---------------------------------------------------------------- load

/**
 * Runs autocannon (no pipelining) and resolves with its result plus
 * `errorsByCode`, the connection errors and timeouts by kind.
 */
export async function load({ url, connections = 20, duration, amount, requests, timeout = 10 }) {
  const errorsByCode = {};
  const options = { url, connections, pipelining: 1, timeout, requests };
  if (amount) options.amount = amount;
  else options.duration = duration;
  const instance = autocannon(options);
  instance.on('reqError', (error) => {
    const key = error.code ?? error.message;
    errorsByCode[key] = (errorsByCode[key] ?? 0) + 1;
  });
  const result = await instance;
  return { ...result, errorsByCode };
}

/** An autocannon request whose body is a new JSON document on every request. */
export function postJson(path, nextBody, extra = {}) {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    setupRequest: (request) => ({ ...request, body: JSON.stringify(nextBody()) }),
    ...extra,
  };
}

// ---------------------------------------------------------------- statistics and printing

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function num(value, digits = 0) {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

export function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.release()} ${os.arch()}, ${num(os.totalmem() / 2 ** 30, 1)} GiB RAM`;
}

/** Goals met or missed, in order, for the summary at the end. */
const goals = [];
function goal(figure, text, ok) {
  goals.push({ figure, text, ok });
  return `${text}: ${verdict(ok)}`;
}

const say = (line = '') => process.stdout.write(`${line}\n`);

function describeLoad(result) {
  const errors = Object.entries(result.errorsByCode)
    .map(([code, count]) => `${code}×${count}`)
    .join(', ');
  return (
    `${num(result.requests.average)} req/s, p50 ${num(result.latency.p50)} ms, p99 ${num(result.latency.p99)} ms, ` +
    `${num(result.requests.total)} responses, non-2xx ${result.non2xx}, errors ${result.errors}` +
    (result.timeouts ? ` (timeouts ${result.timeouts})` : '') +
    (errors ? ` [${errors}]` : '')
  );
}

// ---------------------------------------------------------------- c. in-process

/** How many calls of `fn` take about `roundMs`. */
async function calibrate(fn, roundMs) {
  for (let n = 1; ; n *= 2) {
    const start = performance.now();
    for (let i = 0; i < n; i++) await fn();
    const elapsed = performance.now() - start;
    if (elapsed >= 5 || n >= 1 << 20) return Math.max(1, Math.ceil((n * roundMs) / Math.max(elapsed, 0.001)));
  }
}

/**
 * Median µs per call of each `fn`, over `rounds` rounds of about `roundMs`
 * each; the rounds visit every function in turn, so that a pause of the
 * machine or of the collector spreads over all of them rather than one.
 */
async function timeEach(fns, rounds, roundMs) {
  const plans = [];
  for (const { fn, isAsync } of fns) plans.push({ fn, isAsync, n: await calibrate(fn, roundMs), samples: [] });
  for (let r = 0; r < rounds; r++) {
    for (const plan of plans) {
      const { fn, n } = plan;
      const start = performance.now();
      if (plan.isAsync) for (let i = 0; i < n; i++) await fn();
      else for (let i = 0; i < n; i++) fn();
      plan.samples.push(((performance.now() - start) * 1000) / n);
    }
  }
  return plans.map((plan) => median(plan.samples));
}

/** json-rules-engine's own dotted-path reading, minus JSONPath: `a.b` is `value.a.b`. */
const dottedPath = (value, path) => path.split('.').reduce((current, key) => (current == null ? undefined : current[key]), value);

async function benchInProcess() {
  say('c. In-process recommend() per workload (all scenario workloads, warmed up; median over workloads of each one\'s median µs)');
  const { createAdvisor, loadRules, ruleFacts } = await import('../dist/index.js');
  const { Engine } = await import('json-rules-engine');
  const scenarios = loadScenarios();
  const advisor = createAdvisor();
  const ruleSet = loadRules();

  // A stock engine over the same rule files: `new Engine(rules)` and `run()`.
  // Only what the rules cannot run without is set: their two custom operators
  // and named conditions, undefined facts allowed (a workload leaves most
  // fields out), and a dotted path resolver (rule paths have no `$.`).
  const engine = new Engine(
    ruleSet.rules.map((rule) => ({ name: rule.id, priority: rule.priority, conditions: rule.conditions, event: rule.event })),
    { allowUndefinedFacts: true, pathResolver: dottedPath },
  );
  engine.addOperator('present', (factValue, jsonValue) => (factValue !== undefined) === jsonValue);
  engine.addOperator('lengthAtLeast', (factValue, jsonValue) => Array.isArray(factValue) && factValue.length >= jsonValue);
  for (const [name, condition] of Object.entries(ruleSet.conditions)) engine.setCondition(name, condition);

  // The stock engine runs once per flow, on the facts the advisor evaluates (the workload plus flow and reading).
  const flowFacts = scenarios.map(({ workload }) => ruleFacts(workload));
  const runStock = async (index) => {
    const fired = [];
    for (const facts of flowFacts[index]) fired.push(...(await engine.run(facts)).results);
    return fired;
  };
  // Warm up every path on every workload, and check they agree on what fires.
  let stockEvents = 0;
  const uncited = [];
  const warmUntil = performance.now() + 1_000;
  while (performance.now() < warmUntil) {
    for (const [index, { workload }] of scenarios.entries()) {
      advisor.recommend(workload);
      await runStock(index);
    }
  }
  for (const [index, { scenario, workload }] of scenarios.entries()) {
    const results = await runStock(index);
    stockEvents += results.length;
    const stockFired = new Set(results.map((result) => result.name));
    const compiled = advisor.recommend(workload);
    const cited = [compiled.recommendations, compiled.warnings, compiled.rejected].flat().flatMap((item) => item.rules);
    for (const id of cited) if (!stockFired.has(id)) uncited.push(`${scenario}:${id}`);
  }

  const rounds = 9;
  const roundMs = 15;
  const fns = scenarios.flatMap(({ workload }, index) => [
    { fn: () => advisor.recommend(workload), isAsync: false },
    { fn: () => runStock(index), isAsync: true },
  ]);
  const times = await timeEach(fns, rounds, roundMs);
  const rows = scenarios.map(({ scenario }, i) => ({ scenario, compiled: times[2 * i], stock: times[2 * i + 1] }));
  const mean = (key) => rows.reduce((sum, row) => sum + row[key], 0) / rows.length;
  const compiledMedian = median(rows.map((row) => row.compiled));
  const stockMedian = median(rows.map((row) => row.stock));
  const ratio = stockMedian / compiledMedian;

  const width = Math.max(...rows.map((row) => row.scenario.length));
  say(`   ${'workload'.padEnd(width)}  advisor.recommend  stock engine.run`);
  for (const row of rows) say(`   ${row.scenario.padEnd(width)}  ${num(row.compiled, 1).padStart(14)} µs  ${num(row.stock, 1).padStart(13)} µs`);
  say(`   median: advisor.recommend() (validation, compiled evaluator and assembly) ${num(compiledMedian, 1)} µs (mean ${num(mean('compiled'), 1)} µs)`);
  say(`   median: stock json-rules-engine await run(facts), once per flow              ${num(stockMedian, 1)} µs (mean ${num(mean('stock'), 1)} µs)`);
  say(
    `   stock engine fired ${stockEvents} rules over ${scenarios.length} workloads; ` +
      (uncited.length === 0
        ? 'every rule the advisor\'s answers cite is among them'
        : `${uncited.length} rules cited by the advisor but not fired by it, such as ${uncited.slice(0, 5).join(', ')}`),
  );
  say(`   ratio stock/advisor: ${num(ratio, 1)}×  ${goal('c', 'goal ≥ 20× faster than stock json-rules-engine', ratio >= 20)}`);
}

// ---------------------------------------------------------------- g. reading a description

/** Sentences of the kind users write, repeated with varied figures up to `length` characters. */
function longDescription(length) {
  const sentences = [
    'We ingest about 30 MB/s of clickstream from our website and want real-time dashboards.',
    'Fifty thousand IoT sensors send a 400-byte reading every few seconds.',
    'The raw events land in S3 for analysts, who query them with SQL.',
    'Orders sit in an Oracle 19c database on premises and move to Aurora, with ongoing replication until cutover.',
    'Replay must be possible for up to a week; security wants our own KMS keys and auditors need a tick.',
    'The account is brand new, in eu-west-1, and the budget is tight.',
    'No real-time need for the nightly batch reports, which are emailed to managers every morning.',
  ];
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${sentences[i % sentences.length].replace(/\d+/, (n) => String(Number(n) + i))} `;
  return text.slice(0, length);
}

async function benchDescriptionReading() {
  say('g. Reading a 4,000-character description (in-process, warmed up; median µs over rounds)');
  const { createAdvisor, readDescription } = await import('../dist/index.js');
  const advisor = createAdvisor();
  const text = longDescription(4000);
  const read = readDescription(text);
  const workload = JSON.parse(JSON.stringify(read.workload));
  delete workload.description;
  const warmUntil = performance.now() + 1_000;
  while (performance.now() < warmUntil) {
    readDescription(text);
    advisor.recommend(workload);
  }
  const [readingUs, recommendUs] = await timeEach(
    [
      { fn: () => readDescription(text), isAsync: false },
      { fn: () => advisor.recommend(workload), isAsync: false },
    ],
    15,
    20,
  );
  say(`   readDescription(${text.length} characters): ${num(readingUs, 1)} µs, ${read.inferred.length} fields read`);
  say(`   reference, advisor.recommend() of the workload it reads: ${num(recommendUs, 1)} µs`);
  say(`   ratio reading/recommend: ${num(readingUs / recommendUs, 2)}×  ${goal('g', 'goal: reading a 4,000-character description under 5 ms', readingUs < 5000)}`);
  await benchDescriptionSizes(readDescription, advisor, workload);
}

/**
 * Figure g's other parts: a 400-character description (under 1 ms), the blind round's own
 * descriptions, and what the first reading in a fresh process costs (the language model loads then).
 */
async function benchDescriptionSizes(readDescription, advisor, workload) {
  const short = longDescription(400);
  const blindDir = join(ROOT, 'tests/description/blind/round-1');
  const blind = existsSync(blindDir)
    ? readdirSync(blindDir).filter((name) => name.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(blindDir, name), 'utf8')).description)
    : [];
  const readAll = () => {
    for (const text of blind) readDescription(text);
  };
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) {
    readDescription(short);
    readAll();
  }
  const [shortUs, recommendUs, blindUs] = await timeEach(
    [
      { fn: () => readDescription(short), isAsync: false },
      { fn: () => advisor.recommend(workload), isAsync: false },
      { fn: readAll, isAsync: false },
    ],
    15,
    20,
  );
  say(`   readDescription(${short.length} characters): ${num(shortUs, 1)} µs (advisor.recommend() in the same rounds: ${num(recommendUs, 1)} µs)`);
  if (blind.length) say(`   the ${blind.length} round-1 blind descriptions, each read once: ${num(blindUs / blind.length, 1)} µs per description on average`);
  say(`   ${goal('g', 'goal: reading a 400-character description under 1 ms', shortUs < 1000)}`);
  const firstRead = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `const { readDescription } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)}); const t = performance.now(); readDescription('About 30 MB/s of clickstream.'); console.log(performance.now() - t);`],
    { encoding: 'utf8' },
  );
  say(`   first reading in a fresh process (loads the language model and builds the phrase index; serve does this before it listens, mcp on the first description): ${num(Number(firstRead), 1)} ms`);
}

// ---------------------------------------------------------------- i. cost and counterfactuals

async function benchBeyondThePick(seconds, warmupSeconds, rounds) {
  say(
    `i. Cost and counterfactuals in JSON answers: POST /v1/recommendations on the server as it answers by default (with the cost estimate), ` +
      `the same with ?whatWouldChange=true, and the same server with both turned off (scripts/bench/beyond-the-pick-server.ts); ` +
      `a different workload on every request, 20 connections; ${warmupSeconds} s of warm-up each, then ${rounds} rounds in turn`,
  );
  const outfile = await bundleBenchServer('beyond-the-pick-server');
  const servers = [];
  try {
    for (const [label, mode, path] of [
      ['neither', 'off', undefined],
      ['default', 'default', undefined],
      ['asked', 'default', '/v1/recommendations?whatWouldChange=true'],
    ]) {
      servers.push({ label, path, server: await startChild({ args: [outfile], env: { BEYOND_THE_PICK: mode }, label: `beyond-the-pick-server, ${label}` }) });
    }
    await loadInTurns(servers, { seconds, warmupSeconds, rounds, scenarios: loadScenarios() });
  } finally {
    for (const { server } of servers) await server.stop();
  }
  const [without, byDefault, asked] = servers.map((entry) => ({ ...entry, total: combineRuns(entry.runs) }));
  say(`   neither (cost and counterfactuals off):           ${describeLoad(without.total)}, ${cpuPerRequest(without)}`);
  say(`   default answer (cost estimate):                   ${describeLoad(byDefault.total)}, ${cpuPerRequest(byDefault)}`);
  say(`   ?whatWouldChange=true (cost and counterfactuals): ${describeLoad(asked.total)}, ${cpuPerRequest(asked)}`);
  const ratioOf = (entry) => entry.total.requests.average / without.total.requests.average;
  const clean = [byDefault, asked].every((entry) => entry.total.non2xx === 0 && entry.total.errors === 0);
  say(`   default/neither per round: ${byDefault.runs.map((run, i) => num(run.requests.average / without.runs[i].requests.average, 2)).join(', ')}`);
  say(`   default/neither: ${num(ratioOf(byDefault), 2)}  ${goal('i', 'goal ≥ 0.80 (figure a within 20% of the same server without cost and counterfactuals), no non-2xx, no errors', clean && ratioOf(byDefault) >= 0.8)}`);
  say(`   with counterfactuals asked/neither: ${num(ratioOf(asked), 2)} (counterfactuals stay out of the default JSON answer while this is below 0.80)`);
}

// ---------------------------------------------------------------- b. MCP cold start

/** A newline-delimited JSON-RPC session with a child over stdio; `command` is node unless given. */
function stdioSession(args, env = {}, command = process.execPath) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const pending = new Map();
  let buffer = '';
  let stderr = '';
  const exited = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      for (const { reject } of pending.values()) reject(new Error(`process exited (code ${code}, signal ${signal}) before answering; stderr: ${stderr.trim()}`));
      pending.clear();
      resolveExit({ code, signal });
    }),
  );
  child.stdin.on('error', () => {});
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4096)));
  const send = (message) => child.stdin.write(`${JSON.stringify(message)}\n`);
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    buffer += chunk;
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (!line) continue;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        stderr += `\n(stdout line that is not JSON-RPC: ${line.slice(0, 200)})`;
        continue;
      }
      if (message.id !== undefined && message.method === undefined) {
        pending.get(message.id)?.resolve(message);
        pending.delete(message.id);
      } else if (message.id !== undefined) {
        // A request from the server (roots/list, sampling...): this client offers none.
        send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'not supported by the bench client' } });
      }
    }
  });
  return {
    request(id, method, params, timeoutMs = 10_000) {
      return new Promise((resolveRequest, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${method} not answered within ${timeoutMs} ms; stderr: ${stderr.trim()}`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (message) => {
            clearTimeout(timer);
            if (message.error) reject(new Error(`${method} failed: ${JSON.stringify(message.error)}`));
            else resolveRequest(message.result);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        send({ jsonrpc: '2.0', id, method, params });
      });
    },
    notify(method, params) {
      send({ jsonrpc: '2.0', method, ...(params ? { params } : {}) });
    },
    /** Closes stdin (how an MCP client ends a stdio server) and waits up to 5 s before SIGKILL. */
    async close() {
      child.stdin.end();
      const result = await Promise.race([exited, delay(5_000).then(() => undefined)]);
      if (result) return result;
      child.kill('SIGKILL');
      return { ...(await exited), killed: true };
    },
  };
}

const INITIALIZE = {
  protocolVersion: '2025-06-18',
  capabilities: {},
  clientInfo: { name: 'aws-data-advisor-bench', version: '1.0.0' },
};

/** Spawn to the first answer of `method` after the handshake, in ms. */
async function mcpColdStart(args, method, params, env, command) {
  const start = performance.now();
  const session = stdioSession(args, env, command);
  try {
    await session.request(1, 'initialize', INITIALIZE);
    const initializeMs = performance.now() - start;
    session.notify('notifications/initialized');
    const result = await session.request(2, method, params);
    const ms = performance.now() - start;
    return { ms, initializeMs, result };
  } finally {
    await session.close();
  }
}

function nodeNothing() {
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun(performance.now() - start) : reject(new Error(`node -e 0 exited ${code}`))));
  });
}

function serverMemoryEntry() {
  const dir = join(ROOT, 'node_modules', '@modelcontextprotocol', 'server-memory');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : Object.values(pkg.bin)[0];
  return { path: join(dir, bin), version: pkg.version };
}

/**
 * The bin as a user gets it: `npm pack` of this checkout, installed into a
 * fresh folder (dependencies from the npm cache or registry). Its path.
 */
function installPackedBin() {
  const dir = mkdtempSync(join(os.tmpdir(), 'aws-data-advisor-installed-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1);
  execFileSync('npm', ['install', '--silent', '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball)], { cwd: dir, stdio: 'ignore' });
  return join(dir, 'node_modules', '.bin', 'aws-data-advisor');
}

async function benchColdStart(runs) {
  say(`b. stdio MCP cold start of the installed bin (npm pack + npm install into a fresh folder; ${runs} runs each, interleaved; spawn to the first answer after initialize + notifications/initialized)`);
  const bin = installPackedBin();
  const memory = serverMemoryEntry();
  const memoryEnv = { MEMORY_FILE_PATH: join(os.tmpdir(), `aws-data-advisor-bench-memory-${process.pid}.jsonl`) };
  const minimal = await bundleBenchServer('minimal-mcp-server', { like: 'bin' });
  const minimalCache = mkdtempSync(join(os.tmpdir(), 'aws-data-advisor-bench-compile-cache-'));
  const scenario = loadScenarios().find((entry) => entry.scenario === 'iot-telemetry') ?? loadScenarios()[0];
  const times = { node: [], advisor: [], memory: [], minimal: [], advisorInit: [], memoryInit: [] };
  const failures = { advisor: [], memory: [], minimal: [] };
  for (let run = 0; run < runs; run++) {
    times.node.push(await nodeNothing());
    try {
      const { ms, initializeMs, result } = await mcpColdStart(['mcp'], 'tools/call', { name: 'recommend_architecture', arguments: scenario.workload }, {}, bin);
      if (result.isError || !result.structuredContent?.recommendations) {
        failures.advisor.push(`tools/call answered without a recommendation: ${JSON.stringify(result).slice(0, 300)}`);
      } else {
        times.advisor.push(ms);
        times.advisorInit.push(initializeMs);
      }
    } catch (error) {
      failures.advisor.push(error.message);
    }
    try {
      const { ms, initializeMs, result } = await mcpColdStart([memory.path], 'tools/list', {}, memoryEnv);
      if (!Array.isArray(result.tools)) failures.memory.push(`tools/list answered without tools: ${JSON.stringify(result).slice(0, 300)}`);
      else {
        times.memory.push(ms);
        times.memoryInit.push(initializeMs);
      }
    } catch (error) {
      failures.memory.push(error.message);
    }
    try {
      // The compile cache the bin turns on (Node 22.1+), given here through its variable: the same footing.
      const { ms, result } = await mcpColdStart([minimal], 'tools/call', { name: 'echo', arguments: { text: 'hello' } }, { NODE_COMPILE_CACHE: minimalCache });
      if (result.content?.[0]?.text !== 'hello') failures.minimal.push(`tools/call echo answered ${JSON.stringify(result).slice(0, 300)}`);
      else times.minimal.push(ms);
    } catch (error) {
      failures.minimal.push(error.message);
    }
  }
  const nodeMs = median(times.node);
  const advisorMs = median(times.advisor);
  const memoryMs = median(times.memory);
  const spread = (values) => `median ${num(median(values), 1)} ms (min ${num(Math.min(...values), 1)}, max ${num(Math.max(...values), 1)})`;
  say(`   node -e 0                                                   ${spread(times.node)}`);
  say(`   aws-data-advisor mcp (installed) → tools/call recommend     ${times.advisor.length ? spread(times.advisor) : 'no successful run'}`);
  say(`   @modelcontextprotocol/server-memory ${memory.version} → tools/list ${times.memory.length ? spread(times.memory) : 'no successful run'}`);
  say(`   the smallest MCP server on the same SDK, bundled like the bin → tools/call echo ${times.minimal.length ? spread(times.minimal) : 'no successful run'}`);
  say(`   (initialize answered after a median ${num(median(times.advisorInit), 1)} ms for the advisor, ${num(median(times.memoryInit), 1)} ms for server-memory)`);
  for (const [who, list] of Object.entries(failures)) {
    if (list.length) say(`   ${who}: ${list.length} failed run(s); first: ${list[0]}`);
  }
  say(`   ratio advisor/node -e 0: ${num(advisorMs / nodeMs, 2)}× (for reading figure b)`);
  const floor = median(times.minimal);
  const ratio = advisorMs / floor;
  const node22 = process.versions.node.startsWith('22.');
  say(`   the advisor's work on top of the SDK's own start: ${num(advisorMs - floor, 1)} ms`);
  say(
    `   ratio advisor/smallest SDK server: ${num(ratio, 2)}×  ${goal('b', `goal ≤ 1.3× the smallest server on the same SDK, under Node 22 (this run: Node ${process.versions.node}${node22 ? '' : ', so it does not count'})`, node22 && failures.advisor.length === 0 && times.minimal.length > 0 && ratio <= 1.3)}`,
  );
  say(
    `   advisor vs server-memory: ${num(advisorMs, 1)} ms vs ${num(memoryMs, 1)} ms (${num(advisorMs / memoryMs, 2)}×)  ${goal('b', 'goal faster than server-memory', failures.advisor.length === 0 && advisorMs < memoryMs)}`,
  );
}

/**
 * Bundles a server of scripts/bench/ with esbuild into node_modules/.cache
 * and returns the file: `like: 'bin'` bundles its dependencies too, minified,
 * as the build bundles the bin; otherwise they stay external.
 */
async function bundleBenchServer(name, { like } = {}) {
  const { build } = await import('esbuild');
  const outfile = join(ROOT, 'node_modules', '.cache', 'aws-data-advisor', `${name}.mjs`);
  const bin = like === 'bin';
  await build({
    entryPoints: [join(ROOT, 'scripts', 'bench', `${name}.ts`)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    ...(bin
      ? { minify: true, banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" } }
      : { packages: 'external' }),
  });
  return outfile;
}

// ---------------------------------------------------------------- a. HTTP throughput

async function benchThroughput(seconds, warmupSeconds, rounds) {
  say(
    `a. HTTP throughput: POST /v1/recommendations, 20 connections, no pipelining, a different workload on every request; ` +
      `${warmupSeconds} s of warm-up each, then ${rounds} rounds of ${num(seconds / rounds, 1)} s each, advisor and reference in turn`,
  );
  const { createAdvisor } = await import('../dist/index.js');
  const scenarios = loadScenarios();
  const advisor = createAdvisor();
  const sizes = Object.fromEntries(scenarios.map((entry) => [entry.scenario, Buffer.byteLength(JSON.stringify(advisor.recommend(entry.workload)))]));
  const meanSize = Math.round(Object.values(sizes).reduce((a, b) => a + b, 0) / scenarios.length);
  const servers = [];
  try {
    servers.push({ label: 'advisor   (dist/cli.js serve, request log on)', server: await startAdvisor() });
    const precomputed = await bundleBenchServer('precomputed-answers-server');
    servers.push({ label: 'advisor, answers precomputed (same server)', server: await startChild({ args: [precomputed], label: 'precomputed-answers-server' }) });
    servers.push({
      label: 'answers precomputed, ADVISOR_LOG=silent',
      server: await startChild({ args: [precomputed], env: { ADVISOR_LOG: 'silent' }, label: 'precomputed-answers-server, silent' }),
    });
    servers.push({
      label: `reference (bare Hono, ${num(meanSize)} B mean answer)`,
      server: await startChild({
        args: [join(ROOT, 'scripts', 'bench', 'reference-server.mjs')],
        env: { REF_SIZES: JSON.stringify(sizes), REF_DEFAULT_SIZE: String(meanSize) },
        label: 'scripts/bench/reference-server.mjs',
      }),
    });
    await loadInTurns(servers, { seconds, warmupSeconds, rounds, scenarios });
  } finally {
    for (const { server } of servers) await server.stop();
  }
  const [advisorSide, precomputedSide, silentSide, referenceSide] = servers.map((entry) => ({ ...entry, total: combineRuns(entry.runs) }));
  say(`   ${advisorSide.label}:   ${describeLoad(advisorSide.total)}, ${cpuPerRequest(advisorSide)}`);
  say(`   ${precomputedSide.label}:   ${describeLoad(precomputedSide.total)}, ${cpuPerRequest(precomputedSide)}`);
  say(`   ${silentSide.label}:   ${describeLoad(silentSide.total)}, ${cpuPerRequest(silentSide)}`);
  say(`   ${referenceSide.label}: ${describeLoad(referenceSide.total)}, ${cpuPerRequest(referenceSide)}`);
  const ratioOf = (side, to = referenceSide) => side.total.requests.average / to.total.requests.average;
  const clean = (side) => side.total.non2xx === 0 && side.total.errors === 0;
  const perRound = (side, to) => side.runs.map((run, i) => num(run.requests.average / to.runs[i].requests.average, 2)).join(', ');
  say(`   ratio precomputed, log off/reference: ${num(ratioOf(silentSide), 2)} (what the request log costs; the default keeps it on)`);
  say(`   ratio advisor/reference: ${num(ratioOf(advisorSide), 2)} (for reading figure a: the two ratios below multiplied)`);
  say(`   ratio precomputed/reference per round: ${perRound(precomputedSide, referenceSide)}`);
  const edge = ratioOf(precomputedSide);
  say(`   ratio precomputed/reference: ${num(edge, 2)}  ${goal('a', 'goal ≥ 0.38: the server with answers precomputed, against the bare Hono app (the edge), no non-2xx, no errors', clean(precomputedSide) && edge >= 0.38)}`);
  say(`   ratio advisor/precomputed per round: ${perRound(advisorSide, precomputedSide)}`);
  const answer = ratioOf(advisorSide, precomputedSide);
  say(`   ratio advisor/precomputed: ${num(answer, 2)}  ${goal('a', 'goal ≥ 0.55: the advisor, against the same server with answers precomputed (the answer), no non-2xx, no errors', clean(advisorSide) && answer >= 0.55)}`);
}

/**
 * Loads each server with POST /v1/recommendations: warm-up first (not
 * counted: throughput climbs for seconds after start), then `rounds` rounds
 * taking turns, so that the machine's drift (tens of percent over a minute,
 * other tenants) weighs on every side alike. Fills each entry's `runs`.
 */
async function loadInTurns(servers, { seconds, warmupSeconds, rounds, scenarios }) {
  for (const entry of servers) {
    entry.requests = [postJson(entry.path ?? '/v1/recommendations', workloadSource(scenarios))];
    entry.runs = [];
    entry.cpuMs = 0;
    await load({ url: entry.server.url, connections: 20, duration: warmupSeconds, requests: entry.requests });
  }
  for (let round = 0; round < rounds; round++) {
    for (const entry of servers) {
      const before = cpuMs(entry.server.pid);
      entry.runs.push(await load({ url: entry.server.url, connections: 20, duration: seconds / rounds, requests: entry.requests }));
      entry.cpuMs += cpuMs(entry.server.pid) - before;
    }
  }
}

/** CPU time (user and system) a process has used so far, in ms, from /proc/<pid>/stat (Linux; NaN elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** A server's CPU per answered request over the measured rounds: unlike throughput, what other tenants of the machine take does not count in it. */
const cpuPerRequest = (entry) => `CPU ${num((entry.cpuMs * 1000) / combineRuns(entry.runs).requests.total, 0)} µs per request`;

// ---------------------------------------------------------------- h. request log writer A/B

async function benchLogWriter(seconds, warmupSeconds, rounds) {
  say(`h. Request log line: written in pino's format straight to its destination (src/http/request-log.ts) vs pino's logger.info(), the same edge and route otherwise; ${rounds} rounds in turn`);
  const outfile = await bundleBenchServer('log-writing-server');
  const servers = [];
  try {
    for (const writer of ['ours', 'pino']) {
      servers.push({ label: writer, server: await startChild({ args: [outfile], env: { LOG_WRITER: writer }, label: `log writer ${writer}` }) });
    }
    await loadInTurns(servers, { seconds, warmupSeconds, rounds, scenarios: loadScenarios() });
  } finally {
    for (const { server } of servers) await server.stop();
  }
  const [ours, stock] = servers.map((entry) => ({ ...entry, total: combineRuns(entry.runs) }));
  say(`   written to the destination: ${describeLoad(ours.total)}, ${cpuPerRequest(ours)}`);
  say(`   logger.info():              ${describeLoad(stock.total)}, ${cpuPerRequest(stock)}`);
  const gain = ours.total.requests.average / stock.total.requests.average;
  say(`   ours/logger.info: ${num(gain, 2)}×  ${goal('h', 'goal ≥ 1.10× to keep the hand-written line (the house rule)', gain >= 1.1)}`);
}

// ---------------------------------------------------------------- f. body reader A/B

async function benchBodyReader(seconds, warmupSeconds, rounds) {
  say(`f. JSON body reader: src/http/json-body.ts vs hono/body-limit + c.req.json(), the same route and middleware otherwise; ${rounds} rounds in turn`);
  const outfile = await bundleBenchServer('body-reading-server');
  const servers = [];
  try {
    for (const reader of ['ours', 'hono']) {
      servers.push({ label: reader, server: await startChild({ args: [outfile], env: { BODY_READER: reader }, label: `body reader ${reader}` }) });
    }
    await loadInTurns(servers, { seconds, warmupSeconds, rounds, scenarios: loadScenarios() });
  } finally {
    for (const { server } of servers) await server.stop();
  }
  const [ours, hono] = servers.map((entry) => ({ ...entry, total: combineRuns(entry.runs) }));
  say(`   readJsonBody:               ${describeLoad(ours.total)}`);
  say(`   bodyLimit + c.req.json():   ${describeLoad(hono.total)}`);
  const gain = ours.total.requests.average / hono.total.requests.average;
  say(`   ours/hono: ${num(gain, 2)}×  ${goal('f', 'goal ≥ 1.10× to keep the hand-written reader (the house rule)', gain >= 1.1)}`);
}

/** Several autocannon runs as one: responses over time, errors summed, latency percentiles of the worst run. */
function combineRuns(runs) {
  const total = runs.reduce((sum, run) => sum + run.requests.total, 0);
  const duration = runs.reduce((sum, run) => sum + run.duration, 0);
  const errorsByCode = {};
  for (const run of runs) for (const [code, count] of Object.entries(run.errorsByCode)) errorsByCode[code] = (errorsByCode[code] ?? 0) + count;
  const worst = (key) => Math.max(...runs.map((run) => run.latency[key]));
  return {
    requests: { total, average: total / duration },
    latency: { p50: worst('p50'), p99: worst('p99') },
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    timeouts: runs.reduce((sum, run) => sum + run.timeouts, 0),
    errorsByCode,
  };
}

// ---------------------------------------------------------------- d. memory and e. event loop

async function probeHealth(url, count, gapMs) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies = [];
  let failures = 0;
  try {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      try {
        const { status } = await httpGet(`${url}/healthz`, agent);
        if (status === 200) latencies.push(performance.now() - start);
        else failures++;
      } catch {
        failures++;
      }
      await delay(gapMs);
    }
  } finally {
    agent.destroy();
  }
  return { latencies, failures };
}

const describeProbes = ({ latencies, failures }) =>
  `p50 ${num(percentile(latencies, 50), 2)} ms, p99 ${num(percentile(latencies, 99), 2)} ms, max ${num(Math.max(...latencies), 2)} ms over ${latencies.length} probes` +
  (failures ? `, ${failures} FAILED` : '');

async function benchMemoryAndEventLoop(probes, batchConnections) {
  const server = await startAdvisor();
  try {
    say('d. Memory: RSS of the advisor server (VmRSS of the child) after 5,000 and after 50,000 POST /v1/recommendations');
    const next = workloadSource();
    const requests = [postJson('/v1/recommendations', next)];
    const first = await load({ url: server.url, connections: 20, amount: 5_000, requests });
    await delay(500);
    const rss5k = readRssMB(server.pid);
    const rest = await load({ url: server.url, connections: 20, amount: 45_000, requests });
    await delay(500);
    const rss50k = readRssMB(server.pid);
    const growth = rss50k / rss5k;
    const bad = first.non2xx + first.errors + rest.non2xx + rest.errors;
    say(`   after 5,000:  ${num(rss5k, 1)} MiB (${describeLoad(first)})`);
    say(`   after 50,000: ${num(rss50k, 1)} MiB (${describeLoad(rest)})`);
    say(`   growth ${num(growth, 3)}×  ${goal('d', 'goal ≤ 1.2×', growth <= 1.2)}`);
    say(`   absolute ${num(rss50k, 1)} MiB = ${num(rss50k * 1.048576, 1)} MB  ${goal('d', 'goal < 150 MB', rss50k * 1.048576 < 150)}`);
    if (bad) say(`   note: ${bad} non-2xx or failed requests during the memory run`);
    say();

    say(`e. Event loop: GET /healthz latency, ${probes} probes 10 ms apart, idle and while ${batchConnections} clients POST batches of 100 workloads`);
    const idle = await probeHealth(server.url, probes, 10);
    const loader = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
      cwd: ROOT,
      env: { ...process.env, BENCH_ROLE: 'batch-load', BENCH_URL: server.url, BENCH_BATCH_CONNECTIONS: String(batchConnections) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    running.add(loader);
    let report = '';
    loader.stdout.setEncoding('utf8').on('data', (chunk) => (report += chunk));
    const loaderDone = new Promise((resolveLoader) =>
      loader.once('exit', (code) => {
        running.delete(loader);
        resolveLoader(code);
      }),
    );
    await delay(1_000);
    const busy = await probeHealth(server.url, probes, 10);
    loader.stdin.end();
    const code = await loaderDone;
    if (code !== 0) throw new Error(`the batch load process exited ${code}: ${report}`);
    const batches = JSON.parse(report);
    const max = busy.latencies.length ? Math.max(...busy.latencies) : Infinity;
    say(`   idle:       ${describeProbes(idle)}`);
    say(`   under load: ${describeProbes(busy)}`);
    say(
      `   batch load: ${num(batches.responses)} batches answered (${num(batches.perSecond, 1)}/s, p50 ${num(batches.p50)} ms, p99 ${num(batches.p99)} ms), non-2xx ${batches.non2xx}, errors ${batches.errors}`,
    );
    say(`   max healthz latency under load ${num(max, 2)} ms  ${goal('e', 'goal < 50 ms', busy.failures === 0 && max < 50)}`);
  } finally {
    await server.stop();
  }
}

/**
 * Runs in a child process (BENCH_ROLE=batch-load), so that its work never
 * delays the probes: batches of 100 workloads until its stdin closes, then
 * prints a JSON summary.
 */
async function batchLoad(url, connections) {
  const next = workloadSource();
  const instance = autocannon({
    url,
    connections,
    pipelining: 1,
    duration: 3_600,
    requests: [postJson('/v1/recommendations/batch', () => ({ workloads: Array.from({ length: 100 }, next) }))],
  });
  process.stdin.resume();
  process.stdin.once('end', () => instance.stop());
  const result = await instance;
  process.stdout.write(
    `${JSON.stringify({
      responses: result.requests.total,
      perSecond: result.requests.total / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    })}\n`,
  );
  process.exit(0);
}

// ---------------------------------------------------------------- main

const positive = (name, fallback) => {
  const value = Number(process.env[name] || fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

async function main() {
  const seconds = positive('BENCH_SECONDS', 10);
  const rounds = Math.round(positive('BENCH_ROUNDS', 10));
  const warmupSeconds = positive('BENCH_WARMUP_SECONDS', 10);
  const runs = Math.round(positive('BENCH_RUNS', 10));
  const probes = Math.round(positive('BENCH_PROBES', 200));
  const batchConnections = Math.round(positive('BENCH_BATCH_CONNECTIONS', 4));
  say(`aws-data-advisor benchmark, ${new Date().toISOString()}`);
  say(`machine: ${machine()}`);
  say('every reference is measured in this same run on this same machine');
  say();
  const figures = [
    ['a', () => benchThroughput(seconds, warmupSeconds, rounds)],
    ['b', () => benchColdStart(runs)],
    ['c', () => benchInProcess()],
    ['d/e', () => benchMemoryAndEventLoop(probes, batchConnections)],
    ['f', () => benchBodyReader(seconds, warmupSeconds, rounds)],
    ['g', () => benchDescriptionReading()],
    ['h', () => benchLogWriter(seconds, warmupSeconds, rounds)],
    ['i', () => benchBeyondThePick(seconds, warmupSeconds, rounds)],
  ];
  const only = (process.env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  for (const [figure, run] of figures) {
    if (only.length > 0 && !only.some((name) => figure.split('/').includes(name))) continue;
    try {
      await run();
    } catch (error) {
      say(`   ${figure}: the measurement itself failed: ${error.stack ?? error.message}`);
      goals.push({ figure, text: 'measurement completed', ok: false });
    }
    say();
  }
  say('summary');
  for (const { figure, text, ok } of goals) say(`   ${verdict(ok)}  ${figure}. ${text}`);
  say(`   ${goals.filter((g) => g.ok).length} of ${goals.length} goals met`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.BENCH_ROLE === 'batch-load') await batchLoad(process.env.BENCH_URL, Number(process.env.BENCH_BATCH_CONNECTIONS));
  else {
    await main();
    process.exitCode = 0;
  }
}
