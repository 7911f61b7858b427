import { compareWorkloads, parseComparison } from '../../domain/comparison/compare-workloads.js';
import type { RouteDeps } from '../env.js';
import { jsonAnswer, jsonBody, operation } from '../operation.js';
import { respondJson } from '../respond.js';
import { answerOptions, WHAT_WOULD_CHANGE_PARAMETER } from '../what-would-change-query.js';

/** A comparison holds two workloads: twice a workload's byte limit. */
const WORKLOADS_COMPARED = 2;

/**
 * `POST /v1/recommendations/compare`: two workloads, or one workload and a
 * change to it, answered side by side with the difference in monthly cost.
 */
export function comparisonOperations(deps: RouteDeps) {
  const { advisor, limits } = deps;
  return [
    operation({
      method: 'post',
      path: '/v1/recommendations/compare',
      doc: {
        tags: ['recommendations'],
        operationId: 'compareRecommendations',
        summary: 'Compare two workloads, or one workload and a change, side by side',
        description:
          'Answers both (`{ "workloads": [a, b] }`, or `{ "workload": a, "change": { "latency": "near-real-time" } }` with a change as `whatWouldChange[]` lists it): both answers, the services each gives every job, and what the second costs a month more or less than the first.',
        parameters: [WHAT_WOULD_CHANGE_PARAMETER],
      },
      body: jsonBody('WorkloadComparisonRequest', limits.recommendationBodyBytes * WORKLOADS_COMPARED, parseComparison, {
        examples: {
          change: {
            summary: 'A real-time log stream, and the same at near-real-time latency',
            value: { workload: { data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming', throughputMBps: 2 }, latency: 'real-time', destinations: ['s3'] }, change: { latency: 'near-real-time' } },
          },
          workloads: {
            summary: 'The same stream at 2 and at 20 MB/s',
            value: { workloads: [{ ingestion: { mode: 'streaming', throughputMBps: 2 }, latency: 'real-time' }, { ingestion: { mode: 'streaming', throughputMBps: 20 }, latency: 'real-time' }] },
          },
        },
      }),
      answers: jsonAnswer('WorkloadComparison', 'Both answers side by side, with the difference in monthly cost'),
      problems: [400, 401, 405, 406, 413, 415],
      query: ['whatWouldChange'],
      handler: (c, compared) => {
        const comparison = compareWorkloads(advisor, compared, answerOptions(c, false));
        for (const answer of comparison.answers) deps.onAnswer?.(answer);
        return respondJson(c, comparison);
      },
    }),
  ] as const;
}
