import { createAdvisor } from '../../src/domain/advisor.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

export const advisor = createAdvisor();

/** The advisor's answer with helpers that read well in assertions. */
export function answer(workload: unknown) {
  const result: Recommendation = advisor.recommend(workload as WorkloadInput);
  return {
    result,
    services: result.recommendations.map((r) => r.service as string),
    rejected: result.rejected.map((r) => r.service as string),
    warnings: result.warnings.map((w) => w.code),
    missing: result.missing.map((m) => m.field),
    item: (service: string) => result.recommendations.find((r) => r.service === service),
    stageOf: (service: string) => result.pipeline.findIndex((stage) => (stage.services as string[]).includes(service)),
  };
}
