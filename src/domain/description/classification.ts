import { addReading, consume, type ScanState } from './reading.js';

/** Words a data-classification label is made of: 'confidential', 'secret-internal', 'highly confidential'. */
const LABEL_WORDS = new Set([
  'public', 'internal', 'confidential', 'restricted', 'secret', 'sensitive', 'private', 'official', 'protected', 'highly',
  'strictly', 'top', 'only', 'use', 'limited', 'regulated', 'critical', 'personal', 'general', 'controlled', 'unclassified',
]);
/** Words that open a label: 'classified confidential', 'Data classification: restricted'. */
const CUE_WORDS = new Set(['classified', 'classification', 'classifications', 'classify']);
/** Words between the cue and the label: 'classification is "restricted"', 'classified as secret'. */
const LINK_WORDS = new Set([':', '=', '-', 'is', 'as', 'of', 'at', 'level', 'label', 'tier', "'", '"', '\u2018', '\u2019', '\u201c', '\u201d', 'be', 'the']);
const MAX_LABEL = 40;
const LABEL_SHAPE = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;

/**
 * Reads the organisation's data-classification label where the text names it ('Data classification:
 * secret-internal', "classified 'restricted'", 'classified confidential') into
 * `security.dataClassification`, as written; a word that is no label ('classified by type') sets nothing.
 *
 * @example
 * scanClassification(state); // 'it is classified confidential' → security.dataClassification 'confidential'
 */
export function scanClassification(state: ScanState): void {
  const { tokens, text } = state;
  for (let index = 0; index < tokens.length; index += 1) {
    if (!CUE_WORDS.has(tokens[index].lower)) continue;
    let at = index + 1;
    while (at < index + 5 && at < tokens.length && LINK_WORDS.has(tokens[at].lower)) at += 1;
    const first = at;
    // A label's words are joined by a hyphen, a space or nothing else: 'secret-internal', 'highly confidential'.
    while (at < tokens.length && LABEL_WORDS.has(tokens[at].lower) && (at === first || /^[ -]$/.test(text.slice(tokens[at - 1].end, tokens[at].start)))) at += 1;
    if (at === first || tokens[first].sentence !== tokens[index].sentence) continue;
    const label = text.slice(tokens[first].start, tokens[at - 1].end);
    if (label.length > MAX_LABEL || !LABEL_SHAPE.test(label)) continue;
    addReading(state, 'security.dataClassification', label, first, at - 1);
    consume(state, first, at - 1);
    index = at - 1;
  }
}
