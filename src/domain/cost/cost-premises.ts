/** A month, as AWS bills it: 730 hours. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
/** 1 GB = 1,024 MB = 1,048,576 KB, as the sizings count (KB_PER_MB in sizing/kinesis-data-streams.ts). */
export const MB_PER_GB = 1024;
/** One run a day, as the Glue sizing assumes (ASSUMED_RUN_INTERVAL_HOURS). */
export const DAILY_RUNS = HOURS_PER_MONTH / 24;
const WEEKLY_RUNS = HOURS_PER_MONTH / 168;

/**
 * A number an estimate assumes when the workload does not give it: its
 * value, and the values that give the cheapest and the dearest estimate.
 */
export interface Assumption {
  quantity: string;
  unit: string;
  value: number;
  cheap: number;
  dear: number;
  /** The workload field that would replace it. */
  field?: string;
}

/** Defaults an estimate falls back on, each stated in the answer's premises with its range. */
export const ASSUMPTIONS = {
  recordSizeKB: { quantity: 'record size', unit: 'KB', value: 1, cheap: 25, dear: 1, field: 'ingestion.recordSizeKB' },
  onDemandWriteMBps: { quantity: 'write rate', unit: 'MB/s', value: 1, cheap: 0.1, dear: 4, field: 'ingestion.throughputMBps' },
  deliveryMBps: { quantity: 'write rate', unit: 'MB/s', value: 1, cheap: 0.1, dear: 5, field: 'ingestion.throughputMBps' },
  runHours: { quantity: 'hours a run', unit: 'hours', value: 1, cheap: 0.25, dear: 3, field: 'processing.runWindowHours' },
  runsPerMonth: { quantity: 'runs a month', unit: 'runs', value: DAILY_RUNS, cheap: WEEKLY_RUNS, dear: DAILY_RUNS },
  manualRunsPerMonth: { quantity: 'runs a month', unit: 'runs', value: WEEKLY_RUNS, cheap: 1, dear: DAILY_RUNS },
  /** AWS offers Spot at up to 90% off On-Demand, and never above it (EMR pricing page). */
  spotShare: { quantity: 'Spot price as a share of On-Demand', unit: 'share', value: 0.4, cheap: 0.1, dear: 1 },
  scansPerMonth: { quantity: 'full scans a month', unit: 'scans', value: 1, cheap: 0.1, dear: 30 },
  monthsKept: { quantity: 'months of data kept', unit: 'months', value: 1, cheap: 1, dear: 12, field: 'data.volumeTB' },
  cameraMbitps: { quantity: 'video bit rate per camera', unit: 'Mbit/s', value: 2, cheap: 0.5, dear: 4 },
  cameras: { quantity: 'cameras', unit: 'cameras', value: 1, cheap: 1, dear: 10, field: 'ingestion.producers' },
  dmsCapacityUnits: { quantity: 'DMS capacity units', unit: 'DCU', value: 2, cheap: 1, dear: 8 },
  fullLoadHours: { quantity: 'hours of full load', unit: 'hours', value: 24, cheap: 4, dear: 72 },
} as const satisfies Record<string, Assumption>;
