import { describe, expect, it } from 'vitest';
import { correctSpelling, spellingDictionary } from '../../src/domain/description/spelling.js';
import { tokenize } from '../../src/domain/description/tokens.js';

const dictionary = spellingDictionary(['dashboard', 'dashboards', 'minute', 'minutes', 'streaming', 'scoring', 'parquet']);
const english = new Set(['scope', 'stream']);
const read = (text: string) => correctSpelling(tokenize(text), dictionary, (word) => english.has(word)).map((token) => token.lower);

describe('correctSpelling', () => {
  it('reads a swapped, dropped, added or changed letter as the one word it stands for', () => {
    expect(read('a dashbaord')).toEqual(['a', 'dashboard']);
    expect(read('within minuts')).toEqual(['within', 'minutes']);
    expect(read('straeming data')).toEqual(['streaming', 'data']);
    expect(read('in parqet')).toEqual(['in', 'parquet']);
  });

  it('reads a misspelt plural with its singular as lemma', () => {
    const [token] = correctSpelling(tokenize('dashbaords'), dictionary, () => false);
    expect([token.lower, token.lemma]).toEqual(['dashboards', 'dashboard']);
  });

  it('leaves words it cannot place alone: names, short words, inflections of English words, two candidates, first letters', () => {
    expect(read('Dashbaord')).toEqual(['dashbaord']);
    expect(read('minte')).toEqual(['minte']);
    expect(read('scoping')).toEqual(['scoping']);
    expect(read('xashboard')).toEqual(['xashboard']);
    expect(correctSpelling(tokenize('minutez'), spellingDictionary(['minutes', 'minuted']), () => false)[0].lower).toBe('minutez');
  });

  it('keeps the text as written for evidence', () => {
    const [token] = correctSpelling(tokenize('dashbaord'), dictionary, () => false);
    expect([token.raw, token.start, token.end]).toEqual(['dashbaord', 0, 9]);
  });
});

describe('correctSpelling on a very long token', () => {
  it('never looks up a token longer than the longest word by more than one letter (a 2,900-letter token costs no lookup)', () => {
    let lookups = 0;
    class CountingMap extends Map<string, readonly string[]> {
      override get(key: string) {
        lookups += 1;
        return super.get(key);
      }
    }
    const counting = { ...dictionary, byDeletion: new CountingMap(dictionary.byDeletion) };
    const tokens = correctSpelling(tokenize(`${'x'.repeat(2_900)} dashbaord`), counting, () => false);
    expect(tokens.map((token) => token.lower)).toEqual(['x'.repeat(2_900), 'dashboard']);
    expect(lookups).toBeLessThan(20);
  });
});
