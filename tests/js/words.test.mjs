// The interface's words: both languages have every key, and every key the
// page and its modules ask for is in them.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import en from '../../www/words-en.js';
import vi from '../../www/words-vi.js';
import { COLUMNS } from '../../www/export.js';

const WWW = new URL('../../www/', import.meta.url);

test('English and Vietnamese have the same keys, none empty', () => {
  assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort());
  for (const [key, words] of [...Object.entries(en), ...Object.entries(vi)]) {
    assert.ok(typeof words === 'object' || String(words).trim(), `${key} is empty`);
  }
});

test('every key the page and the modules name is there', () => {
  const html = readFileSync(new URL('index.html', WWW), 'utf8');
  const keys = new Set([...html.matchAll(/data-i18n(?:-label|-title|-placeholder)?="([^"]+)"/g)].map((m) => m[1]));
  for (const file of readdirSync(WWW).filter((f) => f.endsWith('.js'))) {
    const src = readFileSync(new URL(file, WWW), 'utf8');
    // Literal keys only: t('checks.none'), t(`export.col.${c}`) is checked by its prefix.
    for (const m of src.matchAll(/\bt\('([a-z][\w.]*)'/g)) keys.add(m[1]);
  }
  const missing = [...keys].filter((k) => !(k in en));
  assert.deepEqual(missing, []);
  // The keys built from a prefix: every check kind's verdicts, every export column.
  for (const kind of ['sum', 'ratio', 'share', 'change', 'points', 'average', 'restatement']) {
    for (const v of ['ok', 'bad']) assert.ok(`verdict.${kind}.${v}` in en, `verdict.${kind}.${v}`);
  }
  for (const c of COLUMNS) assert.ok(`export.col.${c}` in en, `export.col.${c}`);
});
