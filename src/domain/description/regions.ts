import type { Token } from './tokens.js';
import { addReading, consume, type ScanState } from './reading.js';
import { is, phrase, type VocabularyEntry } from './vocabulary.js';

/** AWS Region codes by the names people use for them (the console's city or area name first). */
const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  'us-east-1': ['n. virginia', 'n virginia', 'northern|north virginia', 'virginia'],
  'us-east-2': ['ohio'],
  'us-west-1': ['n. california', 'n california', 'northern|north california', 'california'],
  'us-west-2': ['oregon'],
  'ca-central-1': ['canada central', 'canada', 'montreal'],
  'ca-west-1': ['calgary', 'canada west'],
  'eu-west-1': ['ireland', 'dublin'],
  'eu-west-2': ['london'],
  'eu-west-3': ['paris'],
  'eu-central-1': ['frankfurt'],
  'eu-central-2': ['zurich'],
  'eu-north-1': ['stockholm'],
  'eu-south-1': ['milan'],
  'eu-south-2': ['spain'],
  'ap-south-1': ['mumbai'],
  'ap-south-2': ['hyderabad'],
  'ap-southeast-1': ['singapore'],
  'ap-southeast-2': ['sydney'],
  'ap-southeast-3': ['jakarta'],
  'ap-southeast-4': ['melbourne'],
  'ap-southeast-5': ['malaysia'],
  'ap-southeast-7': ['thailand'],
  'ap-northeast-1': ['tokyo'],
  'ap-northeast-2': ['seoul'],
  'ap-northeast-3': ['osaka'],
  'ap-east-1': ['hong kong'],
  'sa-east-1': ['são|sao paulo'],
  'me-south-1': ['bahrain'],
  'me-central-1': ['uae'],
  'af-south-1': ['cape town'],
  'il-central-1': ['tel aviv'],
  'mx-central-1': ['mexico'],
  'cn-north-1': ['beijing'],
  'cn-northwest-1': ['ningxia'],
};

/** Region names as vocabulary: 'Frankfurt' → account.region eu-central-1. */
export const REGION_VOCABULARY: readonly VocabularyEntry[] = Object.entries(REGION_NAMES).map(([code, names]) =>
  phrase(names, is('account.region', code)),
);

// Region codes as written: area, optional -gov, direction, number. Fixed alternatives, no nested
// quantifiers: linear. \b keeps 'us-east-12x' out.
const REGION_CODE = /\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}\b/gi;

/**
 * Reads Region codes written out ('us-east-1', 'EU-WEST-2') and marks their
 * tokens as used, so no number or phrase is read inside them.
 *
 * @example
 * scanRegionCodes(state); // 'Deploy in eu-west-2' → account.region eu-west-2
 */
export function scanRegionCodes(state: ScanState): void {
  const { tokens } = state;
  if (!state.text.includes('-')) return;
  let at = 0;
  for (const match of state.text.matchAll(REGION_CODE)) {
    const end = match.index + match[0].length;
    while (at < tokens.length && tokens[at].start < match.index) at += 1;
    let last = at;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last += 1;
    if (at >= tokens.length || tokens[at].start !== match.index) continue;
    addReading(state, 'account.region', match[0].toLowerCase(), at, last);
    consume(state, at, last);
  }
}

/** Evidence that is a Region's code as written ('eu-west-2'): the pattern the codes are scanned with, whole. */
const WRITTEN_CODE = new RegExp(`^(?:${REGION_CODE.source})$`, 'i');

/** Words that make the Region after them the one that takes over after a disaster ('DR in Oregon', 'failover to us-west-2'). */
const SECONDARY_CUES = new Set(['dr', 'second', 'disaster', 'recovery', 'failover', 'secondary', 'standby', 'backup', 'replica', 'passive', 'fallback']);
const LOOK_BACK = 6;

/**
 * Places have roles: a Region named after a disaster-recovery cue is `resilience.secondaryRegion`,
 * not where the workload runs ('Primary Virginia, DR in Oregon').
 *
 * @example
 * placeSecondaryRegions(state); // 'DR in Oregon' → resilience.secondaryRegion us-west-2
 */
export function placeSecondaryRegions(state: ScanState): void {
  const { tokens } = state;
  for (const reading of state.readings) {
    if (reading.field !== 'account.region') continue;
    const first = tokens.findIndex((token) => token.start === reading.start);
    for (let at = first - 1; at >= Math.max(0, first - LOOK_BACK) && tokens[at].sentence === tokens[first].sentence; at -= 1) {
      if (SECONDARY_CUES.has(tokens[at].lemma)) {
        reading.field = 'resilience.secondaryRegion';
        break;
      }
      // 'a second AWS region, eu-west-3': the code names the Region just said, past its comma.
      if ((tokens[at].lower === ',' && tokens[at - 1]?.lemma !== 'region') || tokens[at].lower === ';') break;
    }
    // 'Maintain a live copy … in a second AWS region. eu-west-1 is proposed': a Region opening the sentence after one that asks for a second.
    if (reading.field === 'account.region' && opensAfterSecondRegion(tokens, first)) reading.field = 'resilience.secondaryRegion';
    // 'Ireland (eu-west-1) is acceptable as the secondary region': named as the one that takes over.
    if (reading.field === 'account.region' && namedSecondaryAfter(tokens, first)) reading.field = 'resilience.secondaryRegion';
    // 'running from us-west-2 if Virginia is down': the Region used when another fails.
    if (reading.field === 'account.region' && failsOverAfter(tokens, first)) reading.field = 'resilience.secondaryRegion';
    // 'in a regional outage we must be serving again from us-west-2': a second Region, after an outage named in its sentence.
    if (reading.field === 'account.region' && otherRegionBefore(state, reading) && outageBefore(tokens, first)) reading.field = 'resilience.secondaryRegion';
  }
  // 'about 1,900 centres in the UK and Ireland … data stays in eu-west-2': a Region named by its code wins over a place named elsewhere.
  const coded = state.readings.filter((reading) => reading.field === 'account.region' && WRITTEN_CODE.test(state.text.slice(reading.start, reading.end)));
  if (coded.length > 0) {
    const kept = state.readings.filter((reading) => reading.field !== 'account.region' || coded.some((code) => code.value === reading.value));
    state.readings.splice(0, state.readings.length, ...kept);
  }
  // 'eu-west-3 (Paris)': the place in brackets names the Region just read, in its role.
  for (const reading of state.readings) {
    if (reading.field !== 'account.region') continue;
    const first = tokens.findIndex((token) => token.start === reading.start);
    if (tokens[first - 1]?.lower !== '(') continue;
    const named = state.readings.find((other) => other !== reading && other.value === reading.value && other.end <= tokens[first - 1].start && tokens[first - 1].start - other.end <= 2);
    if (named) reading.field = named.field;
  }
}

/** The Region opens its sentence, and the sentence before ends by asking for a second or a DR Region ('… in a second AWS region.'). */
function opensAfterSecondRegion(tokens: readonly Token[], first: number): boolean {
  if (first > 0 && tokens[first - 1].sentence === tokens[first].sentence) return false;
  let at = first - 1;
  while (at >= 0 && tokens[at].kind === 'mark') at -= 1;
  if (tokens[at]?.lemma !== 'region') return false;
  for (let before = at - 1; before >= 0 && before >= at - 3 && tokens[before].sentence === tokens[at].sentence; before -= 1) {
    if (SECONDARY_CUES.has(tokens[before].lemma)) return true;
  }
  return false;
}

/** 'as the secondary region', 'as our DR site' a few words after the Region, in its sentence. */
function namedSecondaryAfter(tokens: readonly Token[], first: number): boolean {
  for (let at = first + 1; at < Math.min(tokens.length, first + 9) && tokens[at].sentence === tokens[first].sentence; at += 1) {
    if (tokens[at].lower !== 'as') continue;
    const cue = ['the', 'a', 'our', 'its'].includes(tokens[at + 1]?.lower ?? '') ? tokens[at + 2] : tokens[at + 1];
    return cue !== undefined && SECONDARY_CUES.has(cue.lemma);
  }
  return false;
}

const OUTAGE_WORDS = new Set(['outage', 'disaster', 'failover', 'dr', 'down', 'unavailable', 'lose', 'loss']);

/** An outage or disaster named earlier in the Region's sentence. */
function outageBefore(tokens: readonly Token[], first: number): boolean {
  for (let at = first - 1; at >= 0 && tokens[at].sentence === tokens[first].sentence; at -= 1) if (OUTAGE_WORDS.has(tokens[at].lemma)) return true;
  return false;
}

/** Another Region read earlier in the text: the one the workload runs in. */
function otherRegionBefore(state: ScanState, reading: ScanState['readings'][number]): boolean {
  return state.readings.some((other) => other.field === 'account.region' && other.start < reading.start && other.value !== reading.value);
}

/** 'if … is down', 'when … fails' right after a Region: it is the one that takes over. */
function failsOverAfter(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  let condition = false;
  for (let at = first + 1; at < Math.min(tokens.length, first + 8) && tokens[at].sentence === sentence; at += 1) {
    if (tokens[at].lower === 'if' || tokens[at].lower === 'when' || tokens[at].lower === 'should') condition = true;
    if (condition && (tokens[at].lower === 'down' || tokens[at].lemma === 'fail' || tokens[at].lower === 'outage' || tokens[at].lower === 'unavailable')) return true;
  }
  return false;
}
