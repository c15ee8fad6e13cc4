// The page as a product: the highlighted view and the table lead to each
// other, the filters and sorting, copy / CSV / JSON, the checks panel, the
// outline, the samples and both interface languages. Debian's Chromium, as in
// page.test.mjs.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make page` (dist/, the built page) and /usr/bin/chromium.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREFIX, SAMPLE, WWW, openPage, row as rowOf, setArticle as setArticleIn, showSample, waitForAnalysis } from './harness.mjs';
import { parseCsv } from '../../www/export.js';

let page;
let browser;
let origin;
let problems = [];
let close = async () => {};

before(async () => {
  ({ page, browser, origin, problems, close } = await openPage());
  await showSample(page);
});

after(async () => {
  await close();
});

/** Waits until the analysis on screen is of the article as it stands now,
 *  whatever the interface language. */
function analysed(p) {
  return p.waitForFunction(
    () =>
      document.getElementById('status').dataset.state === 'done' &&
      window.__solieu?.text === document.getElementById('article').value,
  );
}

const row = (text) => rowOf(page, text);
const analysis = () => page.evaluate(() => window.__solieu.analysis);
const shownRows = () =>
  page.locator('#figures tbody tr[data-id]').evaluateAll((trs) =>
    trs.map((tr) => ({ id: Number(tr.dataset.id), kind: tr.dataset.kind, start: Number(tr.dataset.start) })),
  );

/** Replaces the article through the Edit tab, then goes back to the view. */
async function setArticle(text) {
  await page.click('#tab-edit');
  await page.fill('#article', text);
  await analysed(page);
  await page.click('#tab-read');
}

// ---- the highlighted view and the table -------------------------------------------

test('the view opens highlighted: one mark per figure, kinds and values on hover', async () => {
  assert.equal(await page.getAttribute('#tab-read', 'aria-selected'), 'true');
  assert.ok(await page.isVisible('#view'));
  assert.ok(await page.isHidden('#article'));
  const a = await analysis();
  const marks = await page.locator('#view mark.fig').evaluateAll((ms) =>
    ms.map((m) => ({ id: Number(m.dataset.id), kind: m.dataset.kind, text: m.textContent })),
  );
  assert.equal(marks.length, a.figures.length);
  for (const m of marks) {
    const f = a.figures[m.id];
    assert.equal(m.text, f.text);
    assert.equal(m.kind, f.kind);
  }
  // The tooltip is written when the mark is first pointed at or focused.
  const m = marks.find((x) => x.text === '1.038 lượt');
  const mark = page.locator(`#view mark.fig[data-id="${m.id}"]`);
  await mark.hover();
  assert.equal(await mark.getAttribute('title'), 'count: 1,038 lượt');
  const next = a.figures[m.id + 1];
  const other = page.locator(`#view mark.fig[data-id="${next.id}"]`);
  assert.equal(await other.getAttribute('title'), null, 'not written before it is needed');
  await other.focus();
  assert.ok((await other.getAttribute('title')).startsWith(`${next.kind}: `));
  // The view's text is the article's, all of it.
  assert.equal(await page.locator('#view').textContent(), (await page.evaluate(() => window.__solieu.text)));
  // The key names the five families.
  assert.equal(await page.locator('#legend li').count(), 5);
});

test('a figure clicked in the text opens its card beside it; "Show in the table" leads to its row, and the row back to the text', async () => {
  const mark = page.locator('#view mark.fig', { hasText: /^863 lượt$/ });
  await mark.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => scrollY);
  await mark.click();
  const card = page.locator('#figure-card');
  assert.ok(await card.isVisible());
  assert.match(await card.textContent(), /863 lượt → count: 863 lượt/);
  // Beside the figure: just under it, and the page did not move.
  const [m, c] = [await mark.boundingBox(), await card.boundingBox()];
  assert.ok(c.y >= m.y + m.height - 1 && c.y <= m.y + m.height + 12, `card at ${c.y}, mark ends at ${m.y + m.height}`);
  assert.equal(await page.evaluate(() => scrollY), y);
  const r = row('863 lượt');
  assert.match(await r.getAttribute('class'), /\bcurrent\b/, 'its row is marked, not jumped to');
  await card.getByRole('button', { name: 'Show in the table' }).click();
  assert.ok(await card.isHidden());
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr')?.querySelector('td.text')?.textContent), '863 lượt');
  // The way back: from the row to the figure in the text, focused.
  await r.locator('button.back').click();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '863 lượt');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MARK');
  // Keyboard: Enter on a focused mark opens the card on its first button; Enter again, the row; Escape closes it.
  const other = page.locator('#view mark.fig', { hasText: /^25 lượt$/ }).first();
  await other.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Show in the table');
  await page.keyboard.press('Escape');
  assert.ok(await card.isHidden());
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '25 lượt');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  assert.match(await row('25 lượt').first().getAttribute('class'), /\bcurrent\b/);
});

test('a row clicked in the table scrolls to its figure in the text and selects it in the textarea', async () => {
  await page.evaluate(() => (document.getElementById('view').scrollTop = 0));
  const r = row('106 đồng chí');
  const [start, end] = [Number(await r.getAttribute('data-start')), Number(await r.getAttribute('data-end'))];
  await r.click();
  const id = Number(await r.getAttribute('data-id'));
  const mark = page.locator(`#view mark[data-id="${id}"]`);
  assert.match(await mark.getAttribute('class'), /\bcurrent\b/);
  const inside = await mark.evaluate((m) => {
    const a = m.getBoundingClientRect();
    const v = document.getElementById('view').getBoundingClientRect();
    return a.top >= v.top && a.bottom <= v.bottom && document.activeElement === m;
  });
  assert.ok(inside, 'the mark is scrolled into the view and focused');
  assert.deepEqual(
    await page.evaluate(() => [document.getElementById('article').selectionStart, document.getElementById('article').selectionEnd]),
    [start, end],
  );
  // Keyboard: a focused row and Enter.
  const other = row('230 căn');
  await other.focus();
  await page.keyboard.press('Enter');
  const otherId = await other.getAttribute('data-id');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), otherId);
});

// ---- filters and sorting ------------------------------------------------------------

test('the kind filter shows the figures of one kind', async () => {
  const a = await analysis();
  await page.selectOption('#filter-kind', 'date');
  const rows = await shownRows();
  assert.deepEqual(rows.map((r) => r.id), a.figures.filter((f) => f.kind === 'date').map((f) => f.id));
  assert.match(await page.textContent('#filter-shown'), new RegExp(`^${rows.length} of ${a.figures.length} shown$`));
  await page.click('#filter-reset');
  assert.equal((await shownRows()).length, a.figures.length);
});

test('the section filter shows the figures inside a section', async () => {
  const a = await analysis();
  const s = a.outline.sections.find((x) => x.figures.length > 2);
  await page.selectOption('#filter-section', String(s.id));
  const rows = await shownRows();
  const want = a.figures.filter((f) => f.start >= s.start && f.start < s.end).map((f) => f.id);
  assert.ok(want.length > 0);
  assert.deepEqual(rows.map((r) => r.id), want);
  for (const r of await page.locator('#figures tbody td.section').allTextContents()) assert.ok(r.length > 0);
  await page.click('#filter-reset');
});

test('the search box matches the figure, its value and unit (its sentence when asked), with or without diacritics; the view dims what it hides', async () => {
  const a = await analysis();
  const text = await page.evaluate(() => window.__solieu.text);
  const has = (s, q) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase().includes(q);
  await page.fill('#filter-search', 'đảng viên');
  await page.waitForFunction(() => document.getElementById('filter-shown').textContent !== '');
  const own = (await shownRows()).map((r) => r.id);
  assert.ok(own.length > 0, 'figures counting đảng viên');
  for (const id of own) assert.ok(has(`${a.figures[id].text}\n${a.figures[id].unit ?? ''}`, 'dang vien'), a.figures[id].text);
  // The sentences too, when asked.
  await page.check('#filter-sentences');
  await page.waitForTimeout(300);
  const want = a.figures
    .filter((f) => `${f.text}\n${f.unit ?? ''}\n${text.slice(f.sentence[0], f.sentence[1])}`.toLowerCase().includes('đảng viên'))
    .map((f) => f.id);
  assert.ok(want.length > own.length && want.length < a.figures.length);
  assert.deepEqual((await shownRows()).map((r) => r.id), want);
  await page.fill('#filter-search', 'dang vien');
  await page.waitForTimeout(300);
  assert.deepEqual((await shownRows()).map((r) => r.id), want);
  // The view dims what the filter hides, and only that.
  const dim = await page.locator('#view mark.fig.dim').evaluateAll((ms) => ms.map((m) => Number(m.dataset.id)));
  const drawn = await page.locator('#view mark.fig').evaluateAll((ms) => ms.map((m) => Number(m.dataset.id)));
  assert.deepEqual(dim, drawn.filter((id) => !want.includes(id)));
  await page.uncheck('#filter-sentences');
  // A value as a number: 1038 finds "1.038 lượt", whose text has a dot.
  await page.fill('#filter-search', '1038');
  await page.waitForTimeout(300);
  const byValue = (await shownRows()).map((r) => a.figures[r.id]);
  assert.ok(byValue.length >= 1 && byValue.every((f) => f.value === 1038), JSON.stringify(byValue.map((f) => f.text)));
  await page.fill('#filter-search', 'no such words here');
  await page.waitForTimeout(300);
  assert.equal((await shownRows()).length, 0);
  assert.equal(await page.locator('#figures tbody tr.none').count(), 1);
  await page.click('#filter-reset');
  assert.equal(await page.inputValue('#filter-search'), '');
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#view mark.fig.dim').count(), 0, 'nothing dimmed without a filter');
});

test('a sort by value puts numbers in order across kinds, either way, and the rest after them', { timeout: 30_000 }, async () => {
  const before = await page.inputValue('#article');
  await setArticle('Over 10 years the debt rose to $16 trillion, with 300 new loans and 2.5% growth by 2030.');
  const th = page.locator('#figures th[data-col="value"]');
  await th.locator('button').click();
  await th.locator('button').click();
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  const texts = await page.locator('#figures tbody tr[data-id] td.text').allTextContents();
  assert.equal(texts[0], '$16 trillion', texts.join(' | '));
  const a = await analysis();
  const kinds = (await shownRows()).map((r) => typeof a.figures[r.id].value === 'number');
  assert.deepEqual(kinds, [...kinds].sort((x, y) => Number(y) - Number(x)), 'every number before every non-number');
  await page.evaluate(() => window.location.reload());
  await analysed(page);
  await setArticle(before);
});

test('clicking a column header sorts, aria-sort says how', async () => {
  const a = await analysis();
  const th = page.locator('#figures th[data-col="value"]');
  await th.locator('button').click();
  assert.equal(await th.getAttribute('aria-sort'), 'ascending');
  const numbers = (rows) =>
    rows.map((r) => a.figures[r.id].value).filter((v) => typeof v === 'number');
  const up = numbers(await shownRows());
  assert.ok(up.length > 10);
  assert.deepEqual(up, [...up].sort((x, y) => x - y));
  await th.locator('button').click();
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  const down = numbers(await shownRows());
  assert.deepEqual(down, [...down].sort((x, y) => y - x));
  const text = page.locator('#figures th[data-col="text"]');
  await text.locator('button').click();
  assert.equal(await text.getAttribute('aria-sort'), 'ascending');
  assert.equal(await th.getAttribute('aria-sort'), null);
  // Back to the article's order for what follows.
  await page.evaluate(() => window.location.reload());
  await analysed(page);
});

// ---- outline and checks --------------------------------------------------------------

test('a section in the outline leads to its heading and its figures', async () => {
  const a = await analysis();
  const s = a.outline.sections.find((x) => x.figures.length > 2 && x.heading_start > 2000);
  await page.click('#rtab-outline');
  await page.locator('#outline button[data-section]', { hasText: s.heading }).first().click();
  // The section's figures, in the figures' tab.
  assert.equal(await page.getAttribute('#rtab-figures', 'aria-selected'), 'true');
  assert.equal(await page.inputValue('#filter-section'), String(s.id));
  const rows = await shownRows();
  assert.ok(rows.length > 0 && rows.every((r) => r.start >= s.start && r.start < s.end));
  const visible = await page.evaluate((s) => {
    const v = document.getElementById('view');
    const box = v.getBoundingClientRect();
    const heading = [...v.querySelectorAll('.z-heading')].find((e) => e.textContent && s.heading.startsWith(e.textContent));
    const r = heading.getBoundingClientRect();
    return r.top >= box.top - 1 && r.top < box.bottom;
  }, s);
  assert.ok(visible, 'the heading is scrolled into the view');
  await page.click('#filter-reset');
});

test('a check, selected, highlights its figures', async () => {
  const a = await analysis();
  const c = a.checks[0];
  // In the checks' tab; passing, so behind the group's summary.
  await page.click('#rtab-checks');
  await page.click('#checks li.passing summary');
  await page.locator('#checks button[data-check="0"]').click();
  assert.equal(await page.getAttribute('#checks button[data-check="0"]', 'aria-pressed'), 'true');
  const ids = await page.locator('#view mark.checked').evaluateAll((ms) => ms.map((m) => Number(m.dataset.id)));
  assert.deepEqual(ids, [c.total, ...c.parts].sort((x, y) => x - y));
  await page.locator('#checks button[data-check="0"]').click();
  assert.equal(await page.locator('#view mark.checked').count(), 0);
  await page.click('#rtab-figures');
});

test('a check reads as a sentence: its verdict in words, the numbers in the interface\'s format with their unit and scale, its figures as written on the page', { timeout: 30_000 }, async () => {
  // A page of its own: the passing group's open state is the reader's, kept.
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(origin + PREFIX);
  await page.waitForFunction(() => document.getElementById('status').dataset.state !== 'busy');
  await setArticleIn(
    page,
    'Tổng kim ngạch xuất khẩu đạt 3,7 tỷ USD, trong đó nông sản 1,9 tỷ USD và thủy sản 1.800 triệu USD.\n\n' +
      'Khám 1.038 lượt (đương chức 150 lượt, hưu trí 836 lượt, Mẹ Việt Nam Anh hùng 25 lượt).\n\n' +
      'The share of renewables rose by 2 per cent, from 4 per cent in 2020 to 6 per cent in 2024.',
  );
  await waitForAnalysis(page);
  const failing = page.locator('#checks > li.bad');
  assert.equal(await failing.count(), 2);
  assert.equal(await failing.nth(0).locator('.verdict').textContent(), 'Does not add up · off by 27 lượt');
  assert.equal(await failing.nth(0).locator('.explanation').textContent(), '150 + 836 + 25 = 1,011 ≠ 1,038 lượt');
  assert.equal(await failing.nth(1).locator('.verdict').textContent(), 'Per cent written for percentage points');
  assert.equal(await failing.nth(1).locator('.explanation').textContent(), '4% → 6% = +2 pp ≠ +2% (+50%)');
  assert.equal(await page.locator('#checks [title]').count(), 0, 'no detail hidden in a tooltip');
  // The passing check behind its count, closed.
  const passing = page.locator('#checks > li.passing details');
  assert.equal(await passing.locator('summary').textContent(), 'Passing (1)');
  assert.equal(await passing.getAttribute('open'), null);
  assert.ok(await passing.locator('li.ok').isHidden());
  await passing.locator('summary').click();
  const ok = passing.locator('li.ok');
  // Parts in tỷ and triệu, shown in one scale, which the line names.
  assert.equal(await ok.locator('.explanation').textContent(), '1,900 + 1,800 = 3,700 million USD');
  assert.equal(await ok.locator('.verdict').textContent(), 'Adds up');
  await ok.locator('button.check').click();
  // Picked: its figures as the article writes them, and the sentence, on the page.
  const detail = await ok.locator('.check-detail').innerText();
  assert.match(detail, /Total\s+3,7 tỷ USD/);
  assert.match(detail, /Parts\s+1,9 tỷ USD · 1\.800 triệu USD/);
  assert.match(detail, /Where\s+Tổng kim ngạch xuất khẩu đạt 3,7 tỷ USD, trong đó/);
  // A passing check's figures are ringed in the passing colour, a failing one's in the failing colour.
  const ring = () => page.locator('#view mark.checked').first().evaluate((m) => getComputedStyle(m).boxShadow);
  const colour = (name) => page.evaluate((n) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${n})`;
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  }, name);
  await page.click('#tab-read');
  assert.ok((await ring()).includes(await colour('--ok')), 'passing: the passing colour');
  await failing.nth(0).locator('button.check').click();
  assert.ok((await ring()).includes(await colour('--bad')), 'failing: the failing colour');
  assert.equal(await passing.getAttribute('open'), '', 'the passing group stays open as the reader left it');
  // The Vietnamese interface: its number format and its words for the scale.
  await page.selectOption('#ui-language', 'vi');
  assert.equal(await page.locator('#checks li.ok .explanation').textContent(), '1.900 + 1.800 = 3.700 triệu USD');
  assert.equal(await page.locator('#checks li.ok .verdict').textContent(), 'Cộng lại khớp');
  assert.equal(await page.locator('#checks li.bad .verdict').first().textContent(), 'Cộng lại không khớp · lệch 27 lượt');
  await ctx.close();
});

test('dismissing: "Not a figure" and "Does not apply" take a figure and a check out of the table, the checks, the counts and the exports; kept with the article through edits and reloads, cleared with it', { timeout: 60_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const p = await ctx.newPage();
  await p.goto(origin + PREFIX);
  await p.waitForFunction(() => document.getElementById('status').dataset.state !== 'busy');
  const article =
    'Khám 1.038 lượt (đương chức 150 lượt, hưu trí 836 lượt, Mẹ Việt Nam Anh hùng 25 lượt).\n\n' +
    'The share of renewables rose by 2 per cent, from 4 per cent in 2020 to 6 per cent in 2024.';
  await setArticleIn(p, article);
  await waitForAnalysis(p);
  const rowTexts = () => p.locator('#figures tbody tr[data-id] td.text').allTextContents();
  const count = async () => Number(await p.textContent('#figure-count'));
  const total = (await p.evaluate(() => window.__solieu.analysis.figures.length));
  assert.equal(await count(), total);
  assert.equal((await p.textContent('#checks-summary')).trim(), '2 failing, 0 passing');
  // Checks fail: their tab is open. The figures' tab:
  assert.equal(await p.getAttribute('#rtab-checks', 'aria-selected'), 'true');
  await p.click('#rtab-figures');
  // The ✕ of a row: "2020" is not a figure, the reader says.
  await p.locator('#figures tbody tr').filter({ has: p.locator('td.text', { hasText: /^2020$/ }) }).locator('button.dismiss').click();
  assert.ok(!(await rowTexts()).includes('2020'));
  assert.equal(await count(), total - 1);
  assert.match(await p.textContent('#figures-dismissed'), /Dismissed as not figures: 1\./);
  await p.click('#tab-read');
  assert.match(await p.locator('#view mark.fig', { hasText: /^2020$/ }).getAttribute('class'), /\bdismissed\b/);
  // Delete on a focused row; a check that counts that figure goes with it.
  await p.locator('#figures tbody tr').filter({ has: p.locator('td.text', { hasText: /^836 lượt$/ }) }).focus();
  await p.keyboard.press('Delete');
  assert.equal(await count(), total - 2);
  assert.equal((await p.textContent('#checks-summary')).trim(), '1 failing, 0 passing');
  assert.equal(await p.locator('#view mark.fig.dismissed').count(), 2);
  // "Does not apply" on the last check.
  await p.click('#rtab-checks');
  await p.locator('#checks li.bad button.dismiss').click();
  assert.equal(await p.locator('#checks li.bad').count(), 0);
  assert.match(await p.textContent('#checks-dismissed'), /Dismissed as not applying: 2\./);
  // The exports follow.
  await p.click('#rtab-figures');
  await p.click('#copy');
  const tsv = await p.evaluate(() => navigator.clipboard.readText());
  const figs = tsv.trimEnd().split('\n').slice(1).map((l) => l.split('\t')[0]);
  assert.equal(figs.length, total - 2);
  assert.ok(!figs.includes('2020') && !figs.includes('836 lượt'));
  // Kept with the article: through a reload, and through an edit above them.
  await p.reload();
  await waitForAnalysis(p);
  assert.equal(await count(), total - 2);
  await setArticleIn(p, `Mở đầu năm 2019.\n\n${article}`);
  await waitForAnalysis(p);
  assert.ok(!(await rowTexts()).includes('2020') && (await rowTexts()).includes('năm 2019'), (await rowTexts()).join(' | '));
  assert.equal(await p.locator('#checks li.bad').count(), 0);
  // Restore brings the figures back (and the check that counted one).
  await p.click('#rtab-figures');
  await p.locator('#figures-dismissed button').click();
  assert.ok((await rowTexts()).includes('2020'));
  assert.equal(await p.locator('#checks li.bad').count(), 1, 'the sum is back; the check dismissed itself stays out');
  await p.locator('#figures tbody tr').filter({ has: p.locator('td.text', { hasText: /^2020$/ }) }).locator('button.dismiss').click();
  // Cleared with the article: Clear, the same text again, nothing dismissed.
  await p.click('#clear');
  await p.reload();
  await setArticleIn(p, article);
  await waitForAnalysis(p);
  await p.click('#rtab-figures');
  assert.equal(await count(), total);
  assert.equal((await p.textContent('#checks-summary')).trim(), '2 failing, 0 passing');
  await ctx.close();
});

test('the results are tabs, one panel at a time: the failing checks open first, then the reader\'s pick; print shows all', { timeout: 60_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  const p = await ctx.newPage();
  await p.goto(origin + PREFIX);
  await showSample(p);
  const open = () => p.evaluate(() => ['checks', 'figures', 'outline'].filter((n) => !document.getElementById(`${n}-panel`).hidden));
  // Nothing fails in the sample: the figures.
  assert.deepEqual(await open(), ['figures']);
  assert.equal(await p.textContent('#rtab-checks-count'), '');
  // Every panel is on the first screen: its tab is within the window.
  for (const n of ['checks', 'figures', 'outline']) {
    const box = await p.locator(`#rtab-${n}`).boundingBox();
    assert.ok(box.y + box.height <= 768 && box.height >= 44, `${n}'s tab on the first screen, 44 px tall`);
  }
  // A failing check: the checks open, their tab says how many fail.
  await setArticleIn(p, 'Khám 1.038 lượt (đương chức 150 lượt, hưu trí 836 lượt, Mẹ Việt Nam Anh hùng 25 lượt).');
  await waitForAnalysis(p);
  assert.deepEqual(await open(), ['checks']);
  assert.equal(await p.textContent('#rtab-checks-count'), '1 failing');
  // The reader's pick, by click or by arrows, holds through the next analysis.
  await p.click('#rtab-outline');
  assert.deepEqual(await open(), ['outline']);
  await p.keyboard.press('ArrowLeft');
  assert.deepEqual(await open(), ['figures']);
  assert.equal(await p.evaluate(() => document.activeElement.id), 'rtab-figures');
  await setArticleIn(p, 'Khám 1.038 lượt (đương chức 150 lượt, hưu trí 863 lượt, Mẹ Việt Nam Anh hùng 25 lượt). Thêm 12 lượt.');
  await waitForAnalysis(p);
  assert.deepEqual(await open(), ['figures']);
  // A figure picked in the text shows its row in the figures' tab.
  await p.click('#rtab-outline');
  await p.click('#tab-read');
  await p.locator('#view mark.fig').first().click();
  await p.click('#figure-card >> text=Show in the table');
  assert.deepEqual(await open(), ['figures']);
  // Printed, every panel.
  await p.emulateMedia({ media: 'print' });
  for (const n of ['checks', 'figures', 'outline']) assert.ok(await p.locator(`#${n}-panel`).isVisible(), `${n} printed`);
  await ctx.close();
});

test('failing checks come first, with ✗ and their arithmetic', { timeout: 30_000 }, async () => {
  await setArticle(
    'Khám 1.038 lượt (đương chức 150 lượt, hưu trí 836 lượt, Mẹ Việt Nam Anh hùng 25 lượt). ' +
      'Tổng 45 người (30 người nam, 15 người nữ).',
  );
  const a = await analysis();
  assert.deepEqual(a.checks.map((c) => c.ok), [false, true]);
  const items = page.locator('#checks > li');
  assert.equal(await items.count(), 2, 'the failing check, then the passing ones in one group');
  assert.match(await items.nth(0).getAttribute('class'), /\bbad\b/);
  // In the interface's number format (en-US), with the unit.
  assert.match(await items.nth(0).locator('button.check').textContent(), /^✗.*≠ 1,038 lượt$/);
  assert.match(await items.nth(1).getAttribute('class'), /\bpassing\b/);
  assert.match(await items.nth(1).locator('li.ok button.check').textContent(), /^✓/);
  assert.equal((await page.textContent('#checks-summary')).trim(), '1 failing, 1 passing');
  // In the article's order the failing one was first too; put it second.
  await setArticle(
    'Tổng 45 người (30 người nam, 15 người nữ). ' +
      'Khám 1.038 lượt (đương chức 150 lượt, hưu trí 836 lượt, Mẹ Việt Nam Anh hùng 25 lượt).',
  );
  const b = await analysis();
  assert.deepEqual(b.checks.map((c) => c.ok), [true, false]);
  assert.match(await items.nth(0).getAttribute('class'), /\bbad\b/);
  assert.equal(await items.nth(0).locator('button.check').getAttribute('data-check'), '1');
});

test('a paste in the highlighted view replaces the article, and undo in Edit brings it back', { timeout: 30_000 }, async () => {
  const before = await page.inputValue('#article');
  await page.click('#tab-read');
  await page.focus('#view');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<h1>Pasted</h1><p>Sales rose 14% to 3 million units.</p>');
    dt.setData('text/plain', 'Pasted\n\nSales rose 14% to 3 million units.');
    document.getElementById('view').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => window.__solieu?.text.startsWith('Pasted'));
  await analysed(page);
  assert.equal(await page.getAttribute('#tab-read', 'aria-selected'), 'true');
  assert.equal(await page.locator('#view mark.fig').count(), 2);
  assert.deepEqual((await page.evaluate(() => window.__solieu.blocks)).map((b) => b.kind), ['h1', 'p']);
  await page.click('#tab-edit');
  await page.keyboard.press('Control+z');
  await analysed(page);
  assert.equal(await page.inputValue('#article'), before);
  await page.click('#tab-read');
});

test('no scroll jump: a paste by keyboard in the view, a sample picked, a file opened leave the page where it was', { timeout: 60_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const p = await ctx.newPage();
  await p.goto(origin + PREFIX);
  await showSample(p);
  // A long article, so that the page stays taller than the window after it.
  const long = Array.from({ length: 60 }, (_, i) => `Doanh thu quý ${i + 1} đạt ${1200 + i} tỷ đồng, gồm ${700 + i} tỷ đồng bán lẻ và 500 tỷ đồng bán buôn.`).join('\n\n');
  /** Every scroll position of the page, from every scroll event and every
   *  frame, while `act` runs and the analysis it starts is drawn. */
  async function positions(act) {
    await p.evaluate(() => {
      // Room below the page, so that a shorter result never clamps the
      // scroll: any change seen is one the page made.
      if (!document.getElementById('room')) {
        const room = document.createElement('div');
        room.id = 'room';
        room.style.height = '3000px';
        document.body.append(room);
      }
      window.scrollTo(0, 200);
      window.__at = [];
      const note = () => window.__at.push(Math.round(document.scrollingElement.scrollTop));
      addEventListener('scroll', note, { capture: true, passive: true });
      const frame = () => {
        note();
        window.__frame = requestAnimationFrame(frame);
      };
      frame();
    });
    await act();
    await analysed(p);
    await p.waitForTimeout(300);
    return p.evaluate(() => {
      cancelAnimationFrame(window.__frame);
      return [...new Set(window.__at)];
    });
  }
  await p.evaluate((t) => navigator.clipboard.writeText(t), long);
  const pasted = await positions(async () => {
    await p.evaluate(() => document.getElementById('view').focus({ preventScroll: true }));
    await p.keyboard.press('Control+V');
    await p.waitForFunction(() => window.__solieu?.text.startsWith('Doanh thu quý 1 '));
  });
  assert.deepEqual(pasted, [200], 'paste by keyboard in the highlighted view');
  const picked = await positions(async () => {
    await p.selectOption('#sample', SAMPLE);
    await p.waitForFunction(() => window.__solieu?.text.startsWith('Hậu Giang'));
  });
  assert.deepEqual(picked, [200], 'a sample picked');
  const opened = await positions(async () => {
    await p.setInputFiles('#file', { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(long) });
    await p.waitForFunction(() => window.__solieu?.text.startsWith('Doanh thu quý 1 '));
  });
  assert.deepEqual(opened, [200], 'a file opened');
  await ctx.close();
});

test('by keyboard: skip links first, the Edit tab a Tab stop, the table one Tab stop with the arrows inside it', { timeout: 60_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  const p = await ctx.newPage();
  await p.goto(origin + PREFIX);
  await showSample(p);
  const active = () =>
    p.evaluate(() => {
      const a = document.activeElement;
      return { id: a.id, tag: a.tagName, text: a.textContent.trim().slice(0, 40), row: a.matches('#figures tbody tr[data-id]'), inOutline: !!a.closest('#outline'), top: a.getBoundingClientRect().top };
    });
  // The first Tab from the top of the page (a click there starts the
  // keyboard's walk from it): a skip link, in sight.
  const fromTop = () => p.mouse.click(2, 2);
  await fromTop();
  await p.keyboard.press('Tab');
  const first = await active();
  assert.equal(first.text, 'Skip to the checks');
  assert.ok(first.top >= 0, 'the focused skip link is on screen');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  assert.equal((await active()).text, 'Skip to the outline');
  await p.keyboard.press('Enter');
  assert.equal((await active()).id, 'outline-title');
  // From the top of the page to the results' tabs by Tab alone, a few
  // dozen presses at most, the table's 63 rows one stop among them (it
  // was one per row); then the outline is one arrow key away.
  await fromTop();
  let presses = 0;
  let rowStops = 0;
  for (; presses < 200; presses += 1) {
    await p.keyboard.press('Tab');
    const a = await active();
    if (a.row) rowStops += 1;
    if (a.id.startsWith('rtab-')) break;
  }
  assert.ok(presses < 40, `${presses} presses to the results' tabs`);
  await p.keyboard.press('End');
  assert.equal((await active()).id, 'rtab-outline');
  assert.equal(await p.getAttribute('#rtab-outline', 'aria-selected'), 'true');
  await p.keyboard.press('Tab');
  assert.ok((await active()).inOutline, 'Tab goes into the outline');
  // Back on the figures: the whole table is one Tab stop.
  await p.click('#rtab-figures');
  for (let i = 0; i < 60; i += 1) {
    await p.keyboard.press('Tab');
    const a = await active();
    if (a.row) rowStops += 1;
    if (a.tag === 'BODY' || a.id === 'rtab-checks' || a.text.startsWith('Skip')) break;
  }
  assert.equal(rowStops, 1, 'the table is one Tab stop');
  // The Edit tab is a Tab stop after Highlighted.
  await p.focus('#tab-read');
  await p.keyboard.press('Tab');
  assert.equal((await active()).id, 'tab-edit');
  // Inside the table: arrows, Page keys, Home and End move the one stop.
  const rows = p.locator('#figures tbody tr[data-id]');
  await rows.first().focus();
  const focusedId = () => p.evaluate(() => document.activeElement.dataset.id);
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
  await p.keyboard.press('ArrowDown');
  assert.equal(await focusedId(), ids[1]);
  await p.keyboard.press('End');
  assert.equal(await focusedId(), ids.at(-1));
  await p.keyboard.press('PageUp');
  assert.equal(await focusedId(), ids.at(-11));
  await p.keyboard.press('Home');
  assert.equal(await focusedId(), ids[0]);
  await p.keyboard.press('ArrowDown');
  assert.equal(await p.locator('#figures tbody tr[tabindex="0"]').count(), 1);
  assert.equal(await p.locator('#figures tbody tr[tabindex="0"]').getAttribute('data-id'), ids[1], 'the stop is where the reader left it');
  await p.keyboard.press('Tab');
  assert.equal((await active()).row, false, 'Tab leaves the table');
  await ctx.close();
});

test('the tabs follow the keyboard: arrows move between Highlighted and Edit', async () => {
  await page.focus('#tab-read');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-edit', 'aria-selected'), 'true');
  assert.ok(await page.isVisible('#article'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-edit');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getAttribute('#tab-read', 'aria-selected'), 'true');
  assert.ok(await page.isHidden('#article'));
  // Arrows inside the view (one Tab stop) walk from figure to figure.
  await page.focus('#view');
  await page.evaluate(() => getSelection().removeAllRanges());
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), '0');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), '1');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), '0');
  // From a caret put in the text, to the figures after it and before it.
  const third = await page.evaluate(() => {
    const m = document.querySelectorAll('#view mark.fig')[2];
    const r = document.createRange();
    r.setStartBefore(m);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
    document.getElementById('view').focus();
    return m.dataset.id;
  });
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), third);
  assert.match(await page.textContent('#figure-info'), /→/);
});

// ---- samples ---------------------------------------------------------------------------

test('the samples selector loads either sample', { timeout: 30_000 }, async () => {
  for (const [file, figure] of [
    ['samples/en-apple-q3-2010.txt', '$15.7 billion'],
    ['samples/vi-haugiang-q1-2023.txt', '1.038 lượt'],
  ]) {
    await page.selectOption('#sample', file);
    await page.waitForFunction((f) => window.__solieu?.text.includes(f), figure);
    await analysed(page);
    assert.equal(await page.inputValue('#article'), readFileSync(join(WWW, file), 'utf8'));
    await row(figure).first().waitFor();
    assert.equal(await page.getAttribute('#tab-read', 'aria-selected'), 'true');
    assert.equal(await page.inputValue('#sample'), '', 'the selector is ready for the next pick');
  }
});

// ---- getting results out ---------------------------------------------------------------

/** The export's columns, as the English interface heads them. */
const HEADERS = ['Figure', 'Kind', 'Number', 'Up to', 'Unit', 'Date or period (ISO 8601)', 'Other value', 'Qualifier', 'Change', 'Section', 'Table', 'Row', 'Column', 'Sentence', 'Id'];

function assertRowsAreFigures(rows, a, text) {
  assert.deepEqual(rows[0], HEADERS);
  const col = (r, name) => r[HEADERS.indexOf(name)];
  const body = rows.slice(1);
  assert.equal(body.length, a.figures.length);
  body.forEach((r, i) => {
    const f = a.figures[i];
    assert.equal(r.length, HEADERS.length);
    assert.equal(col(r, 'Id'), String(f.id));
    assert.equal(col(r, 'Figure'), f.text);
    assert.equal(col(r, 'Kind'), f.kind);
    // Each value in the one column of its type, the others empty.
    const iso = ['date', 'period', 'duration'].includes(f.kind);
    if (typeof f.value === 'number' && !iso) {
      assert.equal(Number(col(r, 'Number')), f.value);
      assert.equal(col(r, 'Date or period (ISO 8601)'), '');
    } else if (iso) {
      assert.equal(col(r, 'Date or period (ISO 8601)').split('/')[0], String(f.value).split('/')[0]);
      assert.equal(col(r, 'Number'), '');
    } else {
      assert.notEqual(col(r, 'Other value'), '', f.text);
      assert.equal(col(r, 'Number'), '');
    }
    assert.equal(col(r, 'Unit'), f.unit ?? '');
    assert.equal(col(r, 'Qualifier'), f.qualifier);
    assert.equal(col(r, 'Sentence'), text.slice(f.sentence[0], f.sentence[1]).trim().replace(/[\t\r\n]+/g, ' '));
  });
}

test('"Copy figures" puts tab-separated figures on the clipboard', async () => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('export-note').textContent !== '');
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const a = await analysis();
  const text = await page.evaluate(() => window.__solieu.text);
  const rows = tsv.trimEnd().split('\n').map((l) => l.split('\t'));
  assertRowsAreFigures(rows, a, text);
  assert.match(await page.textContent('#export-note'), new RegExp(`Copied ${a.figures.length} figures`));
});

test('"Copy figures" copies the filtered figures only', async () => {
  await page.selectOption('#filter-kind', 'count');
  await page.click('#copy');
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const a = await analysis();
  const kinds = tsv.trimEnd().split('\n').slice(1).map((l) => l.split('\t')[1]);
  assert.equal(kinds.length, a.figures.filter((f) => f.kind === 'count').length);
  assert.ok(kinds.every((k) => k === 'count'));
  await page.click('#filter-reset');
});

test('"Download CSV" saves RFC 4180 CSV with a byte-order mark, one row per figure', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
  assert.equal(download.suggestedFilename(), 'solieu-figures.csv');
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  assert.ok(csv.includes('\r\n'));
  const a = await analysis();
  assertRowsAreFigures(parseCsv(csv), a, await page.evaluate(() => window.__solieu.text));
});

test('"Download JSON" saves the analysis document as it is', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#json')]);
  assert.equal(download.suggestedFilename(), 'solieu-analysis.json');
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(json, await analysis());
});

test('print shows the highlighted text and the table, no controls', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    assert.ok(await page.isVisible('#view mark.fig >> nth=0'));
    assert.ok(await page.isVisible('#figures'));
    for (const hidden of ['#copy', '#filter-kind', '#tab-edit', '#sample', '#ui-language', '#article']) {
      assert.ok(await page.isHidden(hidden), `${hidden} is hidden in print`);
    }
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

// ---- interface languages -------------------------------------------------------------

test('the interface switches to Vietnamese and back, and remembers', { timeout: 30_000 }, async () => {
  await page.selectOption('#ui-language', 'vi');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.equal((await page.textContent('#tab-read')).trim(), 'Tô sáng');
  assert.equal((await page.textContent('#tab-edit')).trim(), 'Sửa');
  assert.equal((await page.textContent('#figures-title > span')).trim(), 'Số liệu');
  assert.equal((await page.textContent('#copy')).trim(), 'Sao chép số liệu');
  assert.match(await page.textContent('#status'), /^\d+ số liệu trong [\d.]+ ms · vi/);
  // Values in the reader's locale: 1.038 in Vietnamese, 1,038 in English.
  assert.equal((await row('1.038 lượt').locator('td.value > span').first().textContent()).trim(), '1.038');
  assert.equal((await row('1.038 lượt').locator('td:nth-child(2)').textContent()).trim(), 'số lượng');
  assert.equal(await page.title(), 'solieu — số liệu của một bài viết');

  const again = await page.context().newPage();
  await again.goto(origin + PREFIX);
  await analysed(again);
  assert.equal(await again.getAttribute('html', 'lang'), 'vi', 'the choice is remembered');
  await again.close();

  await page.selectOption('#ui-language', 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('#tab-read')).trim(), 'Highlighted');
  assert.equal((await row('1.038 lượt').locator('td.value > span').first().textContent()).trim(), '1,038');
});

test('the interface language follows the browser: vi-VN → Vietnamese, en-US → English', { timeout: 30_000 }, async () => {
  for (const [locale, lang, tab] of [['vi-VN', 'vi', 'Tô sáng'], ['en-US', 'en', 'Highlighted']]) {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    try {
      const p = await context.newPage();
      await p.goto(origin + PREFIX);
      // A first visit: an empty article, the interface ready for a paste.
      await p.waitForFunction(() => document.getElementById('status').dataset.state === 'idle');
      assert.equal(await p.getAttribute('html', 'lang'), lang, locale);
      assert.equal(await p.inputValue('#ui-language'), lang);
      assert.equal((await p.textContent('#tab-read')).trim(), tab);
      assert.equal(await p.inputValue('#language'), 'auto', 'the analysis language stays auto-detected');
    } finally {
      await context.close();
    }
  }
});

// ---- large texts ---------------------------------------------------------------------

test('a 3.7 MB article: the view and the table render a part, and grow a step at a time', { timeout: 120_000 }, async () => {
  const sample = readFileSync(join(WWW, 'samples/vi-haugiang-q1-2023.txt'), 'utf8');
  const big = Array.from({ length: 320 }, () => sample).join('\n\n');
  await page.click('#tab-edit');
  await page.evaluate((big) => {
    const ta = document.getElementById('article');
    ta.value = big;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  await page.waitForFunction(
    () => document.getElementById('status').dataset.state === 'done' && window.__solieu?.text.length > 3e6,
    null,
    { timeout: 100_000 },
  );
  await page.click('#tab-read');
  const a = await analysis();
  assert.ok(a.figures.length > 15_000);
  const marks = await page.locator('#view mark.fig').count();
  assert.ok(marks > 0 && marks <= 3000, `${marks} marks`);
  assert.ok((await page.locator('#figures tbody tr').count()) <= 500);
  assert.match(await page.textContent('#view-note'), /Showing the first/);
  // A figure beyond what is rendered: the view grows to reach it, one step
  // past it and no further (a bound in nodes, not in time: no task draws
  // the whole text), and the table by one step of rows.
  await page.selectOption('#filter-kind', 'count');
  await page.locator('#rows-note button').click();
  // Drawn a slice of rows per task: counted once the slices are done.
  await page.waitForFunction(() => document.querySelectorAll('#figures tbody tr').length > 500);
  await page.waitForTimeout(500);
  const rows = await page.locator('#figures tbody tr').count();
  assert.ok(rows > 500 && rows <= 1000, `${rows} rows after one "Show more"`);
  const last = page.locator('#figures tbody tr').last();
  await last.click();
  const id = Number(await last.getAttribute('data-id'));
  await page.locator(`#view mark[data-id="${id}"]`).waitFor();
  assert.ok(id >= marks, `figure ${id} was beyond the ${marks} marks drawn`);
  const grown = await page.locator('#view mark.fig').count();
  assert.ok(grown > id && grown <= id + 1 + 3000, `${grown} marks drawn to reach figure ${id}`);
  assert.ok(grown < a.figures.length, 'not the whole text');
  await page.click('#filter-reset');
});

test('no page errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});

test('on a phone (390×844): one scroll container, targets 44 px tall, a tapped figure opens its card where it is', { timeout: 60_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', hasTouch: true, isMobile: true });
  const p = await ctx.newPage();
  await p.goto(origin + PREFIX);
  await showSample(p);
  // The article is not a box scrolling inside the scrolling page.
  const inner = await p.evaluate(() => {
    const v = document.getElementById('view');
    return { scroll: v.scrollHeight, client: v.clientHeight, overflow: getComputedStyle(v).overflowY };
  });
  assert.ok(inner.scroll <= inner.client + 1 || inner.overflow === 'visible', JSON.stringify(inner));
  // Every control on screen is a finger's height.
  const small = await p.evaluate(() =>
    [...document.querySelectorAll('button, select, input:not([type="checkbox"]), summary, [role="tab"], label.in-sentences')]
      .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => [e.id || e.className || e.tagName, Math.round(e.getBoundingClientRect().height)])
      .filter(([, h]) => h < 44),
  );
  assert.deepEqual(small, []);
  // A tap on a figure: its card under it, the page where it was.
  const mark = p.locator('#view mark.fig', { hasText: /^1\.038 lượt$/ });
  await mark.scrollIntoViewIfNeeded();
  const y = await p.evaluate(() => scrollY);
  await mark.tap();
  assert.ok(await p.locator('#figure-card').isVisible());
  assert.equal(await p.evaluate(() => scrollY), y);
  // The results' tabs at the foot of the screen wherever one is; a tap on
  // one shows its panel on screen.
  const bar = await p.locator('.results-tabs').boundingBox();
  assert.ok(bar.y >= 0 && bar.y + bar.height <= 844 + 1, `the tabs at ${bar.y}`);
  await p.locator('#rtab-outline').tap();
  const panel = await p.locator('#outline-panel').boundingBox();
  assert.ok(panel.y >= -1 && panel.y < 844, `the outline at ${panel.y}`);
  await ctx.close();
});
