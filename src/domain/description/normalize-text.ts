import { latinLookalikes } from './language-model.js';

/** A description in normal form, with where each of its characters came from in the text as written. */
export interface NormalText {
  text: string;
  /** Offset in the original text where normal character i starts. */
  start: Int32Array;
  /** Offset in the original text where normal character i ends. */
  end: Int32Array;
}

// A base character and the marks that combine with it: one unit of NFKC.
const CLUSTER = /[\s\S]\p{M}*/gu;
const LATIN = /[A-Za-z]/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function identity(text: string): NormalText {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
}

/**
 * The text in Unicode NFKC ('３０ＭＢ' is '30MB', 'ﬁle' is 'file'), with letters of another script
 * that look Latin folded to Latin inside words that also hold Latin letters ('nо' with a Cyrillic
 * 'о' is 'no'), so evidence can still be quoted from the text as written.
 *
 * @example
 * normalizeText('３０ MB').text; // '30 MB'
 */
export function normalizeText(original: string): NormalText {
  if (ASCII_ONLY.test(original)) return identity(original);
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of original.matchAll(CLUSTER)) {
    const normal = match[0].normalize('NFKC');
    for (let k = 0; k < normal.length; k += 1) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    pieces.push(normal);
  }
  const text = foldLookalikes(pieces.join(''));
  return { text, start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

/** Folds look-alike letters in mixed-script words only: a word all in Cyrillic or Greek stays as written. */
function foldLookalikes(text: string): string {
  const lookalikes = latinLookalikes();
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (ASCII_ONLY.test(word) || !LATIN.test(word)) return word;
    let folded = '';
    for (const char of word) folded += char.length === 1 ? (lookalikes.get(char) ?? char) : char;
    return folded;
  });
}
