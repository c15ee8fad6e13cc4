// Block hints follow the text through edits (www/hints.js), in plain Node.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedRange, remapHints, shiftHints, sortHints } from '../../www/hints.js';

const text = 'Title\n\nFirst para.\n\nHeading\n\nLast para.';
const at = (s, kind) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, kind });
const hints = [at('Title', 'h1'), at('First para.', 'p'), at('Heading', 'h2'), at('Last para.', 'p')];

/** Each hint still covers the same characters in the new text. */
function sameText(before, after, oldText, newText) {
  const a = new Map(before.map((h) => [h.kind + oldText.slice(h.start, h.end), true]));
  for (const h of after) assert.ok(a.has(h.kind + newText.slice(h.start, h.end)), JSON.stringify(h));
}

test('changedRange finds the smallest changed stretch', () => {
  assert.deepEqual(changedRange('abcdef', 'abXdef'), { start: 2, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(changedRange('abcdef', 'abcdef'), { start: 6, oldEnd: 6, newEnd: 6 });
  assert.deepEqual(changedRange('abc', ''), { start: 0, oldEnd: 3, newEnd: 0 });
  assert.deepEqual(changedRange('', 'abc'), { start: 0, oldEnd: 0, newEnd: 3 });
  assert.deepEqual(changedRange('abcdef', 'abef'), { start: 2, oldEnd: 4, newEnd: 2 });
});

test('the caret settles an ambiguous edit', () => {
  // "T" typed before "The": without the caret the T after it looks inserted.
  assert.deepEqual(changedRange('The', 'TThe'), { start: 1, oldEnd: 1, newEnd: 2 });
  assert.deepEqual(changedRange('The', 'TThe', 1), { start: 0, oldEnd: 0, newEnd: 1 });
  // Backspace on the second of two equal letters: caret where the letter was.
  assert.deepEqual(changedRange('aab', 'ab', 1), { start: 1, oldEnd: 2, newEnd: 1 });
  // A caret that does not fit the edit is ignored.
  assert.deepEqual(changedRange('abc', 'abXc', 0), { start: 2, oldEnd: 2, newEnd: 3 });
  assert.deepEqual(changedRange('abc', 'abXc', 99), { start: 2, oldEnd: 2, newEnd: 3 });
});

test('typing at the very start shifts every hint', () => {
  const next = 'X' + text;
  const got = remapHints(hints, text, next, 1);
  assert.equal(got.length, hints.length);
  assert.deepEqual(got.map((h) => h.start), hints.map((h) => h.start + 1));
  sameText(hints, got, text, next);
});

test('typing "T" before "Title" keeps the title hint with the caret known', () => {
  const next = 'T' + text;
  assert.equal(remapHints(hints, text, next, 1).length, hints.length);
});

test('an edit inside a hint drops that hint only', () => {
  const i = text.indexOf('Heading') + 3;
  const next = text.slice(0, i) + 'zz' + text.slice(i);
  const got = remapHints(hints, text, next, i + 2);
  assert.deepEqual(got.map((h) => h.kind), ['h1', 'p', 'p']);
  sameText(hints, got, text, next);
});

test('an edit between hints keeps them all', () => {
  const i = text.indexOf('\n\nHeading') + 1;
  const next = text.slice(0, i) + 'new line\n' + text.slice(i);
  const got = remapHints(hints, text, next, i + 9);
  assert.equal(got.length, 4);
  sameText(hints, got, text, next);
});

test('deleting across hints drops the ones it touches', () => {
  const a = text.indexOf('para.');
  const b = text.indexOf('Last');
  const next = text.slice(0, a) + text.slice(b);
  const got = remapHints(hints, text, next, a);
  // "First para." and "Heading" were cut into; "Last para." only moved.
  assert.deepEqual(got.map((h) => [h.kind, next.slice(h.start, h.end)]), [['h1', 'Title'], ['p', 'Last para.']]);
  sameText(hints, got, text, next);
});

test('replacing everything drops everything', () => {
  assert.deepEqual(remapHints(hints, text, 'something else', 14), []);
});

test('shiftHints keeps hints that end where the change starts and start where it ends', () => {
  const h = [{ start: 0, end: 5, kind: 'p' }, { start: 10, end: 15, kind: 'p' }];
  assert.deepEqual(shiftHints(h, 5, 10, 2), [h[0], { start: 7, end: 12, kind: 'p' }]);
  assert.deepEqual(shiftHints(h, 4, 10, 0), [{ start: 4, end: 9, kind: 'p' }]);
});

test('remapHints returns the same hints for the same text', () => {
  assert.equal(remapHints(hints, text, text), hints);
});

test('sortHints orders by start', () => {
  const got = sortHints([hints[2], hints[0], hints[3], hints[1]]);
  assert.deepEqual(got, hints);
});
