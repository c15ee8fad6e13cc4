// www/store.js, the page's one state: set() notifies at once with the keys it
// set, a set() made while listeners run is notified in a round of its own.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROW_STEP, createStore, freshView, initialState } from '../../www/store.js';

test('set() changes the state and tells each listener which keys it set', () => {
  const store = createStore();
  const heard = [];
  store.subscribe((state, keys) => heard.push(['a', [...keys].sort(), state.kind]));
  store.subscribe((state, keys) => heard.push(['b', [...keys].sort(), state.kind]));
  store.set({ kind: 'money', rows: 1000 });
  assert.equal(store.get().kind, 'money');
  assert.deepEqual(heard, [
    ['a', ['kind', 'rows'], 'money'],
    ['b', ['kind', 'rows'], 'money'],
  ]);
  // Setting a key to the value it has still notifies: listeners redraw.
  heard.length = 0;
  store.set({ kind: 'money' });
  assert.equal(heard.length, 2);
});

test('a set() from a listener is applied at once and notified after the round', () => {
  const store = createStore();
  const log = [];
  store.subscribe((state, keys) => {
    log.push(`first ${[...keys]}`);
    if (keys.has('result')) store.set({ kind: '' });
  });
  store.subscribe((state, keys) => log.push(`second ${[...keys]} kind=${state.kind}`));
  store.set({ kind: 'date' });
  log.length = 0;
  store.set({ result: { text: 'x' } });
  assert.deepEqual(log, ['first result', 'second result kind=', 'first kind', 'second kind kind=']);
});

test('an unknown key is refused; unsubscribe stops the calls', () => {
  const store = createStore();
  assert.throws(() => store.set({ nope: 1 }), /no key nope/);
  let calls = 0;
  const stop = store.subscribe(() => (calls += 1));
  store.set({ tab: 'edit' });
  stop();
  store.set({ tab: 'read' });
  assert.equal(calls, 1);
});

test('a listener that throws does not leave the store stuck', () => {
  const store = createStore();
  const stop = store.subscribe(() => {
    throw new Error('broken listener');
  });
  assert.throws(() => store.set({ tab: 'edit' }), /broken listener/);
  stop();
  let heard = 0;
  store.subscribe(() => (heard += 1));
  store.set({ tab: 'read' });
  assert.equal(heard, 1);
});

test('a new analysis starts from the first step with nothing picked; filters stay', () => {
  const state = { ...initialState(), kind: 'money', rows: 5 * ROW_STEP, current: 3, check: 1, checked: new Set([1]) };
  const next = { ...state, ...freshView() };
  assert.equal(next.kind, 'money');
  assert.equal(next.rows, ROW_STEP);
  assert.equal(next.current, null);
  assert.equal(next.check, -1);
  assert.equal(next.checked.size, 0);
  assert.notEqual(freshView().checked, freshView().checked, 'a new set each time');
});
