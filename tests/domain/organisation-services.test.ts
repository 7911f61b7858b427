import { describe, expect, it } from 'vitest';
import { RuleLoadError } from '../../src/domain/errors.js';
import { checkRuleDirs, loadRules } from '../../src/domain/rules/load.js';
import { BuiltInRuleFileSchema, OrganisationRuleFileSchema, RuleFileSchema } from '../../src/domain/rules/schema.js';
import { SERVICE_IDS } from '../../src/domain/catalog/service-ids.js';
import { renderMermaid } from '../../src/domain/rendering/mermaid.js';
import { advisorWith, customStream, mskService, orgFolder, orgRule } from '../support/org-rules.js';

const recommendMsk = orgRule('acme:msk-for-streams', {
  recommend: [{ service: 'acme:msk', role: 'ingest', confidence: 'high', rationale: ['Acme runs one Kafka platform.'] }],
});

function refusal(files: Record<string, unknown>): RuleLoadError {
  try {
    loadRules({ dirs: [orgFolder(files)] });
  } catch (error) {
    expect(error).toBeInstanceOf(RuleLoadError);
    return error as RuleLoadError;
  }
  throw new Error('expected the folder to be refused');
}

describe("an organisation's own services", () => {
  it('are listed after the built-in catalog, marked as the organisation\'s, and answered by id', () => {
    const advisor = advisorWith({ services: [mskService] });
    const listed = advisor.ruleSet.catalog.list();
    expect(listed.map((service) => service.id)).toEqual([...SERVICE_IDS, 'acme:msk']);
    expect(listed.at(-1)?.origin).toBe('organisation');
    expect(listed[0].origin).toBe('built-in');
    expect(advisor.ruleSet.catalog.get('acme:msk')).toMatchObject({ id: 'acme:msk', name: mskService.name, origin: 'organisation' });
    expect(advisor.ruleSet.services.map((service) => service.source)).toEqual(['org.json']);
  });

  it('can be recommended by the organisation\'s rules, with their name in the answer', () => {
    const answer = advisorWith({ services: [mskService], rules: [recommendMsk] }).recommend(customStream);
    const item = answer.recommendations.find((entry) => entry.service === 'acme:msk');
    expect(item).toMatchObject({ name: mskService.name, role: 'ingest', rules: ['acme:msk-for-streams'] });
    expect(answer.pipeline.flatMap((stage) => stage.services)).toContain('acme:msk');
  });

  it('may live in a file of their own, beside the rules that use them', () => {
    const ruleSet = loadRules({ dirs: [orgFolder({ 'a-services.json': { topic: 'Platform', services: [mskService] }, 'b-rules.json': { topic: 'Streams', rules: [recommendMsk] } })] });
    expect(ruleSet.byId.get('acme:msk-for-streams')?.source).toBe('b-rules.json');
  });

  it('must be declared before a rule names them, with a hint where', () => {
    const error = refusal({ 'org.json': { topic: 'Acme', rules: [recommendMsk] } });
    expect(error.ruleId).toBe('acme:msk-for-streams');
    expect(error.reason).toContain('unknown service id "acme:msk"');
    expect(error.reason).toContain('declared under "services"');
  });

  it('are held to the built-in catalog\'s schema: namespaced id, sourced and dated facts, no stray keys', () => {
    const bad = (service: Record<string, unknown>) => refusal({ 'org.json': { topic: 'Acme', services: [{ ...mskService, ...service }] } }).reason;
    expect(bad({ id: 'msk' })).toMatch(/services\.0\.id: an organisation's service id is namespaced/);
    expect(bad({ facts: [] })).toMatch(/services\.0\.facts/);
    expect(bad({ facts: [{ ...mskService.facts[0], checked: 'last week' }] })).toMatch(/services\.0\.facts\.0\.checked/);
    expect(bad({ facts: [{ ...mskService.facts[0], source: 'not a url' }] })).toMatch(/services\.0\.facts\.0\.source/);
    expect(bad({ roles: ['stream'] })).toMatch(/services\.0\.roles\.0/);
    expect(bad({ owner: 'platform team' })).toContain('unknown key "owner"');
    expect(bad({ cardNotes: [{ card: 'Kafka', notes: ['x'] }] })).toContain('"Kafka" is not a card title');
  });

  it('link to http or https pages only: no javascript:, data: or a URL that would end a Markdown link early', () => {
    const bad = (service: Record<string, unknown>) => refusal({ 'org.json': { topic: 'Acme', services: [{ ...mskService, ...service }] } }).reason;
    const fact = mskService.facts[0];
    expect(bad({ facts: [{ ...fact, source: 'javascript:alert(document.domain)' }] })).toMatch(/services\.0\.facts\.0\.source: an http or https URL/);
    expect(bad({ documentation: 'data:text/html,<script>alert(1)</script>' })).toMatch(/services\.0\.documentation: an http or https URL/);
    expect(bad({ limits: [{ name: 'Brokers', value: '30', source: 'ftp://example.com/limits' }] })).toMatch(/services\.0\.limits\.0\.source: an http or https URL/);
    expect(bad({ documentation: 'https://example.com/a)[x](javascript:alert(1)' })).toMatch(/services\.0\.documentation: a URL without spaces/);
    expect(() => advisorWith({ services: [{ ...mskService, documentation: 'http://wiki.acme.example/msk' }] })).not.toThrow();
  });

  it('keep every text to one line of bounded length, so that no entry can swell an answer', () => {
    const bad = (service: Record<string, unknown>) => refusal({ 'org.json': { topic: 'Acme', services: [{ ...mskService, ...service }] } }).reason;
    expect(bad({ name: 'M'.repeat(300_000) })).toMatch(/services\.0\.name: Too big: expected string to have <=100 characters/);
    expect(bad({ name: 'MSK\r\nok   forged line' })).toMatch(/services\.0\.name: one line of text/);
    expect(bad({ summary: 's'.repeat(601) })).toMatch(/services\.0\.summary/);
    expect(bad({ facts: [{ ...mskService.facts[0], statement: 'f'.repeat(601) }] })).toMatch(/services\.0\.facts\.0\.statement/);
    expect(bad({ lifecycle: { status: 'current', note: 'n'.repeat(601) } })).toMatch(/services\.0\.lifecycle\.note/);
    expect(bad({ cardNotes: [{ card: 'Kinesis', notes: ['n'.repeat(601)] }] })).toMatch(/services\.0\.cardNotes\.0\.notes\.0/);
  });

  it('take diagram nodes of their own: kinesis:data-streams never shares the node of the built-in kinesis-data-streams', () => {
    const own = { ...mskService, id: 'kinesis:data-streams', name: 'Our own data streams' };
    const advisor = advisorWith({
      services: [own],
      rules: [orgRule('kinesis:also', { recommend: [{ service: 'kinesis:data-streams', role: 'process', confidence: 'high', rationale: ['Ours runs beside it.'] }] })],
    });
    const diagram = renderMermaid(advisor.recommend(customStream));
    const nodes = [...diagram.matchAll(/^ {4}(\w+)\["([^"]+)"\]$/gm)].map((match) => [match[1], match[2]]);
    expect(nodes).toContainEqual(['kinesis_data_streams', 'Amazon Kinesis Data Streams']);
    expect(nodes).toContainEqual(['kinesis__data_streams', 'Our own data streams']);
    expect(new Set(nodes.map(([id]) => id)).size).toBe(nodes.length);
  });

  it('cannot be declared twice, naming the first file', () => {
    const error = refusal({ 'a.json': { topic: 'A', services: [mskService] }, 'b.json': { topic: 'B', services: [mskService] } });
    expect(error.file).toMatch(/b\.json$/);
    expect(error.reason).toMatch(/service "acme:msk" is already declared in .*a\.json/);
  });

  it('make a file without rules a sound file, but a file with neither is refused', () => {
    expect(() => loadRules({ dirs: [orgFolder({ 'services.json': { topic: 'Platform', services: [mskService] } })] })).not.toThrow();
    expect(refusal({ 'empty.json': { topic: 'Nothing', rules: [] } }).reason).toContain('a rule file holds rules or services');
  });
});

describe("an organisation's warning codes", () => {
  const warning = (code: string) => ({ topic: 'Acme', rules: [orgRule('acme:classify', { warn: [{ code, message: 'Label the data.' }] })] });

  it('are namespaced, so that they can never clash with a built-in code', () => {
    const error = refusal({ 'org.json': warning('stream-limit') });
    expect(error.ruleId).toBe('acme:classify');
    expect(error.reason).toContain('rules.0.event.params.warn.0.code');
    expect(error.reason).toContain('write "acme:stream-limit"');
  });

  it('reach the answer as written', () => {
    const advisor = advisorWith(warning('acme:data-classification'));
    expect(advisor.recommend({}).warnings).toContainEqual({ code: 'acme:data-classification', message: 'Label the data.', rules: ['acme:classify'] });
  });

  it('are kebab-case in the built-in files, which declare no services and set no policies', () => {
    expect(BuiltInRuleFileSchema.safeParse(warning('acme:x')).error?.issues[0].message).toBe('built-in warning codes are kebab-case');
    const policy = { topic: 'x', rules: [orgRule('a-b', { forbid: [{ service: 'splunk', reason: 'We do not.' }] })] };
    expect(BuiltInRuleFileSchema.safeParse(policy).error?.issues[0].message).toContain("forbid is an organisation's policy");
    expect(BuiltInRuleFileSchema.safeParse({ topic: 'x', services: [mskService] }).error?.issues[0].path).toEqual(['services']);
    // The published schema (rule-file.schema.json) accepts both, for editors of either kind of file.
    expect(RuleFileSchema.safeParse(warning('acme:x')).success).toBe(true);
    expect(OrganisationRuleFileSchema.safeParse(warning('acme:x')).success).toBe(true);
  });
});

describe("an organisation's sentences", () => {
  const standing = (message: string) => ({ 'org.json': { topic: 'Acme', rules: [orgRule('acme:note', { warn: [{ code: 'acme:note', message }] })] } });

  it('may not fill to more than 1,200 characters, so that a rule cannot make every answer huge: {description} is refused, naming file and rule', () => {
    const error = refusal(standing('We read: {description} {description} {description}'));
    expect(error.file).toMatch(/org\.json$/);
    expect(error.ruleId).toBe('acme:note');
    expect(error.reason).toBe('the sentence can fill to 12,011 characters ({description} alone 4,000); at most 1,200, so that no rule makes an answer much longer than its own text');
  });

  it('may name the workload and quote its figures', () => {
    const advisor = advisorWith(standing('{name} streams {ingestion.throughputMBps} MB/s from {data.sources}.')['org.json']);
    expect(advisor.recommend({ name: 'clicks', ...customStream }).warnings).toContainEqual({ code: 'acme:note', message: 'clicks streams 20 MB/s from clickstream.', rules: ['acme:note'] });
  });
});

describe('checking a folder lists every problem', () => {
  it('names file, rule and reason for each, without stopping at the first', () => {
    const dir = orgFolder({
      'a.json': { topic: 'A', rules: [orgRule('acme:one', { recommend: [{ service: 'kafka', role: 'ingest', confidence: 'high', rationale: ['x y z'] }] })] },
      'b.json': { topic: 'B', rules: [orgRule('acme:two', { warn: [{ code: 'plain-code', message: 'Plain.' }] }), orgRule('acme:three', { ask: [{ field: 'security.label', why: 'We need it.' }] })] },
      'c.json': '{ "topic": ',
      'd.json': { topic: 'D', rules: [orgRule('acme:four', { forbid: [{ service: 'splunk', reason: 'No Splunk here.' }] })] },
    });
    const problems = checkRuleDirs([dir]);
    expect(problems.map((problem) => [problem.file.split('/').at(-1), problem.ruleId])).toEqual([
      ['a.json', 'acme:one'],
      ['b.json', 'acme:two'],
      ['c.json', undefined],
    ]);
    expect(problems[0].reason).toContain('unknown service id "kafka"');
    expect(problems[2].reason).toContain('not valid JSON');
  });

  it('reports each rule with a problem once schema and JSON are sound', () => {
    const dir = orgFolder({
      'a.json': {
        topic: 'A',
        rules: [
          orgRule('acme:one', { recommend: [{ service: 'kafka', role: 'ingest', confidence: 'high', rationale: ['x y z'] }] }),
          orgRule('acme:two', { ask: [{ field: 'security.label', why: 'We need it.' }] }),
          orgRule('acme:three', { prefer: [{ service: 'opensearch', over: 'opensearch', reason: 'Same.' }] }),
        ],
      },
    });
    expect(checkRuleDirs([dir]).map((problem) => `${problem.ruleId}: ${problem.reason}`)).toEqual([
      'acme:one: recommend.service: unknown service id "kafka"',
      'acme:two: ask.field: "security.label" is not a workload field',
      'acme:three: prefer: "opensearch" cannot be preferred over itself',
    ]);
  });

  it('is empty for a sound folder', () => {
    expect(checkRuleDirs([orgFolder({ 'org.json': { topic: 'Acme', services: [mskService], rules: [recommendMsk] } })])).toEqual([]);
  });
});
