// The page's state, in one place: what is on screen (the analysis and the
// text and block hints it is of), the interface language, the tab, the
// figure picked, the check picked and its figures, the table's filters, sort
// and number of rows, and how much of the text the highlighted view shows.
// Modules read it with get(), change it with set(patch) and hear of changes
// through subscribe(listener); nothing else keeps page state of its own.
//
// set() notifies at once (a caller may read the DOM it changed on the next
// line), with the names of the keys the patch set, whether or not their
// values changed, so a listener redraws what it owns. A set() made by a
// listener while the others are being notified is applied at once, and
// notified in a round of its own after the current one.

/** The number of table rows, and of characters and figures of the
 *  highlighted view, drawn per step ("Show more" adds as many again). */
export const ROW_STEP = 500;
export const VIEW_CHARS = 150_000;
export const VIEW_FIGURES = 3_000;

/** The state of a page that has just loaded. */
export function initialState() {
  return {
    // {text, blocks, analysis, memory, ms, sections: Map id → section} on
    // screen, or null.
    result: null,
    // The page shows the empty state (an empty article: nothing to analyse).
    blank: false,
    lang: 'en', // the interface language
    tab: 'read', // 'read' (the highlighted view) or 'edit'
    sort: null, // {col, dir: 1 | -1}
    kind: '',
    section: '', // a section id as a string, 'none' or ''
    search: '',
    rows: ROW_STEP,
    viewChars: VIEW_CHARS,
    viewFigures: VIEW_FIGURES,
    current: null, // id of the figure last picked
    check: -1, // index of the check picked
    checked: new Set(), // ids of the figures of the check picked
  };
}

/** What a new analysis starts from: the first step of everything, nothing
 *  picked. The filters and sort stay. */
export function freshView() {
  return {
    rows: ROW_STEP,
    viewChars: VIEW_CHARS,
    viewFigures: VIEW_FIGURES,
    current: null,
    check: -1,
    checked: new Set(),
  };
}

export function createStore(state = initialState()) {
  const listeners = new Set();
  const pending = new Set();
  let notifying = false;

  return {
    /** The state; read it, change it through set(). */
    get: () => state,

    /** Sets the keys of `patch` and tells every listener which they were. */
    set(patch) {
      for (const [key, value] of Object.entries(patch)) {
        if (!(key in state)) throw new Error(`store: no key ${key}`);
        state[key] = value;
        pending.add(key);
      }
      if (notifying) return;
      notifying = true;
      try {
        while (pending.size) {
          const keys = new Set(pending);
          pending.clear();
          for (const listener of [...listeners]) listener(state, keys);
        }
      } finally {
        notifying = false;
        pending.clear();
      }
    },

    /** Calls `listener(state, keys)` after each set(); returns the way to
     *  stop. Listeners are called in the order they subscribed. */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
