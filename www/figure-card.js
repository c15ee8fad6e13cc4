// A figure's card, beside it in the highlighted view: what it reads as, its
// table labels, "Show in the table" (`onShow`), "Not a figure" (`onDismiss`)
// and a close button (or Escape). One at a time, under its mark inside the
// pane; it follows the mark as the view scrolls and closes once the mark has
// left it, or on a press elsewhere.

import { el } from './panel.js';
import { t } from './i18n.js';

export function initFigureCard({ pane, view, markOf, onShow, onDismiss, onOpen, describe }) {
  const card = el('div', 'figure-card');
  card.id = 'figure-card';
  card.setAttribute('role', 'dialog');
  card.hidden = true;
  pane.append(card);

  function closeCard(focus = false) {
    if (card.hidden) return;
    const m = markOf(Number(card.dataset.id));
    card.hidden = true;
    if (focus && m) m.focus({ preventScroll: true });
  }

  /** Opens figure `f`'s card under its mark `m`; with `focus`, on its first button. */
  function openCard(f, m, focus) {
    card.dataset.id = f.id;
    card.setAttribute('aria-label', f.text);
    const show = el('button', 'button', t('card.show'));
    show.type = 'button';
    show.addEventListener('click', () => {
      closeCard();
      onShow(f.id);
    });
    const no = el('button', 'button quiet', t('dismiss.figure'));
    no.type = 'button';
    no.addEventListener('click', () => {
      closeCard(true);
      onDismiss(f.id);
    });
    const close = el('button', 'button quiet close', '✕');
    close.type = 'button';
    close.setAttribute('aria-label', t('card.close'));
    close.addEventListener('click', () => closeCard(true));
    const read = el('p', 'card-read');
    read.append(el('b', null, f.text), ' → ', describe(f));
    const where = f.cell ? [f.cell.row_label, f.cell.column_label].filter(Boolean).join(' · ') : '';
    const tools = el('div', 'card-tools');
    tools.append(show, no, close);
    card.replaceChildren(read, ...(where ? [el('p', 'card-where', where)] : []), tools);
    card.hidden = false;
    place();
    onOpen(f.id);
    if (focus) show.focus({ preventScroll: true });
  }

  /** Puts the open card under its mark, inside the pane, on screen
   *  sideways; closes it once the mark has scrolled out of the view. */
  function place() {
    const m = markOf(Number(card.dataset.id));
    if (card.hidden || !m) return;
    const p = pane.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    const r = m.getBoundingClientRect();
    if (r.bottom < v.top || r.top > v.bottom) {
      closeCard();
      return;
    }
    card.style.top = `${r.bottom - p.top + 4}px`;
    card.style.left = `${Math.max(0, Math.min(r.left - p.left, p.width - card.offsetWidth))}px`;
  }

  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeCard(true);
    }
  });
  view.addEventListener('scroll', place, { passive: true });
  document.addEventListener('pointerdown', (e) => {
    if (!card.hidden && !card.contains(e.target) && !e.target.closest?.('mark.fig')) closeCard();
  });

  return { openCard, closeCard };
}
