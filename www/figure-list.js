// Which figures the table lists, in which order: the kind, section and
// search filters and the sort. Pure functions of a `result` ({text,
// analysis, sections}) and the store's keys; no DOM.

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

/** Numbers by size and before words, words by `coll`. */
export function compareWith(coll) {
  return (x, y) => {
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1; // numbers before words
    if (typeof y === 'number') return 1;
    return coll.compare(x, y);
  };
}

// What the search looks in, folded once per figure and analysis.
const hay = new WeakMap();

function haystack(result, f) {
  let list = hay.get(result);
  if (!list) hay.set(result, (list = new Array(result.analysis.figures.length)));
  return (list[f.id] ??= fold(`${f.text}\n${f.unit ?? ''}\n${sentenceOf(result, f)}`));
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
  let list = result.analysis.figures.filter((f) => {
    if (state.kind && f.kind !== state.kind) return false;
    if (state.section === 'none' && f.section !== null) return false;
    if (range && !(f.start >= range[0] && f.start < range[1])) return false;
    if (q && !haystack(result, f).includes(q)) return false;
    return true;
  });
  if (state.sort) {
    const { col, dir } = state.sort;
    const compare = compareWith(collator(locale));
    const keyed = list.map((f) => [sortKey(result, f, col, kindName), f]);
    keyed.sort((p, q2) => dir * compare(p[0], q2[0]) || p[1].start - q2[1].start);
    list = keyed.map((p) => p[1]);
  }
  return list;
}
