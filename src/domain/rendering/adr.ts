import { applyDescription } from '../description/merge-description.js';
import { describeField, describeValue, describeWorkload } from '../workload/describe.js';
import type { RuleSet } from '../rules/load.js';
import { readFacts } from '../facts/read-facts.js';
import { SIZING_READS } from '../sizing/index.js';
import type { Recommendation } from '../answer/schema.js';
import { conditionFields } from '../rules/fields.js';
import type { ServiceId } from '../catalog/service-ids.js';
import { WORKLOAD_FIELDS } from '../workload/fields.js';
import type { Workload } from '../workload/schema.js';

export interface RenderAdrOptions {
  /** ISO date for the front matter; defaults to today (UTC). */
  date?: string;
}

/** Markdown-safe single line: no line breaks, no table or heading surprises. */
const inline = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A user's own text (the workload's name and description) as literal
 * Markdown: one line, every character Markdown or HTML would read as syntax
 * escaped, so it can start no heading, list, link, table or tag.
 *
 * @example
 * escapeMarkdown('# <b>Hi</b>\n- x'); // '\\# \\<b\\>Hi\\</b\\> \\- x'
 * escapeMarkdown('iot-telemetry'); // 'iot-telemetry'
 */
export const escapeMarkdown = (text: string) =>
  inline(text).replace(/[\\`*_{}[\]()#!|<>~&]/g, '\\$&').replace(/^([-+])/, '\\$1').replace(/ ([-+]) /g, ' \\$1 ').replace(/^(\d+)\./, '$1\\.');

/**
 * Writes the recommendation as a MADR 4 architecture decision record: front
 * matter, context, decision drivers (the workload values the applied rules
 * read), considered options, the outcome with its consequences, pros and
 * cons of every option, and links to the cards and AWS documentation.
 *
 * @example
 * renderAdr(workload, advisor.recommend(workload), advisor.ruleSet, { date: '2026-11-26' });
 */
export function renderAdr(given: Workload, recommendation: Recommendation, ruleSet: RuleSet, options: RenderAdrOptions = {}): string {
  // The workload as the answer read it: the given fields plus those its description states.
  const workload = applyDescription(given).workload;
  const { catalog } = ruleSet;
  const serviceName = (id: ServiceId) => catalog.entry(id).name;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const chosen = recommendation.recommendations;
  const flow = recommendation.pipeline.map((stage) => stage.services.map(serviceName).join(' + '));
  const title = flow.length > 0 ? flow.join(' → ') : chosen.map((r) => r.name).join(', ') || 'no services yet';
  const out: string[] = [];

  out.push('---', 'status: proposed', `date: ${date}`, `rules-version: ${recommendation.rulesVersion}`, '---', '');
  out.push(`# ${escapeMarkdown(recommendation.workload)}: ${title}`, '');

  out.push('## Context and Problem Statement', '');
  if (workload.description) out.push(escapeMarkdown(workload.description), '');
  const context = describeWorkload(workload);
  out.push(context.length > 0 ? context.join(' ') : 'The workload was described with no details yet.', '');
  if (recommendation.inferred.length > 0) {
    out.push('Read from the description (fields given explicitly win):', '');
    for (const entry of recommendation.inferred) out.push(`* ${describeValue(entry.field, entry.value)}, from "${escapeMarkdown(entry.evidence)}"`);
    out.push('');
  }
  out.push(
    'Which AWS data services should ingest, process, store and serve this data, how should they be sized, and in what order does the data flow?',
    '',
  );

  out.push('## Decision Drivers', '');
  const applied = new Set([
    ...chosen.flatMap((r) => r.rules),
    ...recommendation.rejected.flatMap((r) => r.rules),
    ...recommendation.warnings.flatMap((w) => w.rules),
  ]);
  // What decided: the fields the applied rules and their sizing read, and those the flows were read from.
  const read = new Set<string>(readFacts(workload).flows.flatMap((flow) => flow.readFrom));
  for (const id of applied) {
    const rule = ruleSet.byId.get(id);
    if (!rule) continue;
    for (const path of conditionFields(rule.conditions, ruleSet.conditions)) read.add(path);
    for (const item of rule.event.params.recommend ?? []) for (const path of item.sizing ? (SIZING_READS[item.sizing] ?? []) : []) read.add(path);
  }
  const drivers: string[] = [];
  for (const path of WORKLOAD_FIELDS.keys()) {
    const described = read.has(path) ? describeField(workload, path) : undefined;
    if (described) drivers.push(`* ${described}`);
  }
  out.push(...(drivers.length > 0 ? drivers : ['* No workload value decided anything yet; see the open questions below.']), '');

  out.push('## Considered Options', '');
  for (const item of chosen) out.push(`* ${item.name} (${item.role}) — chosen`);
  for (const item of recommendation.rejected) out.push(`* ${serviceName(item.service)} — turned down as ${item.role}`);
  const alternatives = uniqueAlternatives(recommendation);
  for (const alternative of alternatives) out.push(`* ${serviceName(alternative.service)} — considered instead of ${serviceName(alternative.insteadOf)}`);
  if (chosen.length === 0 && recommendation.rejected.length === 0) out.push('* None yet: the workload does not say enough to choose.');
  out.push('');

  out.push('## Decision Outcome', '');
  if (chosen.length > 0) {
    out.push(`Chosen option: "${title}", because:`, '');
    for (const item of chosen) out.push(`* **${item.name}** (${item.confidence} confidence): ${inline(item.rationale[0])}`);
  } else {
    out.push('No option can be chosen yet: answer the open questions below and ask again.');
  }
  out.push('', '### Consequences', '');
  for (const item of chosen) {
    const settings = Object.entries(item.configuration);
    if (settings.length > 0) out.push(`* Good, because ${item.name} is sized for this workload: ${settings.map(([k, v]) => `${k} ${formatSetting(v)}`).join('; ')}.`);
  }
  for (const warning of recommendation.warnings) out.push(`* Bad, because ${lowerFirst(inline(warning.message))} (${warning.code})`);
  if (chosen.every((item) => Object.keys(item.configuration).length === 0) && recommendation.warnings.length === 0) {
    out.push('* Neutral, because nothing needs sizing or special care beyond the defaults.');
  }
  out.push('');

  out.push('## Pros and Cons of the Options', '');
  for (const item of chosen) {
    out.push(`### ${item.name} (chosen)`, '');
    out.push(catalog.entry(item.service).summary, '');
    for (const sentence of item.rationale) out.push(`* Good, because ${lowerFirst(inline(sentence))}`);
    for (const alternative of item.alternatives) out.push(`* Neutral, because ${serviceName(alternative.service)} was weighed: ${lowerFirst(inline(alternative.whyNot))}`);
    out.push('');
  }
  for (const item of recommendation.rejected) {
    out.push(`### ${serviceName(item.service)} (turned down as ${item.role})`, '');
    out.push(catalog.entry(item.service).summary, '');
    out.push(`* Bad, because ${lowerFirst(inline(item.reason))}`, '');
  }
  for (const alternative of alternatives) {
    out.push(`### ${serviceName(alternative.service)} (instead of ${serviceName(alternative.insteadOf)})`, '');
    out.push(catalog.entry(alternative.service).summary, '');
    out.push(`* Bad, because ${lowerFirst(inline(alternative.whyNot))}`, '');
  }

  out.push('## More Information', '');
  if (recommendation.missing.length > 0) {
    out.push('Open questions that would change this decision:', '');
    for (const question of recommendation.missing) out.push(`* \`${question.field}\`: ${question.why}`);
    out.push('');
  }
  const cards = [...new Set(chosen.flatMap((r) => r.cards))];
  if (cards.length > 0) out.push(`Study cards applied: ${cards.map((c) => `"${c}"`).join(', ')}.`, '');
  out.push(`Rules applied: ${[...applied].sort().map((id) => `\`${id}\``).join(', ') || 'none'} (rule set ${recommendation.rulesVersion}).`, '');
  const documented = [...new Set([...chosen.map((r) => r.service), ...recommendation.rejected.map((r) => r.service)])];
  if (documented.length > 0) {
    out.push('AWS documentation:', '');
    for (const id of documented) out.push(`* [${serviceName(id)}](${catalog.entry(id).documentation})`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function uniqueAlternatives(recommendation: Recommendation) {
  const seen = new Set<string>([
    ...recommendation.recommendations.map((r) => r.service),
    ...recommendation.rejected.map((r) => r.service),
  ]);
  const list: Array<{ service: ServiceId; insteadOf: ServiceId; whyNot: string }> = [];
  for (const item of recommendation.recommendations) {
    for (const alternative of item.alternatives) {
      if (seen.has(alternative.service)) continue;
      seen.add(alternative.service);
      list.push({ service: alternative.service, insteadOf: item.service, whyNot: alternative.whyNot });
    }
  }
  return list;
}

function formatSetting(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function lowerFirst(sentence: string): string {
  // Keep acronyms and product names (S3, SSE-KMS, Firehose) as written.
  return /^[A-Z][a-z]/.test(sentence) && !/^(Amazon|AWS|Glue|Athena|Firehose|Kinesis|Lambda|Spark|Flink|Redshift|SageMaker|QuickSight|Rekognition|DynamoDB|Splunk|OpenSearch|Teradata|Apache|EMR|Data|IoT|Task|Spot)\b/.test(sentence)
    ? sentence[0].toLowerCase() + sentence.slice(1)
    : sentence;
}
