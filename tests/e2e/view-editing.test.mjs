// The highlighted view takes what a person does to text they could paste
// into (www/view-editing.js): Paste from a context menu or a long press, the
// keyboard's paste, undo and redo, typing. Debian's Chromium, as in
// page.test.mjs.
//
// A browser's own context menu cannot be opened headless; what decides
// whether it offers Paste is whether the node under the pointer is editable
// (Chromium's ContextMenuParams.is_editable), and its Paste item runs the
// editor's Paste command, which the DevTools protocol can run as the menu
// does (Input.dispatchKeyEvent with `commands`).
//
//   node --test --test-concurrency=1 tests/e2e/view-editing.test.mjs

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PREFIX, openPage, setArticle, waitForAnalysis } from './harness.mjs';

const ARTICLE = 'Sales rose 14% to 3 million units in 2024.';

let page;
let browser;
let origin;
let problems = [];
let close = async () => {};

before(async () => {
  ({ page, browser, origin, problems, close } = await openPage());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

after(async () => {
  assert.deepEqual(problems, []);
  await close();
});

/** The article set in Edit, then shown highlighted. */
async function readArticle(p, text = ARTICLE) {
  await setArticle(p, text);
  await p.click('#tab-read');
  await p.waitForFunction((t) => document.getElementById('view').textContent === t, text);
}

/** Puts the view's caret `at` characters into its text, as a click there does. */
function caretAt(p, at) {
  return p.evaluate((n) => {
    const view = document.getElementById('view');
    const walk = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let left = n;
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      if (left <= node.length) {
        const r = document.createRange();
        r.setStart(node, left);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        view.focus({ preventScroll: true });
        return;
      }
      left -= node.length;
    }
    throw new Error(`no offset ${n} in the view`);
  }, at);
}

test('a right-click anywhere in the view is on editable text, and its Paste replaces the article', { timeout: 30_000 }, async () => {
  await readArticle(page);
  await page.evaluate(() => {
    window.__menus = [];
    addEventListener('contextmenu', (e) => window.__menus.push({ tag: e.target.tagName, editable: e.target.isContentEditable, kept: !e.defaultPrevented }));
  });
  await page.click('#view mark.fig', { button: 'right' });
  await page.click('#view', { button: 'right', position: { x: 4, y: 4 } });
  assert.deepEqual(
    await page.evaluate(() => window.__menus),
    [
      { tag: 'MARK', editable: true, kept: true },
      { tag: 'DIV', editable: true, kept: true },
    ],
    'the browser builds its menu for editable text (so with Paste), on a figure and between them',
  );
  await page.evaluate(() => navigator.clipboard.writeText('Revenue was 5 billion dollars in 2025.'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', commands: ['paste'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp' });
  await page.waitForFunction(() => window.__solieu?.text === 'Revenue was 5 billion dollars in 2025.');
  await waitForAnalysis(page);
  assert.equal(await page.getAttribute('#tab-read', 'aria-selected'), 'true', 'the view stays shown');
  assert.equal(await page.textContent('#view'), 'Revenue was 5 billion dollars in 2025.');
  assert.equal(await page.locator('#view mark.fig').count(), 2);
});

test('undo and redo in the view take a paste there back and bring it again', { timeout: 30_000 }, async () => {
  await readArticle(page);
  await page.evaluate(() => navigator.clipboard.writeText('Costs fell 9% to 120 million euros.'));
  await caretAt(page, 3);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.__solieu?.text.startsWith('Costs fell'));
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((t) => window.__solieu?.text === t, ARTICLE);
  await waitForAnalysis(page);
  assert.equal(await page.getAttribute('#tab-read', 'aria-selected'), 'true');
  assert.equal(await page.textContent('#view'), ARTICLE);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'view', 'the reader stays in the view');
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction(() => window.__solieu?.text === 'Costs fell 9% to 120 million euros.');
});

test('typing, deleting or cutting in the view goes on in Edit, at the same place; the view itself is never edited', { timeout: 30_000 }, async () => {
  await readArticle(page);
  // A character typed after "Sales".
  await caretAt(page, 5);
  await page.keyboard.type('X');
  assert.equal(await page.getAttribute('#tab-edit', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  assert.equal(await page.inputValue('#article'), 'SalesX rose 14% to 3 million units in 2024.');
  await page.keyboard.type('Y');
  assert.equal(await page.inputValue('#article'), 'SalesXY rose 14% to 3 million units in 2024.', 'typing goes on in Edit');
  // Backspace after "SalesXY" in the view, once it shows that text.
  await page.click('#tab-read');
  await page.waitForFunction(() => document.getElementById('view').textContent.startsWith('SalesXY '));
  await caretAt(page, 7);
  await page.keyboard.press('Backspace');
  assert.equal(await page.inputValue('#article'), 'SalesX rose 14% to 3 million units in 2024.');
  assert.deepEqual(await page.evaluate(() => [document.getElementById('article').selectionStart, document.getElementById('article').selectionEnd]), [6, 6]);
  // A word picked by a double click, then typed over.
  await page.click('#tab-read');
  await page.waitForFunction(() => document.getElementById('view').textContent.startsWith('SalesX '));
  await page.evaluate(() => {
    const view = document.getElementById('view');
    const node = [...view.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.includes('rose'));
    const r = document.createRange();
    r.setStart(node, node.data.indexOf('rose'));
    r.setEnd(node, node.data.indexOf('rose') + 4);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
    view.focus({ preventScroll: true });
  });
  await page.keyboard.type('fell');
  assert.equal(await page.inputValue('#article'), 'SalesX fell 14% to 3 million units in 2024.');
  // An input method's composition starts in the view and ends in Edit.
  await waitForAnalysis(page);
  await page.click('#tab-read');
  await caretAt(page, 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'Đ', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'Đ' });
  assert.equal(await page.inputValue('#article'), 'ĐSalesX fell 14% to 3 million units in 2024.');
  // The view shows the article as analysed, never its own edits.
  await waitForAnalysis(page);
  await page.click('#tab-read');
  await page.waitForFunction(() => document.getElementById('view').textContent === document.getElementById('article').value);
});

test('on a phone the view is editable under a finger, and a tap on a figure opens its card with no keyboard', { timeout: 30_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' });
  const p = await ctx.newPage();
  await p.goto(origin + PREFIX);
  await readArticle(p);
  const box = await p.locator('#view mark.fig').first().boundingBox();
  const under = await p.evaluate(([x, y]) => {
    const node = document.elementFromPoint(x, y);
    return { tag: node.tagName, editable: node.isContentEditable, inputMode: node.closest('#view')?.inputMode };
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  assert.deepEqual(under, { tag: 'MARK', editable: true, inputMode: 'none' }, 'a long press there is on editable text; a tap opens no keyboard');
  await p.tap('#view mark.fig');
  await p.waitForSelector('#figure-card:not([hidden])');
  assert.equal(await p.inputValue('#article'), ARTICLE, 'a tap edits nothing');
  await ctx.close();
});
