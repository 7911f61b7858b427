import type { ScenarioResult } from '../../domain/scenarios/scenario-check.js';

/** Text as XML character data or an attribute value: markup escaped, characters XML 1.0 forbids dropped. */
const xml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

/**
 * Scenario results as a JUnit XML report, the format CI systems (GitHub
 * Actions, GitLab, Jenkins) read: one test case per scenario, one failure
 * element listing each expectation as expected vs got.
 *
 * @example
 * junitReport('examples/company-rules', [{ name: 'msk', file: 'scenarios/msk.json', failures: [] }]);
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ...'
 */
export function junitReport(suite: string, results: readonly ScenarioResult[]): string {
  const failed = results.filter((result) => result.failures.length > 0).length;
  const cases = results.map((result) => {
    const open = `    <testcase classname="${xml(suite)}" name="${xml(result.name)}" file="${xml(result.file)}"`;
    if (result.failures.length === 0) return `${open}/>`;
    const lines = result.failures.map((failure) => `${failure.expectation}: expected ${failure.expected}; got ${failure.got}`);
    return [`${open}>`, `      <failure message="${xml(lines[0])}" type="expectation">${xml(lines.join('\n'))}</failure>`, '    </testcase>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="aws-data-advisor rules test" tests="${results.length}" failures="${failed}">`,
    `  <testsuite name="${xml(suite)}" tests="${results.length}" failures="${failed}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
