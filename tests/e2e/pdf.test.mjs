// A report copied out of a PDF, pasted into the page with the keyboard from
// the real clipboard: the page reads it as its paragraphs (a figure across a
// line break reads whole, no wrapped line is a heading) and its page
// numbers and running headers as chrome, in the real WebAssembly. The text
// is a fixture of tests/pdf (Chromium's print to PDF, then poppler's
// pdftotext -layout). Debian's Chromium, as in page.test.mjs.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make wasm` (www/pkg) and /usr/bin/chromium.

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

const FIXTURE = readFileSync(join(ROOT, 'tests/pdf/vi-kiemtoan-bhxh-2015.layout.txt'), 'utf8');

test('a PDF copy pasted by keyboard reads as its paragraphs, its page furniture as chrome', { timeout: 30_000 }, async () => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), FIXTURE);
  await page.locator('#article').focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(
    (t) =>
      document.getElementById('status').dataset.state === 'done' && window.__solieu?.text === t,
    FIXTURE.replace(/\r\n?/g, '\n'),
  );
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
