import { formatNumber } from './number-format.js';
import { valueLabel } from '../workload/value-labels.js';
import { readPath } from '../workload/fields.js';
import { listOf } from '../sizing/types.js';

/** `{ingestion.throughputMBps}` in a rule's sentence reads that workload field. */
export const TEMPLATE_PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\}/g;

/**
 * Formats a workload value for a sentence: numbers with thousands separators,
 * lists joined in words.
 *
 * @example
 * formatValue(50000); // '50,000'
 * formatValue(['s3', 'redshift', 'splunk']); // 'S3, Redshift and Splunk'
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? 'none' : listOf(value.map(formatValue));
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === undefined) return 'unstated';
  return typeof value === 'string' ? valueLabel(value) : String(value);
}

/**
 * A sentence with its placeholders resolved against a workload; `constant`
 * is the sentence itself when it has no placeholders.
 */
export type CompiledTemplate = ((workload: unknown) => string) & { readonly constant?: string };

/**
 * Splits a rule's sentence into fixed text and placeholders once, so filling
 * it is a concatenation.
 *
 * @example
 * compileTemplate('{ingestion.consumers} consumers')({ ingestion: { consumers: 3 } }); // '3 consumers'
 */
export function compileTemplate(sentence: string): CompiledTemplate {
  const parts: Array<string | string[]> = [];
  let last = 0;
  for (const match of sentence.matchAll(TEMPLATE_PLACEHOLDER)) {
    parts.push(sentence.slice(last, match.index), match[1].split('.'));
    last = (match.index as number) + match[0].length;
  }
  parts.push(sentence.slice(last));
  if (parts.length === 1) return Object.assign(() => sentence, { constant: sentence });
  return (workload) => {
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : formatValue(readPath(workload, part));
    return out;
  };
}

/**
 * Fixed text and compiled sentences joined into one sentence, filled part by
 * part: how the advisor words a sentence around a rule's own.
 *
 * @example
 * joinTemplates(['Forbidden here: ', compileTemplate('we run {ingestion.consumers} consumers.')])({ ingestion: { consumers: 3 } });
 * // 'Forbidden here: we run 3 consumers.'
 */
export function joinTemplates(parts: ReadonlyArray<string | CompiledTemplate>): CompiledTemplate {
  if (parts.every((part) => typeof part === 'string' || part.constant !== undefined)) {
    const sentence = parts.map((part) => (typeof part === 'string' ? part : part.constant)).join('');
    return Object.assign(() => sentence, { constant: sentence });
  }
  return (workload) => parts.map((part) => (typeof part === 'string' ? part : part(workload))).join('');
}
