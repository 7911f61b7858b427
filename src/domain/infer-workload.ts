import * as z from 'zod';
import { WarningSchema } from './answer/schema.js';
import { parseWorkload } from './workload/parse-workload.js';
import { WorkloadSchema } from './workload/schema.js';
import { descriptionWarnings } from './description/describe-warnings.js';
import { InferredFieldSchema } from './description/inferred-field.js';
import { applyDescription } from './description/merge-description.js';

/** A workload as the advisor reads it (`POST /v1/workloads/infer`): its given fields, plus what its description states. */
export const WorkloadReadingSchema = z
  .object({
    workload: WorkloadSchema.describe('The workload as read: the given fields, with the fields the description states filled in'),
    inferred: z.array(InferredFieldSchema).describe('The fields read from the description, each with its evidence'),
    warnings: z
      .array(WarningSchema)
      .describe('conflicting-inputs where the prose disagrees with a given field, outside-scope for a need no field carries (with the AWS service that serves it), description-not-read for the sentences nothing was read from'),
  })
  .describe('What the advisor read from a workload\'s description, to show and correct before asking for a recommendation');

export type WorkloadReading = z.infer<typeof WorkloadReadingSchema>;

/**
 * Validates a workload and reads its description into fields: what a form or
 * an assistant shows (and lets the user correct) before asking for advice.
 * Throws `WorkloadValidationError` naming each bad field (an over-long description included).
 *
 * @example
 * inferWorkload({ description: 'About 30 MB/s of clickstream, real-time dashboards.' }).workload.ingestion;
 * // { throughputMBps: 30 }
 */
export function inferWorkload(input: unknown): WorkloadReading {
  const applied = applyDescription(parseWorkload(input));
  return {
    workload: applied.workload,
    inferred: applied.inferred,
    warnings: descriptionWarnings(applied).map((warning) => ({ ...warning, rules: [] })),
  };
}
