import { createAdvisor } from '../../domain/advisor.js';
import { runScenario, type ScenarioResult } from '../../domain/scenarios/scenario-check.js';
import { type Command, InputError, UsageError } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { printable } from '../../log/printable.js';
import { junitReport } from './junit-report.js';
import { folderScenarios, ruleDirs } from './rule-dirs.js';

const USAGE = `Usage: aws-data-advisor rules test [DIR] [--reporter text|junit]

Answers every scenario in DIR/scenarios/ (the format of tests/scenarios/)
with the built-in rules plus the rules in DIR, and checks each expectation.
Prints every failure as expected vs got, and exits 1 when any scenario fails.
DIR defaults to $ADVISOR_RULES_DIR, else the current directory.

Options:
  -r, --reporter <name>  text (default), or junit: a JUnit XML report on stdout for CI
  -h, --help             this help

Exit codes: 0 every scenario passed, 1 a scenario failed or a scenario file
is bad, 2 usage, 3 a rule file is bad.

Example:
  aws-data-advisor rules test examples/company-rules --reporter junit > rules-junit.xml
`;

const REPORTERS = ['text', 'junit'] as const;

/** Each scenario as ok or FAIL, failures as expected vs got, then the count; what the files hold is printed with its control characters escaped, so no name can forge a line or drive the terminal. */
function textReport(results: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.failures.length === 0 ? 'ok  ' : 'FAIL'}  ${result.name} (${result.file})`);
    for (const failure of result.failures) lines.push(`      ${failure.expectation}: expected ${failure.expected}`, `      ${' '.repeat(failure.expectation.length)}  got      ${failure.got}`);
  }
  const failed = results.filter((result) => result.failures.length > 0).length;
  lines.push('', `${results.length} scenarios: ${results.length - failed} passed, ${failed} failed`);
  return `${lines.map(printable).join('\n')}\n`;
}

/** `aws-data-advisor rules test`: an organisation's scenarios against the built-in plus its own rules. */
export const rulesTestCommand: Command = {
  name: 'rules test',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseOptions(args, { reporter: { type: 'string', short: 'r', default: 'text' } }, USAGE, 1);
    if (values.help) {
      process.stdout.write(USAGE);
      return;
    }
    const reporter = values.reporter as string;
    if (!(REPORTERS as readonly string[]).includes(reporter)) throw new UsageError(`unknown reporter "${reporter}"; use text or junit`, USAGE);
    const dirs = ruleDirs(positionals, USAGE);
    const advisor = createAdvisor({ dirs });
    const results = folderScenarios(dirs).map((entry) => runScenario(advisor, entry));
    process.stdout.write(reporter === 'junit' ? junitReport(dirs.join(', '), results) : textReport(results));
    const failed = results.filter((result) => result.failures.length > 0).length;
    if (failed > 0) throw new InputError(`${failed} of ${results.length} scenarios failed`);
  },
};
