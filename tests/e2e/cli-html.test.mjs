// The command line reads an HTML file as the page reads an HTML paste: the
// same text and the same analysis (so the same block hints), for each page
// of the extraction benchmark (../shared/extraction/pages): the CLI's
// solieu::html on html5ever against the page's html-to-text.js and
// story.js on Chromium's parser, in Debian's Chromium.
//
//     cargo build --release && node --test tests/e2e/cli-html.test.mjs

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPUS, ROOT, openPage } from './harness.mjs';

const PAGES = join(CORPUS, '../extraction/pages');

let page;
let close = async () => {};

before(async () => {
  ({ page, close } = await openPage());
  await page.evaluate(async () => {
    const conv = await import('./html-to-text.js');
    const wasm = await import('./pkg/solieu.js');
    await wasm.default();
    window.route = (html) => {
      const { text, blocks } = conv.htmlToBlocks(html);
      return { text, analysis: wasm.analyze(text, { blocks }) };
    };
  });
});

after(async () => {
  await close();
});

test('an HTML file reads in the CLI as it pastes in the page: the same text and analysis', { timeout: 300_000 }, async () => {
  const names = readdirSync(PAGES).filter((n) => n.endsWith('.html.gz')).sort();
  assert.ok(names.length >= 80, `${names.length} pages`);
  const dir = mkdtempSync(join(tmpdir(), 'solieu-cli-html-'));
  try {
    const htmls = new Map();
    for (const name of names) {
      const html = gunzipSync(readFileSync(join(PAGES, name))).toString('utf8');
      htmls.set(name.replace(/\.gz$/, ''), html);
      writeFileSync(join(dir, name.replace(/\.gz$/, '')), html);
    }
    const run = spawnSync(join(ROOT, 'target/release/solieu'), ['analyze', dir, '--format', 'jsonl'], { maxBuffer: 1 << 30, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const differ = [];
    for (const line of run.stdout.split('\n').filter(Boolean)) {
      const { path, text, ...analysis } = JSON.parse(line);
      const name = path.split('/').pop();
      const want = await page.evaluate((h) => window.route(h), htmls.get(name));
      if (text !== want.text) differ.push(`${name}: text`);
      else if (JSON.stringify(analysis) !== JSON.stringify(want.analysis)) differ.push(`${name}: analysis`);
    }
    assert.deepEqual(differ, [], `${differ.length} of ${names.length} pages differ`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
