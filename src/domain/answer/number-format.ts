/** One formatter for every figure of every answer: creating an Intl formatter per call is the slow part. */
const FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'negative' });

/**
 * Formats a number for a sentence: thousands separators, at most two
 * decimals, no trailing zeros, no sign on a value that rounds to zero.
 *
 * @example
 * formatNumber(50000); // '50,000'
 * formatNumber(19.53125); // '19.53'
 * formatNumber(0.4); // '0.4'
 */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? FORMAT.format(value) : String(value);
}
