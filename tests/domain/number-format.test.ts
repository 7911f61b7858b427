import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/domain/words/number-format.js';

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
    expect(formatNumber(1e20)).toBe('100,000,000,000,000,000,000');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('rounds the shortest decimal that names the figure, half away from zero, as Intl does', () => {
    expect(formatNumber(1670.5349999999999)).toBe('1,670.53');
    expect(formatNumber(1.005)).toBe('1.01');
  });

  it('agrees with Intl.NumberFormat en-US, two decimals at most, on any figure', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'negative' });
    const figures = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 200),
      fc.constantFrom(0.005, 0.015, 1.005, 2.675, 1670.5349999999999, 999.995, 0.0049, -0.005, 1e21, 123456789.125),
    );
    fc.assert(
      fc.property(figures, (value) => {
        expect(formatNumber(value)).toBe(intl.format(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('stays within half a cent of the figure, for any figure a workload or a sizing can produce', () => {
    const figures = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000));
    fc.assert(
      fc.property(figures, (value) => {
        const text = formatNumber(value);
        expect(text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d{1,2})?$/);
        expect(text).not.toMatch(/\.\d*0$/);
        expect(Math.abs(Number(text.replaceAll(',', '')) - value)).toBeLessThanOrEqual(0.005 + Math.abs(value) * 1e-15);
      }),
      { numRuns: 5000 },
    );
  });
});
