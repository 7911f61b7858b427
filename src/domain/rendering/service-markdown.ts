import type { CatalogEntry, ServiceOrigin } from '../catalog/schema.js';

/**
 * A catalog entry as Markdown: what the service is, what the cards say,
 * today's facts with their sources, limits and lifecycle.
 *
 * @example
 * renderServiceMarkdown(getService('emr-task-nodes'));
 */
export function renderServiceMarkdown(entry: CatalogEntry & { origin?: ServiceOrigin }): string {
  const own = entry.origin === 'organisation' ? " · the organisation's own service" : '';
  const out = [`# ${entry.name}`, '', `\`${entry.id}\` · roles: ${entry.roles.join(', ')} · ${entry.lifecycle.status}${own}`, '', entry.summary, ''];
  if (entry.lifecycle.note) out.push(`> ${entry.lifecycle.note}`, '');
  if (entry.cardNotes.length > 0) out.push('## What the cards say', '');
  for (const note of entry.cardNotes) {
    out.push(`**${note.card}**`, '', ...note.notes.map((line) => `- ${line}`), '');
  }
  if (entry.facts.length > 0) {
    out.push('## Current facts', '');
    for (const fact of entry.facts) out.push(`- ${fact.statement} ([source](${fact.source}), checked ${fact.checked})`);
    out.push('');
  }
  if (entry.limits.length > 0) {
    out.push('## Limits', '');
    for (const limit of entry.limits) out.push(`- ${limit.name}: ${limit.value} ([source](${limit.source}))`);
    out.push('');
  }
  out.push(`Documentation: ${entry.documentation}`, '');
  return out.join('\n');
}
