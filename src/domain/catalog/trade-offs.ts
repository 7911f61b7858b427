import type { ServiceId } from './service-ids.js';

/** A decision between two services: when to pick each. */
export interface TradeOff {
  services: [ServiceId, ServiceId];
  /** Titles of the study cards that cover the decision; empty when it rests on AWS documentation alone. */
  cards: string[];
  summary: string;
  /** When to choose each of the two, keyed by service id. */
  choose: Partial<Record<ServiceId, string>>;
}

const pair = (
  a: ServiceId,
  b: ServiceId,
  cards: string[],
  summary: string,
  whenA: string,
  whenB: string,
): TradeOff => ({ services: [a, b], cards, summary, choose: { [a]: whenA, [b]: whenB } });

/** The trade-offs the study cards and today's AWS facts support, one per pair. */
export const TRADE_OFFS: readonly TradeOff[] = [
  pair(
    'glue-etl',
    'kinesis-data-streams',
    ['Glue vs Kinesis'],
    'Glue moves and reshapes data at rest; Kinesis ingests data streaming in fast.',
    'the data already sits in buckets, databases or warehouses and must be extracted, transformed and loaded',
    'lots of data streams in continuously and must be processed as it arrives',
  ),
  pair(
    'glue-etl',
    'kinesis-data-firehose',
    ['Glue vs Kinesis', 'Kinesis Data Firehose'],
    'Glue ETL transforms data at rest in batches; Firehose delivers streaming records as they arrive.',
    'the data is at rest and the transformation is a batch job',
    'records stream in and only need light transformation on the way into S3, Redshift, OpenSearch or Splunk',
  ),
  pair(
    'kinesis-data-firehose',
    'kinesis-data-streams',
    ['Kinesis Data Firehose', 'Kinesis data streams'],
    'Firehose is a simple, self-scaling delivery endpoint; Data Streams is a replayable stream your own consumers process.',
    'records only need delivering (optionally transformed) into S3, Redshift, OpenSearch, Splunk or an HTTP endpoint, within seconds to minutes',
    'your own code processes the stream, metrics are computed in real time, several consumers read it, records must be replayable, or reads must be sub-second',
  ),
  pair(
    'kinesis-data-streams',
    'kinesis-video-streams',
    ['Kinesis', 'Kinesis video streams'],
    'Data Streams carries records (up to 1 MiB by default); Video Streams carries media from connected devices.',
    'many sources send small records, such as IoT telemetry, clickstream or logs',
    'cameras stream video for analytics, ML or playback',
  ),
  pair(
    's3-sse-kms',
    's3-sse-s3',
    ['Encryption'],
    'Both encrypt at rest; SSE-S3 is on by default since January 2023, SSE-KMS puts the key under your control.',
    'you need your own or imported key material, key policies that separate duties, or an audit trail of key use (enable Bucket Keys to cut KMS cost)',
    'an auditor needs an encryption-at-rest tick and nobody needs to manage keys',
  ),
  pair(
    'athena',
    'emr',
    ['Athena', 'Simple ML workflow', 'EMR'],
    'Athena is serverless SQL over S3 billed per data scanned; EMR runs clusters of Spark, Hadoop or HBase for massively parallel work.',
    'analysts run ad-hoc SQL or pre-process data for ML, with no cluster to manage',
    'the data set is large (petabyte scale) or the work needs Spark, Hadoop or HBase code rather than SQL',
  ),
  pair(
    'athena',
    'redshift',
    ['Athena'],
    'Athena queries the lake in place, paying per query; Redshift is a warehouse with its own storage and steady capacity.',
    'queries are ad hoc or infrequent over data in S3',
    'the same SQL runs all day for many concurrent users on curated, hot data',
  ),
  pair(
    'ec2-accelerated-computing',
    'ec2-compute-optimized',
    ['EC2 for Machine Learning'],
    'Accelerated computing instances carry GPUs (P, G); compute optimized instances carry fast CPUs (C).',
    'deep learning (TensorFlow, Keras, PyTorch) trains or serves models that need GPUs; a new account must request the GPU quota first',
    'the model is CPU-bound (XGBoost, scikit-learn) or GPUs are ruled out',
  ),
  pair(
    'dlami-base',
    'dlami-conda',
    ['EC2 for Machine Learning'],
    'The conda-based (today: single-framework) DLAMI ships frameworks ready to run; the base DLAMI ships only drivers and CUDA.',
    'you build a low-level, custom stack (own CUDA code or frameworks)',
    'you train with TensorFlow/Keras or PyTorch and want them installed and tuned already',
  ),
  pair(
    'emr',
    'emr-task-nodes',
    ['EMR'],
    'Core nodes hold HDFS data; task nodes only compute, so they can run on Spot without risking data.',
    'the cluster needs storage (HDFS, HBase) or steady capacity',
    'compute cost must come down: add task nodes on Spot, since terminating one loses no data',
  ),
  pair(
    'emr',
    'glue-etl',
    ['EMR', 'Glue ETL capability'],
    'Both run Spark; Glue is serverless ETL, EMR is a managed cluster for any big-data framework.',
    'the work is petabyte scale, long-running, or needs Hadoop, HBase, Presto or custom cluster settings',
    'the work is ETL between stores and nobody wants to run a cluster',
  ),
  pair(
    'dms',
    'glue-etl',
    ['Database Migration Service (DMS)', 'Glue ETL capability'],
    'DMS moves a database as it is, with ongoing change capture; Glue ETL reshapes data between stores in batches.',
    'a relational database, warehouse or NoSQL store moves into AWS or S3, once or with CDC',
    'data must be transformed between stores on a schedule or when new data arrives',
  ),
  pair(
    'managed-service-for-apache-flink',
    'quicksight',
    ['Kinesis Data Analytics', 'Quicksight'],
    'Flink computes on the stream; QuickSight is a BI tool that shows data to people.',
    'metrics, aggregations or anomaly scores must be computed continuously over a stream',
    'end users need dashboards, emailed reports or embedded reports',
  ),
  pair(
    'lambda',
    'managed-service-for-apache-flink',
    ['Kinesis data streams', 'Kinesis Data Analytics'],
    'Lambda runs stateless functions on batches of records; Flink keeps state across windows and joins.',
    'each record or batch is handled on its own (enrich, route, alert)',
    'results depend on windows, joins or state across many records',
  ),
  pair(
    'dynamodb',
    's3',
    ['Advantages and disadvantages of data lakes'],
    'DynamoDB is an operational database with transactions; S3 is the storage of a data lake.',
    'the workload is transactional: single-item reads and writes, updates and transactions',
    'the data is analytical: many sources, large volumes, cheap storage, schema on read',
  ),
  pair(
    'iam',
    's3-bucket-policy',
    ['Security in S3'],
    'IAM policies attach to users and roles; bucket policies attach to the bucket itself.',
    'you govern what your own users, roles and jobs may do',
    'you set rules on the bucket as a resource, including granting other accounts',
  ),
  pair(
    'sagemaker',
    'sagemaker-spark',
    ['Apache Spark', 'Simple ML workflow'],
    'SageMaker trains and hosts models on its own; SageMaker Spark drives it from a Spark ML pipeline on EMR.',
    'data arrives prepared in S3 (for example from Athena) and models are trained and deployed directly',
    'the team builds ML pipelines in Spark and wants SageMaker training and hosting as pipeline stages',
  ),
  pair(
    'rekognition-video',
    'sagemaker',
    ['Sample architecture from video camera'],
    'Rekognition Video is a ready-made vision API; SageMaker trains your own models.',
    'faces, objects and activities are what you need to detect, with no model to train',
    'the detection task is specific to your domain and no managed API covers it',
  ),
  pair(
    'entity-resolution',
    'glue-findmatches',
    ['Glue FindMatches'],
    'Both match records that share no common key; AWS Entity Resolution is a matching service of its own, FindMatches is an ML transform inside a Glue ETL job.',
    'matching is a service in itself: rules you can explain (exact or fuzzy), ML matching with no labelling, real-time matching of single records, incremental runs, or a data provider\'s identity data, with a match ID for every group',
    'deduplication is one step of a Glue ETL job you already run, and someone can label examples of matching and non-matching records to train it',
  ),
  pair(
    'emr',
    'emr-serverless',
    ['EMR'],
    'Both run Spark and Hive; EMR gives you a cluster to size and tune, EMR Serverless provisions capacity per job and bills per second of use.',
    'the work runs all day or around the clock, needs HDFS, HBase or frameworks beyond Spark and Hive, custom cluster settings, or Spot task nodes to cut a steady cost',
    'Spark or Hive jobs run now and then or unpredictably and nobody wants to size, patch or keep a cluster; pre-initialized capacity keeps start-up fast where it must be',
  ),
  pair(
    'kinesis-data-firehose',
    'opensearch-ingestion',
    ['Kinesis Data Firehose'],
    'Both deliver streaming data into OpenSearch; Firehose is a delivery stream to many destinations with light Lambda transforms, OpenSearch Ingestion runs Data Prepper pipelines built for OpenSearch.',
    'records go into OpenSearch much as they arrive, perhaps also into S3, Redshift, Splunk or an HTTP endpoint, with at most a Lambda transform (buffering 1 to 100 MB and 0 to 900 s for OpenSearch)',
    'logs, traces or events must be parsed, filtered, enriched, sampled or routed to several indexes on the way into OpenSearch, or come from OpenTelemetry, Kafka, S3 or DynamoDB sources the pipeline reads itself',
  ),
  pair(
    'rekognition-video',
    'rekognition-image',
    ['Sample architecture from video camera'],
    'Rekognition Video analyses video: stored in S3, or live through stream processors, closed to new customers since 30 April 2026. Rekognition Image analyses one image per call and is open to every account.',
    'the video is stored in S3 and analysed as a whole, or the account used live stream processors in the 12 months before 30 April 2026 and keeps them',
    'a new account needs live camera alerts: Kinesis Video Streams extracts frames (to S3, or with GetImages), each frame goes to DetectLabels or SearchFacesByImage, then Lambda and SNS raise the alert',
  ),
  pair(
    'dms',
    'redshift-zero-etl',
    ['Database Migration Service (DMS)'],
    'Both replicate a database and its changes; a zero-ETL integration is managed replication from Aurora, RDS or DynamoDB into Redshift, DMS is a replication task from almost any source to almost any target.',
    'the source runs on premises, on EC2 or on an engine zero-ETL does not take (such as SQL Server, Db2 or MongoDB), the target is S3 or another database, or tables must be filtered or reshaped on the way',
    'the source is Aurora MySQL or PostgreSQL, RDS for MySQL, PostgreSQL or Oracle, or DynamoDB and the target is Redshift: no task to size, no pipeline to run, changes within seconds',
  ),
  pair(
    'iot-core',
    'kinesis-data-streams',
    ['Sample architecture from IoT device'],
    'IoT Core is the front door for devices (identities, MQTT, rules); Kinesis Data Streams is the stream behind it that your own consumers read and replay.',
    'devices connect directly: each needs its own identity and policy, speaks MQTT or HTTPS, and rules route its messages on to Kinesis, Firehose, Lambda or S3',
    'servers, gateways or applications write records with the SDK or an agent and several consumers process and replay them; behind IoT Core when devices connect directly',
  ),
  pair(
    'lake-formation',
    's3-bucket-policy',
    ['Security in S3'],
    'A bucket policy grants access to objects in a bucket; Lake Formation grants access to catalog databases, tables, columns and rows, and shares them with other accounts.',
    'several accounts or teams query the lake with Athena, Redshift Spectrum, EMR or Glue and need grants by table, column or row, or the Data Catalog must be shared with other accounts',
    'access is to whole buckets or prefixes (an application, a delivery stream, another account reading files) and no catalog-level grant is needed',
  ),
];

/** Finds the trade-off the cards draw between two services, in either order. */
export function findTradeOff(a: ServiceId, b: ServiceId): TradeOff | undefined {
  return TRADE_OFFS.find((t) => (t.services[0] === a && t.services[1] === b) || (t.services[0] === b && t.services[1] === a));
}
