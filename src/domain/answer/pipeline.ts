import type { PipelineStage } from './schema.js';
import type { Role, ServiceId } from '../catalog/service-ids.js';

/** The earliest layer a role may take: data is ingested, processed, stored, catalogued, queried, used. */
const ROLE_FLOOR: Readonly<Record<Role, number>> = {
  migrate: 0,
  ingest: 1,
  process: 2,
  transform: 2,
  deliver: 3,
  store: 4,
  catalog: 5,
  query: 6,
  ml: 7,
  compute: 7,
  visualize: 8,
  notify: 9,
  secure: 10,
};

const ROLE_ORDER: readonly Role[] = Object.keys(ROLE_FLOOR) as Role[];

export interface PipelineNode {
  service: ServiceId;
  role: Role;
  /** Services this one runs on (Spark on EMR, task nodes in EMR); it shares the first present host's layer. */
  runsOn?: readonly ServiceId[];
  /** Orders services within a stage: the highest priority of the rules behind it. */
  weight?: number;
}

/** A hand-off of data from one service to another, declared by a rule of the given priority. */
export interface PipelineEdge {
  from: ServiceId;
  to: ServiceId;
  priority: number;
}

export interface PipelineLayout {
  stages: PipelineStage[];
  /** Each service's place in the flattened pipeline, for ordering the recommendations the same way. */
  position: ReadonlyMap<ServiceId, number>;
}

/**
 * Orders services the way data flows. Each service sits at the later of its
 * role's floor and one past every service that hands it data. Hand-offs are
 * taken from the highest-priority rules first, and one that would close a
 * cycle (S3 as both source and sink, say) is left out. A service that runs
 * on another (Spark on EMR, EC2 instances behind SageMaker) shares its host's
 * layer. Security services are cross-cutting and stay out of the data path.
 *
 * @example
 * layoutPipeline(
 *   [{ service: 'kinesis-data-streams', role: 'ingest' }, { service: 'emr', role: 'process' }, { service: 's3', role: 'store' }],
 *   [{ from: 'kinesis-data-streams', to: 'emr', priority: 60 }, { from: 'emr', to: 's3', priority: 60 }],
 * ).stages; // ingest → process → store
 */
export function layoutPipeline(nodes: readonly PipelineNode[], edges: readonly PipelineEdge[]): PipelineLayout {
  const flowing = nodes.filter((node) => node.role !== 'secure');
  const present = new Map(flowing.map((node) => [node.service, node]));
  const representative = new Map(flowing.map((node) => [node.service, hostOf(node.service, present)]));
  const successors = handOffs(flowing, edges, representative);

  const layer = new Map<ServiceId, number>();
  const visit = (service: ServiceId): number => {
    const known = layer.get(service);
    if (known !== undefined) return known;
    let value = ROLE_FLOOR[(present.get(service) as PipelineNode).role];
    for (const [from, targets] of successors) {
      if (targets.includes(service)) value = Math.max(value, visit(from) + 1);
    }
    layer.set(service, value);
    return value;
  };
  const layerOf = (node: PipelineNode) => visit(representative.get(node.service) as ServiceId);

  const ordered = [...flowing].sort(
    (a, b) =>
      layerOf(a) - layerOf(b) ||
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      (b.weight ?? 0) - (a.weight ?? 0) ||
      compare(a.service, b.service),
  );
  // Consecutive services of one role share a stage (a crawler and the catalog it fills), in data-flow order.
  const stages: PipelineStage[] = [];
  const position = new Map<ServiceId, number>();
  for (const node of ordered) {
    const last = stages[stages.length - 1];
    if (last?.stage === node.role) last.services.push(node.service);
    else stages.push({ stage: node.role, services: [node.service] });
    position.set(node.service, position.size);
  }
  return { stages, position };
}

/**
 * The service a hosted one is laid out as (Spark as the EMR it runs on), following runsOn.
 * Hosts that loop (A on B, B on A) are laid out as the loop's first id, as flowsTo loops are ignored.
 */
function hostOf(service: ServiceId, present: ReadonlyMap<ServiceId, PipelineNode>): ServiceId {
  const chain: ServiceId[] = [];
  let current = service;
  for (;;) {
    const looped = chain.indexOf(current);
    if (looped >= 0) return [...chain.slice(looped)].sort(compare)[0];
    chain.push(current);
    const host = present.get(current)?.runsOn?.find((candidate) => present.has(candidate) && candidate !== current);
    if (!host) return current;
    current = host;
  }
}

/**
 * Who hands data to whom, between the services' hosts: declared hand-offs from the highest
 * priority down, then "queries read what is stored" below them all; one that would close a cycle is left out.
 */
function handOffs(
  flowing: readonly PipelineNode[],
  edges: readonly PipelineEdge[],
  representative: ReadonlyMap<ServiceId, ServiceId>,
): Map<ServiceId, ServiceId[]> {
  const successors = new Map<ServiceId, ServiceId[]>();
  for (const host of representative.values()) successors.set(host, []);
  const stored = flowing.filter((node) => node.role === 'store');
  // The S3 lake comes before the engines that query it, whatever else hands data on: its edges go first.
  const implicit = flowing
    .filter((node) => node.role === 'query')
    .flatMap((query) => stored.map((store) => ({ from: store.service, to: query.service, priority: store.service === 's3' ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER })));
  const sortedEdges = [...edges, ...implicit].sort((a, b) => b.priority - a.priority || compare(a.from, b.from) || compare(a.to, b.to));
  for (const edge of sortedEdges) {
    const from = representative.get(edge.from);
    const to = representative.get(edge.to);
    if (!from || !to || from === to) continue;
    const next = successors.get(from) as ServiceId[];
    if (next.includes(to) || reaches(successors, to, from)) continue;
    next.push(to);
  }
  return successors;
}

function reaches(successors: ReadonlyMap<ServiceId, ServiceId[]>, from: ServiceId, target: ServiceId): boolean {
  const seen = new Set<ServiceId>();
  const stack = [from];
  while (stack.length > 0) {
    const current = stack.pop() as ServiceId;
    if (current === target) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(successors.get(current) ?? []));
  }
  return false;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
