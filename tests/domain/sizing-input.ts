import { expect } from 'vitest';
import type { ServiceId } from '../../src/domain/catalog/service-ids.js';
import { readFacts } from '../../src/domain/facts/read-facts.js';
import type { Sizer, SizingResult } from '../../src/domain/sizing/index.js';
import { DATA_SOURCES, DESTINATIONS, ETL_TRIGGERS } from '../../src/domain/workload/schema.js';
import type { Workload } from '../../src/domain/workload/schema.js';

/**
 * Runs a sizer as the answer does: the workload's flows and reading, the services recommended beside it.
 * `flows: 'none'` sizes a service that speaks for the whole workload (its rule reads no flow).
 */
export function sizeWith(sizer: Sizer, workload: Workload, recommended: string[] = [], flows: 'all' | 'none' = 'all'): SizingResult {
  const facts = readFacts(workload);
  return sizer({
    workload,
    recommended: new Set(recommended) as ReadonlySet<ServiceId>,
    flows: flows === 'all' ? facts.flows : [],
    reading: facts.reading,
  });
}

export const prose = (result: SizingResult): string => [...result.rationale, ...result.warnings.map((w) => w.message)].join(' ');

const ENUM_IDS = [...DATA_SOURCES, ...DESTINATIONS, ...ETL_TRIGGERS].filter((id) => id.includes('-'));
const COUNTED = ['consumer', 'shard', 'worker', 'node', 'KPU', 'instance', 'stream', 'vCPU', 'request'];

/** House rules for user text: no sentence twice, no enum ids, no "the cards'", "1 consumer" not "1 consumers". */
export function expectCleanProse(result: SizingResult): void {
  const sentences = [...result.rationale, ...result.warnings.map((w) => w.message)];
  expect(new Set(sentences).size, 'no sentence repeated').toBe(sentences.length);
  const text = sentences.join(' ');
  for (const id of ENUM_IDS) expect(text, `no enum id ${id} in prose`).not.toMatch(new RegExp(`\\b${id}\\b`));
  expect(text).not.toMatch(/the cards'|of the cards/);
  for (const word of COUNTED) expect(text, `singular ${word}`).not.toMatch(new RegExp(`(^|[^\\d.,])1 (\\S+ )?${word}s\\b`));
}
