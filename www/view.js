// The highlighted view (#view, its key #legend, #figure-info): the article
// as text, figures as <mark>s by family, outline zones shaded; hover or focus
// reads a figure, arrows walk them; click or Enter opens its card beside it
// (what it reads as, "Show in the table" = `onPick`, "Not a figure" =
// `onDismiss`), so that a touch reader is never thrown away from the text; a
// paste replaces the article, typing goes to Edit (view-editing.js). Drawn a step at a time (store: viewChars,
// viewFigures; "Show more"), never cutting a figure in two.

import { $, FAMILIES, el, familyOf } from './panel.js';
import { fmtFigure, fmtNumber } from './format.js';
import { kindName, locale as uiLocale, t } from './i18n.js';
import { VIEW_CHARS, VIEW_FIGURES } from './store.js';

// A drawing's slice, one task: figures and characters (renderView).
const SLICE_FIGURES = 300;
const SLICE_CHARS = 20_000;
import { initViewEditing } from './view-editing.js';
import { filterFigures, filtering } from './figure-list.js';
import { figureDismissed } from './dismissed.js';
import { initFigureCard } from './figure-card.js';

// The table's filters, which the view follows by dimming what they hide.
const FILTER_KEYS = ['kind', 'section', 'search', 'inSentences'];

/** The ids of the figures the table's filters let through, or null when
 *  no filter is on. */
function kept(state) {
  if (!state.result || !filtering(state)) return null;
  return new Set(filterFigures(state.result, { ...state, sort: null }, uiLocale(), kindName).map((f) => f.id));
}

/** A figure's tooltip: its kind and normalised value. */
export function describe(f, loc) {
  const unit = f.unit && !['money', 'percent'].includes(f.kind) ? ` ${f.unit}` : '';
  const parts = [`${kindName(f.kind)}: ${fmtFigure(f, loc)}${unit}`];
  if (f.qualifier && f.qualifier !== 'exact') parts.push(t(`qualifier.${f.qualifier}`));
  return parts.join(' · ');
}

/** The outline's ranges the view shades, sorted, overlaps dropped. */
export function zones(o) {
  const list = [];
  if (o.title) list.push({ start: o.title.start, end: o.title.end, cls: 'z-title' });
  for (const s of o.sections) list.push({ start: s.heading_start, end: s.heading_end, cls: 'z-heading' });
  for (const c of o.captions) list.push({ start: c.start, end: c.end, cls: 'z-caption' });
  for (const b of o.bylines ?? []) list.push({ start: b.start, end: b.end, cls: 'z-byline' });
  for (const b of o.boilerplate) list.push({ start: b.start, end: b.end, cls: 'z-chrome' });
  list.sort((x, y) => x.start - y.start || y.end - x.end);
  const out = [];
  for (const z of list) if (z.end > z.start && (!out.length || z.start >= out[out.length - 1].end)) out.push(z);
  return out;
}

export function initView({ store, onPick, onDismiss, paste, history, typeAt }) {
  const view = $('view');
  const pane = $('read-pane');
  const viewNote = $('view-note');
  const figureInfo = $('figure-info');
  const legend = $('legend');
  // Figure id → <mark>, text offset → element starting there, text shown.
  const drawn = { marks: new Map(), anchors: new Map(), limit: 0 };
  // The slices of the drawing under way, if any (renderView).
  const pending = { job: null };

  /** Draws at once what the drawing under way has left. */
  function flush() {
    const job = pending.job;
    pending.job = null;
    job?.rest();
  }

  const figures = () => store.get().result?.analysis.figures ?? [];

  function renderLegend() {
    legend.replaceChildren(
      ...FAMILIES.map((fam) => {
        const li = el('li');
        li.append(el('span', `swatch fig fam-${fam}`, '12'), el('span', null, t(`family.${fam}`)));
        return li;
      }),
    );
  }

  function showEmpty() {
    pending.job = null;
    drawn.marks = new Map();
    drawn.anchors = new Map();
    drawn.limit = 0;
    view.replaceChildren(el('p', 'empty', t('view.empty')));
    viewNote.replaceChildren();
  }

  function renderView() {
    const { result, viewChars, viewFigures } = store.get();
    const { text } = result;
    const figs = result.analysis.figures;
    pending.job = null; // the slices of an earlier drawing stop
    drawn.marks = new Map();
    drawn.anchors = new Map();
    if (!text.trim()) {
      showEmpty();
      return;
    }
    const { marks, anchors } = drawn;
    let limit = Math.min(text.length, viewChars);
    let count = 0;
    while (count < figs.length && figs[count].start < limit && count < viewFigures) count += 1;
    if (count < figs.length && figs[count].start < limit) limit = figs[count].start;
    if (count > 0 && figs[count - 1].end > limit) limit = figs[count - 1].end;
    drawn.limit = limit;

    const zs = zones(result.analysis.outline);
    let zi = 0;
    let frag = document.createDocumentFragment();
    const zoneAt = (pos) => {
      while (zi < zs.length && zs[zi].end <= pos) zi += 1;
      return zi < zs.length && zs[zi].start <= pos ? zs[zi] : null;
    };
    const pushText = (from, to) => {
      while (from < to) {
        while (zi < zs.length && zs[zi].end <= from) zi += 1;
        const z = zs[zi];
        if (!z || z.start >= to) {
          frag.append(text.slice(from, to));
          return;
        }
        if (z.start > from) {
          frag.append(text.slice(from, z.start));
          from = z.start;
          continue;
        }
        const end = Math.min(z.end, to);
        const span = el('span', z.cls, text.slice(from, end));
        if (!anchors.has(from)) anchors.set(from, span);
        frag.append(span);
        from = end;
      }
    };
    let pos = 0;
    let i = 0;
    /** Draws figures up to `until` (and the text before them), the whole
     *  step at `count`; reads the picks and filters as they are now. */
    const draw = (until) => {
      const now = store.get();
      const shown = kept(now);
      for (; i < until; i += 1) {
        const f = figs[i];
        pushText(pos, f.start);
        const z = zoneAt(f.start);
        const m = el('mark', `fig fam-${familyOf(f.kind)}${z ? ` ${z.cls}` : ''}`, f.text);
        m.dataset.id = f.id;
        m.dataset.kind = f.kind;
        m.tabIndex = i === 0 ? 0 : -1;
        if (now.checked.has(f.id)) m.classList.add('checked');
        if (now.current === f.id) m.classList.add('current');
        if (shown && !shown.has(f.id)) m.classList.add('dim');
        if (figureDismissed(result.analysis, now.dismissed, f)) m.classList.add('dismissed');
        marks.set(f.id, m);
        if (!anchors.has(f.start)) anchors.set(f.start, m);
        frag.append(m);
        pos = f.end;
      }
      if (i === count) pushText(pos, limit);
      const out = frag;
      frag = document.createDocumentFragment();
      return out;
    };
    // The first slice at once, the rest a slice per task: a long article
    // never holds the page for its whole step (typing stays smooth). A new
    // drawing cancels the old one's slices; flush() draws what is left
    // at once for whoever needs a mark not drawn yet.
    const slice = (from) => {
      let to = from;
      while (to < count && to - from < SLICE_FIGURES && figs[to].start - (figs[from]?.start ?? 0) < SLICE_CHARS) to += 1;
      return Math.max(to, Math.min(count, from + 1));
    };
    view.replaceChildren(draw(slice(0)));
    const job = { rest: () => view.append(draw(count)) };
    pending.job = i < count ? job : null;
    const next = () => {
      if (pending.job !== job) return;
      view.append(draw(slice(i)));
      if (i < count) setTimeout(next, 0);
      else pending.job = null;
    };
    if (pending.job) setTimeout(next, 0);

    if (limit < text.length) {
      const more = el('button', 'button quiet', t('view.more'));
      more.type = 'button';
      more.addEventListener('click', () => {
        store.set({ viewChars: limit + VIEW_CHARS, viewFigures: count + VIEW_FIGURES });
      });
      const loc = uiLocale();
      viewNote.replaceChildren(
        el('span', null, t('view.capped', { chars: fmtNumber(limit, loc), shown: fmtNumber(count, loc), total: fmtNumber(figs.length, loc) })),
        ' ',
        more,
      );
    } else viewNote.replaceChildren();
  }

  /** Makes sure the view shows text up to `offset`. */
  function viewUpTo(offset) {
    const { result, viewFigures } = store.get();
    if (offset < drawn.limit || !result) return;
    const figs = result.analysis.figures;
    let n = 0;
    while (n < figs.length && figs[n].start <= offset) n += 1;
    store.set({ viewChars: offset + VIEW_CHARS, viewFigures: Math.max(viewFigures, n + VIEW_FIGURES) });
  }

  function showInfo(f) {
    figureInfo.replaceChildren(el('b', null, f.text), ' → ', el('span', null, describe(f, uiLocale())));
  }

  function figureOf(node) {
    const m = node?.closest?.('mark.fig');
    return m && store.get().result ? figures()[Number(m.dataset.id)] : null;
  }

  // A tooltip is written when first needed: formatting every value up front
  // took 27–70 ms of the sample's first render (2-core machine).
  function showFigure(target) {
    const f = figureOf(target);
    if (!f) return;
    const m = target.closest('mark.fig');
    if (!m.title) m.title = describe(f, uiLocale());
    showInfo(f);
  }

  // The card of the figure picked in the text, beside it (figure-card.js).
  const { openCard, closeCard } = initFigureCard({
    pane,
    view,
    markOf: (id) => drawn.marks.get(id),
    onShow: (id) => onPick(id, true),
    onDismiss,
    onOpen: (id) => store.set({ current: id }),
    describe: (f) => describe(f, uiLocale()),
  });

  function focusMark(m) {
    for (const other of view.querySelectorAll('mark.fig[tabindex="0"]')) other.tabIndex = -1;
    m.tabIndex = 0;
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  view.addEventListener('mouseover', (e) => showFigure(e.target));
  view.addEventListener('focusin', (e) => showFigure(e.target));
  view.addEventListener('click', (e) => {
    const f = figureOf(e.target);
    if (f) openCard(f, e.target.closest('mark.fig'), false);
  });
  view.addEventListener('keydown', (e) => {
    // An editing host gets the keys of what is focused inside it.
    const m = document.activeElement?.closest?.('#view mark.fig');
    if (e.key === 'Enter' || e.key === ' ') {
      if (!m) return;
      e.preventDefault();
      openCard(figures()[Number(m.dataset.id)], m, true);
      return;
    }
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    if (!(e.key in moves)) return;
    flush();
    const list = [...drawn.marks.values()];
    if (!list.length) return;
    e.preventDefault();
    const step = moves[e.key];
    // From the figure focused, or else from the caret (a click in the text).
    let i = m ? list.indexOf(m) : -1;
    const sel = document.getSelection();
    if (!m && sel?.rangeCount && view.contains(sel.anchorNode)) {
      const caret = sel.getRangeAt(0);
      const after = list.findIndex((mark) => caret.comparePoint(mark, 0) > 0);
      const next = after < 0 ? list.length : after;
      i = step > 0 ? next - 1 : next;
    }
    if (step === -Infinity) i = 0;
    else if (step === Infinity) i = list.length - 1;
    else i = Math.max(0, Math.min(list.length - 1, i + step));
    focusMark(list[i]);
  });

  initViewEditing({
    view,
    paste: (text, blocks) => {
      paste(text, blocks);
      view.focus({ preventScroll: true });
    },
    history: (kind) => {
      history(kind);
      view.focus({ preventScroll: true });
    },
    typeAt,
    redraw: () => (store.get().result ? renderView() : showEmpty()),
  });

  store.subscribe((state, keys) => {
    if (keys.has('result') || keys.has('lang') || keys.has('blank')) {
      closeCard();
      renderLegend();
      if (state.result) renderView();
      else if (state.blank) {
        showEmpty();
        figureInfo.replaceChildren(el('span', null, t('view.hint')));
      }
      return;
    }
    if (keys.has('viewChars') || keys.has('viewFigures')) {
      closeCard();
      renderView();
      return;
    }
    if (keys.has('current')) {
      for (const node of view.querySelectorAll('mark.current')) node.classList.remove('current');
      drawn.marks.get(state.current)?.classList.add('current');
    }
    if (keys.has('checked')) {
      for (const node of view.querySelectorAll('mark.checked')) node.classList.remove('checked');
      for (const id of state.checked) drawn.marks.get(id)?.classList.add('checked');
    }
    if (keys.has('dismissed') && state.result) {
      for (const [id, m] of drawn.marks) m.classList.toggle('dismissed', figureDismissed(state.result.analysis, state.dismissed, state.result.analysis.figures[id]));
    }
    if ((FILTER_KEYS.some((k) => keys.has(k)) || keys.has('dismissed')) && state.result) {
      const shown = kept(state);
      for (const [id, m] of drawn.marks) m.classList.toggle('dim', shown !== null && !shown.has(id));
    }
  });

  return {
    viewUpTo,
    focusMark,
    showInfo,
    markOf: (id) => {
      flush();
      return drawn.marks.get(id);
    },
    anchorAt: (offset) => {
      flush();
      return drawn.anchors.get(offset);
    },
    /** Figure `id` drawn, scrolled to, focused and read. */
    reveal(id) {
      const f = figures()[id];
      if (!f) return;
      viewUpTo(f.end);
      flush();
      const m = drawn.marks.get(id);
      if (!m) return;
      m.scrollIntoView({ block: 'center' });
      focusMark(m);
      showInfo(f);
    },
  };
}
