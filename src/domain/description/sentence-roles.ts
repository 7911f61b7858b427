import type { Token } from './tokens.js';

/**
 * The role the nearest cue word gives a quantity at token `index`: first within its clause
 * (before or after it), else looking back within its sentence (the label a ':' introduces,
 * the subject of the clause). Cues are lemmas; the closest wins; undefined when none.
 *
 * @example
 * nearestRole(tokenize('every night only changed data is 300 GB'), 6, RUN_OR_STORED); // 'run'
 */
export function nearestRole<Role extends string>(tokens: readonly Token[], index: number, cues: ReadonlyMap<string, Role>): Role | undefined {
  const { clause, sentence } = tokens[index];
  let best: { role: Role; distance: number } | undefined;
  for (let at = index - 1; at >= 0 && tokens[at].clause === clause; at -= 1) {
    const role = cueAt(tokens, at, cues);
    if (role !== undefined) {
      best = { role, distance: index - at };
      break;
    }
  }
  for (let at = index + 1; at < tokens.length && tokens[at].clause === clause; at += 1) {
    if (best && at - index >= best.distance) break;
    const role = cueAt(tokens, at, cues);
    if (role !== undefined) {
      best = { role, distance: at - index };
      break;
    }
  }
  if (best) return best.role;
  for (let at = index - 1; at >= 0 && tokens[at].sentence === sentence; at -= 1) {
    const role = cueAt(tokens, at, cues);
    if (role !== undefined) return role;
  }
  return undefined;
}

/** Where something runs is no run: 'the platform runs in us-east-1', 'our apps run on EKS'. */
const PLACE_AFTER_RUN = new Set(['in', 'on', 'at', 'inside']);

function cueAt<Role extends string>(tokens: readonly Token[], at: number, cues: ReadonlyMap<string, Role>): Role | undefined {
  const token = tokens[at];
  if (token.lemma === 'run' && token.pos === 'VERB' && PLACE_AFTER_RUN.has(tokens[at + 1]?.lower ?? '')) return undefined;
  // 'the store server', 'store codes': a shop is no storing.
  if (token.lemma === 'store' && token.pos !== 'VERB') return undefined;
  return cues.get(token.lemma) ?? cues.get(token.lower);
}

/**
 * True when a token of the sentence holding `index` has one of the lemmas.
 *
 * @example
 * sentenceHas(tokenize('serve the model at 50 requests per second'), 4, new Set(['model'])); // true
 */
export function sentenceHas(tokens: readonly Token[], index: number, lemmas: ReadonlySet<string>): boolean {
  const { sentence } = tokens[index];
  for (let at = index; at >= 0 && tokens[at].sentence === sentence; at -= 1) if (lemmas.has(tokens[at].lemma) || lemmas.has(tokens[at].lower)) return true;
  for (let at = index + 1; at < tokens.length && tokens[at].sentence === sentence; at += 1) if (lemmas.has(tokens[at].lemma) || lemmas.has(tokens[at].lower)) return true;
  return false;
}
