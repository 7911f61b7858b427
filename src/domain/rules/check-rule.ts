import { CARD_TITLES } from '../catalog/cards.js';
import { SERVICE_ID_ALIASES } from '../catalog/service-ids.js';
import { TEMPLATE_PLACEHOLDER } from './placeholders.js';
import { checkSentenceBudget } from './sentence-budget.js';
import { SIZERS } from '../sizing/index.js';
import { WORKLOAD_FIELDS } from '../workload/fields.js';
import { checkCondition, firstProblem } from './check-conditions.js';
import type { Advice, RuleDefinition, TopLevelCondition } from './schema.js';

/** What checking a rule reads besides the rule: the named conditions, and the services the rule set knows. */
export interface RuleCheckContext {
  conditions: Readonly<Record<string, TopLevelCondition>>;
  /** Named conditions already checked, with their problem (shared, so each is checked once). */
  checked: Map<string, string | undefined>;
  /** The built-in ids and the organisation's own services. */
  services: ReadonlySet<string>;
}

function checkServiceId(id: string, where: string, services: ReadonlySet<string>): string | undefined {
  if (services.has(id)) return undefined;
  if (Object.hasOwn(SERVICE_ID_ALIASES, id)) return `${where}: "${id}" is a retired id; use "${SERVICE_ID_ALIASES[id]}"`;
  const own = id.includes(':') ? ' (an organisation\'s service must be declared under "services" in one of its rule files)' : '';
  return `${where}: unknown service id "${id}"${own}`;
}

function checkFieldPath(path: string, where: string): string | undefined {
  return WORKLOAD_FIELDS.has(path) ? undefined : `${where}: "${path}" is not a workload field`;
}

function checkTemplate(sentence: string): string | undefined {
  for (const match of sentence.matchAll(TEMPLATE_PLACEHOLDER)) {
    const problem = checkFieldPath(match[1], `placeholder {${match[1]}}`);
    if (problem) return problem;
  }
  return checkSentenceBudget(sentence);
}

function checkRecommendations(advice: Advice, services: ReadonlySet<string>): string | undefined {
  const known = (id: string, where: string) => checkServiceId(id, where, services);
  for (const item of advice.recommend ?? []) {
    const problem =
      known(item.service, 'recommend.service') ??
      (item.sizing && !Object.hasOwn(SIZERS, item.sizing)
        ? `recommend.sizing: unknown sizing "${item.sizing}" (known: ${Object.keys(SIZERS).join(', ')})`
        : undefined) ??
      item.alternatives?.map((alt) => known(alt.service, 'recommend.alternatives.service') ?? checkTemplate(alt.whyNot)).find(Boolean) ??
      item.flowsTo?.map((id) => known(id, 'recommend.flowsTo')).find(Boolean) ??
      item.runsOn?.map((id) => known(id, 'recommend.runsOn')).find(Boolean) ??
      item.rationale.map((sentence) => checkTemplate(sentence)).find(Boolean);
    if (problem) return problem;
  }
  for (const item of advice.recommend ?? []) {
    const problem = item.assumes?.map((id) => known(id, 'recommend.assumes')).find(Boolean);
    if (problem) return problem;
  }
  return undefined;
}

function checkOtherAdvice(advice: Advice, services: ReadonlySet<string>): string | undefined {
  const known = (id: string, where: string) => checkServiceId(id, where, services);
  return (
    firstProblem(advice.reject ?? [], (item) => known(item.service, 'reject.service') ?? checkTemplate(item.reason)) ??
    firstProblem(advice.warn ?? [], (item) => checkTemplate(item.message) ?? item.assumes?.map((id) => known(id, 'warn.assumes')).find(Boolean)) ??
    firstProblem(advice.ask ?? [], (item) => checkFieldPath(item.field, 'ask.field')) ??
    firstProblem(advice.forbid ?? [], (item) => known(item.service, 'forbid.service') ?? checkTemplate(item.reason)) ??
    firstProblem(advice.prefer ?? [], (item) =>
      known(item.service, 'prefer.service') ??
      known(item.over, 'prefer.over') ??
      (item.service === item.over ? `prefer: "${item.service}" cannot be preferred over itself` : undefined) ??
      checkTemplate(item.reason),
    )
  );
}

/**
 * The first problem with a rule that the schema cannot see (card titles,
 * fields, operators against their fields, service ids, sizing names,
 * placeholders), or undefined when it is sound.
 *
 * @example
 * checkRule(rule, { conditions: {}, checked: new Map(), services: new Set(SERVICE_IDS) });
 * // 'recommend.service: unknown service id "kinesis-firehose"'
 */
export function checkRule(rule: RuleDefinition, context: RuleCheckContext): string | undefined {
  for (const card of rule.cards) {
    if (!CARD_TITLES.has(card)) return `cards: "${card}" is not a card title (titles: ${[...CARD_TITLES].join('; ')})`;
  }
  const conditionProblem = checkCondition(rule.conditions, context.conditions, context.checked);
  if (conditionProblem) return `conditions: ${conditionProblem}`;
  return checkRecommendations(rule.event.params, context.services) ?? checkOtherAdvice(rule.event.params, context.services);
}
