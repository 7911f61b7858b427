import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectUsageError, runCli } from '../support/cli.js';

// What a newcomer types in the first minutes, each answered with what to do instead.
const scenario = fileURLToPath(new URL('../scenarios/iot-telemetry.json', import.meta.url));
const oneLine = (stderr: string) => {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  return lines[0];
};

describe('the CLI on first use', () => {
  it('prints a command\'s own help for `help <command>`, as `<command> --help` does', () => {
    const help = runCli(['help', 'recommend']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(runCli(['recommend', '--help']).stdout);
    expect(help.stdout).toMatch(/^Usage: aws-data-advisor recommend /);
    expect(runCli(['help', 'rules', 'test']).stdout).toMatch(/^Usage: aws-data-advisor rules test /);
    expect(runCli(['help']).stdout).toBe(runCli(['--help']).stdout);
    expect(runCli(['help', 'frobnicate']).code).toBe(2);
  });

  it('refuses `serve --port abc` as a usage error naming --port, before starting anything', () => {
    expectUsageError(['serve', '--port', 'abc'], '--port "abc" must be an integer from 0 to 65535');
    expectUsageError(['serve', '-p', '70000'], '--port "70000" must be an integer from 0 to 65535');
  });

  it('refuses an empty --describe instead of answering nothing', () => {
    expectUsageError(['recommend', '-d', ''], '--describe needs the workload in words');
    expectUsageError(['recommend', '--describe', '   ', '-f', 'markdown'], '--describe needs the workload in words');
  });

  it('says stdin or a file is empty, and what to give, rather than a JSON parser\'s message', () => {
    const stdin = runCli(['recommend', '-'], { input: '' });
    expect(stdin.code).toBe(1);
    expect(oneLine(stdin.stderr)).toMatch(/^aws-data-advisor: stdin is empty: give a workload as JSON, such as \{"latency":"batch"\}.* or the workload in words with --describe <text>$/);
    expect(stdin.stderr).not.toContain('Unexpected end');
    const file = join(mkdtempSync(join(tmpdir(), 'empty-')), 'workload.json');
    writeFileSync(file, '\n');
    expect(oneLine(runCli(['recommend', file]).stderr)).toContain(`${file} is empty`);
  });

  it('points at the workload inside a scenario file given to recommend', () => {
    const { code, stdout, stderr } = runCli(['recommend', scenario]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toBe(
      `aws-data-advisor: ${scenario} is a scenario file (a workload with the answer expected of it), not a workload: pass its "workload", as in jq .workload ${scenario} | aws-data-advisor recommend -`,
    );
  });

  it('asks for the rule folder when `rules` runs without one inside a project, instead of reading package.json as rules', () => {
    const project = mkdtempSync(join(tmpdir(), 'project-'));
    writeFileSync(join(project, 'package.json'), '{ "name": "my-service", "version": "1.0.0" }');
    for (const command of ['test', 'check', 'coverage']) {
      const { code, stdout, stderr } = runCli(['rules', command], { cwd: project, env: { ADVISOR_RULES_DIR: '' } });
      expect(code, command).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('the current directory is a project (it has a package.json), not a rule folder: name the folder');
      expect(stderr).not.toContain('rule file');
    }
  });

  it('names ADVISOR_RULES_DIR, and a directory, when it points nowhere', () => {
    for (const args of [['recommend', '-d', 'clickstream'], ['mcp'], ['serve', '--port', '0']]) {
      const { code, stderr } = runCli(args, { env: { ADVISOR_RULES_DIR: '/nope' }, input: '' });
      expect(code, args.join(' ')).toBe(3);
      expect(oneLine(stderr)).toBe('aws-data-advisor: ADVISOR_RULES_DIR="/nope": /nope does not exist (it takes folders of rule files, :-separated)');
    }
    const { code, stderr } = runCli(['rules', 'check', '/nope']);
    expect(code).toBe(3);
    expect(stderr).not.toContain('rule file');
  });
});
