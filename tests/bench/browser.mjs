// The in-browser benchmark: times the WASM `analyze` (including the hand-over
// of the result to JavaScript) in Debian's Chromium over the corpus articles
// and 10 KB – 10 MB of real articles, the time from navigation to the first
// rendered analysis of the sample, and how long the page's main thread is
// held while the worker analyses a 10 MB paste and while its result is
// shown (the tests count what each task draws; the times are taken here).
// Prints one table of medians.
//
//     node tests/bench/browser.mjs            (make bench runs it)

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, PREFIX, ROOT, launchChromium, startServer } from '../e2e/harness.mjs';


function articles() {
  const out = [];
  for (const dir of [join(ROOT, 'tests/corpus'), CORPUS]) {
    let names = [];
    try { names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort(); } catch { continue; }
    for (const n of names) out.push([n.replace(/\.txt$/, ''), readFileSync(join(dir, n), 'utf8')]);
  }
  return out;
}

/** Real articles, Vietnamese and English in turn, cut to `size` UTF-8 bytes
 * (at a character boundary), like the native benchmark's inputs. */
function synthetic(list, size) {
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i = (i + 1) % list.length) {
    parts.push(list[i][1], '\n\n');
    bytes += Buffer.byteLength(list[i][1]) + 2;
  }
  let utf8 = Buffer.from(parts.join(''), 'utf8').subarray(0, size);
  while (utf8.length && (utf8[utf8.length - 1] & 0xc0) === 0x80) utf8 = utf8.subarray(0, utf8.length - 1);
  if (utf8.length && utf8[utf8.length - 1] >= 0xc0) utf8 = utf8.subarray(0, utf8.length - 1);
  return utf8.toString('utf8');
}

/** Pastes 10 MB of the sample into `page`, presses keys while the worker
 *  analyses it, and returns the longest task (ms) while it analysed and
 *  while its result was shown, and the longest wait of a key press. */
async function bigPaste(page) {
  const chars = await page.evaluate(async () => {
    const probe = { long: [], input: [], sent: null, done: null };
    window.__bench = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    const status = document.getElementById('status');
    new MutationObserver(() => {
      if (probe.sent === null && status.dataset.state === 'busy') probe.sent = performance.now();
      if (probe.done === null && window.__solieu?.text.length === probe.chars) probe.done = performance.now();
    }).observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
    window.addEventListener('keydown', (e) => {
      if (status.dataset.state === 'busy') probe.input.push(performance.now() - e.timeStamp);
    }, true);
    const sample = await (await fetch('samples/vi-haugiang-q1-2023.txt')).text();
    const text = sample.repeat(Math.ceil(10e6 / new TextEncoder().encode(sample).length));
    probe.chars = text.length;
    const article = document.getElementById('article');
    article.value = text;
    article.dispatchEvent(new Event('input', { bubbles: true }));
    return text.length;
  });
  await page.waitForFunction(() => window.__bench.sent !== null);
  while (await page.evaluate(() => window.__bench.done === null)) {
    await page.keyboard.press('Shift');
    await page.waitForTimeout(100);
  }
  await page.waitForFunction((n) => window.__solieu?.text.length === n, chars, { timeout: 120000 });
  await page.waitForTimeout(2000); // the result's layout and paint
  const { long, input, sent, done } = await page.evaluate(() => window.__bench);
  const longest = (list) => Math.max(0, ...list.map((l) => l.end - l.start));
  return {
    analysing: longest(long.filter((l) => l.start > sent && l.end < done)),
    showing: longest(long.filter((l) => l.end >= done - 1 && l.start <= done + 1500)),
    input: Math.max(0, ...input),
  };
}

let bigPasteMs = null;
let typingMs = null;

/** Types into a 200 k-character article (real articles, repeated), a key
 *  every 300 ms, and returns the longest main-thread task meanwhile: each
 *  key is a new analysis drawn again, in slices (www/view.js). */
async function typing(page) {
  const text = synthetic(articles(), 200_000).slice(0, 200_000);
  await page.evaluate((t) => {
    const a = document.getElementById('article');
    a.value = t;
    a.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.waitForFunction((n) => window.__solieu?.text.length === n, text.length, { timeout: 30000 });
  await page.waitForTimeout(1500);
  await page.click('#tab-edit');
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    document.getElementById('article').setSelectionRange(1000, 1000);
  });
  for (let i = 0; i < 15; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(1000);
  return page.evaluate(() => Math.max(0, ...window.__long));
}

const server = await startServer();
const base = `http://127.0.0.1:${server.address().port}${PREFIX}`;
const rows = [];
// Each phase gets a browser of its own: the work a browser still does after
// closing five pages (collecting their garbage, tearing down their
// processes) slowed the 1 MB runs after it by a fifth on this 2-core machine.
async function withBrowser(phase) {
  const browser = await launchChromium(['--disable-sync', '--js-flags=--expose-gc']);
  try {
    await phase(browser);
  } finally {
    await browser.close();
  }
}
try {
  // Time from navigation to the first rendered analysis of the sample, for
  // a returning reader whose kept article it is (a first visit opens on an
  // empty article, which has nothing to render).
  const sample = readFileSync(join(ROOT, 'www/samples/vi-haugiang-q1-2023.txt'), 'utf8');
  await withBrowser(async (browser) => {
  const loads = [];
  // Nine loads: one in three lands on a busy moment of this shared machine.
  for (let i = 0; i < 9; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript((text) => localStorage.setItem('solieu.article', text), sample);
    const page = await context.newPage();
    await page.goto(base + 'index.html');
    // The page marks when its first analysis is on screen (the frame after
    // it is drawn); reading that mark keeps this script's round trips out
    // of the figure.
    const mark = await page.waitForFunction(
      () => document.querySelector('[data-kind]') && performance.getEntriesByName('solieu:first-analysis')[0]?.startTime,
      null,
      { timeout: 30000 },
    );
    loads.push(await mark.jsonValue());
    await context.close();
  }
  loads.sort((a, b) => a - b);
  rows.push(['first rendered analysis (sample kept, from navigation)', '', loads[4]]);
  });

  // A 10 MB paste in the page: the longest main-thread task while the
  // worker analyses it, the longest task showing its result (it and the
  // frames right after), and the longest wait of a key press meanwhile.
  await withBrowser(async (browser) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(base + 'index.html');
      // Ready: the first visit's empty article has no result to wait for.
      await page.waitForFunction(() => document.getElementById('status').dataset.state !== 'loading', null, { timeout: 30000 });
      runs.push(await bigPaste(page));
      await context.close();
    }
    const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[runs.length >> 1];
    bigPasteMs = { analysing: median('analysing'), showing: median('showing'), input: median('input'), runs };
  });

  // Typing in a long article: the longest task, median of three.
  await withBrowser(async (browser) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(base + 'index.html');
      await page.waitForFunction(() => document.getElementById('status').dataset.state !== 'loading', null, { timeout: 30000 });
      runs.push(await typing(page));
      await context.close();
    }
    typingMs = runs.sort((a, b) => a - b)[1];
  });

  await withBrowser(async (browser) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base + 'index.html');
  await page.evaluate(async (url) => { window.__bench = await import(url); window.__wasm = await window.__bench.default(); }, base + 'pkg/solieu.js');
  const list = articles();
  const inputs = list.map(([name, text]) => [name, text]);
  for (const [label, size] of [['10 KB', 1e4], ['100 KB', 1e5], ['1 MB', 1e6], ['10 MB', 1e7]]) inputs.push([label, synthetic(list, size)]);
  for (const [name, text] of inputs) {
    const bytes = Buffer.byteLength(text);
    // Enough runs that the median stands clear of the garbage collector's
    // pauses, which land on one run in five or so at 1 MB.
    const runs = bytes >= 5e6 ? 5 : bytes >= 5e5 ? 15 : 31;
    const result = await page.evaluate(({ text, runs }) => {
      const m = window.__bench;
      m.analyze(text, null);
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        m.analyze(text, null);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      // WASM memory only grows, and inputs come smallest first, so its size
      // now is the peak this input needed (or a smaller one's, if larger).
      return { median: times[runs >> 1], memory: window.__wasm.memory.buffer.byteLength };
    }, { text, runs });
    rows.push([name, bytes, result.median, result.memory]);
  }
  await context.close();
  });
} finally {
  server.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('input', 50)} ${pad('bytes', 10)} ${pad('median ms', 10)} ${pad('MB/s', 7)} ${pad('ms/100KB', 9)} wasm memory`);
for (const [name, bytes, ms, memory] of rows) {
  const rate = bytes ? (bytes / 1e6 / (ms / 1e3)).toFixed(1) : '';
  const perKb = bytes ? (ms / bytes * 1e5).toFixed(2) : '';
  const mem = memory ? `${(memory / 1e6).toFixed(1)} MB (${(memory / bytes).toFixed(1)}× input)` : '';
  console.log(`${pad(name, 50)} ${pad(bytes, 10)} ${pad(ms.toFixed(2), 10)} ${pad(rate, 7)} ${pad(perKb, 9)} ${mem}`);
}
if (bigPasteMs) {
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(`10 MB paste, median of ${bigPasteMs.runs.length}: longest task while analysing ${ms(bigPasteMs.analysing)}, ` +
    `showing the result ${ms(bigPasteMs.showing)}, longest key wait ${ms(bigPasteMs.input)}`);
}

// The page weight, for the summary; tests/bench/summary.mjs prints every
// target (these, the native throughput and Recognizers-Text) in one table.
const weightRun = spawnSync('python3', [join(ROOT, 'tests/budget/page_weight.py'), join(ROOT, 'dist')], { encoding: 'utf8' });
const weightKb = Number(/page weight: ([0-9.]+) kB/.exec(weightRun.stdout)?.[1] ?? NaN);
mkdirSync(join(ROOT, 'target/bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'target/bench/browser.json'),
  JSON.stringify({ firstRenderMs: rows[0][2], weightKb, bigPasteMs, typingMs, rows: rows.slice(1).map(([name, bytes, ms, memory]) => ({ name, bytes, ms, memory })) }, null, 1),
);
