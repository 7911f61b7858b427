import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../../src/domain/advisor.js';
import { parseWorkload } from '../../../src/domain/workload/parse-workload.js';
import type { Workload } from '../../../src/domain/workload/schema.js';
import { workloadArbitrary } from '../../support/workload-arbitrary.js';
import { brokenCounterfactuals } from '../../support/counterfactual-check.js';

const advisor = createAdvisor();

describe('counterfactuals of generated workloads', () => {
  it('every counterfactual listed for 1,000 generated workloads flips the choice it names', () => {
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        let workload: Workload;
        try {
          workload = parseWorkload(input);
        } catch {
          return fc.pre(false);
        }
        expect(brokenCounterfactuals(advisor, workload)).toEqual([]);
      }),
      { numRuns: 1000, seed: 27 },
    );
  }, 600_000);
});
