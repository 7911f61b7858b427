import type { Cue } from './reading.js';
import type { Token } from './tokens.js';

const CUE_WORDS: Readonly<Record<Cue, ReadonlySet<string>>> = {
  migration: new Set([
    'migrate', 'migrating', 'migration', 'migrations', 'migrated', 'move', 'moving', 'moved', 'rehost', 'replatform',
    'cutover', 'replicate', 'replicating', 'replication', 'cdc', 'lift', 'shift',
  ]),
  database: new Set([
    'database', 'databases', 'db', 'dbs', 'rdbms', 'oracle', 'mysql', 'postgres', 'postgresql', 'mariadb', 'mongodb', 'mongo',
    'db2', 'sybase', 'teradata', 'sql', 'mssql', 'exadata', 'migrate', 'migrating', 'migration', 'replicate', 'replicating',
    'replication', 'cdc', 'cutover',
  ]),
  etl: new Set([
    'etl', 'elt', 'job', 'jobs', 'pipeline', 'pipelines', 'transform', 'transforms', 'transformation', 'transformations', 'glue',
    'workflow', 'workflows',
  ]),
};

/** Each cue word with the cues it gives, for one lookup per token. */
const CUES_BY_WORD: ReadonlyMap<string, readonly Cue[]> = (() => {
  const byWord = new Map<string, Cue[]>();
  for (const [cue, words] of Object.entries(CUE_WORDS) as [Cue, ReadonlySet<string>][]) {
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), cue]);
  }
  return byWord;
})();

/**
 * The cues each sentence carries ('migrate' makes 'to Aurora' a migration
 * target; an engine name makes 'on-premises' where the source database runs).
 *
 * @example
 * sentenceCues(tokenize('Migrate Oracle. Spark jobs.'))[1].has('etl'); // true
 */
export function sentenceCues(tokens: readonly Token[]): Set<Cue>[] {
  const cues: Set<Cue>[] = [];
  for (const token of tokens) {
    cues[token.sentence] ??= new Set();
    const found = CUES_BY_WORD.get(token.lower);
    if (found) for (const cue of found) cues[token.sentence].add(cue);
  }
  return cues;
}
