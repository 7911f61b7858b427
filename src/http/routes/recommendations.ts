import type { Context } from 'hono';
import * as z from 'zod';
import { parseWorkload } from '../../domain/workload/parse-workload.js';
import type { Recommendation } from '../../domain/answer/schema.js';
import { type FieldError, MAX_FIELD_ERRORS, WorkloadValidationError } from '../../domain/errors.js';
import { REQUEST_LIMITS } from '../../domain/limits.js';
import { renderAdr } from '../../domain/rendering/adr.js';
import { renderMermaid } from '../../domain/rendering/mermaid.js';
import { toFieldErrors } from '../../domain/workload/field-errors.js';
import type { Workload, WorkloadSchema } from '../../domain/workload/schema.js';
import type { AppEnv, RouteDeps } from '../env.js';
import { ref } from '../openapi-parts.js';
import { answers, jsonAnswer, jsonBody, operation, sending } from '../operation.js';
import { HttpProblem } from '../problem.js';
import { respond, respondJson } from '../respond.js';
import { answerOptions, WHAT_WOULD_CHANGE_PARAMETER } from '../what-would-change-query.js';

export const RECOMMENDATION_FORMATS = {
  json: 'application/json',
  markdown: 'text/markdown',
  mermaid: 'text/vnd.mermaid',
} as const;
type Format = keyof typeof RECOMMENDATION_FORMATS;

const FORMAT_BY_MEDIA_TYPE = Object.fromEntries(Object.entries(RECOMMENDATION_FORMATS).map(([format, type]) => [type, format])) as Record<
  string,
  Format
>;

/** `?format=` wins; otherwise the Accept header; JSON when the caller does not care. */
function chooseFormat(c: Context<AppEnv>): Format {
  const query = c.req.query('format');
  if (query !== undefined) {
    if (Object.hasOwn(RECOMMENDATION_FORMATS, query)) return query as Format;
    throw new HttpProblem('invalid-query', `format "${query}" is not one of ${Object.keys(RECOMMENDATION_FORMATS).join(', ')}`, {
      errors: [{ path: '/format', message: `must be one of ${Object.keys(RECOMMENDATION_FORMATS).join(', ')}` }],
    });
  }
  // The Accept check app.ts puts on every documented operation has negotiated it from this operation's formats.
  return FORMAT_BY_MEDIA_TYPE[c.get('mediaType') ?? RECOMMENDATION_FORMATS.json];
}

export const BatchRequestSchema = z
  .strictObject({
    workloads: z
      .array(z.unknown())
      .min(1)
      .max(REQUEST_LIMITS.batchSize)
      .describe(`One to ${REQUEST_LIMITS.batchSize} workloads, answered in order`),
  })
  .describe('Several workloads to answer at once');

/** Workloads validated (or answered) between two yields of the event loop, so a large batch never blocks other requests. */
const BATCH_SLICE = 10;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Validates a batch: the envelope, then each workload, naming the index of
 * every bad one (the first {@link MAX_FIELD_ERRORS}, and how many in all).
 */
export async function parseBatch(value: unknown, maxSize: number): Promise<{ workloads: Workload[] }> {
  const envelope = BatchRequestSchema.safeParse(value);
  if (!envelope.success) {
    const { errors, total } = toFieldErrors(envelope.error.issues);
    throw new WorkloadValidationError(errors, 'batch', total);
  }
  if (envelope.data.workloads.length > maxSize) {
    throw new WorkloadValidationError([{ path: '/workloads', message: `at most ${maxSize} workloads per batch` }], 'batch');
  }
  const workloads: Workload[] = [];
  const errors: FieldError[] = [];
  let total = 0;
  for (const [index, item] of envelope.data.workloads.entries()) {
    if (index > 0 && index % BATCH_SLICE === 0) await nextTurn();
    try {
      workloads.push(parseWorkload(item));
    } catch (error) {
      if (!(error instanceof WorkloadValidationError)) throw error;
      for (const e of error.errors) {
        if (errors.length < MAX_FIELD_ERRORS) errors.push({ path: `/workloads/${index}${e.path}`, message: `workload ${index}: ${e.message}` });
      }
      total += error.total;
    }
  }
  if (total > 0) throw new WorkloadValidationError(errors, 'batch', total);
  return { workloads };
}

/** The answer depends on the Accept header, so caches must key on it. */
const VARY_ACCEPT = { Vary: 'Accept' } as const;

/** The workload as `hono/client` sends it: the schema's input. */
type WorkloadInput = z.input<typeof WorkloadSchema>;

/**
 * `POST /v1/recommendations` (JSON, an ADR in Markdown, or a Mermaid diagram)
 * and `POST /v1/recommendations/batch`, as operations; `examples` are the
 * OpenAPI document's named request examples (the scenario workloads).
 */
export function recommendationOperations(deps: RouteDeps, examples: ReadonlyArray<{ name: string; summary: string; workload: unknown }> = []) {
  const { advisor, limits } = deps;
  const workloadExamples = Object.fromEntries(examples.map((example) => [example.name, { summary: example.summary, value: example.workload }]));
  return [
    operation({
      method: 'post',
      path: '/v1/recommendations',
      doc: {
        tags: ['recommendations'],
        operationId: 'recommend',
        summary: 'Recommend an architecture for a workload',
        description:
          'Answers with JSON by default; `Accept: text/markdown` (or `?format=markdown`) returns a MADR 4 architecture decision record, `?format=mermaid` (or `Accept: text/vnd.mermaid`) a Mermaid flowchart of the pipeline.',
        parameters: [
          {
            name: 'format',
            in: 'query',
            required: false,
            description: 'Representation to answer with; overrides the Accept header',
            schema: { type: 'string', enum: Object.keys(RECOMMENDATION_FORMATS) },
          },
          WHAT_WOULD_CHANGE_PARAMETER,
        ],
      },
      body: jsonBody('Workload', limits.recommendationBodyBytes, parseWorkload, { examples: workloadExamples }),
      answers: answers<Recommendation>({
        '200': {
          description: 'The recommendation',
          content: {
            [RECOMMENDATION_FORMATS.json]: { schema: ref('Recommendation') },
            [RECOMMENDATION_FORMATS.markdown]: { schema: { type: 'string' }, example: '---\nstatus: proposed\n...' },
            [RECOMMENDATION_FORMATS.mermaid]: { schema: { type: 'string' }, example: 'flowchart LR\n  ...' },
          },
        },
      }),
      problems: [400, 401, 405, 406, 413, 415],
      query: ['format', 'whatWouldChange'],
      handler: (c, workload: Workload) => {
        const format = chooseFormat(c);
        // The record always says what would change the decision; a JSON answer when asked.
        const answer = advisor.recommendValidated(workload, answerOptions(c, format === 'markdown'));
        deps.onAnswer?.(answer);
        if (format === 'json') return respondJson(c, answer, 200, VARY_ACCEPT);
        const text = format === 'markdown' ? renderAdr(workload, answer, advisor.ruleSet, { date: deps.today() }) : renderMermaid(answer);
        return respond(c, text, 200, { ...VARY_ACCEPT, 'Content-Type': `${RECOMMENDATION_FORMATS[format]}; charset=utf-8` });
      },
    }),
    operation({
      method: 'post',
      path: '/v1/recommendations/batch',
      doc: {
        tags: ['recommendations'],
        operationId: 'recommendBatch',
        summary: `Recommend architectures for 1 to ${REQUEST_LIMITS.batchSize} workloads`,
        description: 'Results come back in the order the workloads were sent. One invalid workload fails the whole batch with a 400 naming its index and field.',
        parameters: [WHAT_WOULD_CHANGE_PARAMETER],
      },
      body: sending<{ workloads: WorkloadInput[] }>()(
        jsonBody('BatchRequest', limits.batchBodyBytes, (value) => parseBatch(value, limits.batchSize), { example: { workloads: examples.slice(0, 2).map((e) => e.workload) } }),
      ),
      answers: jsonAnswer('BatchResponse', 'One recommendation per workload'),
      problems: [400, 401, 405, 413, 415],
      query: ['format', 'whatWouldChange'],
      handler: async (c, { workloads }: { workloads: Workload[] }) => {
        const format = c.req.query('format');
        if (format !== undefined && format !== 'json') {
          throw new HttpProblem('invalid-query', `format "${format}" is not available for a batch, which answers JSON only`, {
            errors: [{ path: '/format', message: 'a batch answers json only; ask /v1/recommendations for markdown or mermaid, one workload at a time' }],
          });
        }
        const asked = answerOptions(c, false);
        const results: Recommendation[] = [];
        for (let index = 0; index < workloads.length; index++) {
          if (index > 0 && index % BATCH_SLICE === 0) await nextTurn();
          const answer = advisor.recommendValidated(workloads[index], asked);
          deps.onAnswer?.(answer);
          results.push(answer);
        }
        return respondJson(c, { results });
      },
    }),
  ] as const;
}
