import type { Recommendation, RecommendationItem } from '../../src/domain/answer/schema.js';
import type { Workload } from '../../src/domain/workload/schema.js';

/** The destinations Amazon Data Firehose delivers to (Firehose Developer Guide, "Choose a destination"). */
const FIREHOSE_DESTINATIONS = ['s3', 'redshift', 'opensearch', 'splunk', 'http-endpoint', 'snowflake', 'iceberg'];
/** Sizing keys that are figures worked out from the workload: each needs the premises it rests on. */
const SIZED_KEYS = ['shards', 'kpus', 'coreNodes', 'taskNodes', 'workerNodes', 'numberOfWorkers', 'initialInstanceCount', 'streams', 'dpu', 'firehoseStreams'];
const GPU_INSTANCE = /(^|\.)(p\d|g\d|trn\d|inf\d)[a-z0-9-]*\./;
const SPOT_KEYS = ['purchaseOption', 'taskPurchaseOption'];

const byService = (answer: Recommendation, id: string): RecommendationItem | undefined => answer.recommendations.find((item) => item.service === id);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/**
 * Invariant 12: no recommendation one of the answer's own warnings advises against: Spot beside
 * "no Spot for streaming, Spot task nodes for batch work only", when there is no batch work.
 */
function spotBesideItsWarning(answer: Recommendation): string[] {
  if (!answer.warnings.some((warning) => warning.code === 'spot-streaming')) return [];
  if (answer.flows.some((flow) => flow.arrival !== 'stream')) return [];
  return answer.recommendations
    .filter((item) => SPOT_KEYS.some((key) => item.configuration[key] === 'spot'))
    .map((item) => `${item.service} is on Spot beside the answer's own spot-streaming warning`);
}

/** Invariant 12: one writer per flow into a store (Firehose and a Glue streaming job both landing one stream). */
function twoWritersPerFlow(answer: Recommendation): string[] {
  const glue = byService(answer, 'glue-etl');
  if (glue?.configuration.jobType !== 'streaming' || !byService(answer, 'kinesis-data-firehose')) return [];
  return answer.flows
    .filter((flow) => flow.services.includes('glue-etl') && flow.services.includes('kinesis-data-firehose'))
    .map((flow) => `the ${flow.source} flow is written into the lake twice, by Firehose and by a Glue streaming job`);
}

/** Invariant 12: the instance kind of a quota matches the instance kind recommended. */
function quotaKindMismatch(answer: Recommendation): string[] {
  const quotas = answer.recommendations.flatMap((item) => strings(item.configuration.serviceQuotas).map((quota) => ({ item, quota })));
  const gpuRecommended =
    answer.recommendations.some((item) => item.service === 'ec2-accelerated-computing') ||
    answer.recommendations.some((item) => item.configuration.acceleration === 'gpu' || item.configuration.acceleration === 'inferentia');
  const problems: string[] = [];
  for (const { item, quota } of quotas) {
    if (GPU_INSTANCE.test(quota) && !gpuRecommended) problems.push(`${item.service} asks for a GPU quota (${quota}) while nothing recommended runs on a GPU`);
    const endpointType = byService(answer, 'sagemaker')?.configuration.endpointType;
    if (/for transform job usage/.test(quota) && endpointType !== undefined && endpointType !== 'batch-transform') {
      problems.push(`${item.service} asks for a transform-job quota (${quota}) while no batch transform is recommended`);
    }
  }
  const sagemaker = byService(answer, 'sagemaker');
  if (sagemaker?.configuration.endpointType === 'batch-transform') {
    const asked = quotas.map(({ quota }) => quota).filter((quota) => / for (endpoint|transform job) usage$/.test(quota));
    if (asked.some((quota) => quota.endsWith('for endpoint usage'))) problems.push('a batch transform is recommended but the quota asked is for endpoint usage');
  }
  return problems;
}

/** Invariant 12: a Deep Learning AMI only where self-managed EC2 runs it (SageMaker AI runs containers). */
function amiWithoutEc2(answer: Recommendation): string[] {
  const amis = answer.recommendations.filter((item) => item.service === 'dlami-conda' || item.service === 'dlami-base');
  if (amis.length === 0) return [];
  const selfManaged = answer.recommendations.some(
    (item) => (item.service === 'ec2-accelerated-computing' || item.service === 'ec2-compute-optimized') && !strings(item.configuration.instanceTypes).some((type) => type.startsWith('ml.')),
  );
  return selfManaged ? [] : amis.map((item) => `${item.service} is recommended but no self-managed EC2 instance runs it`);
}

/** Invariant 12: each Firehose destination is one Firehose supports, in configuration and in words. */
function firehoseDestinations(answer: Recommendation): string[] {
  const firehose = byService(answer, 'kinesis-data-firehose');
  if (!firehose) return [];
  const problems = strings(firehose.configuration.destinations)
    .filter((destination) => !FIREHOSE_DESTINATIONS.includes(destination))
    .map((destination) => `Firehose is configured to deliver to ${destination}, which it does not support`);
  const texts = [...firehose.rationale, ...answer.warnings.map((warning) => warning.message)];
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.;])\s+/)) {
      if (/Firehose/.test(sentence) && /deliver|lands?|writes?/.test(sentence) && /DynamoDB/.test(sentence) && !/\b(not|no|cannot|isn't|instead)\b/.test(sentence)) {
        problems.push(`"${sentence}" says Firehose delivers to DynamoDB`);
      }
    }
  }
  return problems;
}

/** Invariant 13: retention belongs to the store it is stated for (a lake's never becomes a stream's). */
function retentionOfAnotherStore(workload: Workload, answer: Recommendation): string[] {
  const stream = byService(answer, 'kinesis-data-streams')?.configuration.retentionHours;
  if (typeof stream !== 'number') return [];
  const given = workload.ingestion?.retentionHours;
  const expected = given === undefined ? 24 : Math.min(8760, Math.max(24, given));
  return stream === expected ? [] : [`the stream keeps ${stream} hours, not the ${given === undefined ? 'default 24' : `stated ${given}`} hours of ingestion.retentionHours`];
}

/** Invariants 10–11: every sized figure lists its premises; a sizing-guess names fields the answer asks. */
function premisesOfSizing(answer: Recommendation): string[] {
  const problems: string[] = [];
  for (const item of answer.recommendations) {
    const sized = SIZED_KEYS.filter((key) => typeof item.configuration[key] === 'number');
    if (sized.length > 0 && item.premises.length === 0) problems.push(`${item.service} sizes ${sized.join(', ')} with no premises`);
    for (const premise of item.premises) {
      if (premise.from === 'default' && premise.field === undefined) continue;
      if (!Number.isFinite(premise.value)) problems.push(`${item.service}: premise ${premise.quantity} is not a number`);
    }
  }
  const asked = new Set(answer.missing.map((question) => question.field));
  for (const warning of answer.warnings.filter((w) => w.code === 'sizing-guess')) {
    const fields = [...warning.message.matchAll(/\(([a-z]+\.[A-Za-z.]+)\)/g)].map((match) => match[1]);
    if (fields.length === 0) problems.push(`sizing-guess names no field: "${warning.message}"`);
    for (const field of fields) if (!asked.has(field)) problems.push(`sizing-guess names ${field} but the answer does not ask for it`);
  }
  return problems;
}

/** A catalog or a batch transform reads and writes tables: with neither a store nor a delivery, the data has nowhere to be. */
function catalogWithoutStore(answer: Recommendation): string[] {
  const roles = new Set(answer.recommendations.map((item) => item.role));
  const tables = answer.recommendations.filter((item) => item.role === 'catalog' || (item.role === 'transform' && item.service.startsWith('glue')));
  if (tables.length === 0 || roles.has('store') || roles.has('deliver')) return [];
  return [`${tables.map((item) => item.service).join(', ')} recommended with no store or delivery for the data they read`];
}

/**
 * Every way an answer contradicts itself or rests on unstated numbers
 * (REASONING.md invariants 10–13), as sentences; empty when it holds together.
 */
export function selfConsistencyViolations(workload: Workload, answer: Recommendation): string[] {
  return [
    ...spotBesideItsWarning(answer),
    ...twoWritersPerFlow(answer),
    ...quotaKindMismatch(answer),
    ...amiWithoutEc2(answer),
    ...firehoseDestinations(answer),
    ...retentionOfAnotherStore(workload, answer),
    ...premisesOfSizing(answer),
    ...catalogWithoutStore(answer),
  ];
}

/** Reports a BI tool the team keeps serves (analytics.biTool other than QuickSight): a need met outside the answer. */
const keptBiTool = (w: Workload) => w.analytics?.biTool !== undefined && w.analytics.biTool !== 'quicksight';

/** What serves each need a workload can state (invariant 14): a field, and the services any one of which answers it. */
export const NEEDS: ReadonlyArray<{ need: string; stated: (w: Workload) => boolean; servedBy: readonly string[]; field: string }> = [
  { need: 'dashboards', field: 'analytics.dashboards', stated: (w) => w.analytics?.dashboards === true && !keptBiTool(w), servedBy: ['quicksight'] },
  { need: 'email reports', field: 'analytics.emailReports', stated: (w) => w.analytics?.emailReports === true && !keptBiTool(w), servedBy: ['quicksight'] },
  { need: 'embedded reports', field: 'analytics.embeddedReports', stated: (w) => w.analytics?.embeddedReports === true && !keptBiTool(w), servedBy: ['quicksight'] },
  { need: 'ad-hoc SQL', field: 'analytics.adhocSql', stated: (w) => w.analytics?.adhocSql === true, servedBy: ['athena', 'redshift', 'aurora', 'rds'] },
  { need: 'model training', field: 'ml.training', stated: (w) => w.ml?.training === true, servedBy: ['sagemaker', 'ec2-accelerated-computing', 'ec2-compute-optimized', 'sagemaker-spark'] },
  { need: 'model inference', field: 'ml.inference', stated: (w) => w.ml?.inference === true, servedBy: ['sagemaker', 'ec2-accelerated-computing', 'ec2-compute-optimized', 'rekognition-image', 'rekognition-video'] },
  { need: 'mobile alerts', field: 'alerts.mobileNotifications', stated: (w) => w.alerts?.mobileNotifications === true, servedBy: ['sns'] },
  { need: 'computer vision', field: 'processing.computerVision', stated: (w) => (w.processing?.computerVision?.length ?? 0) > 0, servedBy: ['rekognition-video', 'rekognition-image', 'sagemaker'] },
  { need: 'matching without a common id', field: 'data.duplicatesWithoutCommonId', stated: (w) => w.data?.duplicatesWithoutCommonId === true, servedBy: ['glue-findmatches', 'entity-resolution'] },
  { need: 'SQL over the stream', field: 'processing.streamingSql', stated: (w) => w.processing?.streamingSql === true, servedBy: ['managed-service-for-apache-flink'] },
  { need: 'batch ETL', field: 'processing.etl', stated: (w) => w.processing?.etl === true, servedBy: ['glue-etl', 'emr', 'emr-serverless', 'redshift-zero-etl'] },
  { need: 'own keys', field: 'security.encryptionAtRest', stated: (w) => w.security?.encryptionAtRest === 'customer-managed-keys' || w.security?.encryptionAtRest === 'imported-keys', servedBy: ['s3-sse-kms'] },
  { need: 'cross-account access', field: 'security.crossAccountAccess', stated: (w) => w.security?.crossAccountAccess === true, servedBy: ['s3-bucket-policy', 'lake-formation'] },
  { need: 'row-level deletes', field: 'data.rowLevelDeletes', stated: (w) => w.data?.rowLevelDeletes === true, servedBy: ['iceberg-tables', 'aurora', 'rds', 'dynamodb', 'redshift', 'opensearch'] },
  { need: 'disaster recovery', field: 'resilience.secondaryRegion', stated: (w) => w.resilience?.secondaryRegion !== undefined || w.resilience?.recoveryPointMinutes !== undefined, servedBy: ['s3-replication', 'aurora', 'rds', 'dynamodb'] },
  { need: 'an existing Kafka bus', field: 'ingestion.existingStream', stated: (w) => w.ingestion?.existingStream === 'msk' || (w.ingestion?.existingStream === 'kafka' && w.ingestion.keepExistingStream !== true), servedBy: ['msk'] },
  {
    need: 'a self-managed Kafka cluster kept as it is',
    field: 'ingestion.keepExistingStream',
    stated: (w) => w.ingestion?.existingStream === 'kafka' && w.ingestion.keepExistingStream === true,
    servedBy: ['glue-etl', 'managed-service-for-apache-flink', 'emr', 'emr-serverless', 'apache-spark', 'lambda', 'opensearch-ingestion'],
  },
  { need: 'key-value access', field: 'data.accessPattern', stated: (w) => w.data?.accessPattern === 'key-value', servedBy: ['dynamodb'] },
  { need: 'relational transactions', field: 'data.accessPattern', stated: (w) => w.data?.accessPattern === 'relational-transactions', servedBy: ['aurora', 'rds'] },
  { need: 'full-text search', field: 'data.accessPattern', stated: (w) => w.data?.accessPattern === 'search', servedBy: ['opensearch'] },
  { need: 'vector search', field: 'data.accessPattern', stated: (w) => w.data?.accessPattern === 'vector-search', servedBy: [] },
  ...(['redshift', 'opensearch', 'splunk', 'dynamodb', 's3'] as const).map((destination) => ({
    need: `delivery into ${destination}`,
    field: 'destinations',
    stated: (w: Workload) => w.destinations?.includes(destination) === true,
    servedBy: [destination],
  })),
  { need: 'delivery to an HTTP endpoint', field: 'destinations', stated: (w) => w.destinations?.includes('http-endpoint') === true, servedBy: ['kinesis-data-firehose', 'lambda'] },
];

/**
 * Invariant 14: each stated need served by a recommendation, asked about in `missing` (its field, or
 * a question that names it), named in an `outside-scope` warning, or read one way in a
 * `conflicting-inputs` warning that names it.
 */
export function droppedNeeds(workload: Workload, answer: Recommendation): string[] {
  const services = new Set<string>(answer.recommendations.map((item) => item.service));
  const asked = new Set(answer.missing.map((question) => question.field));
  const said = [
    ...answer.warnings.filter((warning) => ['outside-scope', 'conflicting-inputs', 'unserved-need'].includes(warning.code)).map((warning) => warning.message),
    ...answer.missing.map((question) => question.why),
  ].join('\n');
  return NEEDS.filter(({ stated }) => stated(workload))
    .filter(({ servedBy, field }) => !servedBy.some((id) => services.has(id)) && !asked.has(field) && !said.includes(field))
    .map(({ need, field }) => `${need} (${field}) is neither served, asked about, nor named outside scope`);
}
