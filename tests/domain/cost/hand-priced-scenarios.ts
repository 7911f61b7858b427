// Scenario workloads priced by hand from the unit prices in prices/ (us-east-1), to check
// estimateCost line by line and to the cent.
//
// The arithmetic: a month is 730 hours (2,628,000 s); 1 GB = 1,024 MB; a daily run is
// 730 ÷ 24 runs a month, a weekly one 730 ÷ 168. Each quantity is written as the
// arithmetic that gives it; a line shows it to three decimals, and its figure is the shown
// quantity × the unit price, rounded half up to the cent (worked by hand: `monthlyUSD`).
// Default premises are at their central value; `totals` also gives the cheap and dear ends.
//
// `sized` lists the configuration keys the arithmetic reads. When a sizing changes one of
// them, the test says which: rework that scenario's lines from the new figure (the failure
// prints the lines the code now gives, to compare with your own arithmetic).

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
    sized: { 'kinesis-data-streams': { capacityMode: 'provisioned', shards: 50 }, emr: { primaryNodes: 1, coreNodes: 2, taskNodes: 0 } },
    lines: {
      // 50,000 records/s of 0.4 KB: one 25 KB PUT payload unit each.
      'kinesis-data-streams': [
        { item: 'shard-hours (provisioned)', quantity: 50 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 547.5 },
        { item: 'PUT payload units (25 KB each)', quantity: (50_000 * 1 * SECONDS) / 1e6, unitPriceUSD: 0.014, monthlyUSD: 1839.6 },
      ],
      // A streaming job (no window): 3 nodes around the clock.
      emr: [
        { item: 'EC2 On-Demand instance-hours, m7g.2xlarge (3 nodes)', quantity: 3 * HOURS, unitPriceUSD: 0.3264, monthlyUSD: 714.82 },
        { item: 'Amazon EMR price on every node, m7g.2xlarge', quantity: 3 * HOURS },
      ],
      // No volume: a month of 20 MB/s is 51,328.125 GB, kept one month (default): 51,200 GB in the first tier.
      s3: [
        { item: 'S3 Standard storage, first 50 TB a month', quantity: 51_200, unitPriceUSD: 0.023, monthlyUSD: 1177.6 },
        { item: 'S3 Standard storage, next 450 TB a month', quantity: (20 * SECONDS) / MB_PER_GB - 51_200, unitPriceUSD: 0.022, monthlyUSD: 2.82 },
      ],
    },
    // dear: S3 kept 12 months = 615,937.5 GB: 1,177.60 + 460,800 × 0.022 (10,137.60) + 103,937.5 × 0.021 (2,182.69) = 13,497.89.
    totals: { monthlyUSD: 547.5 + 1839.6 + 714.82 + 1177.6 + 2.82, lowUSD: 4282.34, highUSD: 547.5 + 1839.6 + 714.82 + 13_497.89 },
  },
  {
    scenario: 'realtime-metrics',
    sized: { 'kinesis-data-streams': { shards: 5, enhancedFanOut: true, enhancedFanOutConsumers: 2 }, 'managed-service-for-apache-flink': { kpus: 6 } },
    lines: {
      // 5 MB/s with no record size: 1 KB assumed, so 5,120 records/s of one unit each.
      'kinesis-data-streams': [
        { item: 'shard-hours (provisioned)', quantity: 5 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 54.75 },
        { item: 'PUT payload units (25 KB each)', quantity: (5120 * SECONDS) / 1e6, unitPriceUSD: 0.014, monthlyUSD: 188.38 },
        { item: 'enhanced fan-out consumer-shard-hours', quantity: 2 * 5 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 109.5 },
        { item: 'enhanced fan-out data retrieved', quantity: (2 * 5 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.013, monthlyUSD: 333.63 },
      ],
      // 6 KPUs: 5 processing, 1 orchestration; 50 GB of running storage per processing KPU.
      'managed-service-for-apache-flink': [
        { item: 'KPU-hours (processing)', quantity: 5 * HOURS, unitPriceUSD: 0.11, monthlyUSD: 401.5 },
        { item: 'KPU-hours (orchestration)', quantity: 1 * HOURS, unitPriceUSD: 0.11, monthlyUSD: 80.3 },
        { item: 'running application storage (50 GB per KPU)', quantity: 5 * 50, unitPriceUSD: 0.1, monthlyUSD: 25 },
      ],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (5 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 295.14 }],
    },
    // cheap: 25 KB records = 204.8 records/s, 538.214 M units × 0.014 = 7.53 (instead of 188.38);
    // dear: S3 kept 12 months = 153,984.375 GB: 1,177.60 + 102,784.375 × 0.022 (2,261.26) = 3,438.86.
    totals: { monthlyUSD: 686.26 + 506.8 + 295.14, lowUSD: 54.75 + 7.53 + 109.5 + 333.63 + 506.8 + 295.14, highUSD: 686.26 + 506.8 + 3438.86 },
  },
  {
    scenario: 'petabyte-spark-cheap',
    sized: { emr: { primaryNodes: 1, coreNodes: 625, taskNodes: 1875, processingWindowHours: 8, taskPurchaseOption: 'spot' } },
    lines: {
      // An 8-hour window, run daily (default): 243.333 hours a month; Spot at 40% of On-Demand (default) = $0.13056.
      emr: [
        { item: 'EC2 On-Demand instance-hours, m7g.2xlarge (626 nodes)', quantity: 626 * 8 * DAILY, unitPriceUSD: 0.3264, monthlyUSD: 49_719.42 },
        { item: 'EC2 Spot instance-hours, m7g.2xlarge (1,875 task nodes, at 40% of On-Demand assumed)', quantity: 1875 * 8 * DAILY, unitPriceUSD: 0.13056, monthlyUSD: 59_568 },
        { item: 'Amazon EMR price on every node, m7g.2xlarge', quantity: 2501 * 8 * DAILY },
      ],
      // 2,000 TB = 2,048,000 GB across the three tiers.
      s3: [
        { item: 'S3 Standard storage, first 50 TB a month', quantity: 50 * 1024, unitPriceUSD: 0.023, monthlyUSD: 1177.6 },
        { item: 'S3 Standard storage, next 450 TB a month', quantity: 450 * 1024, unitPriceUSD: 0.022, monthlyUSD: 10_137.6 },
        { item: 'S3 Standard storage, over 500 TB a month', quantity: 2_048_000 - 500 * 1024, unitPriceUSD: 0.021, monthlyUSD: 32_256 },
      ],
    },
    // cheap: weekly runs (34.762 h) and Spot at 10%: 21,760.952 × 0.3264 = 7,102.77 and 65,178.571 × 0.03264 = 2,127.43;
    // dear: daily runs and Spot at 100%: 456,250 × 0.3264 = 148,920.
    totals: { monthlyUSD: 109_287.42 + 43_571.2, lowUSD: 7102.77 + 2127.43 + 43_571.2, highUSD: 49_719.42 + 148_920 + 43_571.2 },
  },
  {
    scenario: 'logs-to-splunk',
    sized: { 'kinesis-data-firehose': { destinations: 'splunk' } },
    lines: {
      // 2 MB/s of 1 KB records (default) = 2,048 records/s, each billed as 5 KB: 10 MB/s.
      'kinesis-data-firehose': [
        { item: 'data ingested (first 500 TB a month; records billed in 5 KB increments)', quantity: (10 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.029, monthlyUSD: 744.26 },
      ],
    },
    // cheap: 25 KB records are billed as they are: 5,132.813 GB × 0.029 = 148.85.
    totals: { monthlyUSD: 744.26, lowUSD: 148.85, highUSD: 744.26 },
  },
  {
    scenario: 'spark-ml-pipeline',
    sized: { emr: { primaryNodes: 1, coreNodes: 100, taskNodes: 0, processingWindowHours: 8 } },
    lines: {
      emr: [
        { item: 'EC2 On-Demand instance-hours, m7g.2xlarge (101 nodes)', quantity: 101 * 8 * DAILY, unitPriceUSD: 0.3264, monthlyUSD: 8021.82 },
        { item: 'Amazon EMR price on every node, m7g.2xlarge', quantity: 101 * 8 * DAILY },
      ],
      s3: [
        { item: 'S3 Standard storage, first 50 TB a month', quantity: 51_200, unitPriceUSD: 0.023, monthlyUSD: 1177.6 },
        { item: 'S3 Standard storage, next 450 TB a month', quantity: 80 * 1024 - 51_200, unitPriceUSD: 0.022, monthlyUSD: 675.84 },
      ],
    },
    // cheap: weekly runs: 3,510.952 × 0.3264 = 1,145.97.
    totals: { monthlyUSD: 8021.82 + 1853.44, lowUSD: 1145.97 + 1853.44, highUSD: 8021.82 + 1853.44 },
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
    sized: { 'glue-etl': { jobType: 'streaming', workerType: 'G.1X', numberOfWorkers: 2 } },
    lines: {
      // 3 MB/s of 1 KB records (default), billed as 5 KB: 15 MB/s.
      'kinesis-data-firehose': [
        { item: 'data ingested (first 500 TB a month; records billed in 5 KB increments)', quantity: (15 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.029, monthlyUSD: 1116.39 },
      ],
      // Two G.1X workers (1 DPU each) around the clock.
      'glue-etl': [{ item: 'DPU-hours (Spark, streaming and Python shell jobs, standard execution)', quantity: 2 * 1 * HOURS, unitPriceUSD: 0.44, monthlyUSD: 642.4 }],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (3 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 177.08 }],
    },
    // cheap: 25 KB records: 7,699.219 GB × 0.029 = 223.28; dear: S3 kept 12 months, 92,390.625 GB: 1,177.60 + 41,190.625 × 0.022 (906.19).
    totals: { monthlyUSD: 1935.87, lowUSD: 223.28 + 642.4 + 177.08, highUSD: 1116.39 + 642.4 + 1177.6 + 906.19 },
  },
  {
    scenario: 'many-consumers-fan-out',
    sized: { 'kinesis-data-streams': { shards: 1, enhancedFanOut: true, enhancedFanOutConsumers: 10 } },
    lines: {
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
    sized: { 'kinesis-video-streams': { streams: 200, dataRetentionHours: 24 }, 'kinesis-data-streams': { capacityMode: 'on-demand' } },
    lines: {
      // 200 cameras at 2 Mbit/s (default) = 50 MB/s; a day of it kept (24 ÷ 730 of a month).
      'kinesis-video-streams': [
        { item: 'video data ingested', quantity: (50 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.0085, monthlyUSD: 1090.72 },
        { item: 'video data stored', quantity: ((50 * SECONDS) / MB_PER_GB) * (24 / HOURS) },
      ],
      // On demand at 1 MB/s (default), read once.
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
    sized: { 'glue-etl': { jobType: 'spark', workerType: 'G.1X', numberOfWorkers: 10, executionClass: 'STANDARD' } },
    lines: {
      // 10 DPU, an hour a run (default), on a daily schedule.
      'glue-etl': [{ item: 'DPU-hours (Spark, streaming and Python shell jobs, standard execution)', quantity: 10 * 1 * DAILY, unitPriceUSD: 0.44, monthlyUSD: 133.83 }],
    },
    // cheap: a quarter hour a run, 76.042 × 0.44 = 33.46; dear: 3 hours, 912.5 × 0.44 = 401.50.
    totals: { monthlyUSD: 133.83, lowUSD: 33.46, highUSD: 401.5 },
  },
  {
    scenario: 'data-at-rest-etl',
    sized: { 'glue-etl': { jobType: 'spark', workerType: 'G.4X', numberOfWorkers: 125, executionClass: 'STANDARD' } },
    lines: {
      // 125 G.4X workers = 500 DPU, an hour a run (default), daily.
      'glue-etl': [{ item: 'DPU-hours (Spark, streaming and Python shell jobs, standard execution)', quantity: 500 * 1 * DAILY, unitPriceUSD: 0.44, monthlyUSD: 6691.67 }],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: 5 * 1024, unitPriceUSD: 0.023, monthlyUSD: 117.76 }],
    },
    // cheap: 3,802.083 × 0.44 = 1,672.92; dear: 45,625 × 0.44 = 20,075.
    totals: { monthlyUSD: 6809.43, lowUSD: 1672.92 + 117.76, highUSD: 20_075 + 117.76 },
  },
  {
    scenario: 'logs-delivered-to-s3',
    sized: { 'kinesis-data-firehose': { destinations: 's3' } },
    lines: {
      // 8 MB/s of 1 KB records (default) billed as 5 KB: 40 MB/s.
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
    sized: { 'kinesis-data-streams': { shards: 3 }, 'managed-service-for-apache-flink': { kpus: 4 } },
    lines: {
      'kinesis-data-streams': [
        { item: 'shard-hours (provisioned)', quantity: 3 * HOURS, unitPriceUSD: 0.015, monthlyUSD: 32.85 },
        { item: 'PUT payload units (25 KB each)', quantity: (3072 * SECONDS) / 1e6, unitPriceUSD: 0.014, monthlyUSD: 113.03 },
      ],
      'managed-service-for-apache-flink': [
        { item: 'KPU-hours (processing)', quantity: 3 * HOURS, unitPriceUSD: 0.11, monthlyUSD: 240.9 },
        { item: 'KPU-hours (orchestration)', quantity: HOURS, unitPriceUSD: 0.11, monthlyUSD: 80.3 },
        { item: 'running application storage (50 GB per KPU)', quantity: 3 * 50, unitPriceUSD: 0.1, monthlyUSD: 15 },
      ],
      s3: [{ item: 'S3 Standard storage, first 50 TB a month', quantity: (3 * SECONDS) / MB_PER_GB, unitPriceUSD: 0.023, monthlyUSD: 177.08 }],
    },
    // cheap: 25 KB records: 122.88 records/s, 322.929 M units × 0.014 = 4.52; dear: S3 12 months, 1,177.60 + 906.19.
    totals: { monthlyUSD: 659.16, lowUSD: 32.85 + 4.52 + 336.2 + 177.08, highUSD: 32.85 + 113.03 + 336.2 + 1177.6 + 906.19 },
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
];
