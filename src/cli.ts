import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packageVersion } from './package-files.js';

/** Exit codes, documented in `--help` and the README. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, config: 3, internal: 4 } as const;

const HELP = `aws-data-advisor: architecture decisions for AWS data services

Usage:
  aws-data-advisor recommend <file|-> [--format json|markdown|mermaid]
  aws-data-advisor serve        REST API, /docs and MCP over HTTP (HOST, PORT)
  aws-data-advisor mcp          MCP server over stdio (for Claude Desktop, VS Code, Cursor)
  aws-data-advisor --help | --version

recommend reads a workload (JSON, contract section 1) from a file or, with -,
from stdin, and writes the answer to stdout: the recommendation as JSON
(default), an architecture decision record (markdown) or a Mermaid flowchart.

Environment: HOST, PORT, ADVISOR_RULES_DIR, ADVISOR_TOKEN, ADVISOR_LOG,
ADVISOR_ALLOWED_HOSTS, ADVISOR_CORS_ORIGINS (see the README).

Exit codes:
  0  success
  1  bad input: unreadable file, malformed JSON or an invalid workload
  2  usage: unknown command, option or format
  3  configuration: a bad environment variable or rule file
  4  unexpected internal error
`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function readInput(source: string): string {
  try {
    return readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(`cannot read ${source === '-' ? 'stdin' : source}: ${reason}`, EXIT.badInput);
  }
}

// Each command imports what it needs when it runs, so `--version` stays
// instant and `mcp` loads only its own bundle.

async function recommendCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', short: 'f', default: 'json' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliError('recommend takes one input: a file path, or - for stdin', EXIT.usage);
  const format = values.format as string;
  if (!['json', 'markdown', 'mermaid'].includes(format)) {
    throw new CliError(`unknown format "${format}"; use json, markdown or mermaid`, EXIT.usage);
  }
  const [{ readConfig }, { createAdvisor, parseWorkload }] = await Promise.all([import('./config.js'), import('./domain/advisor.js')]);
  const config = readConfig(process.env);
  const text = readInput(positionals[0]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${positionals[0] === '-' ? 'stdin' : positionals[0]} is not valid JSON: ${(error as Error).message}`, EXIT.badInput);
  }
  const workload = parseWorkload(json);
  const advisor = createAdvisor({ dirs: config.ADVISOR_RULES_DIR });
  const answer = advisor.recommendValidated(workload);
  let output: string;
  if (format === 'markdown') {
    const { renderAdr } = await import('./domain/rendering/adr.js');
    output = renderAdr(workload, answer, advisor.ruleSet);
  } else if (format === 'mermaid') {
    const { renderMermaid } = await import('./domain/rendering/mermaid.js');
    output = renderMermaid(answer);
  } else {
    output = `${JSON.stringify(answer, null, 2)}\n`;
  }
  process.stdout.write(output);
}

async function serveCommand(): Promise<void> {
  const [{ readConfig }, { createAdvisor }, { runServer }] = await Promise.all([
    import('./config.js'),
    import('./domain/advisor.js'),
    import('./commands/serve.js'),
  ]);
  const config = readConfig(process.env);
  await runServer(config, createAdvisor({ dirs: config.ADVISOR_RULES_DIR }));
}

async function mcpCommand(): Promise<void> {
  const { runWithCodeCache } = await import('./code-cache.js');
  const bundle = fileURLToPath(new URL('./mcp-stdio.cjs', import.meta.url));
  const { main } = runWithCodeCache(bundle) as { main(): Promise<void> };
  await main();
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'recommend':
        await recommendCommand(rest);
        return EXIT.ok;
      case 'serve':
        await serveCommand();
        return EXIT.ok;
      case 'mcp':
        await mcpCommand();
        return EXIT.ok;
      case '--version':
      case '-v':
        process.stdout.write(`${packageVersion()}\n`);
        return EXIT.ok;
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(HELP);
        return EXIT.ok;
      case undefined:
        process.stderr.write(HELP);
        return EXIT.usage;
      default:
        throw new CliError(`unknown command "${command}"; run aws-data-advisor --help`, EXIT.usage);
    }
  } catch (error) {
    const [message, code] = describeFailure(error);
    process.stderr.write(`aws-data-advisor: ${message}\n`);
    return code;
  }
}

/**
 * By error name rather than class: the `mcp` bundle carries its own copies
 * of the error classes, so `instanceof` would not recognise them.
 */
function describeFailure(error: unknown): [string, number] {
  if (error instanceof CliError) return [error.message, error.code];
  const name = error instanceof Error ? error.name : '';
  if (name === 'WorkloadValidationError') return [(error as Error).message, EXIT.badInput];
  if (name === 'ConfigError' || name === 'RuleLoadError') return [(error as Error).message, EXIT.config];
  if ((error as NodeJS.ErrnoException)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return [(error as Error).message, EXIT.usage];
  return [`unexpected error: ${error instanceof Error ? error.message : String(error)}`, EXIT.internal];
}

const code = await main(process.argv.slice(2));
// serve and mcp keep running until a signal or stdin closes; the others end here.
if (code !== EXIT.ok || !['serve', 'mcp'].includes(process.argv[2] ?? '')) process.exitCode = code;
