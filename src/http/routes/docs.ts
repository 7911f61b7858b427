import { swaggerUI } from '@hono/swagger-ui';
import { Hono } from 'hono';
import { readPackageBytes, readPackageFile } from '../../package-files.js';
import type { AppEnv } from '../env.js';
import { type Operations, problems } from '../openapi-parts.js';
import { HttpProblem } from '../problem.js';

/** Swagger UI's own files, copied into dist/swagger-ui at build: no CDN, and no swagger-ui-dist (or its analytics script) at install. */
const SWAGGER_ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** `GET /openapi.yaml`, `GET /docs` and the Swagger UI assets it loads. */
export function docsRoutes() {
  const assets = new Map<string, Buffer>();
  return new Hono<AppEnv>()
    .get('/openapi.yaml', (c) => {
      return c.body(readPackageFile('openapi.yaml'), 200, { 'Content-Type': 'application/yaml; charset=utf-8' });
    })
    .get('/favicon.ico', (c) => c.body(readPackageFile('src/http/playground/favicon.svg'), 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' }))
    .get('/docs', swaggerUI({ url: '/openapi.yaml', title: 'AWS data advisor API', baseUrl: '/docs/assets', deepLinking: true }))
    .get('/docs/assets/swagger-ui-dist/:file', (c) => {
      const file = c.req.param('file');
      if (!Object.hasOwn(SWAGGER_ASSETS, file)) throw new HttpProblem('not-found', `no documentation asset "${file}"`);
      let content = assets.get(file);
      if (!content) {
        content = readPackageBytes(`dist/swagger-ui/${file}`);
        assets.set(file, content);
      }
      return c.body(new Uint8Array(content), 200, { 'Content-Type': SWAGGER_ASSETS[file], 'Cache-Control': 'public, max-age=86400' });
    });
}

/** The OpenAPI operations of {@link docsRoutes}. */
export const docsOperations: Operations = {
  '/openapi.yaml': {
    get: {
      tags: ['meta'],
      operationId: 'getOpenApi',
      summary: 'This document',
      security: [{}],
      responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/yaml': { schema: { type: 'string' } } } }, ...problems(405) },
    },
  },
  '/favicon.ico': {
    get: {
      tags: ['meta'],
      operationId: 'getFavicon',
      summary: 'The site icon (SVG), for browsers that ask for /favicon.ico',
      security: [{}],
      responses: { '200': { description: 'SVG image', content: { 'image/svg+xml': { schema: { type: 'string' } } } }, ...problems(405) },
    },
  },
  '/docs': {
    get: {
      tags: ['meta'],
      operationId: 'getDocs',
      summary: 'Interactive API documentation (Swagger UI, served locally)',
      security: [{}],
      responses: { '200': { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } }, ...problems(405) },
    },
  },
  '/docs/assets/swagger-ui-dist/{file}': {
    get: {
      tags: ['meta'],
      operationId: 'getDocsAsset',
      summary: 'A file of the documentation page',
      security: [{}],
      parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string', enum: Object.keys(SWAGGER_ASSETS) } }],
      responses: { '200': { description: 'The file', content: { 'text/css': { schema: { type: 'string' } }, 'text/javascript': { schema: { type: 'string' } } } }, ...problems(404, 405) },
    },
  },
};
