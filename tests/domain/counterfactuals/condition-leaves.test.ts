import { describe, expect, it } from 'vitest';
import { candidateValues } from '../../../src/domain/counterfactuals/candidate-values.js';
import { choiceKey, keyFields } from '../../../src/domain/counterfactuals/choice-key.js';
import { flipsFor, leafOf, numericThresholds, singleFlips } from '../../../src/domain/counterfactuals/condition-leaves.js';
import type { Condition, FactCondition } from '../../../src/domain/rules/schema.js';
import { advisor } from '../../support/answer.js';

const realTime: FactCondition = { fact: 'latency', operator: 'equal', value: 'real-time' };
const consumers: FactCondition = { fact: 'ingestion', path: 'consumers', operator: 'greaterThan', value: 1 };
const spark: FactCondition = { fact: 'processing', path: 'frameworks', operator: 'contains', value: 'spark' };
const facts = { latency: 'real-time', ingestion: { consumers: 3 }, processing: { frameworks: ['spark'] } };
const paths = (flips: ReturnType<typeof singleFlips> | undefined) => (flips ?? []).map(({ leaf, wanted }) => `${leaf.path}→${wanted}`);

describe('reading which leaves of a rule decide it', () => {
  it('breaks an all by any one of its true leaves, and an any only when one leaf holds it up', () => {
    expect(paths(singleFlips({ all: [realTime, consumers] }, {}, facts, false))).toEqual(['latency→false', 'ingestion.consumers→false']);
    expect(paths(singleFlips({ any: [realTime, consumers] }, {}, facts, false))).toEqual([]);
    expect(paths(singleFlips({ any: [realTime, { not: consumers }] }, {}, facts, false))).toEqual(['latency→false']);
  });

  it('follows named conditions and turns a leaf under not the other way', () => {
    const named = { 'live-stream': { all: [realTime, spark] as Condition[] } };
    expect(paths(singleFlips({ not: { condition: 'live-stream' } }, named, facts, true))).toEqual(['latency→false', 'processing.frameworks→false']);
  });

  it('finds the fewest leaves that would make a rule fire', () => {
    const batch: FactCondition = { fact: 'latency', operator: 'equal', value: 'batch' };
    expect(paths(flipsFor({ all: [batch, consumers] }, {}, facts, true))).toEqual(['latency→true']);
    expect(paths(flipsFor({ any: [batch, { all: [batch, { not: spark }] }] }, {}, facts, true))).toEqual(['latency→true']);
    // Greedy, leaf by leaf: a rule that can never fire still gets flips, and answering the changed workload finds it out.
    expect(paths(flipsFor({ all: [batch, { not: batch }] }, {}, facts, true))).toEqual(['latency→true']);
    expect(flipsFor({ any: [] }, {}, facts, true)).toBeUndefined();
  });

  it('reads the thresholds each number is compared with in the built-in rules', () => {
    const thresholds = numericThresholds(advisor.ruleSet.rules.map((rule) => rule.conditions), advisor.ruleSet.conditions);
    // emr-spark.json compares data.volumeTB with 100 and lean-batch-analysis with 1 (greaterThanInclusive); 0 is where flows read a figure as given.
    expect(thresholds.get('data.volumeTB')).toEqual([0, 1, 100]);
    expect(thresholds.get('ingestion.consumers')).toEqual([0, 1, 2]);
  });
});

describe('the values worth trying for a leaf', () => {
  it('tries every other value of an enum, each named value toggled in a list, and numbers on and past a threshold', () => {
    expect(candidateValues(leafOf(realTime), { latency: 'real-time' })).toEqual([
      { path: 'latency', value: 'near-real-time' },
      { path: 'latency', value: 'batch' },
    ]);
    expect(candidateValues(leafOf(spark), { processing: { frameworks: ['spark', 'hive'] } })).toEqual([{ path: 'processing.frameworks', value: ['hive'] }]);
    expect(candidateValues(leafOf(consumers), { ingestion: { consumers: 3 } })).toEqual([
      { path: 'ingestion.consumers', value: 1 },
      { path: 'ingestion.consumers', value: 2 },
      { path: 'ingestion.consumers', value: 0 },
    ]);
  });

  it('tries the fields that decide how a flow arrives for a leaf on the flow', () => {
    const values = candidateValues(leafOf({ fact: 'flow', path: 'arrival', operator: 'equal', value: 'stream' }), { ingestion: { mode: 'streaming' } });
    expect(values).toContainEqual({ path: 'ingestion.mode', value: 'batch' });
    expect(values).toContainEqual({ path: 'data.atRest', value: true });
    expect(values).not.toContainEqual({ path: 'ingestion.mode', value: 'streaming' });
  });
});

describe('the key of what decides a choice', () => {
  const fields = keyFields(new Map([['data.volumeTB', [0, 100, 1000]]]));

  it('is the same for numbers between the same thresholds, and for any name or description', () => {
    expect(choiceKey({ name: 'a', data: { volumeTB: 150 } }, fields)).toBe(choiceKey({ name: 'b', description: 'x', data: { volumeTB: 999 } }, fields));
  });

  it('differs across a threshold, on a threshold, and between a value and none', () => {
    const key = (volumeTB?: number) => choiceKey(volumeTB === undefined ? {} : { data: { volumeTB } }, fields);
    expect(new Set([key(50), key(100), key(150), key(1000), key(2000), key(0), key(undefined)]).size).toBe(7);
  });

  it('tells apart strings that would run together', () => {
    expect(choiceKey({ account: { region: 'eu-west-1' }, security: { dataClassification: 'a|b' } }, fields)).not.toBe(
      choiceKey({ account: { region: 'eu-west-1|a' }, security: { dataClassification: 'b' } }, fields),
    );
  });
});
