import * as z from 'zod';
import { BUILT_IN_CATALOG, type Catalog } from './catalog.js';
import { UnknownServiceError, WorkloadValidationError } from '../errors.js';
import { ServiceOriginSchema } from './schema.js';
import { KNOWN_SERVICE_IDS, RoleSchema, SERVICE_ID_ALIASES, type ServiceId, ServiceIdSchema } from './service-ids.js';
import { findTradeOff } from './trade-offs.js';

/** At most this many services side by side: 8 ids make 28 pairs. */
export const MAX_COMPARED = 8;

/**
 * The comparison request over the ids a catalog knows (an organisation's own included),
 * as an enum so that a model sees the ids it may use.
 *
 * @example
 * compareRequestSchema(advisor.ruleSet.catalog.knownIds).parse({ services: ['athena', 'emr'] });
 */
export function compareRequestSchema(knownIds: readonly string[]) {
  return z
    .strictObject({
      services: z
        .array(z.enum(knownIds as [string, ...string[]]))
        .min(2)
        .max(MAX_COMPARED)
        .describe(`Two to ${MAX_COMPARED} service ids, such as ["glue-etl", "kinesis-data-streams"]`),
    })
    .describe('Services to compare side by side');
}

export const ComparisonSchema = z
  .object({
    services: z.array(
      z.object({
        id: ServiceIdSchema,
        name: z.string(),
        roles: z.array(RoleSchema),
        summary: z.string(),
        limits: z.array(z.object({ name: z.string(), value: z.string(), source: z.string() })),
        lifecycle: z.string(),
        origin: ServiceOriginSchema,
        requestedAs: z.string().optional(),
      }),
    ),
    tradeOffs: z.array(
      z.object({
        services: z.array(ServiceIdSchema),
        cards: z.array(z.string()),
        summary: z.string(),
        choose: z.record(z.string(), z.string()).describe('When to choose each service, by id'),
      }),
    ),
    unrelated: z
      .array(z.object({ services: z.array(ServiceIdSchema), note: z.string() }))
      .describe('Pairs the cards do not weigh against each other, with what each does instead'),
  })
  .describe('Services side by side, with the trade-offs the cards draw between them');

export type Comparison = z.infer<typeof ComparisonSchema>;

/** Each distinct service asked for, with the id it was asked by; at least two of them. */
function resolveCompared(ids: readonly string[], catalog: Catalog): Map<ServiceId, string> {
  const requestedAs = new Map<ServiceId, string>();
  for (const id of ids) {
    const service = catalog.resolve(id);
    if (!service) throw new UnknownServiceError(id, catalog.knownIds);
    if (!requestedAs.has(service)) requestedAs.set(service, id);
  }
  if (requestedAs.size < 2) {
    const alias = ids.find((id) => Object.hasOwn(SERVICE_ID_ALIASES, id));
    const why = alias ? `${alias} is the retired name of ${SERVICE_ID_ALIASES[alias]}, so these are one service; ` : '';
    throw new WorkloadValidationError([{ path: '/services', message: `${why}name at least two different services` }], 'comparison');
  }
  return requestedAs;
}

/**
 * Compares two or more services: what each is, its limits, and for every
 * pair the trade-off the cards draw (or why there is none). An
 * organisation's services come from the advisor's catalog; no trade-off is
 * drawn for them, only what each does.
 *
 * @example
 * compareServices(['kinesis-data-firehose', 'kinesis-data-streams']).tradeOffs[0].choose['kinesis-data-firehose'];
 * compareServices(['acme:msk', 'kinesis-data-streams'], advisor.catalog).unrelated[0].note;
 */
export function compareServices(ids: readonly string[], catalog: Catalog = BUILT_IN_CATALOG): Comparison {
  if (ids.length < 2 || ids.length > MAX_COMPARED) {
    throw new WorkloadValidationError([{ path: '/services', message: `give between 2 and ${MAX_COMPARED} service ids` }], 'comparison');
  }
  const requestedAs = resolveCompared(ids, catalog);
  const resolved = [...requestedAs.keys()];

  const comparison: Comparison = {
    services: resolved.map((id) => {
      const entry = catalog.entry(id);
      const asked = requestedAs.get(id);
      return {
        id,
        name: entry.name,
        roles: entry.roles,
        summary: entry.summary,
        limits: entry.limits,
        lifecycle: entry.lifecycle.status,
        origin: catalog.origin(id),
        ...(asked && asked !== id ? { requestedAs: asked } : {}),
      };
    }),
    tradeOffs: [],
    unrelated: [],
  };
  for (let i = 0; i < resolved.length; i++) {
    for (let j = i + 1; j < resolved.length; j++) {
      const a = resolved[i];
      const b = resolved[j];
      const tradeOff = findTradeOff(a, b);
      if (tradeOff) {
        comparison.tradeOffs.push({
          services: [a, b],
          cards: tradeOff.cards,
          summary: tradeOff.summary,
          choose: { [a]: tradeOff.choose[a] as string, [b]: tradeOff.choose[b] as string },
        });
      } else {
        const ea = catalog.entry(a);
        const eb = catalog.entry(b);
        const shared = ea.roles.filter((role) => eb.roles.includes(role));
        comparison.unrelated.push({
          services: [a, b],
          note: shared.length
            ? `Both can ${shared.join(' and ')}, but the cards draw no trade-off between them: ${ea.name} — ${ea.summary} ${eb.name} — ${eb.summary}`
            : `They do different jobs and often work together: ${ea.name} (${ea.roles.join(', ')}) and ${eb.name} (${eb.roles.join(', ')}).`,
        });
      }
    }
  }
  return comparison;
}
