// The page in a real browser: Debian's Chromium driven by playwright-core,
// the page served by an in-process static server under a path prefix.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make page` (dist/, the built page) and /usr/bin/chromium. Writes docs/screenshot.png.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPUS, ROOT, openPage, row as rowOf, showSample, waitForAnalysis as analysed } from './harness.mjs';

const SCREENSHOT = join(ROOT, 'docs/screenshot.png');

let page;
let origin;
let requests = [];
let problems = [];
let close = async () => {};

before(async () => {
  ({ page, origin, requests, problems, close } = await openPage());
});

after(async () => {
  await close();
});

/** The figures-table row whose text cell is exactly `text`. */
const row = (text) => rowOf(page, text);
const waitForAnalysis = () => analysed(page);

test('a first visit opens on an empty article to paste into, and fetches no sample', async () => {
  await page.waitForFunction(() => /paste an article/.test(document.getElementById('status').textContent));
  assert.equal(await page.inputValue('#article'), '');
  assert.equal(await page.getAttribute('#tab-edit', 'aria-selected'), 'true');
  assert.ok(await page.locator('#article').isVisible(), 'the textarea is there to paste into');
  assert.deepEqual(requests.filter((u) => u.includes('/samples/')), []);
});

test('the Vietnamese sample, picked, loads and its figures are read', { timeout: 30_000 }, async () => {
  await showSample(page);
  const r = row('1.038 lượt');
  await r.waitFor();
  assert.equal(await r.count(), 1);
  assert.equal(await r.getAttribute('data-kind'), 'count');
  assert.equal(await r.locator('td.value').getAttribute('data-value'), '1038');
  await waitForAnalysis();
  assert.match(await page.textContent('#status'), /^\d+ figures in [\d.]+ ms/);
});

test('the outline shows the title', async () => {
  await page.click('#rtab-outline');
  const title = page.locator('#outline .title');
  await title.waitFor();
  assert.equal(
    (await title.textContent()).trim(),
    'Hậu Giang: Quý I-2023, công tác xây dựng Đảng đạt kết quả toàn diện',
  );
  await page.click('#rtab-figures');
});

test('the checks panel marks the stated sum', async () => {
  await page.click('#rtab-checks');
  const ok = page.locator('#checks li.ok');
  await ok.first().waitFor({ state: 'attached' });
  await page.click('#checks li.passing summary');
  assert.match(await ok.first().locator('button.check').textContent(), /^✓Adds up150 \+ 863 \+ 25 = 1,038 lượt$/);
  await page.click('#rtab-figures');
});

test('screenshot of the Vietnamese sample at 1280x900', async () => {
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  // The highlighted view, with a figure picked from the table.
  assert.equal(await page.getAttribute('#tab-read', 'aria-selected'), 'true');
  await page.locator('#view mark.fig').first().waitFor();
  await row('1.038 lượt').click();
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: SCREENSHOT });
});

test('pasting an English article replaces the figures', { timeout: 30_000 }, async () => {
  const text = readFileSync(join(CORPUS, 'en-apple-q3-2010.txt'), 'utf8');
  await page.click('#tab-edit'); // the page opens on the highlighted view
  await page.fill('#article', text); // fill() fires the input event
  const r = row('$15.7 billion');
  await r.waitFor();
  assert.equal(await r.getAttribute('data-kind'), 'money');
  assert.equal(await r.locator('td.value').getAttribute('data-value'), '15700000000');
  assert.equal(await row('1.038 lượt').count(), 0, 'the Vietnamese figures are gone');
  await waitForAnalysis();
  assert.match(await page.textContent('#status'), /· en ·/);
});

test('a text in neither language is und, and the page says so', { timeout: 30_000 }, async () => {
  const text =
    'O governo anunciou nesta segunda-feira um pacote de medidas para conter a inflação, que chegou ' +
    'a 5,8% em doze meses. Segundo o ministro, as ações devem reduzir o preço dos combustíveis em ' +
    '1.234.567 reais até 31/12/2024, quando o Banco Central espera uma taxa menor. A oposição ' +
    'criticou o plano e disse que 20 km de estrada custam 4,2 milhões.';
  await page.fill('#article', text);
  const r = row('5,8%');
  await r.waitFor();
  assert.equal(await r.locator('td.value').getAttribute('data-value'), '5.8');
  await waitForAnalysis();
  assert.match(await page.textContent('#status'), /· und ·.*language not supported/);
});

test('the newest text wins when edits come quickly', { timeout: 30_000 }, async () => {
  for (const n of [11, 22, 33, 44]) await page.fill('#article', `Profit rose ${n}% this year.`);
  await row('44%').waitFor();
  await waitForAnalysis();
  const texts = await page.locator('#figures td.text').allTextContents();
  assert.ok(texts.includes('44%'));
  assert.ok(!texts.some((t) => /^(11|22|33)%$/.test(t)), `stale figures shown: ${texts}`);
});

test('pasted markup is shown as text, never run', { timeout: 30_000 }, async () => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> 12%';
  await page.fill('#article', evil);
  await row('12%').waitFor();
  await waitForAnalysis();
  await page.waitForTimeout(200); // give an injected handler the chance to run
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img, main script, .results img, .results script').count(), 0);
  assert.equal(await page.locator('img').count(), 0);
});

test('every request stays on the local server', () => {
  assert.ok(requests.length > 0);
  const away = requests.filter((u) => !u.startsWith(origin + '/'));
  assert.deepEqual(away, []);
  assert.ok(requests.some((u) => u.endsWith('/deep/prefix/pkg/solieu_bg.wasm')), 'the WASM came from under the prefix');
});

test('no page errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
