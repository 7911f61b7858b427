import { isNegated } from './negation.js';
import { addReading, type ScanState } from './reading.js';

/** Words that find things: 'every sign … detected', 'spot each pothole', 'recognise the plates'. */
const FINDING = new Set(['detect', 'detection', 'detections', 'spot', 'recognise', 'recognize']);
/** What is found in records rather than seen in pictures: a sentence naming one speaks of no vision task. */
const FOUND_IN_RECORDS = new Set([
  'anomaly', 'fraud', 'intrusion', 'drift', 'leak', 'outlier', 'change', 'duplicate', 'threat', 'error', 'failure', 'fault', 'exceedance', 'breach',
  'spike', 'churn', 'pattern', 'trend', 'language', 'sentiment', 'bot', 'spam', 'abuse', 'malware', 'attack', 'threshold', 'event', 'alarm',
]);

/** A model the team trains or a follow-up for ML: detection there is a custom model's job, no managed vision task. */
const OWN_MODEL = new Set(['model', 'train', 'ml', 'pytorch', 'tensorflow', 'custom', 'classifier', 'yolo']);

const media = (state: ScanState) =>
  state.readings.some(({ field, value }) => (field === 'data.formats' && Array.isArray(value) && (value.includes('video') || value.includes('images'))) || (field === 'data.sources' && Array.isArray(value) && value.includes('video-cameras')));

/**
 * 'We want every sign and item of road furniture detected with the time it appears': in a text about footage or pictures, things
 * to be detected, spotted or counted, said in words no vision phrase names, are object detection (a sentence about anomalies or fraud, or
 * about a model the team trains, aside).
 *
 * @example
 * scanDetectionsInPictures(state); // '… footage … every sign detected' → processing.computerVision ['object-detection']
 */
export function scanDetectionsInPictures(state: ScanState): void {
  // A model the team trains does the detecting ('Our tracking model is a PyTorch detector … we retrain it').
  const ownModel = state.readings.some(({ field, value }) => (field === 'ml.training' && value === true) || field === 'ml.frameworks');
  if (!media(state) || ownModel || state.readings.some(({ field }) => field === 'processing.computerVision')) return;
  const { tokens } = state;
  const otherSentences = new Set(tokens.filter((token) => FOUND_IN_RECORDS.has(token.lemma) || OWN_MODEL.has(token.lemma)).map((token) => token.sentence));
  // 'Detected sources are written as Parquet': things detected already, before their noun, ask for nothing.
  const found = (index: number) => tokens[index].lower === 'detected' && tokens[index + 1]?.pos === 'NOUN';
  // 'counts of boat trailers launched and retrieved, vehicles and people': things counted in the pictures.
  const counts = (index: number) => tokens[index].lemma === 'count' && tokens[index + 1]?.lower === 'of';
  const at = tokens.findIndex(
    (token, index) =>
      (FINDING.has(token.lemma) || counts(index)) && !otherSentences.has(token.sentence) && !state.consumed[index] && !found(index) && !isNegated(tokens, index, index),
  );
  if (at >= 0) addReading(state, 'processing.computerVision', ['object-detection'], at, at, { derived: true });
}
