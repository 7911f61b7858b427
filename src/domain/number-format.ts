/**
 * Formats a number for a sentence: thousands separators, at most two
 * decimals, no trailing zeros. A hand-rolled `Intl.NumberFormat('en-US')`
 * because this runs for every figure of every answer and Intl is several
 * times slower.
 *
 * @example
 * formatNumber(50000); // '50,000'
 * formatNumber(19.53125); // '19.53'
 * formatNumber(0.4); // '0.4'
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const [whole, fraction] = rounded.toFixed(2).split('.');
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = grouped ? `${whole.slice(start, end)},${grouped}` : whole.slice(start, end);
  }
  const decimals = fraction.replace(/0+$/, '');
  return `${negative && rounded !== 0 ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}
