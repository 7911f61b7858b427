import type * as z from 'zod';

/** Whether a value passes a schema, answered without building issues or a parsed copy. */
export type SchemaCheck = (value: unknown) => boolean;

/** The parts of zod's internal definitions this module reads. */
interface Definition {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  element?: Schema;
  entries?: Record<string, unknown>;
  checks?: Schema[];
  // On checks:
  check?: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
  pattern?: RegExp;
  fn?: (value: never) => unknown;
}
interface Schema {
  _zod: { def: Definition };
}

/** Thrown while compiling: the schema uses something this module does not mirror, so zod alone must decide. */
class Unsupported extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compiles a zod schema into a yes/no check that agrees with
 * `schema.safeParse(value).success`, for schemas whose parsed value is the
 * input itself: strict objects, optional fields, strings, finite numbers,
 * booleans, enums, arrays and their checks, and refinements (which it calls).
 * Returns undefined for any other schema (one that strips keys, transforms or
 * defaults, say).
 *
 * A valid workload is what callers send almost always, and zod spends most
 * of its time building what only an invalid one needs: issue lists, paths,
 * and a copy of the input. So `parseWorkload` asks this check first and
 * calls zod, for its messages, only when the check says no. A differential
 * test holds the two to the same verdict on random and mutated workloads.
 *
 * @example
 * const check = compileSchemaCheck(z.strictObject({ n: z.number().int() }).partial());
 * check?.({ n: 2 }); // true
 * check?.({ n: 2.5 }); // false
 */
export function compileSchemaCheck(schema: z.ZodType): SchemaCheck | undefined {
  try {
    return compile(schema as unknown as Schema);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function compile(schema: Schema): SchemaCheck {
  const def = schema._zod.def;
  const checks = (def.checks ?? []).map((check) => compileCheck(check._zod.def));
  const base = compileType(def);
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileType(def: Definition): SchemaCheck {
  switch (def.type) {
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = compile(def.innerType as Schema);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = compile(def.element as Schema);
      return (value) => Array.isArray(value) && value.every((item) => element(item));
    }
    case 'object':
      return compileObject(def);
    default:
      throw new Unsupported(def.type);
  }
}

function compileObject(def: Definition): SchemaCheck {
  // Only a strict object's parsed value is its input: others drop or transform unknown keys.
  if (def.catchall?._zod.def.type !== 'never') throw new Unsupported('non-strict object');
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => [key, compile(schema)] as const);
  const known = new Set(fields.map(([key]) => key));
  return (value) => {
    if (!isObject(value)) return false;
    for (const [key, check] of fields) if (!check(value[key])) return false;
    // zod walks enumerable keys with for...in too, inherited ones included.
    for (const key in value) if (!known.has(key)) return false;
    return true;
  };
}

function compileCheck(def: Definition): SchemaCheck {
  switch (def.check) {
    case 'number_format':
      if (def.format !== 'safeint') throw new Unsupported(`number format ${def.format}`);
      return (value) => Number.isSafeInteger(value);
    case 'greater_than': {
      const limit = def.value as number;
      return def.inclusive ? (value) => (value as number) >= limit : (value) => (value as number) > limit;
    }
    case 'less_than': {
      const limit = def.value as number;
      return def.inclusive ? (value) => (value as number) <= limit : (value) => (value as number) < limit;
    }
    case 'min_length': {
      const minimum = def.minimum as number;
      return (value) => (value as { length: number }).length >= minimum;
    }
    case 'max_length': {
      const maximum = def.maximum as number;
      return (value) => (value as { length: number }).length <= maximum;
    }
    case 'length_equals': {
      const length = def.length as number;
      return (value) => (value as { length: number }).length === length;
    }
    case 'string_format': {
      const pattern = def.pattern;
      // A global or sticky pattern carries state from one test to the next.
      if (def.format !== 'regex' || !pattern || pattern.global || pattern.sticky) throw new Unsupported(`string format ${def.format}`);
      return (value) => pattern.test(value as string);
    }
    case 'custom': {
      const fn = def.fn as (value: unknown) => unknown;
      return (value) => {
        const verdict = fn(value);
        // An asynchronous refinement is zod's to run (and refuse, in a synchronous parse).
        return !(verdict instanceof Promise) && Boolean(verdict);
      };
    }
    default:
      throw new Unsupported(`check ${def.check}`);
  }
}
