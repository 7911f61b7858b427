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
  const cents = Math.round(Math.abs(value) * 100);
  // Past 2^53 cents, integer arithmetic on cents would lose digits that toFixed keeps.
  if (cents > Number.MAX_SAFE_INTEGER) return formatWithToFixed(value);
  const sign = value < 0 && cents !== 0 ? '-' : '';
  const fraction = cents % 100;
  const decimals = fraction === 0 ? '' : fraction % 10 === 0 ? `.${fraction / 10}` : fraction < 10 ? `.0${fraction}` : `.${fraction}`;
  return `${sign}${groupThousands(String((cents - fraction) / 100))}${decimals}`;
}

function groupThousands(whole: string): string {
  if (whole.length <= 3) return whole;
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let start = grouped.length; start < whole.length; start += 3) grouped += `,${whole.slice(start, start + 3)}`;
  return grouped;
}

/** The same format through `toFixed`, for magnitudes integer cents cannot hold exactly. */
export function formatWithToFixed(value: number): string {
  const negative = value < 0;
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const [whole, fraction] = rounded.toFixed(2).split('.');
  const decimals = fraction.replace(/0+$/, '');
  return `${negative && rounded !== 0 ? '-' : ''}${groupThousands(whole)}${decimals ? `.${decimals}` : ''}`;
}
