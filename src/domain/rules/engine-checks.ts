import { createRequire } from 'node:module';
import { RuleLoadError } from '../errors.js';
import { evaluationFacts, readFacts } from '../facts/read-facts.js';
import { probeWorkloads } from '../workload/fields.js';
import { compileRuleSet } from './evaluate.js';
import type { LoadedRule } from './load.js';
import { CUSTOM_OPERATORS } from './operators.js';
import type { RuleDefinition, TopLevelCondition } from './schema.js';

/** Where a problem goes: thrown at once (loading), or listed (`rules check`). */
export type Report = (problem: RuleLoadError) => void;

/**
 * "Runs on" must not loop (EMR on Spark and Spark on EMR): the pipeline could
 * not place either. Every rule's hosts count, so an organisation's rule
 * cannot close a loop with a built-in one; the rule named is a new one.
 *
 * @example
 * checkRunsOnCycles(ruleSet.rules, new Set(orgRules), ruleFiles, (problem) => { throw problem; });
 */
export function checkRunsOnCycles(rules: readonly LoadedRule[], fresh: ReadonlySet<LoadedRule>, ruleFiles: ReadonlyMap<string, string>, report: Report): void {
  const hosts = new Map<string, Array<{ host: string; rule: LoadedRule }>>();
  for (const rule of rules) {
    for (const item of rule.event.params.recommend ?? []) {
      for (const host of item.runsOn ?? []) {
        if (host !== item.service) hosts.set(item.service, [...(hosts.get(item.service) ?? []), { host, rule }]);
      }
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (service: string, path: LoadedRule[]): LoadedRule[] | undefined => {
    if (state.get(service) === 'done') return undefined;
    if (state.get(service) === 'visiting') return path;
    state.set(service, 'visiting');
    for (const { host, rule } of hosts.get(service) ?? []) {
      const loop = visit(host, [...path, rule]);
      if (loop) return loop;
    }
    state.set(service, 'done');
    return undefined;
  };
  for (const service of hosts.keys()) {
    const loop = visit(service, []);
    if (!loop) continue;
    const blamed = loop.find((rule) => fresh.has(rule)) ?? loop[0];
    const services = loop.map((rule) => rule.id).join(' → ');
    report(new RuleLoadError(ruleFiles.get(blamed.id) as string, blamed.id, `recommend.runsOn: the rules ${services} make services run on each other in a loop`));
    return;
  }
}

/**
 * Every new rule must evaluate, without throwing, workloads that give no
 * field, every field, and every field at its emptiest: whatever passed the
 * checks above, a rule that throws would fail every recommendation.
 *
 * @example
 * checkEvaluates(orgRules, ruleSet.conditions, ruleFiles, (problem) => { throw problem; });
 */
export function checkEvaluates(
  rules: readonly LoadedRule[],
  conditions: Readonly<Record<string, TopLevelCondition>>,
  ruleFiles: ReadonlyMap<string, string>,
  report: Report,
): void {
  // Each probe as the advisor evaluates it: once per flow, with the derived facts.
  const probes = probeWorkloads().flatMap((workload) => {
    const facts = readFacts(workload);
    return facts.flows.map((flow) => evaluationFacts(workload, facts, flow));
  });
  for (const rule of rules) {
    const evaluate = compileRuleSet({ rules: [rule], conditions });
    try {
      for (const probe of probes) evaluate(probe);
    } catch (error) {
      report(new RuleLoadError(ruleFiles.get(rule.id) as string, rule.id, `conditions: evaluating them fails (${(error as Error).message})`));
    }
  }
}

/**
 * json-rules-engine must accept every rule and named condition as we will
 * run them. Returns the rules it refused, so later checks pass them over.
 *
 * @example
 * checkEngineAccepts(orgRules, ruleSet.conditions, ruleFiles, (problem) => { throw problem; });
 */
export function checkEngineAccepts(
  rules: readonly LoadedRule[],
  conditions: Readonly<Record<string, TopLevelCondition>>,
  ruleFiles: ReadonlyMap<string, string>,
  report: Report,
): ReadonlySet<LoadedRule> {
  // Loaded only when a file needs checking: trusted built-in rules start faster without it.
  const { Engine } = createRequire(import.meta.url)('json-rules-engine') as typeof import('json-rules-engine');
  const engine = new Engine([], { allowUndefinedFacts: true });
  const refused = new Set<LoadedRule>();
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  for (const [name, condition] of Object.entries(conditions)) {
    try {
      engine.setCondition(name, condition as never);
    } catch (error) {
      report(new RuleLoadError('(named conditions)', undefined, `json-rules-engine rejects "${name}": ${(error as Error).message}`));
    }
  }
  for (const rule of rules) {
    try {
      engine.addRule(toEngineRule(rule));
    } catch (error) {
      refused.add(rule);
      report(new RuleLoadError(ruleFiles.get(rule.id) as string, rule.id, `json-rules-engine rejects it: ${(error as Error).message}`));
    }
  }
  return refused;
}

/**
 * The json-rules-engine view of a rule: its name, priority, conditions and an
 * event whose params are the rule's advice.
 *
 * @example
 * new Engine().addRule(toEngineRule(ruleSet.rules[0]));
 */
export function toEngineRule(rule: RuleDefinition) {
  return {
    name: rule.id,
    priority: rule.priority,
    conditions: rule.conditions as never,
    event: { type: rule.event.type, params: { ruleId: rule.id } },
  };
}
