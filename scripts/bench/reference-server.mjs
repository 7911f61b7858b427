// The HTTP reference for `npm run bench`: a bare Hono app on @hono/node-server,
// the same stack the advisor serves on, doing only what any JSON endpoint must:
// read the body, JSON.parse it, and answer with a pre-serialized JSON document
// of the byte size a real recommendation for that workload has. The ratio
// advisor/reference is then the share of the stack's ceiling the advisor keeps.
//
// Environment: PORT (required), HOST (default 127.0.0.1), REF_SIZES (JSON
// object: scenario name -> answer bytes) and REF_DEFAULT_SIZE (bytes, for any
// other name). A request body's `name` is `${scenario}-${n}`.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const sizes = JSON.parse(process.env.REF_SIZES || '{}');
const defaultSize = Number(process.env.REF_DEFAULT_SIZE || 3000);

/** A JSON object of exactly `bytes` bytes (at least the 14 of `{"padding":""}`). */
function answerOfSize(bytes) {
  return JSON.stringify({ padding: 'x'.repeat(Math.max(0, bytes - 14)) });
}

const answers = new Map(Object.entries(sizes).map(([name, bytes]) => [name, answerOfSize(bytes)]));
const defaultAnswer = answerOfSize(defaultSize);

const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.post('/v1/recommendations', async (c) => {
  let value;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    return c.json({ error: 'malformed-json' }, 400);
  }
  const name = value && typeof value === 'object' && typeof value.name === 'string' ? value.name : '';
  const answer = answers.get(name.replace(/-\d+$/, '')) ?? defaultAnswer;
  return c.body(answer, 200, { 'Content-Type': 'application/json' });
});

const server = serve({ fetch: app.fetch, hostname: process.env.HOST || '127.0.0.1', port: Number(process.env.PORT) }, (info) => {
  process.stdout.write(`reference listening on http://${info.address}:${info.port}\n`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
