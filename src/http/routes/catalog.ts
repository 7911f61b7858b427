import type { Advisor } from '../../domain/advisor.js';
import { compareServices } from '../../domain/catalog/compare.js';
import { KNOWN_SERVICE_IDS, NAMESPACED_ID } from '../../domain/catalog/service-ids.js';
import { UnknownServiceError, WorkloadValidationError } from '../../domain/errors.js';
import { jsonAnswer, operation } from '../operation.js';
import { HttpProblem, validationProblem } from '../problem.js';
import { respondJson } from '../respond.js';

function unknownService(error: unknown): never {
  if (error instanceof UnknownServiceError) throw new HttpProblem('not-found', error.message);
  if (error instanceof WorkloadValidationError) throw new HttpProblem('invalid-query', error.message, validationProblem(error));
  throw error;
}

/** `GET /v1/services`, `GET /v1/services/{id}` and `GET /v1/compare?services=a,b`, over the advisor's catalog (the organisation's services included). */
export function catalogOperations(advisor: Advisor) {
  const { catalog } = advisor.ruleSet;
  return [
    operation({
      method: 'get',
      path: '/v1/services',
      doc: { tags: ['catalog'], operationId: 'listServices', summary: 'List every service the advisor knows' },
      answers: jsonAnswer('ServiceList', 'The catalog'),
      problems: [401, 405],
      handler: (c) => respondJson(c, { services: catalog.list() }),
    }),
    operation({
      method: 'get',
      path: '/v1/services/{id}',
      doc: {
        tags: ['catalog'],
        operationId: 'getService',
        summary: 'One catalog entry: summary, card notes, current facts, limits, lifecycle',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: "A service id (or a retired alias), or one of the organisation's own (namespace:name)",
            schema: { anyOf: [{ type: 'string', enum: [...KNOWN_SERVICE_IDS] }, { type: 'string', pattern: NAMESPACED_ID.source }] },
          },
        ],
      },
      answers: jsonAnswer('Service', 'The catalog entry'),
      problems: [401, 404, 405],
      handler: (c) => {
        try {
          return respondJson(c, catalog.get(c.req.param('id') as string));
        } catch (error) {
          return unknownService(error);
        }
      },
    }),
    operation({
      method: 'get',
      path: '/v1/compare',
      doc: {
        tags: ['catalog'],
        operationId: 'compareServices',
        summary: 'Compare two or more services side by side',
        parameters: [
          {
            name: 'services',
            in: 'query',
            required: true,
            description: 'Comma-separated service ids, 2 to 8',
            schema: { type: 'string' },
            example: 'kinesis-data-firehose,kinesis-data-streams',
          },
        ],
      },
      answers: jsonAnswer('Comparison', 'Trade-offs from the cards between every pair'),
      problems: [400, 401, 404, 405],
      query: ['services'],
      handler: (c) => {
        const raw = c.req.queries('services') ?? [];
        const ids = raw.flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
        if (ids.length < 2) {
          throw new HttpProblem('invalid-query', 'name two or more services: /v1/compare?services=glue-etl,kinesis-data-streams', {
            errors: [{ path: '/services', message: 'give at least two comma-separated service ids' }],
          });
        }
        try {
          return respondJson(c, compareServices(ids, catalog));
        } catch (error) {
          return unknownService(error);
        }
      },
    }),
  ] as const;
}
