import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, expectUsageError, runCli } from '../support/cli.js';

const scenarioFile = (name: string) => new URL(`../scenarios/${name}.json`, import.meta.url);
const workloadOf = (name: string) => JSON.stringify(JSON.parse(readFileSync(scenarioFile(name), 'utf8')).workload);
const tmp = mkdtempSync(join(tmpdir(), 'cli-'));

describe('aws-data-advisor recommend', () => {
  it('reads a workload from stdin and prints the recommendation as JSON', () => {
    const { code, stdout, stderr } = runCli(['recommend', '-'], { input: workloadOf('iot-telemetry') });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).workload).toBe('iot-telemetry');
  });

  it('waits for a workload piped in slowly, as a shell pipeline from a slower command gives it (never EAGAIN)', async () => {
    const child = spawn(process.execPath, [CLI, 'recommend', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = once(child, 'exit');
    // A command that gave up early closes its end: writing then is no test failure of its own.
    child.stdin.on('error', () => {});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const text = workloadOf('iot-telemetry');
    // The writer is still busy when the command starts reading: half now, the rest after a pause.
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.write(text.slice(0, 40));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.end(text.slice(40));
    const [code] = await exited;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).workload).toBe('iot-telemetry');
  });

  it('reads a workload file', () => {
    const file = join(tmp, 'workload.json');
    writeFileSync(file, workloadOf('sql-on-the-lake'));
    const { code, stdout } = runCli(['recommend', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).recommendations.map((r: { service: string }) => r.service)).toContain('athena');
  });

  it('prints an ADR with --format markdown and a flowchart with --format mermaid', () => {
    const adr = runCli(['recommend', '-', '--format', 'markdown'], { input: workloadOf('video-camera-alerts') });
    expect(adr.code).toBe(0);
    expect(adr.stdout).toMatch(/^---\nstatus: proposed\n/);
    expect(adr.stdout).toContain('## Pros and Cons of the Options');
    const diagram = runCli(['recommend', '-', '-f', 'mermaid'], { input: workloadOf('video-camera-alerts') });
    expect(diagram.stdout).toMatch(/^flowchart LR\n/);
  });

  it('prints what the architecture costs and what would change it in the --format markdown record', () => {
    const adr = runCli(['recommend', '-', '-f', 'markdown'], { input: workloadOf('video-camera-alerts') });
    expect(adr.code).toBe(0);
    // The total and the line worked by hand in tests/domain/cost/hand-priced-scenarios.ts.
    expect(adr.stdout).toContain('## Cost\n\nAbout $1,427.89 a month in us-east-1 (assumed: the workload names no account.region), $332.68 to $3,442.53 as the assumed figures range.');
    expect(adr.stdout).toContain('| Amazon Kinesis Video Streams | video data ingested | 128,320.31 GB | $0.0085 per GB | $1,090.72 |');
    expect(adr.stdout).toContain('| Amazon Kinesis Video Streams | video data stored | 4,218.75 GB-month | price not confirmed | — |');
    expect(adr.stdout).toMatch(/## What would change this decision\n\nEach change was checked by answering the changed workload\.\n\n\* \*\*/);
  });

  it('names the bad field on one stderr line and exits 1, with no stack trace', () => {
    const { code, stdout, stderr } = runCli(['recommend', '-'], { input: '{"ingestion":{"throughputMBps":"fast"}}' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/ingestion/throughputMBps');
    expect(stderr).not.toContain('    at ');
  });

  it('exits 1 on malformed JSON and on a missing file', () => {
    const malformed = runCli(['recommend', '-'], { input: '{"latency":' });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/^aws-data-advisor: stdin is not valid JSON/);
    const missing = runCli(['recommend', join(tmp, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['recommend', '-', '--format', 'pdf'], { input: '{}' }).code).toBe(2);
    expect(runCli(['recommend']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    const unknownOption = runCli(['recommend', '-', '--colour'], { input: '{}' });
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr.trim().split('\n')).toEqual(["aws-data-advisor: Unknown option '--colour'", 'Usage: aws-data-advisor recommend <file|-> [--format json|markdown|mermaid]']);
    expect(runCli([]).code).toBe(2);
  });

  it('answers a format flag without a value with exit 2 and the usage line, not an internal error', () => {
    const { code, stderr } = runCli(['recommend', '-', '--format'], { input: '{}' });
    expect(code).toBe(2);
    expect(stderr).toContain("Option '-f, --format <value>' argument missing");
    expect(stderr).toContain('Usage: aws-data-advisor recommend');
  });

  it('accepts -f for --format, as its help says', () => {
    const { code, stdout } = runCli(['recommend', '-', '-f', 'mermaid'], { input: '{}' });
    expect(code).toBe(0);
    expect(stdout.startsWith('flowchart')).toBe(true);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bom-'));
    writeFileSync(join(dir, 'workload.json'), `\uFEFF${JSON.stringify({ name: 'bom', latency: 'batch' })}`);
    const { code, stdout } = runCli(['recommend', join(dir, 'workload.json')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).workload).toBe('bom');
  });

  it('exits 3 on a bad environment value or a broken rule file, naming it', () => {
    const env = runCli(['recommend', '-'], { input: '{}', env: { PORT: 'eighty' } });
    expect(env.code).toBe(3);
    expect(env.stderr).toContain('PORT="eighty"');
    const rules = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(rules, 'broken.json'), '{"topic":"x","rules":[{"id":"bad-one","description":"bad","cards":[],"priority":5,"conditions":{"all":[{"fact":"latency","operator":"kindOf","value":"batch"}]},"event":{"type":"advice","params":{"ask":[{"field":"latency","why":"because"}]}}}]}');
    const broken = runCli(['recommend', '-'], { input: '{}', env: { ADVISOR_RULES_DIR: rules } });
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain('broken.json');
    expect(broken.stderr).toContain('bad-one');
    expect(broken.stderr).toContain('unknown operator "kindOf"');
  });

  it('applies an organisation rule from ADVISOR_RULES_DIR', () => {
    const rules = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(rules, 'org.json'), JSON.stringify({ topic: 'org', rules: [{ id: 'org-sns-alerts', description: 'Our alerts go through SNS', cards: [], priority: 30, conditions: { all: [{ fact: 'latency', operator: 'equal', value: 'real-time' }] }, event: { type: 'advice', params: { recommend: [{ service: 'sns', role: 'notify', confidence: 'medium', rationale: ['Company policy: operational alerts go through SNS.'] }] } } }] }));
    const { stdout } = runCli(['recommend', '-'], { input: '{"latency":"real-time"}', env: { ADVISOR_RULES_DIR: rules } });
    expect(JSON.parse(stdout).recommendations.find((r: { service: string }) => r.service === 'sns').rules).toEqual(['org-sns-alerts']);
  });
});

describe('aws-data-advisor --help and --version', () => {
  it('prints help with the exit codes', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Exit codes:');
    expect(stdout).toContain('recommend <file|->');
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });
});

describe('every command answers --help and refuses what it does not know', () => {
  it.each(['recommend', 'serve', 'mcp'])('%s --help prints its own usage and exits 0 at once', (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = runCli([command, flag]);
      expect(code, `${command} ${flag}`).toBe(0);
      expect(stdout.startsWith(`Usage: aws-data-advisor ${command}`)).toBe(true);
      expect(stderr).toBe('');
    }
  });

  it.each([
    [['serve', '--colour'], "Unknown option '--colour'"],
    [['serve', 'extra'], 'unexpected argument "extra"'],
    [['mcp', '--port', '4000'], "Unknown option '--port'"],
  ])('%j exits 2 with one clear line and the usage line', (args, message) => {
    expectUsageError(args, message);
  });

  it('lists every command, with how to get its own help', () => {
    const { stdout } = runCli(['--help']);
    for (const command of ['recommend', 'serve', 'mcp']) expect(stdout).toContain(`aws-data-advisor ${command}`);
    expect(stdout).toContain('aws-data-advisor <command> --help');
  });
});

describe('aws-data-advisor recommend --describe', () => {
  it('answers a workload described in words, listing what it read', () => {
    const { code, stdout, stderr } = runCli(['recommend', '--describe', 'About 30 MB/s of clickstream, real-time dashboards, raw events in S3.']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const answer = JSON.parse(stdout);
    expect(answer.inferred).toContainEqual({ field: 'ingestion.throughputMBps', value: 30, evidence: '30 MB/s' });
    expect(answer.recommendations.map((r: { service: string }) => r.service)).toContain('kinesis-data-streams');
  });

  it('lets the fields of a file win over the words', () => {
    const { code, stdout } = runCli(['recommend', '-', '-d', 'Answers needed in real time.'], { input: '{"latency":"batch"}' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).warnings.map((w: { code: string }) => w.code)).toContain('conflicting-inputs');
  });

  it('refuses an over-long description in one line naming the limit', () => {
    const { code, stderr } = runCli(['recommend', '-d', 'x'.repeat(4001)]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/description');
    expect(stderr).toContain('4000');
  });
});
