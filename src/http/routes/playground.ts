import type { Advisor } from '../../domain/advisor.js';
import { DATA_SOURCES, DESTINATIONS, INGESTION_MODES, LATENCIES } from '../../domain/workload/schema.js';
import { readPackageFile } from '../../package-files.js';
import { answers, operation } from '../operation.js';
import { HttpProblem } from '../problem.js';
import { respond, respondJson } from '../respond.js';

/** Where the page's files live, relative to the package root: shipped as-is, so `dist/` serves them too. */
const PLAYGROUND_DIR = 'src/http/playground';

/** The only files `/playground/:file` serves, with their media types (browsers enforce them under nosniff). */
export const PLAYGROUND_ASSETS: Readonly<Record<string, string>> = {
  'playground.css': 'text/css; charset=utf-8',
  'playground.js': 'text/javascript; charset=utf-8',
  'api.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'markdown.js': 'text/javascript; charset=utf-8',
  'pipeline-diagram.js': 'text/javascript; charset=utf-8',
  'answer-view.js': 'text/javascript; charset=utf-8',
  'cost-view.js': 'text/javascript; charset=utf-8',
  'changes-view.js': 'text/javascript; charset=utf-8',
  'workload-form.js': 'text/javascript; charset=utf-8',
  'description-view.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml; charset=utf-8',
};

/**
 * The choices the page's quick fields offer and the services' display names,
 * taken from the schema and catalog themselves so the page never drifts from
 * them, and served without a token because nothing here is secret.
 */
function formOptions(advisor: Advisor) {
  return {
    sources: DATA_SOURCES,
    ingestionModes: INGESTION_MODES,
    latencies: LATENCIES,
    destinations: DESTINATIONS,
    serviceNames: Object.fromEntries(advisor.ruleSet.catalog.list().map((service) => [service.id, service.name])),
  };
}

/**
 * `GET /`: the playground, a page to try workloads against the REST API, and
 * `GET /playground/{file}`: its own scripts, styles and scenario workloads.
 * No CDN and no build step: the files are read from the package on first use.
 *
 * @example
 * serveOperations(app, playgroundOperations(advisor)); // GET / answers text/html
 */
export function playgroundOperations(advisor: Advisor) {
  const read = (name: string) => readPackageFile(`${PLAYGROUND_DIR}/${name}`);
  // Files are not fingerprinted, so browsers revalidate instead of keeping an old page after an upgrade.
  const noCache = { 'Cache-Control': 'no-cache' };
  return [
    operation({
      method: 'get',
      path: '/',
      doc: { tags: ['meta'], operationId: 'getPlayground', summary: 'Playground: describe a workload in the browser and see the diagram, cards and ADR', security: open },
      answers: answers<string>({ '200': { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } } }),
      problems: [405],
      page: true,
      handler: (c) => respond(c, read('index.html'), 200, { 'Content-Type': 'text/html; charset=UTF-8', ...noCache }),
    }),
    // One route for every file: a static path beside `:file` would make Hono
    // fall back from its RegExpRouter to the slower TrieRouter for all routes.
    operation({
      method: 'get',
      path: '/playground/{file}',
      doc: {
        tags: ['meta'],
        operationId: 'getPlaygroundFile',
        summary: 'A file of the playground page: its scripts, styles, form options and example workloads',
        security: open,
        parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string', enum: [...Object.keys(PLAYGROUND_ASSETS), 'form-options.json', 'scenarios.json'] } }],
      },
      answers: answers<unknown>({ '200': { description: 'The file', content: fileContent() } }),
      problems: [404, 405],
      page: true,
      handler: (c) => {
        const file = c.req.param('file') as string;
        if (file === 'form-options.json') return respondJson(c, formOptions(advisor), 200, noCache);
        // Written by the build from tests/scenarios, the workloads the tests answer.
        if (file === 'scenarios.json') return respond(c, readPackageFile('dist/scenarios.json'), 200, { 'Content-Type': 'application/json; charset=utf-8', ...noCache });
        if (!Object.hasOwn(PLAYGROUND_ASSETS, file)) throw new HttpProblem('not-found', `no playground file "${file}"`);
        return respond(c, read(file), 200, { 'Content-Type': PLAYGROUND_ASSETS[file], ...noCache });
      },
    }),
  ] as const;
}

const open = [{}];

/** The media types the playground's files come in: its assets' and the two JSON documents'. */
function fileContent() {
  const types = new Set([...Object.values(PLAYGROUND_ASSETS).map((type) => type.split(';')[0]), 'application/json']);
  return Object.fromEntries([...types].map((type) => [type, { schema: type === 'application/json' ? {} : { type: 'string' } }]));
}
