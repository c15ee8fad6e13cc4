// The page's modules (www/*.js) as the house keeps them: each at most 400
// lines and opening with a comment that says what it owns; every module the
// page imports is preloaded by index.html (no round trip per level of
// imports before the first render); and none writes markup into the page:
// text goes in through textContent (html-to-text.js alone parses pasted HTML,
// with DOMParser, into a detached document it only reads).
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = join(dirname(fileURLToPath(import.meta.url)), '../../www');
const MAX_LINES = 400;
// Written at build time (tools/precache.mjs), not kept in git.
const GENERATED = new Set(['precache.js']);
const modules = readdirSync(WWW).filter((f) => f.endsWith('.js') && !GENERATED.has(f)).sort();
const source = (f) => readFileSync(join(WWW, f), 'utf8');

test(`each module is at most ${MAX_LINES} lines and opens with what it owns`, () => {
  assert.ok(modules.includes('app.js') && modules.length > 10, modules.join(' '));
  for (const f of modules) {
    const lines = source(f).split('\n').length - 1;
    assert.ok(lines <= MAX_LINES, `${f}: ${lines} lines`);
    const head = source(f).split('\n').slice(0, 2);
    assert.ok(head.every((l) => l.startsWith('//')), `${f} opens with a comment of two lines or more: ${head[0]}`);
  }
});

/** The modules `entry` imports, and theirs, as paths relative to www/. */
function imports(entry) {
  const found = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    for (const m of source(file).matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const dep = normalize(join(dirname(file), m[1]));
      if (!found.has(dep)) {
        found.add(dep);
        queue.push(dep);
      }
    }
  }
  return found;
}

test('index.html preloads every module app.js imports, directly or not', () => {
  const html = source('index.html');
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));
  const scripts = new Set([...html.matchAll(/<script type="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]));
  const needed = [...imports('app.js')].filter((f) => !scripts.has(f));
  assert.ok(needed.length > 10, needed.join(' '));
  assert.deepEqual(needed.filter((f) => !preloaded.has(f)), [], 'modules app.js needs that index.html does not preload');
  for (const f of preloaded) assert.ok(modules.includes(f), `index.html preloads ${f}, which is not in www/`);
});

test('no module writes markup into the page', () => {
  for (const f of modules) {
    assert.doesNotMatch(source(f), /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment/, f);
  }
});
