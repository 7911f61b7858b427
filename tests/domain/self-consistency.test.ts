import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { applyDescription } from '../../src/domain/description/merge-description.js';
import { parseWorkload } from '../../src/domain/workload/parse-workload.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { droppedNeeds, selfConsistencyViolations } from '../support/self-consistency.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';

const advisor = createAdvisor();
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

describe('answers hold together (REASONING.md invariants 10-14), over every scenario and 2,000 generated workloads', () => {
  it('covers the scenario folders and the generated workloads', () => {
    expect(everyWorkload.length).toBeGreaterThanOrEqual(GENERATED + 100);
  });

  it('never contradict themselves and state the premises of every figure they size', () => {
    const violations = everyWorkload.flatMap(({ name, workload }) => selfConsistencyViolations(asRead(workload), advisor.recommendValidated(workload)).map((v) => `${name}: ${v}`));
    expect(violations.slice(0, 20)).toEqual([]);
  });

  it('serve each stated need, ask about it, or name it outside the catalog', () => {
    const dropped = everyWorkload.flatMap(({ name, workload }) => droppedNeeds(asRead(workload), advisor.recommendValidated(workload)).map((v) => `${name}: ${v}`));
    expect(dropped.slice(0, 20)).toEqual([]);
  });
});
