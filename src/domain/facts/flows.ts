import type { Workload } from '../workload/schema.js';
import { DATA_SOURCES } from '../workload/schema.js';

/** How a flow's data reaches AWS. */
export const ARRIVALS = ['stream', 'batch', 'at-rest', 'change-capture', 'one-time-migration', 'request-response', 'unknown'] as const;
export type Arrival = (typeof ARRIVALS)[number];

/** How sure the reading of a flow's arrival is: a stated mode, figures, or only the kind of source. */
export const EVIDENCE = ['strong', 'medium', 'weak'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const FLOW_SOURCES = [...DATA_SOURCES, 'unspecified'] as const;
export type FlowSource = (typeof FLOW_SOURCES)[number];

/** One source's data and how it arrives: the unit the rules reason about for ingest. */
export interface Flow {
  source: FlowSource;
  arrival: Arrival;
  evidence: Evidence;
  /** Images, video or audio. */
  media: boolean;
  video: boolean;
  /** Records a catalog and SQL can read (rows, JSON, logs). */
  tabular: boolean;
  /** The workload fields the arrival was read from. */
  readFrom: string[];
}

/** Sources whose data is produced continuously: devices, cameras, apps, logs. */
export const STREAM_NATIVE_SOURCES: readonly FlowSource[] = ['iot-devices', 'video-cameras', 'application-logs', 'clickstream', 'mobile-apps'];
const DATABASES: readonly FlowSource[] = ['relational-database', 'nosql-database', 'data-warehouse'];
/** Sources that hold files of any kind, so media formats apply to them. */
const FILE_SOURCES: readonly FlowSource[] = ['s3', 'on-premises-files', 'mobile-apps', 'unspecified'];
const MEDIA_FORMATS = ['images', 'video', 'audio'];
const TABULAR_FORMATS = ['csv', 'json', 'parquet', 'avro', 'orc', 'text', 'logs'];
const RECORD_SOURCES: readonly FlowSource[] = ['iot-devices', 'application-logs', 'clickstream', 'mobile-apps', 'saas', ...DATABASES];

const positive = (value: number | undefined) => value !== undefined && value > 0;

/** Evidence of data streaming in that does not name a source: a stated stream mode, rates, or processing on a stream. */
export function streamEvidence(workload: Workload): { fields: string[]; strength: Evidence } | undefined {
  const { ingestion = {}, processing = {} } = workload;
  if (ingestion.mode === 'streaming') return { fields: ['ingestion.mode'], strength: 'strong' };
  if (ingestion.mode === 'none' && (positive(ingestion.throughputMBps) || positive(ingestion.recordsPerSecond))) {
    // A rate says data is coming in: it wins over a stated "none" (conflicts.ts says so).
    return { fields: positive(ingestion.throughputMBps) ? ['ingestion.throughputMBps'] : ['ingestion.recordsPerSecond'], strength: 'medium' };
  }
  if (ingestion.mode !== undefined) return undefined;
  if (ingestion.existingStream !== undefined) return { fields: ['ingestion.existingStream'], strength: 'strong' };
  const fields = [
    ...(positive(ingestion.throughputMBps) ? ['ingestion.throughputMBps'] : []),
    ...(positive(ingestion.recordsPerSecond) ? ['ingestion.recordsPerSecond'] : []),
    ...(processing.customStreamProcessing ? ['processing.customStreamProcessing'] : []),
    ...(processing.realTimeMetrics ? ['processing.realTimeMetrics'] : []),
    ...(processing.streamingSql ? ['processing.streamingSql'] : []),
  ];
  if (fields.length === 0) return undefined;
  return { fields, strength: fields.length > 1 ? 'medium' : 'weak' };
}

/** A request/response workload (an inference API, an OLTP store) answers calls; it does not take in a stream. */
function isRequestResponse(workload: Workload): boolean {
  if (workload.ingestion?.mode !== undefined) return false;
  if (workload.workloadType === 'transactional') return true;
  return workload.ml?.inference === true && workload.ml?.training !== true && !workload.processing?.customStreamProcessing;
}

const given = (section: object | undefined) => section !== undefined && Object.values(section).some((value) => value !== undefined);

/** Recovery objectives or a recovery Region and nothing else asked of the data (no arrival, freshness, processing, analysis or destination): a database kept where it lives. */
const onlyKeptSafe = (workload: Workload) => {
  const { resilience = {} } = workload;
  const recovery = resilience.secondaryRegion !== undefined || resilience.recoveryPointMinutes !== undefined || resilience.recoveryTimeMinutes !== undefined;
  // S3 named as a destination where the data already sits in S3 ('the PDFs are in S3 there') asks for nothing new.
  const inS3 = workload.data?.sources?.includes('s3') === true;
  const elsewhere = (workload.destinations ?? []).some((destination) => !(destination === 's3' && inS3));
  const asked = workload.ingestion?.mode !== undefined || workload.latency !== undefined || elsewhere;
  return recovery && !asked && !given(workload.processing) && !given(workload.analytics) && !given(workload.ml);
};

/**
 * A move of a database: the mode says so, or the migration names its target or its replication; where the database runs
 * and its engine alone say a move too, except where the workload only asks to keep that database safe where it lives.
 */
function migrationArrival(workload: Workload): Arrival | undefined {
  const { migration = {}, ingestion = {} } = workload;
  const named = ingestion.mode === 'one-time-migration' || migration.target !== undefined || migration.ongoingReplication !== undefined;
  const intent = named || (Object.keys(migration).length > 0 && !onlyKeptSafe(workload));
  if (!intent) return undefined;
  return migration.ongoingReplication === true ? 'change-capture' : 'one-time-migration';
}

/** How one source's data arrives, with the fields read and how sure that reading is. */
function arrivalOf(source: FlowSource, workload: Workload): Pick<Flow, 'arrival' | 'evidence' | 'readFrom'> {
  const mode = workload.ingestion?.mode;
  const atRest = workload.data?.atRest;
  const database = DATABASES.includes(source) || source === 'unspecified';
  const migration = database ? migrationArrival(workload) : undefined;
  if (migration) return { arrival: migration, evidence: 'strong', readFrom: ['migration'] };
  const streamNative = STREAM_NATIVE_SOURCES.includes(source);
  // data.atRest describes the stored sources, or every source when none is a store.
  const storedNamed = (workload.data?.sources ?? []).some((named) => !STREAM_NATIVE_SOURCES.includes(named));
  if (atRest === true && (!streamNative || !storedNamed)) return { arrival: 'at-rest', evidence: 'strong', readFrom: ['data.atRest'] };
  if (mode === 'streaming') {
    if (DATABASES.includes(source)) return { arrival: 'change-capture', evidence: 'medium', readFrom: ['ingestion.mode'] };
    return { arrival: 'stream', evidence: 'strong', readFrom: ['ingestion.mode'] };
  }
  if (mode === 'batch') return { arrival: 'batch', evidence: 'strong', readFrom: ['ingestion.mode'] };
  if (mode === 'one-time-migration') return { arrival: 'one-time-migration', evidence: 'strong', readFrom: ['ingestion.mode'] };
  const evidence = streamEvidence(workload);
  if (mode === 'none' && !evidence) return { arrival: 'at-rest', evidence: 'medium', readFrom: ['ingestion.mode'] };
  // An OLTP store or an inference API answers calls: its sources' records are requests, not a stream to ingest.
  if (isRequestResponse(workload) && (source === 'unspecified' || !evidence || !streamNative)) {
    return { arrival: 'request-response', evidence: 'medium', readFrom: workload.workloadType === 'transactional' ? ['workloadType'] : ['ml.inference'] };
  }
  if (streamNative) {
    if (evidence) return { arrival: 'stream', evidence: 'medium', readFrom: ['data.sources', ...evidence.fields] };
    if (atRest === false) return { arrival: 'stream', evidence: 'medium', readFrom: ['data.sources', 'data.atRest'] };
    return { arrival: 'stream', evidence: 'weak', readFrom: ['data.sources'] };
  }
  if (source !== 'unspecified') return { arrival: atRest === false ? 'batch' : 'at-rest', evidence: atRest === false ? 'medium' : 'weak', readFrom: ['data.sources'] };
  if (evidence) return { arrival: 'stream', evidence: evidence.strength, readFrom: evidence.fields };
  if (atRest === false) return { arrival: 'unknown', evidence: 'weak', readFrom: ['data.atRest'] };
  return { arrival: 'unknown', evidence: 'weak', readFrom: [] };
}

/** What kind of content a source's data is, from the source and the stated formats. */
function contentOf(source: FlowSource, formats: readonly string[]): Pick<Flow, 'media' | 'video' | 'tabular'> {
  const carriesFiles = FILE_SOURCES.includes(source);
  const video = source === 'video-cameras' || (carriesFiles && formats.includes('video'));
  const media = video || (carriesFiles && formats.some((format) => MEDIA_FORMATS.includes(format)));
  const tabularFormats = formats.some((format) => TABULAR_FORMATS.includes(format));
  const tabular = RECORD_SOURCES.includes(source) || tabularFormats || (carriesFiles && formats.length === 0) || (!media && formats.length === 0);
  return { media, video, tabular: tabular && (source !== 'video-cameras' || tabularFormats) };
}

/**
 * Reads a workload into flows, one per source in `data.sources` (or one
 * `unspecified` flow when none is named): how each source's data arrives,
 * how sure that reading is, and what kind of content it carries. Latency
 * never makes a stream; `data.atRest` wins over a stated stream mode for
 * the stored data it describes.
 *
 * @example
 * readFlows({ data: { sources: ['clickstream', 'relational-database'] }, migration: { ongoingReplication: true } })
 *   .map((flow) => flow.arrival); // ['stream', 'change-capture']
 */
export function readFlows(workload: Workload): Flow[] {
  const formats = workload.data?.formats ?? [];
  const sources: FlowSource[] = workload.data?.sources?.length ? [...workload.data.sources] : ['unspecified'];
  return sources.map((source) => ({ source, ...arrivalOf(source, workload), ...contentOf(source, formats) }));
}
