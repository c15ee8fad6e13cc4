// www/format.js writes figures' values for a reader, in plain Node with its
// real Intl (full ICU): both interface locales, every kind the analysis
// gives, ranges, and values the page does not expect.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cachedFormats,
  fmtArithmetic,
  fmtCompact,
  fmtDate,
  fmtScale,
  fmtDuration,
  fmtFigure,
  fmtMoney,
  fmtNumber,
  fmtValue,
  warmFormats,
} from '../../www/format.js';

const VI = 'vi-VN';
const EN = 'en-US';
// ICU puts no-break and narrow no-break spaces where a space goes; which one
// is ICU's choice, so the tests read them all as spaces.
const plain = (s) => (s === null ? s : s.replace(/[\u00a0\u202f]/g, ' '));

/** Asserts `fn(locale)` for both locales: [vi, en]. */
function both(fn, [vi, en]) {
  assert.equal(plain(fn(VI)), vi, VI);
  assert.equal(plain(fn(EN)), en, EN);
}

test('numbers: grouping and decimals of each locale, up to six decimals', () => {
  both((l) => fmtNumber(1038, l), ['1.038', '1,038']);
  both((l) => fmtNumber(1038.5, l), ['1.038,5', '1,038.5']);
  both((l) => fmtNumber(-0.1234567, l), ['-0,123457', '-0.123457']);
  both((l) => fmtNumber(0, l), ['0', '0']);
});

test('money: a currency code gets its sign and two decimals only when needed', () => {
  both((l) => fmtMoney(36.2e9, 'VND', l), ['36.200.000.000 ₫', '₫36,200,000,000']);
  both((l) => fmtMoney(15.7e9, 'USD', l), ['15.700.000.000 US$', '$15,700,000,000']);
  both((l) => fmtMoney(2.5, 'USD', l), ['2,50 US$', '$2.50']);
  // Not an ISO code: a plain number.
  both((l) => fmtMoney(2.5, 'tỷ', l), ['2,5', '2.5']);
  both((l) => fmtMoney(7, null, l), ['7', '7']);
  both((l) => fmtValue('money', 15.7e9, 'USD', l), ['15.700.000.000 US$', '$15,700,000,000']);
  both((l) => fmtValue('money', 'a lot', 'USD', l), ['a lot', 'a lot']);
});

test('percent', () => {
  both((l) => fmtValue('percent', 5.2, '%', l), ['5,2%', '5.2%']);
  both((l) => fmtValue('percent', 100, '%', l), ['100%', '100%']);
  both((l) => fmtValue('percent', 'half', '%', l), ['half', 'half']);
});

test('dates: day, month, year, a time, each written the way its language does', () => {
  both((l) => fmtDate('2023-03-05', l), ['5/3/2023', '5 Mar 2023']);
  both((l) => fmtDate('2021-05-18', l), ['18/5/2021', '18 May 2021']);
  both((l) => fmtDate('2023-03', l), ['tháng 3 năm 2023', 'March 2023']);
  both((l) => fmtDate('2023', l), ['2023', '2023']);
  both((l) => fmtDate('2024-03-05T10:30', l), ['5/3/2024 10:30', '5 Mar 2024 10:30']);
  both((l) => fmtDate('T10:30:15', l), ['10:30:15', '10:30:15']);
  // UTC throughout: the last day of a month stays that day in any time zone.
  both((l) => fmtDate('2020-12-31', l), ['31/12/2020', '31 Dec 2020']);
  both((l) => fmtValue('date', '2023-03-05', null, l), ['5/3/2023', '5 Mar 2023']);
});

test('dates without a year, and quarters', () => {
  both((l) => fmtDate('--03-05', l), ['5/3 (không rõ năm)', '5 March (no year)']);
  both((l) => fmtDate('2023-Q1', l), ['Q1 2023', 'Q1 2023']);
  both((l) => fmtDate('--Q2', l), ['Q2 (không rõ năm)', 'Q2 (no year)']);
});

test('dates the page does not know are shown as they came', () => {
  for (const odd of ['2023-13-05', '2023-02-32', '2023-Q5', 'hôm qua', '', '23-03-05']) {
    both((l) => fmtDate(odd, l), [odd, odd]);
  }
});

test('periods: one end or two', () => {
  both((l) => fmtValue('period', '2023-01/2023-03', null, l), ['tháng 1 năm 2023 – tháng 3 năm 2023', 'January 2023 – March 2023']);
  both((l) => fmtValue('period', '2023-Q1', null, l), ['Q1 2023', 'Q1 2023']);
  both((l) => fmtValue('period', '2022/2023', null, l), ['2022 – 2023', '2022 – 2023']);
});

test('durations in words; anything else as it came', () => {
  both((l) => fmtDuration('P3Y', l), ['3 năm', '3 years']);
  both((l) => fmtDuration('PT2H30M', l), ['2 giờ 30 phút', '2 hours 30 minutes']);
  both((l) => fmtDuration('P1D', l), ['1 ngày', '1 day']);
  both((l) => fmtDuration('P1.5W', l), ['1,5 tuần', '1.5 weeks']);
  both((l) => fmtValue('duration', 'P2M', null, l), ['2 tháng', '2 months']);
  for (const odd of ['P', 'PT', '3 hours', 'P3X']) both((l) => fmtDuration(odd, l), [odd, odd]);
});

test('ratios, scores, references, counts and what has no value', () => {
  both((l) => fmtValue('ratio', [3, 4], null, l), ['3 / 4', '3 / 4']);
  both((l) => fmtValue('ratio', [1000, 3], null, l), ['1.000 / 3', '1,000 / 3']);
  both((l) => fmtValue('score', [4, 1], null, l), ['4 – 1', '4 – 1']);
  both((l) => fmtValue('ratio', '3:4', null, l), ['3:4', '3:4']);
  both(
    (l) => fmtValue('reference', { type: 'Nghị quyết', number: '16', year: null, code: 'NQ-HĐND' }, null, l),
    ['Nghị quyết 16/NQ-HĐND', 'Nghị quyết 16/NQ-HĐND'],
  );
  both((l) => fmtValue('reference', { type: 'Regulation (EU)', number: '679', year: '2016' }, null, l), ['Regulation (EU) 679/2016', 'Regulation (EU) 679/2016']);
  both((l) => fmtValue('reference', 'Luật Đất đai', null, l), ['Luật Đất đai', 'Luật Đất đai']);
  both((l) => fmtValue('count', 1038, null, l), ['1.038', '1,038']);
  both((l) => fmtValue('quantity', 25.5, 'km', l), ['25,5', '25.5']);
  both((l) => fmtValue('ordinal', 2, null, l), ['2', '2']);
  both((l) => fmtValue('number', { odd: 1 }, null, l), ['{"odd":1}', '{"odd":1}']);
  both((l) => fmtValue('count', null, null, l), ['—', '—']);
  both((l) => fmtValue('money', undefined, 'USD', l), ['—', '—']);
});

test('a figure with a high end reads as a range', () => {
  both((l) => fmtFigure({ kind: 'percent', value: 5, high: 7 }, l), ['5% – 7%', '5% – 7%']);
  both((l) => fmtFigure({ kind: 'money', value: 1e6, high: 2.5e6, unit: 'USD' }, l), ['1.000.000 US$ – 2.500.000 US$', '$1,000,000 – $2,500,000']);
  both((l) => fmtFigure({ kind: 'money', value: 1.5, high: 2.25, unit: 'USD' }, l), ['1,50 US$ – 2,25 US$', '$1.50 – $2.25']);
  both((l) => fmtFigure({ kind: 'period', value: '2023-Q1', high: '2023-Q3' }, l), ['Q1 2023 – Q3 2023', 'Q1 2023 – Q3 2023']);
  both((l) => fmtFigure({ kind: 'count', value: 1038, high: null }, l), ['1.038', '1,038']);
  both((l) => fmtFigure({ kind: 'date', value: '2023-03-05' }, l), ['5/3/2023', '5 Mar 2023']);
});

test('a value formatting throws on is shown as it came', () => {
  const odd = { toString() { throw new Error('odd'); }, raw: 1 };
  assert.equal(fmtFigure({ kind: 'date', value: odd, high: null }, EN), '{"raw":1}');
  assert.equal(fmtFigure({ kind: 'date', value: '2023', high: odd }, EN), '["2023",{"raw":1}]');
});

test('compact readings of large amounts, and none of small ones or other kinds', () => {
  both((l) => fmtCompact({ kind: 'money', value: 15.7e9, unit: 'USD' }, l), ['15,7 tỷ', '15.7 billion']);
  both((l) => fmtCompact({ kind: 'count', value: 1.25e6 }, l), ['1,25 triệu', '1.25 million']);
  both((l) => fmtCompact({ kind: 'number', value: -3e6 }, l), ['-3 triệu', '-3 million']);
  both((l) => fmtCompact({ kind: 'money', value: 999_999 }, l), [null, null]);
  both((l) => fmtCompact({ kind: 'percent', value: 15.7e9 }, l), [null, null]);
  both((l) => fmtCompact({ kind: 'date', value: '2023' }, l), [null, null]);
});

test('formats are made once per locale and options, and warmed up front', () => {
  for (const l of [VI, EN]) warmFormats(l);
  const made = cachedFormats();
  for (const l of [VI, EN]) {
    warmFormats(l);
    fmtFigure({ kind: 'money', value: 36.2e9, unit: 'VND' }, l);
    fmtFigure({ kind: 'percent', value: 12.5 }, l);
    fmtFigure({ kind: 'date', value: '2024-01-02' }, l);
    fmtCompact({ kind: 'count', value: 2e6 }, l);
  }
  assert.equal(cachedFormats(), made, 'no new format for kinds already warmed');
  fmtDuration('PT5S', EN); // seconds: no test before this one wrote any
  assert.equal(cachedFormats(), made + 1, 'a new kind of format is made once');
  fmtDuration('PT9S', EN);
  assert.equal(cachedFormats(), made + 1);
});

test('an unknown currency falls back to the locale’s number format', () => {
  // A well-formed code the runtime has no data for still formats.
  assert.match(plain(fmtMoney(5, 'XYZ', EN)), /XYZ\s?5/);
});

test('format.js touches no DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const { readFileSync } = await import('node:fs');
  const src = readFileSync(new URL('../../www/format.js', import.meta.url), 'utf8');
  assert.doesNotMatch(src, /\b(document|window|navigator|localStorage)\b/);
});

test('fmtScale names a scale in the interface language, from CLDR through Intl', () => {
  assert.equal(fmtScale(1, 'en-US'), '');
  assert.equal(fmtScale(1e6, 'en-US'), 'million');
  assert.equal(fmtScale(1e9, 'en-US'), 'billion');
  assert.equal(fmtScale(1e6, 'vi-VN'), 'triệu');
  assert.equal(fmtScale(1e9, 'vi-VN'), 'tỷ');
  assert.equal(fmtScale(1e12, 'vi-VN'), 'nghìn tỷ');
});

test('fmtArithmetic writes a check\'s numbers in the interface\'s format, a table\'s labels as written', () => {
  const vi = { group: '.', decimal: ',' };
  const en = { group: ',', decimal: '.' };
  assert.equal(fmtArithmetic('150 + 836 + 25 = 1.011 ≠ 1.038', vi, 'en-US'), '150 + 836 + 25 = 1,011 ≠ 1,038');
  assert.equal(fmtArithmetic('440,5 / 1.091,1 = 40,4%', vi, 'en-US'), '440.5 / 1,091.1 = 40.4%');
  assert.equal(fmtArithmetic('−164.4 + 221.2 = 56.8', en, 'vi-VN'), '−164,4 + 221,2 = 56,8');
  assert.equal(fmtArithmetic('1,961 − 320 = 1,641', en, 'en-US'), '1,961 − 320 = 1,641');
  // The year in the column's label stays a year.
  assert.equal(fmtArithmetic('TỔNG SỐ - TOTAL, 2019: 1.302,4 + 2.101 = 3.403,4', vi, 'en-US'), 'TỔNG SỐ - TOTAL, 2019: 1,302.4 + 2,101 = 3,403.4');
  assert.equal(fmtArithmetic('4% → 6% = +2 pp ≠ +2% (+50%)', en, 'vi-VN'), '4% → 6% = +2 pp ≠ +2% (+50%)');
  // Without the marks, as it came.
  assert.equal(fmtArithmetic('1.038', undefined, 'en-US'), '1.038');
});
