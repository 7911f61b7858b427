// Scenario workloads priced by hand from the unit prices in prices/ (us-east-1), to check
// estimateCost line by line and to the cent.
//
// The arithmetic: a month is 730 hours (2,628,000 s); 1 GB = 1,024 MB; a daily run is
// 730 ÷ 24 runs a month, a weekly one 730 ÷ 168. Each quantity is written as the
// arithmetic that gives it; a line shows it to three decimals, and its figure is the shown
// quantity × the unit price, rounded half up to the cent (worked by hand: `monthlyUSD`).
// Default premises are at their central value; `totals` also gives the cheap and dear ends
// (each recommendation's lowest and highest of its three passes, summed).
//
// Unit prices used (prices/*.json, checked 2026-12-07): Kinesis Data Streams $0.015 a
// shard-hour, $0.014 per 1M PUT payload units, $0.015 per enhanced fan-out consumer-shard-hour,
// $0.013 per GB retrieved by enhanced fan-out, on demand $0.04 a stream-hour, $0.08 per GB in,
// $0.04 per GB out; Firehose $0.029 per GB ingested; Flink $0.11 a KPU-hour, $0.10 per GB-month
// of running storage; Glue $0.44 a DPU-hour; EC2 m7g.2xlarge $0.3264 an hour; S3 Standard
// $0.023 / $0.022 / $0.021 per GB-month by tier; Athena $5 per TB scanned; Kinesis Video
// Streams $0.0085 per GB ingested; IoT Core $0.08 per 1M connection-minutes, $1.00 / $0.80 /
// $0.70 per 1M messages by tier, $0.15 per 1M rules triggered and per 1M actions. Not
// confirmed (no figure): the EMR price on m7g.2xlarge, Kinesis Video Streams storage,
// SageMaker AI endpoint instance-hours.
//
// Assumed where the workload says nothing (cost-premises.ts): 1 KB records (25 KB at the cheap
// end), 1 month of data kept in S3 (12 at the dear end), one full scan a month (0.1 to 30), runs
// daily (weekly at the cheap end) unless a schedule or a run interval fixes them, an hour a
// Glue run (a quarter hour, or the run window at the dear end), an input per run assumed by the
// sizing between a quarter and four times itself, 2 Mbit/s a camera (0.5 to 4), 1 MB/s written
// to an on-demand stream (0.1 to 4).
//
// `sized` lists the configuration keys and `premises` the sizing premises the arithmetic
// reads. When a sizing changes one of them, the test says which: rework that scenario's
// lines from the new figure by hand (the failure prints the lines the code now gives, to
// compare with your own arithmetic, never to copy).

export interface HandLine {
  item: string;
  quantity: number;
  /** Absent where the price is not confirmed (the line then says so and has no figure). */
  unitPriceUSD?: number;
  monthlyUSD?: number;
}

export interface HandPriced {
  scenario: string;
  sized: Record<string, Record<string, string | number | boolean>>;
  /** Sizing premises read, by service: quantity → 'value unit from'. */
  premises?: Record<string, Record<string, string>>;
  lines: Record<string, HandLine[]>;
  totals: { monthlyUSD: number; lowUSD: number; highUSD: number };
}

const HOURS = 730;
const SECONDS = 730 * 3600;
const DAILY = 730 / 24;
const MB_PER_GB = 1024;

export const HAND_PRICED: readonly HandPriced[] = [
  {
    scenario: 'iot-telemetry',
    sized: {
      'iot-core': { concurrentConnections: 50_000 },
      'kinesis-data-streams': { capacityMode: 'provisioned', shards: 50 },
      emr: { primaryNodes: 1, coreNodes: 2, taskNodes: 0 },
    },
    lines: {
      // 50,000 devices connected around the clock; 50,000 records/s of 0.4 KB, one 5 KB message
      // each: 131,400 M messages a month, through the three tiers; one rule and one action each.
      'iot-core': [
        { item: 'device connection-minutes', quantity: (50_000 * HOURS * 60) / 1e6, unitPriceUSD: 0.08, monthlyUSD: 175.2 },
        { item: 'messages (first 1 billion a month; metered in 5 KB increments)', quantity: 1000, unitPriceUSD: 1, monthlyUSD: 1000 },
        { item: 'messages (next 4 billion a month; metered in 5 KB increments)', quantity: 4000, unitPriceUSD: 0.8, monthlyUSD: 3200 },
        { item: 'messages (over 5 billion a month; metered in 5 KB increments)', quantity: (50_000 * SECONDS) / 1e6 - 5000, unitPriceUSD: 0.7, monthlyUSD: 88_480 },
        { item: 'rules triggered', quantity: (50_000 * SECONDS) / 1e6, unitPriceUSD: 0.15, monthlyUSD: 19_710 },
        { item: 'rule actions applied', quantity: (50_000 * SECONDS) / 1e6, unitPriceUSD: 0.15, monthlyUSD: 19_710 },
      ],
      // One 25 KB PUT payload unit per 0.4 KB record.
      'kinesis-data-streams': [
        { item: 'shard-hours (provisioned)', quantity: 50 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 547.5 },
        { item: 'PUT payload units (25 KB each)', quantity: (50_000 * 1 * SECONDS) / 1e6, unitPriceUSD: 0.014, monthlyUSD: 1839.6 },
      ],
      // A streaming job (no window): 3 nodes around the clock; 2,190 × 0.3264 = 714.816.
      emr: [
        { item: 'EC2 On-Demand instance-hours, m7g.2xlarge (3 nodes)', quantity: 3 * HOURS, unitPriceUSD: 0.3264, monthlyUSD: 714.82 },
        { item: 'Amazon EMR price on every node, m7g.2xlarge', quantity: 3 * HOURS },
      ],
      // No volume: a month of 20 MB/s is 51,328.125 GB, kept one month (default): 51,200 GB in the first tier, 128.125 × 0.022 = 2.81875.
      s3: [
        { item: 'S3 Standard storage, first 50 TB a month', quantity: 51_200, unitPriceUSD: 0.023, monthlyUSD: 1177.6 },
        { item: 'S3 Standard storage, next 450 TB a month', quantity: (20 * SECONDS) / MB_PER_GB - 51_200, unitPriceUSD: 0.022, monthlyUSD: 2.82 },
      ],
    },
    // IoT Core 132,275.20; the only default is S3's months kept (1 at the cheap end too).
    // dear: 12 months = 615,937.5 GB: 1,177.60 + 460,800 × 0.022 (10,137.60) + 103,937.5 × 0.021 (2,182.69) = 13,497.89.
    totals: {
      monthlyUSD: 132_275.2 + 547.5 + 1839.6 + 714.82 + 1177.6 + 2.82,
      lowUSD: 132_275.2 + 547.5 + 1839.6 + 714.82 + 1177.6 + 2.82,
      highUSD: 132_275.2 + 547.5 + 1839.6 + 714.82 + 13_497.89,
    },
  },
  {
    scenario: 'realtime-metrics',
    sized: { 'kinesis-data-streams': { shards: 5, enhancedFanOut: true, enhancedFanOutConsumers: 2 }, 'managed-service-for-apache-flink': { kpus: 4 } },
    lines: {
      // 5 MB/s with no record size: 1 KB assumed, so 5,120 records/s of one unit each (13,455.36 M × 0.014 = 188.375).
      'kinesis-data-streams': [
        { item: 'shard-hours (provisioned)', quantity: 5 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 54.75 },
        { item: 'PUT payload units (25 KB each)', quantity: (5120 * SECONDS) / 1e6, unitPriceUSD: 0.014, monthlyUSD: 188.38 },
        { item: 'enhanced fan-out consumer-shard-hours', quantity: 2 * 5 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 109.5 },
        { item: 'enhanced fan-out data retrieved', quantity: (2 * 5 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.013, monthlyUSD: 333.63 },
      ],
      // 4 KPUs: 3 processing (5 MB/s at 2 MB/s per stateful KPU), 1 orchestration; 50 GB of running storage per processing KPU.
      'managed-service-for-apache-flink': [
        { item: 'KPU-hours (processing)', quantity: 3 * HOURS, unitPriceUSD: 0.11, monthlyUSD: 240.9 },
        { item: 'KPU-hours (orchestration)', quantity: 1 * HOURS, unitPriceUSD: 0.11, monthlyUSD: 80.3 },
        { item: 'running application storage (50 GB per KPU)', quantity: 3 * 50, unitPriceUSD: 0.1, monthlyUSD: 15 },
      ],
      // 12,832.031 GB × 0.023 = 295.1367.
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (5 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 295.14 }],
    },
    // cheap: 25 KB records = 204.8 records/s, 538.214 M units × 0.014 = 7.53 (instead of 188.38);
    // dear: S3 kept 12 months = 153,984.375 GB: 1,177.60 + 102,784.375 × 0.022 (2,261.26) = 3,438.86.
    totals: { monthlyUSD: 686.26 + 336.2 + 295.14, lowUSD: 54.75 + 7.53 + 109.5 + 333.63 + 336.2 + 295.14, highUSD: 686.26 + 336.2 + 3438.86 },
  },
  {
    scenario: 'petabyte-spark-cheap',
    sized: { emr: { primaryNodes: 1, coreNodes: 2, taskNodes: 0, processingWindowHours: 8, taskPurchaseOption: 'on-demand' } },
    premises: { emr: { 'input per run': '100 GB default', 'run window': '8 hours default' } },
    lines: {
      // 100 GB a run (assumed) in an 8-hour window at 100 GB per node-hour: the 2-node minimum,
      // beside the primary; run daily (assumed): 3 × 8 × 730 ÷ 24 = 730 instance-hours.
      emr: [
        { item: 'EC2 On-Demand instance-hours, m7g.2xlarge (3 nodes)', quantity: 3 * 8 * DAILY, unitPriceUSD: 0.3264, monthlyUSD: 238.27 },
        { item: 'Amazon EMR price on every node, m7g.2xlarge', quantity: 3 * 8 * DAILY },
      ],
      // 2,000 TB = 2,048,000 GB across the three tiers.
      s3: [
        { item: 'S3 Standard storage, first 50 TB a month', quantity: 50 * 1024, unitPriceUSD: 0.023, monthlyUSD: 1177.6 },
        { item: 'S3 Standard storage, next 450 TB a month', quantity: 450 * 1024, unitPriceUSD: 0.022, monthlyUSD: 10_137.6 },
        { item: 'S3 Standard storage, over 500 TB a month', quantity: 2_048_000 - 500 * 1024, unitPriceUSD: 0.021, monthlyUSD: 32_256 },
      ],
    },
    // cheap: 25 GB a run still needs the 2-node minimum; weekly runs: 3 × 8 × 730 ÷ 168 = 104.286 h × 0.3264 = 34.04;
    // dear: 400 GB in 8 hours is 0.5 node: still 2 nodes, daily: 238.27.
    totals: { monthlyUSD: 238.27 + 43_571.2, lowUSD: 34.04 + 43_571.2, highUSD: 238.27 + 43_571.2 },
  },
  {
    scenario: 'logs-to-splunk',
    sized: { 'kinesis-data-firehose': { destinations: 'splunk' } },
    lines: {
      // 2 MB/s of 1 KB records (default) = 2,048 records/s, each billed as 5 KB: 10 MB/s, 25,664.063 GB × 0.029 = 744.2578.
      'kinesis-data-firehose': [
        { item: 'data ingested (first 500 TB a month; records billed in 5 KB increments)', quantity: (10 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.029, monthlyUSD: 744.26 },
      ],
      // The failed-delivery bucket: a month of 2 MB/s, 5,132.813 GB × 0.023 = 118.0547.
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (2 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 118.05 }],
    },
    // cheap: 25 KB records are billed as they are: 5,132.813 GB × 0.029 = 148.85;
    // dear: S3 for 12 months, 61,593.75 GB: 1,177.60 + 10,393.75 × 0.022 (228.66) = 1,406.26.
    totals: { monthlyUSD: 744.26 + 118.05, lowUSD: 148.85 + 118.05, highUSD: 744.26 + 1406.26 },
  },
  {
    scenario: 'spark-ml-pipeline',
    sized: { emr: { primaryNodes: 1, coreNodes: 2, taskNodes: 0, processingWindowHours: 8 } },
    premises: { emr: { 'input per run': '100 GB default', 'run window': '8 hours default' } },
    lines: {
      emr: [
        { item: 'EC2 On-Demand instance-hours, m7g.2xlarge (3 nodes)', quantity: 3 * 8 * DAILY, unitPriceUSD: 0.3264, monthlyUSD: 238.27 },
        { item: 'Amazon EMR price on every node, m7g.2xlarge', quantity: 3 * 8 * DAILY },
      ],
      // 80 TB = 81,920 GB: 51,200 × 0.023, then 30,720 × 0.022.
      s3: [
        { item: 'S3 Standard storage, first 50 TB a month', quantity: 51_200, unitPriceUSD: 0.023, monthlyUSD: 1177.6 },
        { item: 'S3 Standard storage, next 450 TB a month', quantity: 80 * 1024 - 51_200, unitPriceUSD: 0.022, monthlyUSD: 675.84 },
      ],
    },
    // SageMaker AI trains here (no endpoint hours to price). cheap: weekly runs, 104.286 h × 0.3264 = 34.04.
    totals: { monthlyUSD: 238.27 + 1853.44, lowUSD: 34.04 + 1853.44, highUSD: 238.27 + 1853.44 },
  },
  {
    scenario: 'sql-on-the-lake',
    sized: {},
    lines: {
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: 2 * 1024, unitPriceUSD: 0.023, monthlyUSD: 47.1 }],
      // One full scan's worth a month (default): 2 TB.
      athena: [{ item: 'data scanned by SQL queries', quantity: 2 * 1, unitPriceUSD: 5, monthlyUSD: 10 }],
    },
    // cheap: 0.1 scans = $1; dear: 30 scans = $300.
    totals: { monthlyUSD: 57.1, lowUSD: 47.1 + 1, highUSD: 47.1 + 300 },
  },
  {
    scenario: 'glue-streaming-job-with-a-trigger',
    sized: { 'glue-etl': { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 13 } },
    premises: { 'glue-etl': { 'run interval': '24 hours default', 'input per run': '259.2 GB derived', 'run window': '8 hours default' } },
    lines: {
      // No devices named, so no connection-minutes; 3 MB/s of 1 KB records (default) = 3,072 messages/s,
      // 8,073.216 M a month: 1,000 + 4,000 × 0.8 + 3,073.216 × 0.7 (2,151.2512); rules and actions 8,073.216 × 0.15 = 1,210.9824 each.
      'iot-core': [
        { item: 'messages (first 1 billion a month; metered in 5 KB increments)', quantity: 1000, unitPriceUSD: 1, monthlyUSD: 1000 },
        { item: 'messages (next 4 billion a month; metered in 5 KB increments)', quantity: 4000, unitPriceUSD: 0.8, monthlyUSD: 3200 },
        { item: 'messages (over 5 billion a month; metered in 5 KB increments)', quantity: (3072 * SECONDS) / 1e6 - 5000, unitPriceUSD: 0.7, monthlyUSD: 2151.25 },
        { item: 'rules triggered', quantity: (3072 * SECONDS) / 1e6, unitPriceUSD: 0.15, monthlyUSD: 1210.98 },
        { item: 'rule actions applied', quantity: (3072 * SECONDS) / 1e6, unitPriceUSD: 0.15, monthlyUSD: 1210.98 },
      ],
      // 3 MB/s of 1 KB records (default), billed as 5 KB: 15 MB/s, 38,496.094 GB × 0.029 = 1,116.3867.
      'kinesis-data-firehose': [
        { item: 'data ingested (first 500 TB a month; records billed in 5 KB increments)', quantity: (15 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.029, monthlyUSD: 1116.39 },
      ],
      // 3 MB/s over a 24-hour run interval = 259.2 GB a run: 13 G.2X workers = 26 DPU, an hour a run (assumed),
      // one run per interval: 26 × 1 × 730 ÷ 24 = 790.833 DPU-hours × 0.44 = 347.9665.
      'glue-etl': [{ item: 'DPU-hours (Spark, streaming and Python shell jobs, standard execution)', quantity: 26 * 1 * DAILY, unitPriceUSD: 0.44, monthlyUSD: 347.97 }],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (3 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 177.08 }],
    },
    // cheap: IoT Core with 25 KB records: 122.88 records/s of 5 messages = 1,614.643 M: 1,000 + 614.643 × 0.8 (491.71)
    //   + 2 × 1,614.643 × 0.15 (242.20) = 1,976.11; Firehose 7,699.219 GB × 0.029 = 223.28; Glue a quarter hour, 197.708 × 0.44 = 86.99.
    // dear: Glue for its 8-hour window, 6,326.667 × 0.44 = 2,783.73; S3 kept 12 months, 92,390.625 GB: 1,177.60 + 41,190.625 × 0.022 (906.19).
    totals: {
      monthlyUSD: 8773.21 + 1116.39 + 347.97 + 177.08,
      lowUSD: 1976.11 + 223.28 + 86.99 + 177.08,
      highUSD: 8773.21 + 1116.39 + 2783.73 + 1177.6 + 906.19,
    },
  },
  {
    scenario: 'many-consumers-fan-out',
    sized: { 'kinesis-data-streams': { shards: 1, enhancedFanOut: true, enhancedFanOutConsumers: 10 } },
    lines: {
      // 1 MB/s of 1 KB records (default): 1,024 records/s, 2,691.072 M units × 0.014 = 37.675.
      'kinesis-data-streams': [
        { item: 'shard-hours (provisioned)', quantity: 1 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 10.95 },
        { item: 'PUT payload units (25 KB each)', quantity: (1024 * SECONDS) / 1e6, unitPriceUSD: 0.014, monthlyUSD: 37.68 },
        { item: 'enhanced fan-out consumer-shard-hours', quantity: 10 * 1 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 109.5 },
        { item: 'enhanced fan-out data retrieved', quantity: (10 * 1 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.013, monthlyUSD: 333.63 },
      ],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (1 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 59.03 }],
    },
    // cheap: 25 KB records: 40.96 records/s, 107.643 M units × 0.014 = 1.51; dear: S3 12 months, 30,796.875 GB × 0.023 = 708.33.
    totals: { monthlyUSD: 491.76 + 59.03, lowUSD: 10.95 + 1.51 + 109.5 + 333.63 + 59.03, highUSD: 491.76 + 708.33 },
  },
  {
    scenario: 'video-camera-alerts',
    sized: { 'kinesis-video-streams': { streams: 200 }, 'kinesis-data-streams': { capacityMode: 'on-demand' } },
    premises: { 'kinesis-video-streams': { 'video kept': '24 hours default' } },
    lines: {
      // 200 cameras at 2 Mbit/s (default) = 50 MB/s, 128,320.313 GB × 0.0085 = 1,090.7227; a day of it kept (24 ÷ 730 of a month).
      'kinesis-video-streams': [
        { item: 'video data ingested', quantity: (50 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.0085, monthlyUSD: 1090.72 },
        { item: 'video data stored', quantity: ((50 * SECONDS) / MB_PER_GB) * (24 / HOURS) },
      ],
      // On demand at 1 MB/s (default), read once: 2,566.406 GB × 0.08 and × 0.04.
      'kinesis-data-streams': [
        { item: 'on-demand stream-hours', quantity: HOURS, unitPriceUSD: 0.04, monthlyUSD: 29.2 },
        { item: 'on-demand data written', quantity: SECONDS / MB_PER_GB, unitPriceUSD: 0.08, monthlyUSD: 205.31 },
        { item: 'on-demand data read', quantity: SECONDS / MB_PER_GB, unitPriceUSD: 0.04, monthlyUSD: 102.66 },
      ],
    },
    // cheap: 0.5 Mbit/s → 32,080.078 GB × 0.0085 = 272.68; 0.1 MB/s → 256.641 GB: 20.53 + 10.27.
    // dear: 4 Mbit/s → 256,640.625 GB × 0.0085 = 2,181.45; 4 MB/s → 10,265.625 GB: 821.25 + 410.63.
    totals: { monthlyUSD: 1090.72 + 337.17, lowUSD: 272.68 + 29.2 + 20.53 + 10.27, highUSD: 2181.45 + 29.2 + 821.25 + 410.63 },
  },
  {
    scenario: 'saas-nightly-to-redshift',
    sized: { 'glue-etl': { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 5, executionClass: 'STANDARD' } },
    premises: { 'glue-etl': { 'input per run': '100 GB default', 'run window': '8 hours default' } },
    lines: {
      // 100 GB a run (assumed) at 10 GB per DPU: 5 G.2X workers = 10 DPU, an hour a run (assumed),
      // on a daily schedule: 10 × 1 × 730 ÷ 24 = 304.167 DPU-hours × 0.44 = 133.8335.
      'glue-etl': [{ item: 'DPU-hours (Spark, streaming and Python shell jobs, standard execution)', quantity: 10 * 1 * DAILY, unitPriceUSD: 0.44, monthlyUSD: 133.83 }],
    },
    // cheap: 25 GB a run is 3 G.1X workers (3 DPU) for a quarter hour: 22.813 DPU-hours × 0.44 = 10.04;
    // dear: 400 GB a run is 20 G.2X workers (40 DPU) for the whole 8-hour window: 9,733.333 × 0.44 = 4,282.67.
    totals: { monthlyUSD: 133.83, lowUSD: 10.04, highUSD: 4282.67 },
  },
  {
    scenario: 'data-at-rest-etl',
    sized: { 'glue-etl': { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 5, executionClass: 'STANDARD' } },
    premises: { 'glue-etl': { 'input per run': '100 GB default', 'run window': '8 hours default' } },
    lines: {
      // The 5 TB stored is not what a run reads: 100 GB a run (assumed), as above, daily.
      'glue-etl': [{ item: 'DPU-hours (Spark, streaming and Python shell jobs, standard execution)', quantity: 10 * 1 * DAILY, unitPriceUSD: 0.44, monthlyUSD: 133.83 }],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: 5 * 1024, unitPriceUSD: 0.023, monthlyUSD: 117.76 }],
    },
    // cheap and dear as for saas-nightly-to-redshift: 10.04 and 4,282.67.
    totals: { monthlyUSD: 133.83 + 117.76, lowUSD: 10.04 + 117.76, highUSD: 4282.67 + 117.76 },
  },
  {
    scenario: 'logs-delivered-to-s3',
    sized: { 'kinesis-data-firehose': { destinations: 's3' } },
    lines: {
      // 8 MB/s of 1 KB records (default) billed as 5 KB: 40 MB/s, 102,656.25 GB × 0.029 = 2,977.03125.
      'kinesis-data-firehose': [
        { item: 'data ingested (first 500 TB a month; records billed in 5 KB increments)', quantity: (40 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.029, monthlyUSD: 2977.03 },
      ],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (8 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 472.22 }],
    },
    // cheap: 20,531.25 GB × 0.029 = 595.41; dear: S3 for 12 months, 246,375 GB: 1,177.60 + 195,175 × 0.022 (4,293.85).
    totals: { monthlyUSD: 3449.25, lowUSD: 595.41 + 472.22, highUSD: 2977.03 + 1177.6 + 4293.85 },
  },
  {
    scenario: 'streaming-sql-on-flink',
    sized: { 'kinesis-data-streams': { shards: 3 }, 'managed-service-for-apache-flink': { kpus: 3 } },
    lines: {
      // 3 MB/s of 1 KB records (default): 3,072 records/s, 8,073.216 M units × 0.014 = 113.025.
      'kinesis-data-streams': [
        { item: 'shard-hours (provisioned)', quantity: 3 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 32.85 },
        { item: 'PUT payload units (25 KB each)', quantity: (3072 * SECONDS) / 1e6, unitPriceUSD: 0.014, monthlyUSD: 113.03 },
      ],
      // 3 MB/s at 2 MB/s per stateful KPU: 2 processing KPUs and the orchestration KPU.
      'managed-service-for-apache-flink': [
        { item: 'KPU-hours (processing)', quantity: 2 * HOURS, unitPriceUSD: 0.11, monthlyUSD: 160.6 },
        { item: 'KPU-hours (orchestration)', quantity: HOURS, unitPriceUSD: 0.11, monthlyUSD: 80.3 },
        { item: 'running application storage (50 GB per KPU)', quantity: 2 * 50, unitPriceUSD: 0.1, monthlyUSD: 10 },
      ],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (3 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 177.08 }],
    },
    // cheap: 25 KB records: 122.88 records/s, 322.929 M units × 0.014 = 4.52; dear: S3 12 months, 1,177.60 + 906.19.
    totals: { monthlyUSD: 145.88 + 250.9 + 177.08, lowUSD: 32.85 + 4.52 + 250.9 + 177.08, highUSD: 145.88 + 250.9 + 1177.6 + 906.19 },
  },
  {
    scenario: 'teradata-archive-to-the-lake',
    sized: {},
    lines: {
      s3: [
        { item: 'S3 Standard storage, first 50 TB a month', quantity: 51_200, unitPriceUSD: 0.023, monthlyUSD: 1177.6 },
        { item: 'S3 Standard storage, next 450 TB a month', quantity: 200 * 1024 - 51_200, unitPriceUSD: 0.022, monthlyUSD: 3379.2 },
      ],
      athena: [{ item: 'data scanned by SQL queries', quantity: 200, unitPriceUSD: 5, monthlyUSD: 1000 }],
    },
    // cheap: 20 TB scanned = $100; dear: 6,000 TB = $30,000.
    totals: { monthlyUSD: 5556.8, lowUSD: 4556.8 + 100, highUSD: 4556.8 + 30_000 },
  },
  {
    scenario: 'inference-api-is-not-a-stream',
    sized: { sagemaker: { endpointType: 'real-time', instanceType: 'ml.c6i.xlarge', initialInstanceCount: 15 } },
    lines: {
      // 3,000 requests/s at about 200 per CPU instance: 15 instances around the clock; the hourly price is not confirmed.
      sagemaker: [{ item: 'real-time inference instance-hours, ml.c6i.xlarge', quantity: 15 * HOURS }],
    },
    totals: { monthlyUSD: 0, lowUSD: 0, highUSD: 0 },
  },
];
