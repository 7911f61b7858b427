import { ASSUMPTIONS, HOURS_PER_MONTH, SECONDS_PER_MONTH } from '../cost-premises.js';
import { premiseOf, type Pricer } from './pricer.js';
import { pricedRates } from './stream-rates.js';

const SERVICE = 'iot-core';
/** Messages are metered in 5 KB increments (the pricing page's metering details). */
const METERED_KB = 5;
/** The messaging tiers, in millions of messages a month: the first billion, the next four, the rest. */
const MESSAGE_TIERS: ReadonlyArray<readonly [string, number]> = [
  ['messages-first-1b', 1_000],
  ['messages-next-4b', 4_000],
  ['messages-over-5b', Number.POSITIVE_INFINITY],
];

/**
 * AWS IoT Core from the premises its sizing read and the stream's rates:
 * connection-minutes of every connected device around the clock, and each
 * record as a device message (metered in 5 KB increments, tier by tier) that
 * triggers one rule applying one action (forwarding it to the stream).
 *
 * @example
 * priceIotCore(sheet, { configuration: {}, premises: [{ quantity: 'connected devices', value: 50000, unit: 'devices', from: 'workload' }], workload }); // 2,190 M connection-minutes, …
 */
export const priceIotCore: Pricer = (sheet, { premises, workload }) => {
  const devices = premiseOf(premises, 'connected devices');
  if (devices) sheet.charge(SERVICE, 'connection-minutes', (sheet.premise(devices) * HOURS_PER_MONTH * 60) / 1e6);
  const rates = pricedRates(sheet, workload, () => sheet.assume(ASSUMPTIONS.recordSizeKB));
  if (!rates) return;
  const perRecord = Math.max(1, Math.ceil(rates.recordKB / METERED_KB));
  const millions = (rates.recordsPerSecond * perRecord * SECONDS_PER_MONTH) / 1e6;
  let left = millions;
  for (const [id, size] of MESSAGE_TIERS) {
    if (left <= 0) break;
    sheet.charge(SERVICE, id, Math.min(left, size));
    left -= size;
  }
  sheet.charge(SERVICE, 'rules-triggered', millions);
  sheet.charge(SERVICE, 'actions-applied', millions);
};
