import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { requestIdOf } from './response-headers.js';

/** Where the server writes its lines; silent when absent. */
export type LogLine = (line: string) => void;

/**
 * One line per request: method, path, status, milliseconds, request id.
 *
 * @example
 * app.use(requestLog((line) => process.stderr.write(`${line}\n`)));
 * // POST /v1/recommendations 200 1.4ms id=5f0c...
 */
export function requestLog(log: LogLine): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms id=${requestIdOf(c)}`);
  };
}
