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
 * The model keeps every word it has not seen before (a number, a name, a typo) in its vocabulary
 * for good: past this many such words it is made afresh from the loaded data (about 60 ms), so
 * descriptions never grow the heap without bound. Checked every {@link CHECK_EVERY} documents.
 */
export const MAX_NEW_WORDS = 20_000;
const CHECK_EVERY = 32;

/** The vocabulary size as a word never seen before gets it: each check adds one such word. */
let checks = 0;
let sizeWhenMade = 0;
let documents = 0;

function vocabularySize({ nlp, its }: LanguageModel): number {
  checks += 1;
  let unseen = 'zqvx';
  for (let n = checks; n > 0; n = Math.floor(n / 26)) unseen += String.fromCharCode(97 + (n % 26));
  return (nlp.readDoc(unseen).tokens().out(its.uniqueId) as unknown as number[])[0];
}

let modelData: Record<string, unknown> | undefined;

/** The light web model's data, loaded once: its custom-entity loader re-encodes its data on every call, longer each time, so its result is kept. */
function lightWebModel(): Record<string, unknown> {
  if (!modelData) {
    const data = load('wink-eng-lite-web-model') as Record<string, unknown> & { metaCER: () => unknown };
    const customEntities = data.metaCER();
    modelData = { ...data, metaCER: () => customEntities };
  }
  return modelData;
}

function makeModel(): LanguageModel {
  const winkNLP = load('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
  const nlp = winkNLP(lightWebModel(), ['sbd', 'negation', 'pos']);
  const made = { nlp, its: nlp.its };
  sizeWhenMade = vocabularySize(made);
  return made;
}

/**
 * The language model, loaded on first use. Only the steps the reader needs run:
 * sentence boundaries, negation scope and parts of speech (lemmas follow from them).
 *
 * @example
 * const { nlp, its } = languageModel();
 * nlp.readDoc('Sensors send readings').tokens().out(its.lemma); // ['sensor', 'send', 'reading']
 */
export function languageModel(): LanguageModel {
  model ??= makeModel();
  return model;
}

/**
 * Reads a text with the language model; every {@link CHECK_EVERY} documents, a model that has
 * taken in more than {@link MAX_NEW_WORDS} new words is made afresh for the next one.
 *
 * @example
 * const { doc, its } = readDocument('Sensors send readings');
 * doc.tokens().out(its.lemma); // ['sensor', 'send', 'reading']
 */
export function readDocument(text: string): { doc: ReturnType<WinkMethods['readDoc']>; its: ItsHelpers; lexiconSize: number } {
  const current = languageModel();
  // Its words are numbered in order: those of its lexicon first, then each new word as it comes.
  const lexiconSize = sizeWhenMade;
  const doc = current.nlp.readDoc(text);
  documents += 1;
  if (documents % CHECK_EVERY === 0 && newWords() > MAX_NEW_WORDS) dropLanguageModel();
  return { doc, its: current.its, lexiconSize };
}

/**
 * True when a single word is in the language model's English lexicon ('scope'), false for one it has never seen ('streem').
 *
 * @example
 * inLexicon('scope'); // true
 */
export function inLexicon(word: string): boolean {
  const { doc, its, lexiconSize } = readDocument(word);
  const ids = doc.tokens().out(its.uniqueId) as unknown as number[];
  return ids.length === 1 && ids[0] < lexiconSize;
}

/** Drops the model in use with every word it has taken in; the next reading makes it afresh from the loaded data (about 60 ms). */
export function dropLanguageModel(): void {
  model = undefined;
}

/** Words the model in use has taken into its vocabulary since it was made (0 before it is loaded). */
export function newWords(): number {
  return model === undefined ? 0 : vocabularySize(model) - sizeWhenMade;
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
