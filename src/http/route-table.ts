import { honoPath, type Operations } from './openapi-parts.js';

/**
 * For a path that matches a documented route but not the request's method,
 * the route (in OpenAPI form) and the `Allow` header to answer its 405 with;
 * undefined for paths no route knows, which are a 404. Built from the same
 * operations the OpenAPI document lists, so the two cannot disagree.
 *
 * @example
 * const allowed = allowedMethods({ '/v1/services/{id}': { get: {} } });
 * allowed('/v1/services/s3'); // { route: '/v1/services/{id}', allow: 'GET, HEAD' }
 * allowed('/nowhere'); // undefined
 */
export function allowedMethods(operations: Operations): (path: string) => { route: string; allow: string } | undefined {
  const known = Object.entries(operations).map(([route, byMethod]) => {
    const methods = Object.keys(byMethod).map((method) => method.toUpperCase());
    const pattern = route
      .split('/')
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return { route, allow: [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '), pattern: new RegExp(`^${pattern}$`) };
  });
  return (path) => {
    for (const { route, allow, pattern } of known) if (pattern.test(path)) return { route, allow };
    return undefined;
  };
}

/** One documented operation and the media types of its success answers, by Hono path (`/v1/services/:id`). */
export interface AnsweredTypes {
  path: string;
  method: string;
  types: [string, ...string[]];
}

/**
 * The media types each documented operation answers with on success, read
 * from the same operations the OpenAPI document lists: what an Accept header
 * must admit. Operations that declare no success content are left out.
 *
 * @example
 * answeredTypes({ '/v1/services/{id}': { get: { responses: { '200': { content: { 'application/json': {} } } } } } });
 * // [{ path: '/v1/services/:id', method: 'GET', types: ['application/json'] }]
 */
export function answeredTypes(operations: Operations): AnsweredTypes[] {
  return Object.entries(operations).flatMap(([route, byMethod]) =>
    Object.entries(byMethod).flatMap(([method, operation]) => {
      const responses = (operation.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
      const types = [
        ...new Set(Object.entries(responses).flatMap(([status, response]) => (status.startsWith('2') ? Object.keys(response.content ?? {}) : []))),
      ];
      if (types.length === 0) return [];
      return [{ path: honoPath(route), method: method.toUpperCase(), types: types as [string, ...string[]] }];
    }),
  );
}
