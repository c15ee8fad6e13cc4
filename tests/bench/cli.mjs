// The command line over a batch: the corpora's articles and the extraction
// benchmark's pages (text and HTML) repeated to 10,000 files in one directory, analysed to JSON lines on one
// thread and on every core, in articles per second (issue 19). Writes
// target/bench/cli.json for tests/bench/summary.mjs.
//
//     node tests/bench/cli.mjs        (make bench runs it, after a release build)

import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPUS, ROOT } from '../e2e/harness.mjs';

const ARTICLES = 10_000;
const BIN = join(ROOT, 'target/release/solieu');

// The articles: both corpora's texts, and the extraction benchmark's pages
// as HTML and as a whole-page copy's text.
const sources = [];
for (const dir of [CORPUS, join(ROOT, 'tests/corpus')]) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) sources.push(['txt', readFileSync(join(dir, name))]);
}
const pages = join(CORPUS, '../extraction/pages');
try {
  for (const name of readdirSync(pages).sort()) {
    if (name.endsWith('.html.gz')) sources.push(['html', gunzipSync(readFileSync(join(pages, name)))]);
    else if (name.endsWith('.txt')) sources.push(['txt', readFileSync(join(pages, name))]);
  }
} catch {
  // no extraction pages: the corpora alone
}

const dir = mkdtempSync(join(tmpdir(), 'solieu-batch-'));
try {
  for (let i = 0; i < ARTICLES; i++) {
    const [ext, bytes] = sources[i % sources.length];
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.${ext}`), bytes);
  }
  const run = (jobs) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(BIN, ['analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`solieu exited ${r.status}: ${r.stderr}`);
    return ARTICLES / s;
  };
  const cores = availableParallelism();
  // One run each, alternated twice: the better of two stands clear of a
  // busy moment of this shared machine.
  const one = Math.max(run(1), run(1));
  const all = Math.max(run(0), run(0));
  console.log(`CLI, ${ARTICLES} articles (${sources.length} distinct, text and HTML): ${one.toFixed(0)} articles/s on one core, ${all.toFixed(0)} on ${cores} (${(all / one).toFixed(2)}×)`);
  mkdirSync(join(ROOT, 'target/bench'), { recursive: true });
  writeFileSync(join(ROOT, 'target/bench/cli.json'), JSON.stringify({ articles: ARTICLES, distinct: sources.length, cores, one, all }, null, 1));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
