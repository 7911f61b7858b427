/**
 * What one request may hold, in one place: the HTTP API and its OpenAPI
 * document, the batch schema and the MCP tools all read these.
 */
export const REQUEST_LIMITS = {
  /** Workloads in one batch. */
  batchSize: 100,
  /** Nesting of a JSON body; real workloads nest three levels. */
  jsonDepth: 16,
  /** Bytes of a single workload's JSON body. */
  workloadBodyBytes: 64 * 1024,
  /** Bytes of a batch's JSON body. */
  batchBodyBytes: 1024 * 1024,
} as const;
