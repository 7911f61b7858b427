import * as z from 'zod';
import { strictObject } from '../workload/strict-object.js';
import { OrgServiceIdSchema, RoleSchema, ServiceIdSchema } from './service-ids.js';

const LifecycleStatusSchema = z.enum(['current', 'renamed', 'retired', 'restricted']);

/** Whose catalog a service comes from: the package's, or an organisation's rule folder. */
export const ServiceOriginSchema = z.enum(['built-in', 'organisation']).describe('built-in, or organisation for a service an organisation\'s rule files add');

export const ServiceSummarySchema = z
  .object({
    id: ServiceIdSchema,
    name: z.string(),
    roles: z.array(RoleSchema),
    summary: z.string(),
    lifecycle: LifecycleStatusSchema,
    origin: ServiceOriginSchema,
  })
  .describe('One service of the catalog, in brief');

export const ServiceListSchema = z.object({ services: z.array(ServiceSummarySchema) }).describe('Every service the advisor knows');

/**
 * A link a catalog entry gives: http or https only (never `javascript:` or
 * `data:`, which would reach the ADR's links), at most 500 characters, with
 * no space, quote, bracket or parenthesis that could end a Markdown link early.
 */
export const WebUrlSchema = z
  .url({ protocol: /^https?$/, error: 'an http or https URL' })
  .max(500)
  .refine((url) => /^[^\s()<>"'`]+$/.test(url), 'a URL without spaces, quotes, angle brackets or parentheses (percent-encode them)');

/** A current fact about a service, with where it came from and when it was checked. */
export const ServiceFactSchema = z.object({
  statement: z.string().min(1),
  source: WebUrlSchema.describe('The AWS documentation page that states it'),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The date it was last checked, YYYY-MM-DD'),
});

/** A published limit that sizing compares against. */
export const ServiceLimitSchema = z.object({ name: z.string().min(1), value: z.string().min(1), source: WebUrlSchema });

export const ServiceLifecycleSchema = z.object({
  status: LifecycleStatusSchema,
  formerNames: z.array(z.string()).optional().describe('Names the cards or older documentation use'),
  since: z.string().optional().describe('ISO date of the rename, retirement or restriction'),
  note: z.string().optional(),
});

/** One entry of the catalog (contract section 3): what the built-in catalog holds, and what an organisation's own services must give. */
export const CatalogEntrySchema = z
  .object({
    id: ServiceIdSchema,
    name: z.string().min(1),
    roles: z.array(RoleSchema).min(1),
    summary: z.string().min(1),
    cardNotes: z.array(z.object({ card: z.string(), notes: z.array(z.string()) })).describe('What the study cards say, by card title'),
    facts: z.array(ServiceFactSchema).describe('Current facts with their AWS documentation source and the date they were checked'),
    limits: z.array(ServiceLimitSchema),
    lifecycle: ServiceLifecycleSchema,
    documentation: WebUrlSchema,
  })
  .describe('A catalog entry: summary, card notes, current facts, limits and lifecycle');

/** Text an organisation writes for one line of an answer: not empty, no line break or other control character. */
const OneLine = z.string().min(1).regex(/^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/, 'one line of text, without line breaks or control characters');

/**
 * An organisation's own service, as its rule files declare it: the built-in
 * catalog's schema, strict (a mistyped key is refused, not dropped), with a
 * namespaced id and at least one sourced, dated fact to stand on.
 */
export const OrgServiceSchema = strictObject({
    ...CatalogEntrySchema.shape,
    id: OrgServiceIdSchema,
    name: OneLine.max(100),
    summary: OneLine.max(600),
    facts: z
      .array(ServiceFactSchema.extend({ statement: OneLine.max(600) }).strict())
      .min(1)
      .max(30)
      .describe('What the service is, each fact with its source and the date it was checked'),
    limits: z.array(ServiceLimitSchema.extend({ name: OneLine.max(120), value: OneLine.max(300) }).strict()).max(30),
    lifecycle: ServiceLifecycleSchema.extend({
      formerNames: z.array(OneLine.max(100)).max(5).optional(),
      since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      note: OneLine.max(600).optional(),
    }).strict(),
    cardNotes: z
      .array(z.strictObject({ card: z.string().max(100), notes: z.array(OneLine.max(600)).max(20) }))
      .max(10)
      .describe('What the study cards say, by card title (usually none)'),
  }).describe('An organisation\'s own service, validated as the built-in catalog is, each text one line of bounded length');

/** A catalog entry as `GET /v1/services/{id}` and `get_service` answer it. */
export const ServiceViewSchema = CatalogEntrySchema.extend({
  requestedAs: z.string().optional().describe('The retired id the caller used, when it was an alias'),
  origin: ServiceOriginSchema,
}).describe('A catalog entry: summary, card notes, current facts, limits and lifecycle');

export type ServiceFact = z.infer<typeof ServiceFactSchema>;
export type ServiceLimit = z.infer<typeof ServiceLimitSchema>;
export type ServiceLifecycle = z.infer<typeof ServiceLifecycleSchema>;
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type OrgService = z.infer<typeof OrgServiceSchema>;
export type ServiceOrigin = z.infer<typeof ServiceOriginSchema>;
