import { expect } from 'vitest';
import { type Advisor, createAdvisor } from '../../src/domain/advisor.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';
import { withChange } from '../../src/domain/counterfactuals/candidate-values.js';
import { CounterfactualSchema } from '../../src/domain/counterfactuals/counterfactual-schema.js';
import { MAX_PER_RECOMMENDATION, whatWouldChange } from '../../src/domain/counterfactuals/what-would-change.js';
import type { Workload } from '../../src/domain/workload/schema.js';

/** The same rules answering without counterfactuals of their own: checking a change needs only what the changed workload gets. */
const checkers = new WeakMap<Advisor['ruleSet'], Advisor>();
const checkerFor = (advisor: Advisor) => {
  let checker = checkers.get(advisor.ruleSet);
  if (!checker) checkers.set(advisor.ruleSet, (checker = createAdvisor({ ruleSet: advisor.ruleSet, whatWouldChange: false })));
  return checker;
};

/**
 * Every listed counterfactual that, applied to the workload and answered
 * afresh, fails to drop its service from its role or to give what it names instead.
 */
export function brokenCounterfactuals(advisor: Advisor, workload: Workload, answer: Recommendation = advisor.recommend(workload)): string[] {
  const broken: string[] = [];
  // What the answer itself carries, when the advisor lists counterfactuals in it.
  const listed = answer.recommendations.every((item) => item.whatWouldChange !== undefined)
    ? answer.recommendations.map((item) => item.whatWouldChange ?? [])
    : whatWouldChange(advisor, workload, answer);
  answer.recommendations.forEach((item, index) => {
    expect(listed[index].length).toBeLessThanOrEqual(MAX_PER_RECOMMENDATION);
    for (const counterfactual of listed[index]) {
      expect(CounterfactualSchema.safeParse(counterfactual).success).toBe(true);
      const changed = checkerFor(advisor).recommend(withChange(workload, counterfactual.change));
      const roles = new Set(changed.recommendations.filter((other) => other.role === item.role).map((other) => other.service as string));
      if (roles.has(item.service)) broken.push(`${item.service} (${item.role}) stays after ${JSON.stringify(counterfactual.change)}`);
      for (const service of counterfactual.instead ?? []) {
        if (!roles.has(service)) broken.push(`${service} does not take ${item.role} after ${JSON.stringify(counterfactual.change)}`);
      }
    }
  });
  return broken;
}
