import { BUILT_IN_CATALOG, CATALOG_ENTRIES, type ServiceSummary, type ServiceView } from './catalog.js';

export type { CatalogEntry, ServiceFact, ServiceLifecycle, ServiceLimit } from './schema.js';
export { CATALOG_ENTRIES, type ServiceSummary, type ServiceView };

/**
 * The built-in catalog entry for an id (aliases included). Throws
 * {@link UnknownServiceError} listing the known ids otherwise. An advisor
 * with an organisation's services answers through `advisor.catalog`.
 *
 * @example
 * getService('kinesis-data-analytics').id; // 'managed-service-for-apache-flink'
 */
export function getService(id: string): ServiceView {
  return BUILT_IN_CATALOG.get(id);
}

/** Every built-in service, in catalog order. */
export function listServices(): ServiceSummary[] {
  return BUILT_IN_CATALOG.list();
}
