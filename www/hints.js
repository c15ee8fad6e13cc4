// Block hints follow the text they describe: after an edit, the hints before
// the changed stretch stay, those after it move by the change in length, and
// those the edit touched are dropped. Offsets are UTF-16 indices, end
// exclusive, like every offset the page handles.

/**
 * The stretch an edit changed: `oldText.slice(start, oldEnd)` became
 * `newText.slice(start, newEnd)`. `caret`, when known, is where the caret
 * stands after the edit — at the end of what was typed or pasted, or where
 * the deleted text was — and settles which of several equally short
 * alignments is the real one (typing "T" before "The").
 */
export function changedRange(oldText, newText, caret = null) {
  const a = String(oldText);
  const b = String(newText);
  const most = Math.min(a.length, b.length);
  let suffix = -1;
  if (Number.isInteger(caret) && caret >= 0 && caret <= b.length) {
    const s = b.length - caret;
    if (s <= most && a.endsWith(b.slice(caret))) suffix = s;
  }
  let prefix = 0;
  if (suffix >= 0) {
    const limit = most - suffix;
    while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  } else {
    while (prefix < most && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
    suffix = 0;
    const limit = most - prefix;
    while (suffix < limit && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) {
      suffix += 1;
    }
  }
  return { start: prefix, oldEnd: a.length - suffix, newEnd: b.length - suffix };
}

/**
 * The hints after `[start, oldEnd)` was replaced by `newLength` characters:
 * those wholly before stay, those wholly after shift, the rest are dropped.
 */
export function shiftHints(hints, start, oldEnd, newLength) {
  const delta = newLength - (oldEnd - start);
  const out = [];
  for (const h of hints) {
    if (h.end <= start) {
      out.push(h);
    } else if (h.start >= oldEnd) {
      out.push(delta === 0 ? h : { ...h, start: h.start + delta, end: h.end + delta });
    }
  }
  return out;
}

/** The hints of `oldText` carried over to `newText` (see changedRange). */
export function remapHints(hints, oldText, newText, caret = null) {
  if (!hints.length || oldText === newText) return hints;
  const { start, oldEnd, newEnd } = changedRange(oldText, newText, caret);
  return shiftHints(hints, start, oldEnd, newEnd - start);
}

/** Hints in text order. */
export function sortHints(hints) {
  return [...hints].sort((x, y) => x.start - y.start || x.end - y.end);
}
