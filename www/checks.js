// The checks panel (#checks, #checks-summary): the stated sums checked,
// failing first. A check clicked is picked (store: check, checked: its
// figures, which the view and table mark), `onPick(ids)` shows them; clicked
// again, it is let go.

import { $, capped, el } from './panel.js';
import { t } from './i18n.js';

/** A check's total and parts. */
export function checkFigures(c) {
  return [c.total, ...(c.parts ?? [])].filter((id) => Number.isInteger(id));
}

export function initChecks({ store, onPick }) {
  const checks = $('checks');
  const summary = $('checks-summary');

  function render(list, picked) {
    const bad = list.filter((c) => !c.ok).length;
    summary.textContent = list.length ? t('checks.summary', { bad, ok: list.length - bad }) : '';
    summary.classList.toggle('has-bad', bad > 0);
    if (!list.length) {
      checks.replaceChildren(el('li', 'empty', t('checks.none')));
      return;
    }
    // Failing checks first; otherwise in the article's order.
    const order = list.map((c, i) => [c, i]).sort((x, y) => Number(x[0].ok) - Number(y[0].ok) || x[1] - y[1]);
    const { shown, more } = capped(order);
    checks.replaceChildren(
      ...shown.map(([c, i]) => {
        const li = el('li', c.ok ? 'ok' : 'bad');
        const button = el('button', 'check');
        button.type = 'button';
        button.dataset.check = i;
        button.setAttribute('aria-pressed', String(picked === i));
        button.append(el('span', 'mark', c.ok ? '✓' : '✗'));
        // The explanation may end with its own mark; the badge already says it.
        button.append(el('span', 'explanation', String(c.explanation).replace(/\s*[✓✗]\s*$/, '')));
        li.title = c.ok ? t('checks.ok') : t('checks.bad', { expected: c.expected, actual: c.actual });
        li.append(button);
        return li;
      }),
      ...(more ? [el('li', 'note', t('list.more', { n: more }))] : []),
    );
  }

  store.subscribe((state, keys) => {
    if (keys.has('result') || keys.has('lang') || keys.has('blank')) {
      if (state.result) render(state.result.analysis.checks, state.check);
      else if (state.blank) {
        checks.replaceChildren();
        summary.textContent = '';
        summary.classList.remove('has-bad');
      }
      return;
    }
    if (keys.has('check')) {
      for (const b of checks.querySelectorAll('button[data-check]')) b.setAttribute('aria-pressed', String(Number(b.dataset.check) === state.check));
    }
  });

  checks.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-check]');
    const { result, check } = store.get();
    if (!b || !result) return;
    const i = Number(b.dataset.check);
    const same = check === i;
    const checked = same ? new Set() : new Set(checkFigures(result.analysis.checks[i]));
    store.set({ check: same ? -1 : i, checked });
    if (!same) onPick([...checked]);
  });
}
