// The article kept across reloads (saved.js does the storing): what is typed,
// pasted, opened or dropped is saved a moment after the last edit, and at
// once when the page is hidden or left. Writing a few MB into localStorage
// blocks the page for a few hundred ms, so the pause before saving grows
// with the text: 300 ms for an article, 5 s at most. A quiet note
// (#saved-note) says when the text is too long to be kept; storage that is
// off (private browsing, a policy) goes unmentioned.

import { $ } from './panel.js';
import { forgetArticle, saveArticle } from './saved.js';
import { t } from './i18n.js';

const SAVE_MS = 300;
const SAVE_MS_MAX = 5_000;

/** Saving for `editor` (its text() and hints()). */
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
    /** An edit happened: save after the pause. */
    schedule() {
      pending.unsaved = true;
      clearTimeout(pending.timer);
      pending.timer = setTimeout(save, Math.min(SAVE_MS_MAX, SAVE_MS + editor.text().length / 1000));
    },
    save,
    /** Forgets the saved article, and any save still to come. */
    forget() {
      clearTimeout(pending.timer);
      pending.unsaved = false;
      forgetArticle();
      showSaveState('empty');
    },
  };
}
