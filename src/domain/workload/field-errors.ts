import type * as z from 'zod';
import { type FieldError, MAX_FIELD_ERRORS } from '../errors.js';
import { ALLOWED_KEYS_MARK, quoteKey } from './strict-object.js';

/** A path segment longer than this is cut, so that a hostile key cannot make the error body large. */
const SEGMENT_CHARS = 200;

/** Escapes one path segment for a JSON pointer (RFC 6901). */
function pointerSegment(segment: PropertyKey): string {
  const text = String(segment);
  return (text.length > SEGMENT_CHARS ? `${text.slice(0, SEGMENT_CHARS)}…` : text).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Field errors found in a request: the first {@link MAX_FIELD_ERRORS}, and how many there were in all. */
export interface FieldErrorList {
  errors: FieldError[];
  total: number;
}

/**
 * Turns zod issues into `{ path, message }` pairs whose path is a JSON
 * pointer, at most {@link MAX_FIELD_ERRORS} of them (`total` counts all). An
 * unknown key points at the key itself, so `/data/sauces` says exactly what
 * to fix, and its message names that key alone.
 *
 * @example
 * toFieldErrors(WorkloadSchema.safeParse({ latency: 1 }).error!.issues).errors;
 * // [{ path: '/latency', message: 'Invalid option: expected one of ...' }]
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = [], into?: FieldErrorList): FieldErrorList {
  const list = into ?? { errors: [], total: 0 };
  const add = (path: readonly PropertyKey[], message: string) => {
    if (list.errors.length < MAX_FIELD_ERRORS) list.errors.push({ path: toPointer(path), message });
    list.total++;
  };
  for (const issue of issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const mark = issue.message.indexOf(ALLOWED_KEYS_MARK);
      const allowed = mark >= 0 ? issue.message.slice(mark) : '';
      for (const [index, key] of issue.keys.entries()) {
        if (list.errors.length >= MAX_FIELD_ERRORS) {
          list.total += issue.keys.length - index;
          break;
        }
        add([...base, key], `unknown key ${quoteKey(key)}${allowed}`);
      }
    } else {
      add(base, issue.message);
    }
  }
  return list;
}

/** `['ingestion', 'consumers']` → `/ingestion/consumers`; the root is `''`. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${pointerSegment(segment)}`).join('');
}
