import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { applyDescription } from '../../src/domain/description/merge-description.js';
import { parseWorkload } from '../../src/domain/workload/parse-workload.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { droppedNeeds, selfConsistencyViolations } from '../support/self-consistency.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';

// Properties of the reasoning: counterfactuals have their own (tests/domain/counterfactuals), so these answers go without.
const advisor = createAdvisor({ whatWouldChange: false });
const GENERATED = 2000;

/** Every workload of the scenario folders (the outside scenarios, ours and the blind rounds). */
function scenarioWorkloads(): Array<{ name: string; workload: Workload }> {
  const folders = ['../scenarios/', '../blind/round-1/', '../blind/round-2/', '../description/blind/round-1/', '../description/blind/round-2/'];
  return folders.flatMap((folder) => {
    const url = new URL(folder, import.meta.url);
    let names: string[];
    try {
      names = readdirSync(url).filter((name) => name.endsWith('.json'));
    } catch {
      return [];
    }
    return names.map((name) => {
      const file = JSON.parse(readFileSync(new URL(name, url), 'utf8'));
      return { name: `${folder}${name}`, workload: parseWorkload(file.workload ?? { description: file.description }) };
    });
  });
}

const generated = fc.sample(workloadArbitrary, { numRuns: GENERATED, seed: 20261207 }).map((input, index) => ({ name: `generated #${index}`, workload: parseWorkload(input) }));
const everyWorkload = [...scenarioWorkloads(), ...generated];

/** The workload as the rules read it: a need the description states is a need too. */
const asRead = (workload: Workload) => applyDescription(workload).workload;
/** Each workload as read, with its answer, worked out once for the checks below. */
const answered = everyWorkload.map(({ name, workload }) => ({ name, read: asRead(workload), answer: advisor.recommendValidated(workload) }));
const SLOW = 60_000;

describe('answers hold together (REASONING.md invariants 10-14), over every scenario and 2,000 generated workloads', () => {
  it('covers the scenario folders and the generated workloads', () => {
    expect(everyWorkload.length).toBeGreaterThanOrEqual(GENERATED + 100);
  });

  it('never contradict themselves and state the premises of every figure they size', () => {
    const violations = answered.flatMap(({ name, read, answer }) => selfConsistencyViolations(read, answer).map((v) => `${name}: ${v}`));
    expect(violations.slice(0, 20)).toEqual([]);
  });

  it('size batch compute from one run, never from the stored volume: more data stored adds no cluster and changes no size the run decides', () => {
    const services = (workload: Workload) => advisor.recommendValidated(workload).recommendations;
    const size = (items: ReturnType<typeof services>, id: string, key: string) => items.find((item) => item.service === id)?.configuration[key];
    // Training re-reads its whole data set, so a large one may bring a cluster for its preparation: not a stored volume alone.
    for (const { name, workload } of generated.slice(0, 800).filter(({ workload }) => workload.ml?.training !== true)) {
      const { volumeTB: _stored, ...data } = workload.data ?? {};
      const without = services({ ...workload, data });
      const huge = services({ ...workload, data: { ...data, volumeTB: 50_000 } });
      const ids = new Set(without.map((item) => item.service));
      expect(huge.filter((item) => !ids.has(item.service) && ['emr', 'emr-serverless', 'emr-task-nodes'].includes(item.service)).map((item) => item.service), name).toEqual([]);
      for (const [id, key] of [['glue-etl', 'numberOfWorkers'], ['emr', 'workerNodes']] as const) expect(size(huge, id, key), `${name}: ${id}.${key}`).toEqual(size(without, id, key));
    }
  }, SLOW);

  it('read an inference request rate and a recovery objective as neither an ingest rate nor a latency', () => {
    const ingest = (workload: Workload) => advisor.recommendValidated(workload).recommendations.filter((item) => item.role === 'ingest').map((item) => item.service);
    for (const { name, workload } of generated.slice(0, 800)) {
      const before = ingest(workload);
      expect(ingest({ ...workload, ml: { ...workload.ml, requestsPerSecond: 5000 } }), name).toEqual(before);
      expect(ingest({ ...workload, resilience: { recoveryPointMinutes: 1, recoveryTimeMinutes: 5, secondaryRegion: 'eu-west-1' } }), name).toEqual(before);
    }
  }, SLOW);

  it('serve each stated need, ask about it, or name it outside the catalog', () => {
    const dropped = answered.flatMap(({ name, read, answer }) => droppedNeeds(read, answer).map((v) => `${name}: ${v}`));
    expect(dropped.slice(0, 20)).toEqual([]);
  });
});
