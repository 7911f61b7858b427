import fc from 'fast-check';
import { WORKLOAD_FIELDS, type WorkloadField } from '../../src/domain/workload/fields.js';

const NUMBER_BOUNDS: Record<string, { min: number; max: number; integer?: boolean }> = {
  'data.volumeTB': { min: 0, max: 5000 },
  'ingestion.producers': { min: 1, max: 200_000, integer: true },
  'ingestion.throughputMBps': { min: 0, max: 400 },
  'ingestion.recordsPerSecond': { min: 0, max: 500_000 },
  'ingestion.recordSizeKB': { min: 0.1, max: 12_000 },
  'ingestion.consumers': { min: 1, max: 30, integer: true },
  'ingestion.retentionHours': { min: 0, max: 10_000, integer: true },
  'data.retentionDays': { min: 0, max: 3650, integer: true },
  'processing.inputPerRunGB': { min: 0, max: 500_000 },
  'processing.runWindowHours': { min: 0.5, max: 48 },
  'ml.requestsPerSecond': { min: 0, max: 20_000 },
  'resilience.recoveryPointMinutes': { min: 0, max: 1440 },
  'resilience.recoveryTimeMinutes': { min: 0, max: 1440 },
};

function fieldArbitrary(field: WorkloadField): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(field.values as string[]));
    case 'list':
      return fc.uniqueArray(fc.constantFrom(...(field.values as string[])), { maxLength: 4 });
    case 'number': {
      const bounds = NUMBER_BOUNDS[field.path] ?? { min: 0, max: 1000 };
      return bounds.integer
        ? fc.integer({ min: bounds.min, max: bounds.max })
        : fc.double({ min: bounds.min, max: bounds.max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string':
      if (field.path === 'account.region' || field.path === 'resilience.secondaryRegion') return fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-2', 'eu-central-1');
      if (field.path === 'security.dataClassification') return fc.constantFrom('public', 'internal', 'confidential', 'restricted', 'C3 Secret');
      return fc.string({ minLength: 1, maxLength: 30 });
    default:
      throw new Error(`no arbitrary for ${field.path}`);
  }
}

/**
 * Random valid workloads: each section present or not, each field in it
 * present or not, values drawn from the schema's own enums and sane ranges.
 */
export const workloadArbitrary: fc.Arbitrary<Record<string, unknown>> = (() => {
  const topLevel: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of WORKLOAD_FIELDS.values()) {
    if (field.path.includes('.')) continue;
    if (field.kind === 'object') {
      const children: Record<string, fc.Arbitrary<unknown>> = {};
      for (const child of WORKLOAD_FIELDS.values()) {
        if (child.path.startsWith(`${field.path}.`)) children[child.path.slice(field.path.length + 1)] = fieldArbitrary(child);
      }
      topLevel[field.path] = fc.record(children, { requiredKeys: [] });
    } else {
      topLevel[field.path] = fieldArbitrary(field);
    }
  }
  return fc.record(topLevel, { requiredKeys: [] });
})();
