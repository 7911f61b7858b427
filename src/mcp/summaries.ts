import type { Catalog } from '../domain/catalog/catalog.js';
import type { Comparison } from '../domain/catalog/compare.js';
import type { Recommendation } from '../domain/answer/schema.js';

/**
 * A short, readable account of a recommendation for the model to relay: the
 * pipeline, each service with its first reason and sizing, warnings,
 * rejections and the questions still open. The full answer is in
 * `structuredContent`. Names come from the advisor's catalog, which holds
 * the organisation's services too.
 */
export function summarizeRecommendation(answer: Recommendation, catalog: Catalog): string {
  const lines: string[] = [];
  const pipeline = answer.pipeline.map((stage) => stage.services.map((id) => catalog.entry(id).name).join(' + '));
  lines.push(pipeline.length > 0 ? `Pipeline for ${answer.workload}: ${pipeline.join(' → ')}` : `No pipeline yet for ${answer.workload}.`);
  if (answer.recommendations.length > 0) {
    lines.push('', 'Recommended:');
    for (const item of answer.recommendations) {
      const settings = Object.entries(item.configuration)
        .slice(0, 4)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('/') : value}`)
        .join(', ');
      lines.push(`- ${item.name} (${item.role}, ${item.confidence} confidence): ${item.rationale[0]}${settings ? ` [${settings}]` : ''}`);
    }
  }
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
  return lines.join('\n');
}

/** The comparison in a few lines: when to choose each service of every pair. */
export function summarizeComparison(comparison: Comparison): string {
  const lines: string[] = [];
  const names = new Map<string, string>(comparison.services.map((service) => [service.id, service.name]));
  for (const tradeOff of comparison.tradeOffs) {
    lines.push(`${tradeOff.services.map((id) => names.get(id)).join(' vs ')}: ${tradeOff.summary}`);
    for (const [id, when] of Object.entries(tradeOff.choose)) lines.push(`- Choose ${names.get(id)} when ${when}.`);
    lines.push('');
  }
  for (const pair of comparison.unrelated) lines.push(`${pair.services.join(' and ')}: ${pair.note}`);
  return lines.join('\n').trim();
}
