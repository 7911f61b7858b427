import type { CatalogEntry } from './schema.js';

/** Date the facts below were checked against AWS documentation. */
const checked = '2026-11-30';

/**
 * Services a 2026 data architect names beside those of the study cards: none
 * has a card, so each stands on its documented facts.
 */
export const BEYOND_THE_CARDS: readonly CatalogEntry[] = [
  {
    id: 'lake-formation',
    name: 'AWS Lake Formation',
    roles: ['secure', 'catalog'],
    summary:
      'Permissions on the Glue Data Catalog and the lake\'s data (databases, tables, columns, rows and cells, or LF-tags), and cross-account sharing of catalog resources through AWS RAM.',
    cardNotes: [],
    facts: [
      {
        statement:
          'Another account\'s Athena sees no tables until the Data Catalog is shared with it: a Lake Formation cross-account grant (named resources or LF-tags, shared through AWS RAM) or a Glue Data Catalog resource policy.',
        source: 'https://docs.aws.amazon.com/lake-formation/latest/dg/cross-account-permissions.html',
        checked,
      },
      {
        statement: 'Athena cannot query another account\'s Data Catalog encrypted with the AWS managed key, and cannot create views over it: use a customer managed KMS key.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/security-iam-cross-account-glue-catalog-access.html',
        checked,
      },
      {
        statement:
          'Without Lake Formation, a Glue Data Catalog resource policy in the owning account plus an IAM policy in the reading account share the catalog; both must allow the access.',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/cross-account-access.html',
        checked,
      },
      {
        statement:
          'Sharing the catalog does not share the data\'s KMS key: SSE-KMS data read from another account must use a customer managed key whose key policy grants that account; objects under the aws/s3 AWS managed key cannot be shared.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/lake-formation/latest/dg/what-is-lake-formation.html',
  },
  {
    id: 'iot-core',
    name: 'AWS IoT Core',
    roles: ['ingest'],
    summary:
      'The front door for devices: authenticated MQTT and HTTPS connections, device identities and policies, and a rules engine that routes messages to Kinesis Data Streams, Firehose, Lambda, S3 and more.',
    cardNotes: [],
    facts: [
      {
        statement: 'IoT Core rule actions send device messages to Kinesis Data Streams, Amazon Data Firehose, Lambda, S3, DynamoDB and SNS, with an error action for failed deliveries.',
        source: 'https://docs.aws.amazon.com/iot/latest/developerguide/iot-rule-actions.html',
        checked,
      },
      {
        statement:
          'When a rule action fails (no permission on the bucket, a throttled table or stream), the rules engine sends one message with the original payload and the failures to the rule\'s error action, if the rule has one.',
        source: 'https://docs.aws.amazon.com/iot/latest/developerguide/rule-error-handling.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/iot/latest/developerguide/what-is-aws-iot.html',
  },
  {
    id: 'emr-serverless',
    name: 'Amazon EMR Serverless',
    roles: ['process'],
    summary: 'Spark and Hive applications without clusters to size or run: capacity is provisioned per job and billed per second of vCPU, memory and storage.',
    cardNotes: [],
    facts: [
      {
        statement: 'EMR Serverless runs Spark and Hive jobs with no cluster to manage; pre-initialized capacity keeps workers warm for jobs that must start at once.',
        source: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/emr-serverless.html',
        checked,
      },
      {
        statement:
          'Workers have 1, 2, 4, 8 or 16 vCPUs, with memory in a range for each size (4 vCPUs take 8 to 30 GB) and 20 to 200 GB of disk; an application starts when a job is submitted, stops after 15 idle minutes by default (releasing pre-initialized capacity), and scales up to the maximum capacity set on it.',
        source: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html',
        checked,
      },
    ],
    limits: [
      { name: 'worker sizes', value: '1, 2, 4, 8 or 16 vCPUs; 2 to 120 GB of memory by size; 20 to 200 GB of disk', source: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html' },
      { name: 'auto-stop', value: 'after 15 idle minutes by default', source: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html' },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/emr-serverless.html',
  },
  {
    id: 'entity-resolution',
    name: 'AWS Entity Resolution',
    roles: ['transform'],
    summary:
      'Matches records that describe the same person, company or thing across sources without a shared key: rule-based matching (exact or fuzzy), ML-based matching, or a data provider\'s identity service.',
    cardNotes: [],
    facts: [
      {
        statement:
          'Matching workflows are rule-based (simple or advanced rules, exact and fuzzy), ML-based or provider-based; rule-based matching also runs in real time (GenerateMatchId) and incrementally. Each match group gets a match ID, written to S3.',
        source: 'https://docs.aws.amazon.com/entityresolution/latest/userguide/create-matching-workflow.html',
        checked,
      },
      {
        statement:
          'Resolution techniques are RULE_MATCHING, ML_MATCHING and PROVIDER (a data provider\'s identity service, such as LiveRamp or TransUnion); ML-based matching does not take hashed data.',
        source: 'https://docs.aws.amazon.com/entityresolution/latest/apireference/API_ResolutionTechniques.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/entityresolution/latest/userguide/what-is-service.html',
  },
  {
    id: 'opensearch-ingestion',
    name: 'Amazon OpenSearch Ingestion',
    roles: ['ingest', 'transform'],
    summary:
      'Serverless pipelines, built on the open-source Data Prepper, that collect, filter, enrich and route logs, traces and events into OpenSearch Service domains and collections.',
    cardNotes: [],
    facts: [
      {
        statement:
          'OpenSearch Ingestion is a fully managed, serverless data collector powered by Data Prepper; it reads from HTTP, S3, Kafka, Kinesis, DynamoDB, DocumentDB and OpenTelemetry sources, and scales in Ingestion Compute Units (ICUs).',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ingestion.html',
        checked,
      },
      {
        statement: 'Pipelines take a subset of the Data Prepper sources, processors and sinks, with no custom buffer plugins; an optional persistent buffer keeps data durably between source and sink.',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/pipeline-config-reference.html',
        checked,
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ingestion.html',
  },
  {
    id: 'rekognition-image',
    name: 'Amazon Rekognition Image',
    roles: ['process', 'ml'],
    summary:
      'Pre-trained computer vision on single images: labels (DetectLabels), faces and face search against a collection (SearchFacesByImage), text and moderation; the image APIs are open to new customers.',
    cardNotes: [],
    facts: [
      {
        statement: 'The April 2026 availability change closed streaming video and bulk image analysis to new customers; the image APIs (DetectLabels, SearchFacesByImage) are not affected.',
        source: 'https://docs.aws.amazon.com/rekognition/latest/dg/rekognition-availability-changes.html',
        checked,
      },
      {
        statement:
          'Kinesis Video Streams extracts images from a stream to S3 as it arrives (image generation configuration, at most one image every 200 ms) or on request (GetImages, up to 300 s of video per call): the frames Rekognition Image or a SageMaker model reads.',
        source: 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/images.html',
        checked,
      },
      {
        statement: 'Each call analyses one JPEG or PNG image, up to 15 MB when read from S3 or 5 MB when passed as bytes.',
        source: 'https://docs.aws.amazon.com/rekognition/latest/dg/limits.html',
        checked,
      },
    ],
    limits: [
      { name: 'image sampling from Kinesis Video Streams', value: 'at most 1 image per 200 ms', source: 'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/API_reader_GetImages.html' },
      { name: 'image size', value: '15 MB as an S3 object, 5 MB as bytes in the request; JPEG or PNG', source: 'https://docs.aws.amazon.com/rekognition/latest/dg/limits.html' },
      { name: 'face vectors per collection', value: '20 million at most (10 million by default)', source: 'https://docs.aws.amazon.com/rekognition/latest/dg/limits.html' },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/rekognition/latest/dg/images.html',
  },
  {
    id: 'redshift-zero-etl',
    name: 'Amazon Redshift zero-ETL integrations',
    roles: ['migrate', 'ingest'],
    summary:
      'Managed replication into Redshift with no pipeline to build: Aurora MySQL and PostgreSQL, RDS for MySQL, PostgreSQL and Oracle, DynamoDB and some SaaS applications land in the warehouse within seconds of a change.',
    cardNotes: [],
    facts: [
      {
        statement:
          'Zero-ETL integrations replicate Aurora MySQL (3.05.2 and later), Aurora PostgreSQL, RDS for MySQL, RDS for PostgreSQL, RDS for Oracle and DynamoDB into Redshift; the target must be Redshift Serverless or RA3 with case sensitivity on.',
        source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.html',
        checked,
      },
      {
        statement: 'Tables without a primary key are not replicated, and the replicated database is read-only in Redshift.',
        source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl.reqs-lims.html',
        checked,
      },
      {
        statement:
          'Self-managed databases (on premises or on EC2) and RDS for SQL Server are not zero-ETL sources: DMS stays the route for them. SaaS applications such as Salesforce, SAP, ServiceNow and Zendesk replicate through AWS Glue zero-ETL integrations.',
        source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-setting-up.create-integration.html',
        checked,
      },
    ],
    limits: [{ name: 'integrations per target warehouse', value: '50', source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl.reqs-lims.html' }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.html',
  },
  {
    id: 'schema-conversion-tool',
    name: 'AWS Schema Conversion Tool (AWS SCT)',
    roles: ['migrate'],
    summary:
      "Converts a source database's or data warehouse's schema and code (views, procedures, ETL scripts) to the target engine; its data extraction agents unload an on-premises warehouse, such as Teradata, to S3 (or a Snowball Edge device) and load Amazon Redshift.",
    cardNotes: [],
    facts: [
      {
        statement:
          'SCT data extraction agents extract an on-premises data warehouse (Teradata, Netezza, Greenplum, Vertica, Oracle, SQL Server and others), upload the data to S3, or for large-scale migrations to an AWS Snowball Edge device, and then copy it into Redshift.',
        source: 'https://docs.aws.amazon.com/SchemaConversionTool/latest/userguide/agents.dw.html',
        checked,
      },
      {
        statement:
          'Against DMS, SCT agents run in parallel and move a warehouse 15–35 percent faster (compression, partitions in parallel); DMS keeps the advantage of ongoing replication (change data capture).',
        source: 'https://docs.aws.amazon.com/SchemaConversionTool/latest/userguide/agents.dw.html',
        checked,
      },
      {
        statement: 'SCT also converts Teradata BTEQ, FastExport, FastLoad and MultiLoad scripts to Amazon Redshift RSQL or AWS Glue.',
        source: 'https://docs.aws.amazon.com/SchemaConversionTool/latest/userguide/CHAP-converting-etl.html',
        checked,
      },
    ],
    limits: [{ name: 'data on one Snowball Edge device', value: '100 TB', source: 'https://docs.aws.amazon.com/SchemaConversionTool/latest/userguide/agents.dw.html' }],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/SchemaConversionTool/latest/userguide/CHAP_Welcome.html',
  },
  {
    id: 'msk',
    name: 'Amazon Managed Streaming for Apache Kafka (Amazon MSK)',
    roles: ['ingest'],
    summary:
      'Managed Apache Kafka clusters (provisioned Standard or Express brokers, or MSK Serverless): the bus to build on where a team already runs Kafka, read by Firehose, Managed Service for Apache Flink, Lambda and Spark.',
    cardNotes: [],
    facts: [
      {
        statement: 'An Amazon Data Firehose stream can take an Amazon MSK cluster\'s topic as its source (besides Direct PUT and a Kinesis data stream) and deliver it to S3 and its other destinations.',
        source: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_SourceDescription.html',
        checked: '2026-12-07',
      },
    ],
    limits: [
      { name: 'brokers per account (Standard brokers, default)', value: '90', source: 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html' },
      { name: 'brokers per cluster (Standard brokers, default)', value: '30 for ZooKeeper-based clusters, 60 for KRaft-based clusters', source: 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html' },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/msk/latest/developerguide/what-is-msk.html',
  },
  {
    id: 's3-replication',
    name: 'Amazon S3 Replication (Cross-Region Replication, Replication Time Control)',
    roles: ['store'],
    summary:
      'Copies new objects (and optionally existing ones, by S3 Batch Replication) from a versioned bucket to a bucket in another Region or account; Replication Time Control adds a replication-time objective and metrics.',
    cardNotes: [],
    facts: [
      {
        statement: 'S3 Replication Time Control replicates most objects in seconds and 99.99 percent of them within 15 minutes, with metrics on pending objects and replication time; 15 minutes is the only threshold it takes.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html',
        checked: '2026-12-07',
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
  },
  {
    id: 'aurora',
    name: 'Amazon Aurora',
    roles: ['store'],
    summary: 'The relational database for transactional workloads (MySQL- and PostgreSQL-compatible), with Aurora Global Database across Regions and zero-ETL integration into Redshift.',
    cardNotes: [],
    facts: [
      {
        statement: 'An Aurora global database has a primary DB cluster in one Region and up to 10 read-only secondary DB clusters in other Regions, for fast recovery from a Regional outage.',
        source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html',
        checked: '2026-12-07',
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_AuroraOverview.html',
  },
  {
    id: 'rds',
    name: 'Amazon RDS',
    roles: ['store'],
    summary: 'Managed relational databases (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server, Db2) for transactional workloads that keep their engine.',
    cardNotes: [],
    facts: [
      {
        statement: 'Amazon RDS runs MySQL, PostgreSQL, MariaDB, Oracle, SQL Server and Db2 as managed DB instances, with Multi-AZ deployments for high availability.',
        source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
        checked: '2026-12-07',
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  },
  {
    id: 'datasync',
    name: 'AWS DataSync',
    roles: ['migrate'],
    summary: 'Online transfer of files and objects from on-premises storage (NFS, SMB, HDFS, object storage) or other clouds into S3, EFS or FSx, once or on a schedule, with verification.',
    cardNotes: [],
    facts: [
      {
        statement: 'DataSync moves data between on-premises storage (NFS, SMB, HDFS, object storage), other clouds and AWS storage services such as S3, through an agent where the source is outside AWS.',
        source: 'https://docs.aws.amazon.com/datasync/latest/userguide/what-is-datasync.html',
        checked: '2026-12-07',
      },
      {
        statement: 'AWS Snowball Edge is no longer available to new customers: AWS points them to DataSync for online transfers and to AWS Data Transfer Terminal for secure physical transfers.',
        source: 'https://docs.aws.amazon.com/snowball/latest/api-reference/API_ServiceVersion.html',
        checked: '2026-12-07',
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/datasync/latest/userguide/what-is-datasync.html',
  },
  {
    id: 'iceberg-tables',
    name: 'Apache Iceberg tables on S3',
    roles: ['store'],
    summary: 'An open table format on S3 that Athena, Glue, EMR and Managed Service for Apache Flink read and write: row-level DELETE, UPDATE and MERGE, schema evolution, time travel and snapshot expiry.',
    cardNotes: [],
    facts: [
      {
        statement: 'Athena\'s VACUUM expires Iceberg snapshots and removes orphan files (by default snapshots older than 5 days, vacuum_max_snapshot_age_seconds = 432000); expired snapshots can no longer be time-travelled to.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/vacuum-statement.html',
        checked: '2026-12-07',
      },
    ],
    limits: [],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/athena/latest/ug/querying-iceberg.html',
  },
];
