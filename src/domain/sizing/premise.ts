import * as z from 'zod';

export const PREMISE_ORIGINS = ['workload', 'derived', 'default'] as const;

export const PremiseSchema = z
  .object({
    quantity: z.string().describe('What the number is, such as "input per run" or "write rate"'),
    value: z.number(),
    unit: z.string().describe('Its unit, such as TB, MB/s or hours'),
    from: z.enum(PREMISE_ORIGINS).describe('workload (given or read from the description), derived (worked out from given figures) or default (assumed: say yours)'),
    field: z.string().optional().describe('The workload field that gives it, or would replace the default'),
  })
  .describe('A number a sizing rests on, and where it came from');

export type Premise = z.infer<typeof PremiseSchema>;
