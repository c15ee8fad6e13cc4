// What the reader dismissed: a figure that is not one ("Not a figure"), a
// check that does not apply ("Does not apply"). Pure functions, no DOM.
//
// A dismissal must outlive the analysis it was made on: the reader goes on
// editing, and every edit is a new analysis with new ids. So it is kept by
// a key the next analysis gives the same thing: a figure by its kind, its
// text and which occurrence of that text it is (the second "12%" stays the
// second when a sentence is added above it); a check by its kind and its
// explanation (a check whose numbers change is another check). A check
// that counts a dismissed figure is dismissed with it.

/** An empty set of dismissals. */
export const none = () => ({ figures: new Set(), checks: new Set() });

const keysOf = new WeakMap();

/** The key of each figure of `analysis`, by id. */
export function figureKeys(analysis) {
  let keys = keysOf.get(analysis);
  if (!keys) {
    const seen = new Map();
    keys = analysis.figures.map((f) => {
      const base = `${f.kind}\u0000${f.text}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return `${base}\u0000${n}`;
    });
    keysOf.set(analysis, keys);
  }
  return keys;
}

/** The key of check `c`. */
export const checkKey = (c) => `${c.kind}\u0000${c.explanation}`;

/** Whether figure `f` of `analysis` is dismissed. */
export function figureDismissed(analysis, dismissed, f) {
  return dismissed.figures.size > 0 && dismissed.figures.has(figureKeys(analysis)[f.id]);
}

/** Whether check `c` of `analysis` is dismissed, itself or through one of
 *  its figures. */
export function checkDismissed(analysis, dismissed, c) {
  if (dismissed.checks.has(checkKey(c))) return true;
  if (!dismissed.figures.size) return false;
  const keys = figureKeys(analysis);
  return [c.total, ...(c.parts ?? [])].some((id) => dismissed.figures.has(keys[id]));
}

/** How many of `analysis`'s figures and checks `dismissed` hides. */
export function counts(analysis, dismissed) {
  return {
    figures: analysis.figures.filter((f) => figureDismissed(analysis, dismissed, f)).length,
    checks: analysis.checks.filter((c) => checkDismissed(analysis, dismissed, c)).length,
  };
}

/** `dismissed` as JSON-ready lists, and back (anything else: none). */
export const toJson = (d) => ({ figures: [...d.figures], checks: [...d.checks] });
export function fromJson(v) {
  const list = (x) => (Array.isArray(x) ? x.filter((k) => typeof k === 'string') : []);
  return v && typeof v === 'object' ? { figures: new Set(list(v.figures)), checks: new Set(list(v.checks)) } : none();
}
