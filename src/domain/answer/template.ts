import { readPath } from '../workload/fields.js';
import { TEMPLATE_PLACEHOLDER } from '../rules/placeholders.js';
import { formatValue } from '../words/format-value.js';

/**
 * A sentence with its placeholders resolved against a workload; `constant`
 * is the sentence itself when it has no placeholders.
 */
export type CompiledTemplate = ((workload: unknown) => string) & { readonly constant?: string };

/**
 * Splits a rule's sentence into fixed text and placeholders once, so filling
 * it is a concatenation.
 *
 * @example
 * compileTemplate('{ingestion.consumers} consumers')({ ingestion: { consumers: 3 } }); // '3 consumers'
 */
export function compileTemplate(sentence: string): CompiledTemplate {
  const parts: Array<string | string[]> = [];
  let last = 0;
  for (const match of sentence.matchAll(TEMPLATE_PLACEHOLDER)) {
    parts.push(sentence.slice(last, match.index), match[1].split('.'));
    last = (match.index as number) + match[0].length;
  }
  parts.push(sentence.slice(last));
  if (parts.length === 1) return Object.assign(() => sentence, { constant: sentence });
  return (workload) => {
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : formatValue(readPath(workload, part));
    return out;
  };
}

/**
 * Fixed text and compiled sentences joined into one sentence, filled part by
 * part: how the advisor words a sentence around a rule's own.
 *
 * @example
 * joinTemplates(['Forbidden here: ', compileTemplate('we run {ingestion.consumers} consumers.')])({ ingestion: { consumers: 3 } });
 * // 'Forbidden here: we run 3 consumers.'
 */
export function joinTemplates(parts: ReadonlyArray<string | CompiledTemplate>): CompiledTemplate {
  if (parts.every((part) => typeof part === 'string' || part.constant !== undefined)) {
    const sentence = parts.map((part) => (typeof part === 'string' ? part : part.constant)).join('');
    return Object.assign(() => sentence, { constant: sentence });
  }
  return (workload) => parts.map((part) => (typeof part === 'string' ? part : part(workload))).join('');
}
