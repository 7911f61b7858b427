import type { CatalogEntry } from './schema.js';

/** Date the facts below were checked against AWS documentation. */
const checked = '2026-11-30';
/** Date of the 2026-12-07 corrections, which added or re-checked the facts that carry it. */
const corrected = '2026-12-07';

const IOT_QUOTAS_DOC = 'https://docs.aws.amazon.com/general/latest/gr/iot-core.html';
const IOT_KINESIS_ACTION_DOC = 'https://docs.aws.amazon.com/iot/latest/developerguide/kinesis-rule-action.html';
const SNOWBALL_AVAILABILITY_DOC = 'https://docs.aws.amazon.com/snowball/latest/api-reference/API_ServiceVersion.html';
const MSK_QUOTAS_DOC = 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html';
const MSK_FIREHOSE_QUOTA_DOC = 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html';
const S3_REPLICATION_REQUIREMENTS_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-requirements.html';
const AURORA_GLOBAL_DOC = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html';

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
      {
        statement:
          'An account has a default quota of 500,000 concurrent client connections and 500 MQTT CONNECT requests per second in each Region, both adjustable: a fleet of a million devices needs the connection quota raised before it goes live, and a fleet reconnecting at once is paced by the CONNECT rate.',
        source: IOT_QUOTAS_DOC,
        checked: corrected,
      },
      {
        statement:
          'The Kinesis Data Streams rule action calls kinesis:PutRecord once per matching message, with the partition key the rule computes (such as ${topic()}): there is no KPL-style aggregation, so each device message is one record and the stream is sized on messages per second (1,000 records/s per shard) as well as bytes.',
        source: IOT_KINESIS_ACTION_DOC,
        checked: corrected,
      },
    ],
    limits: [
      { name: 'concurrent client connections per account and Region (default quota)', value: '500,000 (adjustable)', source: IOT_QUOTAS_DOC },
      { name: 'MQTT CONNECT requests per second per account and Region (default quota)', value: '500 (adjustable)', source: IOT_QUOTAS_DOC },
      { name: 'records per message through the Kinesis Data Streams rule action', value: '1 (one PutRecord per message; no aggregation)', source: IOT_KINESIS_ACTION_DOC },
    ],
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
      'Serverless pipelines, built on the open-source Data Prepper, that collect, filter, enrich and route logs, traces and events into OpenSearch Service domains and collections, and keep indexes in step with Aurora and RDS (MySQL, PostgreSQL) by reading their change logs.',
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
      },      {
        statement:
          'A pipeline reads Aurora MySQL, Aurora PostgreSQL, RDS for MySQL and RDS for PostgreSQL directly: MySQL through row-based binary logs (binlog_format=ROW, binlog_row_image=full, binlog retention of 24 hours or more), PostgreSQL through logical replication (rds.logical_replication=1), with an optional full initial snapshot exported to S3 first. It keeps a search index in step with the database beside, or instead of, DMS.',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/aurora-mysql.html',
        checked: corrected,
      },
    ],
    limits: [
      {
        name: 'database sources',
        value: 'Aurora MySQL, Aurora PostgreSQL, RDS for MySQL, RDS for PostgreSQL (binlog ROW or logical replication; optional initial snapshot through S3)',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/aurora-mysql.html',
      },
    ],
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
      "Converts a source database's or data warehouse's schema and code (views, procedures, ETL scripts) to the target engine; its data extraction agents unload an on-premises warehouse, such as Teradata, to S3 and load Amazon Redshift (Snowball Edge devices only for customers who already have them).",
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
      {
        statement:
          'AWS Snowball Edge, the agents\' offline route, is no longer available to new customers: where the network is too slow, a new customer brings the extracted files to AWS Data Transfer Terminal or moves them online with AWS DataSync.',
        source: SNOWBALL_AVAILABILITY_DOC,
        checked: corrected,
      },
    ],
    limits: [
      { name: 'data on one Snowball Edge device', value: '100 TB (existing Snowball customers only)', source: 'https://docs.aws.amazon.com/SchemaConversionTool/latest/userguide/agents.dw.html' },
      { name: 'Snowball Edge for new customers', value: 'not available: AWS DataSync online, AWS Data Transfer Terminal offline', source: SNOWBALL_AVAILABILITY_DOC },
    ],
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
        checked: corrected,
      },
      {
        statement:
          'Firehose reads an MSK topic at up to 10 MB/s per partition by default (raisable) and takes records up to 10 MB (6 MB with a Lambda transform): a topic\'s delivery rate is bounded by its partition count times 10 MB/s.',
        source: MSK_FIREHOSE_QUOTA_DOC,
        checked: corrected,
      },
      {
        statement:
          'Lambda reads MSK topics through an event source mapping in its own consumer group: batches of 100 records by default (up to 10,000), a batching window of 500 ms by default, and in provisioned mode 1 to 200 event pollers by default.',
        source: 'https://docs.aws.amazon.com/lambda/latest/dg/msk-esm-parameters.html',
        checked: corrected,
      },
      {
        statement:
          'Managed Service for Apache Flink reads MSK topics with the Apache Kafka connector, authenticating with IAM through the aws-msk-iam-auth library; Spark on EMR or Glue reads them as a Kafka source too.',
        source: 'https://docs.aws.amazon.com/managed-flink/latest/java/how-zeppelin-connectors.html',
        checked: corrected,
      },
      {
        statement:
          'Express brokers (MSK Provisioned, M7g sizes, Kafka 3.6 and later) need no storage sizing (pay-as-you-go storage), scale up to 20 times faster and recover 90 percent quicker than Standard brokers, and carry up to 3 times the throughput per broker: an express.m7g.16xlarge writes up to 500 MB/s against 153.8 MB/s for the same Standard size.',
        source: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-broker-types-express.html',
        checked: corrected,
      },
      {
        statement:
          'Standard brokers default to 90 per account and 30 per cluster (60 for KRaft clusters), with 1 GiB to 16,384 GiB of storage each; MSK Serverless clusters default to 200 MB/s in and 400 MB/s out per cluster and 5 MB/s in, 10 MB/s out per partition.',
        source: MSK_QUOTAS_DOC,
        checked: corrected,
      },
    ],
    limits: [
      { name: 'brokers per account (Standard brokers, default)', value: '90', source: MSK_QUOTAS_DOC },
      { name: 'brokers per cluster (Standard brokers, default)', value: '30 for ZooKeeper-based clusters, 60 for KRaft-based clusters', source: MSK_QUOTAS_DOC },
      { name: 'storage per Standard broker', value: '1 GiB to 16,384 GiB', source: MSK_QUOTAS_DOC },
      { name: 'write throughput per Express broker (express.m7g.16xlarge)', value: '500 MB/s (153.8 MB/s for a Standard broker of the same size)', source: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-broker-types-express.html' },
      { name: 'MSK Serverless throughput per cluster', value: '200 MB/s in, 400 MB/s out', source: MSK_QUOTAS_DOC },
      { name: 'MSK Serverless throughput per partition', value: '5 MB/s in, 10 MB/s out', source: MSK_QUOTAS_DOC },
      { name: 'Firehose read throughput per partition (default quota)', value: '10 MB/s (raisable)', source: MSK_FIREHOSE_QUOTA_DOC },
      { name: 'Lambda batch size', value: '100 by default, up to 10,000 records', source: 'https://docs.aws.amazon.com/lambda/latest/dg/msk-esm-parameters.html' },
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
        checked: corrected,
      },
      {
        statement: 'Both the source and the destination bucket must have S3 Versioning enabled, and S3 needs an IAM role allowed to read the source and write the destination.',
        source: S3_REPLICATION_REQUIREMENTS_DOC,
        checked: corrected,
      },
      {
        statement:
          'Live replication copies only objects written after the rule exists; objects already in the bucket (and those that failed to replicate) are copied on demand by S3 Batch Replication, a Batch Operations job.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-batch-replication-batch.html',
        checked: corrected,
      },
      {
        statement:
          'Objects encrypted with SSE-KMS are not replicated unless the rule says so: SourceSelectionCriteria with SseKmsEncryptedObjects enabled, and a KMS key in the destination Region (ReplicaKmsKeyID) that the replication role may use.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-config-for-kms-objects.html',
        checked: corrected,
      },
      {
        statement:
          'Multi-Region KMS keys share key ID and key material across Regions, so data encrypted in one Region decrypts in the other; a replication rule can encrypt replicas with the related multi-Region key in the destination Region (UseSourceMultiRegionKey).',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_UseSourceMultiRegionKey.html',
        checked: corrected,
      },
      {
        statement:
          'The Glue Data Catalog is one per account per Region and replication copies objects, not catalog entries: the second Region needs its own databases and tables (created by the same infrastructure code, a crawler on the replica bucket, or a catalog copy) before Athena or Glue can read the replica.',
        source: 'https://docs.aws.amazon.com/lake-formation/latest/dg/populating-catalog.html',
        checked: corrected,
      },
    ],
    limits: [
      { name: 'Replication Time Control objective', value: '15 minutes for 99.99 percent of objects (the only threshold)', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html' },
      { name: 'versioning', value: 'required on source and destination buckets', source: S3_REPLICATION_REQUIREMENTS_DOC },
      { name: 'objects replicated by a new rule', value: 'new objects only; existing objects by S3 Batch Replication', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-batch-replication-batch.html' },
      { name: 'SSE-KMS objects', value: 'replicated only when the rule opts in and names a destination KMS key', source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-config-for-kms-objects.html' },
      { name: 'Glue Data Catalog', value: 'not replicated: one catalog per account per Region', source: 'https://docs.aws.amazon.com/lake-formation/latest/dg/populating-catalog.html' },
    ],
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
        source: AURORA_GLOBAL_DOC,
        checked: corrected,
      },
      {
        statement:
          'A global database replicates at the storage layer, asynchronously, with a typical lag under one second, and a secondary cluster can be promoted to take writes in under a minute: a recovery point of about a second and a recovery time of minutes, not zero.',
        source: AURORA_GLOBAL_DOC,
        checked: corrected,
      },
      {
        statement:
          'The recovery point of an Aurora PostgreSQL global database is measurable: aurora_global_db_status reports rpo_lag_in_msec, the time a committed transaction takes to reach each secondary cluster.',
        source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora_global_db_status.html',
        checked: corrected,
      },
      {
        statement:
          'Aurora is a relational engine compatible with MySQL and PostgreSQL, with SQL transactions, joins and schemas: a relational OLTP source keeps its tables, SQL and transactions there, where a move to DynamoDB means redesigning it for key-value access.',
        source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_AuroraOverview.html',
        checked: corrected,
      },
      {
        statement: 'Zero-ETL integrations replicate Aurora MySQL (3.05.2 and later) and Aurora PostgreSQL into Redshift with no pipeline to build; OpenSearch Ingestion reads both into OpenSearch.',
        source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.html',
        checked: corrected,
      },
    ],
    limits: [
      { name: 'secondary Regions per global database', value: 'up to 10', source: AURORA_GLOBAL_DOC },
      { name: 'cross-Region replication lag (typical)', value: 'under 1 second', source: AURORA_GLOBAL_DOC },
      { name: 'promotion of a secondary cluster (typical)', value: 'under 1 minute', source: AURORA_GLOBAL_DOC },
    ],
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
        checked: corrected,
      },
      {
        statement:
          'A read replica in another Region (Db2, MariaDB, SQL Server, MySQL, Oracle or PostgreSQL) serves disaster recovery and nearby reads; it is promoted to a standalone instance when the primary Region is lost, and an encrypted replica needs an encrypted source.',
        source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html',
        checked: corrected,
      },
      {
        statement:
          'Read replicas are kept in step by the engine\'s asynchronous replication, so the recovery point of a cross-Region replica is its replica lag at the moment of failure.',
        source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html',
        checked: corrected,
      },
      {
        statement:
          'Zero-ETL integrations replicate RDS for MySQL, PostgreSQL and Oracle into Redshift; OpenSearch Ingestion reads RDS for MySQL (binlog_format=ROW) and RDS for PostgreSQL directly.',
        source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rds-mysql.html',
        checked: corrected,
      },
    ],
    limits: [
      { name: 'cross-Region read replica engines', value: 'Db2, MariaDB, SQL Server, MySQL, Oracle, PostgreSQL', source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html' },
      { name: 'cross-Region recovery point', value: 'the replica lag at failure (asynchronous replication)', source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html' },
    ],
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
        checked: corrected,
      },
      {
        statement:
          'A Hadoop cluster is a DataSync source of its own (an HDFS location read through the agent), so a Hadoop exit copies HDFS to S3 with DataSync rather than with a database migration service; the agent is a virtual machine deployed next to the source storage and activated in the Region of the destination.',
        source: 'https://docs.aws.amazon.com/datasync/latest/userguide/create-hdfs-location.html',
        checked: corrected,
      },
      {
        statement: 'AWS Snowball Edge is no longer available to new customers: AWS points them to DataSync for online transfers and to AWS Data Transfer Terminal for secure physical transfers.',
        source: 'https://docs.aws.amazon.com/snowball/latest/api-reference/API_ServiceVersion.html',
        checked: corrected,
      },
      {
        statement:
          'AWS Data Transfer Terminal is a network-ready physical facility, reserved in the console, where your own staff bring your own storage devices and upload over two 100 Gbps fiber connections to AWS; it is offered to AWS Enterprise customers.',
        source: 'https://docs.aws.amazon.com/datatransferterminal/latest/userguide/what-is-dtt.html',
        checked: corrected,
      },
    ],
    limits: [
      { name: 'source locations', value: 'NFS, SMB, HDFS, self-managed object storage, other clouds (through an agent outside AWS)', source: 'https://docs.aws.amazon.com/datasync/latest/userguide/what-is-datasync.html' },
      { name: 'Snowball Edge for new customers', value: 'not available', source: 'https://docs.aws.amazon.com/snowball/latest/api-reference/API_ServiceVersion.html' },
      { name: 'Data Transfer Terminal connection per facility', value: 'two 100 Gbps fiber connections', source: 'https://docs.aws.amazon.com/datatransferterminal/latest/userguide/what-is-dtt.html' },
      { name: 'Data Transfer Terminal availability', value: 'AWS Enterprise customers, by reservation', source: 'https://docs.aws.amazon.com/datatransferterminal/latest/userguide/what-is-dtt.html' },
    ],
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
        statement:
          'Athena runs INSERT INTO, DELETE, UPDATE and MERGE INTO on Iceberg tables; DELETE and UPDATE write position delete files (merge-on-read, the only mode Athena writes) and every transaction makes a new snapshot that time travel can still read.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/querying-iceberg-updating-iceberg-table-data.html',
        checked: corrected,
      },
      {
        statement:
          'A deleted row is gone from the table at once but not from S3: the old data files stay until compaction rewrites them (OPTIMIZE ... REWRITE DATA), their snapshots expire and orphan files are removed. Erasure needs all three.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/querying-iceberg-delete.html',
        checked: corrected,
      },
      {
        statement: 'Athena\'s VACUUM expires Iceberg snapshots and removes orphan files (by default snapshots older than 5 days, vacuum_max_snapshot_age_seconds = 432000); expired snapshots can no longer be time-travelled to.',
        source: 'https://docs.aws.amazon.com/athena/latest/ug/vacuum-statement.html',
        checked: corrected,
      },
      {
        statement:
          'The Glue Data Catalog runs the maintenance itself when its table optimizers are on: compaction (which can apply delete files), snapshot retention (how long and how many snapshots to keep) and orphan file deletion, for Iceberg tables that Athena, Glue, EMR and Flink write.',
        source: 'https://docs.aws.amazon.com/glue/latest/dg/table-optimizers.html',
        checked: corrected,
      },
      {
        statement:
          'On a versioned bucket a deleted data file survives as a noncurrent version until a lifecycle rule with NoncurrentVersionExpiration (after NoncurrentDays, keeping at most NewerNoncurrentVersions, up to 100) permanently deletes it: without that rule erased rows are still recoverable.',
        source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_NoncurrentVersionExpiration.html',
        checked: corrected,
      },
    ],
    limits: [
      { name: 'Athena write mode', value: 'merge-on-read only (position delete files)', source: 'https://docs.aws.amazon.com/athena/latest/ug/querying-iceberg-updating-iceberg-table-data.html' },
      { name: 'VACUUM default snapshot age', value: '5 days (vacuum_max_snapshot_age_seconds 432000)', source: 'https://docs.aws.amazon.com/athena/latest/ug/vacuum-statement.html' },
      { name: 'steps before an erased row is gone from S3', value: 'delete, compaction, snapshot expiry and orphan removal, noncurrent-version expiry', source: 'https://docs.aws.amazon.com/athena/latest/ug/querying-iceberg-delete.html' },
      { name: 'noncurrent versions kept by a lifecycle rule', value: 'NoncurrentDays, and at most 100 newer noncurrent versions', source: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_NoncurrentVersionExpiration.html' },
    ],
    lifecycle: { status: 'current' },
    documentation: 'https://docs.aws.amazon.com/athena/latest/ug/querying-iceberg.html',
  },
];
