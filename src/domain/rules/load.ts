import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type * as z from 'zod';
import { packageRoot } from '../../package-files.js';
import { type Catalog, createCatalog } from '../catalog/catalog.js';
import { CARD_TITLES } from '../catalog/cards.js';
import type { OrgService } from '../catalog/schema.js';
import { SERVICE_IDS } from '../catalog/service-ids.js';
import { RuleLoadError } from '../errors.js';
import { exceedsDepth } from '../json-depth.js';
import { checkCondition, insideDeepChain } from './check-conditions.js';
import { checkRule } from './check-rule.js';
import { checkEngineAccepts, checkEvaluates, checkRunsOnCycles, type Report } from './engine-checks.js';
import { builtInRulesDir, listRuleFiles, MAX_RULE_FILE_BYTES, type RawFile } from './rule-files.js';
import { BuiltInRuleFileSchema, OrganisationRuleFileSchema, type RuleDefinition, type RuleFile, type TopLevelCondition } from './schema.js';

export { builtInRulesDir, MAX_RULE_FILE_BYTES } from './rule-files.js';
export { toEngineRule } from './engine-checks.js';

/** A rule as loaded: the file's definition plus where it came from. */
export interface LoadedRule extends RuleDefinition {
  /** `built-in`, or the path of an organisation's rule file. */
  source: string;
  /** The file name inside its directory. */
  file: string;
  topic: string;
}

/** An organisation's own service as loaded, with the rule file that declares it. */
export interface LoadedService extends OrgService {
  source: string;
}

/** Every loaded rule, in evaluation order (priority high to low, then id). */
export interface RuleSet {
  rules: readonly LoadedRule[];
  /** Named conditions shared by rules (`{ "condition": "streaming-ingest" }`). */
  conditions: Readonly<Record<string, TopLevelCondition>>;
  /** `sha256:` and the first 12 hex digits of the loaded rule files' hash. */
  version: string;
  byId: ReadonlyMap<string, LoadedRule>;
  /** The organisation's own services, in file order. */
  services: readonly LoadedService[];
  /** The built-in catalog plus the organisation's services: what the adapters list. */
  catalog: Catalog;
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

/** Conditions nest a few levels; anything deeper than this is refused before it is parsed. */
export const MAX_RULE_FILE_DEPTH = 40;

/** Where the build records the hashes of the built-in rule files it validated. */
export const VALIDATED_RULES_MANIFEST = join('dist', 'validated-rules.json');

/** The most problems `rules check` lists for one file's schema: the rest follow from the first ones. */
const MAX_SCHEMA_PROBLEMS_PER_FILE = 20;

const throwFirst: Report = (problem) => {
  throw problem;
};

/** The built-in files and those of the organisation's directories, as read. */
function readFiles(options: LoadRulesOptions, report?: Report): { builtIn: RawFile[]; custom: RawFile[] } {
  const builtIn = options.builtIn === false ? [] : listRuleFiles(builtInRulesDir(), () => 'built-in');
  // An organisation's rule is named by its path inside its folder, never the absolute path, which the API shows.
  const custom = (options.dirs ?? []).flatMap((dir) => listRuleFiles(dir, (path) => relative(resolve(dir), path), report));
  return { builtIn, custom };
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
  const { builtIn, custom } = readFiles(options);
  const validated = options.trustBuiltIn !== false && builtIn.length > 0 ? validatedVersion(builtIn) : undefined;
  const trusted = validated === undefined ? new Set<RawFile>() : new Set(builtIn);
  return buildRuleSet([...builtIn, ...custom], throwFirst, trusted, custom.length === 0 ? validated : undefined);
}

/**
 * Every problem with the organisation's directories, each naming its file,
 * its rule (when there is one) and the reason, without stopping at the
 * first: what `aws-data-advisor rules check` lists, by file. Empty when all is sound.
 *
 * @example
 * checkRuleDirs(['./company-rules']).map((problem) => problem.message);
 * // ['rule file platform.json, rule acme:msk-first: conditions: unknown named condition "streamin"']
 */
export function checkRuleDirs(dirs: readonly string[]): RuleLoadError[] {
  const problems: RuleLoadError[] = [];
  const report: Report = (problem) => void problems.push(problem);
  try {
    const { builtIn, custom } = readFiles({ dirs }, report);
    const validated = validatedVersion(builtIn);
    buildRuleSet([...builtIn, ...custom], report, validated === undefined ? new Set() : new Set(builtIn));
  } catch (error) {
    // An unreadable directory ends the check: there is nothing more to read.
    if (!(error instanceof RuleLoadError)) throw error;
    problems.push(error);
  }
  // By file, each file's problems in the order they were found (a stable sort).
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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
 * Builds a rule set from an organisation's rule file texts already in
 * memory (without the built-in rules). `path` is only used to name the file
 * in errors.
 *
 * @example
 * ruleSetFromTexts([{ path: 'mine.json', text: '{"topic":"x","rules":[...]}' }]);
 */
export function ruleSetFromTexts(files: ReadonlyArray<{ path: string; text: string; source?: string }>): RuleSet {
  return buildRuleSet(
    files.map((file) => ({ path: file.path, text: file.text, file: basename(file.path), source: file.source ?? file.path })),
    throwFirst,
  );
}

/** `sha256:` and the first 12 hex digits of the hash of the files' names and texts, in load order. */
function versionOf(files: readonly RawFile[]): string {
  const hash = createHash('sha256');
  for (const raw of files) hash.update(raw.file).update('\0').update(raw.text).update('\0');
  return `sha256:${hash.digest('hex').slice(0, 12)}`;
}

/**
 * One file parsed and checked against its schema (the built-in or the
 * organisation's), or undefined after reporting why it cannot be used.
 */
function parseFile(raw: RawFile, check: boolean, report: Report): RuleFile | undefined {
  if (check && Buffer.byteLength(raw.text) > MAX_RULE_FILE_BYTES) {
    return void report(new RuleLoadError(raw.path, undefined, `the file is larger than ${MAX_RULE_FILE_BYTES} bytes`));
  }
  if (check && exceedsDepth(raw.text, MAX_RULE_FILE_DEPTH)) {
    return void report(new RuleLoadError(raw.path, undefined, `the file nests deeper than ${MAX_RULE_FILE_DEPTH} levels`));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch (error) {
    return void report(new RuleLoadError(raw.path, undefined, `not valid JSON (${(error as Error).message})`));
  }
  if (!check) return json as RuleFile;
  const schema = raw.source === 'built-in' ? BuiltInRuleFileSchema : OrganisationRuleFileSchema;
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const first of parsed.error.issues.slice(0, MAX_SCHEMA_PROBLEMS_PER_FILE)) {
    const issue = closestIssue(first);
    const ruleIndex = issue.path[0] === 'rules' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const ruleId = ruleIndex === undefined ? undefined : idOf((json as { rules: unknown[] }).rules[ruleIndex]);
    report(new RuleLoadError(raw.path, ruleId, `${issue.path.join('.') || '(file)'}: ${issue.message}`));
  }
  return undefined;
}

/** What the files declare, gathered in load order, with where each name was first declared. */
interface Declarations {
  rules: LoadedRule[];
  conditions: Record<string, TopLevelCondition>;
  services: LoadedService[];
  conditionFiles: Map<string, string>;
  ruleFiles: Map<string, string>;
  serviceFiles: Map<string, string>;
  unchecked: LoadedRule[];
  uncheckedConditions: string[];
}

/** Adds one parsed file's services, named conditions and rules, reporting names declared twice. */
function declare(into: Declarations, raw: RawFile, file: RuleFile, check: boolean, report: Report): void {
  for (const service of file.services ?? []) {
    const known = into.serviceFiles.get(service.id);
    if (known) {
      report(new RuleLoadError(raw.path, undefined, `service "${service.id}" is already declared in ${known}`));
      continue;
    }
    const card = service.cardNotes.find((note) => !CARD_TITLES.has(note.card));
    if (card) {
      report(new RuleLoadError(raw.path, undefined, `service "${service.id}": cardNotes: "${card.card}" is not a card title`));
      continue;
    }
    into.serviceFiles.set(service.id, raw.path);
    into.services.push({ ...service, source: raw.source });
  }
  for (const [name, condition] of Object.entries(file.conditions ?? {})) {
    if (into.conditionFiles.has(name)) {
      report(new RuleLoadError(raw.path, undefined, `named condition "${name}" is already defined in ${into.conditionFiles.get(name)}`));
      continue;
    }
    into.conditionFiles.set(name, raw.path);
    into.conditions[name] = condition;
    if (check) into.uncheckedConditions.push(name);
  }
  for (const rule of file.rules ?? []) {
    if (into.ruleFiles.has(rule.id)) {
      report(new RuleLoadError(raw.path, rule.id, `duplicate rule id "${rule.id}" (also in ${into.ruleFiles.get(rule.id)})`));
      continue;
    }
    into.ruleFiles.set(rule.id, raw.path);
    const loaded = { ...rule, source: raw.source, file: raw.file, topic: file.topic };
    into.rules.push(loaded);
    if (check) into.unchecked.push(loaded);
  }
}

/** Checks what was declared unchecked: each rule (naming the rule first), named conditions, then the engine, host loops and evaluation. */
function checkDeclarations(found: Declarations, report: Report): void {
  const checked = new Map<string, string | undefined>();
  const services = new Set<string>([...SERVICE_IDS, ...found.services.map((service) => service.id)]);
  const sound = found.unchecked.filter((rule) => {
    const problem = checkRule(rule, { conditions: found.conditions, checked, services });
    if (problem) report(new RuleLoadError(found.ruleFiles.get(rule.id) as string, rule.id, problem));
    return !problem;
  });
  for (const name of found.uncheckedConditions) {
    const problem = checkCondition({ condition: name }, found.conditions, checked);
    if (problem && !insideDeepChain(name, found.conditions)) report(new RuleLoadError(found.conditionFiles.get(name) as string, undefined, `named condition "${name}": ${problem}`));
  }
  if (found.unchecked.length === 0 && found.uncheckedConditions.length === 0) return;
  const refused = checkEngineAccepts(sound, found.conditions, found.ruleFiles, report);
  const accepted = sound.filter((rule) => !refused.has(rule));
  checkRunsOnCycles(found.rules, new Set(found.unchecked), found.ruleFiles, report);
  checkEvaluates(accepted, found.conditions, found.ruleFiles, report);
}

function buildRuleSet(files: readonly RawFile[], report: Report, trusted: ReadonlySet<RawFile> = new Set(), version?: string): RuleSet {
  const found: Declarations = {
    rules: [],
    conditions: {},
    services: [],
    conditionFiles: new Map(),
    ruleFiles: new Map(),
    serviceFiles: new Map(),
    unchecked: [],
    uncheckedConditions: [],
  };
  for (const raw of files) {
    // A trusted file is byte for byte one the build validated with this same schema.
    const check = !trusted.has(raw);
    const file = parseFile(raw, check, report);
    if (file) declare(found, raw, file, check, report);
  }
  checkDeclarations(found, report);
  const rules = found.rules.sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    rules,
    conditions: found.conditions,
    version: version ?? versionOf(files),
    byId: new Map(rules.map((rule) => [rule.id, rule])),
    services: found.services,
    catalog: createCatalog(found.services.map(({ source: _source, ...entry }) => entry)),
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
