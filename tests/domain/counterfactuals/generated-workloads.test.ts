import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../../src/domain/advisor.js';
import { parseWorkload } from '../../../src/domain/workload/parse-workload.js';
import type { Workload } from '../../../src/domain/workload/schema.js';
import { untracedPriceLines } from '../../support/cost-check.js';
import { brokenCounterfactuals } from '../../support/counterfactual-check.js';
import { workloadArbitrary } from '../../support/workload-arbitrary.js';

const advisor = createAdvisor();

describe('counterfactuals and prices of generated workloads', () => {
  it('every counterfactual listed for 1,000 generated workloads flips the choice it names, and every price line has its source and date', () => {
    let counterfactuals = 0;
    let lines = 0;
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        let workload: Workload;
        try {
          workload = parseWorkload(input);
        } catch {
          return fc.pre(false);
        }
        const answer = advisor.recommendValidated(workload);
        expect(brokenCounterfactuals(advisor, workload, answer)).toEqual([]);
        expect(untracedPriceLines(answer)).toEqual([]);
        for (const item of answer.recommendations) {
          counterfactuals += item.whatWouldChange?.length ?? 0;
          lines += item.cost?.lines.length ?? 0;
        }
      }),
      { numRuns: 1000, seed: 27 },
    );
    // The property checked something: generated workloads get counterfactuals and priced lines.
    expect(counterfactuals).toBeGreaterThan(1000);
    expect(lines).toBeGreaterThan(1000);
  }, 600_000);
});
