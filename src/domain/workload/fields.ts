import type * as z from 'zod';
import { FIELD_LABELS, WorkloadSchema } from './schema.js';

/** What a rule may compare a workload field against. */
export interface WorkloadField {
  /** Dotted path from the workload root, such as `ingestion.throughputMBps`. */
  path: string;
  kind: 'object' | 'list' | 'enum' | 'number' | 'boolean' | 'string';
  /** Allowed values of an enum, or of each item of a list. */
  values?: readonly string[];
  description: string;
  /** How a person reads the field (`Write rate`), and its unit (`MB/s`); see {@link FIELD_LABELS}. */
  label: string;
  unit?: string;
  /** The longest text a string field may hold. */
  maxLength?: number;
  /** The largest value a number field may hold. */
  maxValue?: number;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current.def.type === 'optional' || current.def.type === 'nullable' || current.def.type === 'default') {
    current = (current.def as unknown as { innerType: z.ZodType }).innerType;
  }
  return current;
}

function describeField(path: string, schema: z.ZodType, into: Map<string, WorkloadField>): void {
  const inner = unwrap(schema);
  const description = schema.description ?? inner.description ?? '';
  const { label, unit } = FIELD_LABELS.get(inner) ?? FIELD_LABELS.get(schema) ?? { label: path };
  const named = { label, ...(unit ? { unit } : {}) };
  switch (inner.def.type) {
    case 'object': {
      if (path) into.set(path, { path, kind: 'object', description, ...named });
      const shape = (inner as z.ZodObject).shape;
      for (const [key, child] of Object.entries(shape)) {
        describeField(path ? `${path}.${key}` : key, child as z.ZodType, into);
      }
      return;
    }
    case 'array': {
      const element = unwrap((inner as z.ZodArray<z.ZodType>).element);
      const values = element.def.type === 'enum' ? (element as z.ZodEnum).options.map(String) : undefined;
      into.set(path, { path, kind: 'list', values, description, ...named });
      return;
    }
    case 'enum':
      into.set(path, { path, kind: 'enum', values: (inner as z.ZodEnum).options.map(String), description, ...named });
      return;
    case 'number': {
      const maxValue = (inner as z.ZodNumber).maxValue;
      into.set(path, { path, kind: 'number', description, ...named, ...(Number.isFinite(maxValue) ? { maxValue: maxValue as number } : {}) });
      return;
    }
    case 'string': {
      const maxLength = (inner as z.ZodString).maxLength;
      into.set(path, { path, kind: 'string', description, ...named, ...(maxLength === null ? {} : { maxLength }) });
      return;
    }
    case 'boolean':
      into.set(path, { path, kind: 'boolean', description, ...named });
      return;
    default:
      throw new Error(`workload field ${path} has a schema type (${inner.def.type}) rules cannot compare`);
  }
}

function collectFields(): ReadonlyMap<string, WorkloadField> {
  const fields = new Map<string, WorkloadField>();
  describeField('', WorkloadSchema, fields);
  return fields;
}

/**
 * Every field of the workload schema by dotted path, derived from the zod
 * schema itself so that rule validation can never drift from it.
 *
 * @example
 * WORKLOAD_FIELDS.get('latency')?.values; // ['real-time', 'near-real-time', 'batch']
 */
export const WORKLOAD_FIELDS: ReadonlyMap<string, WorkloadField> = collectFields();

/**
 * Reads a dotted path from a workload using own properties only, so that a
 * path can never reach `__proto__`, `constructor` or anything inherited.
 *
 * @example
 * readPath({ ingestion: { consumers: 3 } }, 'ingestion.consumers'); // 3
 */
export function readPath(value: unknown, path: string | readonly string[]): unknown {
  let current: unknown = value;
  for (const key of typeof path === 'string' ? path.split('.') : path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A value of a field's kind: the first allowed value, or a plausible one; `emptiest` gives empty lists, false and 0. */
function sampleValue(field: WorkloadField, emptiest: boolean): unknown {
  switch (field.kind) {
    case 'list':
      return emptiest ? [] : [...(field.values ?? ['x'])];
    case 'enum':
      return (field.values as readonly string[])[emptiest ? field.values!.length - 1 : 0];
    case 'number':
      return emptiest ? 0 : 1;
    case 'boolean':
      return !emptiest;
    default:
      return field.path === 'account.region' ? 'eu-west-1' : 'x';
  }
}

/**
 * Workloads that give no field, every field, and every field at its emptiest:
 * what a rule is evaluated against at load, to refuse one that would throw.
 *
 * @example
 * probeWorkloads()[1].ingestion; // { mode: 'streaming', producers: 1, ... }
 */
export function probeWorkloads(): Array<Record<string, unknown>> {
  const build = (emptiest: boolean) => {
    const workload: Record<string, unknown> = {};
    for (const field of WORKLOAD_FIELDS.values()) {
      if (field.kind === 'object') continue;
      const keys = field.path.split('.');
      let target = workload;
      for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[keys[keys.length - 1]] = sampleValue(field, emptiest);
    }
    return workload;
  };
  return [{}, build(false), build(true)];
}
