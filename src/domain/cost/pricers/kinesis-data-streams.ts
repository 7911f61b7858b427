import { ASSUMPTIONS, HOURS_PER_MONTH, MB_PER_GB, SECONDS_PER_MONTH } from '../cost-premises.js';
import type { CostSheet } from '../cost-sheet.js';
import { configNumber, type Pricer } from './pricer.js';
import { pricedRates } from './stream-rates.js';

const SERVICE = 'kinesis-data-streams';
/** A PUT payload unit is a 25 KB chunk of a record (the pricing page). */
const PAYLOAD_UNIT_KB = 25;
const DEFAULT_RETENTION_HOURS = 24;
const EXTENDED_RETENTION_HOURS = 168;

/** Data kept past 7 days, on average over a month: the write rate times the hours past 7 days. */
function longTermRetention(sheet: CostSheet, mbps: number, retentionHours: number): void {
  if (retentionHours <= EXTENDED_RETENTION_HOURS) return;
  const gb = (mbps * 3600 * (retentionHours - EXTENDED_RETENTION_HOURS)) / MB_PER_GB;
  sheet.charge(SERVICE, 'long-term-retention-gb-month', gb);
}

/** Shard-hours, PUT payload units, extended retention and enhanced fan-out of a provisioned stream. */
function provisioned(sheet: CostSheet, shards: number, input: Parameters<Pricer>[1]): void {
  const { configuration, workload } = input;
  sheet.charge(SERVICE, 'shard-hour', shards * HOURS_PER_MONTH);
  const rates = pricedRates(sheet, workload, () => sheet.assume(ASSUMPTIONS.recordSizeKB));
  if (!rates) return;
  const unitsPerRecord = Math.max(1, Math.ceil(rates.recordKB / PAYLOAD_UNIT_KB));
  sheet.charge(SERVICE, 'put-payload-units', (rates.recordsPerSecond * unitsPerRecord * SECONDS_PER_MONTH) / 1e6);
  const retention = configNumber(configuration, 'retentionHours') ?? DEFAULT_RETENTION_HOURS;
  if (retention > DEFAULT_RETENTION_HOURS) sheet.charge(SERVICE, 'extended-retention-shard-hour', shards * HOURS_PER_MONTH);
  longTermRetention(sheet, rates.mbps, retention);
  const consumers = configuration.enhancedFanOut === true ? configNumber(configuration, 'enhancedFanOutConsumers') : undefined;
  if (consumers !== undefined) {
    sheet.charge(SERVICE, 'enhanced-fan-out-consumer-shard-hour', consumers * shards * HOURS_PER_MONTH);
    sheet.charge(SERVICE, 'enhanced-fan-out-gb', (consumers * rates.mbps * SECONDS_PER_MONTH) / MB_PER_GB);
  }
}

/** An on-demand stream: stream-hours, data written at an assumed rate, and data read by each consumer. */
function onDemand(sheet: CostSheet, input: Parameters<Pricer>[1]): void {
  const { workload } = input;
  sheet.charge(SERVICE, 'on-demand-stream-hour', HOURS_PER_MONTH);
  const given = workload.ingestion?.throughputMBps;
  const mbps = given === undefined ? sheet.assume(ASSUMPTIONS.onDemandWriteMBps) : sheet.given('write rate', given, 'MB/s', 'workload', 'ingestion.throughputMBps');
  const consumers = workload.ingestion?.consumers ?? 1;
  sheet.given('consumers', consumers, 'consumers', workload.ingestion?.consumers === undefined ? 'derived' : 'workload', 'ingestion.consumers');
  const gbWritten = (mbps * SECONDS_PER_MONTH) / MB_PER_GB;
  sheet.charge(SERVICE, 'on-demand-gb-in', gbWritten);
  sheet.charge(SERVICE, 'on-demand-gb-out', gbWritten * consumers);
}

/**
 * Kinesis Data Streams from `capacityMode`, `shards`, `retentionHours`,
 * `enhancedFanOut` and `enhancedFanOutConsumers`.
 *
 * @example
 * priceKinesisDataStreams(sheet, { configuration: { capacityMode: 'provisioned', shards: 50 }, workload }); // 36,500 shard-hours, …
 */
export const priceKinesisDataStreams: Pricer = (sheet, input) => {
  const shards = configNumber(input.configuration, 'shards');
  if (input.configuration.capacityMode === 'provisioned' && shards !== undefined) provisioned(sheet, shards, input);
  else if (input.configuration.capacityMode === 'on-demand') onDemand(sheet, input);
};
