/**
 * For a path that matches a known route but not the request's method, the
 * route's pattern and the `Allow` header to answer its 405 with; undefined
 * for paths no route knows, which are a 404.
 *
 * Asked by the not-found handler rather than registered as catch-all
 * handlers on every path: a catch-all would match every request too, and a
 * route matched by more than one handler costs Hono a middleware chain.
 *
 * @example
 * const allowed = allowedMethods([['/v1/services/:id', ['GET']]]);
 * allowed('/v1/services/s3'); // { route: '/v1/services/:id', allow: 'GET, HEAD' }
 * allowed('/nowhere'); // undefined
 */
export function allowedMethods(
  routes: ReadonlyArray<readonly [path: string, methods: readonly string[]]>,
): (path: string) => { route: string; allow: string } | undefined {
  const known = routes.map(([route, methods]) => ({
    route,
    allow: [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '),
    pattern: new RegExp(`^${route.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`),
  }));
  return (path) => {
    for (const { route, allow, pattern } of known) if (pattern.test(path)) return { route, allow };
    return undefined;
  };
}
