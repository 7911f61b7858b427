import { AdvisorError } from '../domain/errors.js';

/** Exit codes, documented in `--help` and the README. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, config: 3, internal: 4 } as const;

/** A command of the bin: its name, its own `--help` text, and what it does. */
export interface Command {
  name: string;
  usage: string;
  /** Resolves when the command is done; `serve` and `mcp` keep the process alive after it. */
  run(args: string[]): Promise<void>;
}

/** The command line is wrong (exit 2): the message and the command's usage are printed. */
export class UsageError extends AdvisorError {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** The input cannot be used (exit 1): an unreadable file, malformed JSON. */
export class InputError extends AdvisorError {
  override name = 'InputError';
}
