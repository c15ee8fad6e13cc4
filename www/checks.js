// The checks panel (#checks, #checks-summary): each relation the article
// states, read as a sentence. The verdict in words, the arithmetic in the
// interface's number format with the unit and scale its numbers are in
// ("1,900 + 1,800 = 3,700 million USD"), and, for the check picked, its
// figures as the article writes them and the sentence of its total, on the
// page. Failing checks first; the passing ones behind a count.
//
// A check clicked is picked (store: check, checked: its figures, which the
// view and the table ring, in the passing or the failing colour: style.css
// reads which from the picked check's class); `onPick(ids)` shows them.
// Clicked again, it is let go.

import { $, MAX_LISTED, around, capped, el } from './panel.js';
import { locale, t } from './i18n.js';
import { fmtArithmetic, fmtNumber, fmtScale, numberFormat } from './format.js';
import { checkDismissed, checkKey, counts } from './dismissed.js';

/** A check's total and parts. */
export function checkFigures(c) {
  return [c.total, ...(c.parts ?? [])].filter((id) => Number.isInteger(id));
}

// What each figure of a check is to it, by kind: the total's role, then the
// parts' (one role for all of a sum's parts).
const ROLES = {
  sum: ['total', 'parts'],
  ratio: ['percent', ['ratio']],
  share: ['share', ['part', 'whole']],
  change: ['change', ['from', 'to']],
  points: ['change', ['from', 'to']],
  average: ['total', ['count', 'rate']],
  restatement: ['title', ['body']],
};

/** The figure whose unit the check's amounts are in. */
function unitFigure(c, figures) {
  const own = ['share', 'ratio', 'change'].includes(c.kind) ? c.parts?.[0] : c.total;
  return figures[own];
}

/** "million USD", "lượt", "%": what the check's numbers count, in the
 *  interface's words for the scale; '' when they carry their own "%". */
export function checkUnit(c, figures, loc) {
  if (c.scale === null || c.scale === undefined) return '';
  const f = unitFigure(c, figures);
  if (!f) return '';
  const unit = f.kind === 'percent' ? '%' : f.unit ?? '';
  return [fmtScale(c.scale, loc), unit].filter(Boolean).join(' ');
}

/** The verdict in words: "Adds up", "Does not add up · off by 27 lượt". */
export function verdict(c, figures, loc) {
  const slip = c.kind === 'points' && !c.ok && figures[c.total]?.unit === '%';
  const words = t(`verdict.${c.kind}.${slip ? 'slip' : c.ok ? 'ok' : 'bad'}`);
  const amounts = ['sum', 'average', 'restatement'].includes(c.kind) && c.scale > 0;
  if (c.ok || !amounts || !Number.isFinite(c.expected - c.actual)) return words;
  const off = numberFormat(loc, { maximumFractionDigits: 2 }).format(Math.abs(c.expected - c.actual) / c.scale);
  const unit = checkUnit(c, figures, loc);
  return `${words} · ${t('verdict.off', { diff: unit ? `${off} ${unit}` : off })}`;
}

/** The figures of a check as the article writes them, by role, and the
 *  sentence of its total around it. */
function detail(c, figures, text) {
  const [totalRole, partRoles] = ROLES[c.kind] ?? ROLES.sum;
  const dl = el('dl', 'check-detail');
  const add = (role, ids) => {
    const shown = ids.map((id) => figures[id]).filter(Boolean);
    if (!shown.length) return;
    dl.append(el('dt', null, t(`role.${role}`)), el('dd', null, shown.map((f) => f.text).join(' · ')));
  };
  add(totalRole, [c.total]);
  if (Array.isArray(partRoles)) partRoles.forEach((role, k) => add(role, [c.parts?.[k]]));
  else add(partRoles, c.parts ?? []);
  const f = figures[c.total];
  if (f && Array.isArray(f.sentence) && typeof text === 'string') {
    const q = el('dd', 'check-sentence');
    q.append(...around(text, f, 90));
    dl.append(el('dt', null, t('role.sentence')), q);
  }
  return dl;
}

export function initChecks({ store, onPick, onDismiss, onRestore }) {
  const checks = $('checks');
  const summary = $('checks-summary');
  const dismissedNote = $('checks-dismissed');
  // Whether the reader opened the passing checks: kept through new analyses.
  let passingOpen = false;

  function item(c, i, picked, result) {
    const { figures } = result.analysis;
    const loc = locale();
    const li = el('li', c.ok ? 'ok' : 'bad');
    const b = el('button', 'check');
    b.type = 'button';
    b.dataset.check = i;
    b.setAttribute('aria-pressed', String(picked === i));
    const mark = el('span', 'mark', c.ok ? '✓' : '✗');
    mark.setAttribute('aria-hidden', 'true');
    const body = el('span', 'check-text');
    // The explanation may end with its own mark; the badge already says it.
    const sums = fmtArithmetic(String(c.explanation).replace(/\s*[✓✗]\s*$/, ''), result.analysis.numbers, loc);
    const line = el('span', 'explanation', sums);
    const unit = checkUnit(c, figures, loc);
    if (unit) line.append(' ', el('span', 'unit', unit));
    body.append(el('span', 'verdict', verdict(c, figures, loc)), line);
    b.append(mark, body);
    const no = el('button', 'dismiss', t('dismiss.check'));
    no.type = 'button';
    no.dataset.dismiss = i;
    li.append(b, no);
    if (picked === i) li.append(detail(c, figures, result.text));
    return li;
  }

  function render(state) {
    const { result, check: picked, dismissed } = state;
    const all = result.analysis.checks;
    // What the reader dismissed (or whose figure they did) is left out, and counted.
    const gone = counts(result.analysis, dismissed).checks;
    if (gone) {
      const back = el('button', 'button quiet', t('dismiss.restore'));
      back.type = 'button';
      back.addEventListener('click', () => onRestore('checks'));
      dismissedNote.replaceChildren(t('dismiss.checks', { n: fmtNumber(gone, locale()) }), ' ', back);
    } else dismissedNote.replaceChildren();
    const list = gone ? all.map((c) => (checkDismissed(result.analysis, dismissed, c) ? null : c)) : all;
    const live = list.filter(Boolean);
    const bad = live.filter((c) => !c.ok).length;
    summary.textContent = live.length ? t('checks.summary', { bad, ok: live.length - bad }) : '';
    summary.classList.toggle('has-bad', bad > 0);
    if (!live.length) {
      checks.replaceChildren(el('li', 'empty', t('checks.none')));
      return;
    }
    // At most MAX_LISTED entries in all (the passing group's own one
    // among them): the failing first, then the passing; one note for the rest.
    const indexed = list.map((c, i) => [c, i]).filter(([c]) => c);
    const failing = capped(indexed.filter(([c]) => !c.ok));
    const ok = indexed.filter(([c]) => c.ok);
    const room = Math.max(0, MAX_LISTED - failing.shown.length - 1);
    const left = failing.more + Math.max(0, ok.length - room);
    const rows = failing.shown.map(([c, i]) => item(c, i, picked, result));
    if (ok.length) {
      const group = el('li', 'passing');
      const details = el('details');
      details.open = passingOpen || list[picked]?.ok === true;
      details.addEventListener('toggle', () => {
        passingOpen = details.open;
      });
      const inner = el('ul', 'checks');
      inner.append(...ok.slice(0, room).map(([c, i]) => item(c, i, picked, result)));
      details.append(el('summary', null, t('checks.passing', { n: ok.length })), inner);
      group.append(details);
      rows.push(group);
    }
    checks.replaceChildren(...rows, ...(left ? [el('li', 'note', t('list.more', { n: left }))] : []));
  }

  store.subscribe((state, keys) => {
    if (keys.has('result') || keys.has('lang') || keys.has('blank') || keys.has('check') || keys.has('dismissed')) {
      if (state.result) render(state);
      else if (state.blank) {
        checks.replaceChildren();
        summary.textContent = '';
        summary.classList.remove('has-bad');
      }
    }
  });

  checks.addEventListener('click', (e) => {
    const no = e.target.closest('button[data-dismiss]');
    if (no) {
      const { result, check } = store.get();
      const i = Number(no.dataset.dismiss);
      if (check === i) store.set({ check: -1, checked: new Set() });
      onDismiss('checks', checkKey(result.analysis.checks[i]));
      return;
    }
    const b = e.target.closest('button[data-check]');
    const { result, check } = store.get();
    if (!b || !result) return;
    const i = Number(b.dataset.check);
    const same = check === i;
    const checked = same ? new Set() : new Set(checkFigures(result.analysis.checks[i]));
    store.set({ check: same ? -1 : i, checked });
    // The button was drawn again: focus its new self, where the reader is.
    checks.querySelector(`button[data-check="${i}"]`)?.focus({ preventScroll: true });
    if (!same) onPick([...checked]);
  });
}
