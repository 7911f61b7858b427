import { describe, expect, it } from 'vitest';
import type { ServiceId } from '../../src/domain/catalog/service-ids.js';
import { readFacts } from '../../src/domain/facts/read-facts.js';
import { SIZERS, SIZING_READS } from '../../src/domain/sizing/index.js';
import type { Workload } from '../../src/domain/workload/schema.js';

/** A workload that records every field a sizer reads (objects are walked, values are leaves). */
function recording(workload: Record<string, unknown>, read: Set<string>, prefix = ''): Workload {
  return new Proxy(workload, {
    get(target, key) {
      const value = target[key as string];
      if (typeof key !== 'string') return value;
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return recording(value as Record<string, unknown>, read, path);
      read.add(path);
      return value;
    },
  }) as Workload;
}

// Workloads that between them take every branch: rates or none, each latency, training and serving, CDC to S3.
const WORKLOADS: Array<Record<string, unknown>> = [
  {
    data: { sources: ['clickstream'], formats: ['json'], volumeTB: 5 },
    ingestion: { mode: 'streaming', producers: 10, throughputMBps: 2, recordsPerSecond: 2000, recordSizeKB: 2000, consumers: 3, retentionHours: 48 },
    latency: 'real-time',
    processing: { realTimeMetrics: true, streamingSql: true, transformBeforeDelivery: true, etlTrigger: 'schedule', frameworks: ['spark'] },
    destinations: ['s3', 'splunk'],
    analytics: { adhocSql: true },
    ml: { training: true, inference: true, frameworks: ['pytorch'], gpu: true, sparkPipeline: true },
    account: { isNew: true, region: 'ap-south-1' },
    migration: { sourceEngine: 'postgresql', target: 's3', ongoingReplication: true, sourceLocation: 'rds' },
    costPriority: 'lowest',
    resilience: {},
  },
  {
    data: { sources: ['s3'], atRest: true, volumeTB: 50, formats: ['csv'] },
    ingestion: { mode: 'batch' },
    latency: 'batch',
    processing: { realTimeMetrics: false },
    ml: { inference: true, training: false, frameworks: ['xgboost'] },
    migration: { sourceEngine: 'mysql', target: 'redshift', ongoingReplication: false },
    account: {},
    analytics: {},
    costPriority: 'balanced',
    resilience: {},
  },
  {
    data: { sources: ['iot-devices'] },
    ingestion: { mode: 'streaming', recordsPerSecond: 0.5 },
    latency: 'near-real-time',
    processing: {},
    ml: { inference: true, frameworks: ['tensorflow'] },
    account: {},
    analytics: {},
    migration: {},
    resilience: {},
  },
  {
    data: { sources: ['s3'], atRest: true, volumeTB: 400 },
    ingestion: { mode: 'batch' },
    latency: 'batch',
    processing: { etl: true, inputPerRunGB: 3000, runWindowHours: 6, frameworks: ['hbase'] },
    resilience: { recoveryPointMinutes: 10, recoveryTimeMinutes: 60, secondaryRegion: 'eu-central-1' },
    ml: { inference: true, requestsPerSecond: 300, frameworks: ['pytorch'] },
    account: {},
    analytics: {},
    migration: {},
  },
  {
    data: { sources: ['s3'], rowLevelDeletes: true },
    ingestion: {},
    processing: {},
    ml: {},
    account: {},
    analytics: {},
    migration: {},
    resilience: { recoveryPointMinutes: 120 },
  },
  {
    data: { sources: ['relational-database'], atRest: true, volumeTB: 2 },
    ingestion: { mode: 'batch', throughputMBps: 1 },
    processing: { etl: true, etlTrigger: 'new-data' },
    ml: {},
    account: {},
    analytics: {},
    migration: {},
    resilience: {},
  },
];

describe('SIZING_READS lists exactly the fields each sizer reads', () => {
  for (const [name, sizer] of Object.entries(SIZERS)) {
    it(name, () => {
      const read = new Set<string>();
      for (const workload of WORKLOADS) {
        const facts = readFacts(workload as Workload);
        for (const recommended of [[], ['kinesis-data-streams', 'lambda', 'sagemaker', 'emr']]) {
          sizer({ workload: recording(workload, read), recommended: new Set(recommended) as ReadonlySet<ServiceId>, flows: facts.flows, reading: facts.reading });
        }
      }
      if (process.env.PRINT_SIZING_READS) console.log(JSON.stringify({ [name]: [...read].sort() }));
      expect([...read].sort()).toEqual([...(SIZING_READS[name] ?? [])].sort());
    });
  }

  it('has an entry for every sizer and no other', () => {
    expect(Object.keys(SIZING_READS).sort()).toEqual(Object.keys(SIZERS).sort());
  });
});
