// The input panel's tabs, Highlighted and Edit: an ARIA tab list (arrows,
// Home, End) showing the store's `tab`.

import { $ } from './panel.js';

export function initTabs({ store }) {
  const tabRead = $('tab-read');
  const tabEdit = $('tab-edit');
  const readPane = $('read-pane');
  const editPane = $('edit-pane');
  const article = $('article');
  const inputPanel = article.closest('.input');

  function draw(tab) {
    const read = tab === 'read';
    tabRead.setAttribute('aria-selected', String(read));
    tabEdit.setAttribute('aria-selected', String(!read));
    // Both tabs in the Tab order (Edit is where one types: a reader should
    // not need to know the arrow keys of a tab list to get there).
    tabRead.tabIndex = 0;
    tabEdit.tabIndex = 0;
    readPane.hidden = !read;
    editPane.hidden = read;
    inputPanel.classList.toggle('editing', !read);
  }

  /** With `focus`, focuses the tab (Edit: the textarea). */
  function setTab(tab, focus = false) {
    store.set({ tab });
    if (focus) (tab === 'read' ? tabRead : article).focus();
  }

  store.subscribe((state, keys) => {
    if (keys.has('tab')) draw(state.tab);
  });

  tabRead.addEventListener('click', () => setTab('read'));
  tabEdit.addEventListener('click', () => setTab('edit', true));
  for (const tab of [tabRead, tabEdit]) {
    tab.addEventListener('keydown', (e) => {
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
      e.preventDefault();
      const next = tab === tabRead ? tabEdit : tabRead;
      setTab(next === tabRead ? 'read' : 'edit');
      next.focus();
    });
  }

  return { setTab };
}
