import { formatNumber } from './number-format.js';

/**
 * An amount in US dollars, to the cent, with thousands separators.
 *
 * @example
 * formatUSD(547.5); // '$547.50'
 * formatUSD(136557.54); // '$136,557.54'
 */
export function formatUSD(usd: number): string {
  const cents = Math.round(Math.abs(usd) * 100);
  return `${usd < 0 && cents > 0 ? '-' : ''}$${formatNumber(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
}
