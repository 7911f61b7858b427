import { type AppliedDescription, applyDescription } from './description/merge-description.js';
import { evaluationFacts, readFacts, type WorkloadFacts } from './facts/read-facts.js';
import { parseWorkload } from './workload/parse-workload.js';
import type { Workload } from './workload/schema.js';

/** A workload as the rules see it: its description applied, its flows read, and the facts of each flow. */
export interface ReadForRules {
  read: AppliedDescription;
  facts: WorkloadFacts;
  perFlow: Array<Record<string, unknown>>;
}

/**
 * The workload as the rules see it: its description applied, its flows read, and the facts of each flow.
 *
 * @example
 * readForRules({ ingestion: { mode: 'streaming' } }).perFlow.length; // 1
 */
export function readForRules(given: Workload): ReadForRules {
  const read = applyDescription(given);
  const facts = readFacts(read.workload);
  return { read, facts, perFlow: facts.flows.map((flow) => evaluationFacts(read.workload, facts, flow)) };
}

/**
 * The facts the rules are evaluated against: one object per flow of the
 * workload as read (its description applied), each the workload plus `flow`
 * and `reading`. What json-rules-engine's `run()` takes to fire the same rules.
 *
 * @example
 * for (const facts of ruleFacts(workload)) await new Engine(rules).run(facts);
 */
export function ruleFacts(input: unknown): Array<Record<string, unknown>> {
  return readForRules(parseWorkload(input)).perFlow;
}
