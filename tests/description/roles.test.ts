import { describe, expect, it } from 'vitest';
import { applyDescription, readDescription } from '../../src/domain/description/index.js';
import { descriptionWarnings } from '../../src/domain/description/describe-warnings.js';

const read = (text: string) => readDescription(text).workload;

// The misreadings issue 24 lists, each a class: quantities, places and needs have roles.
describe('reading quantities, places and needs by their roles', () => {
  it('reads a count per month as no rate per second', () => {
    expect(read('Our API handles about 2,000 requests a month.').ingestion?.recordsPerSecond).toBeUndefined();
  });

  it("reads a lake's retention in days, never as a stream's replay window", () => {
    const workload = read('The raw data is kept in S3 for a year.');
    expect(workload.data?.retentionDays).toBe(365);
    expect(workload.ingestion?.retentionHours).toBeUndefined();
  });

  it("reads a model API's request rate as ml.requestsPerSecond, not as data ingested", () => {
    const workload = read('The model sits behind an API serving 3,000 requests/s with p99 under 100 ms.');
    expect(workload.ml?.requestsPerSecond).toBe(3000);
    expect(workload.ingestion?.recordsPerSecond).toBeUndefined();
    expect(workload.ingestion?.mode).toBeUndefined();
  });

  it('reads batch reports as no batch ingestion beside a stream', () => {
    const workload = read('About 30 MB/s of clickstream feeds real-time dashboards. Finance gets hourly batch reports.');
    expect(workload.ingestion?.mode).toBe('streaming');
  });

  it('reads data stored in S3 as S3 the destination, and data already in S3 as the source', () => {
    expect(read('The raw events are stored in S3 for analysts.')).toMatchObject({ destinations: ['s3'] });
    expect(read('The raw events are stored in S3 for analysts.').data?.sources).toBeUndefined();
    expect(read('We have 2 TB of CSV already in S3.').data).toMatchObject({ sources: ['s3'], atRest: true });
  });

  it('reads a store the team has, or one an amount of data is stated in, as the source; data copied into it every night as a destination', () => {
    expect(read('We have a data lake on S3 with around 400 TB of Parquet.').data).toMatchObject({ sources: ['s3'], atRest: true });
    expect(read('The institute curates research datasets in our S3 data lake.').data).toMatchObject({ sources: ['s3'], atRest: true });
    expect(read('Media assets and metadata exports in S3 (about 900 TB).').data).toMatchObject({ sources: ['s3'], atRest: true, volumeTB: 900 });
    const nightly = read('Risk needs a full copy of twelve tables (roughly 300 GB in total) in our S3 data lake every night.');
    expect(nightly.destinations).toEqual(['s3']);
    expect(nightly.data?.sources).toBeUndefined();
    expect(read('Raw metrics land in S3 for 13 months.')).toMatchObject({ destinations: ['s3'] });
  });

  it('reads a recovery objective as resilience, never as latency', () => {
    const workload = read('After a disaster we must recover within 15 minutes, losing at most an RPO of 5 minutes.');
    expect(workload.resilience).toMatchObject({ recoveryTimeMinutes: 15, recoveryPointMinutes: 5 });
    expect(workload.latency).toBeUndefined();
  });

  it("reads PL/SQL as code, not analysts' SQL", () => {
    expect(read('Lots of business logic lives in PL/SQL packages.').analytics?.adhocSql).toBeUndefined();
  });

  it('reads a rate whatever words stand between the number and its record noun', () => {
    expect(read('About 500 score updates per second.').ingestion?.recordsPerSecond).toBe(500);
    expect(read('About 500 updates per second.').ingestion?.recordsPerSecond).toBe(500);
  });

  it('reads singular and plural alike', () => {
    const one = readDescription('We need a leaderboard.').outside.map((need) => need.need);
    const many = readDescription('We need leaderboards.').outside.map((need) => need.need);
    expect(one).toEqual(many);
    expect(one).toHaveLength(1);
  });

  it('never reads a duration from a word that only names an inherited property', () => {
    expect(readDescription('Reply within 5 constructor, toString or __proto__.').inferred).toEqual([]);
  });

  it('reads a negation spelled with a look-alike letter, and full-width digits', () => {
    expect(read('N\u043e ML needed.').ml).toEqual({ training: false, inference: false });
    const text = 'We ingest \uff13\uff10 MB/s.';
    const reading = readDescription(text);
    expect(reading.workload.ingestion?.throughputMBps).toBe(30);
    for (const entry of reading.inferred) expect(text.includes(entry.evidence)).toBe(true);
  });

  it("reads a stream's replay window and a lake's history apart in one sentence", () => {
    const workload = read('We need to replay the raw stream for 7 days, and the curated data must stay queryable in the lake for 5 years.');
    expect(workload.ingestion?.retentionHours).toBe(168);
    expect(workload.data?.retentionDays).toBe(1825);
  });

  it('reads the input of one batch run apart from the data stored', () => {
    const workload = read('The database is around 40 TB total, but every night only the changed data, maybe 300 GB, is loaded; the job must finish in 3 hours.');
    expect(workload.data?.volumeTB).toBe(40);
    expect(workload.processing).toMatchObject({ inputPerRunGB: 300, runWindowHours: 3 });
  });

  it('reads a Region named for disaster recovery as the secondary Region', () => {
    expect(read('Primary in Virginia, DR in Oregon.')).toMatchObject({ account: { region: 'us-east-1' }, resilience: { secondaryRegion: 'us-west-2' } });
  });

  it('reads a bus the team already runs as ingestion.existingStream', () => {
    expect(read('We already run Amazon MSK for the payments topics.').ingestion?.existingStream).toBe('msk');
    expect(read('We want to ingest the events with Amazon MSK.').ingestion?.existingStream).toBeUndefined();
  });
});

describe('what the reader cannot place', () => {
  it('names a need outside the catalog with its exact evidence and the AWS service that serves it', () => {
    const text = 'Clickstream lands in S3 for SQL. We also want a chatbot over the manuals.';
    const warnings = descriptionWarnings(applyDescription({ description: text }));
    const outside = warnings.filter((warning) => warning.code === 'outside-scope');
    expect(outside).toHaveLength(1);
    expect(outside[0].message).toContain('"chatbot"');
    expect(outside[0].message).toContain('Amazon Bedrock');
  });

  it.each([
    ['Every call must be turned into a text transcript with speaker labels.', 'transcript', 'Amazon Transcribe'],
    ['Each address needs to be validated and geocoded to latitude and longitude.', 'geocoded', 'Amazon Location Service'],
  ])('names speech-to-text and geocoding as needs outside the catalog: %j', (text, evidence, service) => {
    const outside = descriptionWarnings(applyDescription({ description: text })).filter((warning) => warning.code === 'outside-scope');
    expect(outside).toHaveLength(1);
    expect(outside[0].message).toContain(`"${evidence}"`);
    expect(outside[0].message).toContain(service);
  });

  it('sets the access pattern for vector search and raises no outside-scope of its own for it', () => {
    const text = 'Store the embeddings of our documents in a vector index.';
    const applied = applyDescription({ description: text });
    expect(applied.workload.data?.accessPattern).toBe('vector-search');
    expect(descriptionWarnings(applied).map((warning) => warning.code)).not.toContain('outside-scope');
  });

  it('lists each sentence nothing was read from', () => {
    const text = 'About 30 MB/s of clickstream. The weather in our office is lovely today.';
    const warnings = descriptionWarnings(applyDescription({ description: text }));
    const unread = warnings.find((warning) => warning.code === 'description-not-read');
    expect(unread?.message).toContain('"The weather in our office is lovely today."');
    expect(unread?.message).not.toContain('clickstream');
  });

  it('sets no field from a sentence set aside as another project', () => {
    expect(read('Maybe later a churn prediction model with PyTorch, but not in scope now.')).toEqual({});
  });
});
