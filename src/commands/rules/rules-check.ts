import { checkRuleDirs, loadRules } from '../../domain/rules/load.js';
import { ConfigError } from '../../config.js';
import type { RuleLoadError } from '../../domain/errors.js';
import { printable } from '../../log/printable.js';
import type { Command } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { ruleDirs, shown } from './rule-dirs.js';

const USAGE = `Usage: aws-data-advisor rules check [DIR]

Validates the rule files in DIR, with the built-in rules beside them, as the
server would at start-up, without starting anything: the schema, services,
fields, operators, service ids, named conditions and json-rules-engine
itself. Lists every problem, one a line: file, rule id and reason.
DIR defaults to $ADVISOR_RULES_DIR, else the current directory.

Options:
  -h, --help  this help

Exit codes: 0 the folder is sound, 2 usage, 3 a rule file is bad.
`;

const describeProblem = (problem: RuleLoadError) => printable(`${shown(problem.file)}${problem.ruleId ? `: rule ${problem.ruleId}` : ''}: ${problem.reason}`);

/** `aws-data-advisor rules check`: every problem in an organisation's rule folder, or a one-line summary of what it holds. */
export const rulesCheckCommand: Command = {
  name: 'rules check',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseOptions(args, {}, USAGE, 1);
    if (values.help) {
      process.stdout.write(USAGE);
      return;
    }
    const dirs = ruleDirs(positionals, USAGE);
    const problems = checkRuleDirs(dirs);
    if (problems.length > 0) {
      process.stdout.write(`${problems.map(describeProblem).join('\n')}\n`);
      throw new ConfigError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dirs.join(', ')}`);
    }
    const ruleSet = loadRules({ dirs });
    const own = ruleSet.rules.filter((rule) => rule.source !== 'built-in').length;
    const services = ruleSet.services.length;
    process.stdout.write(
      `ok: ${dirs.join(', ')}: ${own} rule${own === 1 ? '' : 's'} and ${services} service${services === 1 ? '' : 's'} of the organisation, beside ${ruleSet.rules.length - own} built-in rules (${ruleSet.version})\n`,
    );
  },
};
