import * as z from 'zod';
import { RoleSchema, ServiceIdSchema } from './service-ids.js';

const LifecycleStatusSchema = z.enum(['current', 'renamed', 'retired', 'restricted']);

export const ServiceSummarySchema = z
  .object({
    id: ServiceIdSchema,
    name: z.string(),
    roles: z.array(RoleSchema),
    summary: z.string(),
    lifecycle: LifecycleStatusSchema,
  })
  .describe('One service of the catalog, in brief');

export const ServiceListSchema = z.object({ services: z.array(ServiceSummarySchema) }).describe('Every service the advisor knows');

/** A catalog entry (contract section 3) as `GET /v1/services/{id}` and `get_service` answer it. */
export const ServiceViewSchema = z
  .object({
    id: ServiceIdSchema,
    name: z.string(),
    roles: z.array(RoleSchema),
    summary: z.string(),
    cardNotes: z.array(z.object({ card: z.string(), notes: z.array(z.string()) })).describe('What the study cards say, by card title'),
    facts: z
      .array(z.object({ statement: z.string(), source: z.string(), checked: z.string() }))
      .describe('Current facts with their AWS documentation source and the date they were checked'),
    limits: z.array(z.object({ name: z.string(), value: z.string(), source: z.string() })),
    lifecycle: z.object({
      status: LifecycleStatusSchema,
      formerNames: z.array(z.string()).optional(),
      since: z.string().optional(),
      note: z.string().optional(),
    }),
    documentation: z.string(),
    requestedAs: z.string().optional().describe('The retired id the caller used, when it was an alias'),
  })
  .describe('A catalog entry: summary, card notes, current facts, limits and lifecycle');
