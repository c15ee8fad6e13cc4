// An accessibility audit of the page with axe-core (npm), in light and dark,
// in both interface languages and on a phone: no serious or critical
// violations. The page's CSP forbids inline scripts, so the audit runs in a
// context that bypasses it; the page itself is unchanged.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make page` (dist/, the built page), /usr/bin/chromium and node_modules/axe-core.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { PREFIX, openPage, showSample } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
let origin;
let close = async () => {};

before(async () => {
  ({ browser, origin, close } = await openPage());
});

after(async () => {
  await close();
});

/** Opens the page in a fresh context with `options`, picks the sample and
 *  waits for its analysis (or, `empty`, stays on the first visit's empty
 *  article), runs `prepare(page)`, then axe; returns the serious and
 *  critical violations, described. */
async function audit(options, prepare = async () => {}, { empty = false } = {}) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, ...options });
  try {
    const page = await context.newPage();
    await page.goto(origin + PREFIX);
    if (empty) await page.waitForFunction(() => document.getElementById('status').dataset.state === 'idle');
    else await showSample(page);
    await prepare(page);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(async () =>
      window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
    );
    return {
      rules: result.passes.length,
      bad: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`),
    };
  } finally {
    await context.close();
  }
}

const cases = [
  ['light', { colorScheme: 'light' }],
  ['dark', { colorScheme: 'dark' }],
  ['phone', { colorScheme: 'light', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['Vietnamese, dark', { colorScheme: 'dark', locale: 'vi-VN' }],
];

for (const [name, options] of cases) {
  test(`axe: no serious or critical violations (${name})`, { timeout: 60_000 }, async () => {
    const { rules, bad } = await audit(options);
    assert.ok(rules > 20, `axe ran ${rules} passing rules`);
    assert.deepEqual(bad, []);
  });
}

test('axe: the first visit, an empty article (light and dark)', { timeout: 60_000 }, async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { bad } = await audit({ colorScheme }, async () => {}, { empty: true });
    assert.deepEqual(bad, [], colorScheme);
  }
});

test('axe: the Edit tab, a picked figure and a picked check (light and dark)', { timeout: 60_000 }, async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { bad } = await audit({ colorScheme }, async (page) => {
      await page.locator('#view mark.fig').nth(5).click();
      await page.click('#rtab-checks');
      await page.click('#checks li.passing summary');
      await page.locator('#checks button[data-check]').first().click();
      await page.click('#rtab-figures');
      await page.selectOption('#filter-kind', 'count');
    });
    assert.deepEqual(bad, [], colorScheme);
    const edit = await audit({ colorScheme }, async (page) => page.click('#tab-edit'));
    assert.deepEqual(edit.bad, [], `${colorScheme}, Edit`);
    const outline = await audit({ colorScheme }, async (page) => page.click('#rtab-outline'));
    assert.deepEqual(outline.bad, [], `${colorScheme}, the outline's tab`);
  }
});

test('axe: a figure\'s card open, a check\'s detail, a dismissed figure, and the phone (light and dark)', { timeout: 90_000 }, async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { bad } = await audit({ colorScheme }, async (page) => {
      await page.locator('#view mark.fig').nth(3).click();
      await page.locator('#figure-card').waitFor();
      await page.click('#rtab-checks');
      await page.click('#checks li.passing summary');
      await page.locator('#checks button.check').first().click();
    });
    assert.deepEqual(bad, [], `${colorScheme}: card and check detail`);
    const gone = await audit({ colorScheme }, async (page) => {
      await page.locator('#figures tbody tr[data-id] button.dismiss').first().click();
      await page.locator('#figures-dismissed button').waitFor();
    });
    assert.deepEqual(gone.bad, [], `${colorScheme}: a dismissed figure`);
    const phone = await audit({ colorScheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    assert.deepEqual(phone.bad, [], `${colorScheme}: the phone`);
  }
});
