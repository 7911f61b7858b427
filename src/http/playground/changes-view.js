// What would change each choice: a button per counterfactual, which applies its
// change to the workload and asks again.

import { h } from './dom.js';

/** A change as a button reads it: `latency → near-real-time`. */
function changeLabel(change) {
  return Object.entries(change)
    .map(([path, value]) => `${path} → ${Array.isArray(value) ? (value.length > 0 ? value.join(', ') : 'none') : String(value)}`)
    .join('; ');
}

/**
 * One group per recommendation with counterfactuals, each a button carrying
 * its change (`data-change`, JSON) for `onApply`; nothing when none are listed.
 *
 * @example
 * replace(box, changesView(answer, (change) => applyChange(change)));
 */
export function changesView(answer, onApply) {
  const listed = answer.recommendations.filter((item) => (item.whatWouldChange ?? []).length > 0);
  if (listed.length === 0) return null;
  return h(
    'ul',
    { class: 'change-list' },
    listed.map((item) =>
      h(
        'li',
        { 'data-service': item.service },
        h('strong', {}, item.name), ` (${item.role})`,
        h(
          'ul',
          {},
          item.whatWouldChange.map((counterfactual) => {
            const button = h('button', { type: 'button', class: 'apply-change', 'data-change': JSON.stringify(counterfactual.change), title: 'Apply this change to the workload and recommend again' }, changeLabel(counterfactual.change));
            button.addEventListener('click', () => onApply(counterfactual.change));
            return h('li', {}, button, ' ', h('span', { class: 'because' }, counterfactual.because));
          }),
        ),
      ),
    ),
  );
}
