import type * as z from 'zod';
import { WorkloadSchema } from './workload-schema.js';

/** What a rule may compare a workload field against. */
export interface WorkloadField {
  /** Dotted path from the workload root, such as `ingestion.throughputMBps`. */
  path: string;
  kind: 'object' | 'list' | 'enum' | 'number' | 'boolean' | 'string';
  /** Allowed values of an enum, or of each item of a list. */
  values?: readonly string[];
  description: string;
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
  switch (inner.def.type) {
    case 'object': {
      if (path) into.set(path, { path, kind: 'object', description });
      const shape = (inner as z.ZodObject).shape;
      for (const [key, child] of Object.entries(shape)) {
        describeField(path ? `${path}.${key}` : key, child as z.ZodType, into);
      }
      return;
    }
    case 'array': {
      const element = unwrap((inner as z.ZodArray<z.ZodType>).element);
      const values = element.def.type === 'enum' ? (element as z.ZodEnum).options.map(String) : undefined;
      into.set(path, { path, kind: 'list', values, description });
      return;
    }
    case 'enum':
      into.set(path, { path, kind: 'enum', values: (inner as z.ZodEnum).options.map(String), description });
      return;
    case 'number':
    case 'boolean':
    case 'string':
      into.set(path, { path, kind: inner.def.type, description });
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
