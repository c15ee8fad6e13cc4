// tools/precache.mjs writes the service worker's list (www/precache.js): the
// files the page serves and a version that is a hash of their contents, so
// that any change to a served file — the WASM, its glue, a module, the page —
// makes a new cache. Run here on a folder of its own in the system's temp.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { precache, render, servedFiles, writePrecache } from '../../tools/precache.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** A page folder like www/, with what the page serves and what it does not. */
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'solieu-precache-'));
  const files = {
    'index.html': '<!doctype html><title>x</title>',
    'app.js': 'export const a = 1;\n',
    'sw.js': "importScripts('precache.js');\n",
    'pkg/solieu.js': 'export default function init() {}\n',
    'pkg/solieu_bg.wasm': Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    'pkg/solieu.d.ts': 'export {};\n',
    'pkg/.gitignore': '*\n',
    'icons/icon-192.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'icons/generate.py': 'print(1)\n',
    'data/a b.txt': 'Doanh thu 5 tỷ đồng.\n',
    'samples/vi.txt': 'Chi 4 tỷ đồng.\n',
  };
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

/** What a precache.js file defines, run as the service worker would. */
function load(source) {
  const self = {};
  vm.runInNewContext(source, { self });
  return JSON.parse(JSON.stringify(self.SOLIEU_PRECACHE)); // out of the other realm
}

test('the list: every served file, the page itself first, not the worker nor build leftovers', (t) => {
  const dir = site();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'precache.js'), '// an older one\n');
  const { files, version } = precache(dir);
  // The sample articles are fetched when picked, not on a first visit.
  assert.deepEqual(files, [
    './',
    'app.js',
    'data/a b.txt',
    'icons/icon-192.png',
    'index.html',
    'pkg/solieu.js',
    'pkg/solieu_bg.wasm',
  ]);
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.deepEqual(servedFiles(dir), files.slice(1));
});

test('the version changes when any served file changes, and only then', (t) => {
  const dir = site();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const v0 = precache(dir).version;
  assert.equal(precache(dir).version, v0, 'the same files, the same version');

  // Files the page does not serve leave it as it is.
  writeFileSync(join(dir, 'icons/generate.py'), 'print(2)\n');
  writeFileSync(join(dir, 'pkg/solieu.d.ts'), 'export declare const x: 1;\n');
  writeFileSync(join(dir, 'precache.js'), '// whatever was generated before\n');
  assert.equal(precache(dir).version, v0);

  const seen = new Set([v0]);
  const changed = (what) => {
    const v = precache(dir).version;
    assert.ok(!seen.has(v), `${what}: a new version`);
    seen.add(v);
  };
  // The WASM alone, one byte.
  const wasm = readFileSync(join(dir, 'pkg/solieu_bg.wasm'));
  wasm[7] = 2;
  writeFileSync(join(dir, 'pkg/solieu_bg.wasm'), wasm);
  changed('the WASM');
  writeFileSync(join(dir, 'pkg/solieu.js'), 'export default function init() { return 1; }\n');
  changed('its glue');
  writeFileSync(join(dir, 'app.js'), 'export const a = 2;\n');
  changed('a module');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>y</title>');
  changed('the page');
  writeFileSync(join(dir, 'sw.js'), "importScripts('precache.js'); // v2\n");
  changed('the service worker');
  writeFileSync(join(dir, 'data/new.txt'), 'Chi 3 tỷ đồng.\n');
  changed('a file added');
  renameSync(join(dir, 'data/new.txt'), join(dir, 'data/renamed.txt'));
  changed('a file renamed');
  rmSync(join(dir, 'data/renamed.txt'));
  // Back to the files of before: the version of before.
  assert.ok(seen.has(precache(dir).version), 'the same files as before, a version seen before');
});

test('precache.js as written: what the service worker reads, and the command line', (t) => {
  const dir = site();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const list = writePrecache(dir);
  const written = readFileSync(join(dir, 'precache.js'), 'utf8');
  assert.equal(written, render(list));
  assert.deepEqual(load(written), list);
  // Writing it does not change the version (it is not in its own list).
  assert.equal(precache(dir).version, list.version);

  writeFileSync(join(dir, 'app.js'), 'export const a = 3;\n');
  const out = execFileSync(process.execPath, [join(ROOT, 'tools/precache.mjs'), dir], { encoding: 'utf8' });
  assert.match(out, /precache: 7 entries, version [0-9a-f]{16}/);
  const again = load(readFileSync(join(dir, 'precache.js'), 'utf8'));
  assert.notEqual(again.version, list.version);
  assert.deepEqual(again.files, list.files);
});
