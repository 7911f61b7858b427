import type { Recommendation } from '../answer/schema.js';
import type { ServiceId } from '../catalog/service-ids.js';
import { workloadAsAnswered } from '../workload-as-answered.js';
import type { Workload } from '../workload/schema.js';
import { COST_EXCLUDES, type CostEstimate, type RecommendationCost } from './cost-schema.js';
import { PRICES_CHECKED } from './price-schema.js';
import { priceRecommendation } from './price-recommendation.js';

/** The Region priced when the workload names none. */
export const DEFAULT_PRICING_REGION = 'us-east-1';

/** What an answer costs: each recommendation's cost (undefined where nothing is priced), in answer order, and the total. */
export interface AnswerCost {
  costs: Array<RecommendationCost | undefined>;
  costEstimate: CostEstimate;
}

const cents = (usd: number | undefined) => Math.round((usd ?? 0) * 100);

/**
 * Prices every recommendation of an answer in the workload's Region (its
 * `account.region`, else us-east-1) and sums them; the range sums each
 * recommendation's range, or its central figure where it has none.
 *
 * @example
 * const answer = advisor.recommend(workload);
 * estimateCost(answer, workload).costEstimate; // { region: 'us-east-1', regionFrom: 'default', monthlyUSD: …, … }
 */
export function estimateCost(answer: Recommendation, workload: Workload): AnswerCost {
  const read = workloadAsAnswered(workload, answer.inferred);
  const given = read.account?.region;
  const region = given ?? DEFAULT_PRICING_REGION;
  const costs = answer.recommendations.map((item) => priceRecommendation(item, read, region));
  const notPriced: ServiceId[] = answer.recommendations.filter((_, index) => costs[index] === undefined).map((item) => item.service);
  let central = 0;
  let low = 0;
  let high = 0;
  for (const cost of costs) {
    central += cents(cost?.monthlyUSD);
    low += cents(cost?.lowUSD ?? cost?.monthlyUSD);
    high += cents(cost?.highUSD ?? cost?.monthlyUSD);
  }
  return {
    costs,
    costEstimate: {
      region,
      regionFrom: given === undefined ? 'default' : 'workload',
      monthlyUSD: central / 100,
      lowUSD: low / 100,
      highUSD: high / 100,
      pricesChecked: PRICES_CHECKED,
      excludes: COST_EXCLUDES,
      notPriced,
    },
  };
}
