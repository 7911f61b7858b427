import type { RequestIdVariables } from 'hono/request-id';
import type { Advisor } from '../domain/advisor.js';
import type { Recommendation } from '../domain/answer/schema.js';
import { REQUEST_LIMITS } from '../domain/limits.js';
import type { ProblemSlug } from './problem.js';

/** What every route handler can read from the context: the request id `hono/request-id` sets, the negotiated media type, and the problem answered, if any. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    /** Set by `problem()`: the type of the problem this request was answered with (for the metrics). */
    problem?: ProblemSlug;
    /** Set by the Accept check (`answersWith`): the media type, of those the route offers, the request prefers. */
    mediaType?: string;
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
