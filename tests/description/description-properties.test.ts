import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDescription, readDescription } from '../../src/domain/description/index.js';
import { WORKLOAD_FIELDS } from '../../src/domain/workload/fields.js';
import { WorkloadSchema } from '../../src/domain/workload/schema.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import { KNOWN_PHRASES, NONSENSE_WORDS } from './phrases.js';

const separator = fc.constantFrom('. ', ', ', '; ', ' and ', ' ', '\n');
const descriptionArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...KNOWN_PHRASES), separator), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([phrase, joint]) => phrase + joint).join('').trim());
const nonsenseSentence = fc
  .array(fc.constantFrom(...NONSENSE_WORDS), { minLength: 1, maxLength: 8 })
  .map((words) => `${words.join(' ')}.`);
const anyText = fc.oneof(descriptionArbitrary, fc.string({ maxLength: 4000 }), fc.string({ maxLength: 300, unit: 'grapheme' }));

function leafPaths(workload: Record<string, unknown>): string[] {
  return [...WORKLOAD_FIELDS.values()]
    .filter((field) => field.kind !== 'object')
    .map((field) => field.path)
    .filter((path) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], workload) !== undefined);
}

function at(workload: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], workload);
}

describe('description reading properties', () => {
  it('infers the same from the rest when a sentence it does not understand is appended', () => {
    fc.assert(
      fc.property(descriptionArbitrary, nonsenseSentence, (base, extra) => {
        expect(readDescription(`${base} ${extra}`).inferred).toEqual(readDescription(base).inferred);
      }),
      { numRuns: 300 },
    );
  });

  it('always keeps the fields a workload gives, whatever its description says', () => {
    fc.assert(
      fc.property(workloadArbitrary, descriptionArbitrary, (workload, description) => {
        const given = { ...workload, description };
        const result = applyDescription(given as never);
        for (const path of leafPaths(given)) expect(at(result.workload, path)).toEqual(at(given, path));
        for (const entry of result.inferred) expect(at(given, entry.field)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('quotes every evidence as an exact substring of the description', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const entry of readDescription(text).inferred) expect(text.includes(entry.evidence)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers the same input with byte-identical output', () => {
    fc.assert(
      fc.property(workloadArbitrary, anyText, (workload, description) => {
        expect(JSON.stringify(readDescription(description))).toBe(JSON.stringify(readDescription(description)));
        const given = { ...workload, description };
        expect(JSON.stringify(applyDescription(given as never))).toBe(JSON.stringify(applyDescription(given as never)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a workload that passes the workload schema (migration.sourceLocation aside)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const workload = readDescription(text).workload as Record<string, unknown>;
        const parsed = WorkloadSchema.safeParse(workload);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a valid workload valid once the description is applied', () => {
    fc.assert(
      fc.property(workloadArbitrary, descriptionArbitrary, (workload, description) => {
        const result = applyDescription({ ...workload, description } as never);
        const parsed = WorkloadSchema.safeParse(result.workload);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any string up to 4,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4000, unit: 'binary' }), (text) => {
        readDescription(text);
        applyDescription({ description: text });
      }),
      { numRuns: 200 },
    );
  });
});
