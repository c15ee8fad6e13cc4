// www/figure-list.js: which figures the table lists and in which order, in
// plain Node (filters by kind, section and search, folded diacritics, sort).
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterFigures, filtering, fold, sortKey } from '../../www/figure-list.js';

const text = 'Thu 1.038 lượt khám. Chi 300 triệu đồng, tăng 12%. Ngày 5/3 có 25 người.';
const at = (s) => [text.indexOf(s), text.indexOf(s) + s.length];
const fig = (id, kind, s, value, section, unit = null) => {
  const [start, end] = at(s);
  const sentence = [text.lastIndexOf('.', start) + 1, text.indexOf('.', end) + 1];
  return { id, kind, text: s, start, end, value, high: null, unit, qualifier: 'exact', section, sentence };
};
const figures = [
  fig(0, 'count', '1.038 lượt', 1038, null, 'lượt'),
  fig(1, 'money', '300 triệu đồng', 3e8, 7, 'VND'),
  fig(2, 'percent', '12%', 12, 7, '%'),
  fig(3, 'date', '5/3', '--03-05', 8),
  fig(4, 'count', '25 người', 25, 8, 'người'),
];
const sections = new Map([
  [7, { id: 7, start: text.indexOf('Chi'), end: text.indexOf('Ngày'), heading: 'Chi' }],
  [8, { id: 8, start: text.indexOf('Ngày'), end: text.length, heading: 'Ngày' }],
]);
const result = { text, analysis: { figures }, sections };
const none = { kind: '', section: '', search: '', sort: null };
const ids = (list) => list.map((f) => f.id);

test('fold: lower case without diacritics, đ as d', () => {
  assert.equal(fold('Lượt ĐẢNG viên'), 'luot dang vien');
  assert.equal(fold(null), '');
});

test('no filter: every figure, in the article’s order', () => {
  assert.deepEqual(ids(filterFigures(result, none)), [0, 1, 2, 3, 4]);
  assert.equal(filtering(none), false);
  assert.deepEqual(filterFigures(null, none), []);
});

test('by kind, by section, outside any section', () => {
  assert.deepEqual(ids(filterFigures(result, { ...none, kind: 'count' })), [0, 4]);
  assert.deepEqual(ids(filterFigures(result, { ...none, section: '7' })), [1, 2]);
  assert.deepEqual(ids(filterFigures(result, { ...none, section: 'none' })), [0]);
  assert.deepEqual(ids(filterFigures(result, { ...none, kind: 'count', section: '8' })), [4]);
  assert.equal(filtering({ ...none, section: 'none' }), true);
});

test('search: the figure as written, its value and its unit, with or without diacritics; its sentence when asked', () => {
  assert.deepEqual(ids(filterFigures(result, { ...none, search: 'luot' })), [0]);
  assert.deepEqual(ids(filterFigures(result, { ...none, search: 'người' })), [4]);
  // The value, as a plain number and as the table shows it.
  assert.deepEqual(ids(filterFigures(result, { ...none, search: '1038' })), [0]);
  assert.deepEqual(ids(filterFigures(result, { ...none, search: '300,000,000' }, 'en-US')), [1]);
  assert.deepEqual(ids(filterFigures(result, { ...none, search: '300.000.000' }, 'vi-VN')), [1]);
  assert.deepEqual(ids(filterFigures(result, { ...none, search: 'vnd' })), [1]);
  // A word of the sentence only, not of the figure: found only when asked.
  assert.deepEqual(ids(filterFigures(result, { ...none, search: ' TĂNG ' })), []);
  assert.deepEqual(ids(filterFigures(result, { ...none, search: ' TĂNG ', inSentences: true })), [1, 2]);
  assert.deepEqual(ids(filterFigures(result, { ...none, search: 'người', inSentences: true })), [3, 4]);
  assert.deepEqual(ids(filterFigures(result, { ...none, search: 'nothing like it', inSentences: true })), []);
  assert.equal(filtering({ ...none, search: '   ' }), false);
});

test('sort: numbers by size, before words either way, ties in the article’s order', () => {
  const up = filterFigures(result, { ...none, sort: { col: 'value', dir: 1 } });
  assert.deepEqual(ids(up), [2, 4, 0, 1, 3]);
  // Descending: the largest amount first, the date (a word) still after the numbers.
  const down = filterFigures(result, { ...none, sort: { col: 'value', dir: -1 } });
  assert.deepEqual(ids(down), [1, 0, 4, 2, 3]);
  const byText = filterFigures(result, { ...none, sort: { col: 'text', dir: 1 } }, 'vi-VN');
  assert.deepEqual(ids(byText), [0, 3, 2, 4, 1], 'numeric collation: 1.038, 5/3, 12, 25, 300');
  const bySection = filterFigures(result, { ...none, sort: { col: 'section', dir: 1 } });
  assert.deepEqual(ids(bySection), [0, 1, 2, 3, 4]);
  assert.equal(sortKey(result, figures[1], 'kind', (k) => `kind ${k}`), 'kind money');
});
