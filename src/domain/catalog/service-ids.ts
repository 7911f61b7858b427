import * as z from 'zod';

/** Every service the advisor can recommend (contract section 3). */
export const SERVICE_IDS = [
  's3',
  's3-sse-s3',
  's3-sse-kms',
  'iam',
  's3-bucket-policy',
  'glue-data-catalog',
  'glue-crawler',
  'glue-etl',
  'glue-jobs',
  'glue-findmatches',
  'dms',
  'athena',
  'quicksight',
  'kinesis-video-streams',
  'kinesis-data-streams',
  'kinesis-data-firehose',
  'managed-service-for-apache-flink',
  'emr',
  'emr-task-nodes',
  'apache-spark',
  'sagemaker',
  'sagemaker-spark',
  'ec2-compute-optimized',
  'ec2-accelerated-computing',
  'dlami-conda',
  'dlami-base',
  'rekognition-video',
  'lambda',
  'sns',
  'redshift',
  'opensearch',
  'splunk',
  'dynamodb',
  'lake-formation',
  'iot-core',
  'emr-serverless',
  'entity-resolution',
  'opensearch-ingestion',
  'rekognition-image',
  'redshift-zero-etl',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

/** Ids AWS or the cards once used, accepted wherever a caller names a service. */
export const SERVICE_ID_ALIASES: Readonly<Record<string, ServiceId>> = {
  'kinesis-data-analytics': 'managed-service-for-apache-flink',
};

/**
 * Roles in data-flow order: the pipeline places a service no earlier than its
 * role's rank, so ingestion comes before processing, storage before query.
 */
export const ROLES = [
  'migrate',
  'ingest',
  'process',
  'transform',
  'deliver',
  'store',
  'catalog',
  'query',
  'ml',
  'compute',
  'visualize',
  'notify',
  'secure',
] as const;

export type Role = (typeof ROLES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Every id a caller may use: current ids, then retired aliases. */
export const KNOWN_SERVICE_IDS: readonly string[] = [...SERVICE_IDS, ...Object.keys(SERVICE_ID_ALIASES)];

// Registered ids: JSON Schemas built from these define each enum once (`$defs`) and reference it.
export const ServiceIdSchema = z.enum(SERVICE_IDS).meta({ id: 'ServiceId', description: 'A service id of the catalog' });
export const RoleSchema = z.enum(ROLES).meta({ id: 'Role', description: 'What the service does in the architecture' });
export const ConfidenceSchema = z.enum(CONFIDENCES).describe('How sure the advisor is: high, medium or low');
/** An id a caller may ask about: a current id, or a retired one (answered with its successor). */
export const KnownServiceIdSchema = z
  .enum(KNOWN_SERVICE_IDS as [string, ...string[]])
  .describe(`A service id; the retired ${Object.keys(SERVICE_ID_ALIASES).join(', ')} answers with its successor`);

/**
 * Maps a caller's id, including a retired alias, to the current id.
 *
 * @example
 * resolveServiceId('kinesis-data-analytics'); // 'managed-service-for-apache-flink'
 * resolveServiceId('nope'); // undefined
 */
export function resolveServiceId(id: string): ServiceId | undefined {
  if ((SERVICE_IDS as readonly string[]).includes(id)) return id as ServiceId;
  return Object.hasOwn(SERVICE_ID_ALIASES, id) ? SERVICE_ID_ALIASES[id] : undefined;
}
