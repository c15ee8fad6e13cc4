// What the page's panels share: making elements (everything taken from the
// article or the analysis goes in as text, through textContent, never as
// markup), the cap on long lists, and the five families the figure kinds
// are drawn in.

export const $ = (id) => document.getElementById(id);

/** Creates an element with optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** An <option> of a <select>. */
export function option(value, text) {
  const o = el('option', null, text);
  o.value = value;
  return o;
}

/** A <button type="button">. */
export function button(className, text) {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
}

// Lists drawn in full would freeze the page on a 10 MB text (thousands of
// sections, captions and checks): each shows its first entries and a count.
export const MAX_LISTED = 400;

/** The first MAX_LISTED items of a list, and how many are left out. */
export function capped(items) {
  return { shown: items.slice(0, MAX_LISTED), more: Math.max(0, items.length - MAX_LISTED) };
}

// Kinds come in five families; each family has a colour AND its own underline
// style (solid, dashed, dotted, double, wavy), so the key reads without colour
// and on paper too.
export const FAMILY = {
  money: 'money', percent: 'share', ratio: 'share', score: 'share', date: 'time', period: 'time', duration: 'time',
  count: 'amount', number: 'amount', quantity: 'amount', ordinal: 'other', reference: 'other',
};
export const FAMILIES = ['money', 'share', 'time', 'amount', 'other'];
export const KIND_ORDER = Object.keys(FAMILY);

export const familyOf = (kind) => FAMILY[kind] ?? 'other';
