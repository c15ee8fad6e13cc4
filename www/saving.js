// The article kept across reloads (saved.js stores it): saved a moment
// after the last edit (the pause grows with the text, since writing MBs
// blocks the page: 300 ms to 5 s), and at once when the page is hidden or
// left. #saved-note says when a text is too long to keep.

import { $ } from './panel.js';
import { forgetArticle, saveArticle } from './saved.js';
import { t } from './i18n.js';

const SAVE_MS = 300;
const SAVE_MS_MAX = 5_000;

export function initSaving({ store, editor }) {
  const savedNote = $('saved-note');
  const pending = { timer: 0, unsaved: false };

  function showSaveState(state) {
    const tooLarge = state === 'too-large';
    savedNote.textContent = tooLarge ? t('saved.too.large') : '';
    savedNote.hidden = !tooLarge;
    savedNote.dataset.state = state;
  }

  function save() {
    clearTimeout(pending.timer);
    if (!pending.unsaved) return;
    pending.unsaved = false;
    showSaveState(saveArticle(editor.text(), editor.hints()));
  }

  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });

  store.subscribe((state, keys) => {
    if (keys.has('lang') && !savedNote.hidden) showSaveState(savedNote.dataset.state);
  });

  return {
    schedule() {
      pending.unsaved = true;
      clearTimeout(pending.timer);
      pending.timer = setTimeout(save, Math.min(SAVE_MS_MAX, SAVE_MS + editor.text().length / 1000));
    },
    save,
    /** No saved article, nor any save to come. */
    forget() {
      clearTimeout(pending.timer);
      pending.unsaved = false;
      forgetArticle();
      showSaveState('empty');
    },
  };
}
