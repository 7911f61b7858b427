import * as z from 'zod';
import { RecommendationSchema } from '../answer/schema.js';
import { RoleSchema, ServiceIdSchema } from '../catalog/service-ids.js';
import { CounterfactualSchema } from '../counterfactuals/counterfactual-schema.js';
import { WorkloadSchema } from '../workload/schema.js';
import { strictObject } from '../workload/strict-object.js';

/** A change to a workload: fields by dotted path and their new values, as `whatWouldChange[]` lists them. */
export const WorkloadChangeSchema = CounterfactualSchema.shape.change;

/**
 * Two workloads to answer side by side, or one workload and a change to it:
 * `{ workloads: [a, b] }` or `{ workload, change }`.
 */
export const WorkloadComparisonRequestSchema = strictObject({
  workloads: z.array(WorkloadSchema).length(2).optional().describe('Two workloads, answered side by side (give this, or workload and change)'),
  workload: WorkloadSchema.optional().describe('One workload, answered as given and with change applied'),
  change: WorkloadChangeSchema.optional().describe('Fields of workload by dotted path and their new values, such as { "latency": "near-real-time" } from whatWouldChange[]'),
})
  .superRefine((request, context) => {
    const pair = request.workloads !== undefined;
    const changed = request.workload !== undefined || request.change !== undefined;
    if (pair === changed) context.addIssue({ code: 'custom', path: [], message: 'give either workloads (two of them) or workload and change' });
    else if (changed && request.workload === undefined) context.addIssue({ code: 'custom', path: ['workload'], message: 'a change needs the workload it changes' });
    else if (changed && request.change === undefined) context.addIssue({ code: 'custom', path: ['change'], message: 'give the change to apply to workload, such as { "latency": "near-real-time" }' });
  })
  .describe('Two workloads to compare, or one workload and a change to it');

export const CostDifferenceSchema = z
  .object({
    monthlyUSD: z.number().describe("The second answer's monthly estimate minus the first's"),
    lowUSD: z.number().describe('The same, at the cheap ends of both ranges'),
    highUSD: z.number().describe('The same, at the dear ends of both ranges'),
    regions: z.array(z.string()).length(2).describe('The Region each estimate prices; a difference across Regions includes their price difference'),
  })
  .describe('What the second architecture costs a month more (or, negative, less) than the first');

export const WorkloadComparisonSchema = z
  .object({
    change: WorkloadChangeSchema.optional().describe('The change applied to the workload to get the second answer, when one was given'),
    answers: z.array(RecommendationSchema).length(2).describe("The first workload's answer, then the second's (or the changed workload's)"),
    roles: z
      .array(z.object({ role: RoleSchema, first: z.array(ServiceIdSchema), second: z.array(ServiceIdSchema) }))
      .describe('Each job either answer fills, with the services each gives it'),
    costDifference: CostDifferenceSchema.optional().describe('Absent when the answers carry no cost estimate'),
  })
  .describe('Two answers side by side: the services each gives every job, and the difference in monthly cost');

export type WorkloadChange = z.infer<typeof WorkloadChangeSchema>;
export type WorkloadComparison = z.infer<typeof WorkloadComparisonSchema>;
