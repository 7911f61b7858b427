// Turns the API's answers into elements: recommendation cards, the warnings,
// turned-down services and open questions, and RFC 9457 problems.

import { h } from './dom.js';

function formatValue(value) {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return value.toLocaleString('en');
  return String(value);
}

/** `shardCount` → `shard count`: configuration keys read as words. */
function words(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
}

function serviceLabel(id, names) {
  return names[id] ? [names[id], ' ', h('code', {}, id)] : [h('code', {}, id)];
}

/** Where a premise came from, in words. */
const PREMISE_FROM = { workload: 'given', derived: 'worked out', default: 'assumed' };

/**
 * One card per recommended service, linked from the diagram by `#rec-<id>`.
 *
 * @example
 * cards.replaceChildren(...recommendationCards(answer.recommendations, serviceNames));
 */
export function recommendationCards(recommendations, names) {
  return recommendations.map((item) => {
    const settings = Object.entries(item.configuration ?? {});
    return h(
      'article',
      { class: `recommendation role-${item.role}`, id: `rec-${item.service}`, 'data-service': item.service, 'aria-labelledby': `rec-${item.service}-name` },
      h(
        'header',
        {},
        h('h4', { id: `rec-${item.service}-name` }, item.name),
        h(
          'p',
          { class: 'meta' },
          h('span', { class: 'badge role' }, item.role),
          h('span', { class: `badge confidence confidence-${item.confidence}` }, `${item.confidence} confidence`),
          h('code', { class: 'service-id' }, item.service),
        ),
      ),
      h('h5', {}, 'Why'),
      h('ul', { class: 'rationale' }, item.rationale.map((reason) => h('li', {}, reason))),
      settings.length > 0 && [
        h('h5', {}, 'Configuration'),
        h('dl', { class: 'configuration' }, settings.map(([key, value]) => h('div', {}, h('dt', { title: key }, words(key)), h('dd', {}, formatValue(value))))),
      ],
      (item.premises ?? []).length > 0 && [
        h('h5', {}, 'Rests on'),
        h(
          'ul',
          { class: 'premises' },
          item.premises.map((premise) =>
            h('li', { class: `premise premise-${premise.from}` }, `${premise.quantity}: ${formatValue(premise.value)} ${premise.unit} (${PREMISE_FROM[premise.from]}${premise.from === 'default' && premise.field ? `: say ${premise.field}` : ''})`),
          ),
        ),
      ],
      item.alternatives.length > 0 && [
        h('h5', {}, 'Alternatives'),
        h(
          'ul',
          { class: 'alternatives' },
          item.alternatives.map((alternative) => h('li', {}, h('strong', {}, names[alternative.service] ?? alternative.service), ': ', alternative.whyNot)),
        ),
      ],
      h(
        'footer',
        {},
        item.cards.length > 0 && h('p', {}, 'Cards: ', item.cards.join('; ')),
        item.rules.length > 0 && h('p', {}, 'Rules: ', item.rules.flatMap((rule, i) => [i > 0 ? ', ' : '', h('code', {}, rule)])),
      ),
    );
  });
}

function listOrNone(items, none) {
  return items.length > 0 ? h('ul', { class: 'finding-list' }, items) : h('p', { class: 'none' }, none);
}

/**
 * The warnings, turned-down services and open questions of an answer, each
 * as a list (or a "none" line).
 *
 * @example
 * const { warnings, rejected, missing } = findings(answer, serviceNames);
 */
export function findings(answer, names) {
  return {
    warnings: listOrNone(
      answer.warnings.map((warning) => h('li', { class: 'warning', 'data-code': warning.code }, h('code', { class: 'code' }, warning.code), ' ', warning.message)),
      'No warnings.',
    ),
    rejected: listOrNone(
      answer.rejected.map((item) => h('li', { class: 'rejected', 'data-service': item.service }, h('strong', {}, serviceLabel(item.service, names)), ` (as ${item.role}): `, item.reason)),
      'Nothing turned down.',
    ),
    missing: listOrNone(
      answer.missing.map((item) => h('li', { class: 'missing', 'data-field': item.field }, h('code', {}, item.field), ': ', item.why)),
      'None: the workload says enough.',
    ),
  };
}

/**
 * An RFC 9457 problem (or a local failure shaped like one): title, status,
 * detail and each `errors[].path: message`, announced to screen readers.
 *
 * @example
 * box.replaceChildren(problemView({ title: 'Invalid request body', status: 400, detail: '…', errors: [{ path: '/latency', message: '…' }] }));
 */
export function problemView(problem, context = '') {
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    h('h3', { class: 'problem-title' }, context, problem.title ?? 'Error', problem.status ? h('span', { class: 'status-code' }, ` ${problem.status}`) : null),
    problem.detail && h('p', { class: 'problem-detail' }, problem.detail),
    errors.length > 0 &&
      h(
        'ul',
        { class: 'problem-errors' },
        errors.map((error) => h('li', {}, h('code', {}, error.path || '/'), ': ', error.message)),
      ),
    problem.requestId && h('p', { class: 'hint' }, 'Request id ', h('code', {}, problem.requestId)),
  );
}
