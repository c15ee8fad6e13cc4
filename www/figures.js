// The figures panel: the table (#figures), its filters (store: kind,
// section, search), the sort by a column (store: sort), rows drawn a step at
// a time (store: rows; "Show more"), and the export buttons (copy, CSV,
// JSON, print) for the figures the filters let through. A row clicked or
// entered runs `onPick(id)`; revealRow(id) is the way in from the text. A
// row's ✕ (or Delete) dismisses its figure, `onDismiss('figures', key)`: the
// table, its count and the exports leave it out, and a note restores it.

import { $, KIND_ORDER, around, button, capped, el, familyOf, option } from './panel.js';
import { fmtCompact, fmtFigure, fmtNumber, fmtValue } from './format.js';
import { kindName, locale as uiLocale, t } from './i18n.js';
import { ROW_STEP } from './store.js';
import { filterFigures, filtering } from './figure-list.js';
import { counts, figureKeys } from './dismissed.js';
import { initExports } from './figure-exports.js';

const TABLE_KEYS = ['kind', 'section', 'search', 'inSentences', 'rows', 'sort', 'dismissed'];
const NO_FILTERS = { kind: '', section: '', search: '' };
// Rows drawn per task (renderTable).
const ROW_SLICE = 100;

export function initFigures({ store, onPick, onDismiss, onRestore, onBack }) {
  const table = $('figures');
  const body = table.tBodies[0];
  const figureCount = $('figure-count');
  const filterKind = $('filter-kind');
  const filterSection = $('filter-section');
  const filterSearch = $('filter-search');
  const filterSentences = $('filter-sentences');
  const filterShown = $('filter-shown');
  const filterReset = $('filter-reset');
  const rowsNote = $('rows-note');
  const exportNote = $('export-note');
  const dismissedNote = $('figures-dismissed');
  const timers = { search: 0 };

  // The slices of the table's drawing under way, if any (renderTable).
  const pending = { job: null };
  /** Draws at once what the drawing under way has left. */
  function flush() {
    const job = pending.job;
    pending.job = null;
    job?.rest();
  }

  const listed = () => filterFigures(store.get().result, store.get(), uiLocale(), kindName);
  const rowOf = (id) => {
    flush();
    return body.querySelector(`tr[data-id="${id}"]`);
  };

  /** The kind and section lists; a filter the analysis lacks is cleared. */
  function renderFilters() {
    const { result: r, kind, section, search } = store.get();
    const a = r.analysis;
    const counts = new Map();
    for (const f of a.figures) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    const kinds = [...counts.keys()].sort((x, y) => KIND_ORDER.indexOf(x) - KIND_ORDER.indexOf(y));
    filterKind.replaceChildren(
      option('', t('filter.all.kinds')),
      ...kinds.map((k) => option(k, `${kindName(k)} (${counts.get(k)})`)),
    );
    const opts = [option('', t('filter.all.sections'))];
    if (a.figures.some((f) => f.section === null) && a.outline.sections.length) opts.push(option('none', t('filter.no.section')));
    for (const s of capped(a.outline.sections).shown) {
      opts.push(option(String(s.id), `${'\u2003'.repeat(Math.max(0, s.level - 1))}${s.heading.length > 70 ? `${s.heading.slice(0, 69)}…` : s.heading}`));
    }
    filterSection.replaceChildren(...opts);
    const fix = {};
    if (kind && !counts.has(kind)) fix.kind = '';
    if (section !== '' && !opts.some((o) => o.value === section)) fix.section = '';
    filterKind.value = fix.kind ?? kind;
    filterSection.value = fix.section ?? section;
    filterSearch.value = search;
    if (Object.keys(fix).length) store.set(fix); // the table is drawn again
  }

  /** The sentence around a figure, cut to a window; a cell's row and
   *  column, which say what its number is. */
  function snippet(text, f) {
    if (f.cell) {
      const labels = [f.cell.row_label, f.cell.column_label].filter(Boolean).join(' · ');
      const td = el('td', 'sentence');
      td.append(el('b', null, f.text), labels ? ` — ${labels}` : '');
      return td;
    }
    const td = el('td', 'sentence');
    td.append(...around(text, f, 45));
    return td;
  }

  /** The interface's words a row uses, looked up once per drawing. */
  const rowWords = () => ({ title: t('row.title'), no: t('dismiss.figure'), q: (q) => t(`qualifier.${q}`) });

  function renderRow(f, loc, { result, checked, current }, words) {
    const tr = el('tr');
    tr.dataset.kind = f.kind;
    tr.dataset.id = f.id;
    tr.dataset.start = f.start;
    tr.dataset.end = f.end;
    // One Tab stop for the whole table (see `rove`); arrows move inside.
    tr.tabIndex = -1;
    tr.title = words.title;
    if (checked.has(f.id)) tr.classList.add('checked');
    if (current === f.id) tr.classList.add('current');

    tr.append(el('td', 'text', f.text));

    const kind = el('td');
    kind.append(el('span', `kind kind-${f.kind} fam-${familyOf(f.kind)}`, kindName(f.kind)));
    tr.append(kind);

    const value = el('td', 'value');
    value.dataset.value = JSON.stringify(f.value);
    value.append(el('span', null, fmtFigure(f, loc)));
    const compact = fmtCompact(f, loc);
    if (compact) value.append(el('span', 'note', compact));
    if (f.change) {
      const by = fmtValue(f.kind, f.change.by, f.unit, loc);
      value.append(el('span', 'note', t(f.change.direction === 'down' ? 'change.down' : 'change.up', { by })));
    }
    tr.append(value);

    tr.append(el('td', 'unit', f.unit ?? ''));
    tr.append(el('td', `qualifier q-${f.qualifier}`, words.q(f.qualifier)));
    tr.append(el('td', 'section', f.section === null ? '' : (result.sections.get(f.section)?.heading ?? '')));
    tr.append(snippet(result.text, f));
    // Out of the Tab order (the row is the stop; Delete does the same).
    const no = button('dismiss', '✕');
    no.tabIndex = -1;
    no.dataset.dismiss = f.id;
    no.setAttribute('aria-label', words.no);
    no.title = words.no;
    const td = el('td', 'dismiss-cell no-print');
    td.append(no);
    tr.append(td);
    return tr;
  }

  function renderTable() {
    const state = store.get();
    const loc = uiLocale();
    const words = rowWords();
    const list = listed();
    const total = state.result.analysis.figures.length;
    const n = Math.min(list.length, state.rows);
    pending.job = null; // the slices of an earlier drawing stop
    // In the text's order, a table's figures under its name.
    let group = null;
    let i = 0;
    /** The rows up to `until`, read with the picks as they are now. */
    const draw = (until) => {
      const now = store.get();
      const rows = document.createDocumentFragment();
      for (; i < until; i += 1) {
        const at = state.sort ? null : list[i].cell?.table ?? null;
        if (at !== null && at !== group) {
          const th = el('th', null, t('figures.group.table', { n: at + 1 }));
          th.colSpan = 8;
          th.scope = 'rowgroup';
          const tr = el('tr', 'group');
          tr.append(th);
          rows.append(tr);
        }
        group = at;
        rows.append(renderRow(list[i], loc, now, words));
      }
      return rows;
    };
    const rows = draw(Math.min(n, ROW_SLICE));
    if (!list.length && total) {
      const tr = el('tr', 'none');
      const td = el('td', 'empty', t('rows.none'));
      td.colSpan = 8;
      tr.append(td);
      rows.append(tr);
    }
    // The first slice at once, the rest a slice per task (as the view is
    // drawn): a long article's 500 rows never hold the page in one task.
    const job = { rest: () => body.append(draw(n)) };
    pending.job = i < n ? job : null;
    const next = () => {
      if (pending.job !== job) return;
      body.append(draw(Math.min(n, i + ROW_SLICE)));
      if (i < n) setTimeout(next, 0);
      else pending.job = null;
    };
    if (pending.job) setTimeout(next, 0);
    body.replaceChildren(rows);
    rove();
    const gone = counts(state.result.analysis, state.dismissed).figures;
    figureCount.textContent = String(total - gone);
    if (gone) {
      const back = button('button quiet', t('dismiss.restore'));
      back.addEventListener('click', () => onRestore('figures'));
      dismissedNote.replaceChildren(t('dismiss.figures', { n: fmtNumber(gone, loc) }), ' ', back);
    } else dismissedNote.replaceChildren();
    const on = filtering(state);
    filterShown.textContent = on ? t('filter.shown', { shown: fmtNumber(list.length, loc), total: fmtNumber(total, loc) }) : '';
    filterReset.hidden = !on;
    for (const th of table.tHead.querySelectorAll('th[data-col]')) {
      const sorted = state.sort?.col === th.dataset.col;
      if (sorted) th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
      const b = th.querySelector('button');
      b.setAttribute('aria-label', t('sort.by', { col: b.textContent }));
    }
    if (list.length > n) {
      const more = button('button quiet', t('rows.more', { n: fmtNumber(Math.min(ROW_STEP, list.length - n), loc) }));
      more.addEventListener('click', () => store.set({ rows: store.get().rows + ROW_STEP }));
      rowsNote.replaceChildren(more);
    } else rowsNote.replaceChildren();
  }

  function clear() {
    pending.job = null;
    body.replaceChildren();
    figureCount.textContent = '';
    filterKind.replaceChildren();
    filterSection.replaceChildren();
    filterShown.textContent = '';
    filterReset.hidden = true;
    rowsNote.replaceChildren();
    exportNote.textContent = '';
  }

  /** Empties the filter controls; the store's filters are the caller's. */
  function clearControls() {
    filterKind.value = '';
    filterSection.value = '';
    filterSearch.value = '';
  }

  store.subscribe((state, keys) => {
    if (keys.has('result') || keys.has('lang') || keys.has('blank')) {
      if (state.result) {
        renderFilters();
        renderTable();
      } else if (state.blank) clear();
      if (keys.has('lang')) exportNote.textContent = '';
      return;
    }
    if (!state.result) return;
    if (TABLE_KEYS.some((k) => keys.has(k))) {
      renderTable();
      return;
    }
    if (keys.has('current')) {
      flush();
      for (const node of body.querySelectorAll('tr.current')) node.classList.remove('current');
      rowOf(state.current)?.classList.add('current');
      rove();
    }
    if (keys.has('checked')) {
      for (const node of body.querySelectorAll('tr.checked')) node.classList.remove('checked');
      for (const id of state.checked) rowOf(id)?.classList.add('checked');
    }
  });


  filterKind.addEventListener('change', () => store.set({ kind: filterKind.value, rows: ROW_STEP }));
  filterSection.addEventListener('change', () => store.set({ section: filterSection.value, rows: ROW_STEP }));
  filterSearch.addEventListener('input', () => {
    clearTimeout(timers.search);
    timers.search = setTimeout(() => store.set({ search: filterSearch.value, rows: ROW_STEP }), 120);
  });
  filterSentences.addEventListener('change', () => store.set({ inSentences: filterSentences.checked, rows: ROW_STEP }));
  filterReset.addEventListener('click', () => {
    clearControls();
    store.set({ ...NO_FILTERS, rows: ROW_STEP });
    filterKind.focus();
  });

  table.tHead.addEventListener('click', (e) => {
    const th = e.target.closest('th[data-col]');
    const { result, sort } = store.get();
    if (!th || !result) return;
    const col = th.dataset.col;
    store.set({ sort: sort?.col === col ? { col, dir: -sort.dir } : { col, dir: 1 } });
  });

  /** Dismisses figure `id` ("Not a figure"), the focus kept in the table. */
  function dismiss(id) {
    const { result } = store.get();
    const next = rowOf(id)?.nextElementSibling ?? rowOf(id)?.previousElementSibling;
    onDismiss('figures', figureKeys(result.analysis)[id]);
    const to = next?.dataset.id !== undefined ? rowOf(Number(next.dataset.id)) : null;
    if (to) {
      rove(to);
      to.focus({ preventScroll: true });
    }
  }

  body.addEventListener('click', (e) => {
    const no = e.target.closest('button[data-dismiss]');
    if (no) {
      dismiss(Number(no.dataset.dismiss));
      return;
    }
    const tr = e.target.closest('tr[data-id]');
    if (tr) onPick(Number(tr.dataset.id));
  });
  /** Makes `tr` (by default the current row, or the first) the table's one
   *  Tab stop: a roving tabindex, so that Tab passes the table in one press
   *  and the arrows walk its rows. */
  function rove(tr = body.querySelector('tr.current[data-id]') ?? body.querySelector('tr[data-id]')) {
    for (const r of body.querySelectorAll('tr[data-id][tabindex="0"]')) if (r !== tr) r.tabIndex = -1;
    if (tr) tr.tabIndex = 0;
  }

  // Rows to move by: one, a page (PageUp/PageDown), or to either end.
  const MOVES = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };
  body.addEventListener('keydown', (e) => {
    const tr = e.target.closest('tr[data-id]');
    if (!tr) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(Number(tr.dataset.id));
      return;
    }
    if (e.key === 'Delete') {
      e.preventDefault();
      dismiss(Number(tr.dataset.id));
      return;
    }
    const by = MOVES[e.key];
    if (by === undefined) return;
    flush();
    const rows = [...body.querySelectorAll('tr[data-id]')];
    const at = rows.indexOf(tr);
    const next = rows[Math.max(0, Math.min(rows.length - 1, by === -Infinity ? 0 : by === Infinity ? rows.length - 1 : at + by))];
    e.preventDefault();
    if (next && next !== tr) {
      rove(next);
      next.focus();
    }
  });
  body.addEventListener('focusin', (e) => {
    const tr = e.target.closest('tr[data-id]');
    if (tr) rove(tr);
  });


  initExports({ store, listed, note: exportNote });
  // Paper shows every row drawn.
  addEventListener('beforeprint', flush);

  return {
    /** A figure picked in the text: its row shown, current and focused;
     *  with `back`, a button in it goes back to the text. */
    revealRow(id, back = false) {
      const { result } = store.get();
      const f = result.analysis.figures[id];
      let tr = rowOf(id);
      if (!tr) {
        // Filtered out, or beyond the rows drawn.
        const state = store.get();
        const patch = listed().includes(f) ? {} : { ...NO_FILTERS, rows: ROW_STEP };
        if (patch.rows) clearControls();
        const at = filterFigures(result, { ...state, ...patch }, uiLocale(), kindName).indexOf(f);
        store.set({ ...patch, rows: Math.max(patch.rows ?? state.rows, at + 1) });
        tr = rowOf(id);
      }
      store.set({ current: id });
      for (const old of body.querySelectorAll('button.back')) old.remove();
      if (tr && back) {
        const b = button('button back', t('card.back'));
        b.tabIndex = -1;
        b.addEventListener('click', (e) => {
          e.stopPropagation();
          b.remove();
          onBack(id);
        });
        tr.cells[1].append(b);
      }
      if (tr) {
        tr.scrollIntoView({ block: 'center' });
        (tr.querySelector('button.back') ?? tr).focus({ preventScroll: true });
      }
    },
    /** Section `id`'s figures, from the first (picked in the outline). */
    showSection(id) {
      filterSection.value = String(id);
      store.set({ section: String(id), rows: ROW_STEP });
      table.parentElement.scrollTop = 0;
    },
  };
}
