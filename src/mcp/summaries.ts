import type { Catalog } from '../domain/catalog/catalog.js';
import type { Comparison } from '../domain/catalog/compare.js';
import type { Recommendation } from '../domain/answer/schema.js';
import { describePremises } from '../domain/words/premises.js';
import { formatUSD } from '../domain/words/usd.js';

/** The last line of every tool's text: what only `structuredContent` holds, for clients that pass it on. */
export const STRUCTURED_POINTER = 'The whole answer is in structuredContent (the same JSON as the REST API)';

/**
 * A readable account of a recommendation for the model to relay, complete
 * for a client that reads text only: the pipeline, every service with its
 * first reason and all its sizing, every warning, what was read from the
 * description, rejections and the questions still open, then where the rest
 * is (every rationale, rules, cards, alternatives, premises and flows).
 * Names come from the advisor's catalog, which holds the organisation's
 * services too.
 *
 * @example
 * summarizeRecommendation(advisor.recommend({ latency: 'real-time' }), advisor.ruleSet.catalog);
 */
export function summarizeRecommendation(answer: Recommendation, catalog: Catalog): string {
  const lines: string[] = [];
  const pipeline = answer.pipeline.map((stage) => stage.services.map((id) => catalog.entry(id).name).join(' + '));
  lines.push(pipeline.length > 0 ? `Pipeline for ${answer.workload}: ${pipeline.join(' → ')}` : `No pipeline yet for ${answer.workload}.`);
  if (answer.recommendations.length > 0) {
    lines.push('', 'Recommended:');
    for (const item of answer.recommendations) {
      const settings = Object.entries(item.configuration)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('/') : value}`)
        .join(', ');
      lines.push(`- ${item.name} (${item.role}, ${item.confidence} confidence): ${item.rationale[0]}${settings ? ` [${settings}]` : ''}${item.premises.length > 0 ? ` (rests on: ${describePremises(item.premises)})` : ''}`);
    }
  }
  lines.push(...costLines(answer), ...changeLines(answer));
  if (answer.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of answer.warnings) lines.push(`- ${warning.code}: ${warning.message}`);
  }
  if (answer.inferred.length > 0) {
    lines.push('', 'Read from the description (confirm with the user; fields given win):');
    for (const entry of answer.inferred) lines.push(`- ${entry.field} = ${JSON.stringify(entry.value)}, from "${entry.evidence}"`);
  }
  if (answer.rejected.length > 0) {
    lines.push('', 'Turned down:');
    for (const item of answer.rejected) lines.push(`- ${catalog.entry(item.service).name}: ${item.reason}`);
  }
  if (answer.missing.length > 0) {
    lines.push('', 'Ask the user, then call again with these fields:');
    for (const item of answer.missing) lines.push(`- ${item.field}: ${item.why}`);
  }
  lines.push('', `${STRUCTURED_POINTER}: every rationale, the rules and study cards behind each service, the alternatives, the figures each sizing rests on (premises), each cost line with its unit price and each source's path (flows).`);
  return lines.join('\n');
}

/** The month's estimate: total, range and Region, then each priced service's figure. */
function costLines(answer: Recommendation): string[] {
  const estimate = answer.costEstimate;
  if (!estimate || answer.recommendations.length === 0) return [];
  const range = estimate.lowUSD === estimate.highUSD ? '' : ` (${formatUSD(estimate.lowUSD)} to ${formatUSD(estimate.highUSD)} as assumed figures range)`;
  const region = `${estimate.region}${estimate.regionFrom === 'default' ? ', assumed' : ''}`;
  const lines = ['', `Cost: about ${formatUSD(estimate.monthlyUSD)} a month${range} in ${region}; prices checked ${estimate.pricesChecked}, excluding ${estimate.excludes}.`];
  for (const item of answer.recommendations) {
    if (!item.cost) continue;
    const unconfirmed = item.cost.lines.filter((line) => line.monthlyUSD === undefined).length;
    lines.push(`- ${item.name}: ${formatUSD(item.cost.monthlyUSD)}${unconfirmed > 0 ? ` (plus ${unconfirmed} ${unconfirmed === 1 ? 'line' : 'lines'} whose price is not confirmed)` : ''}`);
  }
  if (estimate.notPriced.length > 0) lines.push(`- not priced: ${estimate.notPriced.join(', ')}`);
  return lines;
}

/** What would change each choice: the change as fields, and why, for the model to offer as questions. */
function changeLines(answer: Recommendation): string[] {
  const listed = answer.recommendations.flatMap((item) => (item.whatWouldChange ?? []).map((counterfactual) => `- ${item.name} (${item.role}): ${JSON.stringify(counterfactual.change)}: ${counterfactual.because}`));
  return listed.length === 0 ? [] : ['', 'What would change this decision (each checked by answering the changed workload):', ...listed];
}

/**
 * The comparison in a few lines: when to choose each service of every pair.
 *
 * @example
 * summarizeComparison(compareServices(['athena', 'emr'], catalog));
 */
export function summarizeComparison(comparison: Comparison): string {
  const lines: string[] = [];
  const names = new Map<string, string>(comparison.services.map((service) => [service.id, service.name]));
  for (const tradeOff of comparison.tradeOffs) {
    lines.push(`${tradeOff.services.map((id) => names.get(id)).join(' vs ')}: ${tradeOff.summary}`);
    for (const [id, when] of Object.entries(tradeOff.choose)) lines.push(`- Choose ${names.get(id)} when ${when}.`);
    lines.push('');
  }
  for (const pair of comparison.unrelated) lines.push(`${pair.services.join(' and ')}: ${pair.note}`);
  lines.push('', `${STRUCTURED_POINTER}: each service's summary, roles, limits and lifecycle.`);
  return lines.join('\n').trim();
}
