import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

/**
 * `node:util`'s parseArgs, strict: an unknown flag, a missing value or a
 * stray argument is a {@link UsageError} carrying the command's usage, and
 * `--help`/`-h` is always understood.
 *
 * @example
 * const { values, positionals } = parseOptions(args, { format: { type: 'string', short: 'f' } }, USAGE, 1);
 */
export function parseOptions(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
  maxPositionals = 0,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as {
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    };
    if (!parsed.values.help && parsed.positionals.length > maxPositionals) {
      throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`, usage);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // parseArgs' own messages end in advice for its API, not for this command line: keep the first sentence.
    const message = (error as Error).message.split('. ')[0].replace(/\.$/, '');
    throw new UsageError(message, usage);
  }
}
