import { createRequire } from 'node:module';
import type { ItsHelpers, WinkMethods } from 'wink-nlp';

/** The English reading model: wink-nlp with its light web model (tokens, sentences, negation, parts of speech, lemmas). */
export interface LanguageModel {
  nlp: WinkMethods;
  its: ItsHelpers;
}

// Loading the model takes about a fifth of a second: loaded when a description is first read or when
// the HTTP server warms up (warm-up.ts), never when `mcp` starts; a runtime require keeps bundlers from inlining it.
const load = createRequire(import.meta.url);
let model: LanguageModel | undefined;

/**
 * The language model, loaded on first use. Only the steps the reader needs run:
 * sentence boundaries, negation scope and parts of speech (lemmas follow from them).
 *
 * @example
 * const { nlp, its } = languageModel();
 * nlp.readDoc('Sensors send readings').tokens().out(its.lemma); // ['sensor', 'send', 'reading']
 */
export function languageModel(): LanguageModel {
  if (!model) {
    const winkNLP = load('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
    const nlp = winkNLP(load('wink-eng-lite-web-model'), ['sbd', 'negation', 'pos']);
    model = { nlp, its: nlp.its };
  }
  return model;
}

/** Whether the language model is in memory already (a description has been read, or the reader warmed up). */
export const languageModelLoaded = (): boolean => model !== undefined;

let homoglyphs: ReadonlyMap<string, string> | undefined;

/**
 * Letters of other scripts that look like a Latin letter ('о' Cyrillic → 'o'), from
 * Unicode's confusables as the unhomoglyph package ships them; only single letters
 * that map to one ASCII letter, loaded on first use.
 *
 * @example
 * latinLookalikes().get('\u043e'); // 'o'
 */
export function latinLookalikes(): ReadonlyMap<string, string> {
  if (!homoglyphs) {
    const table = load('unhomoglyph/data.json') as Record<string, string>;
    const latin = new Map<string, string>();
    for (const [from, to] of Object.entries(table)) {
      if ([...from].length === 1 && from.charCodeAt(0) > 0x7f && /^[A-Za-z]$/.test(to)) latin.set(from, to);
    }
    homoglyphs = latin;
  }
  return homoglyphs;
}
