import { ConfigError } from './config.js';
import { RuleLoadError, ScenarioFileError, WorkloadValidationError } from './domain/errors.js';
import { type Command, EXIT, InputError, UsageError } from './commands/command.js';
import { printable } from './log/printable.js';
import { packageVersion } from './package-files.js';

/** Each command is loaded only when it runs: `mcp`, which assistants start often, loads nothing of the others. */
const COMMANDS: ReadonlyArray<{ name: string; usage: string; summary: string; load: () => Promise<Command> }> = [
  {
    name: 'recommend',
    usage: 'recommend <file|-> [--format json|markdown|mermaid]',
    summary: 'answer one workload (--describe <text> for words)',
    load: async () => (await import('./commands/recommend.js')).recommendCommand,
  },
  {
    name: 'serve',
    usage: 'serve [--port <port>] [--host <host>]',
    summary: 'REST API, /docs and MCP over HTTP',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  {
    name: 'mcp',
    usage: 'mcp',
    summary: 'MCP server over stdio (for Claude Desktop, VS Code, Cursor)',
    load: async () => (await import('./commands/mcp.js')).mcpCommand,
  },
  {
    name: 'rules',
    usage: 'rules test|check|coverage [DIR]',
    summary: 'an organisation\'s rules: run its scenarios, validate, coverage',
    load: async () => (await import('./commands/rules.js')).rulesCommand,
  },
];

const USAGE_WIDTH = Math.max(...COMMANDS.map((command) => command.usage.length));

const HELP = `aws-data-advisor: architecture decisions for AWS data services

Usage:
${[...COMMANDS, { usage: '<command> --help', summary: "a command's own options" }, { usage: '--help | --version', summary: '' }]
  .map(({ usage, summary }) => `  aws-data-advisor ${usage.padEnd(USAGE_WIDTH)}  ${summary}`.trimEnd())
  .join('\n')}

Exit codes:
  0  success
  1  bad input: unreadable file, malformed JSON, an invalid workload or scenario,
     or a scenario that fails (rules test)
  2  usage: unknown command, option or format
  3  configuration: a bad environment variable or rule file
  4  unexpected internal error
`;

/**
 * What a failure prints (one line, then a usage error's usage line) and the
 * exit code it ends with. A file name or value the message quotes has its
 * control characters escaped: it can neither break the line nor drive the terminal.
 */
function describeFailure(error: unknown): [string, number] {
  if (error instanceof UsageError) return [`${printable(error.message)}${error.usage ? `\n${error.usage.split('\n')[0]}` : ''}`, EXIT.usage];
  if (error instanceof WorkloadValidationError || error instanceof InputError || error instanceof ScenarioFileError) return [printable(error.message), EXIT.badInput];
  if (error instanceof ConfigError || error instanceof RuleLoadError) return [printable(error.message), EXIT.config];
  return [`unexpected error: ${printable(error instanceof Error ? error.message : String(error))}`, EXIT.internal];
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
      process.stdout.write(HELP);
      return EXIT.ok;
    }
    // `help recommend` is `recommend --help`, as git and npm read it.
    if (name === 'help') return main([...rest, '--help']);
    if (name === undefined) {
      process.stderr.write(HELP);
      return EXIT.usage;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"; run aws-data-advisor --help`);
    await (await command.load()).run(rest);
    return EXIT.ok;
  } catch (error) {
    const [message, code] = describeFailure(error);
    process.stderr.write(`aws-data-advisor: ${message}\n`);
    return code;
  }
}

const code = await main(process.argv.slice(2));
// serve and mcp keep running until a signal or stdin closes; the others end here.
const keepsRunning = ['serve', 'mcp'].includes(process.argv[2] ?? '') && !process.argv.slice(3).some((arg) => arg === '--help' || arg === '-h');
if (code !== EXIT.ok || !keepsRunning) process.exitCode = code;
