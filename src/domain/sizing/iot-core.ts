import type { Premise } from './premise.js';
import type { Sizer, SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';

/**
 * IoT Core's default quota of concurrent client connections per account and Region: 500,000 in the
 * largest Regions, lower in some (AWS General Reference, "AWS IoT Core endpoints and quotas").
 */
export const IOT_CORE_CONNECTIONS = 500_000;

/**
 * AWS IoT Core as the devices' front door: the connection quota against the fleet, and the rule
 * action's one record per message (IoT Core does not aggregate records as the KPL does).
 *
 * @example
 * sizeIotCore({ workload: { ingestion: { producers: 1_000_000 } }, recommended, flows: [], reading }).warnings[0].code; // 'stream-limit'
 */
export const sizeIotCore: Sizer = ({ workload, recommended }) => {
  const producers = workload.ingestion?.producers;
  const result: SizingResult = { configuration: {}, rationale: [], warnings: [], premises: [] };
  if (recommended.has('kinesis-data-streams')) {
    result.rationale.push('The rule action writes one record per device message: IoT Core does not aggregate records as the Kinesis Producer Library does, so the stream is sized by the messages per second.');
  }
  if (producers === undefined) return result;
  result.configuration.concurrentConnections = producers;
  result.premises = [
    { quantity: 'connected devices', value: producers, unit: 'devices', from: 'workload', field: 'ingestion.producers' },
    { quantity: 'concurrent connections per account and Region (default quota)', value: IOT_CORE_CONNECTIONS, unit: 'connections', from: 'default' },
  ];
  if (producers > IOT_CORE_CONNECTIONS) {
    result.warnings.push({
      code: 'stream-limit',
      message: `${formatNumber(producers)} devices connected at once exceed IoT Core's default quota of ${formatNumber(IOT_CORE_CONNECTIONS)} concurrent connections per account in the largest Regions (lower in some): request an increase before the fleet connects.`,
    });
  }
  return result;
};
