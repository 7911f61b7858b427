import { describe, expect, it } from 'vitest';
import { createAdvisor, parseWorkload } from '../../src/domain/advisor.js';
import { NO_ALLOWED_SERVICE } from '../../src/domain/answer/policies.js';
import { loadRules } from '../../src/domain/rules/load.js';
import { compileRuleSet } from '../../src/domain/rules/evaluate.js';
import { createReferenceEvaluator } from '../support/reference-engine.js';
import { evaluationFacts, readFacts } from '../../src/domain/facts/read-facts.js';
import { advisorWith, customStream, mskService, orgFolder, orgRule } from '../support/org-rules.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

const builtIn = createAdvisor();
const NO_KINESIS = 'Acme runs Amazon MSK for every record stream.';
const forbidKinesis = (options: { priority?: number; role?: string; conditions?: unknown } = {}) =>
  orgRule('acme:no-kinesis', { forbid: [{ service: 'kinesis-data-streams', role: options.role ?? 'ingest', reason: NO_KINESIS }] }, options);
const preferMsk = orgRule('acme:msk-over-kinesis', {
  prefer: [{ service: 'acme:msk', over: 'kinesis-data-streams', role: 'ingest', reason: 'producers write to a topic on the shared MSK cluster instead.' }],
});

const services = (answer: { recommendations: Array<{ service: string }> }) => answer.recommendations.map((item) => item.service);
const stageOf = (answer: { pipeline: Array<{ services: string[] }> }, id: string) => answer.pipeline.findIndex((stage) => stage.services.includes(id));

describe('a forbidden service', () => {
  it('is the built-in answer without the organisation\'s rules (the premise of what follows)', () => {
    expect(services(builtIn.recommend(customStream))).toContain('kinesis-data-streams');
  });

  it('is never recommended, and is rejected for its job with the organisation\'s reason and rule', () => {
    const answer = advisorWith({ rules: [forbidKinesis()] }).recommend(customStream);
    expect(services(answer)).not.toContain('kinesis-data-streams');
    expect(answer.pipeline.flatMap((stage) => stage.services)).not.toContain('kinesis-data-streams');
    expect(answer.rejected).toContainEqual({ service: 'kinesis-data-streams', role: 'ingest', reason: NO_KINESIS, rules: ['acme:no-kinesis'] });
  });

  it('leaves its job empty with a warning when nothing allowed can take it', () => {
    const answer = advisorWith({ rules: [forbidKinesis()] }).recommend(customStream);
    const warning = answer.warnings.find((entry) => entry.code === NO_ALLOWED_SERVICE);
    expect(warning?.message).toContain('forbids Amazon Kinesis Data Streams for the ingest job');
    expect(warning?.rules).toContain('acme:no-kinesis');
  });

  it('outranks every priority, where an organisation\'s plain rejection competes on priority', () => {
    // kds-custom-processing recommends Kinesis Data Streams at priority 70.
    const forbidden = advisorWith({ rules: [forbidKinesis({ priority: 1 })] }).recommend(customStream);
    expect(services(forbidden)).not.toContain('kinesis-data-streams');
    const weakReject = orgRule('acme:reject-kinesis', { reject: [{ service: 'kinesis-data-streams', role: 'ingest', reason: NO_KINESIS }] }, { priority: 1 });
    expect(services(advisorWith({ rules: [weakReject] }).recommend(customStream))).toContain('kinesis-data-streams');
    const strongReject = { ...weakReject, priority: 90 };
    expect(services(advisorWith({ rules: [strongReject] }).recommend(customStream))).not.toContain('kinesis-data-streams');
  });

  it('falls back to the first allowed alternative its rule named, saying what that gives up', () => {
    const workload = { security: { complianceRequired: true } };
    const before = builtIn.recommend(workload).recommendations.find((item) => item.service === 's3-sse-s3');
    expect(before?.alternatives.map((alternative) => alternative.service)).toEqual(['s3-sse-kms']);
    const answer = advisorWith({ rules: [orgRule('acme:own-keys', { forbid: [{ service: 's3-sse-s3', reason: 'Acme encrypts under its own keys.' }] })] }).recommend(workload);
    expect(services(answer)).not.toContain('s3-sse-s3');
    const fallback = answer.recommendations.find((item) => item.service === 's3-sse-kms');
    expect(fallback?.role).toBe('secure');
    expect(fallback?.rules).toEqual([...(before?.rules ?? []), 'acme:own-keys']);
    expect(fallback?.confidence).not.toBe('high');
    expect(fallback?.rationale[0]).toContain('would take this job, but the organisation forbids it: Acme encrypts under its own keys.');
    expect(fallback?.rationale[1]).toContain('is the next choice the rule names for it; what it gives up:');
    expect(answer.rejected).toContainEqual({ service: 's3-sse-s3', role: 'secure', reason: 'Acme encrypts under its own keys.', rules: ['acme:own-keys'] });
  });

  it('is offered as no alternative', () => {
    const simpleDelivery: WorkloadInput = { data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming' }, destinations: ['s3'] };
    const alternatives = (answer: ReturnType<typeof builtIn.recommend>) => answer.recommendations.flatMap((item) => item.alternatives.map((alternative) => alternative.service));
    expect(alternatives(builtIn.recommend(simpleDelivery))).toContain('kinesis-data-streams');
    expect(alternatives(advisorWith({ rules: [forbidKinesis()] }).recommend(simpleDelivery))).not.toContain('kinesis-data-streams');
  });

  it('is forbidden only for the job its policy names', () => {
    expect(services(advisorWith({ rules: [forbidKinesis({ role: 'store' })] }).recommend(customStream))).toContain('kinesis-data-streams');
  });

  it('is forbidden only for the flow its policy fired for', () => {
    const onlyClickstream = forbidKinesis({ conditions: { all: [{ fact: 'flow', path: 'source', operator: 'equal', value: 'clickstream' }] } });
    const twoStreams: WorkloadInput = { ...customStream, data: { sources: ['clickstream', 'iot-devices'] } };
    const answer = advisorWith({ rules: [onlyClickstream] }).recommend(twoStreams);
    const path = (source: string) => answer.flows.find((flow) => flow.source === source)?.services;
    expect(path('iot-devices')).toContain('kinesis-data-streams');
    expect(path('clickstream')).not.toContain('kinesis-data-streams');
    expect(answer.warnings.map((warning) => warning.code)).toContain(NO_ALLOWED_SERVICE);
    // It won the job for the other flow, so it is not listed as rejected.
    expect(answer.rejected.map((item) => item.service)).not.toContain('kinesis-data-streams');
  });
});

describe('a preferred service', () => {
  it('takes the job of the forbidden one, keeping its hand-offs, and the forbid\'s reason explains the rejection', () => {
    const answer = advisorWith({ services: [mskService], rules: [forbidKinesis(), preferMsk] }).recommend(customStream);
    const msk = answer.recommendations.find((item) => item.service === 'acme:msk');
    expect(msk).toMatchObject({ role: 'ingest', name: mskService.name });
    expect(msk?.rules).toEqual(expect.arrayContaining(['kds-custom-processing', 'acme:no-kinesis', 'acme:msk-over-kinesis']));
    expect(msk?.rationale[0]).toBe(
      'Preferred over Amazon Kinesis Data Streams for this job by the organisation: producers write to a topic on the shared MSK cluster instead.',
    );
    // Its sizing was the replaced service's: nothing of it is carried over.
    expect(msk?.configuration).toEqual({});
    expect(stageOf(answer, 'acme:msk')).toBeLessThan(stageOf(answer, 's3'));
    expect(answer.rejected).toContainEqual({ service: 'kinesis-data-streams', role: 'ingest', reason: NO_KINESIS, rules: ['acme:no-kinesis', 'acme:msk-over-kinesis'] });
    expect(answer.warnings.map((warning) => warning.code)).not.toContain(NO_ALLOWED_SERVICE);
  });

  it('replaces the other wherever a rule recommends it, and a hand-off to the other reaches it', () => {
    const workload: WorkloadInput = { data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming' }, destinations: ['splunk'] };
    expect(services(builtIn.recommend(workload))).toContain('splunk');
    const reason = 'Acme searches its logs in OpenSearch.';
    const answer = advisorWith({ rules: [orgRule('acme:opensearch', { prefer: [{ service: 'opensearch', over: 'splunk', reason }] })] }).recommend(workload);
    expect(services(answer)).not.toContain('splunk');
    expect(answer.recommendations.find((item) => item.service === 'opensearch')?.role).toBe('store');
    expect(answer.rejected).toContainEqual({ service: 'splunk', role: 'store', reason, rules: ['acme:opensearch'] });
    expect(stageOf(answer, 'kinesis-data-firehose')).toBeLessThan(stageOf(answer, 'opensearch'));
  });

  it('yields when it is itself forbidden for the job: the other keeps it', () => {
    const workload: WorkloadInput = { data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming' }, destinations: ['splunk'] };
    const rules = [
      orgRule('acme:opensearch', { prefer: [{ service: 'opensearch', over: 'splunk', reason: 'OpenSearch first.' }] }),
      orgRule('acme:no-opensearch', { forbid: [{ service: 'opensearch', reason: 'The OpenSearch domains are full.' }] }),
    ];
    const answer = advisorWith({ rules }).recommend(workload);
    expect(services(answer)).toContain('splunk');
    expect(services(answer)).not.toContain('opensearch');
  });
});

describe('policies that hold for every workload', () => {
  it('fire in the compiled evaluator as in json-rules-engine (`{ "all": [] }` holds always)', async () => {
    const ruleSet = loadRules({ dirs: [orgFolder({ 'org.json': { topic: 'Acme', rules: [forbidKinesis()] } })] });
    const compiled = compileRuleSet(ruleSet);
    const reference = createReferenceEvaluator(ruleSet);
    for (const workload of [{}, customStream, { latency: 'batch' }].map(parseWorkload)) {
      const facts = readFacts(workload);
      const input = evaluationFacts(workload, facts, facts.flows[0]);
      const ids = compiled(input).map((rule) => rule.id);
      expect(ids).toContain('acme:no-kinesis');
      expect((await reference(input)).map((rule) => rule.id)).toEqual(ids);
    }
  });
});

describe('asking for an organisation\'s label', () => {
  const ask = orgRule('acme:ask-classification', { ask: [{ field: 'security.dataClassification', why: 'Acme sets keys and retention by classification.' }] });
  const restricted = orgRule(
    'acme:restricted',
    { warn: [{ code: 'acme:restricted-data', message: 'Data classified {security.dataClassification} stays in the restricted account.' }] },
    { conditions: { all: [{ fact: 'security', path: 'dataClassification', operator: 'equal', value: 'restricted' }] } },
  );

  it('lists the field as missing until the workload gives it, and rules can read it', () => {
    const advisor = advisorWith({ rules: [ask, restricted] });
    expect(advisor.recommend({}).missing).toContainEqual({ field: 'security.dataClassification', why: 'Acme sets keys and retention by classification.' });
    const labelled = advisor.recommend({ security: { dataClassification: 'restricted' } });
    expect(labelled.missing.map((entry) => entry.field)).not.toContain('security.dataClassification');
    expect(labelled.warnings).toContainEqual({ code: 'acme:restricted-data', message: 'Data classified restricted stays in the restricted account.', rules: ['acme:restricted'] });
  });
});
