import type { Hono } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';

/**
 * Registers, after the real routes, a 405 for every other method on each
 * known path, with the Allow header listing what the path does support.
 */
export function answerWrongMethods(app: Hono<AppEnv>, routes: ReadonlyArray<readonly [path: string, methods: readonly string[]]>): void {
  for (const [path, methods] of routes) {
    const allowed = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', ');
    app.all(path, (c) => problem(c, 'method-not-allowed', `${c.req.method} is not allowed on ${path}; use ${allowed}`, { headers: { Allow: allowed } }));
  }
}
