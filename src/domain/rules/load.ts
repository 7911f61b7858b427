import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type * as z from 'zod';
import { packageRoot } from '../../package-files.js';
import { CARD_TITLES } from '../catalog/cards.js';
import { RuleLoadError } from '../errors.js';
import { exceedsDepth } from '../json-depth.js';
import { CUSTOM_OPERATORS, parseOperator } from './operators.js';
import {
  type Condition,
  type RuleDefinition,
  type RuleFile,
  RuleFileSchema,
  type TopLevelCondition,
} from './schema.js';
import { SERVICE_ID_ALIASES, SERVICE_IDS } from '../catalog/service-ids.js';
import { SIZERS } from '../sizing/index.js';
import { TEMPLATE_PLACEHOLDER } from '../answer/template.js';
import { probeWorkloads, WORKLOAD_FIELDS, type WorkloadField } from '../workload/fields.js';
import { compileRuleSet } from './evaluate.js';
import { DERIVED_FIELDS, evaluationFacts, readFacts } from '../facts/read-facts.js';

/** A rule as loaded: the file's definition plus where it came from. */
export interface LoadedRule extends RuleDefinition {
  /** `built-in`, or the path of an organisation's rule file. */
  source: string;
  /** The file name inside its directory. */
  file: string;
  topic: string;
}

/** Every loaded rule, in evaluation order (priority high to low, then id). */
export interface RuleSet {
  rules: readonly LoadedRule[];
  /** Named conditions shared by rules (`{ "condition": "streaming-ingest" }`). */
  conditions: Readonly<Record<string, TopLevelCondition>>;
  /** `sha256:` and the first 12 hex digits of the loaded rule files' hash. */
  version: string;
  byId: ReadonlyMap<string, LoadedRule>;
}

export interface LoadRulesOptions {
  /** Load the rules shipped with the package (default true). */
  builtIn?: boolean;
  /** More directories of `*.json` rule files, such as `ADVISOR_RULES_DIR`. */
  dirs?: readonly string[];
  /**
   * Skip re-validating the built-in files when, together, they are byte for
   * byte the files the build validated (default true). Organisation files are
   * always validated.
   */
  trustBuiltIn?: boolean;
}

/** A rule file larger than this is refused before it is parsed. */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
/** Conditions nest a few levels; anything deeper than this is refused before it is parsed. */
export const MAX_RULE_FILE_DEPTH = 40;

/** Where the build records the hashes of the built-in rule files it validated. */
export const VALIDATED_RULES_MANIFEST = join('dist', 'validated-rules.json');

const SERVICE_ID_SET: ReadonlySet<string> = new Set(SERVICE_IDS);

/** The package's own `rules/` directory. */
export function builtInRulesDir(): string {
  return join(packageRoot(), 'rules');
}

interface RawFile {
  source: string;
  file: string;
  path: string;
  text: string;
}

function listRuleFiles(dir: string, source: (path: string) => string): RawFile[] {
  const resolved = resolve(dir);
  let names: string[];
  try {
    if (!statSync(resolved).isDirectory()) throw new Error('not a directory');
    names = readdirSync(resolved);
  } catch (error) {
    throw new RuleLoadError(resolved, undefined, `cannot read the rules directory (${(error as Error).message})`);
  }
  return names
    // `*.schema.json` is the JSON Schema editors use for rule files, not a rule file.
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => {
      const path = join(resolved, name);
      return { source: source(path), file: name, path, text: readRuleFile(path) };
    });
}

/**
 * Reads one rule file, refusing what is not a regular file (a FIFO, a device
 * such as /dev/zero) or is larger than {@link MAX_RULE_FILE_BYTES}, before
 * reading a byte of it. The size is checked on the open file, so a file
 * swapped after the check cannot grow the read.
 */
function readRuleFile(path: string): string {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not hang start-up.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new RuleLoadError(path, undefined, 'not a regular file');
    if (stats.size > MAX_RULE_FILE_BYTES) throw new RuleLoadError(path, undefined, `the file is larger than ${MAX_RULE_FILE_BYTES} bytes`);
    const buffer = Buffer.alloc(MAX_RULE_FILE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_RULE_FILE_BYTES) throw new RuleLoadError(path, undefined, `the file is larger than ${MAX_RULE_FILE_BYTES} bytes`);
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof RuleLoadError) throw error;
    throw new RuleLoadError(path, undefined, `cannot read the file (${(error as Error).message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Loads, validates and orders rule files: the built-in `rules/` and any extra
 * directories. Throws a {@link RuleLoadError} naming the file, the rule and
 * the reason on the first problem, so a bad file stops start-up.
 *
 * @example
 * const ruleSet = loadRules({ dirs: [process.env.ADVISOR_RULES_DIR!] });
 * ruleSet.rules.length; // built-in plus the organisation's rules
 */
export function loadRules(options: LoadRulesOptions = {}): RuleSet {
  const builtIn = options.builtIn === false ? [] : listRuleFiles(builtInRulesDir(), () => 'built-in');
  // An organisation's rule is named by its path inside its folder, never the absolute path, which the API shows.
  const custom = (options.dirs ?? []).flatMap((dir) => listRuleFiles(dir, (path) => relative(resolve(dir), path)));
  const validated = options.trustBuiltIn !== false && builtIn.length > 0 ? validatedVersion(builtIn) : undefined;
  const trusted = validated === undefined ? new Set<RawFile>() : new Set(builtIn);
  return buildRuleSet([...builtIn, ...custom], trusted, custom.length === 0 ? validated : undefined);
}

/** The built-in rule files by name, as the build validated them: what it writes to the manifest. */
export function builtInRuleTexts(): Record<string, string> {
  return Object.fromEntries(listRuleFiles(builtInRulesDir(), () => 'built-in').map((raw) => [raw.file, raw.text]));
}

/**
 * The version the build recorded when the built-in files are exactly the set
 * it validated (compared as text: no hashing at start-up), else undefined.
 * The whole set must match, since one file's rules may use another's named
 * conditions; any difference means everything is validated again.
 */
function validatedVersion(files: readonly RawFile[]): string | undefined {
  let manifest: { version: string; files: Record<string, string> };
  try {
    manifest = JSON.parse(readFileSync(join(packageRoot(), VALIDATED_RULES_MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  const same = files.length === Object.keys(manifest.files).length && files.every((raw) => manifest.files[raw.file] === raw.text);
  return same ? manifest.version : undefined;
}

/**
 * Builds a rule set from rule file texts already in memory. `path` is only
 * used to name the file in errors.
 *
 * @example
 * ruleSetFromTexts([{ path: 'mine.json', text: '{"topic":"x","rules":[...]}' }]);
 */
export function ruleSetFromTexts(files: ReadonlyArray<{ path: string; text: string; source?: string }>): RuleSet {
  return buildRuleSet(
    files.map((file) => ({ path: file.path, text: file.text, file: basename(file.path), source: file.source ?? file.path })),
  );
}

/** `sha256:` and the first 12 hex digits of the hash of the files' names and texts, in load order. */
function versionOf(files: readonly RawFile[]): string {
  const hash = createHash('sha256');
  for (const raw of files) hash.update(raw.file).update('\0').update(raw.text).update('\0');
  return `sha256:${hash.digest('hex').slice(0, 12)}`;
}

function buildRuleSet(files: readonly RawFile[], trusted: ReadonlySet<RawFile> = new Set(), version?: string): RuleSet {
  const rules: LoadedRule[] = [];
  const conditions: Record<string, TopLevelCondition> = {};
  const conditionFiles = new Map<string, string>();
  const ruleFiles = new Map<string, string>();
  const unchecked: LoadedRule[] = [];
  const uncheckedConditions: string[] = [];

  for (const raw of files) {
    // A trusted file is byte for byte one the build validated with this same schema.
    const check = !trusted.has(raw);
    if (check && Buffer.byteLength(raw.text) > MAX_RULE_FILE_BYTES) {
      throw new RuleLoadError(raw.path, undefined, `the file is larger than ${MAX_RULE_FILE_BYTES} bytes`);
    }
    if (check && exceedsDepth(raw.text, MAX_RULE_FILE_DEPTH)) {
      throw new RuleLoadError(raw.path, undefined, `the file nests deeper than ${MAX_RULE_FILE_DEPTH} levels`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.text);
    } catch (error) {
      throw new RuleLoadError(raw.path, undefined, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = check ? RuleFileSchema.safeParse(json) : { success: true as const, data: json as RuleFile };
    if (!parsed.success) {
      const issue = closestIssue(parsed.error.issues[0]);
      const ruleIndex = issue.path[0] === 'rules' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      const ruleId = ruleIndex === undefined ? undefined : idOf((json as { rules: unknown[] }).rules[ruleIndex]);
      throw new RuleLoadError(raw.path, ruleId, `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
    for (const [name, condition] of Object.entries(parsed.data.conditions ?? {})) {
      if (conditionFiles.has(name)) {
        throw new RuleLoadError(raw.path, undefined, `named condition "${name}" is already defined in ${conditionFiles.get(name)}`);
      }
      conditionFiles.set(name, raw.path);
      conditions[name] = condition;
    }
    for (const rule of parsed.data.rules) {
      if (ruleFiles.has(rule.id)) {
        throw new RuleLoadError(raw.path, rule.id, `duplicate rule id "${rule.id}" (also in ${ruleFiles.get(rule.id)})`);
      }
      ruleFiles.set(rule.id, raw.path);
      rules.push({ ...rule, source: raw.source, file: raw.file, topic: parsed.data.topic });
      if (check) unchecked.push(rules[rules.length - 1]);
    }
    if (check) uncheckedConditions.push(...Object.keys(parsed.data.conditions ?? {}));
  }

  const checked = new Map<string, string | undefined>();
  for (const name of uncheckedConditions) {
    const problem = checkCondition({ condition: name }, conditions, checked);
    if (problem) throw new RuleLoadError(conditionFiles.get(name) as string, undefined, `named condition "${name}": ${problem}`);
  }
  for (const rule of unchecked) {
    const problem = checkRule(rule, conditions, checked);
    if (problem) throw new RuleLoadError(ruleFiles.get(rule.id) as string, rule.id, problem);
  }
  if (unchecked.length > 0 || uncheckedConditions.length > 0) {
    checkEngineAccepts(unchecked, conditions, ruleFiles);
    checkRunsOnCycles(rules, new Set(unchecked), ruleFiles);
    checkEvaluates(unchecked, conditions, ruleFiles);
  }

  rules.sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    rules,
    conditions,
    version: version ?? versionOf(files),
    byId: new Map(rules.map((rule) => [rule.id, rule])),
  };
}

/**
 * A condition is a union of shapes, so zod reports one failure per shape. The
 * shape that got furthest (whose first problem is deepest) is the one the
 * author meant; report its problem, with the full path.
 */
function closestIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const depth = (branch: z.core.$ZodIssue[]) => Math.min(...branch.map((i) => i.path.length));
  const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  const inner = closestIssue(best[0]);
  return { ...inner, path: [...issue.path, ...inner.path] };
}

function idOf(rule: unknown): string | undefined {
  return rule && typeof rule === 'object' && typeof (rule as { id?: unknown }).id === 'string'
    ? (rule as { id: string }).id
    : undefined;
}

function checkServiceId(id: string, where: string): string | undefined {
  if (SERVICE_ID_SET.has(id)) return undefined;
  if (Object.hasOwn(SERVICE_ID_ALIASES, id)) return `${where}: "${id}" is a retired id; use "${SERVICE_ID_ALIASES[id]}"`;
  return `${where}: unknown service id "${id}"`;
}

function checkFieldPath(path: string, where: string): string | undefined {
  return WORKLOAD_FIELDS.has(path) ? undefined : `${where}: "${path}" is not a workload field`;
}

/** A workload field, or a derived fact (`flow.*`, `reading.*`) a condition may read. */
const factField = (path: string) => WORKLOAD_FIELDS.get(path) ?? DERIVED_FIELDS.get(path);

/** Returns the first problem with a rule, or undefined when it is sound. */
function checkRule(
  rule: RuleDefinition,
  conditions: Readonly<Record<string, TopLevelCondition>>,
  checked: Map<string, string | undefined>,
): string | undefined {
  for (const card of rule.cards) {
    if (!CARD_TITLES.has(card)) return `cards: "${card}" is not a card title (titles: ${[...CARD_TITLES].join('; ')})`;
  }
  const conditionProblem = checkCondition(rule.conditions, conditions, checked);
  if (conditionProblem) return `conditions: ${conditionProblem}`;
  const advice = rule.event.params;
  for (const item of advice.recommend ?? []) {
    const problem =
      checkServiceId(item.service, 'recommend.service') ??
      (item.sizing && !Object.hasOwn(SIZERS, item.sizing)
        ? `recommend.sizing: unknown sizing "${item.sizing}" (known: ${Object.keys(SIZERS).join(', ')})`
        : undefined) ??
      item.alternatives?.map((alt) => checkServiceId(alt.service, 'recommend.alternatives.service')).find(Boolean) ??
      item.flowsTo?.map((id) => checkServiceId(id, 'recommend.flowsTo')).find(Boolean) ??
      item.runsOn?.map((id) => checkServiceId(id, 'recommend.runsOn')).find(Boolean) ??
      item.rationale.map((sentence) => checkTemplate(sentence)).find(Boolean);
    if (problem) return problem;
  }
  for (const item of advice.recommend ?? []) {
    const problem = item.assumes?.map((id) => checkServiceId(id, 'recommend.assumes')).find(Boolean);
    if (problem) return problem;
  }
  for (const item of advice.reject ?? []) {
    const problem = checkServiceId(item.service, 'reject.service') ?? checkTemplate(item.reason);
    if (problem) return problem;
  }
  for (const item of advice.warn ?? []) {
    const problem = checkTemplate(item.message) ?? item.assumes?.map((id) => checkServiceId(id, 'warn.assumes')).find(Boolean);
    if (problem) return problem;
  }
  for (const item of advice.ask ?? []) {
    const problem = checkFieldPath(item.field, 'ask.field');
    if (problem) return problem;
  }
  return undefined;
}

function checkTemplate(sentence: string): string | undefined {
  for (const match of sentence.matchAll(TEMPLATE_PLACEHOLDER)) {
    const problem = checkFieldPath(match[1], `placeholder {${match[1]}}`);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Checks a condition tree. Each named condition is checked once, whatever
 * the number of references to it, so the cost stays linear in the size of
 * the files even when conditions refer to each other many times over.
 */
function checkCondition(
  condition: Condition,
  named: Readonly<Record<string, TopLevelCondition>>,
  checked: Map<string, string | undefined>,
  visiting: Set<string> = new Set(),
): string | undefined {
  if ('all' in condition) return firstProblem(condition.all, (c) => checkCondition(c, named, checked, visiting));
  if ('any' in condition) return firstProblem(condition.any, (c) => checkCondition(c, named, checked, visiting));
  if ('not' in condition) return checkCondition(condition.not, named, checked, visiting);
  if ('condition' in condition) {
    const name = condition.condition;
    if (!Object.hasOwn(named, name)) return `unknown named condition "${name}"`;
    if (visiting.has(name)) return `named condition "${name}" refers to itself`;
    if (checked.has(name)) return checked.get(name);
    visiting.add(name);
    const problem = checkCondition(named[name], named, checked, visiting);
    visiting.delete(name);
    checked.set(name, problem);
    return problem;
  }
  return checkFactCondition(condition);
}

function firstProblem<T>(items: readonly T[], check: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * One side of a comparison as an operator sees it after its decorators: a
 * workload field (whose value may be absent), an item of a list field, or
 * the rule's own value.
 */
type Operand = { field: WorkloadField; item: boolean } | { literal: unknown };

const isList = (operand: Operand) => ('literal' in operand ? Array.isArray(operand.literal) : !operand.item && operand.field.kind === 'list');

/** Walks json-rules-engine's decorators (outermost first), as they hand the two sides on. */
function applyDecorators(decorators: readonly string[], fieldPath: string, start: [Operand, Operand]): [Operand, Operand] | string {
  let [fact, value] = start;
  for (const decorator of decorators) {
    if (decorator === 'swap') [fact, value] = [value, fact];
    else if (decorator === 'someFact' || decorator === 'everyFact') {
      if (!isList(fact)) return `${fieldPath}: "${decorator}" needs a list on the fact side`;
      fact = 'literal' in fact ? { literal: (fact.literal as unknown[])[0] } : { field: fact.field, item: true };
    } else if (decorator === 'someValue' || decorator === 'everyValue') {
      // The engine calls value.some() unguarded: anything but a list of the rule's own throws at every evaluation.
      if (!('literal' in value) || !Array.isArray(value.literal)) return `${fieldPath}: "${decorator}" needs a list value`;
      value = { literal: value.literal[0] };
    }
  }
  return [fact, value];
}

function checkFactCondition(condition: {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
}): string | undefined {
  const fieldPath = condition.path ? `${condition.fact}.${condition.path}` : condition.fact;
  const field = factField(fieldPath);
  if (!field) {
    if (!factField(condition.fact)) return `fact "${condition.fact}" is not a workload field, flow or reading`;
    return `path "${condition.path}" is not a field of "${condition.fact}"`;
  }
  const operator = parseOperator(condition.operator);
  if (!operator) return `${fieldPath}: unknown operator "${condition.operator}"`;
  const { base, decorators } = operator;
  const { value } = condition;
  if (base === 'present') {
    if (decorators.length > 0 || typeof value !== 'boolean') return `${fieldPath}: "present" takes true or false and no decorators`;
    return undefined;
  }
  if (field.kind === 'object') return `${fieldPath}: an object cannot be compared; name one of its fields in "path"`;
  const sides = applyDecorators(decorators, fieldPath, [{ field, item: false }, { literal: value }]);
  if (typeof sides === 'string') return sides;
  const [fact, compared] = sides;
  const problem = checkBaseOperands(base, fieldPath, fact, compared);
  if (problem) return problem;
  if (field.values) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string' || !field.values.includes(item)) {
        if (base === 'lengthAtLeast') continue;
        return `${fieldPath}: ${JSON.stringify(item)} is not an allowed value (allowed: ${field.values.join(', ')})`;
      }
    }
  }
  return undefined;
}

/** The kind of value an operand holds: an item of a list field holds its item kind. */
function kindOf(operand: Operand): string {
  if ('literal' in operand) return Array.isArray(operand.literal) ? 'list' : typeof operand.literal;
  if (operand.item) return operand.field.values ? 'enum' : 'string';
  return operand.field.kind;
}

function checkBaseOperands(base: string, fieldPath: string, fact: Operand, value: Operand): string | undefined {
  const factKind = kindOf(fact);
  const valueKind = kindOf(value);
  if (base === 'in' || base === 'notIn') {
    // The engine calls value.indexOf() unguarded, so the compared side must be the rule's own list.
    if (!('literal' in value) || !Array.isArray(value.literal)) return `${fieldPath}: "${base}" needs a list value`;
    return undefined;
  }
  if (base === 'contains' || base === 'doesNotContain') {
    return factKind === 'list' ? undefined : `${fieldPath}: "${base}" needs a list field`;
  }
  if (base === 'lengthAtLeast') {
    return factKind === 'list' && valueKind === 'number' ? undefined : `${fieldPath}: "lengthAtLeast" needs a list field and a number`;
  }
  if (base.startsWith('lessThan') || base.startsWith('greaterThan')) {
    return factKind === 'number' && valueKind === 'number' ? undefined : `${fieldPath}: "${base}" needs a number field and value`;
  }
  // equal / notEqual
  if (valueKind === 'list') return `${fieldPath}: "${base}" does not take a list value`;
  if (factKind === 'boolean' && valueKind !== 'boolean') return `${fieldPath}: a yes/no field compares with true or false`;
  if (factKind === 'number' && valueKind !== 'number') return `${fieldPath}: a number field compares with a number`;
  return undefined;
}

/**
 * "Runs on" must not loop (EMR on Spark and Spark on EMR): the pipeline could
 * not place either. Every rule's hosts count, so an organisation's rule
 * cannot close a loop with a built-in one; the rule named is a new one.
 */
function checkRunsOnCycles(rules: readonly LoadedRule[], fresh: ReadonlySet<LoadedRule>, ruleFiles: ReadonlyMap<string, string>): void {
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
    throw new RuleLoadError(ruleFiles.get(blamed.id) as string, blamed.id, `recommend.runsOn: the rules ${services} make services run on each other in a loop`);
  }
}

/**
 * Every new rule must evaluate, without throwing, workloads that give no
 * field, every field, and every field at its emptiest: whatever passed the
 * checks above, a rule that throws would fail every recommendation.
 */
function checkEvaluates(
  rules: readonly LoadedRule[],
  conditions: Readonly<Record<string, TopLevelCondition>>,
  ruleFiles: ReadonlyMap<string, string>,
): void {
  // Each probe as the advisor evaluates it: once per flow, with the derived facts.
  const probes = probeWorkloads().flatMap((workload) => {
    const facts = readFacts(workload);
    return facts.flows.map((flow) => evaluationFacts(workload, facts, flow));
  });
  for (const rule of rules) {
    const evaluate = compileRuleSet({ rules: [rule], conditions, version: '', byId: new Map() });
    for (const probe of probes) {
      try {
        evaluate(probe);
      } catch (error) {
        throw new RuleLoadError(ruleFiles.get(rule.id) as string, rule.id, `conditions: evaluating them fails (${(error as Error).message})`);
      }
    }
  }
}

/** json-rules-engine must accept every rule and named condition as we will run them. */
function checkEngineAccepts(
  rules: readonly LoadedRule[],
  conditions: Readonly<Record<string, TopLevelCondition>>,
  ruleFiles: ReadonlyMap<string, string>,
): void {
  // Loaded only when a file needs checking: trusted built-in rules start faster without it.
  const { Engine } = createRequire(import.meta.url)('json-rules-engine') as typeof import('json-rules-engine');
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
  for (const [name, condition] of Object.entries(conditions)) {
    try {
      engine.setCondition(name, condition as never);
    } catch (error) {
      throw new RuleLoadError('(named conditions)', undefined, `json-rules-engine rejects "${name}": ${(error as Error).message}`);
    }
  }
  for (const rule of rules) {
    try {
      engine.addRule(toEngineRule(rule));
    } catch (error) {
      throw new RuleLoadError(ruleFiles.get(rule.id) as string, rule.id, `json-rules-engine rejects it: ${(error as Error).message}`);
    }
  }
}

/**
 * The json-rules-engine view of a rule: its name, priority, conditions and an
 * event whose params are the rule's advice.
 */
export function toEngineRule(rule: RuleDefinition) {
  return {
    name: rule.id,
    priority: rule.priority,
    conditions: rule.conditions as never,
    event: { type: rule.event.type, params: { ruleId: rule.id } },
  };
}
