import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../../src/domain/advisor.js';
import { whatWouldChange } from '../../../src/domain/counterfactuals/what-would-change.js';
import type { Workload } from '../../../src/domain/workload/schema.js';
import { untracedPriceLines } from '../../support/cost-check.js';
import { brokenCounterfactuals } from '../../support/counterfactual-check.js';

const advisor = createAdvisor();
const dir = new URL('../../scenarios/', import.meta.url);
const scenarios = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, workload: JSON.parse(readFileSync(new URL(name, dir), 'utf8')).workload as Workload }));

/** The workload with each rate and volume scaled, as the bench varies them. */
function scaled(workload: Workload, factor: number): Workload {
  const copy = structuredClone(workload) as Record<string, Record<string, unknown>>;
  for (const [group, field, integer] of [['data', 'volumeTB', false], ['ingestion', 'throughputMBps', false], ['ingestion', 'recordsPerSecond', false], ['ingestion', 'producers', true]] as const) {
    const value = copy[group]?.[field];
    if (typeof value === 'number') copy[group][field] = integer ? Math.max(1, Math.round(value * factor)) : Math.round(value * factor * 1000) / 1000;
  }
  return copy as Workload;
}

describe('whatWouldChange lists changes to the workload that flip each choice', () => {
  it('names, for a real-time stream, a team already on Kafka as a one-field change that gives ingest to MSK', () => {
    // rules/kafka.json: kafka-moves-to-msk fires on a record stream whose existingStream is kafka,
    // recommends msk for ingest and rejects kinesis-data-streams for it.
    const workload = scenarios.find(({ name }) => name === 'iot-telemetry.json')?.workload as Workload;
    const answer = advisor.recommend(workload);
    const streams = whatWouldChange(advisor, workload, answer)[answer.recommendations.findIndex((item) => item.service === 'kinesis-data-streams')];
    expect(streams).toContainEqual({
      change: { 'ingestion.existingStream': 'kafka' },
      instead: ['msk'],
      because: 'With existing stream kafka (now not given), Amazon Managed Streaming for Apache Kafka (Amazon MSK) takes the ingest role instead (rule kafka-moves-to-msk).',
    });
  });

  it('names the latency change that gives a plain delivery stream to Firehose', () => {
    // workload-questions.json: real-time latency alone needs-data-streams; without it, firehose-delivery-named
    // (kinesis-streaming.json) gives ingest to Firehose for a record stream bound for S3.
    const workload: Workload = { data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming', throughputMBps: 2 }, latency: 'real-time', destinations: ['s3'] };
    const answer = advisor.recommend(workload);
    const streams = whatWouldChange(advisor, workload, answer)[answer.recommendations.findIndex((item) => item.service === 'kinesis-data-streams')];
    expect(streams[0]).toEqual({
      change: { latency: 'near-real-time' },
      instead: ['kinesis-data-firehose'],
      because: 'With latency near-real-time (now real-time), Amazon Data Firehose (formerly Kinesis Data Firehose) takes the ingest role instead (rule firehose-delivery-named).',
    });
  });

  it('lists the smallest changes first, and never one that only adds fields to a change already listed', () => {
    for (const { workload } of scenarios) {
      const answer = advisor.recommend(workload);
      for (const listed of whatWouldChange(advisor, workload, answer)) {
        const sizes = listed.map((counterfactual) => Object.keys(counterfactual.change).length);
        expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
        listed.forEach((counterfactual, index) => {
          for (const earlier of listed.slice(0, index)) {
            expect(Object.keys(earlier.change).every((path) => path in counterfactual.change)).toBe(false);
          }
        });
      }
    }
  });

  it('gives the same counterfactuals for the same workload, frozen so that no caller can change what the next answer lists', () => {
    const workload = scenarios[0].workload;
    const answer = advisor.recommend(workload);
    const first = whatWouldChange(advisor, workload, answer);
    const listed = first.find((entries) => entries.length > 0) ?? [];
    expect(listed.length).toBeGreaterThan(0);
    expect(() => {
      listed[0].change.latency = 'changed by the caller';
    }).toThrow(TypeError);
    expect(() => listed.push(listed[0])).toThrow(TypeError);
    expect(() => {
      answer.recommendations[0].whatWouldChange?.pop();
    }).toThrow(TypeError);
    const again = whatWouldChange(advisor, workload, answer);
    expect(JSON.stringify(again)).not.toContain('changed by the caller');
    expect(again).toEqual(first);
  });

  for (const { name, workload } of scenarios) {
    it(`every counterfactual listed for ${name} flips the choice it names, and every price line has its source and date`, () => {
      const answer = advisor.recommend(workload);
      expect(answer.recommendations.every((item) => Array.isArray(item.whatWouldChange))).toBe(true);
      expect(brokenCounterfactuals(advisor, workload, answer)).toEqual([]);
      expect(untracedPriceLines(answer)).toEqual([]);
    });
  }

  it('every counterfactual a workload gets from the cache, for another of the same shape, flips its own choice', () => {
    for (const { workload } of scenarios) {
      for (const factor of [0.05, 0.5, 1.7, 9.3]) expect(brokenCounterfactuals(advisor, scaled(workload, factor))).toEqual([]);
    }
  }, 120_000);
});
