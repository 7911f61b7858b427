import type { Recommendation } from '../answer/schema.js';
import type { ServiceId } from '../catalog/service-ids.js';
import type { Arrival } from '../facts/flows.js';
import { valueLabel } from '../words/value-labels.js';

/** How a source's data arrives, as the diagram labels it. */
const ARRIVAL_WORDS: Readonly<Record<Arrival, string>> = {
  stream: 'stream',
  batch: 'batches',
  'at-rest': 'at rest',
  'change-capture': 'change capture',
  'one-time-migration': 'one-time migration',
  'request-response': 'requests',
  unknown: 'arrival unknown',
};

const STAGE_TITLES: Readonly<Record<string, string>> = {
  migrate: 'Migrate',
  ingest: 'Ingest',
  process: 'Process',
  transform: 'Transform',
  deliver: 'Deliver',
  store: 'Store',
  catalog: 'Catalog',
  query: 'Query',
  ml: 'Machine learning',
  compute: 'Compute',
  visualize: 'Visualize',
  notify: 'Notify',
  secure: 'Secure',
};

/**
 * Mermaid node ids, letters, digits and underscores only: a built-in id with
 * `_` for each `-` (`kinesis_data_streams`), an organisation's with `__` for
 * its colon (`kinesis__data_streams`). Ids are kebab-case with single
 * hyphens, so no built-in id gives `__`, and no two services share a node.
 */
const nodeId = (service: ServiceId) => service.replace(':', '__').replaceAll('-', '_');
/** Mermaid labels are quoted; a quote inside one is written as an entity. */
const label = (text: string) => `"${text.replaceAll('"', '#quot;')}"`;

/**
 * Draws the pipeline as a Mermaid `flowchart LR`: one subgraph per stage in
 * data-flow order, one node per service with its display name, an edge from
 * each stage to the next, and each named source entering its own path.
 *
 * @example
 * renderMermaid(answer);
 * // flowchart LR
 * //   subgraph stage1["1. Ingest"]
 * //     kinesis_data_streams["Amazon Kinesis Data Streams"]
 * //   end
 * //   ...
 * //   stage1 --> stage2
 */
export function renderMermaid(recommendation: Recommendation): string {
  const lines = ['flowchart LR'];
  if (recommendation.pipeline.length === 0) {
    lines.push(`  empty[${label('No pipeline yet: describe the workload further')}]`);
    return `${lines.join('\n')}\n`;
  }
  // Every service in the pipeline is recommended: its name is in the answer, whichever catalog it came from.
  const names = new Map<string, string>(recommendation.recommendations.map((item) => [item.service, item.name]));
  recommendation.pipeline.forEach((stage, index) => {
    lines.push(`  subgraph stage${index + 1}[${label(`${index + 1}. ${STAGE_TITLES[stage.stage] ?? stage.stage}`)}]`);
    lines.push('    direction TB');
    for (const service of stage.services) lines.push(`    ${nodeId(service)}[${label(names.get(service) ?? service)}]`);
    lines.push('  end');
  });
  for (let index = 1; index < recommendation.pipeline.length; index++) {
    lines.push(`  stage${index} --> stage${index + 1}`);
  }
  // Where each named source enters: its data reaches the first service of its own path.
  recommendation.flows.forEach((flow, index) => {
    if (flow.source === 'unspecified' || flow.services.length === 0) return;
    lines.push(`  source${index + 1}([${label(`${valueLabel(flow.source)} (${ARRIVAL_WORDS[flow.arrival]})`)}]) --> ${nodeId(flow.services[0])}`);
  });
  return `${lines.join('\n')}\n`;
}
