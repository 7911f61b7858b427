import { createAdvisor } from '../../domain/advisor.js';
import { ruleCoverage } from '../../domain/scenarios/rule-coverage.js';
import { type Command, InputError } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { folderScenarios, ruleDirs } from './rule-dirs.js';
import { printable } from '../../log/printable.js';

const USAGE = `Usage: aws-data-advisor rules coverage [DIR] [--all] [--strict]

Answers every scenario in DIR/scenarios/ with the built-in rules plus the
rules in DIR, and lists which of DIR's rules never fired (their conditions
never held) and which of DIR's services were never recommended.
DIR defaults to $ADVISOR_RULES_DIR, else the current directory.

Options:
  -a, --all     count the built-in rules and services too
  -s, --strict  exit 1 when a rule never fired or a service was never recommended
  -h, --help    this help

Exit codes: 0 done, 1 something was never covered (with --strict) or a
scenario file is bad, 2 usage, 3 a rule file is bad.
`;

/** `aws-data-advisor rules coverage`: what an organisation's scenarios leave untried. */
export const rulesCoverageCommand: Command = {
  name: 'rules coverage',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseOptions(args, { all: { type: 'boolean', short: 'a' }, strict: { type: 'boolean', short: 's' } }, USAGE, 1);
    if (values.help) {
      process.stdout.write(USAGE);
      return;
    }
    const dirs = ruleDirs(positionals, USAGE);
    const advisor = createAdvisor({ dirs });
    const scenarios = folderScenarios(dirs);
    const coverage = ruleCoverage(advisor, scenarios.map((entry) => entry.scenario), { builtIn: values.all === true });
    const lines = [
      `Coverage of ${dirs.join(', ')} over ${scenarios.length} scenarios${values.all ? ' (built-in rules and services included)' : ''}:`,
      `Rules: ${coverage.rules.fired} of ${coverage.rules.total} fired`,
      ...coverage.rules.neverFired.map((rule) => `  never fired: ${rule.id} (${rule.source})`),
      `Services: ${coverage.services.recommended} of ${coverage.services.total} recommended`,
      ...coverage.services.neverRecommended.map((id) => `  never recommended: ${id}`),
    ];
    process.stdout.write(`${lines.map(printable).join('\n')}\n`);
    const gaps = coverage.rules.neverFired.length + coverage.services.neverRecommended.length;
    if (values.strict && gaps > 0) throw new InputError(`${gaps} rule${gaps === 1 ? '' : 's'} or service${gaps === 1 ? '' : 's'} never covered by the scenarios`);
  },
};
