/**
 * Formats a number for a sentence as `Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })`
 * does (a property test holds them equal): thousands separators, at most two
 * decimals, rounding the shortest decimal that names the figure half away
 * from zero, no trailing zeros, no sign on a value that rounds to zero.
 * Hand-written because Intl's first use loads ICU: about 9 ms of the stdio
 * server's 120 ms cold start (`npm run bench`, figure b).
 *
 * @example
 * formatNumber(50000); // '50,000'
 * formatNumber(19.53125); // '19.53'
 * formatNumber(1.005); // '1.01'
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = Math.abs(value).toString();
  // Below 1e-6 every figure rounds to 0; past 1e21 the shortest digits are shifted into place, as Intl does.
  if (text.includes('e-')) return '0';
  if (text.includes('e+')) {
    const [mantissa, exponent] = text.split('e+');
    return groupThousands(mantissa.replace('.', '').padEnd(Number(exponent) + 1, '0'), value < 0);
  }
  const [whole, fraction = ''] = text.split('.');
  let digits = whole + fraction.slice(0, 2).padEnd(2, '0');
  if (fraction.length > 2 && fraction.charCodeAt(2) >= 53 /* '5' */) digits = (BigInt(digits) + 1n).toString().padStart(3, '0');
  const roundedWhole = digits.slice(0, -2);
  const decimals = digits.slice(-2).replace(/0+$/, '');
  const zero = /^0*$/.test(roundedWhole) && decimals === '';
  return `${groupThousands(roundedWhole.replace(/^0+(?=\d)/, ''), value < 0 && !zero)}${decimals ? `.${decimals}` : ''}`;
}

function groupThousands(whole: string, negative: boolean): string {
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let start = grouped.length; start < whole.length; start += 3) grouped += `,${whole.slice(start, start + 3)}`;
  return negative ? `-${grouped}` : grouped;
}
