import { type Command, UsageError } from './command.js';
import { rulesCheckCommand } from './rules/rules-check.js';
import { rulesCoverageCommand } from './rules/rules-coverage.js';
import { rulesTestCommand } from './rules/rules-test.js';

const SUBCOMMANDS: readonly Command[] = [rulesTestCommand, rulesCheckCommand, rulesCoverageCommand];

const USAGE = `Usage: aws-data-advisor rules <test|check|coverage> [DIR] [options]

Work on an organisation's rule folder (DIR: its *.json rule files, with its
scenarios in DIR/scenarios/), as ADVISOR_RULES_DIR would load it beside the
built-in rules. DIR defaults to $ADVISOR_RULES_DIR, else the current directory
(unless it is a project, with a package.json).

Commands:
  test [DIR] [--reporter text|junit]   answer every scenario and check its expectations (exit 1 on a failure)
  check [DIR]                          validate the rule files without starting anything (exit 3 on a problem)
  coverage [DIR] [--all] [--strict]    which rules never fired, which services were never recommended

Run aws-data-advisor rules <command> --help for a command's own options.
See docs/writing-rules.md for the rule file format.
`;

/** `aws-data-advisor rules`: test, check and measure an organisation's rules. */
export const rulesCommand: Command = {
  name: 'rules',
  usage: USAGE,
  async run(args) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h') {
      process.stdout.write(USAGE);
      return;
    }
    if (name === undefined) throw new UsageError('rules needs a command: test, check or coverage', USAGE);
    const subcommand = SUBCOMMANDS.find((candidate) => candidate.name === `rules ${name}`);
    if (!subcommand) throw new UsageError(`unknown rules command "${name}"; use test, check or coverage`, USAGE);
    await subcommand.run(rest);
  },
};
