import type { Advisor } from '../advisor.js';
import type { Recommendation } from '../answer/schema.js';
import type { LoadedRule } from '../rules/load.js';
import type { Workload } from '../workload/schema.js';
import { candidateValues, type FieldValue } from './candidate-values.js';
import { flipsFor, type LeafFlip, singleFlips } from './condition-leaves.js';
import type { Counterfactual } from './counterfactual-schema.js';

/** A rule that did not fire is near when this many leaves or fewer would make it fire. */
const NEAR_FLIPS = 3;
/** Rules that did not fire, tried per recommendation, nearest first (those some change could make fire). */
const NEAREST_RULES = 4;
/** Combinations of values tried for one near rule. */
const MAX_COMBINATIONS = 9;

type Change = Counterfactual['change'];
type ChangeValue = Change[string];

/** Rules whose advice gives `service` the `role`. */
const recommends = (rule: LoadedRule, service: string, role: string) =>
  (rule.event.params.recommend ?? []).some((advice) => advice.service === service && advice.role === role);

/** Rules that would take the role from `service`: another service for it, or a refusal of this one. */
const contests = (rule: LoadedRule, service: string, role: string) =>
  (rule.event.params.recommend ?? []).some((advice) => advice.role === role && advice.service !== service) ||
  (rule.event.params.reject ?? []).some((refusal) => refusal.service === service && (refusal.role === undefined || refusal.role === role));

/** The values that give a leaf the truth it must take; a leaf on a derived fact tries the fields that decide it. */
function valuesFor({ leaf, wanted }: LeafFlip, workload: Workload): FieldValue[] {
  const derived = leaf.path.startsWith('flow.') || leaf.path.startsWith('reading.');
  return candidateValues(leaf, workload).filter(({ value }) => derived || leaf.test(value, leaf.condition.value) === wanted);
}

/** Every combination of one value per flip, at most `MAX_COMBINATIONS`. */
function combinations(flips: readonly LeafFlip[], workload: Workload): Change[] {
  let changes: Change[] = [{}];
  for (const flip of flips) {
    const values = valuesFor(flip, workload);
    changes = changes.flatMap((change) => values.filter(({ path }) => !(path in change)).map(({ path, value }) => ({ ...change, [path]: value as ChangeValue }))).slice(0, MAX_COMBINATIONS);
  }
  return changes.filter((change) => Object.keys(change).length > 0);
}

/**
 * The changes worth checking for one recommendation, most likely first: each
 * value that alone breaks a rule that chose it (on some flow), then the values
 * that would make fire the nearest rules that did not and would contest it.
 *
 * @example
 * changesToTry(advisor, workload, ruleFacts(workload), new Set(advisor.rulesFired(workload)), answer.recommendations[0]);
 * // [{ latency: 'batch' }, …, { 'processing.customStreamProcessing': false, latency: 'near-real-time' }]
 */
export function changesToTry(advisor: Advisor, workload: Workload, facts: ReadonlyArray<Record<string, unknown>>, fired: ReadonlySet<LoadedRule>, item: Recommendation['recommendations'][number]): Change[] {
  const { rules, conditions } = advisor.ruleSet;
  const changes: Change[] = [];
  const deciding = rules.filter((rule) => fired.has(rule) && item.rules.includes(rule.id) && recommends(rule, item.service, item.role));
  for (const rule of deciding) {
    for (const flow of facts) {
      for (const flip of singleFlips(rule.conditions, conditions, flow, false)) {
        for (const { path, value } of valuesFor(flip, workload)) changes.push({ [path]: value as ChangeValue });
      }
    }
  }
  const near = rules
    .filter((rule) => !fired.has(rule) && contests(rule, item.service, item.role))
    .map((rule) => {
      const options = facts.map((flow) => flipsFor(rule.conditions, conditions, flow, true)).filter((flips): flips is LeafFlip[] => flips !== undefined);
      return { rule, flips: options.length === 0 ? undefined : options.reduce((best, flips) => (flips.length < best.length ? flips : best)) };
    })
    .filter((entry): entry is { rule: LoadedRule; flips: LeafFlip[] } => entry.flips !== undefined && entry.flips.length > 0 && entry.flips.length <= NEAR_FLIPS)
    .sort((a, b) => a.flips.length - b.flips.length);
  let tried = 0;
  for (const { flips } of near) {
    const combined = combinations(flips, workload);
    changes.push(...combined);
    if (combined.length > 0 && ++tried === NEAREST_RULES) break;
  }
  return changes;
}
