import type { Workload } from '../workload/schema.js';
import type { Flow } from './flows.js';

/** Fields that contradict each other, and how the answer reads them. */
export interface Conflict {
  fields: string[];
  message: string;
}

type Check = (workload: Workload, flows: readonly Flow[]) => Conflict | undefined;

const STREAM_PROCESSING = ['customStreamProcessing', 'realTimeMetrics', 'streamingSql'] as const;

/** Each check names the fields that disagree and the reading the answer then follows. */
const CHECKS: readonly Check[] = [
  (workload, flows) =>
    workload.data?.atRest === true && workload.ingestion?.mode === 'streaming' && flows.some((flow) => flow.arrival === 'at-rest')
      ? {
          fields: ['data.atRest', 'ingestion.mode'],
          message: `data.atRest is true but ingestion.mode is streaming: read as data already at rest for ${sourcesOf(flows, 'at-rest')}, moved in batches with no stream to ingest it; set data.atRest to false if it streams in.`,
        }
      : undefined,
  (workload) => {
    const live = STREAM_PROCESSING.filter((need) => workload.processing?.[need] === true);
    return workload.latency === 'batch' && live.length > 0
      ? {
          fields: ['latency', ...live.map((need) => `processing.${need}`)],
          message: `latency is batch but processing.${live[0]} works on the data as it arrives: read as stream processing for that need, and batch answers (hours) for everything else.`,
        }
      : undefined;
  },
  (workload) =>
    workload.ingestion?.mode === 'batch' && workload.latency === 'real-time'
      ? {
          fields: ['ingestion.mode', 'latency'],
          message: 'ingestion.mode is batch but latency is real-time: data that arrives in batches cannot be answered within a second of being produced; read as batch ingestion, each batch queryable as soon as it lands. Set ingestion.mode to streaming if records arrive continuously.',
        }
      : undefined,
  (workload) =>
    workload.ingestion?.mode === 'none' && ((workload.ingestion.throughputMBps ?? 0) > 0 || (workload.ingestion.recordsPerSecond ?? 0) > 0)
      ? {
          fields: ['ingestion.mode', workload.ingestion.throughputMBps ? 'ingestion.throughputMBps' : 'ingestion.recordsPerSecond'],
          message: 'ingestion.mode is none but an ingest rate is given: data that arrives at a rate is data coming in, so the rate wins and the sources that produce it are read as streaming in; set ingestion.mode to batch if it arrives in files.',
        }
      : undefined,
  (workload, flows) =>
    workload.ingestion?.existingStream !== undefined && flows.length > 0 && !flows.some((flow) => flow.arrival === 'stream' && !flow.video)
      ? {
          fields: ['ingestion.existingStream', 'ingestion.mode'],
          message: `ingestion.existingStream names a stream the team runs (${workload.ingestion.existingStream}) but no source's records are read as streaming in (${workload.ingestion.mode ? `ingestion.mode is ${workload.ingestion.mode}` : 'the data sits at rest or is video'}): read as data that does not pass through that stream; set ingestion.mode to streaming if it does.`,
        }
      : undefined,
  (workload, flows) => {
    const live = STREAM_PROCESSING.filter((need) => workload.processing?.[need] === true);
    return live.length > 0 && flows.length > 0 && !flows.some((flow) => flow.arrival === 'stream')
      ? {
          fields: [...live.map((need) => `processing.${need}`), 'ingestion.mode'],
          message: `${live.map((need) => `processing.${need}`).join(' and ')} ${live.length === 1 ? 'works' : 'work'} on records as they stream in, but no source is read as streaming in: read as work on the data as it lands in batches; set ingestion.mode to streaming (or give the stream's rate) if records arrive continuously.`,
        }
      : undefined;
  },
  (workload, flows) =>
    workload.data?.duplicatesWithoutCommonId === true && flows.length > 0 && !flows.some((flow) => flow.tabular)
      ? {
          fields: ['data.duplicatesWithoutCommonId', 'data.formats'],
          message: 'data.duplicatesWithoutCommonId asks to match records, but no source carries records (only images, video or audio): read as nothing to match yet; name the sources or formats that hold the records.',
        }
      : undefined,
  (workload, flows) =>
    (workload.processing?.computerVision?.length ?? 0) > 0 && !flows.some((flow) => flow.media)
      ? {
          fields: ['processing.computerVision', 'data.formats'],
          message: 'processing.computerVision asks for computer vision, but no source carries images or video: read as no footage or pictures to analyse yet; name the video-cameras source, or images or video in data.formats, and the answer adds the vision services.',
        }
      : undefined,
  (workload) =>
    workload.ingestion?.mode === 'one-time-migration' && workload.migration?.ongoingReplication === true
      ? {
          fields: ['ingestion.mode', 'migration.ongoingReplication'],
          message: 'ingestion.mode is one-time-migration but migration.ongoingReplication is true: read as a full load followed by ongoing replication (CDC) until cutover.',
        }
      : undefined,
  (workload) =>
    workload.ml?.lowLevelCustom === true && workload.ml.gpu === false
      ? {
          fields: ['ml.lowLevelCustom', 'ml.gpu'],
          message: 'ml.lowLevelCustom asks for custom low-level (CUDA) work but ml.gpu is false: read as custom work on CPU instances in an environment you build, without the GPU-oriented Deep Learning Base AMI and without GPU quotas.',
        }
      : undefined,
  (workload, flows) =>
    workload.processing?.etlTrigger !== undefined &&
    workload.processing.etlTrigger !== 'manual' &&
    flows.length > 0 &&
    flows.every((flow) => flow.arrival === 'stream')
      ? {
          fields: ['processing.etlTrigger', 'ingestion.mode'],
          message: `processing.etlTrigger is ${workload.processing.etlTrigger} but the data only streams in: a Glue streaming ETL job runs continuously on the stream and takes no trigger; read as a streaming job.`,
        }
      : undefined,
  (workload) =>
    workload.security?.encryptionAtRest === 'none' && workload.security.complianceRequired === true
      ? {
          fields: ['security.encryptionAtRest', 'security.complianceRequired'],
          message: 'security.encryptionAtRest is none but an auditor needs encryption at rest: read as SSE-S3, which S3 applies to every new object anyway and which cannot be turned off.',
        }
      : undefined,
];

function sourcesOf(flows: readonly Flow[], arrival: Flow['arrival']): string {
  const names = flows.filter((flow) => flow.arrival === arrival).map((flow) => (flow.source === 'unspecified' ? 'the data' : `the ${flow.source} data`));
  return names.join(' and ');
}

/**
 * Finds the fields of a workload that contradict each other: each conflict
 * names them and says how the answer reads them (the reading the flows and
 * the rules then follow), so the answer stays useful.
 *
 * @example
 * findConflicts({ ingestion: { mode: 'batch' }, latency: 'real-time' }, flows)[0].fields; // ['ingestion.mode', 'latency']
 */
export function findConflicts(workload: Workload, flows: readonly Flow[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const check of CHECKS) {
    const conflict = check(workload, flows);
    if (conflict) conflicts.push(conflict);
  }
  return conflicts;
}
