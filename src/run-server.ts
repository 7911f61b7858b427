import type { Config } from './config.js';
import type { Advisor } from './domain/advisor.js';
import { startServer } from './server.js';

/**
 * `aws-data-advisor serve`: starts the server, prints where it listens, and
 * drains on SIGTERM or SIGINT (a second signal forces the exit).
 */
export async function runServer(config: Config, advisor: Advisor): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  let running;
  try {
    running = await startServer({ config, advisor, log });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${config.PORT} on ${config.HOST} is already in use; set PORT to another port`);
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new Error(`cannot listen on ${config.HOST}:${config.PORT} (${code})`);
    throw error;
  }
  const server = running;
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
