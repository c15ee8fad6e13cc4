// The outline panel (#outline): title, sections as a tree, captions,
// tables (their first rows, as the article gives them), bylines and
// chrome, each list capped. A section clicked runs `onSection(id)`.

import { $, button, capped, el } from './panel.js';
import { t } from './i18n.js';

function subsection(title, body) {
  const box = el('div', 'outline-part');
  box.append(el('h3', null, title), body);
  return box;
}

const emptyNote = (text) => el('p', 'empty', text);

function plainList(className, items) {
  const ul = el('ul', className);
  const { shown, more } = capped(items);
  for (const b of shown) ul.append(el('li', null, b.text));
  if (more) ul.append(el('li', 'note', t('list.more', { n: more })));
  return ul;
}

function sectionTree(sections) {
  const root = el('ol', 'sections');
  const stack = [{ level: 0, item: null, list: root }];
  const { shown, more } = capped(sections);
  for (const s of shown) {
    while (stack.length > 1 && stack[stack.length - 1].level >= s.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent.list) {
      parent.list = el('ol', 'sections');
      parent.item.append(parent.list);
    }
    const li = el('li');
    const heading = button('heading', s.heading);
    heading.dataset.section = s.id;
    heading.title = t('outline.jump', { heading: s.heading });
    li.append(heading);
    const n = s.figures.length;
    li.append(el('span', 'note', `${n === 1 ? t('outline.figure') : t('outline.figures', { n })}${s.inferred ? ` · ${t('outline.inferred')}` : ''}`));
    parent.list.append(li);
    stack.push({ level: s.level, item: li, list: null });
  }
  if (more) root.append(el('li', 'note', t('list.more', { n: more })));
  return root;
}

function captionList(captions) {
  const ul = el('ul', 'captions');
  const { shown, more } = capped(captions);
  if (more) ul.dataset.more = more;
  for (const c of shown) {
    const li = el('li', null, c.text);
    if (c.duplicate_of !== null && c.duplicate_of !== undefined) {
      li.className = 'duplicate';
      li.append(el('span', 'note', t('outline.repeated')));
    }
    ul.append(li);
  }
  if (more) ul.append(el('li', 'note', t('list.more', { n: more })));
  return ul;
}

/** The rows a table shows of itself here; the figures table lists all. */
const TABLE_ROWS = 8;

/** A table as the text gives it: header rows as heads, its first rows. */
function cellTable(tb, n) {
  const box = el('figure', 'cells');
  const cols = Math.max(...tb.rows.map((r) => r.length));
  box.append(el('figcaption', 'note', t('outline.table', { n, rows: tb.rows.length, columns: cols })));
  const table = el('table');
  const shown = tb.rows.slice(0, Math.max(TABLE_ROWS, tb.header_rows + 1));
  shown.forEach((row, r) => {
    const tr = el('tr');
    for (const c of row) tr.append(el(r < tb.header_rows ? 'th' : 'td', null, c.text));
    table.append(tr);
  });
  box.append(table);
  const more = tb.rows.length - shown.length;
  if (more) box.append(el('p', 'note', t('outline.table.more', { n: more })));
  return box;
}

export function renderOutline(o) {
  const parts = [];
  parts.push(subsection(t('outline.part.title'), o.title ? el('p', 'title', o.title.text) : emptyNote(t('outline.no.title'))));
  parts.push(
    subsection(t('outline.part.sections'), o.sections.length ? sectionTree(o.sections) : emptyNote(t('outline.no.sections'))),
  );
  if (o.captions.length) parts.push(subsection(t('outline.part.captions'), captionList(o.captions)));
  if (o.tables?.length) {
    const box = el('div');
    const { shown, more } = capped(o.tables);
    shown.forEach((tb, i) => box.append(cellTable(tb, i + 1)));
    if (more) box.append(el('p', 'note', t('list.more', { n: more })));
    parts.push(subsection(t('outline.part.tables'), box));
  }
  if (o.bylines?.length) parts.push(subsection(t('outline.part.bylines'), plainList('bylines', o.bylines)));
  if (o.boilerplate.length) parts.push(subsection(t('outline.part.chrome'), plainList('chrome', o.boilerplate)));
  return parts;
}

export function initOutline({ store, onSection }) {
  const outline = $('outline');

  store.subscribe((state, keys) => {
    if (!(keys.has('result') || keys.has('lang') || keys.has('blank'))) return;
    if (state.result) outline.replaceChildren(...renderOutline(state.result.analysis.outline));
    else if (state.blank) outline.replaceChildren();
  });

  outline.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-section]');
    if (b && store.get().result) onSection(Number(b.dataset.section));
  });
}
