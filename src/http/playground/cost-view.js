// The answer's monthly cost as a table: one row per priced quantity, the total
// and its range in the Region priced, and what is not priced or not confirmed.

import { h } from './dom.js';

/** An amount in dollars, to the cent. */
export function usd(amount) {
  return amount.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}

const NOT_CONFIRMED = 'price not confirmed';

/**
 * The cost table of an answer, or nothing when it has no estimate.
 *
 * @example
 * replace(box, costView(answer, serviceNames));
 */
export function costView(answer, names) {
  const estimate = answer.costEstimate;
  if (!estimate || answer.recommendations.length === 0) return null;
  const region = estimate.regionFrom === 'default' ? `${estimate.region} (assumed: no account.region)` : estimate.region;
  const range = estimate.lowUSD === estimate.highUSD ? '' : `, ${usd(estimate.lowUSD)} to ${usd(estimate.highUSD)} as the assumed figures range`;
  const rows = answer.recommendations.flatMap((item) =>
    (item.cost?.lines ?? []).map((line) =>
      h(
        'tr',
        { 'data-service': item.service },
        h('th', { scope: 'row' }, item.name),
        h('td', {}, line.item),
        h('td', { class: 'number' }, `${line.quantity.toLocaleString('en-US')} ${line.unit}`),
        h('td', { class: 'number' }, line.note === NOT_CONFIRMED ? NOT_CONFIRMED : `$${line.unitPriceUSD} per ${line.unit}`),
        h('td', { class: 'number' }, line.monthlyUSD === undefined ? '—' : usd(line.monthlyUSD)),
      ),
    ),
  );
  const notPriced = estimate.notPriced.map((id) => names[id] ?? id);
  return [
    h('p', { id: 'cost-total', class: 'cost-total' }, h('strong', {}, `About ${usd(estimate.monthlyUSD)} a month`), ` in ${region}${range}.`),
    rows.length > 0 &&
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { id: 'cost-table', class: 'cost-table' },
          h('thead', {}, h('tr', {}, ['Service', 'Item', 'Quantity', 'Unit price', 'Monthly'].map((title) => h('th', { scope: 'col' }, title)))),
          h('tbody', {}, rows),
        ),
      ),
    h('p', { class: 'hint' }, `Prices checked ${estimate.pricesChecked}; excludes ${estimate.excludes}.${notPriced.length > 0 ? ` Not priced (nothing sized to price): ${notPriced.join(', ')}.` : ''}`),
  ];
}
