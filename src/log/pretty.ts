import type { DestinationStream } from 'pino';
import { printable } from './printable.js';

export interface PrettyOptions {
  /** Colour the level with ANSI escapes (for a terminal). */
  color?: boolean;
}

const COLORS: Readonly<Record<string, number>> = { fatal: 35, error: 31, warn: 33, info: 32, debug: 90, trace: 90 };

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** ` key=value` for each field, in the order logged. */
const fieldsText = (fields: Record<string, unknown>) =>
  Object.entries(fields)
    .map(([key, value]) => ` ${key}=${show(value)}`)
    .join('');

/** `POST /v1/recommendations 200 1.4 ms 3,540 B id=…`, then any other field (debug adds the client). */
function requestText({ method, path, status, durationMs, bytes, requestId, ...rest }: Record<string, unknown>): string {
  const size = typeof bytes === 'number' ? ` ${bytes.toLocaleString('en-US')} B` : '';
  return `${show(method)} ${show(path)} ${show(status)} ${show(durationMs)} ms${size} id=${show(requestId)}${fieldsText(rest)}`;
}

/**
 * One JSON log line as a line for people: clock time, level, then the
 * message (a request as `METHOD path status ms bytes id`), the fields, and an
 * error's stack indented below. Every piece goes through {@link printable}.
 *
 * @example
 * prettyLine('{"level":"info","time":"2026-11-26T17:33:10.250Z","method":"GET","path":"/healthz","status":200,"durationMs":0.4,"bytes":152,"requestId":"5f0c","msg":"request"}');
 * // '17:33:10.250 INFO  GET /healthz 200 0.4 ms 152 B id=5f0c\n'
 */
export function prettyLine(json: string, options: PrettyOptions = {}): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return `${printable(json.trimEnd())}\n`;
  }
  const { time, level, msg, err, event, ...fields } = entry;
  const clock = typeof time === 'string' ? time.slice(11, 23) : '';
  const word = String(level ?? '');
  const label = word.toUpperCase().padEnd(5);
  const painted = options.color && COLORS[word] ? `\u001b[${COLORS[word]}m${label}\u001b[39m` : label;
  // Start-up and shutdown events say it all in their message; their fields are for machines.
  const text = msg === 'request' ? requestText(fields) : `${show(msg ?? '')}${event === undefined ? fieldsText(fields) : ''}`;
  const stack = (err as { stack?: unknown } | undefined)?.stack;
  const below = typeof stack === 'string' ? stack.split('\n').map((line) => `\n    ${printable(line)}`).join('') : '';
  return `${clock} ${painted} ${printable(text)}${below}\n`;
}

/**
 * A pino destination writing {@link prettyLine}s to `out`: the human form
 * for a terminal (`ADVISOR_LOG_FORMAT=pretty`), written as each line comes.
 *
 * @example
 * const logger = createLogger(prettyStream(process.stdout, { color: process.stdout.isTTY }));
 */
export function prettyStream(out: { write(text: string): unknown }, options: PrettyOptions = {}): DestinationStream {
  return { write: (line: string) => void out.write(prettyLine(line, options)) };
}
