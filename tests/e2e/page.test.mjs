// The page in a real browser: Debian's Chromium driven by playwright-core,
// the page served by an in-process static server under a path prefix.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make wasm` (www/pkg) and /usr/bin/chromium. Writes docs/screenshot.png.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = join(ROOT, 'www');
const CORPUS = resolve(ROOT, process.env.CORPUS ?? '../shared/corpus');
const PREFIX = '/deep/prefix/';
const SCREENSHOT = join(ROOT, 'docs/screenshot.png');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves www/ under PREFIX and nothing else. */
function startServer() {
  const server = createServer(async (req, res) => {
    const send = (code, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(code, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(PREFIX)) return send(404, 'not found');
      let file = resolve(WWW, '.' + path.slice(PREFIX.length - 1));
      if (file !== WWW && !file.startsWith(WWW + sep)) return send(403, 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (body === null) return send(404, 'not found');
      return send(200, body, MIME[extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(400, 'bad request');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

let server;
let browser;
let page;
let origin;
const requests = [];
const problems = [];

before(async () => {
  server = await startServer();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(origin + PREFIX, { waitUntil: 'load', timeout: 15_000 });
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

/** The figures-table row whose text cell is exactly `text`. */
function row(text) {
  return page.locator('#figures tbody tr').filter({
    has: page.locator('td.text', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
}

async function waitForAnalysis() {
  await page.waitForFunction(() => /\d+ figures in [\d.]+ ms/.test(document.getElementById('status').textContent));
}

test('the Vietnamese sample loads and its figures are read', { timeout: 30_000 }, async () => {
  const r = row('1.038 lượt');
  await r.waitFor();
  assert.equal(await r.count(), 1);
  assert.equal(await r.getAttribute('data-kind'), 'count');
  assert.equal(await r.locator('td.value').getAttribute('data-value'), '1038');
  await waitForAnalysis();
  assert.match(await page.textContent('#status'), /^\d+ figures in [\d.]+ ms/);
});

test('the outline shows the title', async () => {
  const title = page.locator('#outline .title');
  await title.waitFor();
  assert.equal(
    (await title.textContent()).trim(),
    'Hậu Giang: Quý I-2023, công tác xây dựng Đảng đạt kết quả toàn diện',
  );
});

test('the checks panel marks the stated sum', async () => {
  const ok = page.locator('#checks li.ok');
  await ok.first().waitFor();
  assert.match(await ok.first().textContent(), /^✓/);
});

test('screenshot of the Vietnamese sample at 1280x900', async () => {
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: SCREENSHOT });
});

test('pasting an English article replaces the figures', { timeout: 30_000 }, async () => {
  const text = readFileSync(join(CORPUS, 'en-apple-q3-2010.txt'), 'utf8');
  await page.fill('#article', text); // fill() fires the input event
  const r = row('$15.7 billion');
  await r.waitFor();
  assert.equal(await r.getAttribute('data-kind'), 'money');
  assert.equal(await r.locator('td.value').getAttribute('data-value'), '15700000000');
  assert.equal(await row('1.038 lượt').count(), 0, 'the Vietnamese figures are gone');
  await waitForAnalysis();
  assert.match(await page.textContent('#status'), /· en ·/);
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
