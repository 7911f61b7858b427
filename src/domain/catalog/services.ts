import { BEYOND_THE_CARDS } from './beyond-the-cards.js';
import { CARD_SERVICES } from './entries.js';
import type * as z from 'zod';
import type { CatalogEntry, ServiceSummarySchema, ServiceViewSchema } from './schema.js';
import { UnknownServiceError } from '../errors.js';
import { KNOWN_SERVICE_IDS, resolveServiceId, type ServiceId } from './service-ids.js';

export type { CatalogEntry, ServiceFact, ServiceLifecycle, ServiceLimit } from './schema.js';

/** Every service the advisor knows, in contract order: the cards' services, then those beside them. */
export const CATALOG_ENTRIES: readonly CatalogEntry[] = [...CARD_SERVICES, ...BEYOND_THE_CARDS];

const BY_ID: ReadonlyMap<ServiceId, CatalogEntry> = new Map(CATALOG_ENTRIES.map((entry) => [entry.id, entry]));

/** A catalog entry as answered to a caller, with the id they asked for when it was an alias. */
export type ServiceView = z.infer<typeof ServiceViewSchema>;

/** One line of `list_services` / `GET /v1/services`. */
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

/**
 * The catalog entry for an id (aliases included). Throws
 * {@link UnknownServiceError} listing the known ids otherwise.
 *
 * @example
 * getService('kinesis-data-analytics').id; // 'managed-service-for-apache-flink'
 */
export function getService(id: string): ServiceView {
  const resolved = resolveServiceId(id);
  if (!resolved) throw new UnknownServiceError(id, KNOWN_SERVICE_IDS);
  const entry = BY_ID.get(resolved) as CatalogEntry;
  return resolved === id ? entry : { ...entry, requestedAs: id };
}

/** Every service, in catalog order. */
export function listServices(): ServiceSummary[] {
  return CATALOG_ENTRIES.map((entry) => ({
    id: entry.id,
    name: entry.name,
    roles: entry.roles,
    summary: entry.summary,
    lifecycle: entry.lifecycle.status,
  }));
}

/** The entry for an id already known to be valid. */
export function catalogEntry(id: ServiceId): CatalogEntry {
  return BY_ID.get(id) as CatalogEntry;
}
