import { readPath } from './workload-fields.js';

/** `{ingestion.throughputMBps}` in a rule's sentence reads that workload field. */
export const TEMPLATE_PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\}/g;

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Formats a workload value for a sentence: numbers with thousands separators,
 * lists joined in words.
 *
 * @example
 * formatValue(50000); // '50,000'
 * formatValue(['s3', 'redshift', 'splunk']); // 's3, redshift and splunk'
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return numberFormat.format(value);
  if (Array.isArray(value)) {
    const items = value.map(formatValue);
    return items.length <= 1 ? (items[0] ?? 'none') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === undefined) return 'unstated';
  return String(value);
}

/**
 * Fills a rule's sentence with the workload's own values, so the rationale
 * says "50 MB/s", not "the throughput".
 *
 * @example
 * renderTemplate('{ingestion.consumers} consumers', { ingestion: { consumers: 3 } }); // '3 consumers'
 */
export function renderTemplate(sentence: string, workload: unknown): string {
  if (!sentence.includes('{')) return sentence;
  return sentence.replace(TEMPLATE_PLACEHOLDER, (_, path: string) => formatValue(readPath(workload, path)));
}
