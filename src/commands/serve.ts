import { type Config, ConfigError, readConfig } from '../config.js';
import { type Advisor, createAdvisor } from '../domain/advisor.js';
import type { Command } from './command.js';
import { parseOptions } from './parse-options.js';

const USAGE = `Usage: aws-data-advisor serve [--port <port>] [--host <host>]

Serves the REST API, its /docs, the playground at / and the MCP server over
Streamable HTTP at /mcp, until SIGTERM or SIGINT (which drain first).

Options:
  -p, --port <port>  port to listen on (default $PORT, else 3000; 0 picks a free one)
  -H, --host <host>  address to bind (default $HOST, else 127.0.0.1)
  -h, --help         this help

Environment: HOST, PORT, ADVISOR_RULES_DIR, ADVISOR_TOKEN, ADVISOR_LOG,
ADVISOR_ALLOWED_HOSTS, ADVISOR_CORS_ORIGINS, ADVISOR_MAX_SESSIONS and more
(see the README).
`;

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
    // Flags win over the environment; both go through the same checks.
    const flags = { ...(typeof values.port === 'string' ? { PORT: values.port } : {}), ...(typeof values.host === 'string' ? { HOST: values.host } : {}) };
    const config = readConfig({ ...process.env, ...flags });
    await runServer(config, createAdvisor({ dirs: config.ADVISOR_RULES_DIR }));
  },
};

/**
 * `aws-data-advisor serve`: starts the server, prints where it listens, and
 * drains on SIGTERM or SIGINT (a second signal forces the exit).
 */
export async function runServer(config: Config, advisor: Advisor): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  // Loaded here, not at the top: the other commands start without Hono and the HTTP stack.
  const { startServer } = await import('../http-server.js');
  let running;
  try {
    running = await startServer({ config, advisor, log });
  } catch (error) {
    throw listenError(error as NodeJS.ErrnoException, config);
  }
  const server = running;
  if (config.ADVISOR_CORS_ORIGINS.includes('*')) {
    log('ADVISOR_CORS_ORIGINS=*: any web page may call this server from a browser (send ADVISOR_TOKEN to keep it private)');
  }
  if (config.ADVISOR_ALLOWED_HOSTS.includes('*')) {
    log('ADVISOR_ALLOWED_HOSTS=*: any Host header is accepted, so DNS-rebinding protection is off');
  }
  log(
    `aws-data-advisor ${advisor.ruleSet.rules.length} rules (${advisor.ruleSet.version}) listening on ${server.url} — docs ${server.url}/docs, MCP ${server.url}/mcp`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(130);
    }
    stopping = true;
    log(`${signal}: draining ${server.inFlight()} in-flight request(s), closing MCP sessions`);
    const drained = await server.shutdown(config.ADVISOR_SHUTDOWN_TIMEOUT_MS);
    log(drained ? 'stopped cleanly' : `stopped after ${config.ADVISOR_SHUTDOWN_TIMEOUT_MS} ms with requests still open`);
    process.exit(drained ? 0 : 1);
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
