import { languageModelLoaded } from './language-model.js';
import { readDescription } from './read-description.js';

/** A sentence that takes the reader through every table it builds on first use: the model, the phrase indexes, lookalike letters. */
const SAMPLE = 'About 30 MB/s of clickstream from web servers, queried by analysts with SQL within an hour — no vector search.';

/**
 * Loads what the first described workload would otherwise load mid-request
 * (about 0.2 s of blocking work): a server calls it before it listens, so no
 * answer and no health check waits on it. True once the language model is in memory.
 *
 * @example
 * warmUpReader(); // true
 */
export function warmUpReader(): boolean {
  readDescription(SAMPLE);
  return languageModelLoaded();
}
