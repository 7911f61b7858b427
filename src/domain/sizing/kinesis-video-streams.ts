import type { Premise } from './premise.js';
import { type Sizer } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/**
 * Kinesis Video Streams: one stream per camera, retention for playback.
 *
 * @example
 * sizeKinesisVideoStreams({ workload: { ingestion: { producers: 12 } }, recommended, flows: [], reading }).configuration.streams; // 12
 */
export const sizeKinesisVideoStreams: Sizer = ({ workload }) => {
  const producers = workload.ingestion?.producers;
  const retention = workload.ingestion?.retentionHours;
  const configuration: Record<string, string | number | boolean | string[]> = {
    producer: 'Kinesis Video Streams producer SDK (GStreamer kvssink plugin)',
    dataRetentionHours: retention ?? 24,
  };
  const rationale: string[] = [];
  if (producers !== undefined) {
    configuration.streams = producers;
    rationale.push(`Each camera writes its own video stream: ${plural(producers, 'stream')} for ${plural(producers, 'camera')}.`);
  }
  rationale.push(
    retention !== undefined
      ? `Keep ${plural(retention, 'hour')} of video for playback and re-analysis.`
      : 'Retention defaults to 0 (nothing kept): keep 24 hours so alerts can be reviewed in playback, more if footage is evidence.',
  );
  const premises: Premise[] = [
    ...(producers === undefined ? [] : [{ quantity: 'cameras', value: producers, unit: 'cameras', from: 'workload', field: 'ingestion.producers' } as Premise]),
    retention === undefined
      ? { quantity: 'video kept', value: 24, unit: 'hours', from: 'default', field: 'ingestion.retentionHours' }
      : { quantity: 'video kept', value: retention, unit: 'hours', from: 'workload', field: 'ingestion.retentionHours' },
  ];
  return { configuration, rationale, warnings: [], premises };
};
