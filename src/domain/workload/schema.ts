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
export const SOURCE_LOCATIONS = ['on-premises', 'ec2', 'rds', 'aurora'] as const;
export const WORKLOAD_TYPES = ['transactional', 'analytical', 'ml', 'mixed'] as const;
export const COST_PRIORITIES = ['lowest', 'balanced', 'performance'] as const;
export const EXISTING_STREAMS = ['msk', 'kafka', 'kinesis-data-streams'] as const;
export const ACCESS_PATTERNS = ['analytical', 'key-value', 'relational-transactions', 'search', 'vector-search'] as const;
export const BI_TOOLS = ['quicksight', 'power-bi', 'tableau', 'looker', 'qlik', 'metabase', 'other'] as const;
export const TABLE_FORMATS = ['iceberg', 'files'] as const;

/** Upper bounds keep every figure physically meaningful and every array small. */
export const WORKLOAD_LIMITS = {
  nameLength: 120,
  descriptionLength: 4000,
  regionLength: 32,
  classificationLength: 40,
  volumeTB: 1_000_000,
  producers: 1_000_000_000,
  throughputMBps: 1_000_000,
  recordsPerSecond: 1_000_000_000,
  recordSizeKB: 1_048_576,
  consumers: 1_000,
  retentionHours: 87_600,
  retentionDays: 36_500,
  inputPerRunGB: 1_000_000_000,
  runWindowHours: 720,
  requestsPerSecond: 100_000_000,
  recoveryMinutes: 525_600,
} as const;

/** An AWS Region code, such as eu-west-1 (the same pattern wherever a Region is named). */
const RegionCodeSchema = z
  .string()
  .max(WORKLOAD_LIMITS.regionLength)
  .regex(/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d{1,2}$/, 'must be an AWS Region code such as eu-west-1');

/** How each field reads to a person (the ADR's decision drivers): schema metadata, not a second list. */
export const FIELD_LABELS = z.registry<{ label: string; unit?: string }>();

/** An enum list: no repeats (`uniqueItems` in the published JSON Schema), never longer than the enum itself; the values are the items' enum, not repeated in words. */
function enumList<const Values extends readonly [string, ...string[]]>(values: Values, what: string) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: `${what} must not repeat a value` })
    .meta({ uniqueItems: true, description: what });
}

export const DataSchema = strictObject({
  sources: enumList(DATA_SOURCES, 'Where the data comes from').register(FIELD_LABELS, { label: 'Sources' }),
  formats: enumList(DATA_FORMATS, 'Formats of the data').register(FIELD_LABELS, { label: 'Formats' }),
  volumeTB: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.volumeTB)
    .describe('Data stored or processed in total, in terabytes (2000 = 2 PB)')
    .register(FIELD_LABELS, { label: 'Volume', unit: 'TB' }),
  atRest: z
    .boolean()
    .describe('True when the data already sits in buckets, databases or warehouses (not streaming in)')
    .register(FIELD_LABELS, { label: 'Data already at rest' }),
  lowQuality: z.boolean().describe('True when messy, incomplete or inconsistent records are expected').register(FIELD_LABELS, { label: 'Low-quality records expected' }),
  retentionDays: z
    .number()
    .int()
    .min(0)
    .max(WORKLOAD_LIMITS.retentionDays)
    .describe('How long processed data must stay searchable or queryable in its store, in days (sizes OpenSearch storage and lake lifecycle rules)')
    .register(FIELD_LABELS, { label: 'Kept for', unit: 'days' }),
  duplicatesWithoutCommonId: z
    .boolean()
    .describe('True when duplicate or matching records exist with no shared unique id and no exact field match')
    .register(FIELD_LABELS, { label: 'Duplicates without a common id' }),
  rowLevelDeletes: z
    .boolean()
    .describe('True when stored records must be deleted or corrected in place (erasure requests, late corrections)')
    .register(FIELD_LABELS, { label: 'Row-level deletes and corrections' }),
  tableFormat: z
    .enum(TABLE_FORMATS)
    .describe('How the lake keeps its tables on S3, where the user names it: iceberg (Apache Iceberg tables) or files (plain Parquet, CSV or JSON objects)')
    .register(FIELD_LABELS, { label: 'Table format' }),
  accessPattern: z
    .enum(ACCESS_PATTERNS)
    .describe('How the data is read: analytical (scans and aggregates), key-value (lookups by key), relational-transactions (OLTP), search (full text) or vector-search (similarity over embeddings)')
    .register(FIELD_LABELS, { label: 'Access pattern' }),
})
  .partial()
  .describe('What the data is and where it sits');

export const IngestionSchema = strictObject({
  mode: z.enum(INGESTION_MODES).describe('How data arrives').register(FIELD_LABELS, { label: 'Ingestion' }),
  producers: z
    .number()
    .int()
    .min(1)
    .max(WORKLOAD_LIMITS.producers)
    .describe('How many devices or sources write data')
    .register(FIELD_LABELS, { label: 'Producers' }),
  throughputMBps: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.throughputMBps)
    .describe('Aggregate write rate in MB per second')
    .register(FIELD_LABELS, { label: 'Write rate', unit: 'MB/s' }),
  recordsPerSecond: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.recordsPerSecond)
    .describe('Aggregate records written per second')
    .register(FIELD_LABELS, { label: 'Records per second' }),
  recordSizeKB: z
    .number()
    .gt(0)
    .max(WORKLOAD_LIMITS.recordSizeKB)
    .describe('Typical record size in KB')
    .register(FIELD_LABELS, { label: 'Record size', unit: 'KB' }),
  consumers: z
    .number()
    .int()
    .min(1)
    .max(WORKLOAD_LIMITS.consumers)
    .describe('Independent applications that each read the whole stream')
    .register(FIELD_LABELS, { label: 'Independent consumers' }),
  retentionHours: z
    .number()
    .int()
    .min(0)
    .max(WORKLOAD_LIMITS.retentionHours)
    .describe('How long raw stream data must stay replayable, in hours')
    .register(FIELD_LABELS, { label: 'Replay window', unit: 'hours' }),
  ordering: z.boolean().describe('True when per-key ordering of records matters').register(FIELD_LABELS, { label: 'Per-key ordering' }),
  existingStream: z
    .enum(EXISTING_STREAMS)
    .describe('A stream the team already runs and the answer builds on (kafka: self-managed)')
    .register(FIELD_LABELS, { label: 'Existing stream' }),
  keepExistingStream: z
    .boolean()
    .describe('True when the team keeps running its existing stream where it is: consumers read it in place, nothing moves it to a managed service')
    .register(FIELD_LABELS, { label: 'Existing stream kept as it is' }),
})
  .partial()
  .describe('How the data arrives');

export const ProcessingSchema = strictObject({
  customStreamProcessing: z
    .boolean()
    .describe('True when your own code consumes the stream (KCL, Lambda, Spark, EC2)')
    .register(FIELD_LABELS, { label: 'Custom stream processing' }),
  realTimeMetrics: z
    .boolean()
    .describe('True when live counters, dashboards or anomaly scores are computed on the stream')
    .register(FIELD_LABELS, { label: 'Real-time metrics' }),
  streamingSql: z.boolean().describe('True when SQL or Flink runs over the stream').register(FIELD_LABELS, { label: 'SQL over the stream' }),
  transformBeforeDelivery: z
    .boolean()
    .describe('True when records need a light per-record transform or format conversion before landing')
    .register(FIELD_LABELS, { label: 'Transform before delivery' }),
  etl: z.boolean().describe('True when a batch extract-transform-load moves data between stores').register(FIELD_LABELS, { label: 'Batch ETL' }),
  etlTrigger: z.enum(ETL_TRIGGERS).describe('What starts the ETL').register(FIELD_LABELS, { label: 'ETL trigger' }),
  massivelyParallel: z
    .boolean()
    .describe('True for petabyte-scale or cluster compute (Spark, Hadoop, HBase)')
    .register(FIELD_LABELS, { label: 'Massively parallel compute' }),
  frameworks: enumList(PROCESSING_FRAMEWORKS, 'Processing frameworks the team uses').register(FIELD_LABELS, { label: 'Processing frameworks' }),
  computerVision: enumList(COMPUTER_VISION_TASKS, 'Computer-vision tasks on images or video').register(FIELD_LABELS, { label: 'Computer vision' }),
  inputPerRunGB: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.inputPerRunGB)
    .describe('Data one batch run reads, in GB (a daily delta, a nightly export): batch compute is sized from it, never from data.volumeTB alone')
    .register(FIELD_LABELS, { label: 'Input per run', unit: 'GB' }),
  runWindowHours: z
    .number()
    .gt(0)
    .max(WORKLOAD_LIMITS.runWindowHours)
    .describe('Hours one batch run may take')
    .register(FIELD_LABELS, { label: 'Run window', unit: 'hours' }),
})
  .partial()
  .describe('What must happen to the data');

export const AnalyticsSchema = strictObject({
  adhocSql: z.boolean().describe('True when analysts query the data with SQL').register(FIELD_LABELS, { label: 'Ad-hoc SQL' }),
  dashboards: z.boolean().describe('True when end users need dashboards').register(FIELD_LABELS, { label: 'Dashboards' }),
  emailReports: z.boolean().describe('True when reports are emailed on a schedule').register(FIELD_LABELS, { label: 'Email reports' }),
  embeddedReports: z.boolean().describe('True when reports are embedded in an application or portal').register(FIELD_LABELS, { label: 'Embedded reports' }),
  biTool: z
    .enum(BI_TOOLS)
    .describe('The BI tool dashboards and reports stay in: another than quicksight reads Athena or Redshift through its own drivers, and no QuickSight is added')
    .register(FIELD_LABELS, { label: 'BI tool kept' }),
})
  .partial()
  .describe('Who reads the data and how');

export const MlSchema = strictObject({
  training: z.boolean().describe('True when models are trained').register(FIELD_LABELS, { label: 'Model training' }),
  inference: z.boolean().describe('True when models serve predictions').register(FIELD_LABELS, { label: 'Model inference' }),
  frameworks: enumList(ML_FRAMEWORKS, 'Machine-learning frameworks').register(FIELD_LABELS, { label: 'ML frameworks' }),
  gpu: z.boolean().describe('True to require GPUs, false to forbid them; leave out to let the advisor decide').register(FIELD_LABELS, { label: 'GPUs' }),
  lowLevelCustom: z
    .boolean()
    .describe('True for custom CUDA or low-level frameworks in an environment you build yourself')
    .register(FIELD_LABELS, { label: 'Low-level custom ML' }),
  sparkPipeline: z.boolean().describe('True when ML pipelines are built in Spark').register(FIELD_LABELS, { label: 'Spark ML pipelines' }),
  requestsPerSecond: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.requestsPerSecond)
    .describe('Inference requests per second a model serves (requests to an API, not records ingested)')
    .register(FIELD_LABELS, { label: 'Inference requests per second', unit: 'requests/s' }),
})
  .partial()
  .describe('Machine learning on the data');

export const SecuritySchema = strictObject({
  encryptionAtRest: z
    .enum(ENCRYPTION_AT_REST)
    .describe('Encryption at rest wanted')
    .register(FIELD_LABELS, { label: 'Encryption at rest' }),
  complianceRequired: z.boolean().describe('True when an auditor needs an encryption-at-rest tick').register(FIELD_LABELS, { label: 'Compliance tick required' }),
  crossAccountAccess: z.boolean().describe('True when other AWS accounts must read the bucket').register(FIELD_LABELS, { label: 'Cross-account access' }),
  dataClassification: z
    .string()
    .min(1)
    .max(WORKLOAD_LIMITS.classificationLength)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'must be a label such as public, internal, confidential or restricted')
    .describe("Your organisation's data-classification label for this data (such as public, internal, confidential, restricted); an organisation's rules may ask for it and read it")
    .register(FIELD_LABELS, { label: 'Data classification' }),
})
  .partial()
  .describe('Security and compliance needs');

export const AlertsSchema = strictObject({
  mobileNotifications: z.boolean().describe('True when people must be alerted on their phones').register(FIELD_LABELS, { label: 'Mobile alerts' }),
})
  .partial()
  .describe('Alerting');

export const AccountSchema = strictObject({
  isNew: z.boolean().describe('True when the AWS account is new (default service quotas)').register(FIELD_LABELS, { label: 'New AWS account' }),
  region: RegionCodeSchema.describe('AWS Region code, such as eu-west-1')
    .register(FIELD_LABELS, { label: 'Region' }),
})
  .partial()
  .describe('The AWS account the workload runs in');

export const MigrationSchema = strictObject({
  sourceEngine: z.enum(SOURCE_ENGINES).describe('Engine of the database being moved').register(FIELD_LABELS, { label: 'Source engine' }),
  sourceLocation: z
    .enum(SOURCE_LOCATIONS)
    .describe('Where the source database runs (RDS and Aurora sources can replicate to Redshift by zero-ETL)')
    .register(FIELD_LABELS, { label: 'Source runs on' }),
  target: z.enum(MIGRATION_TARGETS).describe('Where the database moves to').register(FIELD_LABELS, { label: 'Migration target' }),
  ongoingReplication: z
    .boolean()
    .describe('True to keep replicating changes (CDC) after the full load')
    .register(FIELD_LABELS, { label: 'Ongoing replication (CDC)' }),
})
  .partial()
  .describe('Moving a database into AWS');

export const ResilienceSchema = strictObject({
  recoveryPointMinutes: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.recoveryMinutes)
    .describe('Recovery point objective: how many minutes of data a disaster may lose (not a latency)')
    .register(FIELD_LABELS, { label: 'Recovery point objective', unit: 'minutes' }),
  recoveryTimeMinutes: z
    .number()
    .min(0)
    .max(WORKLOAD_LIMITS.recoveryMinutes)
    .describe('Recovery time objective: how many minutes service may be down after a disaster (not a latency)')
    .register(FIELD_LABELS, { label: 'Recovery time objective', unit: 'minutes' }),
  secondaryRegion: RegionCodeSchema.describe('The AWS Region that takes over after a disaster, such as eu-central-1').register(FIELD_LABELS, { label: 'Secondary Region' }),
})
  .partial()
  .describe('Disaster recovery: how much data may be lost and how long recovery may take');

/**
 * The workload a user describes (contract section 1). Every field is optional;
 * unknown keys are rejected with the allowed keys listed.
 *
 * @example
 * WorkloadSchema.parse({ ingestion: { mode: 'streaming', throughputMBps: 50 } });
 */
export const WorkloadSchema = strictObject({
  name: z.string().min(1).max(WORKLOAD_LIMITS.nameLength).describe('A short name for the workload').register(FIELD_LABELS, { label: 'Name' }),
  description: z
    .string()
    .max(WORKLOAD_LIMITS.descriptionLength)
    .describe('The workload in your own words: the advisor reads the fields it states (each listed in inferred[] with its evidence; fields given explicitly win) and quotes it in the ADR')
    .register(FIELD_LABELS, { label: 'Description' }),
  data: DataSchema,
  ingestion: IngestionSchema,
  latency: z
    .enum(LATENCIES)
    .describe('How fresh answers must be: real-time (sub-second), near-real-time (seconds to minutes), batch (hours)')
    .register(FIELD_LABELS, { label: 'Latency' }),
  processing: ProcessingSchema,
  destinations: enumList(DESTINATIONS, 'Where processed data must land').register(FIELD_LABELS, { label: 'Destinations' }),
  analytics: AnalyticsSchema,
  ml: MlSchema,
  security: SecuritySchema,
  alerts: AlertsSchema,
  account: AccountSchema,
  migration: MigrationSchema,
  resilience: ResilienceSchema,
  workloadType: z.enum(WORKLOAD_TYPES).describe('The kind of workload').register(FIELD_LABELS, { label: 'Workload type' }),
  costPriority: z.enum(COST_PRIORITIES).describe('What the design weighs first: the lowest cost, a balance, or performance').register(FIELD_LABELS, { label: 'Cost priority' }),
  serverlessOnly: z
    .boolean()
    .describe('True when the team will run no servers or clusters it must size, patch or stop: serverless and fully managed services only')
    .register(FIELD_LABELS, { label: 'Serverless only' }),
})
  .partial()
  .describe('A data workload on AWS: where data comes from, how fast, what must happen to it, who reads it');

export type Workload = z.infer<typeof WorkloadSchema>;

/** What a caller may pass as a workload (zod's input type of the schema): typed for completion and checking, still validated at run time. */
export type WorkloadInput = z.input<typeof WorkloadSchema>;
