// Which figures the table lists, in which order: the kind, section and
// search filters and the sort. Pure functions of a `result` ({text,
// analysis, sections}) and the store's keys; no DOM.

import { fmtFigure } from './format.js';
import { figureDismissed } from './dismissed.js';

/** Lower case without diacritics, so "luot" finds "lượt". */
export const fold = (s) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

export const sentenceOf = (result, f) => (Array.isArray(f.sentence) ? result.text.slice(f.sentence[0], f.sentence[1]) : '');

/** What column `col` sorts a figure by. */
export function sortKey(result, f, col, kindName = (k) => k) {
  switch (col) {
    case 'text': return f.text;
    case 'kind': return kindName(f.kind);
    case 'value': {
      // Numbers by size; dates and periods as ISO strings, which sort in time.
      const v = Array.isArray(f.value) ? f.value[0] : f.value;
      return typeof v === 'number' ? v : JSON.stringify(v);
    }
    case 'unit': return f.unit ?? '';
    case 'qualifier': return ['under', 'approx', 'exact', 'over'].indexOf(f.qualifier);
    case 'section': return f.section === null ? -1 : (result.sections.get(f.section)?.start ?? -1);
    case 'sentence': return sentenceOf(result, f).trim();
    default: return f.start;
  }
}

const collators = new Map();

export function collator(locale) {
  if (!collators.has(locale)) collators.set(locale, new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
  return collators.get(locale);
}

/** Numbers by size, words by `coll`, in the direction `dir`; numbers
 *  before words either way (a sort by value puts "$16 trillion" and "10
 *  years" each among their own, never a duration above every amount). */
export function compareWith(coll, dir = 1) {
  return (x, y) => {
    if (typeof x === 'number' && typeof y === 'number') return dir * (x - y);
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return dir * coll.compare(x, y);
  };
}

// What the search looks in, folded once per figure, analysis and locale:
// the figure as written, its value as the table shows it and as a plain
// number, its unit; and, when asked, its sentence.
const hay = new WeakMap();

function haystack(result, f, locale, inSentences) {
  let byKey = hay.get(result);
  if (!byKey) hay.set(result, (byKey = new Map()));
  const key = `${locale}|${inSentences ? 1 : 0}`;
  let list = byKey.get(key);
  if (!list) byKey.set(key, (list = new Array(result.analysis.figures.length)));
  if (list[f.id] === undefined) {
    const raw = typeof f.value === 'object' && f.value !== null ? JSON.stringify(f.value) : String(f.value ?? '');
    const shown = fmtFigure(f, locale);
    list[f.id] = fold([f.text, shown, raw, f.unit ?? '', inSentences ? sentenceOf(result, f) : ''].join('\n'));
  }
  return list[f.id];
}

export const filtering = ({ kind, section, search }) => Boolean(kind || section !== '' || search.trim());

/** The figures `state`'s filters let through, in its sort's order. */
export function filterFigures(result, state, locale = 'en-US', kindName = (k) => k) {
  if (!result) return [];
  const q = fold(state.search.trim());
  let range = null;
  if (state.section !== '' && state.section !== 'none') {
    const s = result.sections.get(Number(state.section));
    if (s) range = [s.start, s.end];
  }
  const { dismissed } = state;
  let list = result.analysis.figures.filter((f) => {
    if (dismissed && figureDismissed(result.analysis, dismissed, f)) return false;
    if (state.kind && f.kind !== state.kind) return false;
    if (state.section === 'none' && f.section !== null) return false;
    if (range && !(f.start >= range[0] && f.start < range[1])) return false;
    if (q && !haystack(result, f, locale, state.inSentences).includes(q)) return false;
    return true;
  });
  if (state.sort) {
    const { col, dir } = state.sort;
    const compare = compareWith(collator(locale), dir);
    const keyed = list.map((f) => [sortKey(result, f, col, kindName), f]);
    keyed.sort((p, q2) => compare(p[0], q2[0]) || p[1].start - q2[1].start);
    list = keyed.map((p) => p[1]);
  }
  return list;
}
