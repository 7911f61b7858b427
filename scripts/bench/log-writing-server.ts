// For `npm run bench` (figure h), bundled by esbuild when the bench runs: the
// edge and a cheap route (each scenario's answer worked out once, then reused),
// with one request line per request written either as the server writes it,
// straight to pino's destination (LOG_WRITER=ours), or through pino's
// logger.info() with the same fields (LOG_WRITER=pino): the A/B that keeps the
// hand-written line in src/http/request-log.ts.
import type { ServerResponse } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { pino } from 'pino';
import { createAdvisor, parseWorkload } from '../../src/domain/advisor.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';
import { edge } from '../../src/http/edge.js';
import type { AppEnv } from '../../src/http/env.js';
import { readJsonBody } from '../../src/http/json-body.js';
import { requestLogger, requestTarget } from '../../src/http/request-log.js';
import { respondJson } from '../../src/http/respond.js';
import { createLogger } from '../../src/log/logger.js';

const advisor = createAdvisor();
const answers = new Map<string, Recommendation>();
// The request log as the server writes it: JSON through an asynchronous buffer.
const logger = createLogger(pino.destination({ dest: 1, sync: false, minLength: 4096, maxLength: 8 * 1024 * 1024, periodicFlush: 1000 }));
const ours = requestLogger(logger);
const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

const app = new Hono<AppEnv>();
app.use(edge({ bindHost: '127.0.0.1', allowedHosts: [] }));
app.use(async (c, next) => {
  const started = performance.now();
  await next();
  if (process.env.LOG_WRITER === 'ours') return ours(c, started);
  const outgoing = (c.env as { outgoing: ServerResponse }).outgoing;
  const fields = { requestId: c.get('requestId'), method: c.req.method, path: requestTarget(c.req.url), status: c.res.status };
  const before = outgoing.socket?.bytesWritten ?? 0;
  outgoing.once('close', () => logger.info({ ...fields, durationMs: elapsed(started), bytes: (outgoing.socket?.bytesWritten ?? 0) - before }, 'request'));
});
app.get('/healthz', (c) => respondJson(c, { status: 'ok' }));
app.post('/v1/recommendations', async (c) => {
  const workload = await readJsonBody(c, parseWorkload, 64 * 1024);
  const scenario = (workload.name ?? '').replace(/-\d+$/, '');
  let answer = answers.get(scenario);
  if (!answer) {
    answer = advisor.recommendValidated(workload);
    answers.set(scenario, answer);
  }
  return respondJson(c, answer);
});

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) }, (info) => {
  process.stdout.write(`log-writing (${process.env.LOG_WRITER}) listening on http://${info.address}:${info.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
