// For `npm run bench` (figure f), bundled by esbuild when the bench runs: the
// advisor's recommendation route twice over the same middleware, reading the
// body with the app's own readJsonBody (BODY_READER=ours) or with Hono's
// bodyLimit middleware and c.req.json() (BODY_READER=hono), so that one A/B
// measures what the hand-written reader is worth end to end.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { pino } from 'pino';
import { createAdvisor, parseWorkload } from '../../src/domain/advisor.js';
import { edge } from '../../src/http/edge.js';
import type { AppEnv } from '../../src/http/env.js';
import { readJsonBody } from '../../src/http/json-body.js';
import { HttpProblem, problem } from '../../src/http/problem.js';
import { respondJson } from '../../src/http/respond.js';
import { createLogger } from '../../src/log/logger.js';

const advisor = createAdvisor();
const limit = 64 * 1024;
const app = new Hono<AppEnv>();
// The request log as the server writes it: JSON through an asynchronous buffer.
const logger = createLogger(pino.destination({ dest: 1, sync: false, minLength: 4096 }));
app.use(edge({ bindHost: '127.0.0.1', allowedHosts: [], logger }));
app.get('/healthz', (c) => respondJson(c, { status: 'ok' }));
if (process.env.BODY_READER === 'hono') {
  app.post('/v1/recommendations', bodyLimit({ maxSize: limit, onError: (c) => problem(c, 'payload-too-large', 'too large') }), async (c) =>
    respondJson(c, advisor.recommendValidated(parseWorkload(await c.req.json()))),
  );
} else {
  app.post('/v1/recommendations', async (c) => respondJson(c, advisor.recommendValidated(await readJsonBody(c, parseWorkload, limit))));
}
app.onError((error, c) => (error instanceof HttpProblem ? problem(c, error.slug, error.message) : problem(c, 'internal-error', error.message)));

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) }, (info) => {
  process.stdout.write(`body-reading (${process.env.BODY_READER}) listening on http://${info.address}:${info.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
