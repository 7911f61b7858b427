import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectUsageError, runCli } from '../support/cli.js';
import { acmePolicies, customStream, logsToSplunk, mskService, orgFolder, orgRule } from '../support/org-rules.js';

const passing = { name: 'custom-stream-on-msk', workload: customStream, expect: { include: ['acme:msk'], exclude: ['kinesis-data-streams'], rejected: [{ service: 'kinesis-data-streams', role: 'ingest' }] } };
const failing = { name: 'splunk-expected', workload: logsToSplunk, expect: { include: ['splunk'], warnings: ['acme:nothing'] } };
const acme = { 'acme.json': { topic: 'Acme', ...acmePolicies } };

/** The one line a failing command writes on stderr, checked to be one line with no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toContain('    at ');
  return lines[0];
}

describe('aws-data-advisor rules: every command answers --help', () => {
  it.each([['rules'], ['rules', 'test'], ['rules', 'check'], ['rules', 'coverage']])('%s --help prints its usage and exits 0', (...command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = runCli([...command, flag]);
      expect(code, `${command.join(' ')} ${flag}`).toBe(0);
      expect(stdout.startsWith(`Usage: aws-data-advisor ${command.join(' ')}`)).toBe(true);
      expect(stderr).toBe('');
    }
  });

  it('is listed in the main help', () => {
    expect(runCli(['--help']).stdout).toContain('aws-data-advisor rules test|check|coverage [DIR]');
  });

  it.each([
    [['rules'], 'rules needs a command: test, check or coverage'],
    [['rules', 'lint'], 'unknown rules command "lint"'],
    [['rules', 'test', '--reporter', 'xml'], 'unknown reporter "xml"'],
    [['rules', 'test', 'a', 'b'], 'unexpected argument "b"'],
    [['rules', 'check', '--fix'], "Unknown option '--fix'"],
  ])('%j exits 2 with the reason and the usage line', (args, message) => {
    expectUsageError(args, message);
  });
});

describe('aws-data-advisor rules test', () => {
  it('runs the scenarios beside the rules against the built-in plus the organisation\'s rules, and exits 0 when all pass', () => {
    const dir = orgFolder({ ...acme, 'scenarios/custom-stream.json': passing });
    const { code, stdout, stderr } = runCli(['rules', 'test', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('ok    custom-stream-on-msk');
    expect(stdout).toContain('1 scenarios: 1 passed, 0 failed');
  });

  it('prints each failure as expected vs got, and exits 1 with one line on stderr', () => {
    const dir = orgFolder({ ...acme, 'scenarios/a.json': passing, 'scenarios/b.json': failing });
    const { code, stdout, stderr } = runCli(['rules', 'test', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL  splunk-expected');
    expect(stdout).toMatch(/include: expected splunk recommended\n\s+got\s+recommended: kinesis-data-firehose, opensearch/);
    expect(stdout).toMatch(/warnings: expected acme:nothing warned\n\s+got\s+warned: /);
    expect(stdout).toContain('2 scenarios: 1 passed, 1 failed');
    expect(oneLine(stderr)).toBe('aws-data-advisor: 1 of 2 scenarios failed');
  });

  it('writes a JUnit report for CI with --reporter junit', () => {
    const dir = orgFolder({ ...acme, 'scenarios/a.json': passing, 'scenarios/b.json': { ...failing, name: 'splunk <expected> & "more"' } });
    const { code, stdout } = runCli(['rules', 'test', dir, '--reporter', 'junit']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="aws-data-advisor rules test" tests="2" failures="1">/);
    expect(stdout).toContain('name="custom-stream-on-msk"');
    expect(stdout).toContain('name="splunk &lt;expected&gt; &amp; &quot;more&quot;"');
    expect(stdout).toMatch(/<failure message="include: expected splunk recommended; got recommended: [^"]*" type="expectation">/);
    expect(stdout.trim().endsWith('</testsuites>')).toBe(true);
  });

  it('reads the folder from ADVISOR_RULES_DIR when none is given', () => {
    const dir = orgFolder({ ...acme, 'scenarios/a.json': passing });
    const { code, stdout } = runCli(['rules', 'test'], { env: { ADVISOR_RULES_DIR: dir } });
    expect(code).toBe(0);
    expect(stdout).toContain('ok    custom-stream-on-msk');
  });

  it('exits 1 when there is no scenario to run, or a scenario file is bad', () => {
    const none = runCli(['rules', 'test', orgFolder(acme)]);
    expect(none.code).toBe(1);
    expect(oneLine(none.stderr)).toMatch(/no scenarios to run: put scenario files .* in .*scenarios/);
    const bad = runCli(['rules', 'test', orgFolder({ ...acme, 'scenarios/bad.json': { name: 'bad', workload: {}, expect: { inclde: [] } } })]);
    expect(bad.code).toBe(1);
    expect(oneLine(bad.stderr)).toMatch(/scenario file .*bad\.json: expect: unknown key "inclde"/);
  });

  it('refuses a scenario that is not a regular file, or too large, without reading it: exit 1 naming it, never a hang', () => {
    const fifo = orgFolder({ ...acme, 'scenarios/a.json': passing });
    execFileSync('mkfifo', [join(fifo, 'scenarios', 'b.json')]);
    const hung = runCli(['rules', 'test', fifo]);
    expect(hung.code).toBe(1);
    expect(oneLine(hung.stderr)).toMatch(/scenario file .*b\.json: not a regular file/);
    const zero = orgFolder({ ...acme, 'scenarios/a.json': passing });
    symlinkSync('/dev/zero', join(zero, 'scenarios', 'zero.json'));
    expect(oneLine(runCli(['rules', 'test', zero]).stderr)).toMatch(/scenario file .*zero\.json: not a regular file/);
    const large = orgFolder({ ...acme, 'scenarios/a.json': passing, 'scenarios/large.json': { ...passing, expert: { notes: 'x'.repeat(20_000) }, padding: ' '.repeat(1_100_000) } });
    expect(oneLine(runCli(['rules', 'test', large]).stderr)).toMatch(/scenario file .*large\.json: the file is larger than 1048576 bytes/);
  });

  it('prints names and files with their control characters escaped, so no scenario can forge an "ok" line or drive the terminal', () => {
    const forged = { ...failing, name: 'evil\r\u001b[2Kok    all-good (scenarios/all-good.json)\nok' };
    const dir = orgFolder({ ...acme, 'scenarios/a.json': forged });
    const { code, stdout } = runCli(['rules', 'test', dir]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(stdout.split('\n').filter((line) => line.startsWith('ok'))).toEqual([]);
    expect(stdout).toContain('FAIL  evil\\u000d\\u001b[2Kok    all-good (scenarios/all-good.json)\\u000aok');
  });

  it('exits 3 when a rule file is bad, naming file, rule and reason', () => {
    const dir = orgFolder({ 'acme.json': { topic: 'Acme', rules: [orgRule('acme:kafka', { forbid: [{ service: 'kafka', reason: 'No Kafka.' }] })] }, 'scenarios/a.json': passing });
    const { code, stderr } = runCli(['rules', 'test', dir]);
    expect(code).toBe(3);
    expect(oneLine(stderr)).toMatch(/rule file .*acme\.json, rule acme:kafka: forbid\.service: unknown service id "kafka"/);
  });
});

describe('aws-data-advisor rules check', () => {
  it('says what a sound folder holds and exits 0', () => {
    const { code, stdout } = runCli(['rules', 'check', orgFolder(acme)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok: .*: 2 rules and 1 service of the organisation, beside \d+ built-in rules \(sha256:[0-9a-f]{12}\)\n$/);
  });

  it('lists every problem with file, rule id and reason, and exits 3 with one line on stderr', () => {
    const dir = orgFolder({
      'a.json': { topic: 'A', services: [{ ...mskService, id: 'msk' }] },
      'b.json': { topic: 'B', rules: [orgRule('acme:label', { warn: [{ code: 'label-it', message: 'Label the data.' }] })] },
      'c.json': { topic: 'C', rules: [orgRule('acme:ask', { ask: [{ field: 'security.label', why: 'We need it.' }] })] },
    });
    const { code, stdout, stderr } = runCli(['rules', 'check', dir]);
    expect(code).toBe(3);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/a\.json: services\.0\.id: an organisation's service id is namespaced/);
    expect(lines[1]).toMatch(/b\.json: rule acme:label: rules\.0\.event\.params\.warn\.0\.code: an organisation's warning codes are namespaced/);
    expect(lines[2]).toMatch(/c\.json: rule acme:ask: ask\.field: "security\.label" is not a workload field/);
    expect(oneLine(stderr)).toBe(`aws-data-advisor: 3 problems in ${dir}`);
  });

  it('refuses a chain of named conditions too deep, the same way as start-up: exit 3 naming file and rule, one problem per chain', () => {
    const conditions: Record<string, unknown> = { 'link-0': { all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] } };
    for (let i = 1; i < 3_000; i++) conditions[`link-${i}`] = { all: [{ condition: `link-${i - 1}` }] };
    // Declared last-first: the deepest link comes first in the file.
    const reversed = Object.fromEntries(Object.entries(conditions).reverse());
    const dir = orgFolder({ 'deep.json': { topic: 'Deep', conditions: reversed, rules: [orgRule('acme:deep', { warn: [{ code: 'acme:deep', message: 'Deep.' }] }, { conditions: { all: [{ condition: 'link-2999' }] } })] } });
    const check = runCli(['rules', 'check', dir]);
    expect(check.code).toBe(3);
    const lines = check.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/deep\.json: rule acme:deep: conditions: named conditions chain 3000 deep \(link-2999 → link-2998 → link-2997 → …\), more than 16/);
    expect(lines[1]).toMatch(/deep\.json: named condition "link-2999": named conditions chain 3000 deep/);
    for (const command of [['serve', '--port', '0'], ['mcp']]) {
      const { code, stderr } = runCli(command, { env: { ADVISOR_RULES_DIR: dir }, input: '' });
      expect(code, command.join(' ')).toBe(3);
      expect(oneLine(stderr)).toMatch(/rule file .*deep\.json, rule acme:deep: conditions: named conditions chain 3000 deep/);
      expect(stderr).not.toContain('call stack');
    }
  });

  it('exits 3 for a folder that cannot be read', () => {
    const { code, stderr } = runCli(['rules', 'check', '/no/such/folder']);
    expect(code).toBe(3);
    expect(oneLine(stderr)).toBe('aws-data-advisor: 1 problem in /no/such/folder');
  });
});

describe('aws-data-advisor rules coverage', () => {
  const unused = orgRule('acme:never', { warn: [{ code: 'acme:never', message: 'Never said.' }] }, { conditions: { all: [{ fact: 'ml', path: 'gpu', operator: 'equal', value: true }] } });
  const spare = { ...mskService, id: 'acme:spare', name: 'Spare' };
  const dir = orgFolder({ 'acme.json': { topic: 'Acme', services: [mskService, spare], rules: [...acmePolicies.rules, unused] }, 'scenarios/a.json': passing });

  it("lists the organisation's rules that never fired and services never recommended", () => {
    const { code, stdout } = runCli(['rules', 'coverage', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('Rules: 2 of 3 fired');
    expect(stdout).toContain('  never fired: acme:never (acme.json)');
    expect(stdout).toContain('Services: 1 of 2 recommended');
    expect(stdout).toContain('  never recommended: acme:spare');
    expect(stdout).not.toContain('never fired: kds-custom-processing');
  });

  it('counts the built-in rules and services too with --all, and exits 1 on a gap with --strict', () => {
    const all = runCli(['rules', 'coverage', dir, '--all']);
    expect(all.stdout).toContain('never fired: gpu-required (built-in)');
    expect(all.stdout).toContain('never recommended: splunk');
    const strict = runCli(['rules', 'coverage', dir, '--strict']);
    expect(strict.code).toBe(1);
    expect(oneLine(strict.stderr)).toBe('aws-data-advisor: 2 rules or services never covered by the scenarios');
  });
});
