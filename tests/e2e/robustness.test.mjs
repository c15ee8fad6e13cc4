// The page under load: a 10 MB paste is analysed in the worker while the page
// keeps answering, and a newer edit always wins over a run still going.
// (Markup pasted as plain text is shown and never run: page.test.mjs.)
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make wasm` (www/pkg) and /usr/bin/chromium. Timings are printed as
// test diagnostics (`# …` lines).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setArticle as setArticleOf } from './harness.mjs';

const SAMPLE = 'samples/vi-haugiang-q1-2023.txt';
// While the worker analyses: the longest input may wait for the main thread,
// and the longest task the main thread may run (timers, GC, a frame).
const MAX_INPUT_MS = 200;
const MAX_BLOCK_MS = 500;
// The longest a single task may take to show the result of a 10 MB paste.
const MAX_RENDER_MS = 500;

let page;
let problems = [];
let close = async () => {};
let big = null; // what test (a) measured, for the render test

before(async () => {
  ({ page, problems, close } = await openPage());
  await page.waitForFunction(() => window.__solieu !== null); // the sample is analysed
});

after(async () => {
  await close();
});

/** Starts watching the page: long tasks (PerformanceObserver) and every
 *  change of the status line, with the text length on screen at the time. */
async function watch() {
  await page.evaluate(() => {
    const status = document.getElementById('status');
    const probe = { long: [], states: [], input: [] };
    window.__probe = probe;
    // How long real input waited for the main thread: from the moment the
    // browser took it (event.timeStamp) to the moment a handler ran.
    for (const type of ['keydown', 'click']) {
      window.addEventListener(type, (e) => probe.input.push({ t: e.timeStamp, delay: performance.now() - e.timeStamp }), true);
    }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    const busy = () => status.classList.contains('busy') || status.dataset.state === 'busy';
    new MutationObserver(() => {
      probe.states.push({ t: performance.now(), busy: busy(), shown: window.__solieu?.text.length ?? -1 });
    }).observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
  });
}

/** Replaces the article as a paste does (value, then an input event); the
 *  text is `sample` repeated to `bytes` of UTF-8, built in the page so no
 *  10 MB string crosses the test protocol. Returns its length in UTF-16. */
async function pasteRepeated(bytes) {
  return page.evaluate(
    async ({ url, bytes }) => {
      const sample = await (await fetch(url)).text();
      const text = sample.repeat(Math.ceil(bytes / new TextEncoder().encode(sample).length));
      const article = document.getElementById('article');
      window.__probe.t0 = performance.now();
      article.value = text;
      article.dispatchEvent(new Event('input', { bubbles: true }));
      return { chars: text.length, bytes: new TextEncoder().encode(text).length };
    },
    { url: SAMPLE, bytes },
  );
}

const setArticle = (text) => setArticleOf(page, text);

const isBusy = () =>
  page.evaluate(() => {
    const s = document.getElementById('status');
    return s.classList.contains('busy') || s.dataset.state === 'busy';
  });

test('(a) a 10 MB paste is analysed while the page keeps answering', { timeout: 120_000 }, async (t) => {
  await watch();
  const { chars, bytes } = await pasteRepeated(10e6);
  assert.ok(bytes >= 10e6 && bytes < 10.1e6, `${bytes} bytes`);

  // A visible "analysing…" state.
  await page.waitForFunction(
    () => {
      const s = document.getElementById('status');
      return (s.classList.contains('busy') || s.dataset.state === 'busy') && /analys|phân tích/i.test(s.textContent);
    },
    null,
    { timeout: 5_000 },
  );
  assert.ok(await page.locator('#status').isVisible(), 'the status line is visible');

  // While the worker analyses, real input is handled promptly: a Tab moves
  // the focus, a click lands. Each is timed in the page (see watch()) and as
  // a round trip from here through the browser, which the machine's load
  // slows too.
  const trips = [];
  while (await isBusy()) {
    const t0 = performance.now();
    await page.keyboard.press('Tab');
    await page.evaluate(() => document.activeElement?.tagName);
    const t1 = performance.now();
    await page.mouse.click(5, 5); // the page's margin: nothing to act on
    const t2 = performance.now();
    if (await isBusy()) trips.push(t1 - t0, t2 - t1); // still during the analysis
    await page.waitForTimeout(150);
  }

  // The result arrives, with all its figures.
  await page.waitForFunction((n) => window.__solieu?.text.length === n, chars, { timeout: 60_000, polling: 250 });
  const result = await page.evaluate(() => ({
    figures: window.__solieu.analysis.figures.length,
    rows: document.querySelectorAll('#figures tbody tr').length,
    status: document.getElementById('status').textContent,
  }));
  assert.ok(result.figures > 10_000, `${result.figures} figures`);
  assert.ok(result.rows > 0, 'the table shows figures');
  await page.waitForTimeout(2_000); // the result's layout and paint, and their long tasks

  const probe = await page.evaluate(() => window.__probe);
  const sent = probe.states.find((s) => s.t >= probe.t0 && s.busy)?.t;
  const done = probe.states.find((s) => s.t >= probe.t0 && s.shown === chars)?.t;
  assert.ok(sent !== undefined && done !== undefined, 'the status went busy, then showed the result');
  const after0 = probe.long.filter((l) => l.start + l.duration >= probe.t0);
  // Tasks that ended before the result came: the paste itself, the analysis.
  const paste = after0.filter((l) => l.start <= sent);
  const during = after0.filter((l) => l.start > sent && l.start + l.duration < done);
  // The task that rendered the result and those of the frames right after.
  const render = after0.filter((l) => l.start + l.duration >= done - 1 && l.start <= done + 1_500);
  // Input handled while the worker analysed; input that came just before the
  // result and waited for it to be shown counts for the render test below.
  const input = probe.input.filter((i) => i.t > sent && i.t + i.delay < done).map((i) => i.delay);
  const inputAtResult = probe.input.filter((i) => i.t < done && i.t + i.delay >= done).map((i) => i.delay);
  const longest = (list) => Math.round(Math.max(0, ...list.map((l) => l.duration)));
  big = {
    render: longest(render),
    tasks: render.map((l) => Math.round(l.duration)),
    input: inputAtResult.map(Math.round),
    chars,
    figures: result.figures,
  };

  t.diagnostic(`${bytes} bytes (${chars} UTF-16 units), ${result.figures} figures, ${result.rows} table rows`);
  t.diagnostic(`time to result: ${Math.round(done - probe.t0)} ms (${result.status})`);
  t.diagnostic(
    `input while analysing: ${input.length} events, longest wait ${Math.round(Math.max(0, ...input))} ms; ` +
      `round trips from the test: longest ${Math.round(Math.max(0, ...trips))} ms`,
  );
  t.diagnostic(`longest main-thread task: paste ${longest(paste)} ms, while analysing ${longest(during)} ms, showing the result ${big.render} ms (tasks: ${big.tasks.join(', ')} ms; input waiting for it: ${big.input.length ? `${big.input.join(', ')} ms` : 'none'})`);

  assert.ok(input.length >= 6, `only ${input.length} input events while analysing`);
  assert.ok(Math.max(...input) < MAX_INPUT_MS, `input waited up to ${Math.round(Math.max(...input))} ms while analysing`);
  assert.ok(longest(during) < MAX_BLOCK_MS, `the main thread was blocked ${longest(during)} ms while the worker analysed`);
  assert.ok(done - probe.t0 < 60_000);
});

// Showing the result: the outline, checks and section filter list at most
// 400 entries each (app.js MAX_LISTED), so drawing stays short.

test(`(a) showing the 10 MB result blocks the main thread under ${MAX_RENDER_MS} ms`, async () => {
  assert.ok(big, 'test (a) ran');
  assert.ok(big.render < MAX_RENDER_MS, `one task took ${big.render} ms to show ${big.figures} figures (tasks: ${big.tasks.join(', ')} ms)`);
  assert.ok(Math.max(0, ...big.input) < MAX_RENDER_MS, `input waited ${big.input.join(', ')} ms for the result to show`);
});

test('(b) a newer edit supersedes a run still going', { timeout: 60_000 }, async () => {
  await setArticle('');
  await page.waitForTimeout(300);
  await watch();
  // A 6 MB text keeps the worker busy for most of a second (2 MB no longer
  // did: it was done before the last versions below were typed)…
  const { chars } = await pasteRepeated(6e6);
  await page.waitForFunction(() => document.getElementById('status').classList.contains('busy'));
  // …while several quick versions follow, some apart by less than the
  // debounce, some by more (so they are sent and queue behind the long run).
  const versions = [
    'Lợi nhuận tăng 11%.',
    'Lợi nhuận tăng 22%, đạt 1.100 tỷ đồng.',
    'Lợi nhuận tăng 33%, đạt 2.200 tỷ đồng.',
    'Lợi nhuận tăng 44%, đạt 3.500 tỷ đồng, với 1.038 lượt kiểm tra.',
  ];
  const last = versions.at(-1);
  for (const [i, v] of versions.entries()) {
    await setArticle(v);
    await page.waitForTimeout([20, 90, 10, 0][i]);
  }
  await page.waitForFunction((text) => window.__solieu?.text === text, last, { timeout: 30_000, polling: 100 });
  await page.waitForTimeout(1_500); // nothing older may land afterwards
  const state = await page.evaluate(() => ({
    text: window.__solieu.text,
    value: document.getElementById('article').value,
    figures: window.__solieu.analysis.figures.map((f) => f.text),
    rows: [...document.querySelectorAll('#figures tbody tr')].map((tr) => ({
      text: tr.querySelector('td.text').textContent,
      start: Number(tr.dataset.start),
      end: Number(tr.dataset.end),
    })),
    shown: window.__probe.states.map((s) => s.shown),
  }));
  assert.equal(state.value, last);
  assert.equal(state.text, last);
  assert.ok(state.figures.includes('44%'), `figures: ${state.figures}`);
  assert.equal(state.rows.length, state.figures.length);
  for (const r of state.rows) assert.equal(last.slice(r.start, r.end), r.text, 'each row is a figure of the last text');
  assert.ok(!state.shown.includes(chars), 'the 6 MB run, superseded, was never shown');
  const earlier = versions.slice(0, -1).map((v) => v.length);
  assert.ok(!state.shown.some((n) => earlier.includes(n)), 'no older version was shown after the long run');
});

test('no page errors', () => {
  assert.deepEqual(problems, []);
});
