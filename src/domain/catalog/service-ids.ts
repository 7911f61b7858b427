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
  'schema-conversion-tool',
  'msk',
  's3-replication',
  'aurora',
  'rds',
  'datasync',
  'iceberg-tables',
] as const;

/** A service of the built-in catalog. */
export type BuiltInServiceId = (typeof SERVICE_IDS)[number];

/**
 * An organisation's own service: `namespace:name`, such as `acme:msk`. The
 * colon keeps it apart from every built-in id, today's and tomorrow's.
 */
export type OrgServiceId = `${string}:${string}`;

/** Any service a rule set knows: the built-in catalog's, or an organisation's own. */
export type ServiceId = BuiltInServiceId | OrgServiceId;

/** `namespace:kebab-name`: how an organisation names its own services, warning codes and (optionally) rules. */
export const NAMESPACED_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids AWS or the cards once used, accepted wherever a caller names a service. */
export const SERVICE_ID_ALIASES: Readonly<Record<string, BuiltInServiceId>> = {
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

const BuiltInServiceIdSchema = z.enum(SERVICE_IDS).describe('A built-in service id');

/** An organisation's service id; the cast gives it the template type the answer's `service` fields carry. */
export const OrgServiceIdSchema = z
  .string()
  .max(60)
  .regex(NAMESPACED_ID, 'an organisation\'s service id is namespaced, such as acme:msk')
  .describe('An organisation\'s own service: namespace:name, such as acme:msk') as unknown as z.ZodType<OrgServiceId>;

// Registered ids: JSON Schemas built from these define each once (`$defs`) and reference it.
export const ServiceIdSchema = z
  .union([BuiltInServiceIdSchema, OrgServiceIdSchema])
  .meta({ id: 'ServiceId', description: "A service id of the catalog, or an organisation's own service (namespace:name, such as acme:msk)" });
export const RoleSchema = z.enum(ROLES).meta({ id: 'Role', description: 'What the service does in the architecture' });
export const ConfidenceSchema = z.enum(CONFIDENCES).describe('How sure the advisor is: high, medium or low');

/**
 * Maps a caller's id, including a retired alias, to the current built-in id.
 *
 * @example
 * resolveServiceId('kinesis-data-analytics'); // 'managed-service-for-apache-flink'
 * resolveServiceId('nope'); // undefined
 */
export function resolveServiceId(id: string): BuiltInServiceId | undefined {
  if ((SERVICE_IDS as readonly string[]).includes(id)) return id as BuiltInServiceId;
  return Object.hasOwn(SERVICE_ID_ALIASES, id) ? SERVICE_ID_ALIASES[id] : undefined;
}
