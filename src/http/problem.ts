import type { Context } from 'hono';
import type { FieldError, WorkloadValidationError } from '../domain/errors.js';
import type { AppEnv } from './env.js';
import { API_HEADERS, respond } from './respond.js';

/** The problem types this API answers with; each `type` resolves to `/problems/{slug}`. */
export const PROBLEM_TYPES = {
  'invalid-body': { status: 400, title: 'Invalid request body', about: 'The JSON body does not match the schema; `errors` names each field by JSON pointer.' },
  'malformed-json': { status: 400, title: 'Malformed JSON', about: 'The body is not valid JSON.' },
  'too-deep': { status: 400, title: 'JSON nested too deep', about: 'The body nests arrays or objects deeper than the API allows.' },
  'invalid-query': { status: 400, title: 'Invalid query parameter', about: 'A query parameter is missing or has a value the route does not accept.' },
  unauthorized: { status: 401, title: 'Unauthorized', about: 'The server requires `Authorization: Bearer <token>` and the token is missing or wrong.' },
  forbidden: { status: 403, title: 'Forbidden', about: 'The Host or Origin header is not allowed (DNS-rebinding protection).' },
  'not-found': { status: 404, title: 'Not Found', about: 'No route, service or rule has that path or id.' },
  'method-not-allowed': { status: 405, title: 'Method Not Allowed', about: 'The route exists but not for this method; the Allow header lists the methods.' },
  'not-acceptable': { status: 406, title: 'Not Acceptable', about: 'The Accept header asks for a representation this route cannot produce.' },
  'request-timeout': { status: 408, title: 'Request Timeout', about: 'The request took too long to arrive or to answer.' },
  'incomplete-body': { status: 400, title: 'Incomplete request body', about: 'The client closed the connection before the whole body arrived.' },
  'expectation-failed': { status: 417, title: 'Expectation Failed', about: 'The Expect header asks for something other than 100-continue, which is all this server supports.' },
  'header-fields-too-large': { status: 431, title: 'Request Header Fields Too Large', about: 'The request headers are larger than the server accepts.' },
  'bad-request': { status: 400, title: 'Bad Request', about: 'The request is not valid HTTP, or lacks what HTTP/1.1 requires (a Host header).' },
  'payload-too-large': { status: 413, title: 'Payload Too Large', about: 'The body is larger than the route accepts.' },
  'unsupported-media-type': { status: 415, title: 'Unsupported Media Type', about: 'The body must be JSON: send Content-Type: application/json.' },
  'too-many-requests': { status: 429, title: 'Too Many Requests', about: 'Too many concurrent sessions or requests; retry later.' },
  'internal-error': { status: 500, title: 'Internal Server Error', about: 'Something unexpected failed; the request id is in the logs.' },
  'service-unavailable': { status: 503, title: 'Service Unavailable', about: 'The server is shutting down or not ready.' },
} as const;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

/** An RFC 9457 problem detail as this API sends it. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  /** Field errors found beyond those listed in `errors`. */
  moreErrors?: number;
}

/** What a problem may carry besides its detail. */
export interface ProblemOptions {
  errors?: FieldError[];
  moreErrors?: number;
  headers?: Record<string, string>;
}

/**
 * A failure a handler throws to answer with a problem; `onError` renders it.
 *
 * @example
 * throw new HttpProblem('not-found', 'no rule "x"');
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly slug: ProblemSlug;
  readonly options: ProblemOptions;

  constructor(slug: ProblemSlug, detail: string, options: ProblemOptions = {}) {
    super(detail);
    this.slug = slug;
    this.options = options;
  }
}

/** A validation error's listed errors and the count of the rest, as a problem carries them. */
export function validationProblem(error: WorkloadValidationError): ProblemOptions {
  return { errors: [...error.errors], moreErrors: error.total - error.errors.length };
}

/** Builds the problem body for a slug. */
export function problemBody(
  slug: ProblemSlug,
  detail: string,
  extra: { instance?: string; requestId?: string; errors?: FieldError[]; moreErrors?: number } = {},
): ProblemBody {
  const { status, title } = PROBLEM_TYPES[slug];
  return {
    type: `/problems/${slug}`,
    title,
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.requestId ? { requestId: extra.requestId } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.moreErrors ? { moreErrors: extra.moreErrors } : {}),
  };
}

/**
 * Answers with `application/problem+json`.
 *
 * @example
 * return problem(c, 'unsupported-media-type', 'send Content-Type: application/json');
 */
export function problem(c: Context<AppEnv>, slug: ProblemSlug, detail: string, options: ProblemOptions = {}): Response {
  const body = problemBody(slug, detail, { instance: c.req.path, requestId: c.get('requestId'), errors: options.errors, moreErrors: options.moreErrors });
  c.set('problem', slug);
  return respond(c, JSON.stringify(body), body.status, { ...options.headers, 'Content-Type': 'application/problem+json' });
}

/**
 * A problem answered outside the app, for what Node or the adapter refuses
 * before a route runs: the body, and the headers every answer carries.
 *
 * @example
 * const { status, headers, body } = standaloneProblem('request-timeout', 'the request did not arrive in time');
 */
export function standaloneProblem(slug: ProblemSlug, detail: string): { status: number; headers: Record<string, string>; body: string } {
  const requestId = crypto.randomUUID();
  const body = JSON.stringify(problemBody(slug, detail, { requestId }));
  const headers = { ...API_HEADERS, 'X-Request-Id': requestId, 'Content-Type': 'application/problem+json' };
  return { status: PROBLEM_TYPES[slug].status, headers, body };
}
