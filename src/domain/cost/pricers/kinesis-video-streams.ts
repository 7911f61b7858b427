import { ASSUMPTIONS, HOURS_PER_MONTH, MB_PER_GB, SECONDS_PER_MONTH } from '../cost-premises.js';
import { configNumber, premiseOf, type Pricer } from './pricer.js';

const SERVICE = 'kinesis-video-streams';

/**
 * Kinesis Video Streams from `streams` and the video its sizing keeps (the
 * `video kept` premise, else `dataRetentionHours`): GB ingested at an assumed
 * bit rate per camera, and the GB-months kept for playback.
 *
 * @example
 * priceKinesisVideoStreams(sheet, { configuration: { streams: 40 }, premises: [{ quantity: 'video kept', value: 24, unit: 'hours', from: 'default' }], workload }); // 25,664.063 GB ingested
 */
export const priceKinesisVideoStreams: Pricer = (sheet, { configuration, premises }) => {
  const given = configNumber(configuration, 'streams');
  const cameras = given === undefined ? sheet.assume(ASSUMPTIONS.cameras) : sheet.given('cameras', given, 'cameras', 'workload', 'ingestion.producers');
  const mbps = (cameras * sheet.assume(ASSUMPTIONS.cameraMbitps)) / 8;
  const gbMonthly = (mbps * SECONDS_PER_MONTH) / MB_PER_GB;
  sheet.charge(SERVICE, 'ingested-gb', gbMonthly);
  const kept = premiseOf(premises, 'video kept');
  const retention = kept ? sheet.premise(kept) : (configNumber(configuration, 'dataRetentionHours') ?? 0);
  if (retention > 0) sheet.charge(SERVICE, 'stored-gb-month', gbMonthly * (Math.min(retention, HOURS_PER_MONTH) / HOURS_PER_MONTH));
};
