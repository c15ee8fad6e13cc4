// Side-by-side timing of solieu against Microsoft Recognizers-Text
// (@microsoft/recognizers-text-suite) on the English articles of the corpus,
// both running in this one Node process.
//
//     cd tests/bench/recognizers && npm install && node compare.mjs
//     CORPUS=/some/dir node compare.mjs      (default: /work/shared/corpus)
//     RUNS_SOLIEU=50 RUNS_RECOGNIZERS=3 node compare.mjs
//
// What is measured, per article, with performance.now() wall-clock time:
//   - solieu: one call of the WASM `analyze(text, {language: 'en'})`, including
//     the hand-over of the result document to JavaScript.
//   - Recognizers-Text: one pass of every English recogniser below over the
//     whole article, one after the other, summed (they are independent models,
//     so covering numbers, money, measures and dates takes all of them).
// Each side gets one untimed warm-up run per article (which also lets
// Recognizers-Text build and cache its English models: its recognize*
// functions construct a recogniser per call, but the compiled models are kept
// in a process-wide cache), then the median of N timed runs.
//
// "Figures" counts solieu's `figures` (never overlapping) and, for
// Recognizers-Text, every result of every recogniser (a span found by two
// recognisers, e.g. "$5" by the number and the currency models, counts twice),
// plus the number of distinct [start, end] spans in brackets.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Recognizers from '@microsoft/recognizers-text-suite';
import { initSync, analyze } from '../../../www/pkg/solieu.js';

const RUNS_SOLIEU = Number(process.env.RUNS_SOLIEU ?? 50);
const RUNS_RECOGNIZERS = Number(process.env.RUNS_RECOGNIZERS ?? 3);
const CORPUS = process.env.CORPUS
  ?? fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url)); // /work/shared/corpus

// solieu: the web build (make wasm), instantiated synchronously from its bytes.
initSync({ module: readFileSync(new URL('../../../www/pkg/solieu_bg.wasm', import.meta.url)) });

// Recognizers-Text: the English models of the suite that find figures.
const { Culture } = Recognizers;
const RECOGNIZERS = {
  number: (t) => Recognizers.recognizeNumber(t, Culture.English),
  ordinal: (t) => Recognizers.recognizeOrdinal(t, Culture.English),
  percentage: (t) => Recognizers.recognizePercentage(t, Culture.English),
  currency: (t) => Recognizers.recognizeCurrency(t, Culture.English),
  dimension: (t) => Recognizers.recognizeDimension(t, Culture.English),
  age: (t) => Recognizers.recognizeAge(t, Culture.English),
  temperature: (t) => Recognizers.recognizeTemperature(t, Culture.English),
  // A fixed reference date so that relative dates resolve the same every run.
  datetime: (t) => Recognizers.recognizeDateTime(t, Culture.English, undefined, new Date('2025-01-01T00:00:00Z')),
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `fn` once untimed, then `n` times timed; returns the median ms and the last result. */
function time(fn, n) {
  let result = fn();
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), result };
}

const names = readdirSync(CORPUS).filter((n) => /^en-.*\.txt$/.test(n)).sort();
if (!names.length) throw new Error(`no en-*.txt articles in ${CORPUS}`);

// The first call of each recogniser builds its models: shown once, not in the table.
const sample = 'On 3 March 2021 the price rose 5% to $12.5 million, 3 km away, at 20 degrees.';
const firstCall = {};
for (const [name, fn] of Object.entries(RECOGNIZERS)) {
  const t0 = performance.now();
  fn(sample);
  firstCall[name] = performance.now() - t0;
}

const rows = [];
const perRecognizer = Object.fromEntries(Object.keys(RECOGNIZERS).map((k) => [k, 0]));
for (const file of names) {
  const text = readFileSync(join(CORPUS, file), 'utf8');

  const solieu = time(() => analyze(text, { language: 'en' }), RUNS_SOLIEU);

  // Each recogniser timed on its own (median of its runs); the article's
  // Recognizers-Text time is the sum of these medians.
  let recognizersMs = 0;
  const results = [];
  for (const [name, fn] of Object.entries(RECOGNIZERS)) {
    const r = time(() => fn(text), RUNS_RECOGNIZERS);
    recognizersMs += r.ms;
    perRecognizer[name] += r.ms;
    results.push(...r.result);
  }
  const spans = new Set(results.map((r) => `${r.start}:${r.end}`)).size;

  rows.push({
    article: file.replace(/\.txt$/, ''),
    bytes: Buffer.byteLength(text),
    solieuMs: solieu.ms,
    recognizersMs,
    ratio: recognizersMs / solieu.ms,
    solieuFigures: solieu.result.figures.length,
    recognizersFigures: `${results.length} (${spans})`,
  });
}

const header = ['article', 'bytes', 'solieu ms', 'Recognizers ms', 'ratio', 'solieu figs', 'Recognizers figs (spans)'];
const table = rows.map((r) => [r.article, String(r.bytes), r.solieuMs.toFixed(3), r.recognizersMs.toFixed(1),
  r.ratio.toFixed(0) + '×', String(r.solieuFigures), r.recognizersFigures]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

console.log(`solieu: median of ${RUNS_SOLIEU} runs; Recognizers-Text (${Object.keys(RECOGNIZERS).join(' + ')}): sum of per-recogniser medians of ${RUNS_RECOGNIZERS} runs; each after a warm-up run; corpus ${CORPUS}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log();
console.log('Recognizers-Text per recogniser, ms summed over the articles: '
  + Object.entries(perRecognizer).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
console.log('Recognizers-Text first call (model construction), ms: '
  + Object.entries(firstCall).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
console.log(`minimum ratio (Recognizers / solieu): ${Math.min(...rows.map((r) => r.ratio)).toFixed(1)}×`);

// For tests/bench/summary.mjs, which prints every target in one table.
const out = fileURLToPath(new URL('../../../target/bench/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'recognizers.json'), JSON.stringify({ rows, minRatio: Math.min(...rows.map((r) => r.ratio)) }, null, 1));
