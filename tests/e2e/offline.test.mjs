// The page works offline: a service worker (sw.js, registered by
// offline.js) stores the app shell that dist/precache.js lists, and a
// page loaded once analyses articles with the network gone — here both
// emulated offline and with the test server shut. The web app manifest and
// its icons are served.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make page` (dist/, with the precache.js tools/dist.mjs writes for
// it) and /usr/bin/chromium.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import vm from 'node:vm';
import { PREFIX, SITE, WWW, openPage, row as rowOf, setArticle, showSample, waitForAnalysis } from './harness.mjs';
import { precache } from '../../tools/precache.mjs';

let browser;
let server;
let origin;
let close = async () => {};

before(async () => {
  // The harness's browser and server; its page is not needed (each test
  // below opens a fresh context, so no service worker carries over).
  let page;
  ({ browser, server, origin, page, close } = await openPage());
  await page.context().close();
});

after(async () => {
  await close();
});

/** A fresh context and page that record every request from the start. */
async function freshPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageRequests = [];
  const contextRequests = []; // also those of the service worker
  const problems = [];
  page.on('request', (r) => pageRequests.push(r.url()));
  context.on('request', (r) => contextRequests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  return { context, page, pageRequests, contextRequests, problems };
}


/** What www/precache.js gives the service worker: {version, files}. */
function precached() {
  const path = join(SITE, 'precache.js');
  assert.ok(existsSync(path), 'dist/precache.js is missing: run make page');
  const self = {};
  vm.runInNewContext(readFileSync(path, 'utf8'), { self });
  return JSON.parse(JSON.stringify(self.SOLIEU_PRECACHE));
}

/** The files sw.js keeps. */
const shellList = () => precached().files;

/** Files the page loads: index.html's scripts, styles and icons, and every
 *  module those scripts import or start as workers, followed recursively. */
function pageFiles() {
  const html = readFileSync(join(WWW, 'index.html'), 'utf8');
  const found = new Set();
  const queue = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) {
    if (!/^[a-z]+:|^\//i.test(m[1])) queue.push(m[1]);
  }
  while (queue.length) {
    const file = normalize(queue.pop());
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const src = readFileSync(join(WWW, file), 'utf8');
    const refs = [
      ...src.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g),
      ...src.matchAll(/\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g),
      ...src.matchAll(/\bimport\s+['"](\.{1,2}\/[^'"]+)['"]/g),
      ...src.matchAll(/new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g),
    ];
    for (const r of refs) queue.push(join(dirname(file), r[1]));
  }
  found.delete('sw.js'); // the browser keeps the service worker itself
  found.add('pkg/solieu_bg.wasm'); // fetched by pkg/solieu.js's init()
  return found;
}

test('sw.js loads the generated list and names its cache after its version', () => {
  const sw = readFileSync(join(WWW, 'sw.js'), 'utf8');
  assert.match(sw, /^importScripts\('precache\.js'\);$/m);
  assert.match(sw, /const CACHE = `\$\{PREFIX\}\$\{self\.SOLIEU_PRECACHE\.version\}`/);
  assert.doesNotMatch(sw, /const VERSION =/, 'no version kept by hand');
  // As the build left it: the list and the hash of www/ as it is now.
  assert.deepEqual(precached(), precache(SITE), 'dist/precache.js is out of date: run make page');
});

test('sw.js precaches every file the page loads, and only files that exist', () => {
  const shell = shellList();
  assert.ok(shell.includes('./') && shell.includes('index.html'), 'the page itself');
  for (const path of shell) {
    if (path === './') continue;
    assert.ok(existsSync(join(SITE, path)), `precache.js lists ${path}, which is not in dist/`);
  }
  const missing = [...pageFiles()].filter((f) => !shell.includes(f));
  assert.deepEqual(missing, [], 'files the page loads but precache.js does not list (see SKIP in tools/precache.mjs)');
  for (const f of ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png']) {
    assert.ok(shell.includes(f), `precache.js lists ${f}`);
  }
  // The samples are fetched only when picked (a first visit downloads none),
  // and kept then.
  assert.deepEqual(shell.filter((f) => f.startsWith('samples/')), [], 'no sample is precached');
});

test('the manifest is served, parses, and its icons are PNGs of the stated sizes', async () => {
  const res = await fetch(origin + PREFIX + 'manifest.webmanifest');
  assert.equal(res.status, 200);
  const manifest = JSON.parse(await res.text());
  assert.equal(manifest.name, 'solieu');
  assert.ok(manifest.short_name);
  assert.ok(manifest.description);
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  assert.deepEqual(pngs.map((i) => i.sizes).sort(), ['192x192', '512x512']);
  for (const icon of pngs) {
    assert.deepEqual(icon.purpose.split(/\s+/).sort(), ['any', 'maskable']);
    assert.ok(!/^[a-z]+:|^\//i.test(icon.src), `${icon.src} is relative`);
    const r = await fetch(new URL(icon.src, origin + PREFIX + 'manifest.webmanifest'));
    assert.equal(r.status, 200, icon.src);
    const bytes = Buffer.from(await r.arrayBuffer());
    assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${icon.src} is a PNG`);
    const [w, h] = icon.sizes.split('x').map(Number);
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [w, h], `${icon.src} is ${icon.sizes}`);
  }
});

test('without service workers the page works as before', { timeout: 60_000 }, async () => {
  // Blocked by the browser, and missing altogether (as on an insecure origin).
  for (const options of [{ serviceWorkers: 'block' }, { hide: true }]) {
    const { context, page, problems } = await freshPage(options.hide ? {} : options);
    if (options.hide) await page.addInitScript(() => delete Navigator.prototype.serviceWorker);
    await page.goto(origin + PREFIX);
    await showSample(page);
    if (options.hide) assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    else assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('loaded once, the page analyses articles offline', { timeout: 90_000 }, async () => {
  const { context, page, pageRequests, contextRequests, problems } = await freshPage();
  await page.goto(origin + PREFIX);
  // A first visit opens on an empty article, and downloads no sample.
  await page.waitForFunction(() => /paste an article/.test(document.getElementById('status').textContent));
  assert.equal(await page.inputValue('#article'), '');
  assert.deepEqual(pageRequests.filter((u) => u.includes('/samples/')), [], 'no sample fetched');
  await showSample(page);

  // The service worker is installed, active and in control of the page.
  const sw = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    const active = reg.active;
    while (active.state !== 'activated') await new Promise((ok) => active.addEventListener('statechange', ok, { once: true }));
    return { scope: reg.scope, script: navigator.serviceWorker.controller.scriptURL, state: reg.active.state };
  });
  assert.equal(sw.scope, origin + PREFIX);
  assert.equal(sw.script, origin + PREFIX + 'sw.js');
  assert.equal(sw.state, 'activated');

  // Everything precache.js lists is in the cache, and there is one solieu cache.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    return { names, urls };
  });
  assert.deepEqual(cached.names, [`solieu-${precached().version}`], 'one cache, named after the build');
  for (const path of shellList()) {
    assert.ok(cached.urls.includes(new URL(path, origin + PREFIX).href), `${path} is cached`);
  }
  // A sample picked once the worker is in control is kept for offline use.
  await showSample(page, 'samples/en-apple-q3-2010.txt');
  await showSample(page);

  // Now the network goes: emulated offline, and the server shut for good.
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
  const served = server.listening;
  assert.equal(served, false);

  await page.reload({ waitUntil: 'load' });
  const r = rowOf(page, '1.038 lượt');
  await r.waitFor({ state: 'attached' });
  assert.equal(await r.locator('td.value').getAttribute('data-value'), '1038');
  await waitForAnalysis(page);
  assert.equal(await page.evaluate(() => navigator.onLine), false);

  // An edit, still offline: the worker and the WASM answer from the cache.
  await setArticle(page, 'Doanh thu đạt 1.200 tỷ đồng, tăng 12%.');
  await rowOf(page, '12%').waitFor({ state: 'attached' });
  await waitForAnalysis(page);
  const texts = await page.locator('#figures td.text').allTextContents();
  assert.ok(texts.some((t) => t.startsWith('1.200 tỷ')), `figures: ${texts}`);
  assert.ok(!texts.includes('1.038 lượt'), 'the sample’s figures are gone');
  const values = await page.locator('#figures td.value').evaluateAll((tds) => tds.map((td) => td.dataset.value));
  assert.ok(values.includes('1200000000000'), `values: ${values}`);
  assert.ok(values.includes('12'), `values: ${values}`);

  // The sample picked online comes from the cache.
  await showSample(page, 'samples/en-apple-q3-2010.txt');
  await rowOf(page, '$15.7 billion').waitFor({ state: 'attached' });

  // No request ever left for anywhere but the test server.
  assert.ok(pageRequests.length > 0 && contextRequests.length > 0);
  const away = [...pageRequests, ...contextRequests].filter((u) => !u.startsWith(origin + PREFIX));
  assert.deepEqual(away, []);
  assert.deepEqual(problems, []);
  await context.close();
});
