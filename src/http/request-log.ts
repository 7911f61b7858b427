import type { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log/logger.js';
import type { AppEnv } from './env.js';

/**
 * The request target as it arrived, path and query still percent-encoded: no control character can be in it.
 *
 * @example
 * requestTarget('http://localhost:3000/v1/services/%0ax?format=json'); // '/v1/services/%0ax?format=json'
 */
export const requestTarget = (url: string) => url.slice(url.indexOf('/', url.indexOf('//') + 2));

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

/**
 * One JSON line per request at `info`: request id, method, path with query
 * (as sent, percent-encoded), status, duration in ms and bytes sent. Served
 * by Node, the line is written when the answer has left (duration and bytes
 * cover the whole answer, headers included); under `app.request()`, at once,
 * with the Content-Length if the answer has one. At `debug`, the client's
 * address and User-Agent too.
 *
 * @example
 * app.use(requestLog(logger));
 * // {"level":"info","time":"…","requestId":"5f0c…","method":"POST","path":"/v1/recommendations?format=mermaid","status":200,"durationMs":1.42,"bytes":3540,"msg":"request"}
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  const debug = logger.isLevelEnabled('debug');
  return async (c, next) => {
    const started = performance.now();
    await next();
    const env = c.env as { outgoing?: ServerResponse } | undefined;
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: requestTarget(c.req.url),
      status: c.res.status,
      ...(debug ? { remoteAddress: env?.outgoing?.req?.socket?.remoteAddress, userAgent: c.req.header('user-agent') } : {}),
    };
    const socket = env?.outgoing?.socket;
    if (!env?.outgoing || !socket) {
      const declared = c.res.headers.get('content-length');
      logger.info({ ...fields, durationMs: elapsed(started), bytes: declared === null ? undefined : Number(declared) }, 'request');
      return;
    }
    // The client left before the answer was ready (mid-body): nothing will be sent.
    if (socket.destroyed) {
      logger.info({ ...fields, durationMs: elapsed(started), bytes: 0 }, 'request');
      return;
    }
    // The adapter writes the answer after this middleware returns; the socket counts what it sends.
    const before = socket.bytesWritten;
    env.outgoing.once('close', () => logger.info({ ...fields, durationMs: elapsed(started), bytes: socket.bytesWritten - before }, 'request'));
  };
}
