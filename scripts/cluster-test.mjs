// `npm run test:cluster`: the advisor run as a team runs it, on this machine.
// Three replicas (`node dist/cli.js serve`, the Dockerfile's CMD, stateless
// MCP) behind HAProxy (installed from Debian's packages when missing), which
// checks /readyz actively and retries what a replica never processed. Under
// a steady autocannon load it restarts the replicas one by one (SIGTERM, wait
// for the drain and the exit, start again, wait until HAProxy has it back)
// and requires zero failed requests; makes MCP tool calls through the
// balancer while that happens, all of which must succeed; and measures the
// throughput of the three replicas against one alone, in the same run.
//
// Prints: requests sent, failed, MCP calls through the balancer, throughput
// 3 vs 1. Exits 1 on any failure. `--print-command` prints the replica command
// (JSON) and exits, for the test that compares it with the Dockerfile's CMD.
//
// Environment: CLUSTER_MEASURE_SECONDS (each throughput round, default 4),
// CLUSTER_ROUNDS (throughput rounds each side, default 2).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, httpGet, loadScenarios, num, postJson, ROOT, workloadSource } from './bench.mjs';

/** What each replica runs, from the package root: the Dockerfile's CMD, word for word. */
export const SERVE_COMMAND = ['node', 'dist/cli.js', 'serve'];

/** The replicas' configuration: loopback, stateless MCP, errors only in the log. */
const REPLICA_ENV = { HOST: '127.0.0.1', ADVISOR_MCP_SESSIONS: 'stateless', ADVISOR_LOG: 'errors', ADVISOR_LOG_FORMAT: 'json' };
const REPLICAS = 3;
const CONNECTIONS = 20;

const say = (line = '') => process.stdout.write(`${line}\n`);
const failures = [];
const fail = (message) => {
  failures.push(message);
  say(`   FAIL: ${message}`);
};

// ---------------------------------------------------------------- HAProxy

/** HAProxy from Debian's packages, installed only when it is not there yet. */
function ensureHaproxy() {
  if (spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0) return;
  say('haproxy is not installed: apt-get update && apt-get install -y haproxy');
  if (process.getuid?.() !== 0) throw new Error('haproxy is missing and this is not root: install it with `apt-get install -y haproxy`');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'haproxy'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * The balancer's configuration. What makes a rolling restart lose nothing:
 * - an active check of /readyz every 200 ms, down after one failure: a
 *   replica that got SIGTERM answers 503 there at once, and leaves the pool
 *   (a check may take up to 1 s: a busy replica is slow, not gone);
 * - retries of what the replica never processed, on another replica: a
 *   refused or reset connection (its listener closed, or an idle keep-alive
 *   connection closed as the request went out) and an empty answer. Safe for
 *   this API, whose every route only computes an answer and changes nothing.
 */
function haproxyConfig({ dir, port, singlePort, replicas }) {
  const servers = replicas.map((replica, i) => `  server r${i + 1} 127.0.0.1:${replica.port} check`).join('\n');
  return `global
  maxconn 4096
  stats socket ${join(dir, 'haproxy.sock')} mode 600 level admin

defaults
  mode http
  option httplog
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-request 10s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response
  timeout check 1s
  default-server inter 200ms fall 1 rise 2

backend replicas
  balance roundrobin
  option httpchk
  http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
  http-response set-header X-Served-By %s
${servers}

backend one-replica
  option httpchk
  http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
  server r1 127.0.0.1:${replicas[0].port} check

frontend balanced
  bind 127.0.0.1:${port}
  default_backend replicas

frontend single
  bind 127.0.0.1:${singlePort}
  default_backend one-replica
`;
}

/** A command to HAProxy's runtime API (its stats socket); resolves with the answer. */
function haproxyCommand(socketPath, command) {
  return new Promise((resolveAnswer, reject) => {
    const socket = connect(socketPath);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolveAnswer(answer));
    socket.on('error', reject);
    socket.end(`${command}\n`);
  });
}

/** The rows of `show stat` for the `replicas` backend, by name (r1, r2, r3, BACKEND), each a column → value object. */
async function backendStats(socketPath) {
  const csv = await haproxyCommand(socketPath, 'show stat');
  const [header, ...rows] = csv.replace(/^# /, '').trim().split('\n');
  const columns = header.split(',');
  const parsed = rows.map((row) => Object.fromEntries(row.split(',').map((value, i) => [columns[i], value])));
  return Object.fromEntries(parsed.filter((row) => row.pxname === 'replicas').map((row) => [row.svname, row]));
}

/** Each server of the `replicas` backend and its status (UP, DOWN, ...). */
async function serverStates(socketPath) {
  const stats = await backendStats(socketPath);
  return Object.fromEntries(Object.entries(stats).filter(([name]) => /^r\d$/.test(name)).map(([name, row]) => [name, row.status]));
}

async function waitForState(socketPath, name, wanted, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Until HAProxy has started, its socket is not there yet.
    const states = await serverStates(socketPath).catch(() => ({}));
    if (states[name]?.startsWith(wanted)) return;
    if (Date.now() > deadline) throw new Error(`HAProxy did not see ${name} ${wanted} within ${timeoutMs} ms (states: ${JSON.stringify(states)})`);
    await delay(50);
  }
}

// ---------------------------------------------------------------- replicas

/** Children still running, ended if this process stops early. */
const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts one replica on `port` and resolves once it says it listens and /readyz answers 200. */
async function startReplica(name, port) {
  const [command, ...args] = SERVE_COMMAND;
  const child = spawn(command === 'node' ? process.execPath : command, args, {
    cwd: ROOT,
    env: { ...process.env, ...REPLICA_ENV, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-16_384));
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  let exit;
  const exited = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      exit = { code, signal };
      resolveExit(exit);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exit) throw new Error(`replica ${name} exited (${JSON.stringify(exit)}) before it was ready:\n${output}`);
    if (output.includes(`listening on ${url}`)) {
      const ready = await httpGet(`${url}/readyz`, undefined, 1_000).catch(() => undefined);
      if (ready?.status === 200) break;
    }
    if (Date.now() > deadline) throw new Error(`replica ${name} was not ready on port ${port} within 15 s:\n${output}`);
    await delay(25);
  }
  return {
    name,
    port,
    url,
    output: () => output,
    /** SIGTERM, then the exit (the drain included); SIGKILL after 20 s. */
    async stop() {
      if (exit) return exit;
      child.kill('SIGTERM');
      const result = await Promise.race([exited, delay(20_000).then(() => undefined)]);
      if (result) return result;
      child.kill('SIGKILL');
      return { ...(await exited), killed: true };
    },
  };
}

// ---------------------------------------------------------------- load and MCP

/** A steady autocannon load until `stop()`: varied workloads, and catalog reads. */
function steadyLoad(url) {
  const next = workloadSource(loadScenarios());
  const errorsByCode = {};
  const statuses = {};
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: 3_600,
    timeout: 10,
    requests: [postJson('/v1/recommendations', next), { method: 'GET', path: '/v1/services/kinesis-data-streams' }],
  });
  instance.on('reqError', (error) => {
    const key = error.code ?? error.message;
    errorsByCode[key] = (errorsByCode[key] ?? 0) + 1;
  });
  instance.on('response', (_client, statusCode) => {
    if (statusCode < 200 || statusCode >= 300) statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  return {
    async stop() {
      instance.stop();
      const result = await instance;
      return { result, errorsByCode, statuses };
    },
  };
}

/** MCP tool calls through the balancer with the SDK's client, one after another, until `stop()`. */
function mcpCalls(url) {
  let stopped = false;
  const servedBy = {};
  const errors = [];
  let calls = 0;
  const run = (async () => {
    const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
    const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
    const transport = new StreamableHTTPClientTransport(new URL('/mcp', url), {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const replica = response.headers.get('x-served-by') ?? 'unknown';
        servedBy[replica] = (servedBy[replica] ?? 0) + 1;
        return response;
      },
    });
    const client = new Client({ name: 'cluster-test', version: '1.0.0' });
    await client.connect(transport);
    const scenarios = loadScenarios();
    for (let i = 0; !stopped || calls < 12; i++) {
      const call =
        i % 2 === 0
          ? { name: 'recommend_architecture', arguments: scenarios[i % scenarios.length].workload }
          : { name: 'get_service', arguments: { id: ['athena', 's3', 'emr', 'glue-etl'][(i >> 1) % 4] } };
      try {
        const result = await client.callTool(call);
        if (result.isError || !result.structuredContent) errors.push(`${call.name}: ${JSON.stringify(result).slice(0, 200)}`);
      } catch (error) {
        errors.push(`${call.name}: ${error.message}`);
      }
      calls++;
      await delay(20);
    }
    await client.close();
  })().catch((error) => errors.push(`MCP client: ${error.stack ?? error.message}`));
  return {
    async stop() {
      stopped = true;
      await run;
      return { calls, errors, servedBy };
    },
  };
}

/** Requests per second through `url` for `seconds`, with the same load as above. */
async function throughput(url, seconds) {
  const next = workloadSource(loadScenarios());
  const result = await autocannon({ url, connections: CONNECTIONS, pipelining: 1, duration: seconds, requests: [postJson('/v1/recommendations', next)] });
  return { perSecond: result.requests.total / result.duration, bad: result.non2xx + result.errors + result.timeouts };
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const measureSeconds = Number(process.env.CLUSTER_MEASURE_SECONDS) > 0 ? Number(process.env.CLUSTER_MEASURE_SECONDS) : 4;
  const rounds = Number(process.env.CLUSTER_ROUNDS) > 0 ? Math.round(Number(process.env.CLUSTER_ROUNDS)) : 2;
  say(`aws-data-advisor cluster test, ${new Date().toISOString()}: ${os.cpus().length} cores, node ${process.version}`);
  ensureHaproxy();
  say(`balancer: ${execFileSync('haproxy', ['-v'], { encoding: 'utf8' }).split('\n')[0]}`);
  say(`replicas: ${REPLICAS} × \`${SERVE_COMMAND.join(' ')}\` with ${Object.entries(REPLICA_ENV).map(([k, v]) => `${k}=${v}`).join(' ')}`);

  const dir = mkdtempSync(join(os.tmpdir(), 'advisor-cluster-'));
  const replicas = [];
  let haproxy;
  try {
    for (let i = 0; i < REPLICAS; i++) replicas.push(await startReplica(`r${i + 1}`, await freePort()));
    const port = await freePort();
    const singlePort = await freePort();
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(config, haproxyConfig({ dir, port, singlePort, replicas }));
    execFileSync('haproxy', ['-c', '-q', '-f', config], { stdio: 'inherit' });
    haproxy = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.add(haproxy);
    let haproxyLog = '';
    haproxy.stderr.setEncoding('utf8').on('data', (chunk) => (haproxyLog = (haproxyLog + chunk).slice(-65_536)));
    haproxy.once('exit', (code) => {
      children.delete(haproxy);
      if (code !== null && code !== 0) fail(`haproxy exited ${code}: ${haproxyLog}`);
    });
    const socket = join(dir, 'haproxy.sock');
    const balanced = `http://127.0.0.1:${port}`;
    for (const replica of replicas) await waitForState(socket, replica.name, 'UP');
    say(`balancer at ${balanced}, replicas on ports ${replicas.map((replica) => replica.port).join(', ')}`);
    say();

    say('1. rolling restart under steady load, MCP tool calls through the balancer meanwhile');
    const load = steadyLoad(balanced);
    const mcp = mcpCalls(balanced);
    await delay(1_500);
    for (let i = 0; i < replicas.length; i++) {
      const old = replicas[i];
      const stopAt = Date.now();
      const exit = await old.stop();
      const drainedMs = Date.now() - stopAt;
      if (exit.code !== 0) fail(`replica ${old.name} exited ${JSON.stringify(exit)} after SIGTERM:\n${old.output()}`);
      if (/"level":"(error|fatal)"/.test(old.output())) fail(`replica ${old.name} logged an error:\n${old.output()}`);
      await waitForState(socket, old.name, 'DOWN');
      replicas[i] = await startReplica(old.name, old.port);
      await waitForState(socket, old.name, 'UP');
      say(`   ${old.name}: SIGTERM, drained and exited ${exit.code} in ${drainedMs} ms, started again, back in the pool after ${Date.now() - stopAt} ms`);
      await delay(500);
    }
    await delay(1_000);
    const { result, errorsByCode, statuses } = await load.stop();
    const mcpResult = await mcp.stop();
    const sent = result.requests.sent ?? result.requests.total;
    const failed = result.non2xx + result.errors + result.timeouts;
    const detail = [...Object.entries(statuses).map(([status, count]) => `HTTP ${status}×${count}`), ...Object.entries(errorsByCode).map(([code, count]) => `${code}×${count}`)].join(', ');
    say(`   requests sent: ${num(sent)}, answered: ${num(result.requests.total)} (${num(result.requests.average)} req/s)`);
    say(`   failed: ${failed}${detail ? ` [${detail}]` : ''}`);
    const backend = (await backendStats(socket)).BACKEND;
    say(
      `   HAProxy: ${backend.wretr} request(s) retried and ${backend.wredis} sent to another replica (refused or closed connections, never processed); ` +
        `${backend.econ} connection and ${backend.eresp} response errors left after retries`,
    );
    if (failed !== 0) fail(`${failed} requests failed during the rolling restart`);
    if (failed !== 0 || mcpResult.errors.length > 0) for (const line of haproxyLog.split('\n').filter((entry) => /is (DOWN|UP)|no server available/i.test(entry)).slice(-12)) say(`      haproxy: ${line}`);
    const spread = Object.entries(mcpResult.servedBy).map(([replica, count]) => `${replica}×${count}`).join(', ');
    say(`   MCP calls through the balancer: ${mcpResult.calls}, failed ${mcpResult.errors.length} (HTTP requests answered by ${spread})`);
    for (const error of mcpResult.errors.slice(0, 5)) say(`      ${error}`);
    if (mcpResult.errors.length > 0) fail(`${mcpResult.errors.length} MCP calls failed`);
    if (mcpResult.calls < 12) fail(`only ${mcpResult.calls} MCP calls were made`);
    if (Object.keys(mcpResult.servedBy).filter((name) => name !== 'unknown').length < 2) fail(`the MCP calls did not spread over replicas: ${spread}`);
    say();

    say(`2. throughput: POST /v1/recommendations through the balancer, ${CONNECTIONS} connections, ${REPLICAS} replicas vs 1, ${rounds} rounds of ${measureSeconds} s each, in turns`);
    const single = `http://127.0.0.1:${singlePort}`;
    // Warm-up: the replicas restarted a moment ago, and V8 optimizes as they work.
    await throughput(balanced, 3);
    await throughput(single, 3);
    const three = [];
    const one = [];
    for (let round = 0; round < rounds; round++) {
      three.push(await throughput(balanced, measureSeconds));
      one.push(await throughput(single, measureSeconds));
    }
    const mean = (runs) => runs.reduce((sum, run) => sum + run.perSecond, 0) / runs.length;
    const bad = [...three, ...one].reduce((sum, run) => sum + run.bad, 0);
    say(`   ${REPLICAS} replicas: ${num(mean(three))} req/s; 1 replica: ${num(mean(one))} req/s`);
    say(`   throughput 3 vs 1: ${num(mean(three) / mean(one), 2)}× (${os.cpus().length} cores shared by the replicas, HAProxy and the load generator)`);
    if (bad !== 0) fail(`${bad} requests failed during the throughput runs`);
  } finally {
    for (const replica of replicas) await replica.stop().catch(() => undefined);
    if (haproxy && haproxy.exitCode === null) {
      haproxy.kill('SIGTERM');
      await new Promise((resolveExit) => haproxy.once('exit', resolveExit));
    }
    rmSync(dir, { recursive: true, force: true });
  }
  say();
  say(`${failures.length === 0 ? 'PASS' : 'FAIL'}: cluster test in ${num((Date.now() - started) / 1000, 1)} s${failures.length ? `, ${failures.length} failure(s)` : ''}`);
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--print-command')) {
    process.stdout.write(`${JSON.stringify(SERVE_COMMAND)}\n`);
  } else {
    try {
      process.exitCode = await main();
    } catch (error) {
      say(`FAIL: ${error.stack ?? error.message}`);
      process.exitCode = 1;
    }
  }
}
