import type { Advisor, AnswerOptions } from '../advisor.js';
import type { Recommendation } from '../answer/schema.js';
import type { Role, ServiceId } from '../catalog/service-ids.js';
import { withChange } from '../counterfactuals/candidate-values.js';
import { type FieldError, WorkloadValidationError } from '../errors.js';
import { toFieldErrors } from '../workload/field-errors.js';
import { parseWorkload } from '../workload/parse-workload.js';
import type { Workload } from '../workload/schema.js';
import { type WorkloadChange, type WorkloadComparison, WorkloadComparisonRequestSchema } from './comparison-schema.js';

/** The two workloads a comparison answers, and the change that made the second, when one did. */
export interface ComparedWorkloads {
  first: Workload;
  second: Workload;
  change?: WorkloadChange;
}

/** A field error of the changed workload, pointed at the change that caused it when one did. */
function changeError(error: FieldError, change: WorkloadChange): FieldError {
  const dotted = error.path.slice(1).split('/').join('.');
  const path = Object.keys(change).find((key) => dotted === key || dotted.startsWith(`${key}.`));
  return path === undefined ? { path: `/workload${error.path}`, message: error.message } : { path: `/change/${path.replaceAll('~', '~0').replaceAll('/', '~1')}`, message: error.message };
}

/**
 * Validates a comparison request: two workloads, or one and a change, the
 * changed workload checked as any workload is. Errors name the field as a
 * JSON pointer into the request (`/workloads/1/latency`, `/change/latency`).
 *
 * @example
 * parseComparison({ workload: { latency: 'real-time' }, change: { latency: 'batch' } }).second; // { latency: 'batch' }
 */
export function parseComparison(value: unknown): ComparedWorkloads {
  const parsed = WorkloadComparisonRequestSchema.safeParse(value);
  if (!parsed.success) {
    const { errors, total } = toFieldErrors(parsed.error.issues);
    throw new WorkloadValidationError(errors, 'comparison', total);
  }
  const { workloads, workload, change } = parsed.data;
  if (workloads) return { first: workloads[0], second: workloads[1] };
  const first = workload as Workload;
  const given = change as WorkloadChange;
  try {
    return { first, second: parseWorkload(withChange(first, given)), change: given };
  } catch (error) {
    if (!(error instanceof WorkloadValidationError)) throw error;
    throw new WorkloadValidationError(error.errors.map((fieldError) => changeError(fieldError, given)), 'comparison', error.total);
  }
}

/** Each role either answer fills, in the order the answers give them, with the services of each. */
function rolesSideBySide(first: Recommendation, second: Recommendation): WorkloadComparison['roles'] {
  const roles: Role[] = [];
  for (const item of [...first.recommendations, ...second.recommendations]) if (!roles.includes(item.role)) roles.push(item.role);
  const servicesFor = (answer: Recommendation, role: Role): ServiceId[] => answer.recommendations.filter((item) => item.role === role).map((item) => item.service);
  return roles.map((role) => ({ role, first: servicesFor(first, role), second: servicesFor(second, role) }));
}

const minus = (a: number, b: number) => Math.round((a - b) * 100) / 100;

/**
 * Answers two workloads (or one and its change) side by side: both answers,
 * the services each gives every job, and what the second costs a month more
 * or less than the first; `asked` as for each answer.
 *
 * @example
 * compareWorkloads(advisor, parseComparison({ workload, change: { latency: 'near-real-time' } })).costDifference?.monthlyUSD;
 */
export function compareWorkloads(advisor: Advisor, { first, second, change }: ComparedWorkloads, asked?: AnswerOptions): WorkloadComparison {
  const answers = [advisor.recommendValidated(first, asked), advisor.recommendValidated(second, asked)] as const;
  const [a, b] = [answers[0].costEstimate, answers[1].costEstimate];
  return {
    ...(change ? { change } : {}),
    answers: [...answers],
    roles: rolesSideBySide(...answers),
    ...(a && b
      ? { costDifference: { monthlyUSD: minus(b.monthlyUSD, a.monthlyUSD), lowUSD: minus(b.lowUSD, a.lowUSD), highUSD: minus(b.highUSD, a.highUSD), regions: [a.region, b.region] } }
      : {}),
  };
}
