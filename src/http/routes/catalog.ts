import { Hono } from 'hono';
import { getService, listServices } from '../../domain/catalog/services.js';
import { compareServices } from '../../domain/catalog/compare.js';
import { UnknownServiceError, WorkloadValidationError } from '../../domain/errors.js';
import type { AppEnv } from '../env.js';
import { HttpProblem, validationProblem } from '../problem.js';

function unknownService(error: unknown): never {
  if (error instanceof UnknownServiceError) throw new HttpProblem('not-found', error.message);
  if (error instanceof WorkloadValidationError) throw new HttpProblem('invalid-query', error.message, validationProblem(error));
  throw error;
}

/** `GET /v1/services`, `GET /v1/services/{id}` and `GET /v1/compare?services=a,b`. */
export function catalogRoutes() {
  return new Hono<AppEnv>()
    .get('/v1/services', (c) => c.json({ services: listServices() }))
    .get('/v1/services/:id', (c) => {
      try {
        return c.json(getService(c.req.param('id')));
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
        return c.json(compareServices(ids));
      } catch (error) {
        return unknownService(error);
      }
    });
}
