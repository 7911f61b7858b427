import { formatNumber } from './number-format.js';

/** A number a sizing rests on (the answer's `premises[]`), as words read it. */
interface PremiseLike {
  quantity: string;
  value: number;
  unit: string;
  from: 'workload' | 'derived' | 'default';
  field?: string;
}

const FROM: Readonly<Record<PremiseLike['from'], string>> = { workload: 'given', derived: 'worked out', default: 'assumed' };

/**
 * The premises of a sizing in one phrase, each with where it came from; an assumed one says which field would replace it.
 *
 * @example
 * describePremises([{ quantity: 'input per run', value: 100, unit: 'GB', from: 'default', field: 'processing.inputPerRunGB' }]);
 * // 'input per run 100 GB (assumed: say processing.inputPerRunGB)'
 */
export function describePremises(premises: readonly PremiseLike[]): string {
  return premises
    .map(({ quantity, value, unit, from, field }) => `${quantity} ${formatNumber(value)} ${unit} (${FROM[from]}${from === 'default' && field ? `: say ${field}` : ''})`)
    .join('; ');
}
