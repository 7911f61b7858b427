import { WORKLOAD_LIMITS } from '../workload/schema.js';
import type { Reading } from './reading.js';

/** Fields that hold a list: readings add items, each item once. */
export const LIST_FIELDS: ReadonlySet<string> = new Set([
  'data.sources',
  'data.formats',
  'processing.frameworks',
  'processing.computerVision',
  'destinations',
  'ml.frameworks',
]);

/** Numeric fields with their bounds; an out-of-range figure is not read at all. */
const NUMBER_BOUNDS: ReadonlyMap<string, { min: number; max: number; integer?: boolean; positive?: boolean }> = new Map([
  ['data.volumeTB', { min: 0, max: WORKLOAD_LIMITS.volumeTB }],
  ['data.retentionDays', { min: 0, max: WORKLOAD_LIMITS.retentionDays, integer: true }],
  ['ingestion.producers', { min: 1, max: WORKLOAD_LIMITS.producers, integer: true }],
  ['ingestion.throughputMBps', { min: 0, max: WORKLOAD_LIMITS.throughputMBps }],
  ['ingestion.recordsPerSecond', { min: 0, max: WORKLOAD_LIMITS.recordsPerSecond }],
  ['ingestion.recordSizeKB', { min: 0, max: WORKLOAD_LIMITS.recordSizeKB, positive: true }],
  ['ingestion.consumers', { min: 1, max: WORKLOAD_LIMITS.consumers, integer: true }],
  ['ingestion.retentionHours', { min: 0, max: WORKLOAD_LIMITS.retentionHours, integer: true }],
  ['processing.inputPerRunGB', { min: 0, max: WORKLOAD_LIMITS.inputPerRunGB }],
  ['processing.runWindowHours', { min: 0, max: WORKLOAD_LIMITS.runWindowHours, positive: true }],
  ['ml.requestsPerSecond', { min: 0, max: WORKLOAD_LIMITS.requestsPerSecond }],
  ['resilience.recoveryPointMinutes', { min: 0, max: WORKLOAD_LIMITS.recoveryMinutes }],
  ['resilience.recoveryTimeMinutes', { min: 0, max: WORKLOAD_LIMITS.recoveryMinutes }],
]);

const LATENCY_RANK: ReadonlyMap<unknown, number> = new Map([['real-time', 3], ['near-real-time', 2], ['batch', 1]]);
/** 'encrypted today with SSE-S3 … auditors now require a customer-managed KMS key': the strictest encryption asked for. */
const ENCRYPTION_RANK: ReadonlyMap<unknown, number> = new Map([['imported-keys', 3], ['customer-managed-keys', 2], ['aws-managed', 1], ['none', 0]]);

function withinBounds(reading: Reading): boolean {
  const bounds = NUMBER_BOUNDS.get(reading.field);
  if (!bounds) return true;
  const value = reading.value as number;
  if (!Number.isFinite(value) || value < bounds.min || value > bounds.max) return false;
  if (bounds.positive && value <= 0) return false;
  return !bounds.integer || Number.isInteger(value);
}

/** How much a scalar reading weighs against another of the same field; the heavier wins, ties go to the first. */
function weight(reading: Reading): number {
  // Recovery objectives: the strictest drives the design ('1 minute for the register, an hour for the scanned forms').
  if (reading.field.startsWith('resilience.') && typeof reading.value === 'number') return -reading.value;
  if (NUMBER_BOUNDS.has(reading.field)) return reading.value as number;
  if (reading.field === 'latency') return LATENCY_RANK.get(reading.value) ?? 0;
  if (reading.field === 'security.encryptionAtRest') return ENCRYPTION_RANK.get(reading.value) ?? 0;
  // 'interruptible capacity is acceptable' beside 'cost is the deciding criterion': a stance stated outright outweighs the balance Spot implies.
  if (reading.field === 'costPriority') return reading.value === 'balanced' ? 0 : 1;
  return 0;
}

/**
 * Settles repeats of a field, dropping out-of-range figures. Lists gather each item once, from its
 * first evidence. Scalars keep one reading: stated over derived, then the largest figure (sizing
 * is for the peak), the strictest latency, recovery objective or encryption, or else the first.
 *
 * @example
 * settleReadings(readings); // '20 MB/s average, 80 MB/s peak' → throughputMBps 80 only
 */
export function settleReadings(readings: readonly Reading[]): Reading[] {
  const kept: Reading[] = [];
  const listItems = new Map<string, Set<string>>();
  const scalars = new Map<string, Reading>();
  for (const reading of readings) {
    if (!withinBounds(reading)) continue;
    if (LIST_FIELDS.has(reading.field)) {
      const seen = listItems.get(reading.field) ?? new Set<string>();
      listItems.set(reading.field, seen);
      const fresh = (reading.value as string[]).filter((item) => !seen.has(item));
      for (const item of fresh) seen.add(item);
      if (fresh.length > 0) kept.push({ ...reading, value: fresh });
      continue;
    }
    const current = scalars.get(reading.field);
    if (!current || beats(reading, current)) scalars.set(reading.field, reading);
  }
  kept.push(...scalars.values());
  return kept.sort(byPosition);
}

function beats(challenger: Reading, holder: Reading): boolean {
  if (challenger.derived !== holder.derived) return !challenger.derived;
  return weight(challenger) > weight(holder);
}

/**
 * Text order: by start, then end, then discovery order.
 *
 * @example
 * readings.sort(byPosition);
 */
export function byPosition(a: Reading, b: Reading): number {
  return a.start - b.start || a.end - b.end || a.seq - b.seq;
}
