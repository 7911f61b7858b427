import { isNegated } from './negation.js';
import { matchPhrase, type PhraseIndex } from './phrase-index.js';
import { addReading, consume, type ScanState } from './reading.js';
import { roleBefore } from './roles.js';
import { sentenceHas } from './sentence-roles.js';

/** A negated phrase never gives its positive reading: true becomes false, anything else is dropped. */
function negate(value: unknown): unknown {
  return value === true ? false : undefined;
}

/** Verbs of reading: a thing named as their subject reads the data ('the mobile app must read the state'), it is no source. */
const READ_VERBS = new Set(['read', 'query', 'show', 'display', 'view', 'look', 'fetch', 'consume', 'see']);
const AUXILIARIES = new Set(['must', 'can', 'will', 'should', 'need', 'needs', 'to', 'may', 'could', 'would', 'has', 'have', 'also', 'then']);

function readsAfter(tokens: ScanState['tokens'], last: number): boolean {
  for (let at = last + 1; at <= last + 3 && at < tokens.length; at += 1) {
    if (READ_VERBS.has(tokens[at].lemma) && tokens[at].pos === 'VERB') return true;
    if (!AUXILIARIES.has(tokens[at].lower)) return false;
  }
  return false;
}

/** Words between 'for' and the apps it serves ('for our iOS and Android apps'). */
const AUDIENCE_FILLERS = new Set(['our', 'the', 'its', 'their', 'both', 'all', 'native', 'new']);

/** Words of output made for an audience: 'published', 'HLS for our apps', 'shown in the app'. */
const SERVING = new Set(['publish', 'deliver', 'playback', 'hls', 'dash', 'serve', 'display', 'show', 'render', 'push']);

/** Apps the output is made for ('HLS … for our iOS and Android apps and be published') are its audience, not a source. */
function servedApps(tokens: ScanState['tokens'], first: number, value: unknown): boolean {
  if (!Array.isArray(value) || !value.includes('mobile-apps') || !sentenceHas(tokens, first, SERVING)) return false;
  let at = first - 1;
  while (at >= 0 && AUDIENCE_FILLERS.has(tokens[at].lower)) at -= 1;
  return tokens[at]?.lower === 'for';
}

/** 'than' a few words before a store, in its clause: 'cheaper than shipping it all to Splunk', 'rather than Redshift' (not 'more than 30 days in S3'). */
function comparedWith(tokens: ScanState['tokens'], first: number): boolean {
  for (let at = first - 1; at >= Math.max(0, first - 6) && tokens[at].clause === tokens[first].clause; at -= 1) {
    if (tokens[at].kind === 'number') return false;
    if (tokens[at].lower === 'than') return true;
  }
  return false;
}

/**
 * Reads every vocabulary phrase in one pass over the tokens, longest phrase
 * first at each token, skipping tokens a quantity already used.
 *
 * @example
 * scanPhrases(state, phraseIndex()); // 'real-time dashboards' → latency, dashboards, realTimeMetrics
 */
export function scanPhrases(state: ScanState, index: PhraseIndex): void {
  const { tokens, consumed } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    if (consumed[i]) continue;
    const match = matchPhrase(index, tokens, i, consumed);
    if (!match) continue;
    const { meanings } = match.entry;
    // A store named only to compare with ('cheaper than shipping it all to Splunk') is neither source nor destination.
    const list = typeof meanings === 'function' ? (comparedWith(tokens, match.first) ? [] : meanings(roleBefore(tokens, match.first))) : meanings;
    const negated = list.length > 0 && isNegated(tokens, match.first, match.last);
    for (const meaning of list) {
      const value = negated ? (meaning.negated === null ? undefined : (meaning.negated ?? negate(meaning.value))) : meaning.value;
      if (value === undefined) continue;
      if (meaning.field === 'data.sources' && (readsAfter(tokens, match.last) || servedApps(tokens, match.first, value))) continue;
      addReading(state, meaning.field, value, match.first, match.last, { when: meaning.when, unless: meaning.unless });
    }
    consume(state, match.first, match.last);
    i = match.last;
  }
}
