import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { loadRules } from '../../src/domain/rules/load.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

const advisor = createAdvisor();

function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, seed));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const rotated = entries.slice(seed % (entries.length || 1)).concat(entries.slice(0, seed % (entries.length || 1))).reverse();
    return Object.fromEntries(rotated.map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
  }
  return value;
}

describe('determinism', () => {
  it('answers the same workload with byte-identical JSON, whatever the key order', () => {
    fc.assert(
      fc.property(workloadArbitrary, fc.nat(10), (workload, seed) => {
        const first = JSON.stringify(advisor.recommend(workload));
        expect(JSON.stringify(advisor.recommend(workload))).toBe(first);
        expect(JSON.stringify(advisor.recommend(shuffleKeys(workload, seed) as WorkloadInput))).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer from a freshly loaded rule set', () => {
    const other = createAdvisor({ ruleSet: loadRules() });
    fc.assert(
      fc.property(workloadArbitrary, (workload) => {
        expect(JSON.stringify(other.recommend(workload))).toBe(JSON.stringify(advisor.recommend(workload)));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps answers independent: changing one answer changes no later one', () => {
    const workload: WorkloadInput = { ingestion: { mode: 'streaming' }, latency: 'real-time', processing: { frameworks: ['spark'] } };
    const first = advisor.recommend(workload);
    const expected = JSON.stringify(first);
    first.pipeline[0].services.push('sns');
    first.pipeline.pop();
    first.recommendations[0].rationale.length = 0;
    expect(JSON.stringify(advisor.recommend(workload))).toBe(expected);
  });

  it('always answers with a pipeline whose services are all recommended, each once, and never recommends a service for a job it rejects it for', () => {
    fc.assert(
      fc.property(workloadArbitrary, (workload) => {
        const answer = advisor.recommend(workload);
        const recommended = new Set(answer.recommendations.map((r) => r.service));
        const inPipeline = answer.pipeline.flatMap((stage) => stage.services);
        expect(new Set(inPipeline).size).toBe(inPipeline.length);
        for (const id of inPipeline) expect(recommended.has(id)).toBe(true);
        // A service turned down for a job is never recommended for that job; it may be for another.
        for (const rejected of answer.rejected) {
          expect(answer.recommendations.some((r) => r.service === rejected.service && r.role === rejected.role)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
