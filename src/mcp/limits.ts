/**
 * What one request to `/mcp` may hold and be answered with, of the same
 * family as the REST API's limits (`REQUEST_LIMITS`), each in the README's
 * limits table.
 */
export const MCP_LIMITS = {
  /** Bytes of a POST body (the SDK alone would take 4 MiB): a batch's worth, as on `/v1/recommendations/batch`. */
  bodyBytes: 1024 * 1024,
  /** JSON-RPC messages in one POST (the SDK alone would take 100). */
  batchMessages: 20,
  /**
   * Bytes of the answers to one POST, all its messages together: an answer
   * that would pass it is replaced, whole, by a JSON-RPC error, and the
   * messages after it are answered with that error without being worked out.
   */
  answerBytes: 4 * 1024 * 1024,
} as const;

/** The JSON-RPC error code of an answer past {@link MCP_LIMITS.answerBytes}: in the range JSON-RPC leaves to servers. */
export const ANSWER_TOO_LARGE = -32010;
