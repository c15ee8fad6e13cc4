// The article kept across reloads: the text in localStorage, and beside it
// the block hints of an HTML paste (see hints.js) with the length of the text
// they describe. Storage may be missing, disabled (reading `localStorage`
// throws in some private modes) or full (a text over the origin's quota, about
// 5 MB, throws QuotaExceededError): none of these ever throws from here.

const TEXT = 'solieu.article';
const HINTS = 'solieu.article.hints';
const DISMISSED = 'solieu.article.dismissed';

/** The page's localStorage, or null where using it throws. */
export function defaultStorage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isQuotaError(err) {
  return (
    err instanceof Error &&
    (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014)
  );
}

/** Removes the saved article. Returns whether storage could be reached. */
export function forgetArticle(store = defaultStorage()) {
  if (!store) return false;
  try {
    store.removeItem(TEXT);
    store.removeItem(HINTS);
    store.removeItem(DISMISSED);
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves `text` and its `hints`. Returns 'saved', 'empty' (nothing to keep:
 * what was saved is removed), 'too-large' (over the quota: what was saved
 * before is removed too, so a reload never brings back an older text than
 * the one on screen) or 'unavailable' (no storage, or it refuses).
 */
export function saveArticle(text, hints = [], store = defaultStorage()) {
  if (!store) return 'unavailable';
  const value = String(text ?? '');
  if (!value) return forgetArticle(store) ? 'empty' : 'unavailable';
  try {
    // The hints go first and small; the text may be refused.
    if (hints.length) store.setItem(HINTS, JSON.stringify({ length: value.length, hints }));
    else store.removeItem(HINTS);
    store.setItem(TEXT, value);
    return 'saved';
  } catch (err) {
    forgetArticle(store);
    return isQuotaError(err) ? 'too-large' : 'unavailable';
  }
}

const KIND = /^[a-z][a-z0-9]{0,15}$/;

/** The hints saved for a text of `length` UTF-16 units, or [] when they do
 *  not fit it (saved for another text, or damaged). */
function readHints(raw, length) {
  if (!raw) return [];
  try {
    const saved = JSON.parse(raw);
    if (!saved || saved.length !== length || !Array.isArray(saved.hints)) return [];
    const ok = saved.hints.every(
      (h) =>
        h &&
        Number.isInteger(h.start) &&
        Number.isInteger(h.end) &&
        h.start >= 0 &&
        h.start < h.end &&
        h.end <= length &&
        typeof h.kind === 'string' &&
        KIND.test(h.kind),
    );
    return ok ? saved.hints.map((h) => ({ start: h.start, end: h.end, kind: h.kind })) : [];
  } catch {
    return [];
  }
}

/** The saved article, {text, hints}, or null when there is none. */
export function loadArticle(store = defaultStorage()) {
  if (!store) return null;
  try {
    const text = store.getItem(TEXT);
    if (typeof text !== 'string' || !text) return null;
    return { text, hints: readHints(store.getItem(HINTS), text.length) };
  } catch {
    return null;
  }
}

/** Saves what the reader dismissed in the article (dismissed.js's JSON
 *  form); an empty one is removed. Never throws. */
export function saveDismissed(json, store = defaultStorage()) {
  if (!store) return;
  try {
    if (json.figures.length || json.checks.length) store.setItem(DISMISSED, JSON.stringify(json));
    else store.removeItem(DISMISSED);
  } catch {
    // Full or refused: the dismissals last as long as the page.
  }
}

/** What was dismissed in the saved article, as saved (or null). */
export function loadDismissed(store = defaultStorage()) {
  if (!store) return null;
  try {
    return JSON.parse(store.getItem(DISMISSED) ?? 'null');
  } catch {
    return null;
  }
}
