// What the panels share: making elements (text goes in through textContent,
// never as markup), the cap on long lists, the families of figure kinds.

export const $ = (id) => document.getElementById(id);

/** An element with optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function option(value, text) {
  const o = el('option', null, text);
  o.value = value;
  return o;
}

export function button(className, text) {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
}

// A 10 MB text has thousands of sections, captions and checks: each list
// shows its first entries and a count.
export const MAX_LISTED = 400;

export function capped(items) {
  return { shown: items.slice(0, MAX_LISTED), more: Math.max(0, items.length - MAX_LISTED) };
}

// Five families, each a colour AND an underline style (reads without colour).
export const FAMILY = {
  money: 'money', percent: 'share', ratio: 'share', score: 'share', date: 'time', period: 'time', duration: 'time',
  count: 'amount', number: 'amount', quantity: 'amount', ordinal: 'other', reference: 'other',
};
export const FAMILIES = ['money', 'share', 'time', 'amount', 'other'];
export const KIND_ORDER = Object.keys(FAMILY);

export const familyOf = (kind) => FAMILY[kind] ?? 'other';

/** The sentence around figure `f` of `text`, at most `reach` characters
 *  either way, white space squashed, the figure in bold: nodes to append. */
export function around(text, f, reach) {
  const [s0, s1] = Array.isArray(f.sentence) ? f.sentence : [f.start, f.end];
  const from = Math.max(s0, f.start - reach);
  const to = Math.min(s1, f.end + reach);
  const squash = (s) => s.replace(/\s+/g, ' ');
  return [
    (from > s0 ? '…' : '') + squash(text.slice(from, f.start)).trimStart(),
    el('b', null, f.text),
    squash(text.slice(f.end, to)).trimEnd() + (to < s1 ? '…' : ''),
  ];
}
