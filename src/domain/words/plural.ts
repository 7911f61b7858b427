import { formatNumber } from './number-format.js';

/**
 * A count with its noun, singular or plural.
 *
 * @example
 * plural(1, 'shard'); // '1 shard'
 * plural(2, 'shard'); // '2 shards'
 */
export function plural(count: number, word: string): string {
  return `${formatNumber(count)} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The verb form that agrees with a count: 'reads' for 1, 'read' otherwise.
 *
 * @example
 * `${plural(2, 'consumer')} ${agree(2, 'reads', 'read')}`; // '2 consumers read'
 */
export function agree(count: number, singular: string, pluralForm: string): string {
  return count === 1 ? singular : pluralForm;
}
