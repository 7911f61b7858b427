import { formatValue } from '../words/format-value.js';
import { describePremises } from '../words/premises.js';
import type { Catalog } from '../catalog/catalog.js';
import { CATALOG_ENTRIES } from '../catalog/services.js';
import { applyDescription } from '../description/merge-description.js';
import { describeField, describeValue, describeWorkload } from '../workload/describe.js';
import type { RuleSet } from '../rules/load.js';
import { readFacts } from '../facts/read-facts.js';
import { SIZING_READS } from '../sizing/index.js';
import type { Recommendation } from '../answer/schema.js';
import { costSection, whatWouldChangeSection } from './adr-beyond-the-pick.js';
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
 * read), considered options, the outcome with its consequences, what it
 * costs and what would change it, pros and cons of every option, and links
 * to the cards and AWS documentation.
 *
 * @example
 * renderAdr(workload, advisor.recommend(workload), advisor.ruleSet, { date: '2026-11-26' });
 */
export function renderAdr(given: Workload, recommendation: Recommendation, ruleSet: RuleSet, options: RenderAdrOptions = {}): string {
  // The workload as the answer read it: the given fields plus those its description states.
  const workload = applyDescription(given).workload;
  const { catalog } = ruleSet;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const flow = recommendation.pipeline.map((stage) => stage.services.map((id) => catalog.entry(id).name).join(' + '));
  const title = flow.length > 0 ? flow.join(' → ') : recommendation.recommendations.map((r) => r.name).join(', ') || 'no services yet';
  const applied = appliedRules(recommendation);
  const alternatives = uniqueAlternatives(recommendation);
  const out = [
    '---',
    'status: proposed',
    `date: ${date}`,
    `rules-version: ${recommendation.rulesVersion}`,
    '---',
    '',
    `# ${escapeMarkdown(recommendation.workload)}: ${title}`,
    '',
    ...contextSection(workload, recommendation),
    ...driversSection(workload, applied, ruleSet),
    ...optionsSection(recommendation, alternatives, catalog),
    ...outcomeSection(recommendation, title),
    ...costSection(recommendation, catalog),
    ...whatWouldChangeSection(recommendation),
    ...prosAndConsSection(recommendation, alternatives, catalog),
    ...moreInformationSection(recommendation, applied, catalog),
  ];
  return `${out.join('\n').trimEnd()}\n`;
}

type Alternative = ReturnType<typeof uniqueAlternatives>[number];

/** Every rule the answer cites: behind a recommendation, a rejection or a warning. */
function appliedRules(recommendation: Recommendation): Set<string> {
  return new Set([
    ...recommendation.recommendations.flatMap((r) => r.rules),
    ...recommendation.rejected.flatMap((r) => r.rules),
    ...recommendation.warnings.flatMap((w) => w.rules),
  ]);
}

function contextSection(workload: Workload, recommendation: Recommendation): string[] {
  const out = ['## Context and Problem Statement', ''];
  if (workload.description) out.push(escapeMarkdown(workload.description), '');
  const context = describeWorkload(workload);
  out.push(context.length > 0 ? context.join(' ') : 'The workload was described with no details yet.', '');
  if (recommendation.inferred.length > 0) {
    out.push('Read from the description (fields given explicitly win):', '');
    for (const entry of recommendation.inferred) out.push(`* ${describeValue(entry.field, entry.value)}, from "${escapeMarkdown(entry.evidence)}"`);
    out.push('');
  }
  out.push('Which AWS data services should ingest, process, store and serve this data, how should they be sized, and in what order does the data flow?', '');
  return out;
}

/** What decided: the fields the applied rules and their sizing read, and those the flows were read from. */
function driversSection(workload: Workload, applied: ReadonlySet<string>, ruleSet: RuleSet): string[] {
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
  return ['## Decision Drivers', '', ...(drivers.length > 0 ? drivers : ['* No workload value decided anything yet; see the open questions below.']), ''];
}

function optionsSection(recommendation: Recommendation, alternatives: readonly Alternative[], catalog: Catalog): string[] {
  const serviceName = (id: ServiceId) => catalog.entry(id).name;
  const out = ['## Considered Options', ''];
  for (const item of recommendation.recommendations) out.push(`* ${item.name} (${item.role}) — chosen`);
  for (const item of recommendation.rejected) out.push(`* ${serviceName(item.service)} — turned down as ${item.role}`);
  for (const alternative of alternatives) out.push(`* ${serviceName(alternative.service)} — considered instead of ${serviceName(alternative.insteadOf)}`);
  if (recommendation.recommendations.length === 0 && recommendation.rejected.length === 0) out.push('* None yet: the workload does not say enough to choose.');
  return [...out, ''];
}

function outcomeSection(recommendation: Recommendation, title: string): string[] {
  const chosen = recommendation.recommendations;
  const out = ['## Decision Outcome', ''];
  if (chosen.length > 0) {
    out.push(`Chosen option: "${title}", because:`, '');
    for (const item of chosen) out.push(`* **${item.name}** (${item.confidence} confidence): ${inline(item.rationale[0])}`);
  } else {
    out.push('No option can be chosen yet: answer the open questions below and ask again.');
  }
  out.push('', '### Consequences', '');
  for (const item of chosen) {
    const settings = Object.entries(item.configuration);
    if (settings.length > 0) out.push(`* Good, because ${item.name} is sized for this workload: ${settings.map(([k, v]) => `${settingWords(k)} ${formatValue(v)}`).join('; ')}.`);
    if (item.premises.length > 0) out.push(`* Neutral, because ${item.name}'s sizing rests on ${describePremises(item.premises)}.`);
  }
  for (const warning of recommendation.warnings) out.push(`* Bad, because ${lowerFirst(inline(warning.message))} (${warning.code})`);
  if (chosen.every((item) => Object.keys(item.configuration).length === 0) && recommendation.warnings.length === 0) {
    out.push('* Neutral, because nothing needs sizing or special care beyond the defaults.');
  }
  return [...out, ''];
}

function prosAndConsSection(recommendation: Recommendation, alternatives: readonly Alternative[], catalog: Catalog): string[] {
  const serviceName = (id: ServiceId) => catalog.entry(id).name;
  const out = ['## Pros and Cons of the Options', ''];
  for (const item of recommendation.recommendations) {
    out.push(`### ${item.name} (chosen)`, '', catalog.entry(item.service).summary, '');
    for (const sentence of item.rationale) out.push(`* Good, because ${lowerFirst(inline(sentence))}`);
    for (const alternative of item.alternatives) out.push(`* Neutral, because ${serviceName(alternative.service)} was weighed: ${lowerFirst(inline(alternative.whyNot))}`);
    out.push('');
  }
  for (const item of recommendation.rejected) {
    out.push(`### ${serviceName(item.service)} (turned down as ${item.role})`, '', catalog.entry(item.service).summary, '', `* Bad, because ${lowerFirst(inline(item.reason))}`, '');
  }
  for (const alternative of alternatives) {
    out.push(`### ${serviceName(alternative.service)} (instead of ${serviceName(alternative.insteadOf)})`, '', catalog.entry(alternative.service).summary, '');
    out.push(`* Bad, because ${lowerFirst(inline(alternative.whyNot))}`, '');
  }
  return out;
}

function moreInformationSection(recommendation: Recommendation, applied: ReadonlySet<string>, catalog: Catalog): string[] {
  const serviceName = (id: ServiceId) => catalog.entry(id).name;
  const chosen = recommendation.recommendations;
  const out = ['## More Information', ''];
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
  return out;
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

/** Units and acronyms kept whole when a setting's key is read out. */
const KEY_WORD = /KiB|MiB|GiB|KPUs?|vCPUs?|GB|MB|TB|S3|[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])/g;

/**
 * A configuration key in words: `capacityMode` is 'capacity mode', `bufferSizeMiB` 'buffer size (MiB)'.
 *
 * @example
 * settingWords('maxRecordSizeKiB'); // 'max record size (KiB)'
 */
export function settingWords(key: string): string {
  const words = (key.match(KEY_WORD) ?? [key]).map((word) => (/^[A-Z][a-z0-9]+$/.test(word) && word !== 'S3' ? word.toLowerCase() : word));
  const unit = /^(KiB|MiB|GiB|GB|MB|TB)$/.test(words.at(-1) ?? '') ? words.pop() : undefined;
  return `${words.join(' ').replace(/^s3\b/, 'S3')}${unit ? ` (${unit})` : ''}`;
}

/** Words that start a sentence as names (products, services, acronyms), read from the catalog's service names. */
let properWords: ReadonlySet<string> | undefined;

function lowerFirst(sentence: string): string {
  properWords ??= new Set([...CATALOG_ENTRIES.flatMap((entry) => entry.name.split(/[\s()/,]+/).filter((word) => /^[A-Z0-9].+/.test(word))), 'Apache', 'Spark', 'Flink', 'Spot', 'Teradata', 'Oracle', 'MySQL', 'PostgreSQL']);
  const first = sentence.split(/[\s,:;.]/, 1)[0];
  return /^[A-Z]([a-z]|\s)/.test(sentence) && !properWords.has(first) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
}
