// The HTML route on the extraction benchmark: each page's HTML goes through
// the page's own conversion (www/html-to-text.js, the code a paste's
// `text/html` flavour takes) and the page's own WebAssembly in Chromium,
// with the block hints the conversion makes; the article's body is built as
// ../shared/extraction/run.py builds it from a plain-text paste (a line goes
// when the outline's boilerplate, bylines, captions and title cover more than
// half of its non-space characters). Writes target/extraction/solieu-html.json,
// which the benchmark's scorer reads beside the plain-text route:
//
//     make wasm && node tools/extraction_html.mjs
//     python3 ../shared/extraction/score.py target/extraction --name solieu-html
//
// Not part of `make test` (it measures; it asserts nothing).

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PREFIX, ROOT, launchChromium, startServer } from '../tests/e2e/harness.mjs';

const PAGES = join(ROOT, '../shared/extraction/pages');
const OUT = join(ROOT, 'target/extraction');
const MOST = 0.5;

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${origin}${PREFIX}`);
await page.evaluate(async () => {
  const conv = await import('./html-to-text.js');
  const wasm = await import('./pkg/solieu.js');
  await wasm.default();
  window.route = (html) => {
    const { text, blocks } = conv.htmlToBlocks(html);
    return { text, analysis: wasm.analyze(text, { blocks }) };
  };
});

/** The body: the text's lines less those the outline marks, as run.py does. */
function body(text, outline) {
  const marked = new Uint8Array(text.length);
  const spans = [...(outline.boilerplate ?? []), ...(outline.bylines ?? []), ...(outline.captions ?? [])];
  if (outline.title) spans.push(outline.title);
  for (const s of spans) marked.fill(1, s.start, s.end);
  const kept = [];
  let at = 0;
  for (const line of text.split('\n')) {
    let chars = 0;
    let covered = 0;
    for (let k = 0; k < line.length; k++) {
      if (!/\s/.test(line[k])) {
        chars++;
        covered += marked[at + k];
      }
    }
    if (chars > 0 && covered <= MOST * chars) kept.push(line.trim());
    at += line.length + 1;
  }
  return kept.join('\n');
}

const output = {};
const removed = { lines: 0, kept: 0 };
for (const name of readdirSync(PAGES).filter((n) => n.endsWith('.html.gz')).sort()) {
  const id = name.replace(/\.html\.gz$/, '');
  const html = gunzipSync(readFileSync(join(PAGES, name))).toString('utf8');
  const { text, analysis } = await page.evaluate((h) => window.route(h), html);
  const articleBody = body(text, analysis.outline);
  removed.kept += articleBody.split('\n').length;
  removed.lines += text.split('\n').filter((l) => l.trim()).length;
  output[id] = { articleBody };
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'solieu-html.json'), JSON.stringify(output, null, 1));
console.log(`solieu-html: ${Object.keys(output).length} pages; ${removed.kept} of ${removed.lines} lines kept; target/extraction/solieu-html.json`);
await browser.close();
server.close();
