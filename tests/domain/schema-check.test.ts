import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseWorkload } from '../../src/domain/advisor.js';
import { WorkloadValidationError } from '../../src/domain/errors.js';
import { compileSchemaCheck } from '../../src/domain/schema-check.js';
import { WORKLOAD_FIELDS } from '../../src/domain/workload-fields.js';
import { WORKLOAD_LIMITS, WorkloadSchema } from '../../src/domain/workload-schema.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';

const check = compileSchemaCheck(WorkloadSchema);

/** Each limit of the schema, just inside and just outside it, as a number and as a string's length. */
const boundaries = [0, 1, ...Object.values(WORKLOAD_LIMITS)].flatMap((limit) => [
  limit,
  limit + 1,
  limit - 1,
  limit + 1e-7,
  limit - 1e-7,
  'a'.repeat(Math.min(limit, 5000)),
  'a'.repeat(Math.min(limit + 1, 5001)),
]);

/** Values at the edges of what JSON and JavaScript can put in a field. */
const oddValue = fc.oneof(
  fc.constantFrom(...boundaries),
  fc.jsonValue(),
  fc.constantFrom(undefined, null, Number.NaN, Infinity, -Infinity, -0, 0, 1.5, 2 ** 53, -1, 1e400, '', '1', [], {}, [null], true),
  fc.string(),
  fc.array(fc.string(), { maxLength: 20 }),
);

/** A valid workload with one field, one section or one unknown key set to something else. */
const mutatedWorkload = fc
  .tuple(workloadArbitrary, fc.constantFrom(...WORKLOAD_FIELDS.keys(), 'unknown', 'ingestion.unknown', 'data.__proto__'), oddValue)
  .map(([workload, path, value]) => {
    const copy = structuredClone(workload);
    const [head, tail] = path.split('.');
    if (tail === undefined) copy[head] = value;
    else {
      const section = (copy[head] && typeof copy[head] === 'object' ? copy[head] : (copy[head] = {})) as Record<string, unknown>;
      Object.defineProperty(section, tail, { value, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  });

describe('the quick schema check', () => {
  it('covers the workload schema, so parseWorkload takes the quick path', () => {
    expect(check).toBeTypeOf('function');
  });

  it('agrees with zod on random valid workloads', () => {
    fc.assert(
      fc.property(workloadArbitrary, (workload) => {
        expect(check?.(workload)).toBe(true);
        expect(WorkloadSchema.safeParse(workload).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with zod on workloads with one field set to an odd value', () => {
    fc.assert(
      fc.property(mutatedWorkload, (workload) => {
        expect(check?.(workload)).toBe(WorkloadSchema.safeParse(workload).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with zod on lists that repeat a value, which a refinement refuses', () => {
    const lists = [...WORKLOAD_FIELDS.values()].filter((field) => field.kind === 'list');
    fc.assert(
      fc.property(workloadArbitrary, fc.constantFrom(...lists), fc.nat(), (workload, field, pick) => {
        const values = field.values as string[];
        const repeated = values[pick % values.length];
        const [head, tail] = field.path.split('.');
        const copy = structuredClone(workload);
        if (tail === undefined) copy[head] = [repeated, repeated];
        else copy[head] = { ...(copy[head] as object), [tail]: [repeated, repeated] };
        expect(check?.(copy)).toBe(false);
        expect(WorkloadSchema.safeParse(copy).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with zod on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(check?.(value)).toBe(WorkloadSchema.safeParse(value).success);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with zod on inherited keys, which both read', () => {
    for (const prototype of [{ latency: 'soon' }, { latency: 'batch' }, { unknownKey: 1 }]) {
      const inherited = Object.create(prototype) as object;
      expect(check?.(inherited), JSON.stringify(prototype)).toBe(WorkloadSchema.safeParse(inherited).success);
    }
  });

  it('declines schemas whose parsed value is not the input itself', () => {
    expect(compileSchemaCheck(z.object({ a: z.string() }))).toBeUndefined();
    expect(compileSchemaCheck(z.strictObject({ a: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(compileSchemaCheck(z.strictObject({ a: z.number().default(1) }))).toBeUndefined();
    expect(compileSchemaCheck(z.string().regex(/a/g))).toBeUndefined();
    expect(compileSchemaCheck(z.string().email())).toBeUndefined();
    expect(compileSchemaCheck(z.number().max(Infinity))).toBeUndefined();
    expect(compileSchemaCheck(z.number().refine((n) => n > 1, { when: () => true }))).toBeUndefined();
  });

  it('leaves validation to zod where the process disallows code generation', () => {
    const library = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
    const script = `import(${JSON.stringify(library)}).then(({ parseWorkload }) => {
      console.log(JSON.stringify(parseWorkload({ latency: 'batch' })));
      try { parseWorkload({ latency: 'soon' }); } catch (error) { console.log(error.errors[0].path); }
    });`;
    const output = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(output.trim().split('\n')).toEqual(['{"latency":"batch"}', '/latency']);
  });

  it('still names every problem, through zod, when the check says no', () => {
    expect(() => parseWorkload({ latency: 'soon', ingestion: { producers: 0.5 } })).toThrow(WorkloadValidationError);
    try {
      parseWorkload({ latency: 'soon', ingestion: { producers: 0.5 } });
    } catch (error) {
      expect((error as WorkloadValidationError).errors.map((e) => e.path).sort()).toEqual(['/ingestion/producers', '/latency']);
    }
  });
});
