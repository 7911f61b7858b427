import type { Advisor } from '../domain/advisor.js';

/** What every route handler can read from the context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Set by `respond()` and `problem()`: the response already carries the standard headers. */
    standardHeadersSent: boolean;
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
  recommendationBodyBytes: 64 * 1024,
  batchBodyBytes: 1024 * 1024,
  batchSize: 100,
};

/** What the routes need from the outside world, passed in rather than read from globals. */
export interface RouteDeps {
  advisor: Advisor;
  limits: HttpLimits;
  /** Today's date for ADR front matter; injectable for tests. */
  today: () => string;
}
