import type { Premise } from './premise.js';
import type { Configuration, Sizer, SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/** S3 Replication Time Control replicates 99.99% of objects within 15 minutes (S3 User Guide, "Replication Time Control"). */
export const RTC_MINUTES = 15;

/** RTC's 15-minute guarantee where the recovery point calls for it; said against the workload's own objective. */
function rtcPart(rpo: number | undefined): { setting: string; sentence: string; warning?: { code: string; message: string } } {
  if (rpo === undefined) {
    return { setting: 'enabled', sentence: `With no recovery point stated, turn on Replication Time Control: 99.99% of objects reach the replica within ${RTC_MINUTES} minutes, and its metrics show what is still pending.` };
  }
  if (rpo < RTC_MINUTES) {
    return {
      setting: 'enabled',
      sentence: `A recovery point of ${plural(rpo, 'minute')} is tighter than replication promises: Replication Time Control copies most objects in seconds but guarantees 99.99% within ${RTC_MINUTES} minutes.`,
      warning: {
        code: 'recovery-objective',
        message: `The ${plural(rpo, 'minute')} recovery point (resilience.recoveryPointMinutes) is below the ${RTC_MINUTES} minutes S3 Replication Time Control guarantees: write the data to both Regions as it arrives (a stream read in each Region) if the lake itself must meet it.`,
      },
    };
  }
  if (rpo <= 60) return { setting: 'enabled', sentence: `A recovery point of ${plural(rpo, 'minute')}: Replication Time Control guarantees 99.99% of objects within ${RTC_MINUTES} minutes, inside the objective.` };
  return { setting: 'optional', sentence: `A recovery point of ${plural(rpo, 'minute')} is met by standard replication, which usually completes within minutes; Replication Time Control adds the ${RTC_MINUTES}-minute guarantee and its metrics for a fee.` };
}

/**
 * S3 Cross-Region Replication for a recovery objective: Replication Time Control by the recovery
 * point, the destination Region, the keys replicas need, existing objects and deletes.
 *
 * @example
 * sizeS3Replication({ workload: { resilience: { recoveryPointMinutes: 15, secondaryRegion: 'eu-central-1' } }, recommended, flows: [], reading })
 *   .configuration; // { destinationRegion: 'eu-central-1', replicationTimeControl: 'enabled', … }
 */
export const sizeS3Replication: Sizer = ({ workload, recommended }) => {
  const { recoveryPointMinutes: rpo, recoveryTimeMinutes: rto, secondaryRegion } = workload.resilience ?? {};
  const rtc = rtcPart(rpo);
  const configuration: Configuration = {
    destinationRegion: secondaryRegion ?? 'a second Region (resilience.secondaryRegion)',
    replicationTimeControl: rtc.setting,
    versioning: 'enabled on the source and replica buckets',
    existingObjects: 'S3 Batch Replication copies what the bucket held before the rule',
  };
  const rationale = [rtc.sentence];
  if (recommended.has('s3-sse-kms')) {
    configuration.replicaEncryption = 'SSE-KMS with a multi-Region key (or a replica key in the destination Region named in the rule)';
    rationale.push('The objects are encrypted with KMS keys, which never leave their Region: use a multi-Region key, or name a key in the destination Region in the replication rule, so the replicas can be decrypted there.');
  }
  if (workload.data?.rowLevelDeletes) {
    configuration.deleteMarkerReplication = 'enabled';
    rationale.push('Erased records must be erased in the replica too: replicate delete markers, and expire noncurrent versions in both Regions.');
  }
  if (rto !== undefined) rationale.push(`Within the ${plural(rto, 'minute')} recovery time, readers switch to the replica bucket and the catalog recreated in the second Region: script that switch and rehearse it.`);
  const premises: Premise[] = [
    ...(rpo === undefined ? [] : [{ quantity: 'recovery point objective', value: rpo, unit: 'minutes', from: 'workload', field: 'resilience.recoveryPointMinutes' } as Premise]),
    ...(rto === undefined ? [] : [{ quantity: 'recovery time objective', value: rto, unit: 'minutes', from: 'workload', field: 'resilience.recoveryTimeMinutes' } as Premise]),
    { quantity: 'replication time guaranteed by RTC', value: RTC_MINUTES, unit: 'minutes', from: 'default' },
  ];
  const result: SizingResult = { configuration, rationale, warnings: rtc.warning ? [rtc.warning] : [], premises };
  if (secondaryRegion !== undefined) result.rationale.unshift(`Replicate to ${secondaryRegion}, the Region named for recovery.`);
  return result;
};
