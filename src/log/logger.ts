import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/**
 * The server's logger: one JSON object per line, with an ISO `time`, the
 * level as a word (`info`, `error`) and the message in `msg`; errors go in
 * `err` with their `stack`. Strings are JSON-escaped, so no control character
 * reaches a line raw. Where the lines go (an asynchronous buffer on stdout, a
 * terminal, a test's array) is the caller's choice.
 *
 * @example
 * const logger = createLogger(pino.destination({ dest: 1, sync: false }));
 * logger.info({ url }, `listening on ${url}`);
 * // {"level":"info","time":"2026-11-26T17:33:10.250Z","url":"http://127.0.0.1:3000","msg":"listening on http://127.0.0.1:3000"}
 */
export function createLogger(destination: DestinationStream, options: { debug?: boolean } = {}): Logger {
  return pino(
    {
      level: options.debug ? 'debug' : 'info',
      // No pid or hostname on every line: a log shipper adds the pod and container.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
