// The figures as TSV and CSV (www/export.js), in plain Node.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLUMNS, cell, figureRow, parseCsv, toCsv, toTsv } from '../../www/export.js';

const text = 'Doanh thu đạt 1.038 tỷ đồng, tăng 12,5% so với "năm trước".\nTrang 2';
const figures = [
  { id: 0, kind: 'money', text: '1.038 tỷ đồng', start: 14, end: 27, value: 1038e9, high: null, unit: 'VND', qualifier: 'exact', change: null, section: null, sentence: [0, 58] },
  { id: 1, kind: 'percent', text: '12,5%', start: 34, end: 39, value: 12.5, high: null, unit: '%', qualifier: 'exact', change: { direction: 'up', by: 12.5 }, section: 3, sentence: [0, 58] },
  { id: 2, kind: 'ratio', text: '1/2', start: 0, end: 0, value: [1, 2], high: null, unit: null, qualifier: 'approx', change: null, section: 3, sentence: null },
  { id: 4, kind: 'period', text: '2019-2024', start: 0, end: 0, value: '2019/2024', high: null, unit: null, qualifier: 'exact', change: null, section: null, sentence: null },
  { id: 5, kind: 'duration', text: '10 năm', start: 0, end: 0, value: 'P10Y', high: null, unit: null, qualifier: 'exact', change: null, section: null, sentence: null },
  { id: 6, kind: 'reference', text: 'Nghị quyết số 16/NQ-HĐND', start: 0, end: 0, value: { type: 'Nghị quyết', number: '16', year: null, code: 'NQ-HĐND' }, high: null, unit: null, qualifier: 'exact', change: null, section: null, sentence: null },
  { id: 7, kind: 'count', text: '10-12 xã', start: 0, end: 0, value: 10, high: 12, unit: 'xã', qualifier: 'exact', change: null, section: null, sentence: null },
  { id: 3, kind: 'money', text: '12.300', start: 60, end: 66, value: 12300e9, high: null, unit: 'VND', qualifier: 'exact', change: null, section: null, sentence: [60, 66], cell: { table: 0, row: 1, column: 1, row_label: 'Doanh thu (tỷ đồng)', column_label: '2023' } },
];
const rows = [];
for (const f of figures) rows[f.id] = figureRow(f, text, (id) => `Mục ${id}, "chính"`);

test('cells: numbers as written by JavaScript, ranges as JSON, nothing as empty', () => {
  assert.equal(cell(1038000000000), '1038000000000');
  assert.equal(cell(12.5), '12.5');
  assert.equal(cell('2023-Q1'), '2023-Q1');
  assert.equal(cell([1, 2]), '[1,2]');
  assert.equal(cell({ type: 'Nghị định', number: '15' }), '{"type":"Nghị định","number":"15"}');
  assert.equal(cell(null), '');
  assert.equal(cell(undefined), '');
});

test('a figure row: one typed column per type of value, its section by name, its sentence, its id last', () => {
  const col = (r, c) => r[COLUMNS.indexOf(c)];
  assert.deepEqual(COLUMNS.slice(0, 3), ['text', 'kind', 'number'], 'no internal ids first');
  assert.equal(COLUMNS.at(-1), 'id');
  assert.deepEqual(rows[1], ['12,5%', 'percent', '12.5', '', '%', '', '', 'exact', '+12.5', 'Mục 3, "chính"', '', '', '', text.slice(0, 58), '1']);
  // A number in the number column, in full; an ISO code in its own; the rest apart.
  assert.equal(col(rows[0], 'number'), '1038000000000');
  assert.equal(col(rows[2], 'number'), '');
  assert.equal(col(rows[2], 'other'), '1/2');
  assert.equal(col(rows[4], 'date'), '2019/2024');
  assert.equal(col(rows[4], 'number'), '');
  assert.equal(col(rows[5], 'date'), 'P10Y');
  assert.equal(col(rows[6], 'other'), 'Nghị quyết 16/NQ-HĐND');
  assert.equal(col(rows[7], 'number'), '10');
  assert.equal(col(rows[7], 'high'), '12');
  // A figure in a table's cell: the table, its row's and its column's labels.
  assert.deepEqual(['table', 'row_label', 'column_label'].map((c) => col(rows[3], c)), ['1', 'Doanh thu (tỷ đồng)', '2023']);
  assert.equal(col(rows[0], 'section'), '');
  assert.equal(col(rows[2], 'sentence'), '');
  for (const r of rows) assert.equal(r.length, COLUMNS.length);
});

test('the header in the interface\'s language: the same columns in TSV and CSV', () => {
  const names = COLUMNS.map((c) => `H ${c}`);
  assert.deepEqual(toTsv(rows, names).split('\n')[0].split('\t'), names);
  assert.deepEqual(parseCsv(toCsv(rows, names))[0], names);
  assert.deepEqual(toTsv(rows, names).split('\n').slice(1), toTsv(rows).split('\n').slice(1));
});

test('TSV: a header row, one line per figure, no tab or line break inside a cell', () => {
  const tsv = toTsv([[...rows[0].slice(0, 14), 'a\tb\nc']]);
  const lines = tsv.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(lines[0].split('\t'), COLUMNS);
  assert.equal(lines[1].split('\t').at(-1), 'a b c');
});

test('CSV: RFC 4180 quoting and CRLF, and it parses back', () => {
  const csv = toCsv(rows);
  assert.ok(csv.endsWith('\r\n'));
  assert.ok(csv.includes('"Mục 3, ""chính"""'), csv);
  assert.deepEqual(parseCsv(csv), [COLUMNS, ...rows]);
  assert.deepEqual(parseCsv('a,"b\r\nc",d\r\n"x""y",,\r\n'), [['a', 'b\r\nc', 'd'], ['x"y', '', '']]);
});
