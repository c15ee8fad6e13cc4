// The WebAssembly build gives the same document as the CLI, for every corpus
// article, and copes with text that is not well-formed UTF-16.
//
//   node --test tests/js/            (CORPUS=dir to use another corpus)
//
// Needs `make wasm` (www/pkg) and `cargo build --release` (target/release/solieu).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = join(ROOT, 'www/pkg');
const CLI = join(ROOT, 'target/release/solieu');
const CORPUS = resolve(ROOT, process.env.CORPUS ?? '../shared/corpus');

const { initSync, analyze, version } = await import(join(PKG, 'solieu.js'));
initSync({ module: readFileSync(join(PKG, 'solieu_bg.wasm')) });

const articles = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()
  : [];

test('the corpus has articles to compare', () => {
  assert.ok(articles.length > 0, `no *.txt in ${CORPUS}`);
  assert.ok(existsSync(CLI), `${CLI} is missing: run cargo build --release`);
});

test('version() is a semver string', () => {
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

for (const name of articles) {
  test(`WASM and CLI agree on ${name}`, () => {
    const file = join(CORPUS, name);
    const text = readFileSync(file, 'utf8');
    const fromWasm = analyze(text, null);
    const fromCli = JSON.parse(
      execFileSync(CLI, ['analyze', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
    );
    assert.deepStrictEqual(fromWasm, fromCli);
  });
}

test('a lone surrogate does not throw, and offsets still slice to the text', () => {
  const text = 'a\uD800b 12%';
  const doc = analyze(text, null);
  assert.ok(doc.figures.length >= 1, 'the 12% is found');
  for (const f of doc.figures) {
    assert.equal(text.slice(f.start, f.end), f.text, `figure ${f.id}`);
  }
  const pct = doc.figures.find((f) => f.kind === 'percent');
  assert.ok(pct, 'a percent figure');
  assert.equal(pct.value, 12);
});

test('offsets are UTF-16 indices on text beyond the BMP', () => {
  const text = '😀😀 Doanh thu tăng 15% so với năm 2022.';
  const doc = analyze(text, { language: 'vi' });
  assert.equal(doc.language, 'vi');
  for (const f of doc.figures) {
    assert.equal(text.slice(f.start, f.end), f.text, `figure ${f.id}`);
  }
});

test('options may be undefined, null or name a language', () => {
  const text = 'Revenue rose 5% to $2 billion.';
  assert.deepStrictEqual(analyze(text, undefined), analyze(text, null));
  assert.equal(analyze(text, { language: 'en' }).language, 'en');
  assert.equal(analyze(text, { language: 'vi' }).language, 'vi');
});
