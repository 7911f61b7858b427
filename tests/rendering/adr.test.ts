import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { renderAdr, settingWords } from '../../src/domain/rendering/adr.js';

const advisor = createAdvisor();
const scenario = (name: string) => JSON.parse(readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), 'utf8')).workload;
const adrFor = (workload: Record<string, unknown>) => {
  const answer = advisor.recommend(workload);
  return { answer, text: renderAdr(workload, answer, advisor.ruleSet, { date: '2026-11-26' }) };
};
const section = (text: string, heading: string) => {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, `has ${heading}`).toBeGreaterThan(-1);
  const rest = text.slice(start + heading.length + 2);
  const next = rest.search(/\n## /);
  return next === -1 ? rest : rest.slice(0, next);
};

describe('the architecture decision record (MADR 4)', () => {
  const { answer, text } = adrFor({ ...scenario('iot-telemetry'), description: 'Fleet telemetry from delivery vans.' });

  it('opens with front matter: status proposed and the date', () => {
    expect(text.startsWith('---\nstatus: proposed\ndate: 2026-11-26\n')).toBe(true);
    expect(text).toMatch(/^# iot-telemetry: AWS IoT Core \+ Amazon Kinesis Data Streams → Amazon EMR \+ Apache Spark \(on EMR or Glue\) → Amazon S3$/m);
  });

  it('says what the architecture costs a month, line by line, with what is not priced or confirmed', () => {
    const cost = section(text, '## Cost');
    // The total and the line are those worked by hand in tests/domain/cost/hand-priced-scenarios.ts.
    expect(cost).toContain('About $136,557.54 a month in us-east-1 (assumed: the workload names no account.region), $136,557.54 to $148,875.01');
    expect(cost).toContain('| Amazon Kinesis Data Streams | shard-hours (provisioned) | 36,500 shard-hour | $0.015 per shard-hour | $547.50 |');
    expect(cost).toContain('| Amazon EMR | Amazon EMR price on every node, m7g.2xlarge | 2,190 instance-hour | price not confirmed | — |');
    expect(cost).toContain('excludes free tier, Savings Plans, Reserved capacity');
    expect(cost).toContain('Not priced (nothing of them is sized to price): Apache Spark (on EMR or Glue)');
    expect(cost).toContain('* Amazon S3 assumes months of data kept 1 months (assumed: say data.volumeTB).');
  });

  it('lists what would change each choice, as the answer lists it', () => {
    const changes = section(text, '## What would change this decision');
    for (const item of answer.recommendations) {
      for (const counterfactual of item.whatWouldChange ?? []) expect(changes).toContain(`* **${item.name}** (${item.role}): `);
    }
    expect(changes).toContain('* **Amazon Kinesis Data Streams** (ingest): `ingestion.existingStream` = `"kafka"`. With existing stream kafka (now not given), Amazon Managed Streaming for Apache Kafka (Amazon MSK) takes the ingest role instead (rule kafka-moves-to-msk).');
  });

  it('leaves both sections out when the advisor gives neither', () => {
    const plain = createAdvisor({ ruleSet: advisor.ruleSet, cost: false, whatWouldChange: false });
    const workload = scenario('iot-telemetry');
    const record = renderAdr(workload, plain.recommend(workload), plain.ruleSet, { date: '2026-11-26' });
    expect(record).not.toContain('## Cost');
    expect(record).not.toContain('## What would change this decision');
  });

  it('has the MADR sections in order', () => {
    const headings = text.match(/^##+ .*$/gm) ?? [];
    const main = headings.filter((h) => h.startsWith('## '));
    expect(main).toEqual([
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '## Cost',
      '## What would change this decision',
      '## Pros and Cons of the Options',
      '## More Information',
    ]);
    expect(headings).toContain('### Consequences');
  });

  it('states the workload in words, with its description', () => {
    const context = section(text, '## Context and Problem Statement');
    expect(context).toContain('Fleet telemetry from delivery vans.');
    expect(context).toContain('Ingestion is streaming at 20 MB/s (50,000 records/s of about 0.4 KB) from 50,000 producers.');
    expect(context).toContain('Answers are needed in real time (sub-second).');
  });

  it('lists the workload values the applied rules read as drivers', () => {
    const drivers = section(text, '## Decision Drivers');
    expect(drivers).toContain('* Write rate: 20 MB/s');
    expect(drivers).toContain('* Records per second: 50,000');
    expect(drivers).toContain('* Latency: real-time');
    expect(drivers).toContain('* Processing frameworks: Spark');
  });

  it('names every recommended service as chosen and every rejected one with its reason', () => {
    const options = section(text, '## Considered Options');
    for (const item of answer.recommendations) expect(options).toContain(`* ${item.name} (${item.role}) — chosen`);
    for (const item of answer.rejected) {
      expect(options).toContain(`* ${advisor.ruleSet.catalog.entry(item.service).name} — turned down as ${item.role}`);
      expect(section(text, '## Pros and Cons of the Options')).toContain(`### ${advisor.ruleSet.catalog.entry(item.service).name} (turned down as ${item.role})`);
      expect(text).toContain(item.reason.slice(1, 40));
    }
  });

  it('explains the outcome and its consequences, sizing and warnings included', () => {
    const outcome = section(text, '## Decision Outcome');
    expect(outcome).toContain('Chosen option: "AWS IoT Core + Amazon Kinesis Data Streams → ');
    expect(outcome).toContain('* Good, because Amazon Kinesis Data Streams is sized for this workload: capacity mode provisioned; shards 50.');
    const withWarnings = adrFor(scenario('gpu-training-new-account')).text;
    expect(section(withWarnings, '## Decision Outcome')).toMatch(/\* Bad, because .*\(new-account-quota\)/);
  });

  it('links the cards, the rules and the AWS documentation', () => {
    const more = section(text, '## More Information');
    expect(more).toContain('"Sample architecture from IoT device"');
    expect(more).toContain('`kds-custom-processing`');
    expect(more).toContain('[Amazon Kinesis Data Streams](https://docs.aws.amazon.com/streams/latest/dev/introduction.html)');
    expect(more).toContain('Open questions that would change this decision:');
  });

  it('still reads well for an empty workload', () => {
    const empty = adrFor({}).text;
    expect(empty).toContain('# unnamed-workload: no services yet');
    expect(empty).toContain('No option can be chosen yet');
    expect(empty).toContain('`data.sources`');
  });

  it('keeps a hostile name or description from breaking the document structure', () => {
    const hostile = adrFor({ name: 'x\n## Injected', description: 'line one\n\n## Fake heading\n---' }).text;
    expect(hostile.match(/^## /gm)).toHaveLength(6);
  });
});

describe('the premises of each sizing in the decision record', () => {
  it('says what each sizing rests on, and which assumed figure a field would replace', () => {
    const adr = adrFor({ name: 'nightly', data: { sources: ['s3'], atRest: true, volumeTB: 40 }, processing: { etl: true } }).text;
    const consequences = adr.slice(adr.indexOf('### Consequences'), adr.indexOf('## Pros and Cons of the Options'));
    expect(consequences).toContain("AWS Glue ETL's sizing rests on input per run 100 GB (assumed: say processing.inputPerRunGB)");
    expect(consequences).toContain('(sizing-guess)');
  });
});

describe('the decision record with hostile names and descriptions', () => {
  it('keeps the workload\'s own text literal: no heading, list, HTML or link of its making', () => {
    const { text } = adrFor({
      name: 'x</h1><img src=x onerror=alert(1)>',
      description: 'Ours.\n\n# Injected heading\n- injected item\n<script>alert(1)</script> [click](javascript:alert(1)) | a | b |',
    });
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('- injected') || line.startsWith('# Injected'))).toBe(false);
    expect(text).not.toMatch(/(?<!\\)<script>|(?<!\\)<img|(?<!\\)\]\(javascript:/);
    expect(text).toContain('Ours. \\# Injected heading \\- injected item \\<script\\>');
  });
});

describe('decision record wording', () => {
  it('reads configuration keys out in words, units kept whole', () => {
    expect(settingWords('capacityMode')).toBe('capacity mode');
    expect(settingWords('maxRecordSizeKiB')).toBe('max record size (KiB)');
    expect(settingWords('s3BufferSizeMiB')).toBe('S3 buffer size (MiB)');
    expect(settingWords('enhancedFanOutConsumers')).toBe('enhanced fan out consumers');
  });

  it('lower-cases a sentence after "because" unless it starts with a name', () => {
    const text = adrFor(scenario('sql-on-the-lake')).text;
    expect(text).not.toMatch(/because (The|A|An|Each|Every|Your|It|This|Data sitting) /);
    expect(text).toMatch(/because Amazon |because Athena |because S3 /);
    expect(text).not.toMatch(/sized for this workload: [^\n]*[a-z][A-Z]/);
  });
});
