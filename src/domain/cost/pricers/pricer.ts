import type { Configuration } from '../../sizing/index.js';
import type { Workload } from '../../workload/schema.js';
import type { CostSheet } from '../cost-sheet.js';

/** What pricing one recommendation reads: its sized configuration and the workload as answered. */
export interface PricingInput {
  configuration: Configuration;
  workload: Workload;
}

/** Writes the lines of one service's monthly cost onto a sheet, from the configuration keys its sizing gives; pure. */
export type Pricer = (sheet: CostSheet, input: PricingInput) => void;

/**
 * A configuration value as a number, when the sizing gave one.
 *
 * @example
 * configNumber({ shards: 50 }, 'shards'); // 50
 */
export function configNumber(configuration: Configuration, key: string): number | undefined {
  const value = configuration[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
