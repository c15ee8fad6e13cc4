// Builds dist/, the page as a static host serves it: www/ file for file, with
// each ES module and the style sheet minified on its own (esbuild's
// `transform`, one file in, one file out: no bundling, no change of syntax
// or of names between modules, every module still loaded by the browser
// under its own path), then dist/precache.js, the service worker's list,
// hashed from what is served. `make page` runs it after `make wasm`.
//
// Why: the first visit's budget (250 kB gzip, tests/budget/page_weight.py)
// pays for every byte the page sends, and about a fifth of www/'s JavaScript
// and CSS is the comments and layout written for the people who maintain
// it. Served minified, the same modules weigh about 19 kB gzip less; www/
// stays the source, readable, and what `node --test tests/js/` imports.
//
//     node tools/dist.mjs [www [dist]]

import { transform } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { servedFiles, writePrecache } from './precache.mjs';

// What is minified, by its ending: modules (and the worker scripts) and styles.
const LOADERS = { '.js': 'js', '.css': 'css' };

/** The minified text of `source`, a file ending in `ext`. */
export async function minify(source, ext) {
  const { code } = await transform(source, {
    loader: LOADERS[ext],
    minify: true,
    // Keep the syntax as written (www/ targets current browsers already):
    // minify, never transpile.
    target: 'esnext',
    legalComments: 'none',
  });
  return code;
}

/** Writes `out` from `src`: every served file (and sw.js), the scripts and
 *  styles minified; returns the number of bytes before and after. */
export async function build(src, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let before = 0;
  let after = 0;
  // The samples are served (fetched when picked) though not precached.
  const files = [...new Set([...servedFiles(src), 'sw.js', ...servedFiles(join(src, 'samples')).map((f) => `samples/${f}`)])];
  for (const path of files) {
    const from = join(src, path);
    const to = join(out, path);
    mkdirSync(resolve(to, '..'), { recursive: true });
    const ext = path.slice(path.lastIndexOf('.'));
    if (!(ext in LOADERS)) {
      cpSync(from, to);
      continue;
    }
    const text = readFileSync(from, 'utf8');
    const small = await minify(text, ext);
    before += Buffer.byteLength(text);
    after += Buffer.byteLength(small);
    writeFileSync(to, small);
  }
  writePrecache(out);
  return { before, after };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = resolve(process.argv[2] ?? 'www');
  const out = resolve(process.argv[3] ?? 'dist');
  const { before, after } = await build(src, out);
  console.log(`dist: ${relative(process.cwd(), src)} → ${relative(process.cwd(), out)}, scripts and styles ${before} → ${after} bytes`);
}
