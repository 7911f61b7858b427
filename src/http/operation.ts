import type { Context } from 'hono';
import type * as z from 'zod';
import type { AppEnv } from './env.js';
import type { HttpProblem } from './problem.js';
import { type Json, jsonContent, problems, ref } from './openapi-parts.js';
import type { COMPONENT_SCHEMAS } from './schemas.js';

/** The methods the API's operations use. */
export type Method = 'get' | 'post' | 'delete';

/** A schema the OpenAPI document names under `components` (see `COMPONENT_SCHEMAS`). */
export type ComponentName = keyof typeof COMPONENT_SCHEMAS;

/** What a component's JSON holds: the schema's input for a request body, its output for an answer. */
type ComponentInput<Name extends ComponentName> = z.input<(typeof COMPONENT_SCHEMAS)[Name][0]>;
type ComponentOutput<Name extends ComponentName> = z.output<(typeof COMPONENT_SCHEMAS)[Name][0]>;

/** A JSON request body: what the client sends (`Sent`, for `hono/client`) and what the handler gets once it is read and parsed (`Parsed`). */
export interface JsonBody<Sent, Parsed> {
  /** The component the OpenAPI document names for it, or else its JSON Schema as written. */
  component?: ComponentName;
  schema?: Json;
  /** The most bytes the body may hold (413 past it). */
  limit: number;
  /** Validates the parsed JSON; a `WorkloadValidationError` becomes a 400 naming each field. */
  parse: (value: unknown) => Parsed | Promise<Parsed>;
  /** More of the OpenAPI media type object: examples. */
  extra?: Json;
  /** Type only: what `hono/client` lets a caller send. */
  readonly sent?: Sent;
}

/** The success answers of an operation, by status, as the OpenAPI document gives them; `Out` types `hono/client`'s `json()`. */
export interface Answers<Out> {
  responses: Record<string, Json>;
  /** Type only: the JSON a 200 holds. */
  readonly out?: Out;
}

/**
 * One operation of the API, declared once as data: method, path, the body it
 * reads and its limit, the media types it answers with, the problems it may
 * give, and its handler. The OpenAPI document, the routes, the 405s and
 * their Allow header, the Accept check and the metric route labels are all
 * derived from these (see `operation-routes.ts` and `openapi.ts`).
 */
export interface Operation<Path extends string = string, M extends Method = Method, Sent = unknown, Parsed = unknown, Out = unknown, Query extends string = string> {
  method: M;
  /** The OpenAPI path, `{name}` for a path parameter. */
  path: Path;
  /** What the OpenAPI document says of it besides what is derived: tags, operationId, summary, description, security, parameters, in that order. */
  doc: Json;
  /** The JSON body it reads, if any. */
  body?: JsonBody<Sent, Parsed>;
  /** Its success answers; their media types are what an Accept header must admit. */
  answers: Answers<Out>;
  /** The statuses of the problems it may answer with. */
  problems: readonly number[];
  /** A page or file a browser renders, which gets the document security headers too. */
  page?: boolean;
  /** The query parameters `hono/client` may send. */
  readonly query?: readonly Query[];
  /** How its refusals (an `HttpProblem`: its body too large, malformed…) are written, when not as RFC 9457 problems (JSON-RPC errors, on /mcp). */
  refusal?: (c: Context<AppEnv>, problem: HttpProblem) => Response;
  /** Answers the request; `body` is the parsed body when the operation reads one. */
  handler: (c: Context<AppEnv>, body: Parsed) => Response | Promise<Response>;
}

/** Any operation, whatever it reads and answers. */
export type AnyOperation = Operation<string, Method, any, any, any, string>;

/**
 * Declares an operation, keeping its literal path and method for the
 * `hono/client` types derived from it.
 *
 * @example
 * operation({ method: 'get', path: '/healthz', doc: { tags: ['meta'], operationId: 'health', summary: 'Liveness' },
 *   answers: jsonAnswer('Health', 'The process is up'), problems: [405], handler: (c) => respondJson(c, { status: 'ok' }) });
 */
export function operation<const Path extends string, const M extends Method, Sent = never, Parsed = undefined, Out = unknown, const Query extends string = never>(
  declared: Operation<Path, M, Sent, Parsed, Out, Query>,
): Operation<Path, M, Sent, Parsed, Out, Query> {
  return declared;
}

/**
 * A JSON body of the named component, read up to `limit` bytes and parsed
 * with `parse`.
 *
 * @example
 * jsonBody('Workload', 64 * 1024, parseWorkload);
 */
export function jsonBody<const Name extends ComponentName, Parsed>(component: Name, limit: number, parse: (value: unknown) => Parsed | Promise<Parsed>, extra?: Json): JsonBody<ComponentInput<Name>, Parsed> {
  return { component, limit, parse, ...(extra ? { extra } : {}) };
}

/**
 * Types what `hono/client` may send for a body whose component does not say
 * it precisely (a batch, whose workloads are checked one by one).
 *
 * @example
 * sending<{ workloads: WorkloadInput[] }>()(jsonBody('BatchRequest', limit, parseBatch));
 */
export const sending =
  <Sent>() =>
  <Parsed>(body: JsonBody<unknown, Parsed>): JsonBody<Sent, Parsed> =>
    body as JsonBody<Sent, Parsed>;

/**
 * A 200 answer holding the named component as JSON.
 *
 * @example
 * jsonAnswer('ServiceList', 'The catalog');
 */
export function jsonAnswer<const Name extends ComponentName>(component: Name, description: string): Answers<ComponentOutput<Name>> {
  return { responses: { '200': { description, content: jsonContent(ref(component)) } } };
}

/**
 * Success answers given as OpenAPI response objects by status, for what is
 * not one JSON component (pages, files, several media types).
 *
 * @example
 * answers<string>({ '200': { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } } });
 */
export function answers<Out = unknown>(responses: Record<string, Json>): Answers<Out> {
  return { responses };
}

/** The media types of an operation's success answers, in the order declared: what an Accept header must admit. */
export function answeredTypes(op: AnyOperation): string[] {
  const types = Object.entries(op.answers.responses).flatMap(([status, response]) =>
    status.startsWith('2') ? Object.keys((response as { content?: Json }).content ?? {}) : [],
  );
  return [...new Set(types)];
}

/** `/v1/services/{id}` → `/v1/services/:id`: an operation's path as Hono routes it. */
export const honoPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

/** An operation as the OpenAPI document lists it: its doc, then its request body and responses. */
export function openApiOperation(op: AnyOperation): Json {
  return {
    ...op.doc,
    ...(op.body ? { requestBody: { required: true, content: jsonContent(op.body.component ? ref(op.body.component) : (op.body.schema ?? {}), op.body.extra) } } : {}),
    responses: { ...op.answers.responses, ...problems(...op.problems) },
  };
}

// ---------------------------------------------------------------- types for hono/client

type HonoPathOf<P extends string> = P extends `${infer Head}{${infer Name}}${infer Tail}` ? `${Head}:${Name}${HonoPathOf<Tail>}` : P;
type ParamsOf<P extends string> = P extends `${string}{${infer Name}}${infer Tail}` ? Name | ParamsOf<Tail> : never;
type IfAny<Keys, Then> = [Keys] extends [never] ? {} : Then;

/** What `hono/client` sends for an operation: its JSON body, path parameters and query. */
type InputOf<Op> =
  // `any` where the handler's body sits: it is contravariant, and beside the point here.
  Op extends Operation<infer P, Method, infer Sent, any, any, infer Query>
    ? IfAny<Sent, { json: Sent }> & IfAny<ParamsOf<P>, { param: Record<ParamsOf<P>, string> }> & IfAny<Query, { query?: Partial<Record<Query, string | string[]>> }>
    : never;

/** An operation as one entry of Hono's route schema. */
type EndpointOf<Op> = Op extends Operation<infer P, infer M, any, any, infer Out, any>
  ? { [Path in HonoPathOf<P>]: { [Key in `$${M}`]: { input: InputOf<Op>; output: Out; outputFormat: 'json'; status: 200 } } }
  : never;

type Intersect<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type Flatten<T> = { [K in keyof T]: T[K] extends object ? { [M in keyof T[K]]: T[K][M] } : T[K] };

/**
 * Hono's route schema for a list of operations, as `hono/client` reads it:
 * `client.v1.recommendations.$post({ json })` is typed by the operation's
 * body component, and its `json()` by its answer.
 */
export type RouteSchemaOf<Ops extends readonly AnyOperation[]> = Flatten<Intersect<{ [I in keyof Ops]: EndpointOf<Ops[I]> }[number]>>;
