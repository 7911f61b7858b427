import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDescription } from '../../src/domain/description/index.js';
import { workloadAsAnswered } from '../../src/domain/workload-as-answered.js';
import { parseWorkload } from '../../src/domain/workload/parse-workload.js';
import { advisor } from '../support/answer.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';

const described = [
  'Fifty thousand IoT sensors send a 400-byte reading every second; we need real-time anomaly alerts and the raw data in S3.',
  'Nightly CSV exports from an on-premises Oracle database, about 2 TB, land in S3 for analysts who use SQL. Region eu-west-1.',
  'Clickstream at about 30 MB/s from our website and mobile apps, with dashboards and a 7-day replay window.',
];

describe('the workload as answered, from the answer alone', () => {
  it('merges what the description gave as the advisor merged it, without reading the description again', () => {
    for (const description of described) {
      for (const given of [{ description }, { description, ingestion: { mode: 'streaming' as const }, data: { sources: ['s3' as const] } }]) {
        expect(workloadAsAnswered(given, advisor.recommend(given).inferred)).toEqual(applyDescription(given).workload);
      }
    }
  });

  it('agrees with reading the description for generated workloads', () => {
    fc.assert(
      fc.property(workloadArbitrary, fc.constantFrom(...described), (input, description) => {
        const workload = parseWorkload({ ...input, description });
        expect(workloadAsAnswered(workload, advisor.recommend(workload).inferred)).toEqual(applyDescription(workload).workload);
      }),
      { numRuns: 200, seed: 27 },
    );
  });
});
