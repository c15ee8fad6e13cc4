// The page is reliable: the text survives a reload (localStorage, with the
// structure of an HTML paste), Clear forgets it, a text too long to keep or
// storage that is off never breaks anything, a failing worker is reported
// (role="alert") and replaced on the next edit, lone surrogates keep offsets
// in line, and 100 analyses in a row leave WASM memory flat.
//
//   node --test --test-concurrency=1 tests/e2e/reliability.test.mjs
//
// Needs `make page` (dist/, the built page) and /usr/bin/chromium. Each test opens its own
// browser context (its own localStorage), with service workers blocked so
// that page.route sees every request and a reload fetches the page afresh.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREFIX, SAMPLE, WWW, openPage, row as rowOf, setArticle, showSample, waitForAnalysis } from './harness.mjs';

const SAVED = 'solieu.article';
const SAVED_HINTS = 'solieu.article.hints';

let browser;
let origin;
let close = async () => {};

before(async () => {
  let page;
  ({ browser, origin, page, close } = await openPage());
  await page.context().close();
});

after(async () => {
  await close();
});

/** A fresh context and page; `problems` collects page errors and console
 *  errors, `errors` the page errors alone. Call `open()` to load the page. */
async function freshPage({ init } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  const errors = [];
  page.on('pageerror', (e) => {
    errors.push(e.message);
    problems.push(`page error: ${e.message}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  if (init) await page.addInitScript(init);
  // `open()`: the page as a reader comes back to it, the sample kept from an
  // earlier visit (put in storage once, before the page's scripts run, as
  // saving.js keeps it); `open({ returning: false })`: a first visit.
  const sample = readFileSync(join(WWW, SAMPLE), 'utf8');
  const open = async ({ returning = true } = {}) => {
    if (returning) {
      await page.addInitScript(
        ([k, text]) => {
          try {
            if (sessionStorage.getItem('test.seeded')) return;
            sessionStorage.setItem('test.seeded', '1');
            localStorage.setItem(k, text);
          } catch {
            // Storage off: nothing is kept, as for a reader.
          }
        },
        [SAVED, sample],
      );
    }
    return page.goto(origin + PREFIX, { waitUntil: 'load' });
  };
  return { context, page, problems, errors, open };
}


const saved = (page) =>
  page.evaluate(([k, h]) => ({ text: localStorage.getItem(k), hints: localStorage.getItem(h) }), [SAVED, SAVED_HINTS]);

const alert = (page) => page.getByRole('alert');

// ---- the text survives -------------------------------------------------------------

test('typed text survives a reload, saved after a pause or when the page is left', { timeout: 60_000 }, async () => {
  const { context, page, problems, open } = await freshPage();
  await open({ returning: false });
  await page.waitForFunction(() => /paste an article/.test(document.getElementById('status').textContent));
  assert.equal((await saved(page)).text, null, 'a first visit keeps nothing');

  // Saved ~300 ms after the last edit.
  const typed = 'Doanh thu quý I đạt 1.234 tỷ đồng, tăng 12% so với cùng kỳ.';
  await page.click('#tab-edit');
  await page.fill('#article', typed);
  await page.waitForFunction(([k, t]) => localStorage.getItem(k) === t, [SAVED, typed]);
  await page.reload({ waitUntil: 'load' });
  assert.equal(await page.inputValue('#article'), typed);
  await rowOf(page, '12%').waitFor({ state: 'attached' });
  await waitForAnalysis(page);
  assert.equal(await rowOf(page, '1.038 lượt').count(), 0, 'not the sample');

  // Left before the pause is over: saved on pagehide.
  const quick = 'Lợi nhuận đạt 77 tỷ đồng.';
  await setArticle(page, quick);
  await page.reload({ waitUntil: 'load' });
  assert.equal(await page.inputValue('#article'), quick);
  await waitForAnalysis(page);
  assert.ok((await page.locator('#figures td.text').allTextContents()).some((t) => t.startsWith('77 tỷ')));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an HTML paste survives a reload with its structure', { timeout: 60_000 }, async () => {
  const { context, page, problems, open } = await freshPage();
  await open();
  await waitForAnalysis(page);
  const html = `<h1>Harbour city approves a bigger budget</h1>
    <p>The city council approved a budget of $2.4 billion on Monday, up 8% from last year.</p>
    <h2>Schools get the largest share</h2><p>Schools will receive $900 million and 45 new classrooms.</p>
    <h2>Transport</h2><p>Bus fares stay at $2.50, while 30 new buses join the fleet.</p>`;
  await page.click('#tab-edit');
  await page.evaluate((html) => {
    const ta = document.getElementById('article');
    ta.focus();
    ta.select();
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'plain');
    ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  await rowOf(page, '$900 million').waitFor({ state: 'attached' });
  await waitForAnalysis(page);
  const before = await page.evaluate(() => ({ text: window.__solieu.text, blocks: window.__solieu.blocks, outline: window.__solieu.analysis.outline }));
  assert.ok(before.blocks.length >= 5, `${before.blocks.length} block hints`);
  await page.waitForFunction(([k, t]) => localStorage.getItem(k) === t, [SAVED, before.text]);
  assert.ok((await saved(page)).hints, 'the hints are saved beside the text');

  await page.reload({ waitUntil: 'load' });
  await waitForAnalysis(page);
  const after = await page.evaluate(() => ({ text: window.__solieu.text, blocks: window.__solieu.blocks, outline: window.__solieu.analysis.outline }));
  assert.equal(after.text, before.text);
  assert.deepEqual(after.blocks, before.blocks);
  assert.deepEqual(after.outline.sections.map((s) => s.heading), before.outline.sections.map((s) => s.heading));
  assert.deepEqual(after.outline.sections.map((s) => s.heading), ['Schools get the largest share', 'Transport']);
  assert.match(await page.textContent('#status'), /structure from HTML/);

  // Hints saved for another text (damaged, or from an older version) are dropped.
  await page.evaluate(([k, h]) => {
    localStorage.setItem(k, 'Revenue rose 5% to $2 billion.');
    localStorage.setItem(h, JSON.stringify({ length: 9999, hints: [{ start: 0, end: 9999, kind: 'h2' }] }));
  }, [SAVED, SAVED_HINTS]);
  await page.reload({ waitUntil: 'load' });
  await waitForAnalysis(page);
  assert.deepEqual(await page.evaluate(() => window.__solieu.blocks), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Clear empties the article, forgets it and the analysis; a reload then opens empty', { timeout: 60_000 }, async () => {
  const { context, page, problems, open } = await freshPage();
  await open();
  await waitForAnalysis(page);
  const clear = page.getByRole('button', { name: 'Clear', exact: true });
  assert.ok(await clear.isVisible(), 'Clear is in the toolbar');

  const typed = 'Revenue rose 14% to $3.2 billion in 2023.';
  await setArticle(page, typed);
  await rowOf(page, '14%').waitFor({ state: 'attached' });
  await page.waitForFunction(([k, t]) => localStorage.getItem(k) === t, [SAVED, typed]);

  await clear.click();
  assert.equal(await page.inputValue('#article'), '');
  assert.deepEqual(await saved(page), { text: null, hints: null });
  assert.equal(await page.getAttribute('#tab-edit', 'aria-selected'), 'true', 'Clear opens Edit, ready for a paste');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  assert.equal(await page.locator('#figures tbody tr').count(), 0);
  assert.equal((await page.textContent('#figure-count')).trim(), '');
  assert.equal(await page.locator('#checks li').count(), 0);
  assert.equal(await page.locator('#outline > *').count(), 0);
  assert.equal(await page.evaluate(() => window.__solieu), null);
  assert.equal((await page.textContent('#status')).trim(), 'paste an article to begin');
  await page.click('#tab-read');
  assert.match(await page.textContent('#view'), /Nothing to highlight yet/);
  await page.waitForTimeout(600); // nothing is saved again after the pause
  assert.deepEqual(await saved(page), { text: null, hints: null });

  // Empty, as on a first visit.
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => /paste an article/.test(document.getElementById('status').textContent));
  assert.equal(await page.inputValue('#article'), '');

  // The label in Vietnamese.
  await page.selectOption('#ui-language', 'vi');
  assert.equal(await page.getByRole('button', { name: 'Xoá', exact: true }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 10 MB text is analysed; too long to keep, it says so quietly and throws nothing', { timeout: 120_000 }, async () => {
  const { context, page, errors, open } = await freshPage();
  await open();
  await waitForAnalysis(page);
  const small = 'Doanh thu đạt 15 tỷ đồng.';
  await setArticle(page, small);
  await page.waitForFunction(([k, t]) => localStorage.getItem(k) === t, [SAVED, small]);

  const chars = await page.evaluate(async () => {
    const sample = await (await fetch('samples/vi-haugiang-q1-2023.txt')).text();
    const text = sample.repeat(Math.ceil(10e6 / new TextEncoder().encode(sample).length));
    const article = document.getElementById('article');
    article.value = text;
    article.dispatchEvent(new Event('input', { bubbles: true }));
    return text.length;
  });
  const note = page.locator('#saved-note');
  await note.waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal((await note.textContent()).trim(), 'This text is too long to be kept across reloads.');
  await page.waitForFunction((n) => window.__solieu?.text.length === n, chars, { timeout: 90_000, polling: 250 });
  assert.ok(await page.evaluate(() => window.__solieu.analysis.figures.length > 10_000));
  // The older, shorter text is not kept either: a reload never brings back
  // an older text than the one on screen.
  assert.deepEqual(await saved(page), { text: null, hints: null });

  // A shorter text is kept again, and the note goes.
  const next = 'Lợi nhuận đạt 9 tỷ đồng.';
  await setArticle(page, next);
  await page.waitForFunction(([k, t]) => localStorage.getItem(k) === t, [SAVED, next]);
  assert.equal(await note.isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with storage off, the page works as before', { timeout: 60_000 }, async () => {
  const variants = {
    // Reading window.localStorage throws (storage disabled by a policy).
    'localStorage throws': () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
    // Every call throws (some private modes).
    'every call throws': () => {
      for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
        Storage.prototype[name] = () => {
          throw new DOMException('denied', 'SecurityError');
        };
      }
    },
  };
  for (const [name, init] of Object.entries(variants)) {
    const { context, page, problems, open } = await freshPage({ init });
    await open({ returning: false });
    await showSample(page);
    const typed = 'Revenue rose 21% to $4.5 billion.';
    await setArticle(page, typed);
    await rowOf(page, '21%').waitFor({ state: 'attached' });
    await waitForAnalysis(page);
    await page.waitForTimeout(500); // past the save
    assert.equal(await page.locator('#saved-note').isVisible(), false, `${name}: nothing to say`);
    await page.click('#clear');
    assert.equal(await page.inputValue('#article'), '', name);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => /paste an article/.test(document.getElementById('status').textContent));
    assert.equal(await page.inputValue('#article'), '', `${name}: nothing kept`);
    assert.deepEqual(problems, [], name);
    await context.close();
  }
});

// ---- a failing worker ----------------------------------------------------------------

test('the WASM fails to load: an alert, the text kept; the next edit starts afresh', { timeout: 90_000 }, async () => {
  for (const how of ['abort', '500']) {
    const { context, page, errors, open } = await freshPage();
    await open();
    await waitForAnalysis(page);
    const typed = 'Doanh thu đạt 1.500 tỷ đồng, tăng 8%.';
    await setArticle(page, typed);
    await rowOf(page, '8%').waitFor({ state: 'attached' });
    await page.waitForFunction(([k, t]) => localStorage.getItem(k) === t, [SAVED, typed]);

    const broken = (route) => (how === 'abort' ? route.abort() : route.fulfill({ status: 500, body: 'no' }));
    await page.route('**/solieu_bg.wasm', broken);
    await page.reload({ waitUntil: 'load' });
    const a = alert(page);
    await a.waitFor({ state: 'visible' });
    assert.match(await a.textContent(), /The analysis failed\..*Your text is safe/s, how);
    assert.equal(await page.inputValue('#article'), typed, `${how}: the text is still there`);
    assert.equal(await page.getAttribute('#status', 'data-state'), 'error');

    // In Vietnamese too.
    await page.selectOption('#ui-language', 'vi');
    assert.match(await a.textContent(), /Phân tích bị lỗi\..*vẫn an toàn/s);
    await page.selectOption('#ui-language', 'en');

    // The WASM is back: the next edit analyses, the alert goes.
    await page.unroute('**/solieu_bg.wasm', broken);
    const next = `${typed} Lợi nhuận đạt 42 tỷ đồng.`;
    await setArticle(page, next);
    await waitForAnalysis(page);
    assert.ok((await page.locator('#figures td.text').allTextContents()).some((t) => t.startsWith('42 tỷ')));
    assert.equal(await a.count(), 0, `${how}: the alert is gone`);
    assert.deepEqual(errors, [], how);
    await context.close();
  }
});

const WORKER = readFileSync(join(WWW, 'worker.js'), 'utf8');
const ANALYZE_CALL = 'const analysis = analyze(String(text), options);';

// Broken versions of worker.js, served in its place.
const BROKEN = {
  // analyze() throws as a Rust panic does in WASM.
  panic: () => {
    assert.ok(WORKER.includes(ANALYZE_CALL), 'worker.js still calls analyze() as this test expects');
    return WORKER.replace(ANALYZE_CALL, "const analysis = (() => { throw new WebAssembly.RuntimeError('unreachable'); })();");
  },
  // An uncaught error in the worker (its onerror on the page).
  throws: () => `${WORKER}\nself.onmessage = () => { throw new Error('the worker broke'); };\n`,
  // A script that does not even load.
  syntax: () => 'this is not JavaScript (',
};

test('the analysis throws: an alert; Retry and the next edit use a fresh worker', { timeout: 90_000 }, async () => {
  for (const [name, body] of Object.entries(BROKEN)) {
    const { context, page, errors, open } = await freshPage();
    const serve = (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: body() });
    await page.route('**/worker.js', serve);
    await open();
    const a = alert(page);
    await a.waitFor({ state: 'visible' });
    assert.match(await a.textContent(), /The analysis failed\..*Your text is safe/s, name);
    if (name === 'panic') assert.match(await a.textContent(), /RuntimeError: unreachable/);
    const text = await page.inputValue('#article');
    assert.ok(text.includes('1.038 lượt'), `${name}: the sample is still in the editor`);

    // Retry while still broken: it fails again, and says so.
    await page.evaluate(() => {
      window.__alerts = 0;
      new MutationObserver(() => (window.__alerts += 1)).observe(document.getElementById('failure'), { childList: true });
    });
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => window.__alerts > 0);
    await a.waitFor({ state: 'visible' });

    // Fixed: Retry analyses.
    await page.unroute('**/worker.js', serve);
    await page.getByRole('button', { name: 'Retry' }).click();
    await rowOf(page, '1.038 lượt').waitFor({ state: 'attached' });
    await waitForAnalysis(page);
    assert.equal(await a.count(), 0);

    // The fresh worker keeps answering edits.
    await setArticle(page, 'Revenue rose 31%.');
    await rowOf(page, '31%').waitFor({ state: 'attached' });
    await waitForAnalysis(page);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test('what the early worker said before app.js ran is heard: its being ready, or its failure', { timeout: 60_000 }, async () => {
  // app.js held back, so boot.js's worker loads (or fails) before anyone
  // listens: its events wait in boot.js and are handed over on adoption.
  for (const broken of [false, true]) {
    const { context, page, errors, open } = await freshPage();
    await page.route('**/app.js', async (route) => {
      await new Promise((ok) => setTimeout(ok, 1_500));
      await route.continue();
    });
    if (broken) {
      await page.route('**/worker.js', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: BROKEN.syntax() }),
      );
    }
    await open();
    if (broken) {
      const a = alert(page);
      await a.waitFor({ state: 'visible' });
      assert.match(await a.textContent(), /The analysis failed\..*Your text is safe/s);
      assert.equal(await page.getAttribute('#tab-edit', 'aria-selected'), 'true', 'nothing to highlight: Edit');
    } else {
      await waitForAnalysis(page);
      assert.match(await page.textContent('#version'), /^\d+\.\d+\.\d+/, 'the early ready message set the version');
      assert.equal(await alert(page).count(), 0);
    }
    assert.deepEqual(errors, [], broken ? 'broken' : 'ready');
    await context.close();
  }
});

// The bounds on loading and on a run are the page's timers; Playwright's
// fake clock (page.clock, paused from the start) runs them, so these tests
// check where each bound lies without waiting for it or timing anything.

test('a worker that never loads is reported at the 15 s bound on loading, not before', { timeout: 60_000 }, async () => {
  const { context, page, errors, open } = await freshPage();
  const silent = (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'self.onmessage = () => {};' });
  await page.route('**/worker.js', silent);
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000); // no page timer runs unless told to
  await open();
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'busy'); // the sample is sent
  const a = alert(page);
  await page.clock.runFor(14_900);
  assert.equal(await a.count(), 0, 'no alert 14.9 s after the start');
  await page.clock.runFor(200);
  await a.waitFor({ state: 'visible' });
  assert.match(await a.textContent(), /did not load within 15 s/);
  assert.ok((await page.inputValue('#article')).includes('1.038 lượt'));
  // Time flows again; the worker is back: the next edit analyses.
  await page.clock.resume();
  await page.unroute('**/worker.js', silent);
  await setArticle(page, 'Revenue rose 17%.');
  await rowOf(page, '17%').waitFor({ state: 'attached' });
  await waitForAnalysis(page);
  assert.equal(await a.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a worker that loads but never answers is reported at the run bound, which grows with the text', { timeout: 60_000 }, async () => {
  const { context, page, errors, open } = await freshPage();
  const mute = (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: "self.postMessage({ ready: true, version: 'mute' }); self.onmessage = () => {};",
    });
  await page.route('**/worker.js', mute);
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  await open();
  const loaded = () => page.waitForFunction(() => document.getElementById('version').textContent === 'mute');
  await loaded(); // past the bound on loading
  const a = alert(page);
  // 20 s, and 20 s per million characters waiting: the sample's 12.6 K.
  const chars = (await page.inputValue('#article')).length;
  const bound = 20_000 + (20_000 * chars) / 1e6;
  await page.clock.runFor(bound - 100);
  assert.equal(await a.count(), 0, `no alert before ${bound} ms`);
  await page.clock.runFor(200);
  await a.waitFor({ state: 'visible' });
  assert.match(await a.textContent(), /did not answer in time/);

  // A million characters more: 20 s more. A fresh worker takes the edit.
  await page.evaluate(() => (document.getElementById('version').textContent = ''));
  await setArticle(page, 'Doanh thu đạt 5 tỷ đồng. '.repeat(40_000));
  await page.clock.runFor(100); // the pause before an edit is sent
  await loaded(); // the fresh worker is past the bound on loading
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'busy');
  // (The alert stays until an answer comes; a failure writes it anew.)
  await page.evaluate(() => {
    window.__alerts = 0;
    new MutationObserver(() => (window.__alerts += 1)).observe(document.getElementById('failure'), { childList: true });
  });
  await page.clock.runFor(39_000);
  assert.equal(await page.evaluate(() => window.__alerts), 0, 'no failure 39 s after sending a million characters');
  await page.clock.runFor(1_100);
  await page.waitForFunction(() => window.__alerts > 0);
  assert.match(await a.textContent(), /did not answer in time/);
  assert.equal(await page.getAttribute('#status', 'data-state'), 'error');
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- text that is not well-formed UTF-16 ------------------------------------------------

test('lone surrogates: the figures after them slice out of the original string', { timeout: 60_000 }, async () => {
  const { context, page, problems, open } = await freshPage();
  await open();
  await waitForAnalysis(page);
  // Built in the page: a lone surrogate may not survive the test protocol.
  const cases = [
    ['Thu 1.038 lượt ', 0xd800, ' và 25 người tham gia, tăng 12%.'],
    ['Chi 300 triệu đồng cho ', 0xdc00, '25 người, tức 12 triệu đồng mỗi người.'],
    ['', 0xdbff, 'Revenue rose 14% to $3.2 billion in 2023.'],
    ['Thu 1.038 lượt và 25 người ', 0xd83d, ''],
  ];
  for (const [head, unit, tail] of cases) {
    const result = await page.evaluate(
      async ([head, unit, tail]) => {
        const text = `${head}${String.fromCharCode(unit)}${tail}`;
        const article = document.getElementById('article');
        article.value = text;
        article.dispatchEvent(new Event('input', { bubbles: true }));
        const at = head.length;
        const deadline = performance.now() + 10_000;
        while (window.__solieu?.text !== text) {
          if (performance.now() > deadline) return { error: 'no analysis' };
          await new Promise((ok) => setTimeout(ok, 20));
        }
        const figures = window.__solieu.analysis.figures;
        return {
          kept: article.value.charCodeAt(at) === unit && !article.value.isWellFormed(),
          figures: figures.map((f) => ({ text: f.text, after: f.start > at, slice: text.slice(f.start, f.end) })),
          view: document.getElementById('view').textContent === text,
        };
      },
      [head, unit, tail],
    );
    assert.equal(result.error, undefined);
    assert.ok(result.kept, 'the lone surrogate is in the string analysed');
    const after = result.figures.filter((f) => f.after);
    if (tail) assert.ok(after.length >= 2, `figures after the surrogate: ${JSON.stringify(result.figures)}`);
    for (const f of result.figures) {
      if (f.after) assert.equal(f.slice, f.text, `${JSON.stringify(head)} + U+${unit.toString(16)}: ${f.text}`);
    }
    // Those before it line up too, and the view shows the text as it is.
    for (const f of result.figures) assert.equal(f.slice, f.text);
    assert.ok(result.view, 'the highlighted view is the text');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- no leak ---------------------------------------------------------------------------

test('100 analyses in a row leave WASM memory flat', { timeout: 180_000 }, async (t) => {
  const { context, page, problems, open } = await freshPage();
  await open();
  await waitForAnalysis(page);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const sample = readFileSync(join(WWW, 'samples/vi-haugiang-q1-2023.txt'), 'utf8');
  const run = (from, to) =>
    page.evaluate(
      async ([sample, from, to]) => {
        const article = document.getElementById('article');
        const memory = [];
        for (let i = from; i < to; i += 1) {
          // The same length every time: a four-digit number that changes.
          const text = `Tổng cộng có ${1000 + i} lượt kiểm tra, tăng ${10 + (i % 80)}%.\n\n${sample}`;
          article.value = text;
          article.dispatchEvent(new Event('input', { bubbles: true }));
          const deadline = performance.now() + 20_000;
          while (window.__solieu?.text !== text) {
            if (performance.now() > deadline) throw new Error(`analysis ${i + 1} did not arrive`);
            await new Promise((ok) => setTimeout(ok, 5));
          }
          memory.push(window.__solieu.memory);
        }
        return memory;
      },
      [sample, from, to],
    );
  const first = await run(0, 10);
  const heap10 = await heap();
  const rest = await run(10, 100);
  const heap100 = await heap();
  const memory = [...first, ...rest];
  assert.equal(memory.length, 100);
  assert.ok(memory.every((m) => Number.isInteger(m) && m > 0), `memory reported: ${memory.slice(0, 3)}`);
  t.diagnostic(`WASM memory: after 1: ${memory[0]} B, after 10: ${memory[9]} B, after 100: ${memory[99]} B`);
  t.diagnostic(`page JS heap after a GC: after 10: ${heap10} B, after 100: ${heap100} B`);
  assert.equal(memory[99], memory[9], 'WASM memory grew between the 10th and the 100th analysis');
  // The page's JS heap: the analyses on screen are replaced, not kept.
  assert.ok(heap100 - heap10 < 2 * 1024 * 1024, `the page's JS heap grew by ${heap100 - heap10} B`);
  assert.deepEqual(problems, []);
  await context.close();
});
