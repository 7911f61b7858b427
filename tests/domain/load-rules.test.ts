import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { RuleLoadError } from '../../src/domain/errors.js';
import { loadRules, ruleSetFromTexts } from '../../src/domain/rules/load.js';

const goodRule = {
  id: 'org-always-iam',
  description: 'Our policy: every workload names IAM roles',
  cards: ['Security in S3'],
  priority: 20,
  conditions: { all: [{ fact: 'security', path: 'complianceRequired', operator: 'equal', value: true }] },
  event: { type: 'advice', params: { recommend: [{ service: 'iam', role: 'secure', confidence: 'high', rationale: ['Policy.'] }] } },
};

function file(rules: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ topic: 'test', ...extra, rules });
}

function loadError(text: string, name = 'org.json'): RuleLoadError {
  try {
    ruleSetFromTexts([{ path: name, text }]);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleLoadError);
    return error as RuleLoadError;
  }
  throw new Error('expected the file to be refused');
}

function withCondition(condition: unknown) {
  return file([{ ...goodRule, conditions: { all: [condition] } }]);
}

describe('loading rule files', () => {
  it('loads the built-in rules, ordered by priority then id, with a version hash', () => {
    const ruleSet = loadRules();
    expect(ruleSet.rules.length).toBeGreaterThan(80);
    expect(ruleSet.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    const priorities = ruleSet.rules.map((rule) => rule.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    expect(ruleSet.rules.every((rule) => rule.source === 'built-in')).toBe(true);
  });

  it('accepts a sound organisation rule', () => {
    expect(ruleSetFromTexts([{ path: 'org.json', text: file([goodRule]) }]).rules[0].id).toBe('org-always-iam');
  });

  it('refuses a bad operator, naming file, rule and operator', () => {
    const error = loadError(withCondition({ fact: 'latency', operator: 'sortOf', value: 'batch' }));
    expect(error.file).toBe('org.json');
    expect(error.ruleId).toBe('org-always-iam');
    expect(error.reason).toContain('unknown operator "sortOf"');
  });

  it('refuses an unknown decorator', () => {
    expect(loadError(withCondition({ fact: 'destinations', operator: 'anyOf:in', value: ['s3'] })).reason).toContain('unknown operator');
  });

  it('refuses an unknown service id', () => {
    const rule = { ...goodRule, event: { type: 'advice', params: { recommend: [{ ...goodRule.event.params.recommend[0], service: 'kinesis-firehose' }] } } };
    expect(loadError(file([rule])).reason).toContain('unknown service id "kinesis-firehose"');
  });

  it('refuses the retired kinesis-data-analytics id and names the current one', () => {
    const rule = { ...goodRule, event: { type: 'advice', params: { reject: [{ service: 'kinesis-data-analytics', reason: 'Because.' }] } } };
    expect(loadError(file([rule])).reason).toContain('use "managed-service-for-apache-flink"');
  });

  it('refuses an unknown fact or path', () => {
    expect(loadError(withCondition({ fact: 'budget', operator: 'equal', value: 1 })).reason).toContain('fact "budget" is not a workload field');
    expect(loadError(withCondition({ fact: 'ingestion', path: 'throughputMbps', operator: 'greaterThan', value: 1 })).reason).toContain(
      'path "throughputMbps" is not a field of "ingestion"',
    );
  });

  it('refuses a JSONPath path', () => {
    expect(loadError(withCondition({ fact: 'ingestion', path: '$.mode', operator: 'equal', value: 'batch' })).reason).toContain('no JSONPath');
  });

  it('refuses a value the field does not allow', () => {
    expect(loadError(withCondition({ fact: 'latency', operator: 'equal', value: 'instant' })).reason).toContain('"instant" is not an allowed value');
  });

  it('refuses a comparison that does not fit the field', () => {
    expect(loadError(withCondition({ fact: 'data', path: 'atRest', operator: 'greaterThan', value: 1 })).reason).toContain('needs a number field');
    expect(loadError(withCondition({ fact: 'data', operator: 'equal', value: true })).reason).toContain('an object cannot be compared');
  });

  it('refuses a duplicate rule id across files', () => {
    let error: unknown;
    try {
      ruleSetFromTexts([
        { path: 'a.json', text: file([goodRule]) },
        { path: 'b.json', text: file([goodRule]) },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleLoadError);
    expect((error as RuleLoadError).file).toBe('b.json');
    expect((error as RuleLoadError).reason).toContain('duplicate rule id "org-always-iam" (also in a.json)');
  });

  it('refuses a rule that clashes with a built-in id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(dir, 'mine.json'), file([{ ...goodRule, id: 'gpu-required' }]));
    expect(() => loadRules({ dirs: [dir] })).toThrow(/duplicate rule id "gpu-required"/);
  });

  it('refuses a card title that does not exist', () => {
    expect(loadError(file([{ ...goodRule, cards: ['Kinesis Firehose'] }])).reason).toContain('"Kinesis Firehose" is not a card title');
  });

  it('refuses invalid JSON and a file with no rules', () => {
    expect(loadError('{ "topic": ').reason).toContain('not valid JSON');
    expect(loadError(JSON.stringify({ topic: 'x', rules: [] })).reason).toContain('rules');
  });

  it('refuses a leaf at the root of conditions, which json-rules-engine would reject', () => {
    expect(loadError(file([{ ...goodRule, conditions: { fact: 'latency', operator: 'equal', value: 'batch' } }])).reason).toContain('root of conditions');
  });

  it('refuses an unknown named condition and a self-referencing one', () => {
    expect(loadError(withCondition({ condition: 'no-such-thing' })).reason).toContain('unknown named condition "no-such-thing"');
    expect(loadError(file([goodRule], { conditions: { loop: { all: [{ condition: 'loop' }] } } })).reason).toContain('refers to itself');
  });

  it('refuses an unknown sizing function and a placeholder that is not a field', () => {
    const sized = { ...goodRule, event: { type: 'advice', params: { recommend: [{ ...goodRule.event.params.recommend[0], sizing: 'guess' }] } } };
    expect(loadError(file([sized])).reason).toContain('unknown sizing "guess"');
    const templated = { ...goodRule, event: { type: 'advice', params: { warn: [{ code: 'org:x-y', message: 'At {ingestion.speed} MB/s.' }] } } };
    expect(loadError(file([templated])).reason).toContain('placeholder {ingestion.speed}');
  });

  it('refuses an unknown key in a rule, naming it', () => {
    expect(loadError(file([{ ...goodRule, salience: 3 }])).reason).toContain('unknown key "salience"');
  });

  it('refuses an unreadable directory', () => {
    expect(() => loadRules({ dirs: ['/no/such/dir'] })).toThrow(/^rules directory \/no\/such\/dir: no such directory$/);
  });

  it('adds an organisation directory to the built-in rules and changes the version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(dir, 'org.json'), file([goodRule]));
    const builtIn = loadRules();
    const both = loadRules({ dirs: [dir] });
    expect(both.rules.length).toBe(builtIn.rules.length + 1);
    expect(both.byId.get('org-always-iam')?.source).toBe('org.json');
    expect(both.version).not.toBe(builtIn.version);
  });
});

describe('conflicts between rules', () => {
  const recommendIam = (id: string, priority: number) => ({ ...goodRule, id, priority });
  const rejectIam = (id: string, priority: number) => ({
    ...goodRule,
    id,
    priority,
    event: { type: 'advice', params: { reject: [{ service: 'iam', reason: `Turned down by ${id}.` }] } },
  });
  const advise = (files: Array<{ path: string; rules: unknown[] }>) =>
    createAdvisor({ ruleSet: ruleSetFromTexts(files.map((f) => ({ path: f.path, text: file(f.rules) }))) }).recommend({
      security: { complianceRequired: true },
    });

  it('lets the higher priority win whichever file it is in', () => {
    for (const [first, second] of [
      ['a.json', 'b.json'],
      ['b.json', 'a.json'],
    ]) {
      const answer = advise([
        { path: first, rules: [recommendIam('keep-iam', 50)] },
        { path: second, rules: [rejectIam('drop-iam', 60)] },
      ]);
      expect(answer.recommendations).toEqual([]);
      expect(answer.rejected).toEqual([{ service: 'iam', role: 'secure', reason: 'Turned down by drop-iam.', rules: ['drop-iam'] }]);
    }
    const kept = advise([
      { path: 'a.json', rules: [recommendIam('keep-iam', 70)] },
      { path: 'b.json', rules: [rejectIam('drop-iam', 60)] },
    ]);
    expect(kept.recommendations.map((r) => r.service)).toEqual(['iam']);
    expect(kept.rejected).toEqual([]);
  });

  it('lets a rejection win a tie', () => {
    const answer = advise([{ path: 'a.json', rules: [recommendIam('keep-iam', 50), rejectIam('drop-iam', 50)] }]);
    expect(answer.recommendations).toEqual([]);
    expect(answer.rejected[0].service).toBe('iam');
  });
});

describe('hostile rule files', () => {
  it('refuses a deeply nested condition before parsing it', () => {
    const leaf = '{"fact":"latency","operator":"equal","value":"batch"}';
    const condition = `${'{"not":'.repeat(50_000)}${leaf}${'}'.repeat(50_000)}`;
    const text = file([{ ...goodRule, conditions: { all: ['CONDITION'] } }]).replace('"CONDITION"', condition);
    expect(loadError(text).reason).toContain('nests deeper than 40 levels');
  });

  it('refuses an oversized file', () => {
    expect(loadError(file([{ ...goodRule, description: 'x'.repeat(2 * 1024 * 1024) }])).reason).toContain('larger than');
  });

  it('refuses __proto__ and constructor keys as unknown keys', () => {
    expect(loadError(`{"topic":"x","__proto__":{"polluted":true},"rules":[${JSON.stringify(goodRule)}]}`).reason).toContain('unknown key "__proto__"');
    expect(loadError(file([{ ...goodRule, constructor: { prototype: {} } }])).reason).toContain('unknown key "constructor"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an operator json-rules-engine would need code for', () => {
    expect(loadError(withCondition({ fact: 'latency', operator: 'matchesRegex', value: '.*' })).reason).toContain('unknown operator "matchesRegex"');
  });

  it('refuses a value that points at another fact (no fact references)', () => {
    expect(loadError(withCondition({ fact: 'latency', operator: 'equal', value: { fact: 'costPriority' } })).reason).toBeTruthy();
  });

  it('validates everything again when a built-in file no longer matches what the build validated', () => {
    const trusted = loadRules();
    const untrusted = loadRules({ trustBuiltIn: false });
    expect(untrusted.version).toBe(trusted.version);
    expect(untrusted.rules.map((r) => r.id)).toEqual(trusted.rules.map((r) => r.id));
  });

  it('refuses a someValue or everyValue decorator whose value is not a list (it would throw at every evaluation)', () => {
    expect(loadError(withCondition({ fact: 'latency', operator: 'someValue:equal', value: 'batch' })).reason).toContain('"someValue" needs a list value');
    expect(loadError(withCondition({ fact: 'latency', operator: 'everyValue:notEqual', value: 'batch' })).reason).toContain('"everyValue" needs a list value');
  });

  it('refuses an "in" whose compared side is not the rule\'s own list, after any decorator', () => {
    expect(loadError(withCondition({ fact: 'data', path: 'sources', operator: 'someFact:in', value: 5 })).reason).toContain('"in" needs a list value');
    expect(loadError(withCondition({ fact: 'ingestion', path: 'consumers', operator: 'swap:in', value: [1, 2] })).reason).toContain('"in" needs a list value');
  });

  it('refuses numbers compared with a list of named values', () => {
    expect(loadError(withCondition({ fact: 'data', path: 'sources', operator: 'someFact:in', value: [1, 2] })).reason).toContain('is not an allowed value');
  });

  it('checks the operator that runs when a condition repeats the "operator" key (the last one wins)', () => {
    const text = withCondition({ fact: 'latency', operator: 'equal', value: 'batch' }).replace('"operator":"equal"', '"operator":"equal","operator":"someValue:equal"');
    expect(loadError(text).reason).toContain('"someValue" needs a list value');
  });

  it('refuses a runsOn loop between an organisation rule and a built-in one, naming the organisation rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const loop = {
      ...goodRule,
      id: 'org-emr-on-spark',
      event: { type: 'advice', params: { recommend: [{ service: 'emr', role: 'process', confidence: 'high', rationale: ['Ours.'], runsOn: ['apache-spark'] }] } },
    };
    writeFileSync(join(dir, 'org.json'), file([loop]));
    expect(() => loadRules({ dirs: [dir] })).toThrow(/rule org-emr-on-spark: recommend\.runsOn: .*loop/);
  });

  it('checks named conditions that refer to each other many times over in linear time', () => {
    const conditions: Record<string, unknown> = { 'cond-0': { all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] } };
    for (let level = 1; level <= 12; level++) conditions[`cond-${level}`] = { any: Array.from({ length: 30 }, () => ({ condition: `cond-${level - 1}` })) };
    const ruleSet = ruleSetFromTexts([{ path: 'org.json', text: file([{ ...goodRule, conditions: { all: [{ condition: 'cond-12' }] } }], { conditions }) }]);
    const advisor = createAdvisor({ ruleSet });
    expect(advisor.recommend({ latency: 'batch', security: { complianceRequired: true } }).recommendations.map((r) => r.service)).toEqual(['iam']);
    expect(advisor.recommend({ latency: 'real-time' }).recommendations).toEqual([]);
  });

  it('refuses a chain of named conditions deeper than 16, naming file and rule, whatever order the file declares it in', () => {
    const chain = (length: number) => {
      const conditions: Record<string, unknown> = { 'link-0': { all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] } };
      for (let i = 1; i < length; i++) conditions[`link-${i}`] = { all: [{ condition: `link-${i - 1}` }] };
      return conditions;
    };
    const reversed = (conditions: Record<string, unknown>) => Object.fromEntries(Object.entries(conditions).reverse());
    const rule = { ...goodRule, conditions: { all: [{ condition: 'link-16' }] } };
    for (const conditions of [chain(17), reversed(chain(17))]) {
      const error = loadError(file([rule], { conditions }));
      expect(error.file).toBe('org.json');
      expect(error.ruleId).toBe('org-always-iam');
      expect(error.reason).toContain('named conditions chain 17 deep (link-16 → link-15 → link-14 → …), more than 16');
    }
    expect(ruleSetFromTexts([{ path: 'org.json', text: file([{ ...rule, conditions: { all: [{ condition: 'link-15' }] } }], { conditions: chain(16) }) }]).rules).toHaveLength(1);
  });

  it('refuses a chain of 5,000 named conditions with its own error, never a stack overflow', () => {
    const conditions: Record<string, unknown> = { 'link-0': { all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] } };
    for (let i = 1; i < 5_000; i++) conditions[`link-${i}`] = { all: [{ condition: `link-${i - 1}` }] };
    for (const order of [conditions, Object.fromEntries(Object.entries(conditions).reverse())]) {
      const error = loadError(file([{ ...goodRule, conditions: { all: [{ condition: 'link-4999' }] } }], { conditions: order }));
      expect(error.ruleId).toBe('org-always-iam');
      expect(error.reason).toMatch(/^conditions: named conditions chain 5000 deep/);
      expect(error.message).not.toContain('call stack');
    }
  });

  it('refuses a rules entry that is not a regular file without reading it: a FIFO, a link to /dev/zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    expect(() => loadRules({ dirs: [dir] })).toThrow(/zero\.json: not a regular file/);
    const fifoDir = mkdtempSync(join(tmpdir(), 'rules-'));
    execFileSync('mkfifo', [join(fifoDir, 'pipe.json')]);
    expect(() => loadRules({ dirs: [fifoDir] })).toThrow(/pipe\.json: not a regular file/);
  });

  it('refuses an oversized file on disk by its size, before reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(dir, 'huge.json'), Buffer.alloc(200 * 1024 * 1024, 32));
    expect(() => loadRules({ dirs: [dir] })).toThrow(/huge\.json: the file is larger than 1048576 bytes/);
  });

  it('assembles one answer from 40,000 fired rules, citing each once on the merged items', () => {
    const rules = Array.from({ length: 40_000 }, (_, i) => ({
      ...goodRule,
      id: `org-rule-${i}`,
      conditions: { all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] },
      event: {
        type: 'advice',
        params: {
          recommend: [{ service: 'iam', role: 'secure', confidence: 'high', rationale: [`Reason ${i}.`], alternatives: [{ service: 's3-bucket-policy', whyNot: `No ${i}.` }] }],
          warn: [{ code: 'org:note', message: `Note ${i}.` }],
          reject: [{ service: 'sns', reason: `Nope ${i}.` }],
        },
      },
    }));
    const files = Array.from({ length: 200 }, (_, n) => ({ path: `org-${n}.json`, text: file(rules.slice(n * 200, n * 200 + 200)) }));
    const answer = createAdvisor({ ruleSet: ruleSetFromTexts(files) }).recommend({ latency: 'batch' });
    expect(answer.recommendations[0].rules).toHaveLength(40_000);
    expect(answer.warnings).toHaveLength(40_000);
    expect(answer.rejected[0].rules).toHaveLength(40_000);
  }, 60_000);
});
