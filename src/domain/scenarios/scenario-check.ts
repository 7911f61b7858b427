import type { Advisor } from '../advisor.js';
import type { Recommendation } from '../answer/schema.js';
import { AdvisorError } from '../errors.js';
import type { Scenario, ScenarioExpect, ScenarioFile } from './scenario.js';
import { parseWorkload } from '../workload/parse-workload.js';

/** One expectation an answer does not meet: which, what it expected, what the answer gave. */
export interface ScenarioFailure {
  /** The expectation's key in `expect`, such as `include` or `pipelineOrder`. */
  expectation: string;
  expected: string;
  got: string;
}

/** One scenario's outcome: no failures means it passed. */
export interface ScenarioResult {
  name: string;
  file: string;
  failures: ScenarioFailure[];
}

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');

function checkSets(answer: Recommendation, expected: ScenarioExpect): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  const services = answer.recommendations.map((item) => item.service as string);
  const codes = answer.warnings.map((warning) => warning.code);
  const asked = answer.missing.map((question) => question.field);
  const must = (expectation: string, wanted: readonly string[] | undefined, present: readonly string[], what: string, yes: boolean) => {
    for (const id of wanted ?? []) {
      if (present.includes(id) !== yes) failures.push({ expectation, expected: `${id} ${yes ? '' : 'not '}${what}`, got: `${what}: ${list(present)}` });
    }
  };
  must('include', expected.include, services, 'recommended', true);
  for (const group of expected.includeAny ?? []) {
    if (!group.some((id) => services.includes(id))) failures.push({ expectation: 'includeAny', expected: `one of ${group.join(', ')} recommended`, got: `recommended: ${list(services)}` });
  }
  must('exclude', expected.exclude, services, 'recommended', false);
  must('warnings', expected.warnings, codes, 'warned', true);
  must('noWarnings', expected.noWarnings, codes, 'warned', false);
  must('missing', expected.missing, asked, 'asked', true);
  must('notMissing', expected.notMissing, asked, 'asked', false);
  if (expected.missingAtLeast !== undefined && asked.length < expected.missingAtLeast) {
    failures.push({ expectation: 'missingAtLeast', expected: `at least ${expected.missingAtLeast} questions`, got: `${asked.length}: ${list(asked)}` });
  }
  const jobs = answer.rejected.map((item) => `${item.service} as ${item.role}`);
  for (const [expectation, wanted, yes] of [['rejected', expected.rejected, true], ['notRejected', expected.notRejected, false]] as const) {
    for (const job of wanted ?? []) {
      const id = `${job.service} as ${job.role}`;
      if (jobs.includes(id) !== yes) failures.push({ expectation, expected: `${id} ${yes ? '' : 'not '}rejected`, got: `rejected: ${list(jobs)}` });
    }
  }
  return failures;
}

function checkPipelineOrder(answer: Recommendation, order: readonly string[]): ScenarioFailure[] {
  const stageOf = (id: string) => answer.pipeline.findIndex((stage) => (stage.services as string[]).includes(id));
  const positions = order.map(stageOf);
  const inOrder = positions.every((position, i) => position >= 0 && (i === 0 || position >= positions[i - 1]));
  if (inOrder) return [];
  const got = answer.pipeline.map((stage) => `${stage.stage}: ${stage.services.join(' + ')}`).join(' → ');
  return [{ expectation: 'pipelineOrder', expected: `${order.join(' → ')} in pipeline order`, got: got || 'no pipeline' }];
}

function checkConfiguration(answer: Recommendation, expected: NonNullable<ScenarioExpect['configuration']>): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  for (const [service, bounds] of Object.entries(expected)) {
    const configuration = answer.recommendations.find((item) => item.service === service)?.configuration ?? {};
    for (const [key, { min, max }] of Object.entries(bounds)) {
      const value = configuration[key];
      const fits = typeof value === 'number' && (min === undefined || value >= min) && (max === undefined || value <= max);
      if (!fits) failures.push({ expectation: 'configuration', expected: `${service}.${key} a number from ${min ?? '-∞'} to ${max ?? '∞'}`, got: JSON.stringify(value) ?? 'not set' });
    }
  }
  return failures;
}

function checkFlowsAndConfidence(answer: Recommendation, expected: ScenarioExpect): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  for (const flow of expected.flows ?? []) {
    const found = answer.flows.find((candidate) => candidate.source === flow.source);
    if (!found) {
      failures.push({ expectation: 'flows', expected: `a path for ${flow.source}`, got: `paths for ${list(answer.flows.map((f) => f.source))}` });
      continue;
    }
    if (flow.arrival && found.arrival !== flow.arrival) failures.push({ expectation: 'flows', expected: `${flow.source} arrives as ${flow.arrival}`, got: found.arrival });
    for (const id of flow.includes ?? []) {
      if (!(found.services as string[]).includes(id)) failures.push({ expectation: 'flows', expected: `${id} on ${flow.source}'s path`, got: list(found.services) });
    }
  }
  for (const [service, confidence] of Object.entries(expected.confidence ?? {})) {
    const got = answer.recommendations.find((item) => item.service === service)?.confidence;
    if (got !== confidence) failures.push({ expectation: 'confidence', expected: `${service} with ${confidence} confidence`, got: got ? `${got} confidence` : `${service} not recommended` });
  }
  return failures;
}

/**
 * Every expectation of a scenario the answer does not meet, each with what
 * was expected and what the answer gave; empty when the answer is right.
 * The vitest scenario test and `aws-data-advisor rules test` both use it.
 *
 * @example
 * checkScenario(advisor.recommend(workload), { include: ['acme:msk'], exclude: ['kinesis-data-streams'] });
 * // [] or [{ expectation: 'include', expected: 'acme:msk recommended', got: 'recommended: kinesis-data-streams, s3' }]
 */
export function checkScenario(answer: Recommendation, expected: ScenarioExpect): ScenarioFailure[] {
  return [
    ...checkSets(answer, expected),
    ...(expected.pipelineOrder ? checkPipelineOrder(answer, expected.pipelineOrder) : []),
    ...checkConfiguration(answer, expected.configuration ?? {}),
    ...checkFlowsAndConfidence(answer, expected),
  ];
}

/**
 * Answers a scenario's workload and checks the answer; a workload the
 * advisor refuses is a failure of its own, naming why.
 *
 * @example
 * runScenario(advisor, { file: 'msk.json', scenario }).failures; // []
 */
export function runScenario(advisor: Advisor, { file, scenario }: ScenarioFile): ScenarioResult {
  let answer: Recommendation;
  try {
    // A scenario checks the choices and what the answer says of them, not what would change them.
    answer = advisor.recommendValidated(parseWorkload(scenario.workload), { whatWouldChange: false });
  } catch (error) {
    if (!(error instanceof AdvisorError)) throw error;
    return { name: scenario.name, file, failures: [{ expectation: 'workload', expected: 'a valid workload', got: error.message }] };
  }
  return { name: scenario.name, file, failures: checkScenario(answer, scenario.expect) };
}

export type { Scenario };
