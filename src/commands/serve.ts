import { type DestinationStream, pino } from 'pino';
import { type Config, ConfigError, readConfig } from '../config.js';
import { type Advisor, createAdvisor } from '../domain/advisor.js';
import { createLogger } from '../log/logger.js';
import { prettyStream } from '../log/pretty.js';
import { type Command, UsageError } from './command.js';
import { parseOptions } from './parse-options.js';

const USAGE = `Usage: aws-data-advisor serve [--port <port>] [--host <host>]

Serves the REST API, its /docs, the playground at / and the MCP server over
Streamable HTTP at /mcp, until SIGTERM or SIGINT (which drain first).

Options:
  -p, --port <port>  port to listen on (default $PORT, else 3000; 0 picks a free one)
  -H, --host <host>  address to bind (default $HOST, else 127.0.0.1)
  -h, --help         this help

Environment: HOST, PORT, ADVISOR_RULES_DIR, ADVISOR_TOKEN, ADVISOR_LOG,
ADVISOR_LOG_FORMAT, ADVISOR_MCP_SESSIONS, ADVISOR_ALLOWED_HOSTS,
ADVISOR_CORS_ORIGINS, ADVISOR_MAX_SESSIONS and more (see the README).
`;

/** A port as written on the command line: decimal digits only, 0 to 65535 (as PORT is read). */
function isPort(value: string): boolean {
  return /^[0-9]{1,5}$/.test(value) && Number(value) <= 65535;
}

/** `aws-data-advisor serve`: the REST API and MCP over HTTP on one port. */
export const serveCommand: Command = {
  name: 'serve',
  usage: USAGE,
  async run(args) {
    const { values } = parseOptions(args, { port: { type: 'string', short: 'p' }, host: { type: 'string', short: 'H' } }, USAGE);
    if (values.help) {
      process.stdout.write(USAGE);
      return;
    }
    // Flags win over the environment; a malformed flag is a usage error naming the flag, not PORT.
    if (typeof values.port === 'string' && !isPort(values.port)) throw new UsageError(`--port "${values.port}" must be an integer from 0 to 65535`, USAGE);
    if (typeof values.host === 'string' && !/^[\w.:-]+$/.test(values.host)) throw new UsageError(`--host "${values.host}" must be a host name or IP address`, USAGE);
    const flags = { ...(typeof values.port === 'string' ? { PORT: values.port } : {}), ...(typeof values.host === 'string' ? { HOST: values.host } : {}) };
    const config = readConfig({ ...process.env, ...flags });
    await runServer(config, createAdvisor({ dirs: config.ADVISOR_RULES_DIR }));
  },
};

/** Where log lines go, and how to push out what is still buffered. */
interface LogOutput {
  stream: DestinationStream;
  /** Starts writing what is buffered (lines people wait for: where it listens). */
  flush(): void;
  /** Writes everything buffered before this returns (before `process.exit`). */
  flushSync(): void;
}

/**
 * JSON through pino's asynchronous destination: lines gather in memory and
 * leave in writes of 4 KiB (a second at most later), not one write per
 * request; or pretty lines for a terminal, written as they come.
 */
function logOutput(format: 'json' | 'pretty'): LogOutput {
  if (format === 'pretty') return { stream: prettyStream(process.stdout, { color: process.stdout.isTTY }), flush: () => {}, flushSync: () => {} };
  // maxLength: if stdout stops being read, lines are dropped past 8 MiB rather than filling the heap.
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096, maxLength: 8 * 1024 * 1024, periodicFlush: 1000 });
  return {
    stream: destination,
    flush: () => destination.flush(),
    flushSync: () => {
      try {
        destination.flushSync();
      } catch {
        // stdout already closed: nothing left to write to.
      }
    },
  };
}

/**
 * `aws-data-advisor serve`: starts the server, logs where it listens, and
 * drains on SIGTERM or SIGINT (a second signal forces the exit), logging
 * each step and flushing the log before the process exits.
 */
export async function runServer(config: Config, advisor: Advisor): Promise<void> {
  const output = logOutput(config.ADVISOR_LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'));
  const logger = createLogger(output.stream, { debug: config.ADVISOR_LOG === 'debug' });
  const exit = (code: number): never => {
    output.flushSync();
    process.exit(code);
  };
  // Loaded here, not at the top: the other commands start without Hono and the HTTP stack.
  const { startServer } = await import('../http-server.js');
  let running;
  try {
    running = await startServer({ config, advisor, logger });
  } catch (error) {
    throw listenError(error as NodeJS.ErrnoException, config);
  }
  const server = running;
  if (config.ADVISOR_CORS_ORIGINS.includes('*')) {
    logger.warn({ event: 'any-origin' }, 'ADVISOR_CORS_ORIGINS=*: any web page may call this server from a browser (send ADVISOR_TOKEN to keep it private)');
  }
  if (config.ADVISOR_ALLOWED_HOSTS.includes('*')) {
    logger.warn({ event: 'host-check-off' }, 'ADVISOR_ALLOWED_HOSTS=*: any Host header is accepted, so DNS-rebinding protection is off');
  }
  const { rules, version } = advisor.ruleSet;
  logger.info(
    { event: 'listening', url: server.url, rules: rules.length, rulesVersion: version, mcpSessions: config.ADVISOR_MCP_SESSIONS, log: config.ADVISOR_LOG },
    `aws-data-advisor ${rules.length} rules (${version}) listening on ${server.url} — docs ${server.url}/docs, MCP ${server.url}/mcp (${config.ADVISOR_MCP_SESSIONS}), metrics ${server.url}/metrics`,
  );
  output.flush();

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ event: 'forced-exit', signal }, `${signal} again: exiting now`);
      exit(130);
    }
    stopping = true;
    const started = Date.now();
    logger.info({ event: 'draining', signal, inFlight: server.inFlight() }, `${signal}: draining ${server.inFlight()} in-flight request(s), closing MCP sessions`);
    output.flush();
    const drained = await server.shutdown(config.ADVISOR_SHUTDOWN_TIMEOUT_MS);
    const ms = Date.now() - started;
    if (drained) logger.info({ event: 'stopped', clean: true, ms }, 'stopped cleanly');
    else logger.warn({ event: 'stopped', clean: false, ms }, `stopped after ${config.ADVISOR_SHUTDOWN_TIMEOUT_MS} ms with requests still open`);
    exit(drained ? 0 : 1);
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}

/** Why the server cannot listen, as a configuration error naming the variable to change. */
function listenError(error: NodeJS.ErrnoException, config: Config): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigError(`PORT=${config.PORT}: port ${config.PORT} on ${config.HOST} is already in use; set PORT to another port`);
    case 'EACCES':
      return new ConfigError(`PORT=${config.PORT}: listening on port ${config.PORT} needs privileges this process lacks; set PORT above 1023`);
    case 'EADDRNOTAVAIL':
      return new ConfigError(`HOST=${config.HOST} is not an address of this machine`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return new ConfigError(`HOST=${config.HOST} cannot be resolved to an address`);
    default:
      return error;
  }
}
