// A report copied out of a PDF, pasted into the page with the keyboard from
// the real clipboard: the page reads it as its paragraphs (a figure across a
// line break reads whole, no wrapped line is a heading) and its page
// numbers and running headers as chrome, in the real WebAssembly. The text
// is a fixture of tests/pdf (Chromium's print to PDF, then poppler's
// pdftotext -layout). Debian's Chromium, as in page.test.mjs.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make page` (dist/, the built page) and /usr/bin/chromium.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage } from './harness.mjs';

let page;
let origin;
let problems = [];
let close = async () => {};

before(async () => {
  ({ page, origin, problems, close } = await openPage());
});

after(async () => {
  await close();
});

/** Pastes `text` into the emptied article by keyboard, from the real
 * clipboard, and waits for its analysis. */
async function paste(text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('#article').fill('');
  await page.locator('#article').focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(
    (t) => document.getElementById('status').dataset.state === 'done' && window.__solieu?.text === t,
    text.replace(/\r\n?/g, '\n'),
  );
}

const FIXTURE = readFileSync(join(ROOT, 'tests/pdf/vi-kiemtoan-bhxh-2015.layout.txt'), 'utf8');

test('a PDF copy pasted by keyboard reads as its paragraphs, its page furniture as chrome', { timeout: 30_000 }, async () => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await paste(FIXTURE);
  const a = await page.evaluate(() => window.__solieu.analysis);
  // Every page number that closes a page is chrome, and holds no figure.
  const numbers = [...FIXTURE.matchAll(/^ *(-\s*\d+\s*-) *\n[\n ]*\f/gm)];
  assert.ok(numbers.length >= 2, 'the fixture has page numbers');
  for (const m of numbers) {
    const start = m.index + m[0].indexOf(m[1]);
    assert.ok(a.outline.boilerplate.some((b) => b.start === start), `${m[1]} is chrome`);
    assert.ok(!a.figures.some((f) => f.start >= start && f.end <= start + m[1].length), `no figure in ${m[1]}`);
  }
  // A figure cut by a line break reads whole, its unit with it.
  const across = a.figures.filter((f) => f.text.includes('\n'));
  assert.ok(across.length >= 5, `figures across a wrap: ${across.map((f) => f.text)}`);
  assert.ok(across.every((f) => f.kind !== 'number'), 'each with what it counts');
  // No heading is a line the page's width cut out of a paragraph: each is
  // a whole line of the copy.
  const lines = new Set(FIXTURE.split('\n').map((l) => l.trim()));
  assert.ok(a.outline.sections.length >= 3, 'the sections are found');
  for (const s of a.outline.sections) {
    assert.ok(lines.has(s.heading.trim()), `heading ${JSON.stringify(s.heading)} is a whole line`);
  }
  // The outline panel shows the headline, not its running copy above it.
  assert.equal(a.outline.title.text, 'Kiểm toán Bảo hiểm Xã hội, lộ nhiều vấn đề');
  assert.ok(a.outline.title.start > FIXTURE.indexOf('Kiểm toán Bảo hiểm'), 'the headline, not the running header');
  assert.match(await page.locator('#outline').textContent(), /Kiểm toán Bảo hiểm Xã hội, lộ nhiều vấn đề/);
  assert.deepEqual(problems, []);
});

test('a table pasted from a spreadsheet: cells carry their labels, its total row is checked', { timeout: 30_000 }, async () => {
  const table = 'Kết quả tuyển sinh năm 2024\n\nĐơn vị\tNam (người)\tNữ (người)\nHuyện A\t150\t120\nHuyện B\t836\t700\nHuyện C\t25\t30\nTổng cộng\t1.038\t850\n';
  await paste(table);
  const a = await page.evaluate(() => window.__solieu.analysis);
  assert.equal(a.outline.tables.length, 1);
  assert.equal(a.outline.tables[0].rows.length, 5);
  const b = a.figures.find((f) => f.text === '836');
  assert.deepEqual(
    { row: b.cell.row_label, column: b.cell.column_label },
    { row: 'Huyện B', column: 'Nam (người)' },
  );
  // The planted slip is named by its row and column, in the checks panel too.
  const wrong = a.checks.find((c) => !c.ok);
  assert.equal(wrong.explanation, 'Tổng cộng, Nam (người): 150 + 836 + 25 = 1.011 ≠ 1.038 ✗');
  assert.match(await page.locator('#checks').textContent(), /150 \+ 836 \+ 25/);
  // The outline panel shows the table as the paste gives it, its header as heads.
  const shown = page.locator('#outline figure.cells table');
  assert.equal(await shown.locator('tr').count(), 5);
  assert.deepEqual(await shown.locator('th').allTextContents(), ['Đơn vị', 'Nam (người)', 'Nữ (người)']);
  // The figures table groups the table's figures under its name, each
  // with its row and column. (A check fails: the checks' tab is the one
  // open; the figures are a tab away.)
  assert.equal(await page.getAttribute('#rtab-checks', 'aria-selected'), 'true');
  await page.click('#rtab-figures');
  const group = page.locator('#figures tbody tr.group');
  assert.equal(await group.count(), 1);
  assert.match(await group.textContent(), /^(Table|Bảng) 1$/);
  const first = await page.locator('#figures tbody tr.group + tr').getAttribute('data-id');
  assert.equal(a.figures[Number(first)].cell.table, 0);
  // The keyboard steps over the group's row: from the figure above it
  // (the caption's year) straight to the table's first figure.
  await page.locator('#figures tbody tr[data-id]').first().focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), first);
  assert.match(await page.locator(`#figures tr[data-id="${b.id}"] td.sentence`).textContent(), /836 — Huyện B · Nam \(người\)/);
  // The export carries the labels as columns.
  await page.click('#copy');
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const rows = tsv.trimEnd().split('\n').map((l) => l.split('\t'));
  const header = rows[0];
  const row = rows.find((r) => r[header.indexOf('Figure')] === '836');
  assert.deepEqual(
    [row[header.indexOf('Row')], row[header.indexOf('Column')]],
    ['Huyện B', 'Nam (người)'],
  );
  // Its value and unit in columns of their own: a sheet reads 836 people.
  assert.deepEqual(
    ['Kind', 'Number', 'Unit'].map((c) => row[header.indexOf(c)]),
    ['count', '836', 'người'],
  );
  assert.deepEqual(problems, []);
});

test('a table copied by pdftotext -layout: its columns read by position, its total row checked', { timeout: 30_000 }, async () => {
  // The real fixture: Chromium's PDF of a statistics yearbook table, copied
  // back with pdftotext -layout (columns one space apart: "31.005,00 30.203,00").
  const table = readFileSync(join(ROOT, 'tests/tables-layout/vi-vinhphuc-lua-dongxuan-2018-2022.txt'), 'utf8');
  await paste(table);
  const a = await page.evaluate(() => window.__solieu.analysis);
  assert.equal(a.outline.tables.length, 1);
  const t = a.outline.tables[0];
  assert.equal(t.header_rows, 1);
  assert.deepEqual(t.rows[0].map((c) => c.text), ['', '2018', '2019', '2020', '2021', 'Sơ bộ Prel. 2022']);
  // Two numbers one space apart are two cells, each under its year, in
  // hectares from the unit line two blank lines above.
  const f = a.figures.find((x) => x.text === '30.203,00');
  assert.deepEqual(
    { row: f.cell.row_label, column: f.cell.column_label, value: f.value, unit: f.unit },
    { row: 'TỔNG SỐ - TOTAL', column: '2019', value: 30203, unit: 'ha' },
  );
  // Every year's total adds up, named by its row and column.
  assert.equal(a.checks.length, 5);
  assert.ok(a.checks.every((c) => c.ok));
  assert.match(a.checks[1].explanation, /^TỔNG SỐ - TOTAL, 2019: 1\.302,4 \+ 2\.101 \+ /);
  assert.match(await page.locator('#checks').textContent(), /TỔNG SỐ - TOTAL, 2019/);
  // The outline panel shows it as a table, the years as its heads.
  const shown = page.locator('#outline figure.cells table');
  assert.deepEqual((await shown.locator('th').allTextContents()).slice(1), ['2018', '2019', '2020', '2021', 'Sơ bộ Prel. 2022']);
  assert.deepEqual(problems, []);
});
