import type { Recommendation } from '../../src/domain/answer/schema.js';
import { PRICE_NOT_CONFIRMED } from '../../src/domain/cost/cost-schema.js';
import { PRICE_FILES } from '../../src/domain/cost/price-book.js';

/** The pricing pages of prices/, and the days their prices were checked. */
const checkedPages = new Set(
  Object.values(PRICE_FILES).flatMap((file) => (file as { prices: Array<{ source: string; checked: string }> }).prices.map((price) => `${price.source} ${price.checked}`)),
);
const cents = (usd: number) => Math.round(usd * 100 * (1 + 1e-12)) / 100;

/**
 * Every cost line of an answer that is not traced to a unit price of prices/
 * (its public source and the day it was checked), or whose figure is not its
 * quantity times its unit price to the cent, or that has a figure where the
 * price is not confirmed.
 */
export function untracedPriceLines(answer: Recommendation): string[] {
  const problems: string[] = [];
  for (const item of answer.recommendations) {
    for (const line of item.cost?.lines ?? []) {
      const where = `${item.service}: ${line.item}`;
      if (!line.source || !line.checked || !checkedPages.has(`${line.source} ${line.checked}`)) problems.push(`${where} has no source and date of prices/`);
      if (line.note === PRICE_NOT_CONFIRMED) {
        if (line.unitPriceUSD !== undefined || line.monthlyUSD !== undefined) problems.push(`${where} has a figure but its price is not confirmed`);
      } else if (line.unitPriceUSD === undefined || line.monthlyUSD !== cents(line.quantity * line.unitPriceUSD)) problems.push(`${where} is not its quantity times its unit price`);
    }
  }
  return problems;
}
