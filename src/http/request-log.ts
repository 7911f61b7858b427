import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
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
 * Writes one line per request at `info`: request id, method, path with query
 * (as sent, percent-encoded), status, the JSON-RPC methods of an `/mcp`
 * request (`rpc`, tools named), duration in ms and bytes sent. Served by
 * Node, the line is written when the answer has left (duration and bytes
 * cover the whole answer, headers included); under `app.request()`, at once,
 * with the Content-Length if the answer has one. At `debug`, the client's
 * address and User-Agent too. Called by the edge once the answer is ready.
 *
 * @example
 * const log = requestLogger(logger);
 * log(c, started);
 * // {"level":"info","time":"…","requestId":"5f0c…","method":"POST","path":"/v1/recommendations?format=mermaid","status":200,"durationMs":1.42,"bytes":3540,"msg":"request"}
 */
export function requestLogger(logger: Logger): (c: Context<AppEnv>, started: number) => void {
  const debug = logger.isLevelEnabled('debug');
  return (c, started) => {
    const env = c.env as { outgoing?: ServerResponse } | undefined;
    const rpc = c.get('rpc');
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: requestTarget(c.req.url),
      status: c.res.status,
      ...(rpc === undefined ? {} : { rpc }),
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
    // The adapter writes the answer after the edge returns; the socket counts what it sends.
    const before = socket.bytesWritten;
    env.outgoing.once('close', () => logger.info({ ...fields, durationMs: elapsed(started), bytes: socket.bytesWritten - before }, 'request'));
  };
}
