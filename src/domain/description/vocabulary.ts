import type {
  COMPUTER_VISION_TASKS,
  DATA_FORMATS,
  DATA_SOURCES,
  DESTINATIONS,
  MIGRATION_TARGETS,
  ML_FRAMEWORKS,
  PROCESSING_FRAMEWORKS,
  SOURCE_ENGINES,
  SOURCE_LOCATIONS,
} from '../workload/schema.js';
import type { Cue } from './reading.js';
import type { Role } from './roles.js';

/** One field and value a phrase stands for. */
export interface Meaning {
  field: string;
  value: unknown;
  when?: Cue;
  unless?: Cue | readonly Cue[];
  /** The value a negated phrase gives ('no real-time needed' is batch); null gives nothing; without it, true becomes false and anything else is dropped. */
  negated?: unknown;
}

/** What a phrase means: fixed, or depending on whether the store is a source or a destination. */
export type Meanings = readonly Meaning[] | ((role: Role | undefined) => readonly Meaning[]);

/**
 * Phrases and what they mean. A pattern is words separated by spaces; a word
 * may list alternatives with '|' and end with '?' when optional:
 * 'real-time dashboard|dashboards' matches 'real time dashboards'.
 */
export interface VocabularyEntry {
  patterns: readonly string[];
  meanings: Meanings;
  /** Parts of speech the first word may have ('batch' the noun, not 'batches' the verb); any when absent. */
  partsOfSpeech?: ReadonlySet<string>;
}

/**
 * A vocabulary entry.
 *
 * @example
 * phrase(['parquet'], format('parquet'));
 */
export function phrase(patterns: readonly string[], ...meanings: Meaning[]): VocabularyEntry {
  return { patterns, meanings };
}

/**
 * A vocabulary entry whose first word must be a noun, adjective or name, never a verb
 * ('loaded in daily batches' is batch ingestion, 'the gateway batches the readings' is not).
 *
 * @example
 * noun(['batch|batches'], is('ingestion.mode', 'batch'));
 */
export function noun(patterns: readonly string[], ...meanings: Meaning[]): VocabularyEntry {
  return { patterns, meanings, partsOfSpeech: NOMINAL };
}

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'X', 'NUM']);

/**
 * A vocabulary entry whose meaning depends on the role cue before it.
 *
 * @example
 * byRole(['redshift'], (role) => (role === 'source' ? [source('data-warehouse')] : [destination('redshift')]));
 */
export function byRole(patterns: readonly string[], meanings: (role: Role | undefined) => readonly Meaning[]): VocabularyEntry {
  return { patterns, meanings };
}

/**
 * A scalar field and its value.
 *
 * @example
 * is('latency', 'real-time');
 */
export function is(field: string, value: unknown = true, condition: Pick<Meaning, 'when' | 'unless' | 'negated'> = {}): Meaning {
  return { field, value, ...condition };
}

/** @example source('clickstream') */
export const source = (value: (typeof DATA_SOURCES)[number]): Meaning => ({ field: 'data.sources', value: [value] });
/** @example format('csv') */
export const format = (value: (typeof DATA_FORMATS)[number]): Meaning => ({ field: 'data.formats', value: [value] });
/** @example destination('s3', { unless: 'migration' }) */
export const destination = (value: (typeof DESTINATIONS)[number], condition: Pick<Meaning, 'when' | 'unless'> = {}): Meaning => ({
  field: 'destinations',
  value: [value],
  ...condition,
});
/** @example framework('spark') */
export const framework = (value: (typeof PROCESSING_FRAMEWORKS)[number]): Meaning => ({ field: 'processing.frameworks', value: [value] });
/** @example mlFramework('pytorch') */
export const mlFramework = (value: (typeof ML_FRAMEWORKS)[number]): Meaning => ({ field: 'ml.frameworks', value: [value] });
/** @example vision('face-recognition') */
export const vision = (value: (typeof COMPUTER_VISION_TASKS)[number]): Meaning => ({ field: 'processing.computerVision', value: [value] });
/** @example engine('oracle') */
export const engine = (value: (typeof SOURCE_ENGINES)[number]): Meaning => ({ field: 'migration.sourceEngine', value });
/** @example target('aurora') — only in a sentence about migrating. */
export const target = (value: (typeof MIGRATION_TARGETS)[number]): Meaning => ({ field: 'migration.target', value, when: 'migration' });
/** @example location('ec2') — only in a sentence about a database. */
export const location = (value: (typeof SOURCE_LOCATIONS)[number]): Meaning => ({ field: 'migration.sourceLocation', value, when: 'database' });
