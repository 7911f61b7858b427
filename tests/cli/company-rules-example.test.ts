import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { COMPANY_RULES } from '../support/org-rules.js';

// CI runs the same command (.ci/run); this keeps `npm test` covering the example too.
describe('the example organisation (examples/company-rules)', () => {
  it('passes its own scenarios through the CLI', () => {
    const { code, stdout, stderr } = runCli(['rules', 'test', COMPANY_RULES]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n\d+ scenarios: \d+ passed, 0 failed\n$/);
  });

  it('checks clean, and its scenarios fire every rule and recommend its service', () => {
    expect(runCli(['rules', 'check', COMPANY_RULES]).code).toBe(0);
    const coverage = runCli(['rules', 'coverage', COMPANY_RULES, '--strict']);
    expect(coverage.code).toBe(0);
    expect(coverage.stdout).not.toContain('never');
  });

  it('answers a recommendation with MSK for a record stream when loaded through ADVISOR_RULES_DIR', () => {
    const workload = { data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming', consumers: 3 }, processing: { customStreamProcessing: true } };
    const { code, stdout } = runCli(['recommend', '-'], { input: JSON.stringify(workload), env: { ADVISOR_RULES_DIR: COMPANY_RULES } });
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.recommendations.map((item: { service: string }) => item.service)).toContain('acme:msk');
    expect(answer.missing.map((item: { field: string }) => item.field)).toContain('security.dataClassification');
  });
});
