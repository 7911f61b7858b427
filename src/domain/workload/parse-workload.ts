import { WorkloadValidationError } from '../errors.js';
import { toFieldErrors } from './field-errors.js';
import { type Workload, WorkloadSchema } from './schema.js';

/**
 * Checks a workload against the contract's schema and returns it typed.
 *
 * @example
 * parseWorkload({ latency: 'real-time' }); // { latency: 'real-time' }
 * parseWorkload({ latency: 'soon' }); // throws WorkloadValidationError, errors[0].path === '/latency'
 */
export function parseWorkload(input: unknown): Workload {
  const result = WorkloadSchema.safeParse(input);
  if (result.success) return result.data;
  const { errors, total } = toFieldErrors(result.error.issues);
  throw new WorkloadValidationError(errors, 'workload', total);
}
