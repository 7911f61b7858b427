import type { Token } from './tokens.js';

const NEGATORS = new Set(['no', 'not', 'never', 'without', 'cannot', 'neither', 'nor', 'none', 'nothing', 'nobody', 'noone']);
/** 'no more than', 'not only', 'no matter': a negator that negates nothing that follows. */
const NOT_NEGATING_NEXT = new Set([
  'more', 'less', 'later', 'longer', 'fewer', 'greater', 'matter', 'only', 'just', 'bigger', 'larger', 'smaller', 'earlier', 'sooner',
]);
/** 'GPUs are not required for inference': a predicate of an earlier subject ends the look-back. */
const PREDICATES = new Set(['needed', 'required', 'necessary', 'used', 'wanted']);
/** After the phrase: '… are not needed', '… isn't a requirement', '… doesn't matter'. */
const NEED_WORDS = new Set([
  'needed', 'need', 'required', 'require', 'necessary', 'wanted', 'want', 'important', 'critical', 'requirement',
  'must', 'priority', 'concern', 'matter', 'matters', 'used', 'relevant',
]);
const LOOK = 4;
/** Wishes and needs a negator reaches through to their infinitive: 'nobody here wants to build or babysit an ETL pipeline', 'nothing here needs to be real time'. */
const WISHES = new Set(['want', 'wish', 'plan', 'intend', 'like', 'need', 'have']);
/** Words that may stand between a wish's 'to' and what it negates: verbs joined by 'and'/'or', 'be', articles, adjectives. */
const ALONG_A_WISH = new Set(['VERB', 'AUX', 'CCONJ', 'DET', 'ADJ', 'ADV', 'PART', 'PRON']);

/** Words that open a clause before 'forget' without being its subject: 'so forget real-time', 'please forget dashboards'. */
const BEFORE_AN_ORDER = new Set(['so', 'and', 'just', 'please', 'but', 'then', 'ok', 'okay']);

/** 'Forget real-time', 'so forget about dashboards': an order to forget opens its clause; 'we forget to check' is no order. */
function isOrderToForget(tokens: readonly Token[], at: number): boolean {
  if (tokens[at].lemma !== 'forget') return false;
  for (let before = at - 1; before >= 0 && tokens[before].clause === tokens[at].clause; before -= 1) {
    if (!BEFORE_AN_ORDER.has(tokens[before].lower) && tokens[before].pos !== 'PUNCT') return false;
  }
  return true;
}

function isNegator(tokens: readonly Token[], at: number): boolean {
  const { lower, lemma } = tokens[at];
  // "don't forget the dashboards" asks for them.
  if (lower.endsWith("n't") || lemma === 'not') return tokens[at + 1]?.lemma !== 'only' && tokens[at + 1]?.lemma !== 'forget';
  if (isOrderToForget(tokens, at)) return true;
  if (!NEGATORS.has(lower)) return false;
  // 'No-shows', 'a no-fly list': a compound noun, no negation.
  if (lower === 'no' && tokens[at + 1]?.hyphen) return false;
  // 'no more Glue jobs' negates them; 'no more than 5 minutes' does not.
  if (tokens[at + 1]?.lower === 'more' && tokens[at + 2]?.lower !== 'than') return true;
  return !NOT_NEGATING_NEXT.has(tokens[at + 1]?.lower ?? '');
}

/** True when only 'and'/'or' before a verb open the clauses between tokens `from` and `to` ('building and maintaining'). */
function joinedByAnd(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from + 1; at <= to; at += 1) {
    if (tokens[at].clause === tokens[at - 1].clause) continue;
    if ((tokens[at].lower !== 'and' && tokens[at].lower !== 'or') || tokens[at + 1]?.pos !== 'VERB') return false;
  }
  return true;
}

/** A negated wish before the phrase in its sentence ('nobody wants to build or babysit an ETL pipeline', "we don't want to run Kafka ourselves"). */
function negatedWish(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  for (let at = first - 1; at >= 1 && at >= first - 8 && tokens[at].sentence === sentence; at -= 1) {
    if (tokens[at].lower === 'to' && WISHES.has(tokens[at - 1].lemma)) {
      for (let before = at - 2; before >= 0 && before >= at - 6 && tokens[before].clause === tokens[at - 1].clause; before -= 1) {
        if (isNegator(tokens, before)) return true;
      }
      return false;
    }
    if (!ALONG_A_WISH.has(tokens[at].pos)) return false;
  }
  return false;
}

/** What a list of things is made of: 'servers, AMIs or GPU drivers'. */
const LIST_PARTS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'PUNCT']);

/** A negator a few words before the list's first item, or a negated wish ('not want to manage servers'). */
function negatedNear(tokens: readonly Token[], head: number): boolean {
  for (let at = head - 1; at >= 0 && at >= head - 5 && tokens[at].sentence === tokens[head].sentence; at -= 1) if (isNegator(tokens, at)) return true;
  return negatedWish(tokens, head);
}

/**
 * 'does not want to manage servers, AMIs or GPU drivers': an item of a list after a comma shares the negation of the
 * list's first item. A list joins an item with 'or', 'and' or 'nor' (never 'not a stream, files only'), and an item
 * followed by a verb starts a new clause ('we do not need dashboards, GPU training is what matters').
 */
function inNegatedList(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence;
  const next = tokens[last + 1];
  if (next?.sentence === sentence && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  let joined = next?.sentence === sentence && next.pos === 'CCONJ';
  let comma = false;
  for (let at = first - 1; at >= 0 && at >= first - 8 && tokens[at].sentence === sentence; at -= 1) {
    const { lower, pos, negated } = tokens[at];
    joined ||= pos === 'CCONJ';
    if (lower === ',') comma = true;
    else if (negated && comma && joined && (pos === 'NOUN' || pos === 'PROPN') && negatedNear(tokens, at)) return true;
    else if (!LIST_PARTS.has(pos) || pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * True when the phrase at tokens `first`..`last` is negated within its clause: a negator up to
 * four words before it ('we don't need GPUs', 'no real-time need', 'without dashboards') or a
 * negated need just after it ('GPUs are not needed', 'ordering doesn't matter'), or a negated wish
 * before it ('nobody wants to build … an ETL pipeline').
 *
 * @example
 * isNegated(tokenize("we don't need GPUs"), 3, 3); // true
 */
export function isNegated(tokens: readonly Token[], first: number, last: number): boolean {
  const clause = tokens[first].clause;
  // The model's scope ('we do NOT need to replay the stream'), kept within the clause.
  const inScope = tokens[first].negated;
  // Within the model's scope a negation reaches across 'and' and 'or' ('without building and maintaining ETL pipelines').
  const sameClause = (at: number) => tokens[at].clause === clause || (inScope && tokens[at].sentence === tokens[first].sentence && joinedByAnd(tokens, at, first));
  for (let at = first - 1; at >= 0 && (inScope || at >= first - LOOK) && sameClause(at); at -= 1) {
    if (isNegator(tokens, at)) return true;
    // 'Is not needed real time': a negated predicate right before the phrase negates it; any other predicate ends the look-back.
    if (PREDICATES.has(tokens[at].lemma) || PREDICATES.has(tokens[at].lower)) return at === first - 1 && at > 0 && isNegator(tokens, at - 1);
  }
  if (negatedWish(tokens, first) || inNegatedList(tokens, first, last)) return true;
  // '(face matching) is explicitly NOT required': a phrase in brackets is negated by what follows the brackets.
  const after = tokens[last + 1]?.lower === ')' ? last + 1 : last;
  const end = Math.min(tokens.length - 1, after + LOOK);
  const clauseAfter = after === last ? tokens[last].clause : tokens[after + 1]?.clause;
  for (let at = after + 1; at <= end && (tokens[at].clause === tokens[last].clause || tokens[at].clause === clauseAfter); at += 1) {
    if (tokens[at].lower === 'unnecessary' || tokens[at].lower === 'unneeded') return true;
    if (!isNegator(tokens, at)) continue;
    for (let need = at + 1; need <= at + 2 && need < tokens.length; need += 1) {
      if (NEED_WORDS.has(tokens[need].lower)) return true;
    }
  }
  return false;
}
