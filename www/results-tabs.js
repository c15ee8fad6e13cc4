// The results area's tabs, Checks / Figures / Outline: one panel at a time
// beside the article, so that none is a scroll past another (the outline
// was 1,000 px down on a desk and 9,000 on a phone). An ARIA tab list
// (arrows, Home, End). Until the reader picks a tab (store: resultsTab),
// the checks show when one fails, the figures otherwise; a figure picked in
// the text or a section in the outline shows the figures (show()).
// Printing shows all three.

import { $ } from './panel.js';
import { t } from './i18n.js';
import { checkDismissed } from './dismissed.js';

const TABS = ['checks', 'figures', 'outline'];

/** The tab on screen: the reader's, or the failing checks, or the figures. */
export function activeTab(state) {
  if (state.resultsTab) return state.resultsTab;
  const a = state.result?.analysis;
  const failing = a?.checks.some((c) => !c.ok && !checkDismissed(a, state.dismissed, c));
  return failing ? 'checks' : 'figures';
}

export function initResultsTabs({ store }) {
  const tab = (name) => $(`rtab-${name}`);
  const panel = (name) => $(`${name}-panel`);
  const failing = $('rtab-checks-count');

  function draw(state) {
    const on = activeTab(state);
    for (const name of TABS) {
      const b = tab(name);
      b.setAttribute('aria-selected', String(name === on));
      b.tabIndex = name === on ? 0 : -1;
      panel(name).hidden = name !== on;
    }
    const a = state.result?.analysis;
    const bad = a ? a.checks.filter((c) => !c.ok && !checkDismissed(a, state.dismissed, c)).length : 0;
    failing.textContent = bad ? t('results.failing', { n: bad }) : '';
  }

  /** Shows tab `name`; with `focus`, focuses it. */
  function show(name, focus = false) {
    if (store.get().resultsTab !== name) store.set({ resultsTab: name });
    if (focus) tab(name).focus({ preventScroll: true });
  }

  /** A tab picked by the reader: on a phone, where the tabs sit at the foot
   *  of the screen, the page goes to its panel. */
  function pick(name, focus = false) {
    show(name, focus);
    if (getComputedStyle(tab(name).parentElement).position === 'fixed') panel(name).scrollIntoView({ block: 'start' });
  }

  store.subscribe((state, keys) => {
    if (['result', 'resultsTab', 'dismissed', 'lang', 'blank'].some((k) => keys.has(k))) draw(state);
  });

  for (const name of TABS) {
    tab(name).addEventListener('click', () => pick(name));
    tab(name).addEventListener('keydown', (e) => {
      const at = TABS.indexOf(name);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      pick(TABS[(to + TABS.length) % TABS.length], true);
    });
  }

  // A skip link to a panel's heading shows its tab first.
  for (const a of document.querySelectorAll('.skip-links a[data-tab]')) {
    a.addEventListener('click', () => show(a.dataset.tab));
  }

  draw(store.get());
  return { show };
}
