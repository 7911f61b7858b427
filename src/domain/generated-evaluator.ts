import type { RuleEvaluator } from './compiled-evaluator.js';
import { runGeneratedSource } from './generated-function.js';
import type { LoadedRule, RuleSet } from './load-rules.js';
import { compileOperator, isNumeric, type OperatorFn } from './rule-operators.js';
import type { Condition, FactCondition, TopLevelCondition } from './rule-schema.js';
import { readPath } from './workload-fields.js';

/**
 * What the generated function receives besides the workload: helpers it
 * calls and the values it cannot write as literals. Nothing else is in its
 * scope, and no text from a rule file reaches its source except through
 * `JSON.stringify`, so a rule can only ever be data.
 */
interface Bindings {
  hasOwn: (value: object, key: string) => boolean;
  isNumeric: (value: unknown) => boolean;
  readPath: typeof readPath;
  /** Operators with decorators (`not:someFact:in`), composed once. */
  operators: OperatorFn[];
  /** Array values and multi-key paths. */
  constants: unknown[];
  rules: readonly LoadedRule[];
}

const COMPARISONS: Readonly<Record<string, string>> = {
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
};

/**
 * Generates one JavaScript function for a whole rule set: every field a
 * rule reads is read once at the top, every leaf condition becomes an
 * inline expression with json-rules-engine's exact semantics (validators
 * included), and every named condition a local computed at most once. V8
 * then optimizes it like hand-written code, which closures per condition do
 * not allow. Returns `undefined` where code generation is disallowed
 * (`node --disallow-code-generation-from-strings`).
 *
 * @example
 * const evaluate = generateEvaluator(loadRules());
 * evaluate?.({ ingestion: { mode: 'streaming' } }).map((rule) => rule.id);
 */
export function generateEvaluator(ruleSet: RuleSet): RuleEvaluator | undefined {
  const bindings: Bindings = {
    hasOwn: Object.hasOwn,
    isNumeric,
    readPath,
    operators: [],
    constants: [],
    rules: ruleSet.rules,
  };
  return runGeneratedSource<RuleEvaluator>('bindings', generateSource(ruleSet, bindings), bindings);
}

/** The body of `function (bindings) { ... return function evaluate(facts) { ... } }`. */
function generateSource(ruleSet: RuleSet, bindings: Bindings): string {
  const names = Object.keys(ruleSet.conditions);
  const namedSlot = new Map(names.map((name, slot) => [name, slot]));
  const factSlots = new Map<string, number>();
  const valueSlots = new Map<string, number>();
  const reads: string[] = [];

  const constant = (value: unknown): string => {
    bindings.constants.push(value);
    return `constants[${bindings.constants.length - 1}]`;
  };
  const literal = (value: FactCondition['value']): string => (Array.isArray(value) ? constant(value) : JSON.stringify(value));

  // The compiled semantics of a fact and path, as the reference path resolver
  // has them: own properties only, and a path applies to an object fact only.
  const valueOf = (fact: string, path: string | undefined): string => {
    let factSlot = factSlots.get(fact);
    if (factSlot === undefined) {
      factSlot = factSlots.size;
      factSlots.set(fact, factSlot);
      const key = JSON.stringify(fact);
      reads.push(`const f${factSlot} = hasOwn(facts, ${key}) ? facts[${key}] : undefined;`);
    }
    if (!path) return `f${factSlot}`;
    const id = `${fact}\u0000${path}`;
    let slot = valueSlots.get(id);
    if (slot === undefined) {
      slot = valueSlots.size;
      valueSlots.set(id, slot);
      const keys = path.split('.');
      const f = `f${factSlot}`;
      const read =
        keys.length === 1
          ? `(hasOwn(${f}, ${JSON.stringify(keys[0])}) ? ${f}[${JSON.stringify(keys[0])}] : undefined)`
          : `readPath(${f}, ${constant(keys)})`;
      reads.push(`const v${slot} = ${f} !== null && typeof ${f} === "object" ? ${read} : ${f};`);
    }
    return `v${slot}`;
  };

  const leaf = (condition: FactCondition): string => {
    const x = valueOf(condition.fact, condition.path);
    const b = literal(condition.value);
    const { operator } = condition;
    switch (operator) {
      case 'equal':
        return `(${x} === ${b})`;
      case 'notEqual':
        return `(${x} !== ${b})`;
      case 'in':
        if (Array.isArray(condition.value)) return `(${b}.indexOf(${x}) > -1)`;
        break;
      case 'notIn':
        if (Array.isArray(condition.value)) return `(${b}.indexOf(${x}) === -1)`;
        break;
      case 'contains':
        return `(Array.isArray(${x}) && ${x}.indexOf(${b}) > -1)`;
      case 'doesNotContain':
        return `(Array.isArray(${x}) && ${x}.indexOf(${b}) === -1)`;
      case 'present':
        return `((${x} !== undefined) === ${b})`;
      case 'lengthAtLeast':
        return `(Array.isArray(${x}) && ${x}.length >= ${b})`;
      default:
        if (Object.hasOwn(COMPARISONS, operator)) {
          // For a number, json-rules-engine's isNumeric is "not NaN", which the comparison already implies.
          const op = COMPARISONS[operator];
          return `(typeof ${x} === "number" ? ${x} ${op} ${b} : isNumeric(${x}) && ${x} ${op} ${b})`;
        }
    }
    bindings.operators.push(compileOperator(operator));
    return `operators[${bindings.operators.length - 1}](${x}, ${b})`;
  };

  const expression = (condition: Condition | TopLevelCondition): string => {
    if ('all' in condition) return condition.all.length === 0 ? 'true' : `(${condition.all.map(expression).join(' && ')})`;
    if ('any' in condition) return condition.any.length === 0 ? 'false' : `(${condition.any.map(expression).join(' || ')})`;
    if ('not' in condition) return `!${expression(condition.not)}`;
    if ('condition' in condition) {
      const slot = namedSlot.get(condition.condition);
      if (slot === undefined) throw new Error(`unknown named condition "${condition.condition}"`);
      // Inlined where used: a call per reference would cost more than the code it saves.
      return `(n${slot} ?? (n${slot} = ${expression(ruleSet.conditions[condition.condition])}))`;
    }
    return leaf(condition);
  };

  const tests = ruleSet.rules.map((rule, index) => `if (${expression(rule.conditions)}) fired.push(rules[${index}]);`);
  return [
    '"use strict";',
    'const { hasOwn, isNumeric, readPath, operators, constants, rules } = bindings;',
    'return function evaluate(facts) {',
    ...reads,
    names.length > 0 ? `let ${names.map((_, slot) => `n${slot}`).join(', ')};` : '',
    'const fired = [];',
    ...tests,
    'return fired;',
    '};',
  ].join('\n');
}
