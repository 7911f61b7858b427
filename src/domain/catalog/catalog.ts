import type * as z from 'zod';
import { UnknownServiceError } from '../errors.js';
import { BEYOND_THE_CARDS } from './beyond-the-cards.js';
import { CARD_SERVICES } from './entries.js';
import type { CatalogEntry, ServiceOrigin, ServiceSummarySchema, ServiceViewSchema } from './schema.js';
import { KNOWN_SERVICE_IDS, resolveServiceId, type ServiceId } from './service-ids.js';

/** Every built-in service, in contract order: the cards' services, then those beside them. */
export const CATALOG_ENTRIES: readonly CatalogEntry[] = [...CARD_SERVICES, ...BEYOND_THE_CARDS];

/** A catalog entry as answered to a caller, with the id they asked for when it was an alias. */
export type ServiceView = z.infer<typeof ServiceViewSchema>;

/** One line of `list_services` / `GET /v1/services`. */
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

const summarize = (entry: CatalogEntry, origin: ServiceOrigin): ServiceSummary => ({
  id: entry.id,
  name: entry.name,
  roles: entry.roles,
  summary: entry.summary,
  lifecycle: entry.lifecycle.status,
  origin,
});

/**
 * The services one rule set knows: the built-in catalog, then the
 * organisation's own services its rule files declare. Adapters answer
 * `/v1/services` and `list_services` from it, never from a global.
 */
export interface Catalog {
  /** Built-in entries in contract order, then the organisation's in file order. */
  readonly entries: readonly CatalogEntry[];
  /** Every id a caller may name: current ids, retired aliases, then the organisation's. */
  readonly knownIds: readonly string[];
  /** The entry for an id already known to be valid (a current id, not an alias). */
  entry(id: ServiceId): CatalogEntry;
  /** Whose service it is. */
  origin(id: ServiceId): ServiceOrigin;
  /** The current id for a caller's id, aliases included; undefined when unknown. */
  resolve(id: string): ServiceId | undefined;
  /** The entry as answered to a caller; throws {@link UnknownServiceError} listing the known ids. */
  get(id: string): ServiceView;
  /** One summary per service, in catalog order. */
  list(): ServiceSummary[];
}

/**
 * A catalog of the built-in services plus an organisation's own, whose ids
 * are namespaced (`acme:msk`) so that they can never shadow a built-in one.
 *
 * @example
 * const catalog = createCatalog([mskEntry]);
 * catalog.get('acme:msk').origin; // 'organisation'
 * catalog.list().length; // built-in services + 1
 */
export function createCatalog(own: readonly CatalogEntry[] = []): Catalog {
  const byId = new Map<string, CatalogEntry>(CATALOG_ENTRIES.map((entry) => [entry.id, entry]));
  const organisation = new Set<string>();
  for (const entry of own) {
    byId.set(entry.id, entry);
    organisation.add(entry.id);
  }
  const entries = [...CATALOG_ENTRIES, ...own];
  const knownIds = [...KNOWN_SERVICE_IDS, ...own.map((entry) => entry.id)];
  const origin = (id: string): ServiceOrigin => (organisation.has(id) ? 'organisation' : 'built-in');
  const resolve = (id: string): ServiceId | undefined => resolveServiceId(id) ?? (organisation.has(id) ? (id as ServiceId) : undefined);
  return {
    entries,
    knownIds,
    entry: (id) => byId.get(id) as CatalogEntry,
    origin,
    resolve,
    get(id) {
      const resolved = resolve(id);
      if (!resolved) throw new UnknownServiceError(id, knownIds);
      const entry = byId.get(resolved) as CatalogEntry;
      return resolved === id ? { ...entry, origin: origin(resolved) } : { ...entry, requestedAs: id, origin: origin(resolved) };
    },
    list: () => entries.map((entry) => summarize(entry, origin(entry.id))),
  };
}

/** The built-in catalog: that of an advisor without an organisation's services. */
export const BUILT_IN_CATALOG: Catalog = createCatalog();
