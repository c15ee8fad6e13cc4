// www/dismissed.js: what the reader dismissed, by keys that outlive an edit.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDismissed, checkKey, counts, figureDismissed, figureKeys, fromJson, none, toJson } from '../../www/dismissed.js';

const analysisOf = (texts, checks = []) => ({
  figures: texts.map((text, id) => ({ id, kind: 'percent', text })),
  checks,
});

test('a figure is known by its kind, its text and which occurrence of it it is', () => {
  const a = analysisOf(['12%', '5%', '12%']);
  const keys = figureKeys(a);
  assert.equal(new Set(keys).size, 3);
  // A figure added before them: the second "12%" is still the second.
  const b = analysisOf(['7%', '12%', '5%', '12%']);
  assert.equal(figureKeys(b)[3], keys[2]);
  assert.equal(figureKeys(b)[1], keys[0]);
});

test('a check is dismissed itself or through a figure it counts', () => {
  const c = { kind: 'sum', total: 0, parts: [1, 2], explanation: '5 + 7 = 12 ✓' };
  const other = { kind: 'sum', total: 3, parts: [4], explanation: '1 = 1 ✓' };
  const a = analysisOf(['12%', '5%', '7%', '1%', '1%'], [c, other]);
  const d = none();
  assert.equal(checkDismissed(a, d, c), false);
  d.figures.add(figureKeys(a)[2]);
  assert.equal(figureDismissed(a, d, a.figures[2]), true);
  assert.equal(checkDismissed(a, d, c), true);
  assert.equal(checkDismissed(a, d, other), false);
  d.checks.add(checkKey(other));
  assert.deepEqual(counts(a, d), { figures: 1, checks: 2 });
});

test('kept as JSON, and anything else read as nothing dismissed', () => {
  const d = { figures: new Set(['a']), checks: new Set(['b']) };
  assert.deepEqual(fromJson(JSON.parse(JSON.stringify(toJson(d)))), d);
  for (const junk of [null, 3, 'x', { figures: 'a' }, { figures: [1, 'k'] }]) {
    const r = fromJson(junk);
    assert.ok(r.figures instanceof Set && r.checks instanceof Set);
    assert.ok([...r.figures].every((k) => typeof k === 'string'));
  }
});
