import type * as z from 'zod';
import type { FieldError } from './errors.js';

/** Escapes one path segment for a JSON pointer (RFC 6901). */
function pointerSegment(segment: PropertyKey): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Turns zod issues into `{ path, message }` pairs whose path is a JSON
 * pointer. An unknown key points at the key itself, so `/data/sauces` says
 * exactly what to fix.
 *
 * @example
 * toFieldErrors(WorkloadSchema.safeParse({ latency: 1 }).error!.issues);
 * // [{ path: '/latency', message: 'Invalid option: expected one of ...' }]
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: toPointer([...base, key]), message: issue.message });
      }
    } else {
      errors.push({ path: toPointer(base), message: issue.message });
    }
  }
  return errors;
}

/** `['ingestion', 'consumers']` → `/ingestion/consumers`; the root is `''`. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${pointerSegment(segment)}`).join('');
}
