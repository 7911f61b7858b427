/**
 * aws-data-advisor: architecture decisions for AWS data services, from
 * json-rules-engine rules that encode the study cards and today's AWS facts.
 *
 * @example
 * import { recommend } from 'aws-data-advisor';
 * const answer = await recommend({ ingestion: { mode: 'streaming', throughputMBps: 50 } });
 * console.log(answer.pipeline);
 */
export { type Advisor, type AdvisorOptions, type AnswerOptions, createAdvisor, parseWorkload, recommend, ruleFacts } from './domain/advisor.js';
export { CARDS, type Card } from './domain/catalog/cards.js';
export {
  applyDescription,
  type DescriptionConflict,
  type InferredField,
  InferredFieldSchema,
  readDescription,
} from './domain/description/index.js';
export { inferWorkload, type WorkloadReading, WorkloadReadingSchema } from './domain/infer-workload.js';
export {
  type CatalogEntry,
  getService,
  listServices,
  type ServiceFact,
  type ServiceLifecycle,
  type ServiceLimit,
  type ServiceSummary,
  type ServiceView,
} from './domain/catalog/services.js';
export { type Catalog, createCatalog } from './domain/catalog/catalog.js';
export { type OrgService, OrgServiceSchema, type ServiceOrigin } from './domain/catalog/schema.js';
export { type FieldError, RuleLoadError, ScenarioFileError, UnknownServiceError, WorkloadValidationError } from './domain/errors.js';
export { checkRuleDirs, type LoadedRule, type LoadedService, type LoadRulesOptions, loadRules, type RuleSet } from './domain/rules/load.js';
export { readScenarios, type Scenario, type ScenarioExpect, ScenarioSchema } from './domain/scenarios/scenario.js';
export { checkScenario, runScenario, type ScenarioFailure, type ScenarioResult } from './domain/scenarios/scenario-check.js';
export { type RuleCoverage, ruleCoverage } from './domain/scenarios/rule-coverage.js';
export {
  type Missing,
  type PipelineStage,
  type Recommendation,
  type RecommendationItem,
  RecommendationSchema,
  type RecommendationWarning,
  type Rejected,
} from './domain/answer/schema.js';
export { OrganisationRuleFileSchema, type RuleDefinition, type RuleFile, RuleFileSchema } from './domain/rules/schema.js';
export { type OrgServiceId, type Role, SERVICE_IDS, type ServiceId } from './domain/catalog/service-ids.js';
export { type Workload, type WorkloadInput, WorkloadSchema } from './domain/workload/schema.js';
export type { AppType } from './http/app.js';
