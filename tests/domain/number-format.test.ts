import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatWithToFixed } from '../../src/domain/number-format.js';

describe('formatNumber', () => {
  it('groups thousands, keeps at most two decimals and drops trailing zeros', () => {
    expect(formatNumber(50000)).toBe('50,000');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(19.53125)).toBe('19.53');
    expect(formatNumber(0.4)).toBe('0.4');
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(-2.5)).toBe('-2.5');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('agrees with toFixed-based formatting for any figure a workload or a sizing can produce', () => {
    const figures = fc.oneof(
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
      fc.double({ min: 0, max: 10, noNaN: true }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(figures, (value) => {
        expect(formatNumber(value)).toBe(formatWithToFixed(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('falls back to toFixed past what integer cents can hold', () => {
    expect(formatNumber(1e20)).toBe('100,000,000,000,000,000,000');
  });
});
