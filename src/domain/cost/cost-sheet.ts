import type { Premise } from '../sizing/premise.js';
import type { Assumption } from './cost-premises.js';
import { type CostLine, PRICE_NOT_CONFIRMED } from './cost-schema.js';
import { priceOf } from './price-book.js';

/** Which end of each default premise a pass takes: its value, or the end that gives the cheapest or dearest estimate. */
export type Pass = 'central' | 'cheap' | 'dear';

/** A nudge of one part in 10^12 carries a product that floating point leaves just under a half across it. */
const PAST_DUST = 1 + 1e-12;

/**
 * Rounds a non-negative amount to the cent, half up, past floating-point dust.
 *
 * @example
 * toCents(1488.515625); // 1488.52
 * toCents(1.005); // 1.01
 */
export const toCents = (usd: number): number => Math.round(usd * 100 * PAST_DUST) / 100;

/** Quantities as a line shows them: three decimals at most; the figure is worked from the shown quantity. */
const shown = (quantity: number): number => Math.round(quantity * 1000 * PAST_DUST) / 1000;

/**
 * One pass of pricing one recommendation: the lines it writes, their sum in
 * cents and the premises it rests on. Default premises take the pass's end of
 * their range; only the central pass keeps lines and premises.
 */
export class CostSheet {
  readonly lines: CostLine[] = [];
  readonly premises: Premise[] = [];
  /** The priced lines summed, in whole cents. */
  cents = 0;
  /** True once a default premise was used: the estimate then has a range. */
  usedDefault = false;
  readonly #keeps: boolean;

  constructor(
    readonly region: string,
    readonly pass: Pass,
  ) {
    this.#keeps = pass === 'central';
  }

  /** A figure the workload gives, or one worked out from it, noted once. */
  given(quantity: string, value: number, unit: string, from: 'workload' | 'derived', field?: string): number {
    if (this.#keeps && !this.premises.some((premise) => premise.quantity === quantity)) {
      this.premises.push({ quantity, value: shown(value), unit, from, ...(field ? { field } : {}) });
    }
    return value;
  }

  /**
   * A premise the sizing stated (the recommendation's `premises[]`), noted
   * once as it stands; a default one takes this pass's end of `range` (its
   * own value at both ends when the estimate does not move with it).
   */
  premise(premise: Premise, range?: { cheap: number; dear: number }): number {
    if (premise.from !== 'default') return this.given(premise.quantity, premise.value, premise.unit, premise.from, premise.field);
    return this.assume({ quantity: premise.quantity, unit: premise.unit, value: premise.value, cheap: range?.cheap ?? premise.value, dear: range?.dear ?? premise.value, field: premise.field });
  }

  /** A default premise's value in this pass, noted once with its central value. */
  assume(assumption: Assumption): number {
    this.usedDefault = true;
    const { quantity, value, unit, field } = assumption;
    if (this.#keeps && !this.premises.some((premise) => premise.quantity === quantity)) {
      this.premises.push({ quantity, value: shown(value), unit, from: 'default', ...(field ? { field } : {}) });
    }
    return this.pass === 'central' ? value : assumption[this.pass];
  }

  /**
   * A line: the quantity at the service's unit price in the Region (or in
   * `options.region`, such as a replica's; an empty one is a Region not
   * named, never confirmed), or, when that price is not confirmed there, the
   * quantity alone and the note.
   */
  charge(service: string, priceId: string, quantity: number, options: { item?: string; scale?: number; region?: string } = {}): void {
    const price = priceOf(service, priceId);
    // A pricer naming a price prices/ does not hold is a defect: every scenario and generated workload would show it.
    if (!price) throw new Error(`prices/${service}.json has no price "${priceId}"`);
    const usd = price.usd[options.region ?? this.region];
    const shownQuantity = shown(quantity);
    const unitPriceUSD = usd === undefined || options.scale === undefined ? usd : Math.round(usd * options.scale * 1e8 * PAST_DUST) / 1e8;
    const monthlyUSD = unitPriceUSD === undefined ? undefined : toCents(shownQuantity * unitPriceUSD);
    if (monthlyUSD !== undefined) this.cents += Math.round(monthlyUSD * 100);
    if (!this.#keeps) return;
    const line: CostLine =
      unitPriceUSD === undefined
        ? { item: options.item ?? price.item, quantity: shownQuantity, unit: price.unit, note: PRICE_NOT_CONFIRMED, source: price.source, checked: price.checked }
        : { item: options.item ?? price.item, quantity: shownQuantity, unit: price.unit, unitPriceUSD, monthlyUSD, source: price.source, checked: price.checked };
    this.lines.push(line);
  }
}
