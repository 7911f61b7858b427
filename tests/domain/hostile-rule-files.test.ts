import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { RuleLoadError } from '../../src/domain/errors.js';
import { ruleSetFromTexts } from '../../src/domain/rules/load.js';
import { BASE_OPERATOR_NAMES, DECORATOR_NAMES } from '../../src/domain/rules/operators.js';
import { SERVICE_IDS } from '../../src/domain/catalog/service-ids.js';
import { WORKLOAD_FIELDS } from '../../src/domain/workload/fields.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';

const dir = new URL('../scenarios/', import.meta.url);
const scenarioWorkloads = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')).workload);

const paths = [...WORKLOAD_FIELDS.keys()];
const scalar = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.boolean(), fc.constantFrom('s3', 'batch', 'real-time', 'x', '', 'spark', 'iot-devices'));
const value = fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 3 }), fc.constant({ fact: 'latency' }), fc.constant(null));
const operator = fc
  .tuple(fc.array(fc.constantFrom(...DECORATOR_NAMES, 'bogus'), { maxLength: 3 }), fc.constantFrom(...BASE_OPERATOR_NAMES, 'matchesRegex'))
  .map(([decorators, base]) => [...decorators, base].join(':'));
const fieldRef = fc.constantFrom(...paths, 'budget', 'ingestion.$.mode', '__proto__', 'constructor').map((path) => {
  const [fact, ...rest] = path.split('.');
  return rest.length > 0 ? { fact, path: rest.join('.') } : { fact };
});
const hostileLeaf = fc.record({ ref: fieldRef, operator, value }).map(({ ref, operator: op, value: v }) => ({ ...ref, operator: op, value: v }));
/** A leaf that fits its field, so that whole files load often enough to be evaluated. */
const fittingLeaf = fc.constantFrom(...paths.filter((path) => WORKLOAD_FIELDS.get(path)?.kind !== 'object')).chain((path) => {
  const field = WORKLOAD_FIELDS.get(path)!;
  const [fact, ...rest] = path.split('.');
  const ref = rest.length > 0 ? { fact, path: rest.join('.') } : { fact };
  const item: fc.Arbitrary<unknown> = field.values ? fc.constantFrom(...field.values) : field.kind === 'number' ? fc.integer({ min: 0, max: 100 }) : field.kind === 'boolean' ? fc.boolean() : fc.constant('x');
  const ops: Array<fc.Arbitrary<{ operator: string; value: unknown }>> = [
    fc.record({ operator: fc.constant('present'), value: fc.boolean() }),
  ];
  if (field.kind === 'list') {
    ops.push(fc.record({ operator: fc.constantFrom('contains', 'doesNotContain', 'not:contains'), value: item }));
    ops.push(fc.record({ operator: fc.constantFrom('someFact:in', 'everyFact:in', 'not:someFact:in'), value: fc.array(item, { minLength: 1, maxLength: 3 }) }));
    ops.push(fc.record({ operator: fc.constant('lengthAtLeast'), value: fc.integer({ min: 0, max: 3 }) }));
  } else {
    ops.push(fc.record({ operator: fc.constantFrom('equal', 'notEqual', 'someValue:equal', 'everyValue:notEqual'), value: item }).map((c) => (c.operator.includes('Value') ? { ...c, value: [c.value] } : c)));
    ops.push(fc.record({ operator: fc.constantFrom('in', 'notIn'), value: fc.array(item, { minLength: 1, maxLength: 3 }) }));
    if (field.kind === 'number') ops.push(fc.record({ operator: fc.constantFrom('lessThan', 'greaterThanInclusive', 'not:greaterThan'), value: item }));
  }
  return fc.oneof(...ops).map((op) => ({ ...ref, ...op }));
});
/** Leaves that name real fields and pass a schema, but would throw inside the engine's operators. */
const trapLeaf = fc
  .record({
    ref: fc.constantFrom({ fact: 'latency' }, { fact: 'data', path: 'sources' }, { fact: 'ingestion', path: 'consumers' }, { fact: 'destinations' }),
    operator: fc.constantFrom('someValue:equal', 'everyValue:notEqual', 'someFact:in', 'swap:in', 'swap:notIn', 'everyFact:notIn', 'not:someValue:equal'),
    value: fc.constantFrom('batch', 's3', 3, true),
  })
  .map(({ ref, operator: op, value: v }) => ({ ...ref, operator: op, value: v }));
const leaf = fc.oneof({ arbitrary: fittingLeaf, weight: 12 }, { arbitrary: hostileLeaf, weight: 1 }, { arbitrary: trapLeaf, weight: 1 });
const names = ['cond-a', 'cond-b', 'cond-c'];
const condition: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
    fc.record({ condition: fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 10 }, { arbitrary: fc.constant('nope'), weight: 1 }) }),
  ),
})).node;
const service = fc.oneof({ arbitrary: fc.constantFrom(...SERVICE_IDS), weight: 30 }, { arbitrary: fc.constantFrom('kinesis-data-analytics', 'made-up'), weight: 1 });
const rule = fc.record({
  id: fc.constantFrom('org-a', 'org-b', 'org-c', 'org-d'),
  conditions: fc.record({ all: fc.array(condition, { minLength: 1, maxLength: 3 }) }),
  priority: fc.integer({ min: 1, max: 100 }),
  service,
  runsOn: fc.array(service, { maxLength: 2 }),
  flowsTo: fc.array(service, { maxLength: 2 }),
  rejected: service,
  forbidden: fc.option(service),
  preferred: fc.option(fc.tuple(service, service)),
});
const ruleFile = fc
  .record({ rules: fc.uniqueArray(rule, { minLength: 1, maxLength: 4, selector: (r) => r.id }), named: fc.array(condition, { minLength: 3, maxLength: 3 }) })
  .map(({ rules, named }) =>
    JSON.stringify({
      topic: 'fuzzed',
      conditions: Object.fromEntries(names.map((name, i) => [name, { any: [named[i]] }])),
      rules: rules.map((r) => ({
        id: r.id,
        description: 'A generated rule',
        cards: [],
        priority: r.priority,
        conditions: r.conditions,
        event: {
          type: 'advice',
          params: {
            recommend: [{ service: r.service, role: 'process', confidence: 'low', rationale: ['Generated {ingestion.consumers}.'], runsOn: r.runsOn, flowsTo: r.flowsTo }],
            reject: [{ service: r.rejected, reason: 'Generated.' }],
            ...(r.forbidden === null ? {} : { forbid: [{ service: r.forbidden, reason: 'Generated {latency}.' }] }),
            ...(r.preferred === null ? {} : { prefer: [{ service: r.preferred[0], over: r.preferred[1], role: 'process', reason: 'Generated.' }] }),
          },
        },
      })),
    }),
  );

describe('hostile rule files, generated', () => {
  it('are each refused at load, or answer every scenario and random workloads without failing', () => {
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(ruleFile, fc.array(workloadArbitrary, { minLength: 5, maxLength: 5 }), (text, workloads) => {
        let advisor: ReturnType<typeof createAdvisor>;
        try {
          advisor = createAdvisor({ ruleSet: ruleSetFromTexts([{ path: 'fuzzed.json', text }]) });
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(RuleLoadError);
          refused++;
          return;
        }
        loaded++;
        for (const workload of [{}, ...scenarioWorkloads, ...workloads]) expect(() => advisor.recommend(workload)).not.toThrow();
      }),
      { seed: 20261130, numRuns: 1000 },
    );
    // The generator must reach both outcomes, or the test proves little.
    expect(loaded).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  }, 60_000);
});
