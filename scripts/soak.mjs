// `npm run soak`: holds the built server (`dist/cli.js serve`, as `npm start` runs it) under a
// mixed load for SOAK_SECONDS (default 300) with 20 connections: valid single
// workloads (each one different), batches of 10 to 100 workloads, and bad
// requests (unknown keys, wrong types, malformed JSON, wrong content type, a
// body over 64 KiB, a batch with one bad workload) and hostile ones (5,000
// unknown keys, a batch of 100 workloads with 300 unknown keys each, a 30 KB
// key, JSON nested 10,000 deep, control characters in the path). It reports every status
// code, per kind of request, connection errors and timeouts, the server's RSS
// after warm-up and at the end, and whether SIGTERM stops it cleanly.
//
// PASS needs: no 5xx, no connection errors or timeouts, RSS growth ≤ 20%, and
// exit code 0 within 10 s of SIGTERM. The script exits 1 when any check fails.
//
// Environment: SOAK_SECONDS (default 300), SOAK_WARMUP_SECONDS (default 5% of
// SOAK_SECONDS, from 3 to 15), SOAK_CONNECTIONS (default 20).
import { setTimeout as delay } from 'node:timers/promises';
import { load, loadScenarios, machine, num, readRssMB, startAdvisor, variedWorkload, verdict } from './bench.mjs';

const positive = (name, fallback) => {
  const value = Number(process.env[name] || fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const seconds = positive('SOAK_SECONDS', 300);
const warmupSeconds = positive('SOAK_WARMUP_SECONDS', Math.min(15, Math.max(3, Math.round(seconds / 20))));
const connections = Math.round(positive('SOAK_CONNECTIONS', 20));
const say = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------- the mix

const scenarios = loadScenarios();
let counter = 0;
const nextWorkload = () => {
  const n = counter++;
  return variedWorkload(scenarios[n % scenarios.length], n);
};
const JSON_TYPE = 'application/json';
const between = (min, max) => min + Math.floor(Math.random() * (max - min + 1));

/** Each kind of request: what it sends and the status a correct server answers. */
const KINDS = {
  single: {
    expect: 200,
    build: () => ({ path: '/v1/recommendations', type: JSON_TYPE, body: JSON.stringify(nextWorkload()) }),
  },
  batch: {
    expect: 200,
    build: () => ({
      path: '/v1/recommendations/batch',
      type: JSON_TYPE,
      body: JSON.stringify({ workloads: Array.from({ length: between(10, 100) }, nextWorkload) }),
    }),
  },
  'unknown-keys': {
    expect: 400,
    build: () => {
      const workload = nextWorkload();
      if (counter % 2) workload.surprise = true;
      else workload.ingestion = { ...workload.ingestion, speed: 'ludicrous' };
      return { path: '/v1/recommendations', type: JSON_TYPE, body: JSON.stringify(workload) };
    },
  },
  'wrong-types': {
    expect: 400,
    build: () => {
      const workload = nextWorkload();
      if (counter % 3 === 0) workload.latency = 42;
      else if (counter % 3 === 1) workload.ingestion = { ...workload.ingestion, throughputMBps: 'fast' };
      else workload.destinations = 's3';
      return { path: '/v1/recommendations', type: JSON_TYPE, body: JSON.stringify(workload) };
    },
  },
  'malformed-json': {
    expect: 400,
    build: () => {
      const text = JSON.stringify(nextWorkload());
      return { path: '/v1/recommendations', type: JSON_TYPE, body: text.slice(0, between(1, text.length - 1)) };
    },
  },
  'wrong-content-type': {
    expect: 415,
    build: () => ({ path: '/v1/recommendations', type: 'text/plain', body: JSON.stringify(nextWorkload()) }),
  },
  'oversize-body': {
    expect: 413,
    build: () => ({
      path: '/v1/recommendations',
      type: JSON_TYPE,
      body: JSON.stringify({ name: `oversize-${counter++}`, description: 'x'.repeat(between(65 * 1024, 80 * 1024)) }),
    }),
  },
  'bad-batch': {
    expect: 400,
    build: () => {
      const workloads = Array.from({ length: between(10, 100) }, nextWorkload);
      workloads[between(0, workloads.length - 1)].latency = 'whenever';
      return { path: '/v1/recommendations/batch', type: JSON_TYPE, body: JSON.stringify({ workloads }) };
    },
  },
  'many-unknown-keys': {
    expect: 400,
    build: () => ({ path: '/v1/recommendations', type: JSON_TYPE, body: JSON.stringify(unknownKeys(5_000)) }),
  },
  'hostile-batch': {
    expect: 400,
    build: () => ({
      path: '/v1/recommendations/batch',
      type: JSON_TYPE,
      body: JSON.stringify({ workloads: Array.from({ length: 100 }, () => unknownKeys(300)) }),
    }),
  },
  'huge-key': {
    expect: 400,
    build: () => ({ path: '/v1/recommendations', type: JSON_TYPE, body: JSON.stringify({ [`k${counter++}${'x'.repeat(30_000)}`]: 1 }) }),
  },
  'deep-json': {
    expect: 400,
    build: () => ({ path: '/v1/recommendations', type: JSON_TYPE, body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` }),
  },
  'control-characters': {
    expect: 404,
    build: () => ({ path: '/v1/recommendations/%0aforged%1b[31m', type: JSON_TYPE, body: '{}' }),
  },
};

/** `{"k0":0,"k1":0,…}`: every key unknown to the workload schema. */
function unknownKeys(count) {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 0]));
}

/** The order every connection cycles through: half valid single workloads, some batches, the rest bad or hostile. */
const CYCLE = [
  'single', 'single', 'unknown-keys', 'single', 'batch', 'single', 'wrong-types', 'single', 'malformed-json', 'single',
  'single', 'wrong-content-type', 'single', 'batch', 'single', 'oversize-body', 'single', 'bad-batch', 'single', 'single',
  'many-unknown-keys', 'single', 'hostile-batch', 'single', 'huge-key', 'single', 'deep-json', 'single', 'control-characters', 'single',
];

/** Responses by kind and status, with the first bodies of unexpected answers. */
function newTally() {
  return { byKind: Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, {}])), samples: [] };
}

function mixRequests(tally) {
  return CYCLE.map((kind) => ({
    method: 'POST',
    setupRequest: (request) => {
      const { path, type, body } = KINDS[kind].build();
      return { ...request, path, headers: { ...request.headers, 'content-type': type }, body };
    },
    onResponse: (status, body) => {
      const counts = tally.byKind[kind];
      counts[status] = (counts[status] ?? 0) + 1;
      if (status !== KINDS[kind].expect && tally.samples.length < 10) tally.samples.push(`${kind} → ${status}: ${String(body).slice(0, 300)}`);
    },
  }));
}

// ---------------------------------------------------------------- run

const checks = [];
const check = (text, ok) => {
  checks.push({ text, ok });
  return `${verdict(ok)}  ${text}`;
};

say(`aws-data-advisor soak, ${new Date().toISOString()}`);
say(`machine: ${machine()}`);
say(`${seconds} s of mixed load after ${warmupSeconds} s of warm-up, ${connections} connections, no pipelining`);
say(`mix per connection, in turn: ${CYCLE.join(', ')}`);
say();

const server = await startAdvisor({ ADVISOR_LOG: 'silent' });
say(`server: dist/cli.js serve (pid ${server.pid}) at ${server.url}, ADVISOR_LOG=silent; RSS at start ${num(readRssMB(server.pid), 1)} MiB`);

const warmTally = newTally();
const warm = await load({ url: server.url, connections, duration: warmupSeconds, requests: mixRequests(warmTally) });
await delay(500);
const rssStart = readRssMB(server.pid);
say(`warm-up: ${num(warm.requests.total)} responses, ${warm.errors} errors; RSS after warm-up ${num(rssStart, 1)} MiB`);

const tally = newTally();
const rssTimeline = [];
const sampleEvery = Math.max(1, seconds / 10) * 1000;
const startedAt = Date.now();
const sampler = setInterval(() => {
  try {
    rssTimeline.push(`${Math.round((Date.now() - startedAt) / 1000)}s ${num(readRssMB(server.pid), 1)}`);
  } catch {
    rssTimeline.push(`${Math.round((Date.now() - startedAt) / 1000)}s (gone)`);
  }
}, sampleEvery);
const result = await load({ url: server.url, connections, duration: seconds, requests: mixRequests(tally) });
clearInterval(sampler);
await delay(500);
const crashed = server.exited();
const rssEnd = crashed ? NaN : readRssMB(server.pid);

say();
say(`soak: ${num(result.requests.sent)} requests sent, ${num(result.requests.total)} responses (${num(result.requests.sent - result.requests.total)} unanswered: in flight when the run stopped or lost to connection errors) in ${num(result.duration, 1)} s (${num(result.requests.average)} req/s), latency p50 ${num(result.latency.p50)} ms, p99 ${num(result.latency.p99)} ms (2xx only)`);
const byStatus = Object.entries(result.statusCodeStats).sort(([a], [b]) => Number(a) - Number(b));
say(`   2xx: ${num(result['2xx'])}`);
for (const [status, { count }] of byStatus) if (!status.startsWith('2')) say(`   ${status}: ${num(count)}`);
say(`   connection errors: ${result.errors - result.timeouts}, timeouts: ${result.timeouts}` + (Object.keys(result.errorsByCode).length ? ` (${JSON.stringify(result.errorsByCode)})` : ''));
say('   by kind of request (expected status → what came back):');
for (const [kind, counts] of Object.entries(tally.byKind)) {
  const got = Object.entries(counts)
    .map(([status, count]) => `${status}×${num(count)}`)
    .join(', ');
  const unexpected = Object.entries(counts).filter(([status]) => Number(status) !== KINDS[kind].expect).reduce((sum, [, count]) => sum + count, 0);
  say(`     ${kind.padEnd(19)} ${KINDS[kind].expect} → ${got || 'none'}${unexpected ? `  (${num(unexpected)} UNEXPECTED)` : ''}`);
}
for (const sample of [...warmTally.samples, ...tally.samples].slice(0, 10)) say(`   unexpected answer: ${sample}`);
say(`   RSS (MiB) during the soak: ${rssTimeline.join(', ') || 'no samples'}`);
say(`   RSS after warm-up ${num(rssStart, 1)} MiB, at the end ${crashed ? 'n/a (the server exited)' : `${num(rssEnd, 1)} MiB, growth ${num((rssEnd / rssStart - 1) * 100, 1)}%`}`);

const fiveXx = [warm, result].reduce((sum, run) => sum + run['5xx'], 0);
const connectionErrors = warm.errors + result.errors;
say();
say(check(`zero 5xx responses (warm-up and soak): ${fiveXx}`, fiveXx === 0));
say(check(`zero connection errors or timeouts (warm-up and soak): ${connectionErrors}`, connectionErrors === 0));
say(check(`RSS growth ≤ 20%: ${crashed ? 'n/a (the server exited)' : `${num((rssEnd / rssStart - 1) * 100, 1)}%`}`, !crashed && rssEnd <= rssStart * 1.2));
if (crashed) {
  say(check(`server still running at the end: it exited with code ${crashed.code}, signal ${crashed.signal}`, false));
  say(`   its last output:\n${server.output()}`);
}
const stopped = await server.stop(10_000);
const howItStopped = crashed
  ? 'the server had already exited before the SIGTERM'
  : stopped.inTime
    ? `exited with code ${stopped.code}${stopped.signal ? `, signal ${stopped.signal}` : ''} after ${num(stopped.ms)} ms`
    : 'still running after 10 s, killed';
say(check(`SIGTERM: exit code 0 within 10 s: ${howItStopped}`, !crashed && stopped.inTime && stopped.code === 0));
if (!crashed && (!stopped.inTime || stopped.code !== 0)) say(`   its last output:\n${server.output()}`);
say();
say(`${checks.filter((c) => c.ok).length} of ${checks.length} checks passed`);
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
