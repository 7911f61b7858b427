import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** Where the server writes its lines; silent when absent. */
export type LogLine = (line: string) => void;

/** Control characters (a decoded `%0a`, terminal escapes) as `\u000a`, so that a path can neither forge a line nor colour a terminal. */
export const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * One line per request: method, path and query, status, milliseconds, request id.
 *
 * @example
 * app.use(requestLog((line) => process.stderr.write(`${line}\n`)));
 * // POST /v1/recommendations?format=mermaid 200 1.4ms id=5f0c...
 */
export function requestLog(log: LogLine): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    const query = c.req.url.indexOf('?');
    const target = query >= 0 ? `${c.req.path}${c.req.url.slice(query)}` : c.req.path;
    log(`${c.req.method} ${printable(target)} ${c.res.status} ${ms}ms id=${c.get('requestId')}`);
  };
}
