import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { ScenarioFileError } from '../../src/domain/errors.js';
import { readScenarios } from '../../src/domain/scenarios/scenario.js';
import { checkScenario, runScenario } from '../../src/domain/scenarios/scenario-check.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

const advisor = createAdvisor();
const workload: WorkloadInput = { data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming', throughputMBps: 20 }, processing: { customStreamProcessing: true }, destinations: ['s3'] };
const answer = advisor.recommend(workload);

describe('checking a scenario', () => {
  it('finds nothing wrong with an answer that meets every expectation', () => {
    expect(
      checkScenario(answer, {
        include: ['kinesis-data-streams', 's3'],
        exclude: ['splunk'],
        pipelineOrder: ['kinesis-data-streams', 's3'],
        rejected: [{ service: 'kinesis-data-firehose', role: 'ingest' }],
        notRejected: [{ service: 's3', role: 'store' }],
        flows: [{ source: 'clickstream', arrival: 'stream', includes: ['kinesis-data-streams'] }],
        configuration: { 'kinesis-data-streams': { shards: { min: 1, max: 100 } } },
      }),
    ).toEqual([]);
  });

  it('says, for each expectation missed, what it expected and what the answer gave', () => {
    const failures = checkScenario(answer, {
      include: ['acme:msk'],
      exclude: ['kinesis-data-streams'],
      warnings: ['acme:lake-kms-key'],
      noWarnings: [],
      missing: ['security.dataClassification'],
      missingAtLeast: 50,
      pipelineOrder: ['s3', 'kinesis-data-streams'],
      rejected: [{ service: 'splunk', role: 'store' }],
      flows: [{ source: 'iot-devices' }, { source: 'clickstream', arrival: 'batch', includes: ['emr'] }],
      confidence: { 'kinesis-data-streams': 'low', athena: 'high' },
      configuration: { 'kinesis-data-streams': { shards: { max: 0 } } },
    });
    const by = (expectation: string) => failures.filter((failure) => failure.expectation === expectation);
    expect(by('include')).toEqual([{ expectation: 'include', expected: 'acme:msk recommended', got: expect.stringMatching(/^recommended: .*kinesis-data-streams/) }]);
    expect(by('exclude')[0].expected).toBe('kinesis-data-streams not recommended');
    expect(by('warnings')[0].expected).toBe('acme:lake-kms-key warned');
    expect(by('missing')[0].expected).toBe('security.dataClassification asked');
    expect(by('missingAtLeast')[0].expected).toBe('at least 50 questions');
    expect(by('pipelineOrder')[0]).toMatchObject({ expected: 's3 → kinesis-data-streams in pipeline order', got: expect.stringContaining('ingest: kinesis-data-streams') });
    expect(by('rejected')[0].expected).toBe('splunk as store rejected');
    expect(by('flows').map((failure) => failure.expected)).toEqual(['a path for iot-devices', 'clickstream arrives as batch', "emr on clickstream's path"]);
    expect(by('confidence').map((failure) => failure.got)).toEqual(['high confidence', 'athena not recommended']);
    expect(by('configuration')[0].expected).toBe('kinesis-data-streams.shards a number from -∞ to 0');
  });

  it('counts a workload the advisor refuses as a failure naming the field', () => {
    const result = runScenario(advisor, { file: 'bad.json', scenario: { name: 'bad', workload: { latency: 'soon' }, expect: {} } });
    expect(result.failures).toEqual([{ expectation: 'workload', expected: 'a valid workload', got: expect.stringContaining('/latency') }]);
  });
});

describe('reading scenario files', () => {
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('reads them in name order, with their file', () => {
    const dir = folder({ 'b.json': JSON.stringify({ name: 'b', workload: {}, expect: {} }), 'a.json': JSON.stringify({ name: 'a', workload: {}, expect: {} }) });
    expect(readScenarios(dir).map((entry) => [entry.scenario.name, entry.file])).toEqual([['a', join(dir, 'a.json')], ['b', join(dir, 'b.json')]]);
  });

  it('refuses a file that is not a scenario, naming it and the key', () => {
    const bad = (text: string) => {
      try {
        readScenarios(folder({ 'x.json': text }));
      } catch (error) {
        expect(error).toBeInstanceOf(ScenarioFileError);
        return (error as ScenarioFileError).message;
      }
      throw new Error('expected a refusal');
    };
    expect(bad('{')).toMatch(/x\.json: not readable JSON/);
    expect(bad(JSON.stringify({ name: 'x', workload: {}, expect: { includes: ['s3'] } }))).toMatch(/x\.json: expect: unknown key "includes"/);
  });
});
