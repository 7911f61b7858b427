import { formatNumber } from '../words/number-format.js';
import { formatValue } from '../words/format-value.js';
import type { WorkloadField } from '../workload/fields.js';
import { WORKLOAD_FIELDS } from '../workload/fields.js';
import { TEMPLATE_PLACEHOLDER } from './placeholders.js';

/**
 * The longest a rule's sentence may grow once its placeholders are filled
 * with the longest values a valid workload holds: twice the longest sentence
 * a rule file may write, so no rule can make an answer much larger than its
 * own text (one `{description}` alone fills 4,000 characters).
 */
export const MAX_FILLED_SENTENCE = 1_200;

/** Characters a number of this field can take in words: sign, thousands separators, two decimals. */
const numberWidth = (field: WorkloadField) => (field.maxValue === undefined ? 24 : formatNumber(field.maxValue).length + 4);

/**
 * The most characters a placeholder of this field fills: the longest value
 * its schema allows, as `formatValue` writes it, or "unstated".
 *
 * @example
 * longestValue(WORKLOAD_FIELDS.get('description')!); // 4000
 */
export function longestValue(field: WorkloadField): number {
  const unstated = formatValue(undefined).length;
  switch (field.kind) {
    case 'list':
      return Math.max(unstated, field.values ? formatValue([...field.values]).length : 2_000);
    case 'enum':
      return Math.max(unstated, ...(field.values ?? []).map((value) => formatValue(value).length));
    case 'number':
      return Math.max(unstated, numberWidth(field));
    case 'string':
      return Math.max(unstated, field.maxLength ?? 4_000);
    case 'boolean':
      return unstated;
    default:
      return Math.max(unstated, formatValue({}).length);
  }
}

/**
 * The longest a sentence can be once filled: its own text plus, for each
 * placeholder, the longest value of its field.
 *
 * @example
 * longestFill('{ingestion.consumers} consumers'); // ' consumers'.length + the longest consumer count
 */
export function longestFill(sentence: string): number {
  let length = sentence.length;
  for (const match of sentence.matchAll(TEMPLATE_PLACEHOLDER)) {
    const field = WORKLOAD_FIELDS.get(match[1]);
    length += (field ? longestValue(field) : 0) - match[0].length;
  }
  return length;
}

/**
 * A problem when a sentence can fill to more than {@link MAX_FILLED_SENTENCE}
 * characters, naming the placeholders that make it grow; else undefined.
 *
 * @example
 * checkSentenceBudget('Read: {description}'); // 'the sentence can fill to 4,006 characters ({description} alone 4,000); at most 1,200'
 */
export function checkSentenceBudget(sentence: string): string | undefined {
  const longest = longestFill(sentence);
  if (longest <= MAX_FILLED_SENTENCE) return undefined;
  const widest = [...sentence.matchAll(TEMPLATE_PLACEHOLDER)]
    .map((match) => ({ placeholder: match[0], width: longestValue(WORKLOAD_FIELDS.get(match[1]) as WorkloadField) }))
    .sort((a, b) => b.width - a.width)[0];
  const alone = widest ? ` (${widest.placeholder} alone ${formatNumber(widest.width)})` : '';
  return `the sentence can fill to ${formatNumber(longest)} characters${alone}; at most ${formatNumber(MAX_FILLED_SENTENCE)}, so that no rule makes an answer much longer than its own text`;
}
