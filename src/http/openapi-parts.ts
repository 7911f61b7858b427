import { PROBLEM_TYPES } from './problem.js';

/** A piece of an OpenAPI 3.1 document. */
export type Json = Record<string, unknown>;

/** A reference to a component schema (see `COMPONENT_SCHEMAS`). */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A JSON body or answer of the given schema. */
export const jsonContent = (schema: Json, extra: Json = {}) => ({ 'application/json': { schema, ...extra } });

/**
 * The problem answers an operation may give, by status, each described by
 * the problem types that use it.
 *
 * @example
 * responses: { '200': {...}, ...problems(400, 404) }
 */
export function problems(...statuses: number[]): Json {
  return Object.fromEntries(
    statuses.map((status) => {
      const types = Object.entries(PROBLEM_TYPES).filter(([, type]) => type.status === status);
      return [
        String(status),
        {
          description: types.map(([, type]) => `${type.title}: ${type.about}`).join(' '),
          content: { 'application/problem+json': { schema: ref('Problem') } },
        },
      ];
    }),
  );
}
