import * as z from 'zod';
import { strictObject } from './strict-object.js';

/** Where the data comes from. */
export const DATA_SOURCES = [
  'iot-devices',
  'video-cameras',
  'application-logs',
  'clickstream',
  'relational-database',
  'nosql-database',
  'data-warehouse',
  's3',
  'on-premises-files',
  'saas',
  'mobile-apps',
] as const;
export const DATA_FORMATS = ['csv', 'json', 'parquet', 'avro', 'orc', 'text', 'images', 'video', 'audio', 'logs'] as const;
export const INGESTION_MODES = ['streaming', 'batch', 'one-time-migration', 'none'] as const;
export const LATENCIES = ['real-time', 'near-real-time', 'batch'] as const;
export const ETL_TRIGGERS = ['schedule', 'new-data', 'chained', 'manual'] as const;
export const PROCESSING_FRAMEWORKS = ['spark', 'hadoop', 'hbase', 'flink', 'presto', 'hive'] as const;
export const COMPUTER_VISION_TASKS = ['face-recognition', 'object-detection', 'activity-detection'] as const;
export const DESTINATIONS = ['s3', 'redshift', 'opensearch', 'splunk', 'http-endpoint', 'dynamodb'] as const;
export const ML_FRAMEWORKS = ['tensorflow', 'keras', 'pytorch', 'mxnet', 'gluon', 'xgboost', 'scikit-learn'] as const;
export const ENCRYPTION_AT_REST = ['none', 'aws-managed', 'customer-managed-keys', 'imported-keys'] as const;
export const SOURCE_ENGINES = [
  'oracle',
  'sqlserver',
  'mysql',
  'postgresql',
  'mariadb',
  'mongodb',
  'db2',
  'sybase',
  'teradata',
  'other',
] as const;
export const MIGRATION_TARGETS = ['s3', 'aurora', 'rds', 'redshift', 'dynamodb'] as const;
export const WORKLOAD_TYPES = ['transactional', 'analytical', 'ml', 'mixed'] as const;
export const COST_PRIORITIES = ['lowest', 'balanced', 'performance'] as const;

/** Upper bounds keep every figure physically meaningful and every array small. */
export const WORKLOAD_LIMITS = {
  nameLength: 120,
  descriptionLength: 4000,
  regionLength: 32,
  volumeTB: 1_000_000,
  producers: 1_000_000_000,
  throughputMBps: 1_000_000,
  recordsPerSecond: 1_000_000_000,
  recordSizeKB: 1_048_576,
  consumers: 1_000,
  retentionHours: 87_600,
} as const;

/** An enum list: no repeats, never longer than the enum itself. */
function enumList<const Values extends readonly [string, ...string[]]>(values: Values, what: string) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: `${what} must not repeat a value` })
    .describe(`${what}: any of ${values.join(', ')}`);
}

export const DataSchema = strictObject({
  sources: enumList(DATA_SOURCES, 'Where the data comes from'),
  formats: enumList(DATA_FORMATS, 'Formats of the data'),
  volumeTB: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.volumeTB)
    .describe('Data stored or processed in total, in terabytes (2000 = 2 PB)'),
  atRest: z
    .boolean()
    .describe('True when the data already sits in buckets, databases or warehouses (not streaming in)'),
  lowQuality: z.boolean().describe('True when messy, incomplete or inconsistent records are expected'),
  duplicatesWithoutCommonId: z
    .boolean()
    .describe('True when duplicate or matching records exist with no shared unique id and no exact field match'),
})
  .partial()
  .describe('What the data is and where it sits');

export const IngestionSchema = strictObject({
  mode: z.enum(INGESTION_MODES).describe('How data arrives: streaming, batch, one-time-migration or none'),
  producers: z
    .number()
    .int()
    .min(1)
    .max(WORKLOAD_LIMITS.producers)
    .describe('How many devices or sources write data'),
  throughputMBps: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.throughputMBps)
    .describe('Aggregate write rate in MB per second'),
  recordsPerSecond: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.recordsPerSecond)
    .describe('Aggregate records written per second'),
  recordSizeKB: z
    .number()
    .gt(0)
    .max(WORKLOAD_LIMITS.recordSizeKB)
    .describe('Typical record size in KB'),
  consumers: z
    .number()
    .int()
    .min(1)
    .max(WORKLOAD_LIMITS.consumers)
    .describe('Independent applications that each read the whole stream'),
  retentionHours: z
    .number()
    .int()
    .min(0)
    .max(WORKLOAD_LIMITS.retentionHours)
    .describe('How long raw stream data must stay replayable, in hours'),
  ordering: z.boolean().describe('True when per-key ordering of records matters'),
})
  .partial()
  .describe('How the data arrives');

export const ProcessingSchema = strictObject({
  customStreamProcessing: z
    .boolean()
    .describe('True when your own code consumes the stream (KCL, Lambda, Spark, EC2)'),
  realTimeMetrics: z
    .boolean()
    .describe('True when live counters, dashboards or anomaly scores are computed on the stream'),
  streamingSql: z.boolean().describe('True when SQL or Flink runs over the stream'),
  transformBeforeDelivery: z
    .boolean()
    .describe('True when records need a light per-record transform or format conversion before landing'),
  etl: z.boolean().describe('True when a batch extract-transform-load moves data between stores'),
  etlTrigger: z.enum(ETL_TRIGGERS).describe('What starts the ETL: schedule, new-data, chained or manual'),
  massivelyParallel: z
    .boolean()
    .describe('True for petabyte-scale or cluster compute (Spark, Hadoop, HBase)'),
  frameworks: enumList(PROCESSING_FRAMEWORKS, 'Processing frameworks the team uses'),
  computerVision: enumList(COMPUTER_VISION_TASKS, 'Computer-vision tasks on images or video'),
})
  .partial()
  .describe('What must happen to the data');

export const AnalyticsSchema = strictObject({
  adhocSql: z.boolean().describe('True when analysts query the data with SQL'),
  dashboards: z.boolean().describe('True when end users need dashboards'),
  emailReports: z.boolean().describe('True when reports are emailed on a schedule'),
  embeddedReports: z.boolean().describe('True when reports are embedded in an application or portal'),
})
  .partial()
  .describe('Who reads the data and how');

export const MlSchema = strictObject({
  training: z.boolean().describe('True when models are trained'),
  inference: z.boolean().describe('True when models serve predictions'),
  frameworks: enumList(ML_FRAMEWORKS, 'Machine-learning frameworks'),
  gpu: z.boolean().describe('True to require GPUs, false to forbid them; leave out to let the advisor decide'),
  lowLevelCustom: z
    .boolean()
    .describe('True for custom CUDA or low-level frameworks in an environment you build yourself'),
  sparkPipeline: z.boolean().describe('True when ML pipelines are built in Spark'),
})
  .partial()
  .describe('Machine learning on the data');

export const SecuritySchema = strictObject({
  encryptionAtRest: z
    .enum(ENCRYPTION_AT_REST)
    .describe('Encryption at rest wanted: none, aws-managed, customer-managed-keys or imported-keys'),
  complianceRequired: z.boolean().describe('True when an auditor needs an encryption-at-rest tick'),
  crossAccountAccess: z.boolean().describe('True when other AWS accounts must read the bucket'),
})
  .partial()
  .describe('Security and compliance needs');

export const AlertsSchema = strictObject({
  mobileNotifications: z.boolean().describe('True when people must be alerted on their phones'),
})
  .partial()
  .describe('Alerting');

export const AccountSchema = strictObject({
  isNew: z.boolean().describe('True when the AWS account is new (default service quotas)'),
  region: z
    .string()
    .max(WORKLOAD_LIMITS.regionLength)
    .regex(/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d{1,2}$/, 'must be an AWS Region code such as eu-west-1')
    .describe('AWS Region code, such as eu-west-1'),
})
  .partial()
  .describe('The AWS account the workload runs in');

export const MigrationSchema = strictObject({
  sourceEngine: z.enum(SOURCE_ENGINES).describe('Engine of the database being moved'),
  target: z.enum(MIGRATION_TARGETS).describe('Where it moves to: s3, aurora, rds, redshift or dynamodb'),
  ongoingReplication: z
    .boolean()
    .describe('True to keep replicating changes (CDC) after the full load'),
})
  .partial()
  .describe('Moving a database into AWS');

/**
 * The workload a user describes (contract section 1). Every field is optional;
 * unknown keys are rejected with the allowed keys listed.
 *
 * @example
 * WorkloadSchema.parse({ ingestion: { mode: 'streaming', throughputMBps: 50 } });
 */
export const WorkloadSchema = strictObject({
  name: z.string().min(1).max(WORKLOAD_LIMITS.nameLength).describe('A short name for the workload'),
  description: z
    .string()
    .max(WORKLOAD_LIMITS.descriptionLength)
    .describe('Free text describing the workload; echoed in the ADR'),
  data: DataSchema,
  ingestion: IngestionSchema,
  latency: z
    .enum(LATENCIES)
    .describe('How fresh answers must be: real-time (sub-second), near-real-time (seconds to minutes), batch (hours)'),
  processing: ProcessingSchema,
  destinations: enumList(DESTINATIONS, 'Where processed data must land'),
  analytics: AnalyticsSchema,
  ml: MlSchema,
  security: SecuritySchema,
  alerts: AlertsSchema,
  account: AccountSchema,
  migration: MigrationSchema,
  workloadType: z.enum(WORKLOAD_TYPES).describe('transactional, analytical, ml or mixed'),
  costPriority: z.enum(COST_PRIORITIES).describe('lowest, balanced or performance'),
})
  .partial()
  .describe('A data workload on AWS: where data comes from, how fast, what must happen to it, who reads it');

export type Workload = z.infer<typeof WorkloadSchema>;
