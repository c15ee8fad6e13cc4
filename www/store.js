// The page's one state (keys in initialState below): what is on screen, the
// interface language, the tab, the figure and check picked, the table's
// filters, sort and rows, how much the view shows. get() reads it, set(patch)
// changes it and notifies subscribers at once with the keys it set; a set()
// made by a listener is notified in a round of its own after the current one.

// Table rows, and characters and figures of the view, drawn per step.
export const ROW_STEP = 500;
export const VIEW_CHARS = 150_000;
export const VIEW_FIGURES = 3_000;

/** The state of a page that has just loaded. */
export function initialState() {
  return {
    result: null, // on screen: {text, blocks, analysis, memory, ms, sections: Map id → section}
    blank: false, // the empty page is shown (an empty article)
    lang: 'en', // the interface language
    tab: 'read', // 'read' (the highlighted view) or 'edit'
    sort: null, // {col, dir: 1 | -1}
    kind: '',
    section: '', // a section id as a string, 'none' or ''
    search: '',
    inSentences: false, // the search looks in the figures' sentences too
    rows: ROW_STEP,
    viewChars: VIEW_CHARS,
    viewFigures: VIEW_FIGURES,
    current: null, // id of the figure last picked
    check: -1, // index of the check picked
    checked: new Set(), // ids of the figures of the check picked
    dismissed: { figures: new Set(), checks: new Set() }, // keys (dismissed.js) of what the reader dismissed
    resultsTab: null, // 'checks', 'figures' or 'outline' once the reader picks one (results-tabs.js)
  };
}

/** A new analysis: the first steps, nothing picked (filters and sort stay). */
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
    get: () => state,
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

    /** `listener(state, keys)` after each set(), in subscription order;
     *  returns the unsubscribe. */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
