import * as z from 'zod';
import type { Workload } from '../workload/schema.js';
import type { OutsideNeed } from './outside-scope.js';

/** One field read from the description (contract v1.1 `inferred[]`). */
export const InferredFieldSchema = z
  .object({
    field: z.string().describe('Dotted path as `missing[]` names fields, such as ingestion.throughputMBps'),
    value: z
      .union([z.string(), z.number(), z.boolean(), z.array(z.string())])
      .describe('The value read; for a list field, the items this evidence contributes'),
    evidence: z.string().describe('The exact words of the description it was read from'),
  })
  .describe('A workload field read from the description rather than given');

export type InferredField = z.infer<typeof InferredFieldSchema>;

/** What a description says: a partial workload and the evidence for each field. */
export interface DescriptionReading {
  workload: Workload;
  /** In order of appearance in the text. */
  inferred: InferredField[];
  /** Needs no field carries, each with its evidence and the AWS service that serves it. */
  outside: OutsideNeed[];
  /** Sentences of three words or more from which nothing was read, as written. */
  unreadSentences: string[];
}

/** A field the description reads differently from the value the workload gives. */
export interface DescriptionConflict {
  field: string;
  given: unknown;
  read: unknown;
  evidence: string;
}
