/**
 * The operators a rule may use: json-rules-engine's defaults and decorators,
 * reproduced with the library's exact semantics (including its validators,
 * so `greaterThan` on an absent field is false and `notIn` is true), plus the
 * one operator of our own, `present`.
 *
 * The compiled evaluator uses these functions directly; the reference
 * evaluator registers `present` with json-rules-engine and uses the library's
 * own copies of the rest. The differential test keeps the two identical.
 */

export type OperatorFn = (factValue: unknown, jsonValue: unknown) => boolean;

interface OperatorDef {
  evaluate: (factValue: any, jsonValue: any) => boolean;
  validate: (factValue: unknown) => boolean;
}

const always = () => true;
/** json-rules-engine's own test for the comparison operators. */
export const isNumeric = (value: unknown) => Number.parseFloat(value as string).toString() !== 'NaN';

const BASE_OPERATORS: Readonly<Record<string, OperatorDef>> = {
  equal: { evaluate: (a, b) => a === b, validate: always },
  notEqual: { evaluate: (a, b) => a !== b, validate: always },
  in: { evaluate: (a, b) => b.indexOf(a) > -1, validate: always },
  notIn: { evaluate: (a, b) => b.indexOf(a) === -1, validate: always },
  contains: { evaluate: (a, b) => a.indexOf(b) > -1, validate: Array.isArray },
  doesNotContain: { evaluate: (a, b) => a.indexOf(b) === -1, validate: Array.isArray },
  lessThan: { evaluate: (a, b) => a < b, validate: isNumeric },
  lessThanInclusive: { evaluate: (a, b) => a <= b, validate: isNumeric },
  greaterThan: { evaluate: (a, b) => a > b, validate: isNumeric },
  greaterThanInclusive: { evaluate: (a, b) => a >= b, validate: isNumeric },
  /** Ours: `value: true` holds when the field is given, `false` when it is absent. */
  present: { evaluate: (a, b) => (a !== undefined) === b, validate: always },
  /** Ours: a list field holds at least `value` items (say, three or more sources). */
  lengthAtLeast: { evaluate: (a, b) => a.length >= b, validate: Array.isArray },
};

type Next = (factValue: unknown, jsonValue: unknown) => boolean;

interface DecoratorDef {
  evaluate: (factValue: any, jsonValue: any, next: Next) => boolean;
  validate: (factValue: unknown) => boolean;
}

const DECORATORS: Readonly<Record<string, DecoratorDef>> = {
  someFact: { evaluate: (a, b, next) => a.some((item: unknown) => next(item, b)), validate: Array.isArray },
  someValue: { evaluate: (a, b, next) => b.some((item: unknown) => next(a, item)), validate: always },
  everyFact: { evaluate: (a, b, next) => a.every((item: unknown) => next(item, b)), validate: Array.isArray },
  everyValue: { evaluate: (a, b, next) => b.every((item: unknown) => next(a, item)), validate: always },
  swap: { evaluate: (a, b, next) => next(b, a), validate: always },
  not: { evaluate: (a, b, next) => !next(a, b), validate: always },
};

/** Operators of our own that json-rules-engine must be taught. */
export const CUSTOM_OPERATORS: Readonly<Record<string, OperatorFn>> = {
  present: BASE_OPERATORS.present.evaluate,
  lengthAtLeast: (a, b) => BASE_OPERATORS.lengthAtLeast.validate(a) && BASE_OPERATORS.lengthAtLeast.evaluate(a, b),
};

export const BASE_OPERATOR_NAMES: readonly string[] = Object.keys(BASE_OPERATORS);
export const DECORATOR_NAMES: readonly string[] = Object.keys(DECORATORS);

/** Splits `not:someFact:in` into its decorators and base operator. */
export function parseOperator(name: string): { decorators: string[]; base: string } | undefined {
  const parts = name.split(':');
  const base = parts.pop() as string;
  if (!Object.hasOwn(BASE_OPERATORS, base)) return undefined;
  if (!parts.every((part) => Object.hasOwn(DECORATORS, part))) return undefined;
  return { decorators: parts, base };
}

/**
 * Builds the evaluation function for an operator name, decorators included,
 * the way json-rules-engine's OperatorMap composes them.
 *
 * @example
 * const someIn = compileOperator('someFact:in');
 * someIn(['s3', 'saas'], ['saas']); // true
 */
export function compileOperator(name: string): OperatorFn {
  const parsed = parseOperator(name);
  if (!parsed) throw new Error(`unknown operator "${name}"`);
  const base = BASE_OPERATORS[parsed.base];
  let fn: OperatorFn = (a, b) => base.validate(a) && base.evaluate(a, b);
  for (const decoratorName of [...parsed.decorators].reverse()) {
    const decorator = DECORATORS[decoratorName];
    const next = fn;
    fn = (a, b) => decorator.validate(a) && decorator.evaluate(a, b, next);
  }
  return fn;
}
