import type { Metrics } from '../metrics.js';
import { answers, operation } from '../operation.js';
import { respond } from '../respond.js';

/** `GET /metrics`: the Prometheus text format, for a scraper (behind the bearer token when ADVISOR_TOKEN is set). */
export function metricsOperations(metrics: Metrics) {
  return [
    operation({
      method: 'get',
      path: '/metrics',
      doc: {
        tags: ['meta'],
        operationId: 'getMetrics',
        summary: 'Prometheus metrics, for a scraper',
        description:
          'Requests and latency by route pattern and status, recommended services and cited rules, problems by type, MCP sessions open, and the process metrics, in the Prometheus text format. Meant for a scraper inside the cluster, not the public path; needs the bearer token when the server has one.',
      },
      answers: answers<string>({
        '200': { description: 'Prometheus text format 0.0.4', content: { 'text/plain': { schema: { type: 'string' }, example: 'advisor_http_requests_total{method="GET",route="/healthz",status="200"} 3' } } },
      }),
      problems: [401, 405],
      handler: async (c) => respond(c, await metrics.render(), 200, { 'Content-Type': metrics.contentType }),
    }),
  ] as const;
}
