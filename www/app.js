// solieu's page: wires the modules together (README.md draws the map). Edits
// (editor.js) go to the worker (worker-client.js), answers into the store
// (store.js), which the panels draw: view.js, figures.js, outline.js,
// checks.js, status.js; saving.js keeps the text. Here: sending, showing an
// answer or a failure, picks across panels, languages, samples, Clear, start.

import { createWorkerClient } from './worker-client.js';
import { createStore, freshView } from './store.js';
import { $ } from './panel.js';
import { getLanguage, initialLanguage, setLanguage, locale as uiLocale, t } from './i18n.js';
import { warmFormats } from './format.js';
import { loadArticle, loadDismissed, saveDismissed } from './saved.js';
import { figureKeys, fromJson, none, toJson } from './dismissed.js';
import { initStatus } from './status.js';
import { initEditor } from './editor.js';
import { initSaving } from './saving.js';
import { initTabs } from './tabs.js';
import { initView } from './view.js';
import { initFigures } from './figures.js';
import { initOutline } from './outline.js';
import { initChecks } from './checks.js';
import { initResultsTabs } from './results-tabs.js';

const DEBOUNCE_MS = 50;

// First thing: boot.js's worker has been loading the WASM since it started.
const worker = createWorkerClient({
  onReady: (version) => {
    $('version').textContent = version;
  },
  onFailure: (detail) => fail(detail),
});

const store = createStore();
const sendTimer = { id: 0 };
const firstPaint = { marked: false };

// Read-only view of what is on screen, for tests and the curious.
Object.defineProperty(window, '__solieu', {
  get: () => {
    const r = store.get().result;
    if (!r) return null;
    return Object.freeze({ text: r.text, blocks: r.blocks.map((h) => ({ ...h })), analysis: r.analysis, memory: r.memory });
  },
});

const status = initStatus({ store, retry: () => send() });
const tabs = initTabs({ store });
const results = initResultsTabs({ store });
const editor = initEditor({ onChange: () => schedule(), setStatus: status.setStatus });
const saving = initSaving({ store, editor });
const view = initView({
  store,
  onPick: (id, back) => revealRow(id, back),
  onDismiss: (id) => dismiss('figures', figureKeys(store.get().result.analysis)[id]),
  paste: (text, blocks) => {
    // Through the textarea's editing commands, so undo works in Edit.
    editor.replaceAll(text, blocks);
    setDismissed(none());
    tabs.setTab('read');
  },
  history: (kind) => {
    editor.history(kind);
    tabs.setTab('read');
  },
  typeAt: (start, end, text) => {
    // The view shows the text last analysed; offsets into it hold for the
    // article only while they are the same.
    const same = store.get().result?.text === editor.text();
    tabs.setTab('edit', true);
    if (!same) return;
    if (text || end > start) editor.replace(start, end, text);
    else editor.select(start, end);
  },
});
const figures = initFigures({ store, onPick: pickFromTable, onDismiss: dismiss, onRestore: restoreDismissed, onBack: backToText });
initOutline({ store, onSection: goToSection });
initChecks({ store, onPick: showChecked, onDismiss: dismiss, onRestore: restoreDismissed });

/** What the reader dismissed, kept with the article (and cleared with it). */
function setDismissed(d) {
  store.set({ dismissed: d });
  saveDismissed(toJson(d));
}

/** Dismisses a figure ('figures') or a check ('checks') by its key. */
function dismiss(what, key) {
  const d = store.get().dismissed;
  const next = { figures: new Set(d.figures), checks: new Set(d.checks) };
  next[what].add(key);
  setDismissed(next);
}

/** Brings back every dismissed figure ('figures') or check ('checks'). */
function restoreDismissed(what) {
  setDismissed({ ...store.get().dismissed, [what]: new Set() });
}

/** A row activated: its figure shown in the view, selected in the textarea. */
function pickFromTable(id) {
  const f = store.get().result.analysis.figures[id];
  store.set({ current: id });
  if (store.get().tab === 'edit') {
    editor.select(f.start, f.end, true);
    return;
  }
  editor.select(f.start, f.end);
  view.reveal(id);
}

/** A figure picked in the text: its row, in the figures tab; with `back`,
 *  the row offers the way back to the figure in the text. */
function revealRow(id, back = false) {
  results.show('figures');
  figures.revealRow(id, back);
}

/** Back from a row to its figure in the text, where the reader was. */
function backToText(id) {
  tabs.setTab('read');
  view.reveal(id);
}

/** A section picked: its heading in the view, its figures in the table. */
function goToSection(id) {
  const s = store.get().result.sections.get(id);
  if (!s) return;
  tabs.setTab('read');
  view.viewUpTo(s.heading_end);
  const target = view.anchorAt(s.heading_start);
  if (target) {
    target.scrollIntoView({ block: 'start' });
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
  }
  results.show('figures');
  figures.showSection(id);
}

/** A check's figures shown in the view. */
function showChecked(ids) {
  const figs = store.get().result.analysis.figures;
  tabs.setTab('read');
  view.viewUpTo(Math.max(...ids.map((id) => figs[id]?.end ?? 0)));
  view.markOf(Math.min(...ids))?.scrollIntoView({ block: 'center' });
}

function schedule() {
  clearTimeout(sendTimer.id);
  sendTimer.id = setTimeout(send, DEBOUNCE_MS);
  saving.schedule();
}

function send() {
  clearTimeout(sendTimer.id);
  const text = editor.text();
  const blocks = editor.hints();
  if (!text) {
    // Nothing to analyse: the empty page, without asking the worker.
    worker.cancel();
    status.clearFailure();
    store.set({ result: null, blank: true });
    status.setStatus(t('status.paste'));
    return;
  }
  if (store.get().blank) store.set({ blank: false });
  status.setStatus(t('status.analysing'), 'busy');
  worker.analyze(text, blocks, $('language').value).then(show, (err) => fail(err.message));
}

function show(answer) {
  if (!answer) return; // superseded by a newer text
  const { text, blocks, analysis, ms, memory } = answer;
  const sections = new Map(analysis.outline.sections.map((s) => [s.id, s]));
  status.clearFailure();
  store.set({ result: { text, blocks, analysis, memory, ms, sections }, blank: false, ...freshView() });
  markFirstPaint();
}

/** The worker failed (and is gone): say so; the text stays as it is. */
function fail(detail) {
  status.showFailure(detail);
  // With no analysis to highlight, the text shows where it can be edited.
  if (!store.get().result) tabs.setTab('edit');
}

/** Marks when the first analysis was on screen (the frame after): the
 *  benchmark reads it, on the page's own clock. */
function markFirstPaint() {
  if (firstPaint.marked) return;
  firstPaint.marked = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark('solieu:first-analysis')));
}

$('language').addEventListener('change', schedule);

const uiLanguage = $('ui-language');

function switchLanguage(lang, remember) {
  setLanguage(lang, remember);
  uiLanguage.value = getLanguage();
  store.set({ lang: getLanguage() });
}

uiLanguage.addEventListener('change', () => switchLanguage(uiLanguage.value, true));

const sample = $('sample');

async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

sample.addEventListener('change', async () => {
  const url = sample.value;
  if (!url) return;
  try {
    const text = await fetchText(url);
    editor.replaceAll(text);
    setDismissed(none());
    editor.rewind();
    tabs.setTab('read');
    $('view').scrollTop = 0;
  } catch (err) {
    status.setStatus(t('status.sample.failed', { error: err.message }), 'error');
  }
  sample.value = '';
});

// Clear: no article, saved copy or analysis; undo in Edit brings it back.
$('clear').addEventListener('click', () => {
  editor.replaceAll('');
  setDismissed(none());
  editor.empty();
  send();
  saving.forget();
  tabs.setTab('edit', true);
});

/** The article of the last visit; on a first visit an empty article to
 *  paste into, the samples one pick away (fetched only when picked, so a
 *  first visit downloads none). */
function restore() {
  const saved = loadArticle();
  if (saved) {
    editor.load(saved.text, saved.hints);
    store.set({ dismissed: fromJson(loadDismissed()) });
  }
  if (editor.text()) {
    send();
    warmFormats(uiLocale());
  } else {
    tabs.setTab('edit');
    if (!status.isError()) status.setStatus(t('status.paste'));
  }
}

switchLanguage(initialLanguage(), false);
status.setStatus(t('status.loading'), 'busy');
tabs.setTab('read');
restore();
