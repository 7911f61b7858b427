import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor, parseWorkload } from '../../src/domain/advisor.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';
import { applyDescription } from '../../src/domain/description/index.js';
import { STREAM_NATIVE_SOURCES } from '../../src/domain/facts/flows.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { valueLabel } from '../../src/domain/words/value-labels.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

// Properties of the reasoning: counterfactuals have their own (tests/domain/counterfactuals), so these answers go without.
const advisor = createAdvisor({ whatWouldChange: false });
const STREAM_INGEST = ['kinesis-data-streams', 'kinesis-data-firehose', 'kinesis-video-streams'];
const RUNS = { numRuns: 400 };

/** How answers name each service in prose; a rejected service must not be named as used. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  dms: ['DMS', 'Database Migration Service'],
  'kinesis-data-firehose': ['Firehose'],
  'kinesis-data-streams': ['Kinesis Data Streams', 'data stream'],
  'kinesis-video-streams': ['Kinesis Video Streams', 'video stream'],
  sagemaker: ['SageMaker'],
  'glue-crawler': ['crawler'],
  athena: ['Athena'],
  quicksight: ['QuickSight', 'Quick Sight'],
  lambda: ['Lambda'],
  redshift: ['Redshift'],
  'dlami-base': ['Base AMI', 'base DLAMI'],
  'ec2-accelerated-computing': ['GPU instance'],
  's3-sse-s3': ['SSE-S3'],
};
/** A sentence that names a service to set it aside (not, instead of, rather than) does not use it. */
const SETS_ASIDE = /\b(not|no|instead|rather|without|replaces?|unlike|never|cannot|isn't|doesn't|unless|or)\b/i;

function sentencesUsing(answer: Recommendation): string[] {
  const texts = [
    ...answer.recommendations.flatMap((item) => [...item.rationale, ...Object.values(item.configuration).flat().map(String)]),
    ...answer.warnings.filter((warning) => warning.code !== 'conflicting-inputs').map((warning) => warning.message),
  ];
  return texts.flatMap((text) => text.split(/(?<=[.;:])\s+/));
}

/** Stream evidence besides latency: a stated stream mode, rates, stream-native sources, processing on a stream. */
/** Evidence of a stream in the workload as the advisor reads it (its description applied): a stream it names, a rate, a streaming source or need. */
function hasStreamEvidence(given: Workload): boolean {
  const { ingestion = {}, processing = {}, data = {} } = applyDescription(given).workload;
  return (
    ingestion.mode === 'streaming' ||
    ingestion.existingStream !== undefined ||
    (ingestion.throughputMBps ?? 0) > 0 ||
    (ingestion.recordsPerSecond ?? 0) > 0 ||
    (data.sources ?? []).some((source) => STREAM_NATIVE_SOURCES.includes(source)) ||
    processing.customStreamProcessing === true ||
    processing.realTimeMetrics === true ||
    processing.streamingSql === true
  );
}

describe('invariants of the reasoning, on generated workloads', () => {
  it('never recommends a service for a job it rejects it for', () => {
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        const answer = advisor.recommend(input);
        for (const rejected of answer.rejected) {
          expect(answer.recommendations.some((r) => r.service === rejected.service && r.role === rejected.role), `${rejected.service} for ${rejected.role}`).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('gives every source a path, or a warning saying why not', () => {
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        const answer = advisor.recommend(input);
        const sources = parseWorkload(input).data?.sources ?? [];
        for (const source of sources) {
          const path = answer.flows.find((flow) => flow.source === source);
          expect(path, `a flow for ${source}`).toBeDefined();
          if (path?.services.length === 0) expect(answer.warnings.some((w) => w.code === 'unplaced-source' && w.message.includes(valueLabel(source))), `why ${source} has no path`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('names no service as used in the sentences when the answer rejected it and uses it nowhere', () => {
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        const answer = advisor.recommend(input);
        const used = new Set(answer.recommendations.map((r) => r.service));
        for (const { service } of answer.rejected) {
          if (used.has(service) || !NAMES[service]) continue;
          for (const sentence of sentencesUsing(answer)) {
            const named = NAMES[service].some((name) => sentence.includes(name));
            expect(named && !SETS_ASIDE.test(sentence), `"${sentence}" names the rejected ${service}`).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lets latency alone select a stream ingest service', () => {
    fc.assert(
      fc.property(workloadArbitrary, fc.constantFrom('real-time', 'near-real-time', 'batch') as fc.Arbitrary<Workload['latency']>, (input, latency) => {
        const workload = { ...parseWorkload(input), latency };
        if (hasStreamEvidence(workload)) return;
        const ingest = advisor.recommend(workload).recommendations.filter((r) => STREAM_INGEST.includes(r.service) && r.role === 'ingest');
        expect(ingest.map((r) => r.service)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never streams data that is at rest (every source stored, data.atRest true), whatever the stated mode', () => {
    const stored = fc.uniqueArray(fc.constantFrom('s3', 'relational-database', 'nosql-database', 'data-warehouse', 'on-premises-files', 'saas' as const), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(workloadArbitrary, stored, (input, sources) => {
        const base = parseWorkload(input);
        const workload = { ...base, data: { ...base.data, sources, atRest: true }, migration: undefined, ingestion: { ...base.ingestion, mode: 'streaming' as const } };
        const ingest = advisor.recommend(workload).recommendations.filter((r) => STREAM_INGEST.includes(r.service) && r.role === 'ingest');
        expect(ingest.map((r) => r.service)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never sends media to the tabular lake rules (crawler, Athena over the files, Parquet)', () => {
    const media = fc.uniqueArray(fc.constantFrom('images', 'video', 'audio' as const), { minLength: 1, maxLength: 3 });
    const fileSources: Array<Array<'s3' | 'on-premises-files'>> = [['s3'], ['on-premises-files'], ['s3', 'on-premises-files']];
    fc.assert(
      fc.property(workloadArbitrary, media, fc.constantFrom(...fileSources), (input, formats, sources) => {
        const base = parseWorkload(input);
        // No ETL asked for, in the fields or in words ('ETL' in a description reads as processing.etl).
        const workload: Workload = { ...base, description: undefined, data: { ...base.data, formats, sources }, processing: { ...base.processing, etl: undefined, etlTrigger: undefined } };
        const answer = advisor.recommend(workload);
        const services = answer.recommendations.map((r) => r.service);
        expect(services, 'glue-crawler').not.toContain('glue-crawler');
        // SQL over media is SQL over the labels or transcripts found in it, never over the files themselves.
        const athena = answer.recommendations.find((r) => r.service === 'athena');
        if (athena) expect(athena.rules).toEqual(['athena-sql-on-media-results']);
        expect(JSON.stringify(answer.recommendations.map((r) => r.configuration))).not.toContain('parquet');
      }),
      RUNS,
    );
  });

  it('is never highly confident about a stream read from the kind of source alone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...STREAM_NATIVE_SOURCES.filter((s) => s !== 'video-cameras')), { minLength: 1, maxLength: 3 }), (sources) => {
        const answer = advisor.recommend({ data: { sources } } as WorkloadInput);
        for (const item of answer.recommendations.filter((r) => STREAM_INGEST.includes(r.service))) expect(item.confidence, item.service).toBe('low');
      }),
      { numRuns: 50 },
    );
  });
});
