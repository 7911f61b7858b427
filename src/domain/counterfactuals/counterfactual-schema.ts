import * as z from 'zod';
import { ServiceIdSchema } from '../catalog/service-ids.js';

export const CounterfactualSchema = z
  .object({
    change: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
      .describe('Workload fields by dotted path, and the values that would flip the choice'),
    instead: z.array(ServiceIdSchema).optional().describe('The services the changed workload gets for this role instead, where any'),
    because: z.string().describe('What the change does to the rules that decided it, in words'),
  })
  .describe('A smallest change to the workload that drops this service for its role, checked by answering the changed workload');

export type Counterfactual = z.infer<typeof CounterfactualSchema>;
