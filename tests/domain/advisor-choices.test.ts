import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkload } from '../../src/domain/workload/parse-workload.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';
import { advisor } from '../support/answer.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';

const dir = new URL('../scenarios/', import.meta.url);
const scenarios = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')).workload);

/** The services, roles and rules of the whole answer, in its order. */
const answered = (workload: unknown) => advisor.recommend(workload as WorkloadInput).recommendations.map(({ service, role, rules }) => ({ service, role, rules }));

describe('advisor.choices gives what the answer chooses, without its sentences and sizing', () => {
  it('for every scenario workload', () => {
    for (const workload of scenarios) expect(advisor.choices(parseWorkload(workload))).toEqual(answered(workload));
  });

  it('for random workloads', () => {
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        let workload;
        try {
          workload = parseWorkload(input);
        } catch {
          return fc.pre(false);
        }
        expect(advisor.choices(workload)).toEqual(answered(workload));
      }),
      { numRuns: 300, seed: 27 },
    );
  });
});
