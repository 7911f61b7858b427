import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { RecommendationSchema } from '../../src/domain/answer/schema.js';
import { renderAdr } from '../../src/domain/rendering/adr.js';

const advisor = createAdvisor();
const CLICKSTREAM = 'We ingest about 30 MB/s of clickstream from our website and want real-time dashboards, plus the raw events in S3 for analysts.';

describe('answers to workloads described in words', () => {
  it('recommends from a description alone and lists each field read with its exact words', () => {
    const answer = advisor.recommend({ description: CLICKSTREAM });
    RecommendationSchema.parse(answer);
    expect(answer.recommendations.map((r) => r.service)).toEqual(expect.arrayContaining(['kinesis-data-streams', 's3', 'quicksight']));
    expect(answer.inferred).toContainEqual({ field: 'ingestion.throughputMBps', value: 30, evidence: '30 MB/s' });
    expect(answer.inferred).toContainEqual({ field: 'data.sources', value: ['clickstream'], evidence: 'clickstream' });
    for (const entry of answer.inferred) expect(CLICKSTREAM).toContain(entry.evidence);
  });

  it('gives an empty inferred list when there is no description', () => {
    expect(advisor.recommend({ latency: 'batch' }).inferred).toEqual([]);
  });

  it('no longer asks for what the prose answered', () => {
    const asked = (workload: object) => advisor.recommend(workload).missing.map((m) => m.field);
    const bare = asked({ data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming' } });
    expect(bare).toContain('ingestion.throughputMBps');
    const described = asked({ data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming' }, description: 'Roughly 12 MB/s at peak.' });
    expect(described).not.toContain('ingestion.throughputMBps');
  });

  it('keeps a given field and quotes both sides when the prose disagrees', () => {
    const answer = advisor.recommend({ description: CLICKSTREAM, ingestion: { throughputMBps: 5 } });
    expect(answer.inferred.map((entry) => entry.field)).not.toContain('ingestion.throughputMBps');
    const conflict = answer.warnings.find((w) => w.code === 'conflicting-inputs' && w.message.includes('"30 MB/s"'));
    expect(conflict?.message).toContain('ingestion.throughputMBps: 5');
    expect(conflict?.message).toContain('ingestion.throughputMBps: 30');
  });

  it('decides with medium confidence at most on what it read rather than was given', () => {
    const read = advisor.recommend({ description: 'Readings from IoT sensors stream in at 20 MB/s and land in S3.' });
    const given = advisor.recommend({ data: { sources: ['iot-devices'] }, ingestion: { mode: 'streaming', throughputMBps: 20 }, destinations: ['s3'] });
    expect(given.recommendations.some((r) => r.confidence === 'high')).toBe(true);
    expect(read.recommendations.length).toBeGreaterThan(0);
    for (const item of read.recommendations) expect(item.confidence, item.service).not.toBe('high');
  });

  it('says so when nothing could be read, and asks the usual questions', () => {
    const answer = advisor.recommend({ description: 'Lorem ipsum dolor sit amet.' });
    expect(answer.inferred).toEqual([]);
    expect(answer.warnings.map((w) => w.code)).toContain('description-not-read');
    expect(answer.missing).toEqual(advisor.recommend({}).missing);
  });

  it('lists what was read in the decision record\'s context', () => {
    const workload = { name: 'clicks', description: CLICKSTREAM };
    const adr = renderAdr(workload, advisor.recommend(workload), advisor.ruleSet, { date: '2026-11-30' });
    const context = adr.slice(adr.indexOf('## Context and Problem Statement'), adr.indexOf('## Decision Drivers'));
    expect(context).toContain('Read from the description (fields given explicitly win):');
    expect(context).toContain('* Write rate: 30 MB/s, from "30 MB/s"');
    expect(adr.slice(adr.indexOf('## Decision Drivers'))).toContain('* Write rate: 30 MB/s');
  });
});
