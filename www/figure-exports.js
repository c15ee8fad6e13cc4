// The figures panel's exports: "Copy figures" (TSV on the clipboard, for a
// spreadsheet), "Download CSV", "Download JSON" and "Print", for the figures
// the table lists (`listed()`: its filters, less what the reader
// dismissed), the header in the interface's language.

import { $, el } from './panel.js';
import { t } from './i18n.js';
import { COLUMNS, figureRow, toCsv, toTsv } from './export.js';

/** The export's header row, in the interface's language. */
const headers = () => COLUMNS.map((c) => t(`export.col.${c}`));

export function initExports({ store, listed, note: exportNote }) {
function exportRows() {
  const { result } = store.get();
  const sectionName = (id) => result.sections.get(id)?.heading ?? '';
  return listed().map((f) => figureRow(f, result.text, sectionName));
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (err) {
    // Fall back to a selection copy (no clipboard permission, or http).
    const ta = el('textarea', 'visually-hidden');
    ta.value = text;
    ta.setAttribute('aria-hidden', 'true');
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    if (!ok) throw err;
  }
}

function download(name, parts, type) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$('copy').addEventListener('click', async () => {
  if (!store.get().result) return;
  const rows = exportRows();
  try {
    await copyText(toTsv(rows, headers()));
    exportNote.textContent = t('export.copied', { n: rows.length });
  } catch (err) {
    exportNote.textContent = t('export.copy.failed', { error: err?.message ?? err });
  }
});
$('csv').addEventListener('click', () => {
  if (store.get().result) download('solieu-figures.csv', ['\ufeff', toCsv(exportRows(), headers())], 'text/csv;charset=utf-8');
});
$('json').addEventListener('click', () => {
  const { result } = store.get();
  if (result) download('solieu-analysis.json', [JSON.stringify(result.analysis, null, 2), '\n'], 'application/json');
});
$('print').addEventListener('click', () => window.print());
}
