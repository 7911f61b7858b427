import type { ServiceId } from '../catalog/service-ids.js';
import type { Workload } from '../workload/schema.js';

/** A need a workload can state, the services any one of which serves it, and what would let the answer serve it. */
interface StatedNeed {
  need: string;
  field: string;
  stated: (workload: Workload) => boolean;
  servedBy: readonly ServiceId[];
  /** What the answer needs to know or have before it can serve the need. */
  hint: string;
}

/** What reads a self-managed Kafka cluster where it runs (Firehose reads only MSK among Kafka clusters). */
const KAFKA_READERS: readonly ServiceId[] = ['glue-etl', 'managed-service-for-apache-flink', 'emr', 'emr-serverless', 'apache-spark', 'lambda', 'opensearch-ingestion'];

const destination = (id: NonNullable<Workload['destinations']>[number], name: string, servedBy: readonly ServiceId[], hint: string): StatedNeed => ({
  need: `delivery into ${name}`,
  field: 'destinations',
  stated: (workload) => workload.destinations?.includes(id) === true,
  servedBy,
  hint,
});

/** Reports served by a BI tool the team keeps (analytics.biTool other than QuickSight) are served there, not by the answer. */
const keptBiTool = (workload: Workload) => workload.analytics?.biTool !== undefined && workload.analytics.biTool !== 'quicksight';

/**
 * The needs a workload's fields state. Rules serve them; when none did for a
 * workload as read, the answer says so rather than dropping the need
 * (REASONING.md invariant 14).
 */
const STATED_NEEDS: readonly StatedNeed[] = [
  { need: 'Dashboards', field: 'analytics.dashboards', stated: (w) => w.analytics?.dashboards === true && !keptBiTool(w), servedBy: ['quicksight'], hint: 'name the data they show (data.sources) and where it lands (destinations)' },
  { need: 'Email reports', field: 'analytics.emailReports', stated: (w) => w.analytics?.emailReports === true && !keptBiTool(w), servedBy: ['quicksight'], hint: 'name the data they report on (data.sources)' },
  { need: 'Embedded reports', field: 'analytics.embeddedReports', stated: (w) => w.analytics?.embeddedReports === true && !keptBiTool(w), servedBy: ['quicksight'], hint: 'name the data they report on (data.sources)' },
  { need: 'Ad-hoc SQL', field: 'analytics.adhocSql', stated: (w) => w.analytics?.adhocSql === true, servedBy: ['athena', 'redshift', 'aurora', 'rds'], hint: 'say where the records land (destinations: S3 or Redshift)' },
  { need: 'Model training', field: 'ml.training', stated: (w) => w.ml?.training === true, servedBy: ['sagemaker', 'ec2-accelerated-computing', 'ec2-compute-optimized', 'sagemaker-spark'], hint: 'name the frameworks (ml.frameworks) and whether GPUs are needed (ml.gpu)' },
  { need: 'Model inference', field: 'ml.inference', stated: (w) => w.ml?.inference === true, servedBy: ['sagemaker', 'ec2-accelerated-computing', 'ec2-compute-optimized', 'rekognition-image', 'rekognition-video'], hint: 'name the model\'s frameworks (ml.frameworks) and its request rate (ml.requestsPerSecond)' },
  { need: 'Mobile alerts', field: 'alerts.mobileNotifications', stated: (w) => w.alerts?.mobileNotifications === true, servedBy: ['sns'], hint: 'say what raises an alert (processing.computerVision, or processing.realTimeMetrics on a stream)' },
  { need: 'Computer vision', field: 'processing.computerVision', stated: (w) => (w.processing?.computerVision?.length ?? 0) > 0, servedBy: ['rekognition-video', 'rekognition-image', 'sagemaker'], hint: 'name the images or video it works on (data.sources or data.formats)' },
  { need: 'Record matching without a common id', field: 'data.duplicatesWithoutCommonId', stated: (w) => w.data?.duplicatesWithoutCommonId === true, servedBy: ['glue-findmatches', 'entity-resolution'], hint: 'name the sources that hold the records (data.sources)' },
  { need: 'SQL over the stream', field: 'processing.streamingSql', stated: (w) => w.processing?.streamingSql === true, servedBy: ['managed-service-for-apache-flink'], hint: 'say that the records stream in (ingestion.mode: streaming)' },
  { need: 'Batch ETL', field: 'processing.etl', stated: (w) => w.processing?.etl === true, servedBy: ['glue-etl', 'emr', 'emr-serverless', 'redshift-zero-etl'], hint: 'name the sources and where the data lands (data.sources, destinations)' },
  { need: 'Own encryption keys', field: 'security.encryptionAtRest', stated: (w) => w.security?.encryptionAtRest === 'customer-managed-keys' || w.security?.encryptionAtRest === 'imported-keys', servedBy: ['s3-sse-kms'], hint: 'say where the data is stored (destinations)' },
  { need: 'Access from other accounts', field: 'security.crossAccountAccess', stated: (w) => w.security?.crossAccountAccess === true, servedBy: ['s3-bucket-policy', 'lake-formation'], hint: 'say where the shared data is stored (destinations)' },
  { need: 'Apache Iceberg tables', field: 'data.tableFormat', stated: (w) => w.data?.tableFormat === 'iceberg', servedBy: ['iceberg-tables'], hint: 'say where the tables are kept (destinations)' },
  { need: 'Row-level deletes', field: 'data.rowLevelDeletes', stated: (w) => w.data?.rowLevelDeletes === true, servedBy: ['iceberg-tables', 'aurora', 'rds', 'dynamodb', 'redshift', 'opensearch'], hint: 'say where the records are stored (destinations)' },
  { need: 'Disaster recovery', field: 'resilience.secondaryRegion', stated: (w) => w.resilience?.secondaryRegion !== undefined || w.resilience?.recoveryPointMinutes !== undefined, servedBy: ['s3-replication', 'aurora', 'rds', 'dynamodb'], hint: 'say where the data is stored (destinations)' },
  { need: 'The team\'s Kafka bus', field: 'ingestion.existingStream', stated: (w) => w.ingestion?.existingStream === 'msk' || (w.ingestion?.existingStream === 'kafka' && w.ingestion.keepExistingStream !== true), servedBy: ['msk'], hint: 'say which records stream through it (ingestion.mode: streaming)' },
  {
    need: 'The team\'s own Kafka cluster, kept as it is',
    field: 'ingestion.keepExistingStream',
    stated: (w) => w.ingestion?.existingStream === 'kafka' && w.ingestion.keepExistingStream === true,
    servedBy: KAFKA_READERS,
    hint: 'say which records stream through it (ingestion.mode: streaming) and where they must land (destinations) or how they are processed',
  },
  { need: 'Key-value access', field: 'data.accessPattern', stated: (w) => w.data?.accessPattern === 'key-value', servedBy: ['dynamodb'], hint: 'say what is read by key (data.sources)' },
  { need: 'Relational transactions', field: 'data.accessPattern', stated: (w) => w.data?.accessPattern === 'relational-transactions', servedBy: ['aurora', 'rds'], hint: 'name the database engine (migration.sourceEngine)' },
  { need: 'Full-text search', field: 'data.accessPattern', stated: (w) => w.data?.accessPattern === 'search', servedBy: ['opensearch'], hint: 'name the records searched (data.sources)' },
  destination('redshift', 'Redshift', ['redshift'], 'name the data that lands there (data.sources)'),
  destination('opensearch', 'OpenSearch Service', ['opensearch'], 'name the data that lands there (data.sources)'),
  destination('splunk', 'Splunk', ['splunk'], 'say that the records stream in (ingestion.mode: streaming)'),
  destination('dynamodb', 'DynamoDB', ['dynamodb'], 'name the data that lands there (data.sources)'),
  destination('s3', 'S3', ['s3'], 'name the data that lands there (data.sources)'),
  destination('http-endpoint', 'an HTTP endpoint', ['kinesis-data-firehose', 'lambda'], 'say how the records arrive (ingestion.mode): Firehose delivers a stream there, or a Lambda function posts batches'),
];

/**
 * The needs a workload states that none of the recommended services serves,
 * each as a sentence naming the need, its field and what would let the answer serve it.
 *
 * @example
 * unservedNeeds({ processing: { computerVision: ['object-detection'] } }, new Set()); // ['Computer vision (processing.computerVision) is stated, but …']
 */
export function unservedNeeds(workload: Workload, recommended: ReadonlySet<ServiceId>): string[] {
  return STATED_NEEDS.filter(({ stated, servedBy }) => stated(workload) && !servedBy.some((id) => recommended.has(id))).map(
    ({ need, field, hint }) => `${need} (${field}) is stated, but nothing in this answer serves it as the workload reads: ${hint}.`,
  );
}
