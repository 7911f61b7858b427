import { Hono } from 'hono';
import type { Advisor } from '../../domain/advisor.js';
import { compareServices } from '../../domain/catalog/compare.js';
import { UnknownServiceError, WorkloadValidationError } from '../../domain/errors.js';
import type { AppEnv } from '../env.js';
import { jsonContent, type Operations, problems, ref } from '../openapi-parts.js';
import { HttpProblem, validationProblem } from '../problem.js';
import { KNOWN_SERVICE_IDS, NAMESPACED_ID } from '../../domain/catalog/service-ids.js';

function unknownService(error: unknown): never {
  if (error instanceof UnknownServiceError) throw new HttpProblem('not-found', error.message);
  if (error instanceof WorkloadValidationError) throw new HttpProblem('invalid-query', error.message, validationProblem(error));
  throw error;
}

/** `GET /v1/services`, `GET /v1/services/{id}` and `GET /v1/compare?services=a,b`, over the advisor's catalog (the organisation's services included). */
export function catalogRoutes(advisor: Advisor) {
  const { catalog } = advisor.ruleSet;
  return new Hono<AppEnv>()
    .get('/v1/services', (c) => c.json({ services: catalog.list() }))
    .get('/v1/services/:id', (c) => {
      try {
        return c.json(catalog.get(c.req.param('id')));
      } catch (error) {
        return unknownService(error);
      }
    })
    .get('/v1/compare', (c) => {
      const raw = c.req.queries('services') ?? [];
      const ids = raw.flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
      if (ids.length < 2) {
        throw new HttpProblem('invalid-query', 'name two or more services: /v1/compare?services=glue-etl,kinesis-data-streams', {
          errors: [{ path: '/services', message: 'give at least two comma-separated service ids' }],
        });
      }
      try {
        return c.json(compareServices(ids, catalog));
      } catch (error) {
        return unknownService(error);
      }
    });
}

/** The OpenAPI operations of {@link catalogRoutes}. */
export const catalogOperations: Operations = {
  '/v1/services': {
    get: {
      tags: ['catalog'],
      operationId: 'listServices',
      summary: 'List every service the advisor knows',
      responses: { '200': { description: 'The catalog', content: jsonContent(ref('ServiceList')) }, ...problems(401, 405) },
    },
  },
  '/v1/services/{id}': {
    get: {
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
      responses: { '200': { description: 'The catalog entry', content: jsonContent(ref('Service')) }, ...problems(401, 404, 405) },
    },
  },
  '/v1/compare': {
    get: {
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
      responses: {
        '200': { description: 'Trade-offs from the cards between every pair', content: jsonContent(ref('Comparison')) },
        ...problems(400, 401, 404, 405),
      },
    },
  },
};
