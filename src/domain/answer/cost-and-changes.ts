import { estimateCost } from '../cost/estimate-cost.js';
import type { Counterfactual } from '../counterfactuals/counterfactual-schema.js';
import type { Workload } from '../workload/schema.js';
import type { Recommendation } from './schema.js';

/**
 * Adds to an answer, when asked, what it costs (`cost` on each priced
 * recommendation, `costEstimate` on the answer) and what would change each
 * choice (`whatWouldChange[]`, as worked out by the caller). The answer is one
 * just built, so it is completed in place and returned.
 *
 * @example
 * addCostAndChanges(answer, workload, { cost: true, changes: whatWouldChange(advisor, workload, answer) }).costEstimate?.monthlyUSD;
 */
export function addCostAndChanges(answer: Recommendation, workload: Workload, add: { cost: boolean; changes?: Counterfactual[][] }): Recommendation {
  const priced = add.cost ? estimateCost(answer, workload) : undefined;
  answer.recommendations.forEach((item, index) => {
    const cost = priced?.costs[index];
    if (cost) item.cost = cost;
    if (add.changes) item.whatWouldChange = add.changes[index];
  });
  if (priced) answer.costEstimate = priced.costEstimate;
  return answer;
}
