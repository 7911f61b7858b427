import type { Operations } from './openapi-parts.js';

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
