import { describe, expect, it } from 'vitest';
import { dropLanguageModel, MAX_NEW_WORDS, newWords } from '../../src/domain/description/language-model.js';
import { readDescription } from '../../src/domain/description/read-description.js';

/** A made-up word per index: letters only, never in the model's lexicon. */
const madeUp = (n: number) => `qx${n.toString(36).replace(/\d/g, (d) => 'ghijklmnop'[Number(d)])}zz`;

describe('the language model under descriptions full of words it has never seen', () => {
  it('keeps the words it takes in bounded, and reads as before once it is made afresh', () => {
    const sentence = 'About 30 MB/s of clickstream from web servers, queried with SQL within an hour.';
    const before = readDescription(sentence);
    let most = 0;
    // 3 × MAX_NEW_WORDS new words (numbers and names, as users write them), 200 per description.
    for (let doc = 0; doc < (3 * MAX_NEW_WORDS) / 200; doc += 1) {
      const words = Array.from({ length: 100 }, (_, i) => `${madeUp(doc * 100 + i)} ${doc * 100_000 + i * 7 + 0.5}`).join(' ');
      readDescription(`Sensors named ${words} send readings.`);
      most = Math.max(most, newWords());
    }
    expect(most).toBeLessThanOrEqual(MAX_NEW_WORDS + 32 * 250);
    expect(most).toBeGreaterThan(MAX_NEW_WORDS / 2);
    expect(readDescription(sentence)).toEqual(before);
  });
});

describe('the language model made afresh again and again', () => {
  it('reads the same after forty fresh starts (the model data is loaded once, not re-encoded each time)', () => {
    const sentence = 'Sensors send 2,000 readings a second; no ML.';
    const before = readDescription(sentence);
    for (let fresh = 0; fresh < 40; fresh += 1) {
      dropLanguageModel();
      expect(readDescription(sentence)).toEqual(before);
    }
  }, 30_000);
});
