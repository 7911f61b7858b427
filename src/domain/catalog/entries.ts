import type { CatalogEntry } from './schema.js';

/** Date every fact below was last checked against AWS documentation. */
export const FACTS_CHECKED = '2026-11-26';
const checked = FACTS_CHECKED;

const S3_ENCRYPTION_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html';
const KDS_LIMITS_DOC = 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html';
const FIREHOSE_LIMITS_DOC = 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html';
const EMR_NODES_DOC = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html';
const EC2_QUOTAS_DOC = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html';
const DLAMI_RELEASES_DOC = 'https://docs.aws.amazon.com/dlami/latest/devguide/appendix-ami-release-notes.html';
const REKOGNITION_CHANGES_DOC = 'https://docs.aws.amazon.com/rekognition/latest/dg/rekognition-availability-changes.html';

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
        checked,
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
        checked,
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
      'Encryption at rest under a KMS key you control: created in KMS or with imported key material, with key policies and an audit trail of every use.',
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
    ],
    limits: [],
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
    ],
    limits: [],
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
        statement: 'CDC is not real-time replication and has no latency SLA; lag can reach minutes.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Task.CDC.html',
        checked,
      },
      {
        statement:
          'Sources include Oracle, SQL Server, MySQL, MariaDB, PostgreSQL, SAP ASE (Sybase), IBM Db2 LUW and z/OS, MongoDB and DocumentDB; Teradata is not a DMS source (use AWS SCT data extraction agents).',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Introduction.Sources.html',
        checked,
      },
      {
        statement: 'Heterogeneous migrations convert the schema first with DMS Schema Conversion or AWS SCT; DMS Serverless sizes capacity automatically.',
        source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Serverless.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html',
  },
  {
    id: 'athena',
    name: 'Amazon Athena',
    roles: ['query'],
    summary: 'Serverless SQL over data in S3 through the Glue Data Catalog; results land in S3; used for pre-processing ahead of ML.',
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
        statement: 'Each query needs a result location in S3 (set on the workgroup) or managed query results in Athena-owned storage.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/query-results-specify-location.html',
        checked,
      },
    ],
    limits: [{ name: 'query string length', value: '262,144 bytes (not adjustable)', source: 'https://docs.aws.amazon.com/athena/latest/ug/service-limits.html' }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/athena/latest/ug/what-is.html',
  },
  {
    id: 'quicksight',
    name: 'Amazon QuickSight (now Amazon Quick Sight in Amazon Quick Suite)',
    roles: ['visualize'],
    summary: 'BI for end users: dashboards, emailed reports and embedded reports over S3, Athena, Redshift, DynamoDB and other sources.',
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
        statement: 'QuickSight BI is now called Amazon Quick Sight and is part of Amazon Quick Suite; the BI features and the quicksight API stay.',
        source: 'https://docs.aws.amazon.com/quicksight/latest/APIReference/Welcome.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon QuickSight'],
      since: '2025-10-09',
      note: 'The cards\' QuickSight is now Amazon Quick Sight, part of Amazon Quick Suite; dashboards, email and embedded reports carry on.',
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
    ],
    limits: [],
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
    ],
    limits: [
      { name: 'write per shard', value: '1 MB/s or 1,000 records/s', source: KDS_LIMITS_DOC },
      { name: 'shared read per shard', value: '2 MB/s, 5 GetRecords calls/s', source: KDS_LIMITS_DOC },
      { name: 'enhanced fan-out consumers per stream', value: '20 (50 with On-demand Advantage)', source: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html' },
      { name: 'retention', value: '24 h default, 8,760 h maximum', source: KDS_LIMITS_DOC },
      {
        name: 'shards per account (default quota)',
        value: '20,000 in us-east-1, us-west-2 and eu-west-1; 1,000 or 6,000 in other Regions',
        source: KDS_LIMITS_DOC,
      },
      { name: 'record size', value: '1 MiB default, configurable to 10 MiB', source: 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html' },
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
          'Destinations today: S3, Redshift, OpenSearch Service and Serverless, Splunk, Snowflake, Apache Iceberg tables (including S3 Tables), any HTTP endpoint and SaaS partners such as Datadog and New Relic.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html',
        checked,
      },
      {
        statement: 'Buffering: interval 0 to 900 s (default 300 s), size 1 to 128 MiB (default 5 MiB).',
        source: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html',
        checked,
      },
      {
        statement: 'Converts JSON to Parquet or ORC before S3 using a Glue Data Catalog table schema; other transforms run in a Lambda function.',
        source: 'https://docs.aws.amazon.com/firehose/latest/dev/record-format-conversion.html',
        checked,
      },
      {
        statement: 'Firehose keeps no replayable copy of the stream; a Kinesis data stream can be its source when replay or other consumers are needed.',
        source: 'https://docs.aws.amazon.com/streams/latest/dev/kdf-consumer.html',
        checked,
      },
    ],
    limits: [
      { name: 'record size', value: '1,000 KiB', source: FIREHOSE_LIMITS_DOC },
      { name: 'PutRecordBatch', value: '500 records or 4 MiB per call', source: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html' },
      {
        name: 'Direct PUT throughput per stream (default quota)',
        value: '5 MiB/s, 2,000 requests/s, 500,000 records/s in us-east-1, us-west-2 and eu-west-1; 1 MiB/s and 1,000 requests/s elsewhere; raisable',
        source: FIREHOSE_LIMITS_DOC,
      },
    ],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon Kinesis Data Firehose'],
      since: '2024-02-09',
      note: 'The cards\' Kinesis Data Firehose is now Amazon Data Firehose; the reasoning is unchanged.',
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
        checked,
      },
    ],
    limits: [],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon Kinesis Data Analytics', 'Kinesis Data Analytics for Java'],
      since: '2023-08-30',
      note: 'The cards\' Kinesis Data Analytics is gone: its SQL flavour was retired (no new applications from 15 October 2025, deleted from 27 January 2026) and its Java flavour is now Amazon Managed Service for Apache Flink, which also runs Flink SQL.',
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
        statement: 'Run primary and core nodes On-Demand for long-running or data-critical clusters; put Spot capacity on task nodes.',
        source: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html',
        checked,
      },
    ],
    limits: [
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
    name: 'Amazon SageMaker',
    roles: ['ml'],
    summary: 'Managed training, tuning and hosting of ML models; takes prepared data from S3 (for example an Athena result).',
    cardNotes: [{ card: 'Simple ML workflow', notes: ['Athena provides data to SageMaker for ML'] }],
    facts: [
      {
        statement: 'SageMaker training and hosting run on ml.* instance types with their own service quotas (GPU types often 0 on a new account).',
        source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/regions-quotas.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
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
    summary: 'GPU instances for deep-learning training (P family) and cost-effective training or inference (G family).',
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
    ],
    limits: [{ name: 'G and P Spot vCPU quota (default)', value: '0 vCPUs until increased', source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-limits.html' }],
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
      },
    ],
    limits: [],
    lifecycle: {
      status: 'retired',
      formerNames: ['AWS Deep Learning AMI (conda)'],
      since: '2023-08-31',
      note: 'The cards\' conda-based multi-framework DLAMI is no longer offered for GPUs; use the single-framework DLAMI for your framework (PyTorch or TensorFlow).',
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
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: DLAMI_RELEASES_DOC,
  },
  {
    id: 'rekognition-video',
    name: 'Amazon Rekognition Video',
    roles: ['process'],
    summary: 'Detects faces, objects and activities in stored video (from S3) or live video (from Kinesis Video Streams).',
    cardNotes: [
      {
        card: 'Sample architecture from video camera',
        notes: ['Rekognition makes predictions such as what it identifies and face recognition', 'These predictions flow through to Kinesis Data Streams'],
      },
    ],
    facts: [
      {
        statement: 'Stream processors read Kinesis Video Streams; face search results go to a Kinesis data stream, label detection results to SNS and S3.',
        source: 'https://docs.aws.amazon.com/rekognition/latest/dg/streaming-video.html',
        checked,
      },
      {
        statement: 'Stored-video operations (StartLabelDetection, StartFaceSearch, ...) read from S3 and announce completion on an SNS topic.',
        source: 'https://docs.aws.amazon.com/rekognition/latest/dg/api-video.html',
        checked,
      },
      {
        statement:
          'Streaming video analysis (stream processors) is no longer available to new customers since 30 April 2026; People Pathing was discontinued on 31 October 2025.',
        source: REKOGNITION_CHANGES_DOC,
        checked,
      },
    ],
    limits: [],
    lifecycle: {
      status: 'restricted',
      since: '2026-04-30',
      note: 'Rekognition streaming video (stream processors) is closed to new customers; accounts that used it in the previous 12 months keep it. Stored-video analysis is unaffected.',
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
    ],
    limits: [{ name: 'maximum run time', value: '15 minutes per invocation', source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html' }],
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
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/redshift/latest/mgmt/welcome.html',
  },
  {
    id: 'opensearch',
    name: 'Amazon OpenSearch Service (formerly Elasticsearch Service)',
    roles: ['store', 'query'],
    summary: 'Search and log analytics; a Firehose destination (the cards\' Elasticsearch).',
    cardNotes: [{ card: 'Kinesis Data Firehose', notes: ['Elasticsearch (now OpenSearch) is one of Firehose\'s destinations'] }],
    facts: [
      {
        statement: 'Amazon Elasticsearch Service was renamed Amazon OpenSearch Service on 8 September 2021.',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: {
      status: 'renamed',
      formerNames: ['Amazon Elasticsearch Service'],
      since: '2021-09-08',
      note: 'The cards\' Elasticsearch destination is now Amazon OpenSearch Service (OpenSearch Serverless is a destination too).',
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
    ],
    limits: [],
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
    ],
    limits: [{ name: 'item size', value: '400 KB', source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html' }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  },
];
