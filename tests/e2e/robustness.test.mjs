// The page under load: a 10 MB paste is analysed in the worker while the page
// keeps answering, the result is drawn a step at a time, and a newer edit
// always wins over a run still going. (Markup pasted as plain text is shown
// and never run: page.test.mjs.)
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make page` (dist/, the built page) and /usr/bin/chromium. No assertion here reads
// a clock: on a shared 2-core machine any time bound fails at random. What
// is asserted instead is what keeps the page answering — input handled while
// the worker runs, and no task drawing more than one step of the result
// (nodes counted per task). The times are printed as diagnostics (`# …`);
// `make bench` (tests/bench/browser.mjs) measures them against their targets.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE, openPage, setArticle as setArticleOf, showSample } from './harness.mjs';

// One step of each part of the page (www/store.js, www/panel.js): figures
// and characters of the highlighted view, table rows, entries of a list.
const VIEW_FIGURES = 3_000;
const VIEW_CHARS = 150_000;
// …drawn a slice per task (www/view.js), so that no task holds the page long.
const SLICE_FIGURES = 300;
// The table's rows per task (www/figures.js).
const ROW_SLICE = 100;
const ROW_STEP = 500;
const MAX_LISTED = 400;

let page;
let problems = [];
let close = async () => {};
let big = null; // what test (a) saw, for the test after it

before(async () => {
  ({ page, problems, close } = await openPage());
  await showSample(page);
});

after(async () => {
  await close();
});

/** Starts watching the page: long tasks (for the diagnostics), every change
 *  of the status line with the text length on screen at the time, input as
 *  it is handled, and what each task adds to the DOM. */
async function watch() {
  await page.evaluate(() => {
    const status = document.getElementById('status');
    const busy = () => status.classList.contains('busy') || status.dataset.state === 'busy';
    const shown = () => window.__solieu?.text.length ?? -1;
    const probe = { long: [], states: [], input: [], adds: [] };
    window.__probe = probe;
    // Input as the page handles it: when the browser took it, how long it
    // waited (for the diagnostics), and whether the analysis was still
    // running then.
    for (const type of ['keydown', 'click']) {
      window.addEventListener(
        type,
        (e) => probe.input.push({ type, t: e.timeStamp, delay: performance.now() - e.timeStamp, busy: busy(), shown: shown() }),
        true,
      );
    }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      probe.states.push({ t: performance.now(), busy: busy(), shown: shown() });
    }).observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
    // What each task adds (a MutationObserver hears a task's changes at its
    // end, in one call): marks, rows, outline and check entries, section
    // options, and the characters of the view.
    const PARTS = {
      marks: ['#view', 'mark.fig'],
      rows: ['#figures tbody', 'tr'],
      outline: ['#outline', 'li'],
      checks: ['#checks', 'li'],
      sections: ['#filter-section', 'option'],
    };
    const view = document.getElementById('view');
    new MutationObserver((records) => {
      const add = { t: performance.now(), shown: shown(), viewChars: 0 };
      for (const key of Object.keys(PARTS)) add[key] = 0;
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (view.contains(node)) add.viewChars += node.textContent.length;
          if (node.nodeType !== 1) continue;
          for (const [key, [where, what]] of Object.entries(PARTS)) {
            if (!node.closest(where) && !node.querySelector(where)) continue;
            add[key] += (node.matches(what) && node.closest(where) ? 1 : 0) + node.querySelectorAll(`${what}`).length;
          }
        }
      }
      probe.adds.push(add);
    }).observe(document.body, { childList: true, subtree: true });
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
  await page.waitForFunction(() => {
    const s = document.getElementById('status');
    return (s.classList.contains('busy') || s.dataset.state === 'busy') && /analys|phân tích/i.test(s.textContent);
  });
  assert.ok(await page.locator('#status').isVisible(), 'the status line is visible');

  // While the worker analyses, real input is handled: a Tab moves the focus,
  // a click lands, each before the result is there.
  const trips = [];
  let focusMoved = false;
  while (await isBusy()) {
    const before = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    const t0 = performance.now();
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    const t1 = performance.now();
    await page.mouse.click(5, 5); // the page's margin: nothing to act on
    const t2 = performance.now();
    if (await isBusy()) {
      trips.push(t1 - t0, t2 - t1); // still during the analysis
      focusMoved ||= before !== after;
    }
    await page.waitForTimeout(150);
  }

  // The result arrives, with all its figures.
  await page.waitForFunction((n) => window.__solieu?.text.length === n, chars, { timeout: 60_000, polling: 250 });
  const result = await page.evaluate(() => ({
    figures: window.__solieu.analysis.figures.length,
    sections: window.__solieu.analysis.outline.sections.length,
    checks: window.__solieu.analysis.checks.length,
    rows: document.querySelectorAll('#figures tbody tr').length,
    marks: document.querySelectorAll('#view mark.fig').length,
    status: document.getElementById('status').textContent,
  }));
  assert.ok(result.figures > 10_000, `${result.figures} figures`);
  assert.ok(result.rows > 0, 'the table shows figures');
  await page.waitForTimeout(2_000); // the result's layout and paint, and their long tasks

  const probe = await page.evaluate(() => window.__probe);
  const sent = probe.states.find((s) => s.t >= probe.t0 && s.busy)?.t;
  const done = probe.states.find((s) => s.t >= probe.t0 && s.shown === chars)?.t;
  assert.ok(sent !== undefined && done !== undefined, 'the status went busy, then showed the result');

  // Input handled while the worker analysed: the handler ran while the
  // status still said so and the result was not on screen.
  const handled = probe.input.filter((i) => i.t > sent && i.busy && i.shown !== chars);
  assert.ok(handled.some((i) => i.type === 'keydown'), 'a key was handled while the worker analysed');
  assert.ok(handled.some((i) => i.type === 'click'), 'a click was handled while the worker analysed');
  assert.ok(focusMoved, 'Tab moved the focus while the worker analysed');

  // Diagnostics only: the times this machine took.
  const after0 = probe.long.filter((l) => l.start + l.duration >= probe.t0);
  const paste = after0.filter((l) => l.start <= sent);
  const during = after0.filter((l) => l.start > sent && l.start + l.duration < done);
  const render = after0.filter((l) => l.start + l.duration >= done - 1 && l.start <= done + 1_500);
  const longest = (list) => Math.round(Math.max(0, ...list.map((l) => l.duration)));
  const waits = handled.map((i) => i.delay);
  t.diagnostic(`${bytes} bytes (${chars} UTF-16 units), ${result.figures} figures, ${result.rows} table rows, ${result.marks} marks`);
  t.diagnostic(`time to result: ${Math.round(done - probe.t0)} ms (${result.status})`);
  t.diagnostic(
    `input while analysing: ${handled.length} events, longest wait ${Math.round(Math.max(0, ...waits))} ms; ` +
      `round trips from the test: longest ${Math.round(Math.max(0, ...trips))} ms`,
  );
  t.diagnostic(`longest main-thread task: paste ${longest(paste)} ms, while analysing ${longest(during)} ms, showing the result ${longest(render)} ms`);

  big = { ...result, chars, adds: probe.adds.filter((a) => a.t >= done - 1) };
});

test('(a) the 10 MB result is drawn a step at a time: no task adds more than one step', async (t) => {
  assert.ok(big, 'test (a) ran');
  const most = (key) => Math.max(0, ...big.adds.map((a) => a[key]));
  t.diagnostic(`most added by one task: ${['marks', 'viewChars', 'rows', 'outline', 'checks', 'sections'].map((k) => `${k} ${most(k)}`).join(', ')}`);
  // The task that showed the result drew one step of each part, no more…
  const shown = big.adds.find((a) => a.shown === big.chars && a.marks > 0);
  assert.ok(shown, 'a task drew the result');
  assert.ok(shown.rows > 0 && shown.outline > 0, 'the same task drew the table and the outline');
  assert.ok(most('marks') <= SLICE_FIGURES, `a task added ${most('marks')} marks (one slice: ${SLICE_FIGURES})`);
  // The slices make the whole step in the end, each figure once.
  const step = await page.evaluate(
    ([chars, figures]) => {
      const a = window.__solieu;
      const ids = [...document.querySelectorAll('#view mark.fig')].map((m) => m.dataset.id);
      const want = Math.min(figures, a.analysis.figures.filter((f) => f.start < Math.min(a.text.length, chars)).length);
      return { drawn: ids.length, unique: new Set(ids).size, want };
    },
    [VIEW_CHARS, VIEW_FIGURES],
  );
  assert.equal(step.drawn, step.want, 'the whole step, slice by slice');
  assert.equal(step.unique, step.drawn, 'each figure once');
  // (a step ends at a figure's end, never inside it: a few characters over)
  assert.ok(most('viewChars') <= VIEW_CHARS + 200, `a task added ${most('viewChars')} characters to the view`);
  assert.ok(most('rows') <= ROW_SLICE + 1, `a task added ${most('rows')} table rows (one slice: ${ROW_SLICE})`);
  // Sections, captions, bylines and chrome: each list capped, plus its note.
  assert.ok(most('outline') <= 4 * (MAX_LISTED + 1), `a task added ${most('outline')} outline entries`);
  assert.ok(most('checks') <= MAX_LISTED + 1, `a task added ${most('checks')} checks`);
  assert.ok(most('sections') <= MAX_LISTED + 2, `a task added ${most('sections')} section options`);
  // …and there is more than one step: the rest is a "Show more" away.
  assert.ok(big.marks < big.figures && big.rows < big.figures, `${big.marks} marks and ${big.rows} rows of ${big.figures} figures`);
  assert.ok(big.sections > MAX_LISTED, `${big.sections} sections: the cap was reached`);
  assert.ok(await page.locator('#view-note button').isVisible(), 'the view offers the next step');
  assert.ok(await page.locator('#rows-note button').isVisible(), 'the table offers the next rows');
  // The next rows are one more step.
  const drawn = await page.evaluate(() => document.querySelectorAll('#figures tbody tr').length);
  assert.equal(drawn, Math.min(big.figures, ROW_STEP), 'the first step, every slice of it');
  await page.evaluate(() => (window.__probe.adds.length = 0));
  await page.locator('#rows-note button').click();
  // …drawn slice by slice, to the whole step.
  const want = Math.min(big.figures, drawn + ROW_STEP);
  await page.waitForFunction((n) => document.querySelectorAll('#figures tbody tr').length >= n, want);
  await page.waitForTimeout(300);
  const rows = await page.evaluate(() => document.querySelectorAll('#figures tbody tr').length);
  assert.equal(rows, want);
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
