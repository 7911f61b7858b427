import { swaggerUI } from '@hono/swagger-ui';
import { readPackageBytes, readPackageFile } from '../../package-files.js';
import { answers, operation } from '../operation.js';
import { HttpProblem } from '../problem.js';
import { respond } from '../respond.js';

/** Swagger UI's own files, copied into dist/swagger-ui at build: no CDN, and no swagger-ui-dist (or its analytics script) at install. */
const SWAGGER_ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const open = [{}];

/** `GET /openapi.yaml`, `GET /docs` and the Swagger UI assets it loads. */
export function docsOperations() {
  const assets = new Map<string, Buffer>();
  const page = swaggerUI({ url: '/openapi.yaml', title: 'AWS data advisor API', baseUrl: '/docs/assets', deepLinking: true });
  return [
    operation({
      method: 'get',
      path: '/openapi.yaml',
      doc: { tags: ['meta'], operationId: 'getOpenApi', summary: 'This document', security: open },
      answers: answers<string>({ '200': { description: 'OpenAPI 3.1', content: { 'application/yaml': { schema: { type: 'string' } } } } }),
      problems: [405],
      handler: (c) => respond(c, readPackageFile('openapi.yaml'), 200, { 'Content-Type': 'application/yaml; charset=utf-8' }),
    }),
    operation({
      method: 'get',
      path: '/favicon.ico',
      doc: { tags: ['meta'], operationId: 'getFavicon', summary: 'The site icon (SVG), for browsers that ask for /favicon.ico', security: open },
      answers: answers<string>({ '200': { description: 'SVG image', content: { 'image/svg+xml': { schema: { type: 'string' } } } } }),
      problems: [405],
      handler: (c) => respond(c, readPackageFile('src/http/playground/favicon.svg'), 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' }),
    }),
    operation({
      method: 'get',
      path: '/docs',
      doc: { tags: ['meta'], operationId: 'getDocs', summary: 'Interactive API documentation (Swagger UI, served locally)', security: open },
      answers: answers<string>({ '200': { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } } }),
      problems: [405],
      page: true,
      // @hono/swagger-ui writes the page; the edge puts the headers on it.
      handler: async (c) => (await page(c as never, async () => {})) as Response,
    }),
    operation({
      method: 'get',
      path: '/docs/assets/swagger-ui-dist/{file}',
      doc: {
        tags: ['meta'],
        operationId: 'getDocsAsset',
        summary: 'A file of the documentation page',
        security: open,
        parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string', enum: Object.keys(SWAGGER_ASSETS) } }],
      },
      answers: answers<string>({ '200': { description: 'The file', content: { 'text/css': { schema: { type: 'string' } }, 'text/javascript': { schema: { type: 'string' } } } } }),
      problems: [404, 405],
      page: true,
      handler: (c) => {
        const file = c.req.param('file') as string;
        if (!Object.hasOwn(SWAGGER_ASSETS, file)) throw new HttpProblem('not-found', `no documentation asset "${file}"`);
        let content = assets.get(file);
        if (!content) {
          content = readPackageBytes(`dist/swagger-ui/${file}`);
          assets.set(file, content);
        }
        // The cached bytes themselves, never a copy: clients that read slowly share one buffer.
        return respond(c, content, 200, { 'Content-Type': SWAGGER_ASSETS[file], 'Cache-Control': 'public, max-age=86400' });
      },
    }),
  ] as const;
}
