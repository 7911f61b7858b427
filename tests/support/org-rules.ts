import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createAdvisor } from '../../src/domain/advisor.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

/** An organisation's own service as its rule file declares it. */
export const mskService = {
  id: 'acme:msk',
  name: 'Amazon MSK (Acme streaming platform)',
  roles: ['ingest'],
  summary: "Acme's shared Amazon MSK clusters for record streams.",
  cardNotes: [],
  facts: [
    {
      statement: 'Amazon MSK runs Apache Kafka clusters whose brokers AWS manages.',
      source: 'https://docs.aws.amazon.com/msk/latest/developerguide/what-is-msk.html',
      checked: '2026-11-30',
    },
  ],
  limits: [],
  lifecycle: { status: 'current' },
  documentation: 'https://docs.aws.amazon.com/msk/latest/developerguide/what-is-msk.html',
};

/** A rule of an organisation's file: the advice given, and conditions that hold always unless given. */
export function orgRule(id: string, params: Record<string, unknown>, options: { conditions?: unknown; priority?: number } = {}) {
  return {
    id,
    description: `Organisation rule ${id}`,
    cards: [],
    priority: options.priority ?? 50,
    conditions: options.conditions ?? { all: [] },
    event: { type: 'advice', params },
  };
}

/** An organisation folder on disk holding the given files (path inside it → content), such as `org.json` and `scenarios/a.json`. */
export function orgFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'org-rules-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** An advisor over the built-in rules plus one organisation file. */
export function advisorWith(file: { topic?: string; services?: unknown[]; rules?: unknown[] }) {
  return createAdvisor({ dirs: [orgFolder({ 'org.json': { topic: 'Acme', ...file } })] });
}

/** The example organisation folder kept in the repository. */
export const COMPANY_RULES = new URL('../../examples/company-rules/', import.meta.url).pathname;

/** A workload whose record stream the built-in rules give to Kinesis Data Streams (custom processing). */
export const customStream: WorkloadInput = {
  data: { sources: ['clickstream'] },
  ingestion: { mode: 'streaming', throughputMBps: 20 },
  processing: { customStreamProcessing: true },
  destinations: ['s3'],
};

/** An organisation that adds MSK, forbids Kinesis Data Streams for ingest in favour of it, and prefers OpenSearch to Splunk. */
export const acmePolicies = {
  services: [mskService],
  rules: [
    orgRule('acme:msk-not-kinesis', {
      forbid: [{ service: 'kinesis-data-streams', role: 'ingest', reason: 'Acme runs Amazon MSK for every record stream.' }],
      prefer: [{ service: 'acme:msk', over: 'kinesis-data-streams', role: 'ingest', reason: 'producers write to a topic on the shared MSK cluster instead.' }],
    }),
    orgRule('acme:opensearch-not-splunk', { prefer: [{ service: 'opensearch', over: 'splunk', reason: 'Acme searches its logs in OpenSearch.' }] }),
  ],
};

/** Logs a rule sends to Splunk. */
export const logsToSplunk: WorkloadInput = { data: { sources: ['application-logs'] }, ingestion: { mode: 'streaming' }, destinations: ['splunk'] };
