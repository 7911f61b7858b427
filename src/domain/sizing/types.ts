import type { Premise } from './premise.js';
import type { ServiceId } from '../catalog/service-ids.js';
import type { Flow } from '../facts/flows.js';
import type { Reading } from '../facts/read-facts.js';
import type { Workload } from '../workload/schema.js';

export type ConfigurationValue = string | number | boolean | string[];
export type Configuration = Record<string, ConfigurationValue>;

export interface SizingInput {
  workload: Workload;
  /** Services the answer recommends, so sizing can say how they connect. */
  recommended: ReadonlySet<ServiceId>;
  /** The flows the service serves (none for a service about the whole workload). */
  flows: readonly Flow[];
  reading: Reading;
}

export interface SizingResult {
  configuration: Configuration;
  /** Sentences that explain each figure with the workload's own values. */
  rationale: string[];
  warnings: Array<{ code: string; message: string }>;
  /** The numbers the sizing rests on, each with where it came from (the answer's `premises[]`). */
  premises?: Premise[];
  /** Fields the sizing asks for (a sizing-guess's field), added to the answer's `missing` when the workload leaves them out. */
  asks?: Array<{ field: string; why: string }>;
}

/** Computes settings for one service from the workload; pure and deterministic. */
export type Sizer = (input: SizingInput) => SizingResult;

/** Regions where AWS publishes the larger default Kinesis and Firehose quotas. */
export const LARGE_QUOTA_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1'];

/**
 * `Math.ceil` that ignores floating-point dust, so 0.1 + 0.2 MB/s needs one
 * shard and exactly 50 MB/s needs 50, not 51.
 *
 * @example
 * ceilUnits(50 / 1); // 50
 * ceilUnits(50.0000001); // 51
 */
export function ceilUnits(value: number): number {
  return Math.ceil(Number(value.toFixed(9)));
}
