import { statSync } from 'node:fs';
import { delimiter } from 'node:path';
import * as z from 'zod';
import { AdvisorError } from './domain/errors.js';

const commaList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

/** `*`, or a browser origin: http(s), a host, an optional port, nothing after. */
function isOrigin(value: string): boolean {
  if (value === '*') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '').toLowerCase();
  } catch {
    return false;
  }
}

/** A decimal integer as written, digits only: `0x50`, `1e3` and `" 80"` are refused, not read as 80, 1000 and 80. */
const integer = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const parsed = /^[0-9]{1,9}$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `${name}="${value}" must be an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

/** One of a few words, as written (`Stateless` is refused, not read as `stateless`); empty or unset is `fallback`. */
const choice = <const Value extends string, Fallback extends Value | undefined>(name: string, values: readonly Value[], fallback: Fallback) =>
  z
    .string()
    .optional()
    .transform((value, ctx): Value | Fallback => {
      if (value === undefined || value === '') return fallback;
      if ((values as readonly string[]).includes(value)) return value as Value;
      const allowed = `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
      ctx.addIssue({ code: 'custom', message: `${name}="${value}" must be ${allowed}` });
      return z.NEVER;
    });

/** Why a path is no readable directory, or undefined when it is one. */
function directoryProblem(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? undefined : 'is not a directory';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
  }
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

/**
 * Is this bind address reachable only from this machine?
 *
 * @example
 * isLoopback('127.0.0.1'); // true
 * isLoopback('0.0.0.0'); // false
 */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host.toLowerCase()) || /^127\./.test(host);
}

/** An MCP session holds about 43 KB of the bin's 128 MB heap: 1,000 of them fit beside everything else. */
export const MAX_SESSIONS_LIMIT = 1_000;

/**
 * The environment the entry points read, once, at start-up. Each variable is
 * documented in the README; a bad value stops start-up naming it.
 */
const EnvSchema = z
  .object({
    HOST: z
      .string()
      .optional()
      .transform((value) => value || '127.0.0.1')
      .refine((value) => /^[\w.:-]+$/.test(value) || value === '::', { message: 'HOST must be a host name or IP address' }),
    PORT: integer('PORT', 0, 65535, 3000),
    ADVISOR_RULES_DIR: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const dirs = value ? value.split(delimiter).filter(Boolean) : [];
        // Named here, as a directory of this variable: the rule loader would only name a path.
        for (const dir of dirs) {
          const problem = directoryProblem(dir);
          if (problem) ctx.addIssue({ code: 'custom', message: `ADVISOR_RULES_DIR="${value}": ${dir} ${problem} (it takes folders of rule files, ${delimiter}-separated)` });
        }
        return dirs;
      }),
    ADVISOR_TOKEN: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || value.length >= 16, { message: 'ADVISOR_TOKEN must be at least 16 characters' })
      // RFC 6750's b64token: what a client can send after "Bearer " without quoting; anything else would lock every client out.
      .refine((value) => value === undefined || /^[A-Za-z0-9\-._~+/]+=*$/.test(value), {
        message: 'ADVISOR_TOKEN may hold only letters, digits and - . _ ~ + / (then = padding): no spaces or other characters a client cannot send',
      }),
    ADVISOR_CORS_ORIGINS: commaList
      .optional()
      .transform((value) => value ?? [])
      .refine((origins) => origins.every(isOrigin), {
        message: 'ADVISOR_CORS_ORIGINS must be *, or origins such as https://tools.example.com (scheme, host and port only, comma-separated)',
      })
      .transform((origins) => origins.map((origin) => (origin === '*' ? origin : new URL(origin).origin))),
    ADVISOR_ALLOWED_HOSTS: commaList.optional().transform((value) => value ?? []),
    ADVISOR_LOG: choice('ADVISOR_LOG', ['requests', 'errors', 'silent', 'debug'], 'requests'),
    // Unset, the entry point picks: pretty on a terminal, JSON otherwise.
    ADVISOR_LOG_FORMAT: choice('ADVISOR_LOG_FORMAT', ['json', 'pretty'], undefined),
    ADVISOR_MCP_SESSIONS: choice('ADVISOR_MCP_SESSIONS', ['stateful', 'stateless'], 'stateful'),
    ADVISOR_MAX_SESSIONS: integer('ADVISOR_MAX_SESSIONS', 1, MAX_SESSIONS_LIMIT, 100),
    ADVISOR_MAX_SESSIONS_PER_CLIENT: integer('ADVISOR_MAX_SESSIONS_PER_CLIENT', 1, MAX_SESSIONS_LIMIT, 10),
    ADVISOR_SESSION_IDLE_SECONDS: integer('ADVISOR_SESSION_IDLE_SECONDS', 10, 86_400, 600),
    ADVISOR_REQUEST_TIMEOUT_MS: integer('ADVISOR_REQUEST_TIMEOUT_MS', 1_000, 600_000, 30_000),
    ADVISOR_HEADERS_TIMEOUT_MS: integer('ADVISOR_HEADERS_TIMEOUT_MS', 1_000, 600_000, 10_000),
    ADVISOR_SHUTDOWN_TIMEOUT_MS: integer('ADVISOR_SHUTDOWN_TIMEOUT_MS', 100, 60_000, 10_000),
    ADVISOR_SHUTDOWN_QUIET_MS: integer('ADVISOR_SHUTDOWN_QUIET_MS', 50, 60_000, 500),
    ADVISOR_WRITE_TIMEOUT_MS: integer('ADVISOR_WRITE_TIMEOUT_MS', 1_000, 600_000, 30_000),
    ADVISOR_TRUST_PROXY: choice('ADVISOR_TRUST_PROXY', ['true', 'false'], 'false').transform((value) => value === 'true'),
  })
  .superRefine((config, ctx) => {
    if (config.ADVISOR_HEADERS_TIMEOUT_MS > config.ADVISOR_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        message: `ADVISOR_HEADERS_TIMEOUT_MS=${config.ADVISOR_HEADERS_TIMEOUT_MS} must not exceed ADVISOR_REQUEST_TIMEOUT_MS=${config.ADVISOR_REQUEST_TIMEOUT_MS}: the headers are part of the request`,
      });
    }
    if (!isLoopback(config.HOST) && config.ADVISOR_ALLOWED_HOSTS.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `HOST=${config.HOST} listens beyond this machine: set ADVISOR_ALLOWED_HOSTS to the host names clients use to reach it (comma-separated), or to * to accept any Host header (DNS-rebinding protection off)`,
      });
    }
  });

export type Config = z.infer<typeof EnvSchema>;

/** A configuration value the process cannot start with. */
export class ConfigError extends AdvisorError {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration from an environment object.
 *
 * @example
 * readConfig({ PORT: '8080' }).PORT; // 8080
 * readConfig({ PORT: 'eighty' }); // throws ConfigError: PORT="eighty" must be an integer from 0 to 65535
 */
export function readConfig(env: Record<string, string | undefined>): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => issue.message).join('; '));
  }
  return result.data;
}
