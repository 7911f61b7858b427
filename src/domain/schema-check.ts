import type * as z from 'zod';
import { runGeneratedSource } from './generated-function.js';

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
  when?: unknown;
}
interface Schema {
  _zod: { def: Definition };
}

/** Thrown while generating: the schema uses something this module does not mirror, so zod alone must decide. */
class Unsupported extends Error {}

/**
 * Compiles a zod schema into a yes/no check that agrees with
 * `schema.safeParse(value).success`, for schemas whose parsed value is the
 * input itself: strict objects, optional fields, strings, finite numbers,
 * booleans, enums, arrays and their checks, and refinements (which it calls).
 * Returns undefined for any other schema (one that strips keys, transforms or
 * defaults, say), and where the process disallows code generation.
 *
 * A valid workload is what callers send almost always, and zod spends most
 * of its time building what only an invalid one needs: issue lists, paths,
 * and a copy of the input. So `parseWorkload` asks this check first and
 * calls zod, for its messages, only when the check says no. The check is one
 * generated function, every field read by its constant name; numbers, and
 * the names of fields, reach its source only through
 * `JSON.stringify`, and patterns, enum sets and refinements are passed in. A
 * differential test holds it to zod's verdict on random and mutated workloads.
 *
 * @example
 * const check = compileSchemaCheck(z.strictObject({ n: z.number().int() }).partial());
 * check?.({ n: 2 }); // true
 * check?.({ n: 2.5 }); // false
 */
export function compileSchemaCheck(schema: z.ZodType): SchemaCheck | undefined {
  const generator = new Generator();
  try {
    generator.emit(schema as unknown as Schema, 'value', '  ');
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const source = `${generator.declarations.join('\n')}\nreturn function check(value) {\n${generator.lines.join('\n')}\n  return true;\n};`;
  return runGeneratedSource<SchemaCheck>('bound', source, generator.bound);
}

const LENGTH_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);

/** A number as source text; bounds that JSON cannot spell (infinities, NaN) are zod's to check. */
function numberLiteral(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Unsupported(`bound ${String(value)}`);
  return JSON.stringify(value);
}

/** Builds the check's source: statements that return false at the first test a value fails. */
class Generator {
  /** Values the source refers to by name: enum sets, patterns, refinements, key sets. */
  readonly bound: unknown[] = [];
  readonly declarations: string[] = [];
  readonly lines: string[] = [];
  private locals = 0;

  private bind(value: unknown): string {
    const index = this.bound.push(value) - 1;
    this.declarations.push(`const b${index} = bound[${index}];`);
    return `b${index}`;
  }

  private local(): string {
    return `v${this.locals++}`;
  }

  private fail(condition: string, indent: string): void {
    this.lines.push(`${indent}if (${condition}) return false;`);
  }

  /** Statements that return false unless `subject` (an identifier) passes `schema`. */
  emit(schema: Schema, subject: string, indent: string): void {
    const def = schema._zod.def;
    switch (def.type) {
      case 'boolean':
        this.fail(`typeof ${subject} !== "boolean"`, indent);
        break;
      case 'string':
        this.fail(`typeof ${subject} !== "string"`, indent);
        break;
      case 'number':
        this.fail(`typeof ${subject} !== "number" || !Number.isFinite(${subject})`, indent);
        break;
      case 'enum':
        this.fail(`!${this.bind(new Set(Object.values(def.entries ?? {})))}.has(${subject})`, indent);
        break;
      case 'optional':
        this.lines.push(`${indent}if (${subject} !== undefined) {`);
        this.emit(def.innerType as Schema, subject, `${indent}  `);
        this.lines.push(`${indent}}`);
        break;
      case 'array': {
        const index = this.local();
        const item = this.local();
        this.fail(`!Array.isArray(${subject})`, indent);
        this.lines.push(`${indent}for (let ${index} = 0; ${index} < ${subject}.length; ${index}++) {`, `${indent}  const ${item} = ${subject}[${index}];`);
        this.emit(def.element as Schema, item, `${indent}  `);
        this.lines.push(`${indent}}`);
        break;
      }
      case 'object':
        this.emitObject(def, subject, indent);
        break;
      default:
        throw new Unsupported(def.type);
    }
    for (const check of def.checks ?? []) this.emitCheck(check._zod.def, subject, indent);
  }

  private emitObject(def: Definition, subject: string, indent: string): void {
    // Only a strict object's parsed value is its input: others drop or transform unknown keys.
    if (def.catchall?._zod.def.type !== 'never') throw new Unsupported('non-strict object');
    const shape = def.shape ?? {};
    this.fail(`typeof ${subject} !== "object" || ${subject} === null || Array.isArray(${subject})`, indent);
    for (const [key, field] of Object.entries(shape)) {
      const value = this.local();
      this.lines.push(`${indent}const ${value} = ${subject}[${JSON.stringify(key)}];`);
      this.emit(field, value, indent);
    }
    const key = this.local();
    // zod walks enumerable keys with for...in too, inherited ones included.
    this.lines.push(`${indent}for (const ${key} in ${subject}) if (!${this.bind(new Set(Object.keys(shape)))}.has(${key})) return false;`);
  }

  private emitCheck(def: Definition, subject: string, indent: string): void {
    // zod gives length checks a `when` (the value has a length), which the type test before them settles;
    // any other conditional check is zod's to run.
    if (def.when !== undefined && !LENGTH_CHECKS.has(def.check ?? '')) throw new Unsupported(`conditional check ${def.check}`);
    switch (def.check) {
      case 'number_format':
        if (def.format !== 'safeint') throw new Unsupported(`number format ${def.format}`);
        return this.fail(`!Number.isSafeInteger(${subject})`, indent);
      case 'greater_than':
        return this.fail(`!(${subject} ${def.inclusive ? '>=' : '>'} ${numberLiteral(def.value)})`, indent);
      case 'less_than':
        return this.fail(`!(${subject} ${def.inclusive ? '<=' : '<'} ${numberLiteral(def.value)})`, indent);
      case 'min_length':
        return this.fail(`${subject}.length < ${numberLiteral(def.minimum)}`, indent);
      case 'max_length':
        return this.fail(`${subject}.length > ${numberLiteral(def.maximum)}`, indent);
      case 'length_equals':
        return this.fail(`${subject}.length !== ${numberLiteral(def.length)}`, indent);
      case 'string_format': {
        const pattern = def.pattern;
        // A global or sticky pattern carries state from one test to the next.
        if (def.format !== 'regex' || !pattern || pattern.global || pattern.sticky) throw new Unsupported(`string format ${def.format}`);
        return this.fail(`!${this.bind(pattern)}.test(${subject})`, indent);
      }
      case 'custom': {
        const verdict = this.local();
        this.lines.push(`${indent}const ${verdict} = ${this.bind(def.fn)}(${subject});`);
        // An asynchronous refinement is zod's to run (and refuse, in a synchronous parse).
        return this.fail(`${verdict} instanceof Promise || !${verdict}`, indent);
      }
      default:
        throw new Unsupported(`check ${def.check}`);
    }
  }
}
