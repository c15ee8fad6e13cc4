// www/saved.js keeps the article across reloads and never throws: a full,
// refusing or missing storage is answered with a state, not an exception.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetArticle, loadArticle, saveArticle } from '../../www/saved.js';

/** A Storage-like map; `quota` in UTF-16 units of keys and values. */
function memoryStorage(quota = Infinity) {
  const map = new Map();
  const size = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem(k, v) {
      const value = String(v);
      const old = map.has(k) ? k.length + map.get(k).length : 0;
      if (size() - old + k.length + value.length > quota) {
        const err = new Error('quota');
        err.name = 'QuotaExceededError';
        throw err;
      }
      map.set(k, value);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const throwing = {
  getItem() {
    throw new Error('denied');
  },
  setItem() {
    throw new Error('denied');
  },
  removeItem() {
    throw new Error('denied');
  },
};

test('text and hints come back as saved', () => {
  const store = memoryStorage();
  const hints = [{ start: 0, end: 5, kind: 'h2' }, { start: 7, end: 12, kind: 'p' }];
  assert.equal(saveArticle('Title\n\nBody.', hints, store), 'saved');
  assert.deepEqual(loadArticle(store), { text: 'Title\n\nBody.', hints });
  assert.equal(saveArticle('Plain text 12%.', [], store), 'saved');
  assert.deepEqual(loadArticle(store), { text: 'Plain text 12%.', hints: [] });
});

test('an empty text removes what was saved', () => {
  const store = memoryStorage();
  saveArticle('Some text', [], store);
  assert.equal(saveArticle('', [], store), 'empty');
  assert.equal(loadArticle(store), null);
  assert.equal(store.map.size, 0);
});

test('over the quota: "too-large", and the older text is not kept either', () => {
  const store = memoryStorage(1000);
  saveArticle('short', [{ start: 0, end: 5, kind: 'p' }], store);
  assert.equal(saveArticle('x'.repeat(2000), [{ start: 0, end: 5, kind: 'p' }], store), 'too-large');
  assert.equal(loadArticle(store), null);
  assert.equal(store.map.size, 0);
});

test('storage that throws, or none: "unavailable", never an exception', () => {
  assert.equal(saveArticle('text', [], throwing), 'unavailable');
  assert.equal(loadArticle(throwing), null);
  assert.equal(forgetArticle(throwing), false);
  assert.equal(saveArticle('text', [], null), 'unavailable');
  assert.equal(loadArticle(null), null);
  // In Node there is no localStorage: the default storage is none.
  assert.equal(saveArticle('text'), 'unavailable');
  assert.equal(loadArticle(), null);
});

test('hints that do not fit the saved text are dropped, the text kept', () => {
  const store = memoryStorage();
  const bad = [
    'not json',
    JSON.stringify({ length: 3, hints: [{ start: 0, end: 2, kind: 'p' }] }), // another text
    JSON.stringify({ length: 9, hints: [{ start: 0, end: 20, kind: 'p' }] }), // past the end
    JSON.stringify({ length: 9, hints: [{ start: 4, end: 2, kind: 'p' }] }),
    JSON.stringify({ length: 9, hints: [{ start: 0, end: 2, kind: '<script>' }] }),
    JSON.stringify({ length: 9, hints: 'h2' }),
  ];
  for (const raw of bad) {
    store.setItem('solieu.article', 'Some text');
    store.setItem('solieu.article.hints', raw);
    assert.deepEqual(loadArticle(store), { text: 'Some text', hints: [] }, raw);
  }
});
