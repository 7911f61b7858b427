import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { ConfidenceSchema, RoleSchema } from '../catalog/service-ids.js';
import { ScenarioFileError } from '../errors.js';
import { readRegularFile } from '../read-regular-file.js';
import { strictObject } from '../workload/strict-object.js';

const Ids = z.array(z.string().min(1).max(80)).max(60);
const Jobs = z.array(strictObject({ service: z.string().min(1).max(80), role: RoleSchema })).max(30);
const Bounds = strictObject({ min: z.number().optional(), max: z.number().optional() });

/** What a correct answer holds (tests/scenarios/README.md); every check is optional. */
export const ScenarioExpectSchema = strictObject({
  include: Ids.optional().describe('Service ids that must be recommended'),
  includeAny: z.array(Ids.min(1)).max(30).optional().describe('Groups of defensible alternatives: one service of each group must be recommended'),
  exclude: Ids.optional().describe('Service ids that must not be recommended'),
  warnings: Ids.optional().describe('Warning codes that must be given'),
  noWarnings: Ids.optional().describe('Warning codes that must not be given'),
  pipelineOrder: Ids.optional().describe('Service ids in pipeline order (stage positions never decrease)'),
  configuration: z.record(z.string(), z.record(z.string(), Bounds)).optional().describe('Per service id, numeric bounds on its configuration'),
  missingAtLeast: z.number().int().min(0).optional().describe('The least number of open questions'),
  missing: Ids.optional().describe('Fields that must be asked'),
  notMissing: Ids.optional().describe('Fields that must not be asked'),
  rejected: Jobs.optional().describe('Services that must be turned down for a job'),
  notRejected: Jobs.optional().describe('Services that must not be turned down for a job'),
  flows: z
    .array(strictObject({ source: z.string(), arrival: z.string().optional(), includes: Ids.optional() }))
    .max(20)
    .optional()
    .describe("A source's path, how it arrives, services on it"),
  confidence: z.record(z.string(), ConfidenceSchema).optional().describe('Per service id, the confidence it must have'),
});

/** A workload and what a correct answer to it holds: the format of tests/scenarios/ and of an organisation's `scenarios/`. */
export const ScenarioSchema = strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(120),
  /** The study card it comes from; an organisation's scenarios may leave it out. */
  card: z.string().max(200).optional(),
  workload: z.unknown(),
  expect: ScenarioExpectSchema,
  /** The answer in prose and the sizing worked by hand, by whoever wrote the scenario: read by people, not checked. */
  expert: z.record(z.string(), z.string().max(20_000)).optional(),
});

export type ScenarioExpect = z.infer<typeof ScenarioExpectSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;

/** A scenario with the file it came from. */
export interface ScenarioFile {
  /** The file's path: the folder as given, then its name. */
  file: string;
  scenario: Scenario;
}

/** A scenario file larger than this is refused before it is read: a workload and its expectations fit in far less. */
export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

/** Where an organisation keeps its scenarios: `scenarios/` beside its rule files. */
export const SCENARIOS_FOLDER = 'scenarios';

/**
 * Reads every `*.json` scenario in a folder, in name order. Throws a
 * {@link ScenarioFileError} naming the first file that cannot be read (not
 * a regular file, larger than {@link MAX_SCENARIO_FILE_BYTES}), parsed or
 * matched to the scenario format.
 *
 * @example
 * readScenarios('examples/company-rules/scenarios').map((entry) => entry.scenario.name);
 */
export function readScenarios(dir: string): ScenarioFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')).sort();
  } catch (error) {
    throw new ScenarioFileError(dir, `cannot read the scenarios folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return names.map((name) => {
    const file = join(dir, name);
    let text: string;
    try {
      text = readRegularFile(file, MAX_SCENARIO_FILE_BYTES);
    } catch (error) {
      throw new ScenarioFileError(file, (error as Error).message);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ScenarioFileError(file, `not readable JSON (${(error as Error).message})`);
    }
    const parsed = ScenarioSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ScenarioFileError(file, `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
    return { file, scenario: parsed.data };
  });
}
