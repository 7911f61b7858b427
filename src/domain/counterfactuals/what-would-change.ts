import type { Advisor } from '../advisor.js';
import { ruleFacts } from '../rule-facts.js';
import type { Recommendation } from '../answer/schema.js';
import type { ServiceId } from '../catalog/service-ids.js';
import { WORKLOAD_FIELDS } from '../workload/fields.js';
import { workloadAsAnswered } from '../workload-as-answered.js';
import { parseWorkload } from '../workload/parse-workload.js';
import type { Workload } from '../workload/schema.js';
import { becauseSentence, type Replacement } from './because.js';
import { withChange } from './candidate-values.js';
import { changesToTry } from './changes-to-try.js';
import { choiceKey, type KeyFields, keyFields } from './choice-key.js';
import { numericThresholds } from './condition-leaves.js';
import type { Counterfactual } from './counterfactual-schema.js';

/** Counterfactuals listed per recommendation: the smallest first. */
export const MAX_PER_RECOMMENDATION = 3;
/** Changed workloads checked for one answer at most: what a shape never seen before may cost. */
export const MAX_CHECKS = 120;
/** Shapes of answers kept, as the outline cache keeps its outlines. */
const MAX_KEYS = 1024;

type Change = Counterfactual['change'];
/** Which services each role gets: `service|role` pairs. */
type Choice = ReadonlySet<string>;

/** A checked counterfactual: the change, what takes the role, and whether its sentence reads a number. */
interface Found {
  change: Change;
  instead: ServiceId[];
  replacement: Replacement;
  /** Numbers differ within one shape of answer; everything else a sentence reads is the same. */
  readsNumber: boolean;
}

/** One shape's checked changes by `service|role`, whether any sentence reads a number, and, once shown where none does, its lists in answer order. */
interface Shape {
  found: ReadonlyMap<string, readonly Found[]>;
  readsNumber: boolean;
  shown?: Counterfactual[][];
}

/** What one advisor's rules make of counterfactuals: thresholds for keys, and the checked changes of each shape. */
interface Model {
  fields: KeyFields;
  shapes: Map<string, Shape>;
}

const models = new WeakMap<Advisor, Model>();

function modelOf(advisor: Advisor): Model {
  let model = models.get(advisor);
  if (!model) {
    const { rules, conditions } = advisor.ruleSet;
    model = { fields: keyFields(numericThresholds(rules.map((rule) => rule.conditions), conditions)), shapes: new Map() };
    models.set(advisor, model);
  }
  return model;
}

const pair = (service: string, role: string) => `${service}|${role}`;
const choiceOf = (items: ReadonlyArray<{ service: string; role: string }>): Choice => new Set(items.map((item) => pair(item.service, item.role)));
const changeId = (change: Change) => JSON.stringify(Object.entries(change).sort(([a], [b]) => (a < b ? -1 : 1)));

/** What the advisor chooses for a workload. */
type Chosen = ReturnType<Advisor['choices']>;

/** What the advisor chooses for a changed workload, or undefined when the change makes the workload invalid. */
function chosenAfter(advisor: Advisor, given: Workload, change: Change): Chosen | undefined {
  try {
    return advisor.choices(parseWorkload(withChange(given, change)));
  } catch {
    return undefined;
  }
}

/** What replaces a service in its role after a change: the new services, their names, and the rule of the first. */
function replacementIn(advisor: Advisor, changed: Chosen, before: Choice, role: string): { instead: ServiceId[]; replacement: Replacement } {
  const items = changed.filter((item) => item.role === role && !before.has(pair(item.service, role)));
  return {
    instead: items.map((item) => item.service),
    replacement: { names: items.map((item) => advisor.ruleSet.catalog.entry(item.service).name), rule: items[0]?.rules[0] },
  };
}

/** Smaller first; at one size, those that name what takes the role first; then in the order they were found. */
const bySize = (a: { found: Found; order: number }, b: { found: Found; order: number }) =>
  Object.keys(a.found.change).length - Object.keys(b.found.change).length ||
  Number(b.found.instead.length > 0) - Number(a.found.instead.length > 0) ||
  a.order - b.order;

/** Keeps the smallest flips: none whose fields include all the fields of one already kept. */
function smallest(flips: ReadonlyArray<{ found: Found; order: number }>): Found[] {
  const kept: Found[] = [];
  for (const { found } of [...flips].sort(bySize)) {
    const fields = Object.keys(found.change);
    if (kept.some((known) => Object.keys(known.change).every((path) => fields.includes(path)))) continue;
    kept.push(found);
    if (kept.length === MAX_PER_RECOMMENDATION) break;
  }
  return kept;
}

/** Checks every change worth trying by answering the changed workload, and keeps the smallest that flip each choice. */
function findCounterfactuals(advisor: Advisor, given: Workload, read: Workload, answer: Recommendation): ReadonlyMap<string, readonly Found[]> {
  const facts = ruleFacts(given);
  const fired = new Set(advisor.rulesFired(given));
  const before = choiceOf(answer.recommendations);
  const answers = new Map<string, Chosen | undefined>();
  const found = new Map<string, Found[]>();
  for (const item of answer.recommendations) {
    const key = pair(item.service, item.role);
    if (found.has(key)) continue;
    const flips: Array<{ found: Found; order: number }> = [];
    const seen = new Set<string>();
    for (const change of changesToTry(advisor, read, facts, fired, item)) {
      const id = changeId(change);
      if (seen.has(id)) continue;
      seen.add(id);
      if (!answers.has(id)) {
        if (answers.size >= MAX_CHECKS) break;
        answers.set(id, chosenAfter(advisor, given, change));
      }
      const changed = answers.get(id);
      if (!changed || choiceOf(changed).has(key)) continue;
      const readsNumber = Object.keys(change).some((path) => WORKLOAD_FIELDS.get(path)?.kind === 'number');
      flips.push({ found: { change, ...replacementIn(advisor, changed, before, item.role), readsNumber }, order: flips.length });
    }
    found.set(key, smallest(flips));
  }
  return found;
}

/** A counterfactual as an answer lists it; frozen, as one shape's lists are shared by every answer of that shape. */
function shown(entry: Found, read: Workload, item: { name: string; role: string }): Counterfactual {
  const because = becauseSentence(entry.change, read, item.name, item.role, entry.replacement);
  const change = Object.freeze(Object.fromEntries(Object.entries(entry.change).map(([path, value]) => [path, Array.isArray(value) ? Object.freeze([...value]) : value])));
  return Object.freeze(entry.instead.length > 0 ? { change, instead: Object.freeze([...entry.instead]), because } : { change, because }) as Counterfactual;
}

/**
 * For each recommendation of an answer, the smallest changes to the workload
 * that would drop that service from its role: read from the conditions of the
 * rules that chose it and of the nearest rules that did not fire, each checked
 * by answering the changed workload (a change that does not flip the choice is
 * never listed). Checked changes are kept per shape of answer, and so are the
 * lists once shown where no sentence reads a number: a workload like an
 * earlier one costs a key and a lookup. The lists are frozen, never copied.
 *
 * @example
 * const answer = advisor.recommend(workload);
 * whatWouldChange(advisor, workload, answer)[0]; // [{ change: { latency: 'batch' }, instead: ['kinesis-data-firehose'], because: 'If latency were batch …' }]
 */
export function whatWouldChange(advisor: Advisor, workload: Workload, answer: Recommendation): Counterfactual[][] {
  const read = workloadAsAnswered(workload, answer.inferred);
  const model = modelOf(advisor);
  const key = workload.description === undefined ? choiceKey(read, model.fields) : `${choiceKey(read, model.fields)}${givenFields(workload)}${JSON.stringify(workload.description)}`;
  let shape = model.shapes.get(key);
  if (!shape) {
    if (model.shapes.size >= MAX_KEYS) model.shapes = new Map();
    const found = findCounterfactuals(advisor, workload, read, answer);
    shape = { found, readsNumber: [...found.values()].some((entries) => entries.some((entry) => entry.readsNumber)) };
    model.shapes.set(key, shape);
  }
  if (shape.shown) return shape.shown;
  const { found } = shape;
  // Frozen at run time; typed as the answer's schema types them.
  const lists = answer.recommendations.map((item) => Object.freeze((found.get(pair(item.service, item.role)) ?? []).map((entry) => shown(entry, read, item))) as Counterfactual[]);
  if (!shape.readsNumber) shape.shown = Object.freeze(lists) as Counterfactual[][];
  return lists;
}

/**
 * With a description, the same fields as read may come from it or be given, and a change applied to the
 * workload as given meets the description again: the key adds which fields are given, and the description.
 */
function givenFields(value: object, prefix = ''): string {
  let paths = '';
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined || key === 'name' || key === 'description') continue;
    paths += child !== null && typeof child === 'object' && !Array.isArray(child) ? givenFields(child, `${prefix}${key}.`) : `${prefix}${key},`;
  }
  return prefix === '' ? `|${paths}|` : paths;
}
