import type { Advisor } from '../domain/advisor.js';
import type { Recommendation } from '../domain/answer/schema.js';
import { REQUEST_LIMITS } from '../domain/limits.js';
import type { ProblemSlug } from './problem.js';

/** What the edge, the operations and their handlers share about one request, on the context. */
export interface AppEnv {
  Variables: {
    /** Set by the edge: the request's id, made up here or taken from a trusted proxy's X-Request-Id. */
    requestId: string;
    /** Set by the edge: the request came over HTTPS (to us or to the proxy in front of us), so answers carry HSTS. */
    https?: boolean;
    /** Set by the operation: a page or file a browser renders, whose answer carries the document headers too. */
    page?: boolean;
    /** Set by the operation: its route pattern (`/v1/services/:id`), the metrics' route label. */
    route?: string;
    /** Set by `problem()`: the type of the problem this request was answered with (for the metrics). */
    problem?: ProblemSlug;
    /** Set by the Accept check: the media type, of those the operation answers with, the request prefers. */
    mediaType?: string;
    /** Set by /mcp: the JSON-RPC methods the request carried, tools named (`tools/call recommend_architecture`), for the log line. */
    rpc?: string;
  };
}

/** Limits a caller's request may not exceed; each is documented in the README. */
export interface HttpLimits {
  /** Bytes of a single workload body. */
  recommendationBodyBytes: number;
  /** Bytes of a batch body. */
  batchBodyBytes: number;
  /** Workloads in one batch. */
  batchSize: number;
}

export const DEFAULT_LIMITS: HttpLimits = {
  recommendationBodyBytes: REQUEST_LIMITS.workloadBodyBytes,
  batchBodyBytes: REQUEST_LIMITS.batchBodyBytes,
  batchSize: REQUEST_LIMITS.batchSize,
};

/** What the routes need from the outside world, passed in rather than read from globals. */
export interface RouteDeps {
  advisor: Advisor;
  limits: HttpLimits;
  /** Today's date for ADR front matter; injectable for tests. */
  today: () => string;
  /** Told of every recommendation answered (the metrics count its services and rules). */
  onAnswer?: (answer: Recommendation) => void;
}
