import { readFileSync } from 'node:fs';
import { text as streamText } from 'node:stream/consumers';
import { readConfig } from '../config.js';
import { createAdvisor, parseWorkload } from '../domain/advisor.js';
import { type Command, InputError, UsageError } from './command.js';
import { parseOptions } from './parse-options.js';

const FORMATS = ['json', 'markdown', 'mermaid'] as const;

const USAGE = `Usage: aws-data-advisor recommend <file|-> [--format json|markdown|mermaid]
       aws-data-advisor recommend --describe <text> [<file|->] [--format ...]

Reads a workload (JSON) from a file, or from stdin with -, and writes the
answer to stdout: the recommendation as JSON (default), an architecture
decision record (markdown) or a Mermaid flowchart (mermaid). A description
in words is read into fields (listed in "inferred"); given fields win.

Options:
  -f, --format <format>     json (default), markdown or mermaid
  -d, --describe <text>     the workload in words (its description)
  -h, --help                this help

Examples:
  echo '{"ingestion":{"mode":"streaming","throughputMBps":20}}' | aws-data-advisor recommend - -f markdown
  aws-data-advisor recommend -d "About 30 MB/s of clickstream, real-time dashboards, raw events in S3" -f markdown
`;

/** Stdin read as a stream: a synchronous read of a pipe whose writer is still busy fails with EAGAIN. */
async function readInput(source: string): Promise<string> {
  if (source === '-' && process.stdin.isTTY) process.stderr.write('aws-data-advisor: reading a workload (JSON) from stdin; end it with Ctrl-D\n');
  let text: string;
  try {
    text = source === '-' ? await streamText(process.stdin) : readFileSync(source, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`cannot read ${source === '-' ? 'stdin' : source}: ${reason}`);
  }
  // A byte-order mark is not JSON, but editors write one; the REST API accepts it too.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readWorkloadJson(source: string): Promise<unknown> {
  const text = await readInput(source);
  const named = source === '-' ? 'stdin' : source;
  if (text.trim() === '') {
    throw new InputError(`${named} is empty: give a workload as JSON, such as {"latency":"batch"} ({} asks what the advisor needs to know), or the workload in words with --describe <text>`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${named} is not valid JSON: ${(error as Error).message}`);
  }
  if (isScenario(json)) {
    throw new InputError(
      `${named} is a scenario file (a workload with the answer expected of it), not a workload: pass its "workload", as in jq .workload ${source === '-' ? 'FILE' : source} | aws-data-advisor recommend -`,
    );
  }
  return json;
}

/** The shape of a scenario file (tests/scenarios/, an organisation's scenarios/): a workload object beside expectations. */
function isScenario(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const keys = Object.keys(json);
  const workload = (json as Record<string, unknown>).workload;
  return typeof workload === 'object' && workload !== null && keys.includes('expect');
}

/** The workload with --describe as its description; anything but an object is left for validation to name. */
function withDescription(json: unknown, description: string): unknown {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? { ...json, description } : json;
}

/** `aws-data-advisor recommend`: one workload in, one answer out. */
export const recommendCommand: Command = {
  name: 'recommend',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseOptions(
      args,
      { format: { type: 'string', short: 'f', default: 'json' }, describe: { type: 'string', short: 'd' } },
      USAGE,
      1,
    );
    if (values.help) {
      process.stdout.write(USAGE);
      return;
    }
    const description = values.describe as string | undefined;
    if (description !== undefined && description.trim() === '') {
      throw new UsageError('--describe needs the workload in words, such as --describe "About 30 MB/s of clickstream, real-time dashboards"', USAGE);
    }
    if (positionals.length > 1 || (positionals.length === 0 && description === undefined)) {
      throw new UsageError('recommend takes one input: a file path, - for stdin, or --describe <text>', USAGE);
    }
    const format = values.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}"; use json, markdown or mermaid`, USAGE);
    const config = readConfig(process.env);
    const json = positionals.length === 1 ? await readWorkloadJson(positionals[0]) : {};
    const workload = parseWorkload(description === undefined ? json : withDescription(json, description));
    const advisor = createAdvisor({ dirs: config.ADVISOR_RULES_DIR });
    const answer = advisor.recommendValidated(workload);
    if (format === 'markdown') {
      const { renderAdr } = await import('../domain/rendering/adr.js');
      process.stdout.write(renderAdr(workload, answer, advisor.ruleSet));
    } else if (format === 'mermaid') {
      const { renderMermaid } = await import('../domain/rendering/mermaid.js');
      process.stdout.write(renderMermaid(answer));
    } else {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    }
  },
};
