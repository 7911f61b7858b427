import type { CatalogEntry } from './schema.js';

/** Date the facts below were first checked against AWS documentation; a fact re-checked later carries its own date. */
export const FACTS_CHECKED = '2026-11-26';
const checked = FACTS_CHECKED;

/** Date of the 2026-11-30 review: every fact added or re-checked in it carries this date. */
export const FACTS_RECHECKED = '2026-11-30';
/** Date of the 2026-12-07 corrections: every fact added or re-checked in them carries this date. */
export const FACTS_CORRECTED = '2026-12-07';
/** The latest review of the catalog's facts: no fact is dated after it. */
export const LATEST_FACT_REVIEW = FACTS_CORRECTED;
const today = FACTS_RECHECKED;
const corrected = FACTS_CORRECTED;

const S3_ENCRYPTION_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html';
const KDS_LIMITS_DOC = 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html';
const FIREHOSE_LIMITS_DOC = 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html';
const EMR_NODES_DOC = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html';
const EC2_QUOTAS_DOC = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html';
const DLAMI_RELEASES_DOC = 'https://docs.aws.amazon.com/dlami/latest/devguide/appendix-ami-release-notes.html';
const REKOGNITION_CHANGES_DOC = 'https://docs.aws.amazon.com/rekognition/latest/dg/rekognition-availability-changes.html';
const SSE_KMS_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html';
const OBJECT_OWNERSHIP_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-new-bucket.html';
const KMS_CROSS_ACCOUNT_DOC = 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html';
const EMR_GUIDELINES_DOC = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html';
const GLUE_WORKERS_DOC = 'https://docs.aws.amazon.com/glue/latest/dg/worker-types.html';
const GLUE_BOOKMARKS_DOC = 'https://docs.aws.amazon.com/glue/latest/dg/monitor-continuations.html';
const GLUE_JOB_DOC = 'https://docs.aws.amazon.com/glue/latest/dg/add-job.html';
const FLINK_RESOURCES_DOC = 'https://docs.aws.amazon.com/managed-flink/latest/java/how-resources.html';
const FLINK_SCALING_DOC = 'https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html';
const KDS_FAN_OUT_DOC = 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html';
const KDS_MODES_DOC = 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html';
const LAMBDA_KINESIS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html';
const FIREHOSE_API = 'https://docs.aws.amazon.com/firehose/latest/APIReference';
const SAGEMAKER_QUOTAS_DOC = 'https://docs.aws.amazon.com/sagemaker/latest/dg/regions-quotas.html';
const EC2_AC_DOC = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html';
const ZERO_ETL_DOC = 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.html';
const QUICK_SIGHT_SOURCES_DOC = 'https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DataSourceParameters.html';
const ATHENA_FEDERATED_DOC = 'https://docs.aws.amazon.com/athena/latest/ug/federated-queries.html';
const KVS_GET_IMAGES_DOC = 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_GetImages.html';
const KVS_IMAGES_DOC = 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/images.html';
const REKOGNITION_STREAMING_DOC = 'https://docs.aws.amazon.com/rekognition/latest/dg/streaming-video.html';
const FIREHOSE_DESTINATIONS_DOC = 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html';
const FIREHOSE_BUFFERING_DOC = 'https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html';
const SAGEMAKER_CONTAINERS_DOC = 'https://docs.aws.amazon.com/sagemaker/latest/dg/docker-containers.html';
const SAGEMAKER_TRANSFORM_RESOURCES_DOC = 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformResources.html';
const DLAMI_WHAT_IS_DOC = 'https://docs.aws.amazon.com/dlami/latest/devguide/what-is-dlami.html';
const FLINK_PARALLELISM_API = 'https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_ParallelismConfiguration.html';
const FLINK_CONNECTORS_DOC = 'https://docs.aws.amazon.com/managed-flink/latest/java/how-zeppelin-connectors.html';
const EMRFS_DOC = 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-fs.html';

/** Both Deep Learning AMI entries carry it: a DLAMI belongs to self-managed EC2, never to SageMaker AI. */
const DLAMI_IS_FOR_EC2 = {
  statement: 'A DLAMI is a machine image for EC2 instances you launch and manage yourself; SageMaker AI does not use AMIs but runs its jobs and endpoints in containers.',
  source: DLAMI_WHAT_IS_DOC,
  checked: corrected,
};

export const CARD_SERVICES: readonly CatalogEntry[] = [
  {
    id: 's3',
    name: 'Amazon S3',
    roles: ['store'],
    summary:
      'Object storage for large amounts of structured or unstructured data that must stay accessible; a collection of buckets forms a data lake.',
    cardNotes: [
      {
        card: 'S3',
        notes: [
          'Large amounts of data storage that we want to actively access',
          'Structured (csv, json) or unstructured (text files, images) data',
          'A collection of S3 buckets can be used as a data lake',
        ],
      },
      {
        card: 'Advantages and disadvantages of data lakes',
        notes: [
          'A lake takes many sources, costs less than a warehouse and tolerates low-quality data',
          'A lake is unsuitable for transactional systems and needs cataloguing before analysis',
        ],
      },
    ],
    facts: [
      {
        statement: 'Since 5 January 2023 every new object is encrypted with SSE-S3 by default, at no extra cost.',
        source: S3_ENCRYPTION_DOC,
        checked: today,
      },
      {
        statement:
          'SSE-S3 is the default only where nothing else is asked for: a bucket or a request can choose SSE-KMS instead, and an object encrypted with SSE-KMS is encrypted under the KMS key, not also with SSE-S3.',
        source: SSE_KMS_DOC,
        checked: today,
      },
      {
        statement:
          'New buckets default to S3 Object Ownership "bucket owner enforced": ACLs are disabled and the bucket owner owns every object, whoever wrote it, so access comes from policies alone (bucket policy, IAM and, for SSE-KMS, the key policy).',
        source: OBJECT_OWNERSHIP_DOC,
        checked: today,
      },
      {
        statement:
          'Since April 2026 SSE-C is disabled on new general purpose buckets (and on existing buckets in accounts with no SSE-C objects); it can be re-enabled per bucket.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html',
        checked,
      },
    ],
    limits: [{ name: 'maximum object size', value: '5 TB (a single PUT up to 5 GB; larger objects use multipart upload)', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html' }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html',
  },
  {
    id: 's3-sse-s3',
    name: 'S3 server-side encryption with S3-managed keys (SSE-S3)',
    roles: ['secure'],
    summary: 'Encryption at rest with keys S3 owns and rotates; the tick an auditor asks for, with nothing to manage.',
    cardNotes: [{ card: 'Encryption', notes: ['S3 SSE: server side encryption, good for an enterprise that requires this tick'] }],
    facts: [
      {
        statement: 'SSE-S3 has been applied to every new object by default since 5 January 2023; nothing needs to be turned on.',
        source: S3_ENCRYPTION_DOC,
        checked: today,
      },
      {
        statement:
          'SSE-S3 uses keys that Amazon S3 owns and manages: there is no KMS key, key policy or record of key use to manage, and nothing to share with another account. It is not what AWS calls an "AWS managed key": that is the aws/s3 KMS key of SSE-KMS.',
        source: S3_ENCRYPTION_DOC,
        checked: today,
      },
      {
        statement: 'SSE-S3 is not a layer kept beneath another choice: an object encrypted with SSE-KMS, DSSE-KMS or SSE-C is encrypted that way instead.',
        source: SSE_KMS_DOC,
        checked: today,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html',
  },
  {
    id: 's3-sse-kms',
    name: 'S3 server-side encryption with AWS KMS keys (SSE-KMS)',
    roles: ['secure'],
    summary:
      'Encryption at rest under a KMS key: a customer managed key you create (or import key material into), with key policies and an audit trail of every use, or the AWS managed key aws/s3, which cannot be shared with other accounts.',
    cardNotes: [{ card: 'Encryption', notes: ['S3 KMS: create our own keys within the AWS console, or import our own keys'] }],
    facts: [
      {
        statement: 'S3 Bucket Keys cut SSE-KMS request traffic and cost by up to 99%; they are off by default on general purpose buckets.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html',
        checked,
      },
      {
        statement: 'DSSE-KMS applies two layers of KMS-based encryption where a standard requires dual-layer encryption.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/specifying-dsse-encryption.html',
        checked,
      },
      {
        statement: 'SSE-KMS replaces SSE-S3 for the objects it encrypts: such an object is encrypted under its KMS key only, with no SSE-S3 layer beneath it.',
        source: SSE_KMS_DOC,
        checked: today,
      },
      {
        statement:
          'In AWS terms the "AWS managed key" for S3 is the aws/s3 KMS key, which S3 creates in the account the first time SSE-KMS is used without naming a key. It is an SSE-KMS key, unlike the S3-owned keys of SSE-S3, and its key policy cannot be edited.',
        source: SSE_KMS_DOC,
        checked: today,
      },
      {
        statement:
          'Objects encrypted with the aws/s3 AWS managed key cannot be shared with other accounts. Cross-account reads need a customer managed key whose key policy grants the other account, plus IAM permissions in that account: neither policy alone is enough.',
        source: SSE_KMS_DOC,
        checked: today,
      },
    ],
    limits: [{ name: 'cross-account use of the aws/s3 AWS managed key', value: 'not possible: use a customer managed key', source: SSE_KMS_DOC }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
  },
  {
    id: 'iam',
    name: 'AWS Identity and Access Management (IAM)',
    roles: ['secure'],
    summary: 'Users and roles with identity policies that govern who may use the data and how.',
    cardNotes: [
      { card: 'Security in S3', notes: ['IAM users and roles have policies attached which govern how they use S3'] },
    ],
    facts: [
      {
        statement: 'AWS recommends roles with temporary credentials over long-lived IAM user keys for workloads and people.',
        source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
        checked,
      },
      {
        statement:
          'Another account\'s principals can use a KMS key only when both the key policy in the key\'s account and an IAM policy in their own account allow it; neither the key policy nor the IAM policy alone is enough.',
        source: KMS_CROSS_ACCOUNT_DOC,
        checked: today,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html',
  },
  {
    id: 's3-bucket-policy',
    name: 'S3 bucket policies',
    roles: ['secure'],
    summary: 'Resource-level policies attached to a bucket; the way to grant other AWS accounts access to the data.',
    cardNotes: [{ card: 'Security in S3', notes: ['Bucket policy (resource-level policies)'] }],
    facts: [
      {
        statement:
          'Cross-account access needs both a bucket policy granting the other account and IAM permissions in that account; with SSE-KMS the key policy must grant it too.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
        checked,
      },
      {
        statement:
          'For SSE-KMS data read from another account, the objects must be encrypted with a customer managed key whose key policy grants that account: objects under the aws/s3 AWS managed key cannot be shared.',
        source: SSE_KMS_DOC,
        checked: today,
      },
      {
        statement:
          'With Object Ownership "bucket owner enforced" (the default for new buckets) ACLs are disabled: other accounts get access through the bucket policy, never through object ACLs, and objects they write belong to the bucket owner.',
        source: OBJECT_OWNERSHIP_DOC,
        checked: today,
      },
      {
        statement:
          'A bucket policy alone shows another account\'s Athena no tables: the Data Catalog must be shared too, through Lake Formation grants or a Glue Data Catalog resource policy.',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/cross-account-access.html',
        checked: today,
      },
    ],
    limits: [{ name: 'bucket policy size', value: '20 KB', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html' }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  },
  {
    id: 'glue-data-catalog',
    name: 'AWS Glue Data Catalog',
    roles: ['catalog'],
    summary: 'The central metadata store: table schemas and locations that Athena, EMR and Glue jobs share as one view of the data.',
    cardNotes: [
      {
        card: 'AWS Glue',
        notes: ['Stores, annotates and shares metadata', 'Creates catalogues of data (schemas)', 'Produces a single view/endpoint of the data'],
      },
    ],
    facts: [
      {
        statement: 'Athena uses the Glue Data Catalog as its metastore.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/data-sources-glue.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/glue/latest/dg/catalog-and-crawler.html',
  },
  {
    id: 'glue-crawler',
    name: 'AWS Glue crawlers',
    roles: ['catalog'],
    summary: 'Crawl a bucket or database, infer schemas and write tables to the Data Catalog.',
    cardNotes: [
      {
        card: 'AWS Glue',
        notes: ['A crawler goes through the S3 bucket and makes the catalogue to store in the Glue Data Catalogue', 'Also crawls DynamoDB and other stores'],
      },
      { card: 'Simple ML workflow', notes: ['Glue crawls the S3 bucket to make a catalogue of the data for Athena'] },
    ],
    facts: [
      {
        statement:
          'Crawlers read S3, DynamoDB, Delta Lake, Iceberg and Hudi natively, JDBC stores (Redshift, Aurora, MySQL, PostgreSQL, Oracle, SQL Server, Snowflake) and MongoDB/DocumentDB; they cannot crawl data streams.',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/crawler-data-stores.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html',
  },
  {
    id: 'glue-etl',
    name: 'AWS Glue ETL',
    roles: ['transform'],
    summary: 'Serverless extract-transform-load with generated, editable PySpark or Scala scripts over sources inside and outside AWS.',
    cardNotes: [
      {
        card: 'Glue ETL capability',
        notes: [
          'Extract data out of somewhere, perform an operation, then reload it in another location',
          'Interacts with a variety of data sources inside and outside of AWS',
          'Uses Data Catalogue metadata to autogenerate Scala or PySpark scripts you can modify',
        ],
      },
      { card: 'Glue vs Kinesis', notes: ['For data sitting in buckets or warehouses, Glue is the better option with its ETL capabilities'] },
    ],
    facts: [
      {
        statement: '1 DPU is 4 vCPUs and 16 GB of memory; Python shell jobs use 0.0625 or 1 DPU, Spark jobs use G.1X, G.2X or larger workers.',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/add-job.html',
        checked,
      },
      {
        statement: 'Streaming ETL jobs read Kinesis Data Streams, Kafka or MSK continuously in micro-batches (default 100 s window).',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/add-job-streaming.html',
        checked,
      },
      {
        statement:
          'Spark worker types: G.1X (1 DPU: 4 vCPUs, 16 GB), G.2X (8 vCPUs, 32 GB), G.4X (16 vCPUs, 64 GB), G.8X (32 vCPUs, 128 GB), G.12X (48 vCPUs, 192 GB) and G.16X (64 vCPUs, 256 GB); memory-optimized R.1X to R.8X give 32 GB per M-DPU of 4 vCPUs; G.025X (2 vCPUs, 4 GB) is for low-volume streaming jobs. Size the workers from the data one run reads, not from the whole lake.',
        source: GLUE_WORKERS_DOC,
        checked: today,
      },
      {
        statement:
          'The Flex execution class runs time-insensitive Spark ETL jobs (Glue 3.0 or later, command glueetl) at a lower price per DPU-hour; their start and completion times may vary, so it suits non-urgent batch runs, not streaming or Python shell jobs.',
        source: GLUE_JOB_DOC,
        checked: today,
      },
      {
        statement:
          'Job bookmarks keep the state of what a job has already processed (S3 files and partitions, JDBC rows by bookmark key), so an incremental run reads only the data that arrived since the last successful run.',
        source: GLUE_BOOKMARKS_DOC,
        checked: today,
      },
    ],
    limits: [
      {
        name: 'worker types',
        value: 'G.1X 4 vCPUs/16 GB, G.2X 8/32, G.4X 16/64, G.8X 32/128, G.12X 48/192, G.16X 64/256; R.1X to R.8X 32 GB per M-DPU; G.025X 2 vCPUs/4 GB (streaming)',
        source: GLUE_WORKERS_DOC,
      },
      { name: 'data processing unit (DPU)', value: '4 vCPUs and 16 GB of memory', source: GLUE_WORKERS_DOC },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/glue/latest/dg/author-job-glue.html',
  },
  {
    id: 'glue-jobs',
    name: 'AWS Glue jobs, triggers and workflows',
    roles: ['transform'],
    summary: 'Managed orchestration of ETL: jobs run on a schedule, chained after other jobs, on demand, or when new data arrives.',
    cardNotes: [
      {
        card: 'Glue jobs system',
        notes: [
          'Managed infrastructure to orchestrate ETL workflows',
          'Jobs can be scheduled and chained, or triggered by events such as the arrival of new data',
        ],
      },
    ],
    facts: [
      {
        statement: 'Trigger types are SCHEDULED (cron), CONDITIONAL (after other jobs or crawlers: chains), ON_DEMAND and EVENT (EventBridge, such as a new S3 object).',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html',
        checked,
      },
      {
        statement: 'Workflows orchestrate crawlers, jobs and triggers as one unit and can start on a schedule, on demand or on an EventBridge event.',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/workflows_overview.html',
        checked,
      },
      {
        statement:
          'A scheduled or event-triggered run picks up only new data when the job has bookmarks enabled (--job-bookmark-option job-bookmark-enable); without them each run reads its whole input again.',
        source: GLUE_BOOKMARKS_DOC,
        checked: today,
      },
      {
        statement: 'Runs that can wait can use the Flex execution class (ExecutionClass FLEX) for Glue 3.0 or later Spark ETL jobs, at a lower price than the standard class.',
        source: GLUE_JOB_DOC,
        checked: today,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/glue/latest/dg/trigger-job.html',
  },
  {
    id: 'glue-findmatches',
    name: 'AWS Glue FindMatches ML transform',
    roles: ['transform'],
    summary: 'Finds duplicate or matching records with no common unique id and no exact field match, without writing code.',
    cardNotes: [
      {
        card: 'Glue FindMatches',
        notes: ['Identifies duplicate or matching records even without a common unique identifier or exact field matches; no code or ML knowledge needed'],
      },
    ],
    facts: [
      {
        statement:
          'FindMatches learns from labelled examples of matching and non-matching records; PrecisionRecallTradeoff and AccuracyCostTradeoff tune it, and "estimate quality" reports precision and recall.',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/machine-learning-precision-recall-tradeoff.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/glue/latest/dg/machine-learning.html',
  },
  {
    id: 'dms',
    name: 'AWS Database Migration Service (DMS)',
    roles: ['migrate'],
    summary: 'Moves relational databases, warehouses and NoSQL stores into AWS or S3, once or with ongoing change data capture.',
    cardNotes: [
      {
        card: 'Database Migration Service (DMS)',
        notes: [
          'Migrates relational databases, data warehouses, NoSQL databases and other data stores',
          'Can migrate data to S3 from any supported database source',
        ],
      },
    ],
    facts: [
      {
        statement: 'Task types are full-load, cdc and full-load-and-cdc.',
        source: 'https://docs.aws.amazon.com/dms/latest/APIReference/API_StartReplicationTask.html',
        checked,
      },
      {
        statement: 'An S3 target writes CSV by default or Apache Parquet (DataFormat=parquet).',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html',
        checked,
      },
      {
        statement: 'CDC is not real-time replication and has no latency SLA; lag can reach several minutes or more.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Task.CDC.html',
        checked: today,
      },
      {
        statement:
          'Sources include Oracle, SQL Server, MySQL, MariaDB, PostgreSQL, SAP ASE (Sybase), IBM Db2 LUW and z/OS, MongoDB and DocumentDB. Teradata is a source of neither DMS nor DMS Schema Conversion: AWS SCT converts Teradata schemas and scripts, and its data extraction agents move the data to S3 or Redshift.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Introduction.Sources.html',
        checked: today,
      },
      {
        statement:
          'CDC files written to S3 (CSV or Parquet) carry the operation in their first field: I, U or D for insert, update or delete (IncludeOpForFullLoad adds it to full-load files too). They are a change log, not current state: a Glue or EMR job merges them into Apache Iceberg (or Hudi) tables before analysts query them.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html',
        checked: today,
      },
      {
        statement:
          'A PostgreSQL source needs logical replication: on RDS and Aurora set rds.logical_replication=1 in the parameter group (it sets wal_level=logical), on a self-managed server set wal_level=logical, with max_replication_slots and max_wal_senders sized for the tasks.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.PostgreSQL.html',
        checked: today,
      },
      {
        statement:
          'A MySQL source needs binary logging with binlog_format=ROW and binlog_row_image=FULL, and binary logs kept long enough for the task to read them (on RDS: call mysql.rds_set_configuration(\'binlog retention hours\', 24) or more).',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MySQL.html',
        checked: today,
      },
      {
        statement:
          'A SQL Server source captures changes with MS-Replication for tables with primary keys and MS-CDC for tables without (on RDS for SQL Server, MS-CDC); it needs the full recovery model and Enterprise, Standard (2016 and later) or Developer edition. Web and Workgroup editions support full load only.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.SQLServer.CDC.html',
        checked: today,
      },
      {
        statement:
          'Aurora MySQL, Aurora PostgreSQL, RDS for MySQL, RDS for PostgreSQL and RDS for Oracle reach Redshift through zero-ETL integrations with no pipeline to run; DMS stays the route for other sources and for targets such as S3.',
        source: ZERO_ETL_DOC,
        checked: today,
      },
      {
        statement: 'AWS DMS Fleet Advisor reached end of support on 20 May 2026; its console and resources are no longer accessible.',
        source: 'https://docs.aws.amazon.com/dms/latest/APIReference/API_DeleteFleetAdvisorCollector.html',
        checked: today,
      },
      {
        statement: 'Heterogeneous migrations convert the schema first with DMS Schema Conversion or AWS SCT; DMS Serverless sizes capacity automatically.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Serverless.html',
        checked,
      },
    ],
    limits: [
      { name: 'task types', value: 'full-load, cdc, full-load-and-cdc', source: 'https://docs.aws.amazon.com/dms/latest/APIReference/API_StartReplicationTask.html' },
      { name: 'CDC latency', value: 'no SLA: several minutes or more', source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Task.CDC.html' },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html',
  },
  {
    id: 'athena',
    name: 'Amazon Athena',
    roles: ['query'],
    summary: 'Serverless SQL over data in S3 through the Glue Data Catalog; results land in S3 (or in Athena-managed storage); used for pre-processing ahead of ML.',
    cardNotes: [
      {
        card: 'Athena',
        notes: ['Query S3 with SQL', 'Source data from multiple S3 locations', 'Save outputs to S3', 'Use for data pre-processing ahead of ML'],
      },
      { card: 'Simple ML workflow', notes: ['Athena queries S3 via the catalogue and provides data to SageMaker'] },
    ],
    facts: [
      {
        statement:
          'Queries are billed per data scanned (about $5 per TB in most Regions, 10 MB minimum), so Parquet or ORC and partitioning cut cost.',
        source: 'https://aws.amazon.com/athena/pricing/',
        checked,
      },
      {
        statement:
          'Query results go to an S3 location set per query or by the workgroup, or, since 2025, to Athena-managed storage when the workgroup uses managed query results: then no S3 results location is needed (and none may be given).',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/managed-results.html',
        checked: today,
      },
      {
        statement:
          'Federated queries reach DynamoDB and other stores outside S3 through data source connectors; since 21 April 2026 some newly created connectors are registered as Glue Data Catalogs and run without a Lambda function in your account.',
        source: ATHENA_FEDERATED_DOC,
        checked: today,
      },
      {
        statement:
          'Another account\'s Glue Data Catalog can be registered in Athena and queried as catalog.database.table, but not when it is encrypted with an AWS managed key (use a customer managed key), and CREATE VIEW over it is not supported.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/security-iam-cross-account-glue-catalog-access.html',
        checked: today,
      },
    ],
    limits: [
      { name: 'query string length', value: '262,144 bytes (not adjustable)', source: 'https://docs.aws.amazon.com/athena/latest/ug/service-limits.html' },
      { name: 'DML query timeout', value: 'up to 240 minutes (raised by request)', source: 'https://docs.aws.amazon.com/athena/latest/ug/service-limits.html' },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/athena/latest/ug/what-is.html',
  },
  {
    id: 'quicksight',
    name: 'Amazon Quick Sight (formerly Amazon QuickSight)',
    roles: ['visualize'],
    summary:
      'BI for end users, part of Amazon Quick Suite: dashboards, emailed reports and embedded reports over Athena, S3, Redshift and other sources; DynamoDB is reached through Athena.',
    cardNotes: [
      {
        card: 'Quicksight',
        notes: [
          'AWS BI tool: dashboards, email reports, embedded reports',
          'End-user application in the browser, outside the AWS console',
          'Plugs into many data sources such as DynamoDB, S3 and SQL databases',
        ],
      },
      { card: 'Kinesis Data Analytics', notes: ['A BI tool, not a stream processor'] },
    ],
    facts: [
      {
        statement: 'QuickSight is now called Amazon Quick Sight, the BI part of Amazon Quick Suite; the BI features and the quicksight API stay.',
        source: 'https://docs.aws.amazon.com/quicksight/latest/APIReference/Welcome.html',
        checked: today,
      },
      {
        statement:
          'Quick Sight has no native DynamoDB data source: reach DynamoDB through Athena\'s DynamoDB connector (Athena Federated Query, with Athena as the Quick Sight data source), or export the table to S3 and query the export with Athena.',
        source: QUICK_SIGHT_SOURCES_DOC,
        checked: today,
      },
    ],
    limits: [],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon QuickSight'],
      since: '2025-10-09',
      note: 'Amazon QuickSight is now Amazon Quick Sight, part of Amazon Quick Suite; dashboards, email reports and embedded reports carry on.',
    },
    documentation: 'https://docs.aws.amazon.com/quicksuite/latest/userguide/welcome.html',
  },
  {
    id: 'kinesis-video-streams',
    name: 'Amazon Kinesis Video Streams',
    roles: ['ingest'],
    summary: 'Securely streams video from connected devices into AWS for analytics, ML, playback and other processing.',
    cardNotes: [
      { card: 'Kinesis video streams', notes: ['Securely stream video from connected devices to AWS for analytics, ML, playback and other processing'] },
      { card: 'Kinesis', notes: ['Lots of video data from few sources'] },
      { card: 'Sample architecture from video camera', notes: ['Cameras stream through Kinesis Video Streams to Rekognition Video'] },
    ],
    facts: [
      {
        statement: 'Data retention defaults to 0 hours (nothing persisted beyond a short host buffer); set DataRetentionInHours to keep video for playback.',
        source: 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_CreateStream.html',
        checked,
      },
      {
        statement: 'Producers use the producer SDK (C++, with the kvssink GStreamer plugin; Java; Android; C).',
        source: 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/producer-sdk.html',
        checked,
      },
      {
        statement:
          'Image extraction turns video into frames with no stream processor: with an image generation configuration the stream writes images to an S3 bucket as video arrives (from fragments the producer tags, at most one image every 200 ms). These frames are the input a new account uses for Rekognition Image or its own model.',
        source: KVS_IMAGES_DOC,
        checked: today,
      },
      {
        statement:
          'GetImages returns JPEG or PNG images from archived video on request: call GetDataEndpoint first; one call covers at most 300 seconds of video, sampled no more often than every 200 ms.',
        source: KVS_GET_IMAGES_DOC,
        checked: today,
      },
      {
        statement:
          'Rekognition Video stream processors read from Kinesis Video Streams, but they have been closed to new customers since 30 April 2026; accounts that used them in the previous 12 months keep them.',
        source: REKOGNITION_STREAMING_DOC,
        checked: today,
      },
    ],
    limits: [
      { name: 'image sampling interval', value: 'at least 200 ms (at most 5 images per second)', source: KVS_GET_IMAGES_DOC },
      { name: 'GetImages time range', value: 'at most 300 seconds of video per call', source: KVS_GET_IMAGES_DOC },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/what-is-kinesis-video.html',
  },
  {
    id: 'kinesis-data-streams',
    name: 'Amazon Kinesis Data Streams',
    roles: ['ingest'],
    summary:
      'A durable, replayable stream for custom real-time processing by Flink, Spark on EMR, EC2 or Lambda, read by several consumers at once.',
    cardNotes: [
      {
        card: 'Kinesis data streams',
        notes: [
          'General endpoint for ingesting large amounts of data for processing by Kinesis Data Analytics, Spark/EMR, EC2 or Lambda',
          'Collect and process large streams of data records in real time with your own stream applications',
        ],
      },
      { card: 'Kinesis', notes: ['Large-scale ingestion: small records from many sources (IoT)'] },
      { card: 'Sample architecture from IoT device', notes: ['Ingestion of the IoT stream is handled by Kinesis Data Streams'] },
    ],
    facts: [
      {
        statement:
          'Per shard: 1 MB/s or 1,000 records/s in; 2 MB/s out shared by standard consumers; enhanced fan-out gives each registered consumer its own 2 MB/s per shard.',
        source: KDS_LIMITS_DOC,
        checked,
      },
      {
        statement: 'Retention is 24 hours by default, up to 8,760 hours (365 days); retention past 24 hours is charged.',
        source: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
        checked,
      },
      {
        statement:
          'On-demand streams start at 4 MB/s write and 8 MB/s read and scale with traffic (to 10 GB/s write in us-east-1, us-west-2 and eu-west-1; 200 MB/s elsewhere by default). On-demand Advantage prices ingest at least 60% lower and allows 50 enhanced fan-out consumers.',
        source: 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html',
        checked,
      },
      {
        statement: 'Records are up to 1 MiB by default; a stream can be configured for records up to 10 MiB.',
        source: 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html',
        checked,
      },
      {
        statement:
          'Standard consumers share each shard\'s 2 MB/s and 5 GetRecords calls per second: records reach them in about 200 ms on average with one consumer, about 1,000 ms with five. Enhanced fan-out pushes records over HTTP/2 to each registered consumer with its own 2 MB/s per shard, typically in about 70 ms however many consumers there are.',
        source: KDS_FAN_OUT_DOC,
        checked: today,
      },
      {
        statement:
          'With a standard iterator, Lambda polls each shard at a base rate of once per second and shares the shard\'s read throughput with the other standard consumers; mapped to an enhanced fan-out consumer, it gets records pushed over a dedicated connection.',
        source: LAMBDA_KINESIS_DOC,
        checked: today,
      },
      {
        statement:
          'On-demand Advantage, an account-level mode with a minimum throughput commitment, adds warm throughput (a stream pre-scaled for the write peak you expect), prices ingest, retrieval and extended retention at least 60% below On-demand Standard, and allows 50 enhanced fan-out consumers per stream instead of 20.',
        source: KDS_MODES_DOC,
        checked: today,
      },
    ],
    limits: [
      { name: 'write per shard', value: '1 MB/s or 1,000 records/s', source: KDS_LIMITS_DOC },
      {
        name: 'shared read per shard',
        value: '2 MB/s or 2,000 records/s, 5 GetRecords calls/s shared by all standard consumers (each call up to 10 MB or 10,000 records)',
        source: KDS_LIMITS_DOC,
      },
      { name: 'propagation delay (average)', value: 'about 200 ms shared with one consumer (about 1,000 ms with five); about 70 ms with enhanced fan-out', source: KDS_FAN_OUT_DOC },
      { name: 'Lambda polling with a standard iterator', value: 'once per second per shard', source: LAMBDA_KINESIS_DOC },
      { name: 'enhanced fan-out consumers per stream', value: '20 (50 with On-demand Advantage)', source: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html' },
      { name: 'retention', value: '24 h default, 8,760 h maximum', source: KDS_LIMITS_DOC },
      {
        name: 'shards per account (default quota)',
        value: '20,000 in us-east-1, us-west-2 and eu-west-1; 1,000 or 6,000 in other Regions',
        source: KDS_LIMITS_DOC,
      },
      { name: 'record size', value: '1 MiB default, configurable to 10 MiB', source: 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html' },
      {
        name: 'on-demand maximum throughput per stream',
        value: '10 GB/s write, 20 GB/s read in us-east-1, us-west-2 and eu-west-1; 200 MB/s write, 400 MB/s read elsewhere (raisable)',
        source: KDS_LIMITS_DOC,
      },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/streams/latest/dev/introduction.html',
  },
  {
    id: 'kinesis-data-firehose',
    name: 'Amazon Data Firehose (formerly Kinesis Data Firehose)',
    roles: ['ingest'],
    summary:
      'Fully managed delivery of streaming data into S3, Redshift, OpenSearch, Splunk, HTTP endpoints and more, with optional transformation; not for custom processing or real-time metrics.',
    cardNotes: [
      {
        card: 'Kinesis Data Firehose',
        notes: [
          'Simple endpoint to stream data into S3, Redshift, Elasticsearch (now OpenSearch) and Splunk',
          'Can transform data before delivering',
          'Is NOT designed for custom data stream processing and real-time metrics (use Kinesis Data Streams)',
        ],
      },
      { card: 'Simple ML workflow', notes: ['Firehose ingests data into S3'] },
    ],
    facts: [
      {
        statement: 'Renamed Amazon Data Firehose in February 2024; APIs still use the firehose name.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html',
        checked,
      },
      {
        statement:
          'Destinations today: S3, Redshift (staged in S3, then loaded with COPY), OpenSearch Service and OpenSearch Serverless, Splunk, Snowflake, Apache Iceberg tables (including S3 Tables), any HTTP endpoint and SaaS partners such as Datadog and New Relic.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html',
        checked: today,
      },
      {
        statement:
          'Buffering hints depend on the destination: S3 1 to 128 MiB and 0 to 900 s (defaults 5 MiB, 300 s); Splunk 1 to 5 MB and 0 to 60 s (defaults 5 MB, 60 s); OpenSearch Service and OpenSearch Serverless 1 to 100 MB and 0 to 900 s; HTTP endpoints 1 to 64 MB and 0 to 900 s; Redshift is loaded from the intermediate S3 bucket, so the S3 hints apply. Setting the size or the interval means setting both, and Firehose delivers when the first is reached.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html',
        checked: today,
      },
      {
        statement:
          'Record format conversion (JSON to Parquet or ORC, with a Glue Data Catalog table as the schema) works only with the S3 destination, not with Redshift, OpenSearch or Splunk; it turns S3 compression off, since the serializer applies Snappy. Other transforms run in a Lambda function.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/enable-record-format-conversion.html',
        checked: today,
      },
      {
        statement: 'The Parquet and ORC serializers write blocks of at least 64 MiB (256 MiB by default), so plan a buffer of 64 to 128 MiB for a stream that converts format.',
        source: `${FIREHOSE_API}/API_ParquetSerDe.html`,
        checked: today,
      },
      {
        statement: 'Firehose keeps no replayable copy of the stream; a Kinesis data stream can be its source when replay or other consumers are needed.',
        source: 'https://docs.aws.amazon.com/streams/latest/dev/kdf-consumer.html',
        checked,
      },
      {
        statement:
          'A Firehose stream reads from Direct PUT, a Kinesis data stream or Amazon MSK. With a Kinesis data stream as its source, the stream\'s shard limits govern throughput, not the Direct PUT quotas.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/writing-with-kinesis-streams.html',
        checked: today,
      },
      {
        statement:
          'Direct PUT quotas are per stream and differ by Region: 500,000 records/s, 2,000 requests/s and 5 MiB/s in US East (N. Virginia), US West (Oregon) and Europe (Ireland); 100,000 records/s, 1,000 requests/s and 1 MiB/s in the other Regions. The three are one combined quota for PutRecord and PutRecordBatch and scale together when raised (5 to 10 MiB/s brings 4,000 requests/s and 1,000,000 records/s); a producer above them needs a raised quota or a Kinesis data stream in front.',
        source: FIREHOSE_LIMITS_DOC,
        checked: corrected,
      },
      {
        statement:
          'With an Amazon MSK topic as its source, a Firehose stream reads at most 10 MB/s per partition by default (raisable) and takes records up to 10 MB, or 6 MB when a Lambda transform is on; larger records go to the S3 error bucket.',
        source: FIREHOSE_LIMITS_DOC,
        checked: corrected,
      },
      {
        statement:
          'DynamoDB is not a Firehose destination: records bound for a DynamoDB table need another writer, such as a Lambda function consuming a Kinesis data stream.',
        source: FIREHOSE_DESTINATIONS_DOC,
        checked: corrected,
      },
      {
        statement:
          'Where real-time reads are served elsewhere (a data stream\'s consumers, OpenSearch), buffer the S3 delivery for Athena at 64 to 128 MiB and up to 900 s: fewer, larger objects, and Parquet conversion needs at least 64 MiB anyway. Small real-time buffers only make many small files.',
        source: FIREHOSE_BUFFERING_DOC,
        checked: corrected,
      },
      {
        statement:
          'With dynamic partitioning on, a stream may hold 500 active partitions in its buffer by default (raisable to 5,000); each active partition takes up to 1 GB/s.',
        source: FIREHOSE_LIMITS_DOC,
        checked: corrected,
      },
    ],
    limits: [
      { name: 'record size', value: '1,000 KiB', source: FIREHOSE_LIMITS_DOC },
      { name: 'PutRecordBatch', value: '500 records or 4 MiB per call (not adjustable)', source: `${FIREHOSE_API}/API_PutRecordBatch.html` },
      {
        name: 'Direct PUT throughput per stream (default quota)',
        value: '5 MiB/s, 2,000 requests/s, 500,000 records/s in us-east-1, us-west-2 and eu-west-1; 1 MiB/s, 1,000 requests/s, 100,000 records/s elsewhere; raisable; not used when a Kinesis data stream or Amazon MSK is the source',
        source: FIREHOSE_LIMITS_DOC,
      },
      { name: 'Direct PUT Regions with the larger default quota', value: 'us-east-1, us-west-2, eu-west-1', source: FIREHOSE_LIMITS_DOC },
      { name: 'Direct PUT MiB/s per stream, larger Regions (default quota)', value: '5', source: FIREHOSE_LIMITS_DOC },
      { name: 'Direct PUT MiB/s per stream, other Regions (default quota)', value: '1', source: FIREHOSE_LIMITS_DOC },
      { name: 'Direct PUT requests/s per stream, larger Regions (default quota)', value: '2,000', source: FIREHOSE_LIMITS_DOC },
      { name: 'Direct PUT requests/s per stream, other Regions (default quota)', value: '1,000', source: FIREHOSE_LIMITS_DOC },
      { name: 'Direct PUT records/s per stream, larger Regions (default quota)', value: '500,000', source: FIREHOSE_LIMITS_DOC },
      { name: 'Direct PUT records/s per stream, other Regions (default quota)', value: '100,000', source: FIREHOSE_LIMITS_DOC },
      { name: 'Direct PUT quota increase', value: 'records/s, requests/s and MiB/s scale together (10 MiB/s brings 4,000 requests/s and 1,000,000 records/s)', source: FIREHOSE_LIMITS_DOC },
      { name: 'read throughput per partition with Amazon MSK as the source (default quota)', value: '10 MB/s (raisable)', source: FIREHOSE_LIMITS_DOC },
      { name: 'record size with Amazon MSK as the source', value: '10 MB, or 6 MB with a Lambda transform', source: FIREHOSE_LIMITS_DOC },
      { name: 'buffering for objects Athena queries', value: '64 to 128 MiB, up to 900 s', source: FIREHOSE_BUFFERING_DOC },
      { name: 'dynamic partitioning active partitions per stream (default quota)', value: '500 (raisable to 5,000)', source: FIREHOSE_LIMITS_DOC },
      { name: 'destinations', value: 'S3, Redshift, OpenSearch Service and Serverless, Splunk, Snowflake, Apache Iceberg tables, HTTP endpoints, SaaS partners; not DynamoDB', source: FIREHOSE_DESTINATIONS_DOC },
      { name: 'buffering to S3', value: '1 to 128 MiB, 0 to 900 s (defaults 5 MiB, 300 s)', source: `${FIREHOSE_API}/API_BufferingHints.html` },
      { name: 'buffering to Splunk', value: '1 to 5 MB, 0 to 60 s (defaults 5 MB, 60 s)', source: `${FIREHOSE_API}/API_SplunkBufferingHints.html` },
      { name: 'buffering to OpenSearch', value: '1 to 100 MB, 0 to 900 s (defaults 5 MB, 300 s)', source: `${FIREHOSE_API}/API_AmazonopensearchserviceBufferingHints.html` },
      { name: 'buffering to an HTTP endpoint', value: '1 to 64 MB, 0 to 900 s (defaults 5 MB, 300 s)', source: `${FIREHOSE_API}/API_HttpEndpointBufferingHints.html` },
      { name: 'buffering to Redshift', value: 'the S3 hints, through the intermediate S3 bucket', source: 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html' },
      { name: 'record format conversion', value: 'S3 destination only; plan a buffer of 64 MiB or more', source: 'https://docs.aws.amazon.com/firehose/latest/dev/enable-record-format-conversion.html' },
    ],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon Kinesis Data Firehose'],
      since: '2024-02-09',
      note: 'Amazon Kinesis Data Firehose is now Amazon Data Firehose; the reasoning is unchanged.',
    },
    documentation: 'https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html',
  },
  {
    id: 'managed-service-for-apache-flink',
    name: 'Amazon Managed Service for Apache Flink (formerly Kinesis Data Analytics)',
    roles: ['process'],
    summary: 'Runs Apache Flink applications (Java, Scala, Python or Flink SQL) over streams for real-time metrics, aggregations and anomaly detection; not a BI tool.',
    cardNotes: [
      {
        card: 'Kinesis Data Analytics',
        notes: ['Processes streaming data from Kinesis Streams or Firehose at scale using SQL or Java libraries', 'Not a BI tool like QuickSight'],
      },
    ],
    facts: [
      {
        statement: 'Kinesis Data Analytics for Apache Flink (Java) became Amazon Managed Service for Apache Flink on 30 August 2023.',
        source: 'https://docs.aws.amazon.com/managed-flink/latest/java/what-is.html',
        checked,
      },
      {
        statement:
          'Kinesis Data Analytics for SQL is retired: no new applications since 15 October 2025, applications deleted from 27 January 2026. Flink SQL (Studio notebooks or applications) replaces it.',
        source: 'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/discontinuation.html',
        checked: today,
      },
      {
        statement:
          'Capacity is counted in Kinesis Processing Units: one KPU is 1 vCPU, 4 GB of memory (1 GB native, 3 GB heap) and 50 GB of running application storage, and each application is charged one more KPU for orchestration.',
        source: FLINK_RESOURCES_DOC,
        checked: today,
      },
      {
        statement:
          'KPUs allocated = Parallelism ÷ ParallelismPerKPU, rounded up (ParallelismPerKPU 1 to 8, default 1; Parallelism up to 256). Size parallelism from the throughput and the state each subtask holds; automatic scaling is on by default, and an application may use 64 KPUs unless the quota is raised.',
        source: FLINK_SCALING_DOC,
        checked: today,
      },
      {
        statement:
          'With automatic scaling on, the service raises the application\'s parallelism under load up to its maximum parallelism, which is ParallelismPerKPU times the application\'s maximum KPUs (64 unless the quota is raised), and lowers it back to the Parallelism setting when load drops.',
        source: FLINK_PARALLELISM_API,
        checked: corrected,
      },
      {
        statement:
          'Parallelism is not the shard count: each subtask is a thread on a KPU\'s one vCPU and 4 GB, so parallelism is sized from the work per record and the state each subtask keeps, and KPUs follow as parallelism divided by ParallelismPerKPU whatever the number of shards or partitions read.',
        source: FLINK_RESOURCES_DOC,
        checked: corrected,
      },
      {
        statement:
          'Flink applications read Amazon MSK topics through the Apache Kafka connector; the aws-msk-iam-auth library authenticates to the cluster with IAM, and Studio notebooks created in the console bundle both.',
        source: FLINK_CONNECTORS_DOC,
        checked: corrected,
      },
    ],
    limits: [
      { name: 'Kinesis Processing Unit (KPU)', value: '1 vCPU, 4 GB memory, 50 GB running application storage', source: FLINK_RESOURCES_DOC },
      { name: 'orchestration', value: '1 extra KPU per application', source: FLINK_RESOURCES_DOC },
      { name: 'KPUs per application (default quota)', value: '64 (raisable)', source: FLINK_SCALING_DOC },
      { name: 'ParallelismPerKPU', value: '1 to 8 (default 1)', source: FLINK_SCALING_DOC },
      { name: 'Parallelism setting', value: '1 by default, at most 256', source: FLINK_SCALING_DOC },
      { name: 'maximum parallelism', value: 'ParallelismPerKPU × the KPU quota (64 at the defaults)', source: FLINK_PARALLELISM_API },
      { name: 'KPUs allocated', value: 'Parallelism ÷ ParallelismPerKPU, rounded up, plus 1 for orchestration; not the shard count', source: FLINK_RESOURCES_DOC },
    ],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon Kinesis Data Analytics', 'Kinesis Data Analytics for Java'],
      since: '2023-08-30',
      note: 'Kinesis Data Analytics is gone: its SQL flavour was retired (no new applications from 15 October 2025, deleted from 27 January 2026) and its Java flavour is now Amazon Managed Service for Apache Flink, which also runs Flink SQL.',
    },
    documentation: 'https://docs.aws.amazon.com/managed-flink/latest/java/what-is.html',
  },
  {
    id: 'emr',
    name: 'Amazon EMR',
    roles: ['process'],
    summary: 'Managed clusters for massively parallel, petabyte-scale Spark, Hadoop and HBase, integrated with S3.',
    cardNotes: [
      {
        card: 'EMR',
        notes: [
          'Managed service for hosting massively parallel compute tasks',
          'Integrates with S3; petabyte-scale processing',
          'Uses big data tools: Spark, Hadoop, HBase',
        ],
      },
      { card: 'Sample architecture from IoT device', notes: ['EMR/Spark handles processing of the stream'] },
      { card: 'Simple ML workflow', notes: ['For a large data set, EMR/Spark instead of or with Athena'] },
    ],
    facts: [
      {
        statement: 'A cluster has a primary node, core nodes (HDFS DataNode) and optional task nodes (compute only).',
        source: EMR_NODES_DOC,
        checked,
      },
      {
        statement:
          'For long-running clusters and data-critical work, run the primary and core nodes On-Demand (core nodes hold HDFS, so losing one risks data) and add Spot capacity as task nodes; all-Spot clusters suit only cost-driven or test work that can lose partial work.',
        source: EMR_GUIDELINES_DOC,
        checked: today,
      },
      {
        statement: 'EC2 gives a Spot Instance a two-minute interruption notice before reclaiming it.',
        source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html',
        checked: today,
      },
      {
        statement:
          'A streaming job that runs around the clock is a long-running cluster: keep the nodes it cannot lose On-Demand and do not make it depend on Spot capacity, which can be reclaimed at two minutes\' notice; Spot task nodes only add capacity it can afford to lose.',
        source: EMR_GUIDELINES_DOC,
        checked: today,
      },
      {
        statement:
          'A cluster uses instance fleets or uniform instance groups for all its nodes, for its whole life. A fleet sets target On-Demand and Spot capacity and mixes up to 5 instance types (30 with the CLI or API and an allocation strategy).',
        source: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-group-configuration.html',
        checked: today,
      },
      {
        statement:
          'EMR reads and writes Amazon S3 directly (EMRFS; the S3A connector is the default from EMR 7.10.0), so data kept in S3 persists outside the cluster and is not held in HDFS: a cluster whose data lives in S3 needs only a small On-Demand core group, the rest task nodes (Spot where the job can retry).',
        source: EMRFS_DOC,
        checked: corrected,
      },
    ],
    limits: [
      { name: 'HDFS data of a cluster whose data lives in S3', value: 'none: S3 through EMRFS or S3A holds it; core nodes keep only scratch and logs', source: EMRFS_DOC },
      { name: 'instance groups per cluster', value: '50: one primary, one core, up to 48 task groups', source: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-uniform-instance-group.html' },
      { name: 'instance types per fleet', value: '5 (30 with an allocation strategy via CLI or API)', source: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html' },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-what-is-emr.html',
  },
  {
    id: 'emr-task-nodes',
    name: 'EMR task nodes',
    roles: ['compute'],
    summary: 'Compute-only EMR nodes with no HDFS data, so they can run on Spot and be terminated without data loss.',
    cardNotes: [
      {
        card: 'EMR',
        notes: [
          'Task nodes reduce compute costs by processing data without holding persistent data in HDFS',
          'Terminating a task node does not result in data loss or cause the application to terminate',
        ],
      },
    ],
    facts: [
      {
        statement: 'Task nodes run no HDFS DataNode; they are the usual place for Spot Instances, which get a two-minute interruption notice.',
        source: EMR_NODES_DOC,
        checked,
      },
      {
        statement:
          'A Spot task node that is reclaimed loses no data and affects the cluster little; with the primary and core nodes On-Demand, task groups on Spot add capacity for peaks at lower cost.',
        source: EMR_GUIDELINES_DOC,
        checked: today,
      },
    ],
    limits: [{ name: 'task instance groups per cluster', value: '48 (or use instance fleets)', source: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-uniform-instance-group.html' }],
    lifecycle: { status: 'current' },
    documentation: EMR_NODES_DOC,
  },
  {
    id: 'apache-spark',
    name: 'Apache Spark (on EMR or Glue)',
    roles: ['process'],
    summary: 'A fast engine for massively parallel analytics, deployed over clusters; the engine behind EMR Spark and Glue ETL.',
    cardNotes: [
      { card: 'Apache Spark', notes: ['Fast analytics engine', 'Massive parallel compute', 'Deployed over clusters of resources'] },
    ],
    facts: [
      {
        statement: 'EMR ships Spark as an application; Glue Spark jobs run Spark serverless.',
        source: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark.html',
  },
  {
    id: 'sagemaker',
    name: 'Amazon SageMaker AI',
    roles: ['ml'],
    summary:
      'Managed training, tuning and hosting of ML models (real-time, serverless and asynchronous endpoints, batch transform); takes prepared data from S3, for example an Athena result.',
    cardNotes: [{ card: 'Simple ML workflow', notes: ['Athena provides data to SageMaker for ML'] }],
    facts: [
      {
        statement:
          'On 3 December 2024 the ML service became Amazon SageMaker AI; "Amazon SageMaker" now names the unified platform for data, analytics and AI (with SageMaker Unified Studio and SageMaker Lakehouse). The sagemaker API and CLI, the AmazonSageMaker managed policies and the ml.* instance types keep their names.',
        source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html',
        checked: today,
      },
      {
        statement:
          'SageMaker AI quotas are set per instance type and per use: "ml.p5.48xlarge for training job usage", "ml.g5.xlarge for endpoint usage", "ml.m5.xlarge for transform job usage", separately from EC2\'s On-Demand vCPU quotas. A batch transform needs the transform-job quota for its instance type, an endpoint the endpoint quota; GPU types often start at 0 on a new account, so request the ones you need before the first job.',
        source: SAGEMAKER_QUOTAS_DOC,
        checked: corrected,
      },
      {
        statement:
          'SageMaker AI runs training, processing, batch transform and endpoints in Docker containers (its prebuilt framework images or your own); Deep Learning AMIs are machine images for EC2 instances you run yourself, so no DLAMI is chosen for SageMaker AI.',
        source: SAGEMAKER_CONTAINERS_DOC,
        checked: corrected,
      },
      {
        statement: 'A transform job runs on 1 to 100 instances of one ML instance type (InstanceCount, 1 by default); more than 1 distributes the data set across them.',
        source: SAGEMAKER_TRANSFORM_RESOURCES_DOC,
        checked: corrected,
      },
      {
        statement:
          'Real-time endpoints serve steady, low-latency traffic on instances you choose (CPU, GPU or Inferentia) and scale the instance count with Application Auto Scaling.',
        source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/endpoint-auto-scaling.html',
        checked: today,
      },
      {
        statement:
          'Serverless Inference suits intermittent traffic that can tolerate cold starts: memory 1,024 to 6,144 MB (6 GB at most), no GPUs, and at most 200 concurrent invocations per endpoint.',
        source: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariantServerlessConfig.html',
        checked: today,
      },
      {
        statement:
          'Asynchronous Inference queues requests with payloads up to 1 GB (read from S3) and processing times up to one hour each (15 minutes unless set per request), writes results to S3 with optional SNS notifications, and can scale to zero instances when idle.',
        source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html',
        checked: today,
      },
      {
        statement: 'Batch transform runs offline inference over a whole data set in S3 and keeps no endpoint running afterwards.',
        source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html',
        checked: today,
      },
      {
        statement:
          'Training plans reserve GPU capacity ahead of time, paid upfront, for training jobs or HyperPod clusters at a chosen start time and duration; a training job can also list up to 5 instance types in order of preference, with the quota checked for each.',
        source: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingPlan.html',
        checked: today,
      },
    ],
    limits: [
      { name: 'Serverless Inference memory', value: '1,024 to 6,144 MB (6 GB), no GPUs', source: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariantServerlessConfig.html' },
      { name: 'Serverless Inference concurrency', value: 'at most 200 per endpoint', source: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariantServerlessConfig.html' },
      { name: 'Asynchronous Inference payload', value: 'up to 1 GB (through S3)', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html' },
      { name: 'Asynchronous Inference processing time', value: 'up to 1 hour per request (15 minutes by default)', source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html' },
      { name: 'instance quotas', value: 'per ml.* instance type and use (training, endpoint, transform), separate from EC2', source: SAGEMAKER_QUOTAS_DOC },
      { name: 'quota names by use', value: '"<type> for training job usage", "<type> for endpoint usage", "<type> for transform job usage"', source: SAGEMAKER_QUOTAS_DOC },
      { name: 'instances per transform job', value: '1 to 100 (default 1)', source: SAGEMAKER_TRANSFORM_RESOURCES_DOC },
      { name: 'runtime', value: 'Docker containers (no AMI to choose)', source: SAGEMAKER_CONTAINERS_DOC },
    ],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon SageMaker'],
      since: '2024-12-03',
      note: 'Amazon SageMaker AI is the machine learning service formerly called Amazon SageMaker; since 3 December 2024 "Amazon SageMaker" names the unified data, analytics and AI platform. Its APIs and ml.* instance types keep the sagemaker name.',
    },
    documentation: 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html',
  },
  {
    id: 'sagemaker-spark',
    name: 'SageMaker Spark (aws-sagemaker-spark-sdk on EMR)',
    roles: ['ml'],
    summary: 'A Spark library, installed on EMR, for building Spark ML pipelines with SageMaker training and hosting stages.',
    cardNotes: [
      {
        card: 'Apache Spark',
        notes: [
          'The aws-sagemaker-spark-sdk is installed when using EMR',
          'SageMaker Spark constructs Spark machine learning pipelines using SageMaker stages',
        ],
      },
    ],
    facts: [
      {
        statement: 'EMR installs the aws-sagemaker-spark-sdk component, which provides SageMaker Spark and its dependencies.',
        source: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-sagemaker.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/sagemaker/latest/dg/apache-spark.html',
  },
  {
    id: 'ec2-compute-optimized',
    name: 'EC2 compute optimized instances (C family)',
    roles: ['compute'],
    summary: 'High CPU-to-memory instances for CPU-bound ML (gradient boosting, classic scikit-learn) and inference without GPUs.',
    cardNotes: [
      { card: 'EC2 for Machine Learning', notes: ['Instance types targeted at ML include Compute Optimised and Accelerated Computing (GPU)'] },
    ],
    facts: [
      {
        statement: 'C-family instances count against the "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" vCPU quota.',
        source: EC2_QUOTAS_DOC,
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://aws.amazon.com/ec2/instance-types/#Compute_Optimized',
  },
  {
    id: 'ec2-accelerated-computing',
    name: 'EC2 accelerated computing instances (GPU: P and G families)',
    roles: ['compute'],
    summary:
      'Accelerated instances for ML: P family GPUs for large training (P5, P5e, P5en with NVIDIA H100 or H200; P6-B200 with Blackwell), G family for inference and smaller training (G6 with L4, G6e with L40S), Trainium (Trn1, Trn2) for training and Inferentia2 (Inf2) for inference.',
    cardNotes: [
      {
        card: 'EC2 for Machine Learning',
        notes: [
          'Accelerated Computing (GPU) instances are targeted at ML tasks',
          'A new account cannot spin up large ML instances until it requests a limit increase, which can take a few days',
        ],
      },
    ],
    facts: [
      {
        statement:
          'EC2 quotas are counted in vCPUs per instance-family group; G/VT and P families have their own On-Demand and Spot quotas, and the Spot ones default to 0. Request increases in the Service Quotas console days ahead.',
        source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-limits.html',
        checked,
      },
      {
        statement:
          'Current families: P5 (8 NVIDIA H100), P5e and P5en (8 H200), P6-B200 (8 Blackwell B200), P4d (8 A100), G6 (L4), G6e (L40S) and G5 (A10G) GPUs; AWS Trainium (Trn1, Trn2) for training and Inferentia2 (Inf2) for inference, both through the Neuron SDK.',
        source: EC2_AC_DOC,
        checked: today,
      },
      {
        statement:
          'Each running instance counts its full vCPU count against the quota: p5.48xlarge, p5e.48xlarge, p5en.48xlarge and p6-b200.48xlarge 192 vCPUs each; p4d.24xlarge 96; p5.4xlarge (one H100) 16; g5.xlarge and g6.xlarge 4; g5.48xlarge 192.',
        source: EC2_AC_DOC,
        checked: today,
      },
      {
        statement:
          'On-Demand quotas are per Region and family group, in vCPUs: "Running On-Demand P instances", "Running On-Demand G and VT instances", with Inf and Trn groups of their own. New accounts may start below the default quotas, often at 0 for P and G, so request the increase in Service Quotas days before the first job.',
        source: EC2_QUOTAS_DOC,
        checked: today,
      },
      {
        statement:
          'EC2 Capacity Blocks for ML reserve GPU or Trainium instances for a future window of days to weeks, paid upfront; the instances run in EC2 UltraClusters and are terminated when the block ends.',
        source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-blocks.html',
        checked: today,
      },
    ],
    limits: [
      { name: 'G and P Spot vCPU quota (default)', value: '0 vCPUs until increased', source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-limits.html' },
      {
        name: 'vCPUs per instance (counted against the On-Demand quota)',
        value: 'p5.48xlarge, p5e.48xlarge, p5en.48xlarge, p6-b200.48xlarge: 192; p4d.24xlarge: 96; p5.4xlarge: 16; g5.xlarge, g6.xlarge: 4; g5.48xlarge: 192',
        source: EC2_AC_DOC,
      },
      { name: 'On-Demand quota unit', value: 'vCPUs per Region and family group (P; G and VT; Inf; Trn)', source: EC2_QUOTAS_DOC },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing',
  },
  {
    id: 'dlami-conda',
    name: 'Deep Learning AMI, conda-based (TensorFlow/Keras, MXNet/Gluon, PyTorch)',
    roles: ['compute'],
    summary: 'Pre-built deep-learning images with GPU drivers and frameworks ready to use; today offered as single-framework DLAMIs.',
    cardNotes: [
      {
        card: 'EC2 for Machine Learning',
        notes: ['Conda-based deep learning AMIs for TF/Keras, MXNet/Gluon, PyTorch, with GPU acceleration'],
      },
    ],
    facts: [
      {
        statement:
          'The GPU multi-framework conda DLAMI is no longer offered; AWS publishes single-framework DLAMIs such as "Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.x (Ubuntu 24.04)" and TensorFlow ones, and multi-framework DLAMIs only for AWS Neuron.',
        source: DLAMI_RELEASES_DOC,
        checked,
      },
      {
        statement: 'Apache MXNet (and Gluon) was retired to the Apache Attic in 2023; current DLAMIs no longer ship it.',
        source: 'https://attic.apache.org/projects/mxnet.html',
        checked,
      },      DLAMI_IS_FOR_EC2,
    ],
    limits: [],
    lifecycle: {
      status: 'retired',
      formerNames: ['AWS Deep Learning AMI (conda)'],
      since: '2023-08-31',
      note: 'The conda-based multi-framework DLAMI named on the study cards is no longer offered for GPUs; use the single-framework DLAMI for your framework (PyTorch or TensorFlow).',
    },
    documentation: DLAMI_RELEASES_DOC,
  },
  {
    id: 'dlami-base',
    name: 'Deep Learning Base AMI (low-level, own frameworks)',
    roles: ['compute'],
    summary: 'GPU drivers, CUDA, cuDNN and NCCL without frameworks: the base for custom, low-level ML environments.',
    cardNotes: [{ card: 'EC2 for Machine Learning', notes: ['Deep learning base AMIs for low-level, customised ML'] }],
    facts: [
      {
        statement: 'Current base image: "Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 24.04)", with an ARM64 variant.',
        source: DLAMI_RELEASES_DOC,
        checked,
      },      DLAMI_IS_FOR_EC2,
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: DLAMI_RELEASES_DOC,
  },
  {
    id: 'rekognition-video',
    name: 'Amazon Rekognition Video',
    roles: ['process'],
    summary:
      'Detects faces, objects and activities in stored video (from S3) or live video (from Kinesis Video Streams); live stream processors have been closed to new customers since 30 April 2026.',
    cardNotes: [
      {
        card: 'Sample architecture from video camera',
        notes: ['Rekognition makes predictions such as what it identifies and face recognition', 'These predictions flow through to Kinesis Data Streams'],
      },
    ],
    facts: [
      {
        statement:
          'Stream processors read Kinesis Video Streams. Label detection (connected-home settings: PERSON, PET and PACKAGE, or ALL) sends its results as SNS notifications and S3 output; only face search, against a face collection, writes results to a Kinesis data stream.',
        source: REKOGNITION_STREAMING_DOC,
        checked: today,
      },
      {
        statement: 'Stored-video operations (StartLabelDetection, StartFaceSearch, ...) read from S3 and announce completion on an SNS topic.',
        source: 'https://docs.aws.amazon.com/rekognition/latest/dg/api-video.html',
        checked,
      },
      {
        statement:
          'Since 30 April 2026 streaming video analysis (stream processors) and bulk image analysis are no longer available to new customers; accounts that used them in the previous 12 months can go on using them. Other Rekognition features, stored-video analysis and the image APIs among them, are unaffected.',
        source: REKOGNITION_CHANGES_DOC,
        checked: today,
      },
      {
        statement: 'People Pathing was discontinued on 31 October 2025.',
        source: REKOGNITION_CHANGES_DOC,
        checked,
      },
      {
        statement:
          'A new account\'s live-camera path: Kinesis Video Streams image extraction (to S3 as video arrives, or GetImages on request), then Rekognition Image or a SageMaker AI model on each frame, then Lambda and SNS for the alert.',
        source: KVS_IMAGES_DOC,
        checked: today,
      },
    ],
    limits: [],
    lifecycle: {
      status: 'restricted',
      since: '2026-04-30',
      note: 'Rekognition streaming video (stream processors) and bulk image analysis have been closed to new customers since 30 April 2026; accounts that used them in the previous 12 months keep them. Stored-video analysis is unaffected.',
    },
    documentation: 'https://docs.aws.amazon.com/rekognition/latest/dg/video.html',
  },
  {
    id: 'lambda',
    name: 'AWS Lambda',
    roles: ['process'],
    summary: 'Serverless functions: consume a Kinesis stream, transform Firehose records, or fan predictions out to notifications.',
    cardNotes: [
      { card: 'Kinesis data streams', notes: ['Lambda is one of the processors of a data stream'] },
      { card: 'Sample architecture from video camera', notes: ['A Lambda function takes predictions and triggers SNS'] },
    ],
    facts: [
      {
        statement: 'A Kinesis event source mapping takes batches of up to 10,000 records and up to 10 concurrent batches per shard (ParallelizationFactor).',
        source: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html',
        checked,
      },
      {
        statement: 'Firehose invokes Lambda synchronously for record transformation (6 MB payload, up to 5 minutes).',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
        checked,
      },
      {
        statement:
          'With a standard iterator Lambda polls each shard of a Kinesis data stream at a base rate of once per second and shares the shard\'s read throughput (2 MB/s, 5 GetRecords calls per second) with other standard consumers; mapped to an enhanced fan-out consumer it gets records pushed over a dedicated connection, for lower latency.',
        source: LAMBDA_KINESIS_DOC,
        checked: today,
      },
    ],
    limits: [
      { name: 'maximum run time', value: '15 minutes per invocation', source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html' },
      { name: 'Kinesis polling with a standard iterator', value: 'once per second per shard', source: LAMBDA_KINESIS_DOC },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
  },
  {
    id: 'sns',
    name: 'Amazon SNS',
    roles: ['notify'],
    summary: 'Publish/subscribe notifications, including mobile push and SMS to people\'s phones.',
    cardNotes: [{ card: 'Sample architecture from video camera', notes: ['SNS sends a message to a mobile device to notify the user of a security alert'] }],
    facts: [
      {
        statement: 'SNS delivers mobile push (APNs, FCM, ADM and others), SMS to phone numbers and email.',
        source: 'https://docs.aws.amazon.com/sns/latest/dg/sns-user-notifications.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/sns/latest/dg/welcome.html',
  },
  {
    id: 'redshift',
    name: 'Amazon Redshift',
    roles: ['store', 'query'],
    summary: 'The AWS data warehouse; a Firehose destination (loaded through S3 with COPY) and a DMS target.',
    cardNotes: [{ card: 'Kinesis Data Firehose', notes: ['Redshift is one of Firehose\'s destinations'] }],
    facts: [
      {
        statement: 'Firehose delivers to Redshift provisioned clusters and Serverless workgroups by staging in S3 and issuing COPY.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html',
        checked,
      },
      {
        statement:
          'Zero-ETL integrations replicate Aurora MySQL and PostgreSQL, RDS for MySQL, PostgreSQL and Oracle, and DynamoDB into Redshift with no pipeline to build; the target is Redshift Serverless or an RA3 cluster, and the replicated database is read-only.',
        source: ZERO_ETL_DOC,
        checked: today,
      },
      {
        statement:
          'Python user-defined functions are past their end of support: no new ones from Patch 198, and existing ones are unsupported after 30 June 2026. Use SQL or Lambda user-defined functions instead.',
        source: 'https://docs.aws.amazon.com/redshift/latest/dg/user-defined-functions.html',
        checked: today,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/redshift/latest/mgmt/welcome.html',
  },
  {
    id: 'opensearch',
    name: 'Amazon OpenSearch Service (formerly Elasticsearch Service)',
    roles: ['store', 'query'],
    summary: 'Search and log analytics; a destination of Firehose and of OpenSearch Ingestion pipelines.',
    cardNotes: [{ card: 'Kinesis Data Firehose', notes: ['Elasticsearch (now OpenSearch) is one of Firehose\'s destinations'] }],
    facts: [
      {
        statement: 'Amazon Elasticsearch Service was renamed Amazon OpenSearch Service on 8 September 2021.',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html',
        checked: today,
      },
      {
        statement: 'As a Firehose destination, OpenSearch Service domains and OpenSearch Serverless collections take buffering hints of 1 to 100 MB and 0 to 900 s.',
        source: `${FIREHOSE_API}/API_AmazonopensearchserviceBufferingHints.html`,
        checked: today,
      },
      {
        statement:
          'OpenSearch Ingestion, serverless pipelines built on Data Prepper, is the alternative to Firehose when logs, traces or events must be filtered, enriched or routed on the way in.',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ingestion.html',
        checked: today,
      },
    ],
    limits: [{ name: 'Firehose buffering', value: '1 to 100 MB, 0 to 900 s', source: `${FIREHOSE_API}/API_AmazonopensearchserviceBufferingHints.html` }],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon Elasticsearch Service'],
      since: '2021-09-08',
      note: 'Amazon Elasticsearch Service is now Amazon OpenSearch Service (OpenSearch Serverless collections are a destination too).',
    },
    documentation: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html',
  },
  {
    id: 'splunk',
    name: 'Splunk (third-party destination)',
    roles: ['store'],
    summary: 'Third-party log analysis and reporting; Firehose delivers to a Splunk HTTP Event Collector.',
    cardNotes: [{ card: 'Kinesis Data Firehose', notes: ['Splunk (3rd party data analysis, reporting software) is one of Firehose\'s destinations'] }],
    facts: [
      {
        statement: 'Firehose sends to Splunk through an HTTP Event Collector (HEC) token and endpoint, with failed events backed up to S3.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html',
        checked,
      },
      {
        statement: 'Firehose buffers for Splunk between 1 and 5 MB and between 0 and 60 s (60 s by default), far less than the 128 MiB and 900 s it allows for S3.',
        source: `${FIREHOSE_API}/API_SplunkBufferingHints.html`,
        checked: today,
      },
    ],
    limits: [{ name: 'Firehose buffering', value: '1 to 5 MB, 0 to 60 s (defaults 5 MB, 60 s)', source: `${FIREHOSE_API}/API_SplunkBufferingHints.html` }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html',
  },
  {
    id: 'dynamodb',
    name: 'Amazon DynamoDB',
    roles: ['store'],
    summary: 'Serverless key-value and document database for transactional, single-digit-millisecond workloads; crawlable by Glue.',
    cardNotes: [
      { card: 'AWS Glue', notes: ['Glue also crawls DynamoDB'] },
      { card: 'Quicksight', notes: ['QuickSight can plug into DynamoDB'] },
    ],
    facts: [
      {
        statement: 'DynamoDB supports ACID transactions across items (TransactWriteItems, up to 100 actions).',
        source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html',
        checked,
      },
      {
        statement:
          'Quick Sight has no native DynamoDB data source: dashboards reach DynamoDB through Athena\'s DynamoDB connector, or through an export of the table to S3.',
        source: QUICK_SIGHT_SOURCES_DOC,
        checked: today,
      },
      {
        statement:
          'Export to S3 (which needs point-in-time recovery) writes a full or incremental export of a table to S3 without using read capacity; Athena or Glue can then read it.',
        source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.HowItWorks.html',
        checked: today,
      },
      {
        statement: 'A zero-ETL integration replicates a DynamoDB table into Redshift with no pipeline to build.',
        source: ZERO_ETL_DOC,
        checked: today,
      },      {
        statement:
          'DynamoDB is a key-value and document database: items are read and written by primary key (and secondary indexes), with no joins across tables. It fits key-value access patterns; a relational source whose application relies on SQL, joins and multi-table transactions stays relational, on Aurora or RDS.',
        source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
        checked: corrected,
      },
    ],
    limits: [{ name: 'item size', value: '400 KB', source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html' }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  },
];
