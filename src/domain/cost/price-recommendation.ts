import type { Configuration } from '../sizing/index.js';
import type { Workload } from '../workload/schema.js';
import { CostSheet, type Pass } from './cost-sheet.js';
import type { RecommendationCost } from './cost-schema.js';
import { PRICERS } from './pricers/index.js';

/**
 * What one recommended service costs a month in a Region, from its service id,
 * its sized configuration and the workload: the lines and premises of the
 * central estimate, and a low–high range when a default premise was used.
 * Undefined when nothing of it is sized to price.
 *
 * @example
 * priceRecommendation({ service: 'kinesis-data-streams', configuration: { capacityMode: 'provisioned', shards: 50 } }, workload, 'us-east-1')?.monthlyUSD; // 547.5 plus PUT payload units
 */
export function priceRecommendation(
  item: { service: string; configuration: Configuration },
  workload: Workload,
  region: string,
): RecommendationCost | undefined {
  const pricer = PRICERS[item.service];
  if (!pricer) return undefined;
  const run = (pass: Pass) => {
    const sheet = new CostSheet(region, pass);
    pricer(sheet, { configuration: item.configuration, workload });
    return sheet;
  };
  const central = run('central');
  if (central.lines.length === 0) return undefined;
  // Sums kept in whole cents, so that no floating-point dust gathers.
  const range = central.usedDefault ? { lowUSD: run('cheap').cents / 100, highUSD: run('dear').cents / 100 } : {};
  return { monthlyUSD: central.cents / 100, ...range, lines: central.lines, premises: central.premises };
}

