import { formatValue } from '../words/format-value.js';
import { readPath, WORKLOAD_FIELDS } from './fields.js';
import type { Workload } from './schema.js';

/**
 * One field as a person reads it, or undefined when the workload leaves it out.
 *
 * @example
 * describeField({ ingestion: { throughputMBps: 20 } }, 'ingestion.throughputMBps'); // 'Write rate: 20 MB/s'
 */
export function describeField(workload: Workload, path: string): string | undefined {
  const value = readPath(workload, path);
  return value === undefined ? undefined : describeValue(path, value);
}

/** A field's label with a value, in words and with its unit: `describeValue('latency', 'real-time')` is 'Latency: real-time'. */
export function describeValue(path: string, value: unknown): string {
  const { label, unit } = WORKLOAD_FIELDS.get(path) ?? { label: path };
  return `${label}: ${formatValue(value)}${unit ? ` ${unit}` : ''}`;
}

const LATENCY_WORDS: Readonly<Record<string, string>> = {
  'real-time': 'in real time (sub-second)',
  'near-real-time': 'in near real time (seconds to minutes)',
  batch: 'in batches (hours)',
};

const LOCATION_WORDS: Readonly<Record<string, string>> = { 'on-premises': 'on premises', ec2: 'on EC2', rds: 'in RDS', aurora: 'in Aurora' };

/**
 * The workload in a few plain sentences, for the context of a decision record.
 *
 * @example
 * describeWorkload({ data: { sources: ['iot-devices'] }, latency: 'real-time' });
 * // ['Data comes from IoT devices.', 'Answers are needed in real time (sub-second).']
 */
export function describeWorkload(workload: Workload): string[] {
  return [
    ...dataSentences(workload),
    ...ingestionSentences(workload),
    ...processingSentences(workload),
    ...readerSentences(workload),
    ...securitySentences(workload),
    ...migrationSentences(workload),
    ...settingSentences(workload),
  ];
}

function dataSentences({ data = {} }: Workload): string[] {
  const sentences: string[] = [];
  const origin: string[] = [];
  if (data.sources) origin.push(`Data comes from ${formatValue(data.sources)}`);
  if (data.formats) origin.push(`${origin.length ? 'as' : 'Data arrives as'} ${formatValue(data.formats)}`);
  if (origin.length) sentences.push(`${origin.join(' ')}.`);
  if (data.volumeTB !== undefined) sentences.push(`About ${formatValue(data.volumeTB)} TB is stored or processed in total.`);
  if (data.retentionDays !== undefined) sentences.push(`Data is kept for ${formatValue(data.retentionDays)} days.`);
  if (data.atRest) sentences.push('The data already sits in buckets, databases or warehouses.');
  if (data.lowQuality) sentences.push('Messy, incomplete or inconsistent records are expected.');
  if (data.duplicatesWithoutCommonId) sentences.push('Some records describe the same entity without sharing an id.');
  return sentences;
}

function ingestionSentences({ ingestion = {}, latency }: Workload): string[] {
  const sentences: string[] = [];
  const rate: string[] = [];
  if (ingestion.throughputMBps !== undefined) rate.push(`at ${formatValue(ingestion.throughputMBps)} MB/s`);
  if (ingestion.recordsPerSecond !== undefined) {
    const size = ingestion.recordSizeKB !== undefined ? ` of about ${formatValue(ingestion.recordSizeKB)} KB` : '';
    rate.push(`(${formatValue(ingestion.recordsPerSecond)} records/s${size})`);
  }
  if (ingestion.producers !== undefined) rate.push(`from ${formatValue(ingestion.producers)} producers`);
  if (ingestion.mode || rate.length) {
    const opening = ingestion.mode ? `Ingestion is ${ingestion.mode.replaceAll('-', ' ')}` : 'Data arrives';
    sentences.push(`${[opening, ...rate].join(' ')}.`);
  }
  if (ingestion.consumers !== undefined) sentences.push(`${formatValue(ingestion.consumers)} independent applications read the stream.`);
  if (ingestion.retentionHours !== undefined) sentences.push(`Raw data must stay replayable for ${formatValue(ingestion.retentionHours)} hours.`);
  if (ingestion.ordering) sentences.push('Per-key ordering matters.');
  if (latency) sentences.push(`Answers are needed ${LATENCY_WORDS[latency]}.`);
  return sentences;
}

function processingSentences({ processing = {}, destinations }: Workload): string[] {
  const sentences: string[] = [];
  const work: string[] = [];
  if (processing.customStreamProcessing) work.push('custom stream processing');
  if (processing.realTimeMetrics) work.push('real-time metrics');
  if (processing.streamingSql) work.push('SQL over the stream');
  if (processing.transformBeforeDelivery) work.push('a light transform before delivery');
  if (processing.etl) work.push(`batch ETL${processing.etlTrigger ? ` started on ${processing.etlTrigger.replace('-', ' ')}` : ''}`);
  if (processing.massivelyParallel) work.push('massively parallel compute');
  if (processing.frameworks) work.push(`${formatValue(processing.frameworks)} code`);
  if (processing.computerVision) work.push(`computer vision (${formatValue(processing.computerVision)})`);
  if (work.length) sentences.push(`The data needs ${formatValue(work)}.`);
  if (destinations) sentences.push(`It must land in ${formatValue(destinations)}.`);
  return sentences;
}

function readerSentences({ analytics = {}, ml = {}, alerts }: Workload): string[] {
  const sentences: string[] = [];
  const readers: string[] = [];
  if (analytics.adhocSql) readers.push('ad-hoc SQL');
  if (analytics.dashboards) readers.push('dashboards');
  if (analytics.emailReports) readers.push('emailed reports');
  if (analytics.embeddedReports) readers.push('embedded reports');
  if (readers.length) sentences.push(`People read it through ${formatValue(readers)}.`);
  const learning: string[] = [];
  if (ml.training) learning.push('trains models');
  if (ml.inference) learning.push('serves predictions');
  if (learning.length) {
    const how = [
      ml.frameworks ? `with ${formatValue(ml.frameworks)}` : '',
      ml.gpu === true ? 'on GPUs' : ml.gpu === false ? 'without GPUs' : '',
      ml.lowLevelCustom ? 'in a custom low-level environment' : '',
      ml.sparkPipeline ? 'in Spark ML pipelines' : '',
    ].filter(Boolean);
    sentences.push(`The team ${formatValue(learning)}${how.length ? ` ${how.join(' ')}` : ''}.`);
  }
  if (alerts?.mobileNotifications) sentences.push('People must be alerted on their phones.');
  return sentences;
}

function securitySentences({ security = {} }: Workload): string[] {
  const guard: string[] = [];
  if (security.encryptionAtRest) guard.push(`encryption at rest: ${formatValue(security.encryptionAtRest)}`);
  if (security.complianceRequired) guard.push('an auditor needs an encryption-at-rest tick');
  if (security.crossAccountAccess) guard.push('other accounts must read the data');
  return guard.length ? [`Security: ${guard.join('; ')}.`] : [];
}

function migrationSentences({ migration = {} }: Workload): string[] {
  if (!migration.sourceEngine && !migration.target) return [];
  const engine = migration.sourceEngine ? `${formatValue(migration.sourceEngine)} database` : 'database';
  const where = migration.sourceLocation ? ` running ${LOCATION_WORDS[migration.sourceLocation]}` : '';
  const target = migration.target ? ` to ${formatValue(migration.target)}` : '';
  const replication = migration.ongoingReplication ? ', with changes replicated after the full load' : '';
  return [`A ${engine}${where} moves${target}${replication}.`];
}

function settingSentences({ account, workloadType, costPriority }: Workload): string[] {
  const sentences: string[] = [];
  if (account?.isNew) sentences.push('The AWS account is new.');
  if (account?.region) sentences.push(`It runs in ${account.region}.`);
  if (workloadType) sentences.push(`The workload is ${workloadType}.`);
  if (costPriority) sentences.push(`Cost priority: ${costPriority}.`);
  return sentences;
}
