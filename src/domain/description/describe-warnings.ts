import { formatValue } from '../words/format-value.js';
import { plural } from '../words/plural.js';
import type { AppliedDescription } from './merge-description.js';

/** What a reading of the description tells the user: each disagreement with a given field, or that nothing could be read. */
export interface DescriptionWarning {
  code: 'conflicting-inputs' | 'description-not-read' | 'outside-scope';
  message: string;
}

const UNREAD_MESSAGE =
  'Nothing could be read from the description: name the sources, rates, latency and destinations in it (for example "about 30 MB/s of clickstream, real-time dashboards"), or give the fields.';

/**
 * The warnings a description earns: the prose disagreeing with a field
 * (quoting both; the field wins), and text from which no field was read.
 *
 * @example
 * descriptionWarnings(applyDescription({ description: 'About 30 MB/s.', ingestion: { throughputMBps: 5 } }));
 * // [{ code: 'conflicting-inputs', message: 'The description says "30 MB/s" (ingestion.throughputMBps: 30) but …' }]
 */
export function descriptionWarnings(
  applied: Pick<AppliedDescription, 'conflicts' | 'unread'> & Partial<Pick<AppliedDescription, 'outside' | 'unreadSentences'>>,
): DescriptionWarning[] {
  const warnings: DescriptionWarning[] = applied.conflicts.map((conflict) => ({
    code: 'conflicting-inputs',
    message: `The description says "${conflict.evidence}" (${conflict.field}: ${formatValue(conflict.read)}) but the workload gives ${conflict.field}: ${formatValue(conflict.given)}; the answer uses the given value.`,
  }));
  for (const { need, evidence, service } of applied.outside ?? []) {
    warnings.push({
      code: 'outside-scope',
      message: `The description asks for ${need} ("${evidence}"), which no service in this advisor's catalog of AWS data, analytics and ML pipelines covers: ${service} serves it.`,
    });
  }
  if (applied.unread) {
    warnings.push({ code: 'description-not-read', message: UNREAD_MESSAGE });
  } else if ((applied.unreadSentences ?? []).length > 0) {
    const quoted = (applied.unreadSentences ?? []).map((sentence) => `"${sentence}"`).join('; ');
    warnings.push({
      code: 'description-not-read',
      message: `Nothing was read from ${plural(applied.unreadSentences?.length ?? 0, 'sentence')} of the description: ${quoted}. Say what each needs in terms of sources, rates, latency, destinations or readers, or give the fields.`,
    });
  }
  return warnings;
}
