// The command line's HTML route on the extraction benchmark: each page's
// HTML read by `solieu analyze page.html` (solieu::html, the native
// conversion), its body built as tools/extraction_html.mjs builds the page's
// (a line goes when the outline's boilerplate, bylines, captions and title
// cover more than half of it). Writes target/extraction/solieu-cli-html.json:
//
//     cargo build --release && node tools/extraction_cli.mjs
//     python3 ../shared/extraction/score.py target/extraction --name solieu-cli-html
//
// Not part of `make test` (it measures; it asserts nothing).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../tests/e2e/harness.mjs';

const PAGES = join(ROOT, '../shared/extraction/pages');
const OUT = join(ROOT, 'target/extraction');
const MOST = 0.5;

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

const dir = mkdtempSync(join(tmpdir(), 'solieu-extraction-'));
try {
  for (const name of readdirSync(PAGES).filter((n) => n.endsWith('.html.gz'))) {
    writeFileSync(join(dir, name.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(PAGES, name))));
  }
  const run = spawnSync(join(ROOT, 'target/release/solieu'), ['analyze', dir, '--format', 'jsonl'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`solieu exited ${run.status}: ${run.stderr}`);
  const output = {};
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const doc = JSON.parse(line);
    const id = doc.path.split('/').pop().replace(/\.html$/, '');
    output[id] = { articleBody: body(doc.text, doc.outline) };
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'solieu-cli-html.json'), JSON.stringify(output, null, 1));
  console.log(`solieu-cli-html: ${Object.keys(output).length} pages; target/extraction/solieu-cli-html.json`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
