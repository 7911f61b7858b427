/** `{ingestion.throughputMBps}` in a rule's sentence reads that workload field. */
export const TEMPLATE_PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\}/g;
