#!/usr/bin/env node
// Same-run comparison of the language libraries considered for the description reader
// (docs/description-reader-2026-12-07.md): what each gets right of the primitives the reader
// needs (numbers, lemmas, negation scope) on phrases from the round-1 blind descriptions, then
// the median time to read 4,000 and 400 characters of those descriptions.
// compromise is not a dependency: `npm install --no-save compromise@14.17.0` first.
// Usage: node scripts/compare-language-libraries.mjs [DIR of round-1 descriptions]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = process.argv[2] ?? new URL('../tests/description/blind/round-1/', import.meta.url).pathname;
const texts = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).description);
const long = texts.join('\n').slice(0, 4000);
const short = texts.find((text) => text.length > 380 && text.length < 420) ?? texts[0].slice(0, 400);

let started = performance.now();
const winkNLP = (await import('wink-nlp')).default;
const nlp = winkNLP((await import('wink-eng-lite-web-model')).default, ['sbd', 'negation', 'pos']);
const its = nlp.its;
nlp.readDoc('warm');
const winkLoad = performance.now() - started;
started = performance.now();
const compromise = (await import('compromise')).default;
compromise('warm').compute('root');
const compromiseLoad = performance.now() - started;

// Numbers: wink marks the span (the reader turns it into a value), compromise gives the value.
const NUMBERS = [
  ['25k drivers', 25000, '25k'], ['two thousand temperature sensors', 2000, 'two thousand'], ['about 1.2 million monthly active users', 1200000, '1.2 million'],
  ['3 million events per minute', 3000000, '3 million'], ['~12,000 msgs/sec', 12000, '12,000'], ['every ten seconds', 10, 'ten'], ['for five years', 5, 'five'],
  ['roughly one kilobyte', 1, 'one'], ['80,000 hours of MP4', 80000, '80,000'], ['250k thermostats', 250000, '250k'], ['~4 million records/s', 4000000, '4 million'],
  ['1,200 turbines', 1200, '1,200'], ['about 40 sensors', 40, '40'], ['~600 stored procs', 600, '600'], ['6 independent consumer apps', 6, '6'],
  ['twice a month', 2, 'twice'], ['a dozen brokers', 12, 'a dozen'], ['fifty thousand events', 50000, 'fifty thousand'], ['2.5 million rows', 2500000, '2.5 million'],
  ['half a million users', 500000, 'half a million'], ['three teams', 3, 'three'],
];
const LEMMAS = [
  ['thermostats', 'thermostat'], ['leaderboards', 'leaderboard'], ['updates', 'update'], ['analysts', 'analyst'], ['queries', 'query'],
  ['buses', 'bus'], ['indices', 'index'], ['reports', 'report'], ['emailed', 'email'], ['stored', 'store'], ['arrives', 'arrive'],
  ['lands', 'land'], ['kept', 'keep'], ['replicating', 'replicate'], ['trucks', 'truck'], ['msgs', 'msg'], ['dashboards', 'dashboard'],
  ['batches', 'batch'], ['readings', 'reading'], ['sensors', 'sensor'],
];
// [sentence, word that must be negated]; the controls' word must not be.
const NEGATED = [
  ['We do NOT need to replay the stream.', 'replay'], ['no real-time needed for the logs.', 'real'], ["we don't need our own keys.", 'keys'],
  ['No ML, no real-time, no dashboards.', 'dashboards'], ['dont care about sub-second', 'sub'], ['GPU is not needed.', 'GPU'],
  ["sub-second isn't needed", 'sub'], ['Nothing real-time needed for the ingestion.', 'real'],
];
const CONTROLS = [['We need dashboards but not ML.', 'dashboards'], ['Real time is not necessary, but we want dashboards.', 'dashboards']];

// Entities need the full pipeline (the reader itself runs without it and reads numbers from its tokens).
const withEntities = winkNLP((await import('wink-eng-lite-web-model')).default);
const winkSpan = (text) => withEntities.readDoc(text).entities().out(its.value).join(' ');
const numbersSpanned = NUMBERS.filter(([text, , span]) => winkSpan(text).includes(span)).length;
const numbersValued = NUMBERS.filter(([text, value]) => compromise(text).numbers().get()[0] === value).length;
const winkLemma = (word) => nlp.readDoc(`the ${word}`).tokens().out(its.lemma)[1];
const compromiseLemma = (word) => compromise(`the ${word}`).compute('root').json()[0].terms[1].root ?? compromise(`the ${word}`).json()[0].terms[1].normal;
const lemmasWink = LEMMAS.filter(([word, lemma]) => winkLemma(word) === lemma).length;
const lemmasCompromise = LEMMAS.filter(([word, lemma]) => compromiseLemma(word) === lemma).length;
const negatedIn = (text, word) => {
  let negated = false;
  nlp.readDoc(text).tokens().each((token) => {
    if (token.out().toLowerCase().startsWith(word.toLowerCase()) && token.out(its.negationFlag)) negated = true;
  });
  return negated;
};
const scope = NEGATED.filter(([text, word]) => negatedIn(text, word)).length;
const controls = CONTROLS.filter(([text, word]) => !negatedIn(text, word)).length;

function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1];
}
const readWink = (text) => {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  tokens.out(its.lemma);
  tokens.out(its.pos);
  tokens.out(its.negationFlag);
  doc.sentences().out(its.span);
};
const readCompromise = (text) => {
  const doc = compromise(text);
  doc.compute('root');
  doc.json();
  doc.numbers().get();
};
for (let i = 0; i < 50; i++) {
  readWink(long);
  readCompromise(short);
}

console.log(`first load (ms): wink-nlp + wink-eng-lite-web-model ${winkLoad.toFixed(0)}, compromise ${compromiseLoad.toFixed(0)}`);
console.log(`numbers (${NUMBERS.length}): wink-nlp marks the whole span of ${numbersSpanned}; compromise gives the right value for ${numbersValued}`);
console.log(`lemmas (${LEMMAS.length}): wink-nlp ${lemmasWink}, compromise ${lemmasCompromise}`);
console.log(`negation scope (${NEGATED.length} negated words, ${CONTROLS.length} controls): wink-nlp ${scope} in scope, ${controls} controls clear; compromise tags the negator only (no scope)`);
console.log(`read 4,000 characters, median ms: wink-nlp ${median(() => readWink(long), 200).toFixed(2)}, compromise ${median(() => readCompromise(long), 30).toFixed(2)}`);
console.log(`read ${short.length} characters, median ms: wink-nlp ${median(() => readWink(short), 400).toFixed(3)}, compromise ${median(() => readCompromise(short), 60).toFixed(3)}`);
