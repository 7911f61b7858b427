import type { WorkloadField } from '../workload/fields.js';
import type { Workload } from '../workload/schema.js';
import { type Conflict, findConflicts } from './conflicts.js';
import { ARRIVALS, EVIDENCE, FLOW_SOURCES, type Flow, readFlows } from './flows.js';

/** What holds across the workload's flows, for rules about the whole workload. */
export interface Reading {
  /** How many flows (sources) the workload has. */
  flows: number;
  streaming: boolean;
  /** Some data sits at rest or arrives in batches. */
  atRest: boolean;
  /** Some data moves from a database (a one-time migration or change data capture). */
  migration: boolean;
  media: boolean;
  tabular: boolean;
  requestResponse: boolean;
}

/** A workload read before any rule runs: its flows, what holds across them, and its contradictions. */
export interface WorkloadFacts {
  flows: Flow[];
  reading: Reading;
  conflicts: Conflict[];
}

/**
 * Reads a workload into the facts the rules see besides its own fields:
 * one flow per source, the reading across flows, and the contradictions
 * (each with the reading the answer follows).
 *
 * @example
 * readFacts({ data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming' } }).reading.streaming; // true
 */
export function readFacts(workload: Workload): WorkloadFacts {
  const flows = readFlows(workload);
  const some = (test: (flow: Flow) => boolean) => flows.some(test);
  return {
    flows,
    reading: {
      flows: flows.length,
      streaming: some((flow) => flow.arrival === 'stream'),
      atRest: some((flow) => flow.arrival === 'at-rest' || flow.arrival === 'batch'),
      migration: some((flow) => flow.arrival === 'one-time-migration' || flow.arrival === 'change-capture'),
      media: some((flow) => flow.media),
      tabular: some((flow) => flow.tabular),
      requestResponse: some((flow) => flow.arrival === 'request-response'),
    },
    conflicts: findConflicts(workload, flows),
  };
}

/**
 * The facts one evaluation of the rules sees: the workload's own fields,
 * the flow being reasoned about (`flow.*`) and the reading across flows
 * (`reading.*`).
 *
 * @example
 * evaluationFacts(workload, facts, facts.flows[0]).flow.arrival; // 'stream'
 */
export function evaluationFacts(workload: Workload, facts: WorkloadFacts, flow: Flow) {
  const { source, arrival, evidence, media, video, tabular } = flow;
  return { ...workload, flow: { source, arrival, evidence, media, video, tabular }, reading: facts.reading };
}

const field = (path: string, kind: WorkloadField['kind'], label: string, description: string, values?: readonly string[]): WorkloadField => ({
  path,
  kind,
  label,
  description,
  ...(values ? { values } : {}),
});

/**
 * The derived facts a rule may read beside the workload's fields: the flow
 * it reasons about and the reading across flows. Rules that read `flow.*`
 * run once per flow; the others once per workload.
 */
export const DERIVED_FIELDS: ReadonlyMap<string, WorkloadField> = new Map(
  [
    field('flow', 'object', 'Flow', 'The source this evaluation reasons about'),
    field('flow.source', 'enum', 'Source', 'The source of this flow, or unspecified when the workload names none', FLOW_SOURCES),
    field('flow.arrival', 'enum', 'Arrival', 'How this flow\'s data reaches AWS', ARRIVALS),
    field('flow.evidence', 'enum', 'Evidence', 'How sure the reading of the arrival is', EVIDENCE),
    field('flow.media', 'boolean', 'Media', 'The flow carries images, video or audio'),
    field('flow.video', 'boolean', 'Video', 'The flow carries video'),
    field('flow.tabular', 'boolean', 'Records', 'The flow carries records a catalog and SQL can read'),
    field('reading', 'object', 'Reading', 'What holds across the workload\'s flows'),
    field('reading.flows', 'number', 'Flows', 'How many flows the workload has'),
    field('reading.streaming', 'boolean', 'Some data streams', 'Some flow streams in'),
    field('reading.atRest', 'boolean', 'Some data at rest', 'Some flow sits at rest or arrives in batches'),
    field('reading.migration', 'boolean', 'A database moves', 'Some flow moves from a database (migration or change data capture)'),
    field('reading.media', 'boolean', 'Some media', 'Some flow carries images, video or audio'),
    field('reading.tabular', 'boolean', 'Some records', 'Some flow carries records a catalog and SQL can read'),
    field('reading.requestResponse', 'boolean', 'Request/response', 'The workload answers requests rather than taking in a stream'),
  ].map((entry) => [entry.path, entry]),
);
