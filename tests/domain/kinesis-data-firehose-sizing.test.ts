import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { sizeFirehose } from '../../src/domain/sizing/kinesis-data-firehose.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (workload: Workload, recommended: string[] = []) => sizeWith(sizeFirehose, workload, recommended);

describe('Firehose buffering by destination', () => {
  it('keeps Splunk within 0–60 s and 1–5 MiB at batch latency, with no S3 sentence', () => {
    const sized = size({ latency: 'batch', destinations: ['splunk'] });
    expect(sized.configuration).toMatchObject({ destinations: ['splunk'], bufferIntervalSeconds: 60, bufferSizeMiB: 5 });
    expect(prose(sized)).not.toMatch(/900 s|128 MiB|fewer, larger objects/);
    expectCleanProse(sized);
  });

  it.each([
    ['opensearch', 900, 100],
    ['http-endpoint', 900, 64],
    ['s3', 900, 128],
    ['redshift', 900, 128],
  ] as const)('gives %s its own largest buffers at batch latency (%i s, %i MiB)', (destination, seconds, mib) => {
    const sized = size({ latency: 'batch', destinations: [destination] });
    expect(sized.configuration).toMatchObject({ bufferIntervalSeconds: seconds, bufferSizeMiB: mib });
    expect(prose(sized).includes('fewer, larger objects')).toBe(destination === 's3');
    expectCleanProse(sized);
  });

  it('says Redshift loads through S3 staging, so the S3 ranges apply', () => {
    expect(prose(size({ latency: 'batch', destinations: ['redshift'] }))).toContain('through an intermediate S3 bucket and a COPY command');
  });

  it('lands near-real-time data within a minute and real-time data with zero buffering', () => {
    expect(size({ latency: 'near-real-time', destinations: ['opensearch'] }).configuration.bufferIntervalSeconds).toBe(60);
    expect(size({ latency: 'real-time', destinations: ['s3'] }).configuration.bufferIntervalSeconds).toBe(0);
    expect(size({ destinations: ['splunk'] }).configuration).toMatchObject({ bufferIntervalSeconds: 60, bufferSizeMiB: 5 });
    expect(size({ destinations: ['s3'] }).configuration).toMatchObject({ bufferIntervalSeconds: 300, bufferSizeMiB: 5 });
  });
});

describe('one Firehose stream per destination', () => {
  it('sizes S3 and Splunk as two streams, each within its own ranges', () => {
    const sized = size({ latency: 'batch', destinations: ['s3', 'splunk'] });
    expect(sized.configuration).toMatchObject({
      firehoseStreams: 2,
      s3BufferIntervalSeconds: 900,
      s3BufferSizeMiB: 128,
      splunkBufferIntervalSeconds: 60,
      splunkBufferSizeMiB: 5,
    });
    expect(sized.configuration.bufferSizeMiB).toBeUndefined();
    expect(prose(sized)).toContain('Amazon S3 and Splunk need 2 Firehose streams');
    expectCleanProse(sized);
  });
});

describe('record format conversion', () => {
  const jsonForSql: Workload = { data: { formats: ['json'] }, analytics: { adhocSql: true } };

  it('converts to Parquet only on the S3 stream, with at least 64 MiB of buffer', () => {
    const sized = size({ ...jsonForSql, latency: 'near-real-time', destinations: ['s3', 'opensearch'] });
    expect(sized.configuration).toMatchObject({ recordFormatConversion: 'parquet', s3BufferSizeMiB: 64, openSearchBufferSizeMiB: 5 });
    expect(prose(sized)).toContain('Format conversion works only with the S3 destination');
  });

  it('never converts for a destination other than S3', () => {
    expect(size({ ...jsonForSql, latency: 'batch', destinations: ['splunk'] }).configuration.recordFormatConversion).toBeUndefined();
    expect(size({ ...jsonForSql, latency: 'batch', destinations: ['redshift'] }).configuration.recordFormatConversion).toBeUndefined();
  });
});

describe('the source', () => {
  it('reads a Kinesis data stream and skips the Direct PUT quotas', () => {
    const sized = size({ ingestion: { throughputMBps: 10 }, destinations: ['s3'], account: { region: 'ap-south-1' } }, ['kinesis-data-streams']);
    expect(sized.configuration.source).toBe('kinesis-data-stream');
    expect(sized.warnings).toEqual([]);
    expect(prose(sized)).toContain('Direct PUT quotas do not apply');
  });

  it('keeps the Direct PUT quota warning without a stream', () => {
    const sized = size({ ingestion: { throughputMBps: 3 }, destinations: ['s3'], account: { region: 'ap-south-1' } });
    expect(sized.warnings.map((w) => w.code)).toEqual(['stream-limit']);
  });
});

describe('the advisor sizes Splunk delivery by its own limits', () => {
  it('buffers application logs to Splunk for 60 s and 5 MiB at batch latency', () => {
    const answer = createAdvisor().recommend({
      data: { sources: ['application-logs'] },
      ingestion: { mode: 'streaming', throughputMBps: 1 },
      latency: 'batch',
      destinations: ['splunk'],
    });
    const firehose = answer.recommendations.find((r) => r.service === 'kinesis-data-firehose');
    expect(firehose?.configuration).toMatchObject({ bufferIntervalSeconds: 60, bufferSizeMiB: 5 });
  });
});
