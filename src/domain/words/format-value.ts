import { listOf } from './list-of.js';
import { formatNumber } from './number-format.js';
import { valueLabel } from './value-labels.js';

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
