import type { Configuration } from '../../sizing/index.js';
import type { Premise } from '../../sizing/premise.js';
import type { Workload } from '../../workload/schema.js';
import type { CostSheet } from '../cost-sheet.js';

/** What pricing one recommendation reads: its sized configuration, the premises its sizing rests on, and the workload as answered. */
export interface PricingInput {
  configuration: Configuration;
  /** The recommendation's `premises[]`: figures the sizing read or assumed, which an estimate reads rather than guesses again. */
  premises: readonly Premise[];
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

/**
 * The premise of a sizing that states a quantity, when it stated one.
 *
 * @example
 * premiseOf([{ quantity: 'run window', value: 8, unit: 'hours', from: 'default' }], 'run window')?.value; // 8
 */
export function premiseOf(premises: readonly Premise[], quantity: string): Premise | undefined {
  return premises.find((premise) => premise.quantity === quantity);
}
