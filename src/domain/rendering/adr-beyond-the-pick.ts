import type { Recommendation } from '../answer/schema.js';
import type { Catalog } from '../catalog/catalog.js';
import { PRICE_NOT_CONFIRMED } from '../cost/cost-schema.js';
import { formatNumber } from '../words/number-format.js';
import { describePremises } from '../words/premises.js';
import { formatUSD } from '../words/usd.js';

/** A table cell: one line, no pipe to end it early. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/**
 * The "Cost" section of a decision record: the month's total and range in
 * its Region, what it leaves out, a line per priced quantity, the services
 * with nothing to price, and the figures each estimate assumed. Empty when
 * the answer has no estimate or recommends nothing.
 *
 * @example
 * costSection(answer, advisor.ruleSet.catalog); // ['## Cost', '', 'About $1,317.60 a month in us-east-1 …', …]
 */
export function costSection(answer: Recommendation, catalog: Catalog): string[] {
  const estimate = answer.costEstimate;
  if (!estimate || answer.recommendations.length === 0) return [];
  const region = estimate.regionFrom === 'default' ? `${estimate.region} (assumed: the workload names no account.region)` : estimate.region;
  const range = estimate.lowUSD === estimate.highUSD ? '' : `, ${formatUSD(estimate.lowUSD)} to ${formatUSD(estimate.highUSD)} as the assumed figures range`;
  const out = [
    '## Cost',
    '',
    `About ${formatUSD(estimate.monthlyUSD)} a month in ${region}${range}. Prices checked ${estimate.pricesChecked}; excludes ${estimate.excludes}.`,
    '',
  ];
  const priced = answer.recommendations.filter((item) => item.cost);
  if (priced.length > 0) {
    out.push('| Service | Item | Quantity | Unit price | Monthly |', '| --- | --- | --- | --- | --- |');
    for (const item of priced) {
      for (const line of item.cost?.lines ?? []) {
        const price = line.note === PRICE_NOT_CONFIRMED ? PRICE_NOT_CONFIRMED : `$${line.unitPriceUSD} per ${line.unit}`;
        const monthly = line.monthlyUSD === undefined ? '—' : formatUSD(line.monthlyUSD);
        out.push(`| ${cell(item.name)} | ${cell(line.item)} | ${formatNumber(line.quantity)} ${cell(line.unit)} | ${cell(price)} | ${monthly} |`);
      }
    }
    out.push('');
  }
  if (estimate.notPriced.length > 0) out.push(`Not priced (nothing of them is sized to price): ${estimate.notPriced.map((id) => catalog.entry(id).name).join(', ')}.`, '');
  for (const item of priced) {
    const assumed = (item.cost?.premises ?? []).filter((premise) => premise.from === 'default');
    if (assumed.length > 0) out.push(`* ${item.name} assumes ${describePremises(assumed)}.`);
  }
  if (priced.some((item) => item.cost?.premises.some((premise) => premise.from === 'default'))) out.push('');
  return out;
}

/** A change as the record shows it: each field and its new value. */
const changeWords = (change: Record<string, unknown>) =>
  Object.entries(change)
    .map(([path, value]) => `\`${path}\` = \`${JSON.stringify(value)}\``)
    .join(', ');

/**
 * The "What would change this decision" section: for each recommendation,
 * the smallest changes to the workload that drop it from its role, each
 * checked by answering the changed workload. Empty when the answer lists none.
 *
 * @example
 * whatWouldChangeSection(answer); // ['## What would change this decision', '', …, '* **Amazon Kinesis Data Streams** (ingest): `latency` = `"near-real-time"`: With latency …']
 */
export function whatWouldChangeSection(answer: Recommendation): string[] {
  if (answer.recommendations.every((item) => item.whatWouldChange === undefined)) return [];
  const out = ['## What would change this decision', ''];
  const listed = answer.recommendations.filter((item) => (item.whatWouldChange ?? []).length > 0);
  if (listed.length === 0) return [...out, 'No change to the workload that was tried drops any of these choices.', ''];
  out.push('Each change was checked by answering the changed workload.', '');
  for (const item of listed) {
    for (const counterfactual of item.whatWouldChange ?? []) out.push(`* **${item.name}** (${item.role}): ${changeWords(counterfactual.change)}. ${cell(counterfactual.because)}`);
  }
  return [...out, ''];
}
