import type { RequestIdVariables } from 'hono/request-id';
import type { Advisor } from '../domain/advisor.js';
import { REQUEST_LIMITS } from '../domain/limits.js';

/** What every route handler can read from the context: the request id `hono/request-id` sets. */
export interface AppEnv {
  Variables: RequestIdVariables;
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
}
