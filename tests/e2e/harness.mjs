// What the e2e tests share: a static server for the built page (dist/) under a path prefix and
// Debian's Chromium driven by playwright-core (never a downloaded browser).

import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The flags every script here runs Debian's Chromium with. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Debian's Chromium (never a downloaded browser), `extra` flags after ours. */
export function launchChromium(extra = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extra] });
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The page's sources. */
export const WWW = join(ROOT, 'www');
/** The page as it is served (`make page`: www/ with its modules minified). */
export const SITE = join(ROOT, process.env.SITE ?? 'dist');
export const CORPUS = resolve(ROOT, process.env.CORPUS ?? '../shared/corpus');
export const PREFIX = '/deep/prefix/';

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

/** Throws unless dist/ was built from www/ as it is now: a module edited
 *  since `make page` would otherwise be tested in its old version. */
function assertBuilt() {
  const built = statSync(join(SITE, 'precache.js'), { throwIfNoEntry: false })?.mtimeMs;
  if (!built) throw new Error(`${SITE} is not built: run make page`);
  const newer = readdirSync(WWW, { recursive: true })
    .filter((f) => !/\.(md|py)$/.test(f) && statSync(join(WWW, f)).mtimeMs > built);
  if (newer.length) throw new Error(`www/ changed since dist/ was built (${newer.slice(0, 3).join(', ')}): run make page`);
}

/** Serves the built page (dist/) under PREFIX and nothing else. */
export function startServer() {
  if (SITE !== WWW) assertBuilt();
  const server = createServer(async (req, res) => {
    const send = (code, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(code, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(PREFIX)) return send(404, 'not found');
      let file = resolve(SITE, '.' + path.slice(PREFIX.length - 1));
      if (file !== SITE && !file.startsWith(SITE + sep)) return send(403, 'forbidden');
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

/**
 * Starts the server and the browser and opens the page. Returns
 * { server, browser, page, origin, requests, problems, close }; `requests`
 * collects every URL asked for, `problems` HTTP errors, page errors and
 * console errors (CSP violations among them).
 */
export async function openPage() {
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium(['--disable-sync']).catch((err) => {
    server.close();
    throw err;
  });
  const close = async () => {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  };
  // English interface whatever the machine's locale: the tests read its words.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  try {
    await page.goto(origin + PREFIX, { waitUntil: 'load', timeout: 15_000 });
  } catch (err) {
    await close();
    throw err;
  }
  return { server, browser, page, origin, requests, problems, close };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The figures-table row whose text cell is exactly `text`. */
export function row(page, text) {
  return page.locator('#figures tbody tr').filter({
    has: page.locator('td.text', { hasText: new RegExp(`^${escape(text)}$`) }),
  });
}

/** Replaces the article the way typing does (the value, then an input event),
 *  whether or not the layout shows the textarea just now. */
export async function setArticle(page, text) {
  await page.evaluate((t) => {
    const article = document.getElementById('article');
    article.value = t;
    article.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

export const SAMPLE = 'samples/vi-haugiang-q1-2023.txt';

/** Picks a sample in the Sample… menu, as a reader does (a first visit opens
 *  on an empty article), and waits for its analysis. */
export async function showSample(page, path = SAMPLE) {
  const text = readFileSync(join(WWW, path), 'utf8');
  await page.selectOption('#sample', path);
  await page.waitForFunction((t) => document.getElementById('article').value === t, text);
  // Done, in whichever interface language.
  await page.waitForFunction(
    () => document.getElementById('status').dataset.state === 'done' && window.__solieu?.text === document.getElementById('article').value,
  );
}

/** Waits until the analysis on screen is of the article as it stands now. */
export async function waitForAnalysis(page) {
  await page.waitForFunction(
    () =>
      /\d+ figures in [\d.]+ ms/.test(document.getElementById('status').textContent) &&
      window.__solieu?.text === document.getElementById('article').value,
  );
}
