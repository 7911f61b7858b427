import type { Configuration } from '../sizing/index.js';
import type { Premise } from '../sizing/premise.js';
import type { Workload } from '../workload/schema.js';
import { CostSheet, type Pass } from './cost-sheet.js';
import type { RecommendationCost } from './cost-schema.js';
import { PRICERS } from './pricers/index.js';

/**
 * What one recommended service costs a month in a Region, from its service id,
 * its sized configuration, the premises its sizing rests on and the workload: the lines and premises of the
 * central estimate, and a low–high range when a default premise was used.
 * Undefined when nothing of it is sized to price.
 *
 * @example
 * priceRecommendation({ service: 'kinesis-data-streams', configuration: { capacityMode: 'provisioned', shards: 50 } }, workload, 'us-east-1')?.monthlyUSD; // 547.5 plus PUT payload units
 */
export function priceRecommendation(
  item: { service: string; configuration: Configuration; premises?: readonly Premise[] },
  workload: Workload,
  region: string,
): RecommendationCost | undefined {
  const pricer = PRICERS[item.service];
  if (!pricer) return undefined;
  const run = (pass: Pass) => {
    const sheet = new CostSheet(region, pass);
    pricer(sheet, { configuration: item.configuration, premises: item.premises ?? [], workload });
    return sheet;
  };
  const central = run('central');
  if (central.lines.length === 0) return undefined;
  // Sums kept in whole cents, so that no floating-point dust gathers.
  // An end is cheap for most services, not all (with records/s given, a larger record assumed bills more Firehose bytes): take the extremes.
  const ends = central.usedDefault ? [run('cheap').cents, central.cents, run('dear').cents] : [];
  const range = ends.length > 0 ? { lowUSD: Math.min(...ends) / 100, highUSD: Math.max(...ends) / 100 } : {};
  return { monthlyUSD: central.cents / 100, ...range, lines: central.lines, premises: central.premises };
}

