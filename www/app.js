// solieu's page: sends the article to the analysis worker as it is edited and
// renders what comes back. Everything taken from the article or the analysis
// is inserted as text (createElement / textContent), never as markup.
//
// HTML pasted or opened keeps its structure: it is converted to plain text
// plus block hints (which lines were headings, paragraphs, captions…), and
// the hints follow the text through later edits (hints.js).

import { adoptWorker } from './boot.js';
import { htmlToBlocks } from './html-to-text.js';
import { remapHints, shiftHints, sortHints } from './hints.js';
import { applyStatic, getLanguage, initialLanguage, kindName, locale as uiLocale, setLanguage, t } from './i18n.js';
import { figureRow, toCsv, toTsv } from './export.js';
import { forgetArticle, loadArticle, saveArticle } from './saved.js';

const SAMPLE = 'samples/vi-haugiang-q1-2023.txt';
const DEBOUNCE_MS = 50;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
// Lists drawn in full would freeze the page on a 10 MB text (thousands of
// sections, captions and checks): each shows its first entries and a count.
const MAX_LISTED = 400;

/** The first MAX_LISTED items of a list, and a note for the rest. */
function capped(items) {
  return { shown: items.slice(0, MAX_LISTED), more: Math.max(0, items.length - MAX_LISTED) };
}

const $ = (id) => document.getElementById(id);
const article = $('article');
const language = $('language');
const status = $('status');
const figuresBody = $('figures').tBodies[0];
const figureCount = $('figure-count');
const outline = $('outline');
const checks = $('checks');
const fileInput = $('file');
const inputPanel = article.closest('.input');

let latest = 0; // id of the newest request; older answers are dropped
let timer = 0;
let sent = null; // {text, blocks} of the newest request
let shown = null; // {text, blocks, analysis, memory} on screen

// Read-only view of what is on screen, for tests and the curious.
Object.defineProperty(window, '__solieu', {
  get: () => (shown ? Object.freeze({ ...shown, blocks: shown.blocks.map((h) => ({ ...h })) }) : null),
});

/** Creates an element with optional class and text. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function setStatus(text, kind = '') {
  status.textContent = text;
  status.className = `status ${kind}`.trim();
  status.dataset.state = kind || 'idle';
}

// ---- block hints -------------------------------------------------------------

// The hints that describe `hintsText`, which is the textarea's value once
// syncHints() has run. Empty for text typed or pasted as plain text.
let hints = [];
let hintsText = '';
// The hints an edit of ours (paste, open) will leave, for the text it leaves.
let pending = null;
// A few recent texts that had hints, so undo and redo bring their hints back.
const remembered = new Map();
const REMEMBER = 8;

/** Carries the hints over to the textarea's current value. `caret` is where
 *  the caret stands after the edit, if this runs for one. */
function syncHints(caret = null) {
  const now = article.value;
  if (now === hintsText) return;
  if (pending && pending.text === now) hints = pending.hints;
  else if (remembered.has(now)) hints = remembered.get(now);
  else hints = remapHints(hints, hintsText, now, caret);
  pending = null;
  hintsText = now;
  if (hints.length) {
    remembered.delete(now);
    remembered.set(now, hints);
    while (remembered.size > REMEMBER) remembered.delete(remembered.keys().next().value);
  }
}

/**
 * Replaces `[start, end)` of the article with `text`, whose own block hints
 * are `blocks` (offsets into `text`), the way a paste does: through the
 * editing commands where the browser has them, so undo works.
 */
function replaceRange(start, end, text, blocks = []) {
  syncHints();
  const old = article.value;
  const next = old.slice(0, start) + text + old.slice(end);
  const moved = blocks.map((b) => ({ start: b.start + start, end: b.end + start, kind: b.kind }));
  pending = { text: next, hints: sortHints([...shiftHints(hints, start, end, text.length), ...moved]) };
  article.focus();
  article.setSelectionRange(start, end);
  let done = false;
  try {
    done = document.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (!done && article.value === old) article.setRangeText(text, start, end, 'end');
  syncHints();
  schedule();
}

// ---- the worker ---------------------------------------------------------------

// The analysis runs in a worker, which can fail: its script or the WASM may
// not load, the analysis may throw (a Rust panic is a `RuntimeError:
// unreachable` and leaves that WASM instance unusable), a message may not
// arrive, or the worker may never answer. Each failure shows an alert that
// says so and that the text is safe; the failed worker is thrown away, and the
// next edit (or Retry) starts a fresh one.
//
// Time bounds. Loading is bounded at INIT_TIMEOUT_MS: fetching and compiling
// ~400 kB of WASM takes well under a second even on slow machines. The
// analysis is bounded too, but generously and by size, because a large text
// legitimately takes seconds (10 MB, 7.5 M UTF-16 units: ~5 s on a desktop,
// several times that on a slow phone) and a false alarm would throw away a
// run that was about to finish: RUN_TIMEOUT_MS plus RUN_MS_PER_MCHAR for each
// million characters still waiting for an answer (the worker answers in
// order, so a small edit queued behind a 10 MB run waits for it too). Only a
// worker that is stuck (an endless loop) runs into it.
const INIT_TIMEOUT_MS = 15_000;
const RUN_TIMEOUT_MS = 20_000;
const RUN_MS_PER_MCHAR = 20_000;

const failure = $('failure');
let worker = null;
let workerReady = false;
let initTimer = 0;
let runTimer = 0;
const waiting = new Map(); // id → characters of each request not answered yet

function startWorker() {
  stopWorker();
  const adopted = adoptWorker();
  const w = adopted ? adopted.worker : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker = w;
  workerReady = false;
  w.onmessage = ({ data }) => {
    if (w === worker) answer(data);
  };
  w.onmessageerror = () => {
    if (w === worker) fail(t('failure.message'));
  };
  w.onerror = (event) => {
    event.preventDefault(); // reported here, not as an uncaught error of the page
    if (w === worker) fail(event.message || t('failure.script'));
  };
  initTimer = setTimeout(() => {
    if (w === worker && !workerReady) fail(t('failure.init.timeout', { s: INIT_TIMEOUT_MS / 1000 }));
  }, INIT_TIMEOUT_MS);
  // What the worker said before this page was there to hear it.
  for (const [type, event] of adopted?.held ?? []) w[`on${type}`](event);
}

function stopWorker() {
  clearTimeout(initTimer);
  clearTimeout(runTimer);
  waiting.clear();
  if (worker) worker.terminate();
  worker = null;
  workerReady = false;
}

// The worker, started by boot.js, is adopted first thing. (Its messages are
// handled only once this module has run to the end.)
startWorker();

/** Throws the worker away and says so; the text stays as it is. */
function fail(detail) {
  stopWorker();
  showFailure(detail);
  // With no analysis to highlight, the text shows where it can be edited.
  if (!ctx) setTab('edit');
}

function showFailure(detail) {
  const retry = el('button', 'button', t('failure.retry'));
  retry.type = 'button';
  retry.id = 'retry';
  retry.addEventListener('click', () => send());
  failure.replaceChildren(
    el('strong', null, t('failure.title')),
    ' ',
    el('span', null, t('failure.text', { error: detail })),
    ' ',
    retry,
  );
  failure.hidden = false;
  failure.dataset.error = detail;
  setStatus(t('status.failed'), 'error');
}

function clearFailure() {
  if (failure.hidden) return;
  failure.hidden = true;
  failure.replaceChildren();
  delete failure.dataset.error;
}

/** (Re)arms the bound on the requests still waiting for an answer. */
function armRunTimer() {
  clearTimeout(runTimer);
  if (!waiting.size) return;
  let chars = 0;
  for (const n of waiting.values()) chars += n;
  runTimer = setTimeout(() => fail(t('failure.timeout')), RUN_TIMEOUT_MS + (RUN_MS_PER_MCHAR * chars) / 1e6);
}

function answer(data) {
  if (data.ready) {
    workerReady = true;
    clearTimeout(initTimer);
    $('version').textContent = data.version;
    return;
  }
  if (data.fatal === 'init') {
    fail(t('failure.init', { error: data.error }));
    return;
  }
  waiting.delete(data.id);
  armRunTimer();
  if (data.error !== undefined) {
    if (data.id === latest) {
      fail(data.error);
    } else {
      // An older text broke this worker; the newest one is still to be
      // analysed, by a fresh worker.
      stopWorker();
      send();
    }
    return;
  }
  if (data.id !== latest) return; // a newer request is on its way
  clearFailure();
  shown = { text: sent.text, blocks: sent.blocks, analysis: data.analysis, memory: data.memory ?? null };
  render(data.analysis, data.ms);
  markFirstPaint();
}

let firstPaintMarked = false;

/** Marks, in the page's performance timeline, when the first analysis was on
 *  screen: after the next frame, the one that draws it. The benchmark reads
 *  it (as may any performance tool): the page's own clock, no round trip. */
function markFirstPaint() {
  if (firstPaintMarked) return;
  firstPaintMarked = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark('solieu:first-analysis')));
}

// ---- requests ----------------------------------------------------------------

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(send, DEBOUNCE_MS);
  scheduleSave();
}

function send() {
  clearTimeout(timer);
  syncHints();
  latest += 1;
  sent = { text: article.value, blocks: hints };
  if (!sent.text) {
    // Nothing to analyse: the empty page, without asking the worker.
    clearFailure();
    clearResults();
    setStatus(t('status.paste'));
    return;
  }
  if (!worker) startWorker();
  setStatus(t('status.analysing'), 'busy');
  worker.postMessage({ id: latest, text: sent.text, language: language.value, blocks: sent.blocks });
  waiting.set(latest, sent.text.length);
  armRunTimer();
}

// ---- the text kept across reloads ---------------------------------------------

// What is typed, pasted, opened or dropped is saved (saved.js) a moment after
// the last edit, and at once when the page is hidden or left. Writing a few
// MB into localStorage blocks the page for a few hundred ms, so the pause
// before saving grows with the text: 300 ms for an article, 5 s at most.
const SAVE_MS = 300;
const SAVE_MS_MAX = 5_000;
const savedNote = $('saved-note');
let saveTimer = 0;
let unsaved = false;

function scheduleSave() {
  unsaved = true;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, Math.min(SAVE_MS_MAX, SAVE_MS + article.value.length / 1000));
}

function save() {
  clearTimeout(saveTimer);
  if (!unsaved) return;
  unsaved = false;
  syncHints();
  showSaveState(saveArticle(article.value, hints));
}

/** A quiet note while the text on screen is too long to be kept. Storage
 *  that is off (private browsing, a policy) goes unmentioned. */
function showSaveState(state) {
  const tooLarge = state === 'too-large';
  savedNote.textContent = tooLarge ? t('saved.too.large') : '';
  savedNote.hidden = !tooLarge;
  savedNote.dataset.state = state;
}

window.addEventListener('pagehide', save);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') save();
});

article.addEventListener('input', () => {
  syncHints(article.selectionStart === article.selectionEnd ? article.selectionEnd : null);
  schedule();
});
language.addEventListener('change', schedule);

// ---- paste and open ------------------------------------------------------------

// HTML on the clipboard is converted here; anything else pastes as usual (and
// the input handler drops the hints of the stretch it replaced).
article.addEventListener('paste', (e) => {
  const html = e.clipboardData?.getData('text/html');
  if (!html) return;
  let converted;
  try {
    converted = htmlToBlocks(html);
  } catch {
    return; // the browser's own plain-text paste
  }
  if (!converted.text.trim()) return;
  e.preventDefault();
  replaceRange(article.selectionStart, article.selectionEnd, converted.text, converted.blocks);
});

const isHtmlFile = (file) => /\.x?html?$/i.test(file.name) || /html/i.test(file.type);
const isTextFile = (file) => /\.(txt|text|md|markdown)$/i.test(file.name) || /^text\//i.test(file.type);

/** The file's text: UTF-8 unless a byte-order mark or an HTML file's
 *  <meta charset> says otherwise. */
function decode(bytes, html) {
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (html && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
    if (m) label = m[1];
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Replaces the article with a .txt, .md or .html file. */
async function openFile(file) {
  const html = isHtmlFile(file);
  if (!html && !isTextFile(file)) {
    setStatus(t('status.open.kind', { name: file.name }), 'error');
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    setStatus(t('status.open.size', { name: file.name, mb: MAX_FILE_BYTES >> 20 }), 'error');
    return;
  }
  setStatus(t('status.opening', { name: file.name }), 'busy');
  let converted;
  try {
    const raw = decode(new Uint8Array(await file.arrayBuffer()), html);
    converted = html ? htmlToBlocks(raw) : { text: raw.replace(/\r\n?/g, '\n'), blocks: [] };
  } catch (err) {
    setStatus(t('status.open.failed', { name: file.name, error: err.message }), 'error');
    return;
  }
  replaceRange(0, article.value.length, converted.text, converted.blocks);
  article.setSelectionRange(0, 0);
  article.scrollTop = 0;
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = ''; // the same file can be opened again
  if (file) openFile(file);
});

const carriesFiles = (e) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

// A file dropped on the input panel opens; dropped anywhere else on the page
// it is ignored rather than letting the browser navigate away from the text.
for (const type of ['dragenter', 'dragover']) {
  inputPanel.addEventListener(type, (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    inputPanel.classList.add('dropping');
  });
}
inputPanel.addEventListener('dragleave', (e) => {
  if (!inputPanel.contains(e.relatedTarget)) inputPanel.classList.remove('dropping');
});
inputPanel.addEventListener('drop', (e) => {
  inputPanel.classList.remove('dropping');
  const file = e.dataTransfer?.files?.[0];
  if (!file) return; // dropped text goes in as usual
  e.preventDefault();
  openFile(file);
});
window.addEventListener('dragover', (e) => {
  if (carriesFiles(e) && !inputPanel.contains(e.target)) {
    e.preventDefault();
    e.dataTransfer.dropEffect = 'none';
  }
});
window.addEventListener('drop', (e) => {
  if (carriesFiles(e)) e.preventDefault();
});

// ---- value formatting --------------------------------------------------------

const formats = new Map();

function numberFormat(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat(locale);
    }
    formats.set(key, f);
  }
  return f;
}

const dateFormats = new Map();

/** A UTC date format, made once per locale and options: making one costs as
 *  much as formatting hundreds of dates. */
function dateFormat(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    dateFormats.set(key, f);
  }
  return f;
}

/** Formats a value of each kind once, so that the browser loads its number
 *  and date data while the worker analyses the first text rather than when
 *  the first table is drawn: that took the table 49–83 ms of the first
 *  render, and 10–15 ms after this (2-core machine). */
function warmFormats() {
  const locale = uiLocale();
  for (const f of [
    { kind: 'money', value: 36.2e9, unit: 'VND' },
    { kind: 'money', value: 15.7e9, unit: 'USD' },
    { kind: 'percent', value: 5.2 },
    { kind: 'date', value: '2023-03-05' },
    { kind: 'date', value: '2023-03' },
    { kind: 'date', value: '--03-05' },
    { kind: 'count', value: 1038 },
  ]) {
    fmtFigure(f, locale);
    fmtCompact(f, locale);
  }
}

function fmtNumber(n, locale) {
  return numberFormat(locale, { maximumFractionDigits: 6 }).format(n);
}

function fmtMoney(n, unit, locale) {
  if (/^[A-Z]{3}$/.test(unit || '')) {
    const fraction = Number.isInteger(n) ? 0 : 2;
    return numberFormat(locale, {
      style: 'currency',
      currency: unit,
      minimumFractionDigits: fraction,
      maximumFractionDigits: Math.max(fraction, 2),
    }).format(n);
  }
  return fmtNumber(n, locale);
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Dates read the way each language writes them: 18/5/2021 and 18 May 2021.
const DATE_STYLES = {
  'vi-VN': {
    locale: 'vi-VN',
    day: { day: 'numeric', month: 'numeric', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    dayMonth: { day: 'numeric', month: 'numeric' },
  },
  'en-US': {
    locale: 'en-GB',
    day: { day: 'numeric', month: 'short', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    dayMonth: { day: 'numeric', month: 'long' },
  },
};

function fmtDate(s, locale) {
  const style = DATE_STYLES[locale] ?? DATE_STYLES['en-US'];
  const utc = (opts, y, m, d) => dateFormat(style.locale, opts).format(new Date(Date.UTC(y, m, d)));
  let m;
  if ((m = /^(.*)T(\d{2}:\d{2}(?::\d{2})?)$/.exec(s))) {
    return m[1] ? `${fmtDate(m[1], locale)} ${m[2]}` : m[2];
  }
  if ((m = DATE_RE.exec(s))) {
    const [, y, mo, d] = m;
    if (+mo > 12 || +d > 31) return s;
    if (d) return utc(style.day, +y, +mo - 1, +d);
    if (mo) return utc(style.month, +y, +mo - 1, 1);
    return y;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^--Q([1-4])$/.exec(s))) return `Q${m[1]} ${t('no.year')}`;
  if ((m = /^--(\d{2})-(\d{2})$/.exec(s))) return `${utc(style.dayMonth, 2000, +m[1] - 1, +m[2])} ${t('no.year')}`;
  return s;
}

const DURATION_RE = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/;
const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

function fmtDuration(s, locale) {
  const m = DURATION_RE.exec(s);
  if (!m) return s;
  const parts = [];
  DURATION_UNITS.forEach((unit, i) => {
    if (m[i + 1] !== undefined) {
      parts.push(numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(m[i + 1])));
    }
  });
  return parts.length ? parts.join(' ') : s;
}

/** A readable rendering of one value of a figure of the given kind. */
function fmtValue(kind, value, unit, locale) {
  if (value === null || value === undefined) return '—';
  switch (kind) {
    case 'money':
      return typeof value === 'number' ? fmtMoney(value, unit, locale) : String(value);
    case 'percent':
      return typeof value === 'number' ? `${fmtNumber(value, locale)}%` : String(value);
    case 'date':
      return fmtDate(String(value), locale);
    case 'period': {
      const [a, b] = String(value).split('/');
      return b === undefined ? fmtDate(a, locale) : `${fmtDate(a, locale)} – ${fmtDate(b, locale)}`;
    }
    case 'duration':
      return fmtDuration(String(value), locale);
    case 'ratio':
    case 'score':
      if (Array.isArray(value)) {
        const [a, b] = value.map((n) => fmtNumber(n, locale));
        return kind === 'ratio' ? `${a} / ${b}` : `${a} – ${b}`;
      }
      return String(value);
    case 'reference':
      if (value && typeof value === 'object') {
        const tail = [value.number, value.year, value.code].filter(Boolean).join('/');
        return [value.type, tail].filter(Boolean).join(' ');
      }
      return String(value);
    default:
      return typeof value === 'number' ? fmtNumber(value, locale) : JSON.stringify(value);
  }
}

function fmtFigure(f, locale) {
  try {
    const low = fmtValue(f.kind, f.value, f.unit, locale);
    if (f.high === null || f.high === undefined) return low;
    return `${low} – ${fmtValue(f.kind, f.high, f.unit, locale)}`;
  } catch {
    // An odd value (an unknown currency code, say) is shown as it came.
    return JSON.stringify(f.high == null ? f.value : [f.value, f.high]);
  }
}

/** A compact reading of large amounts ("15.7 billion"), or null. */
function fmtCompact(f, locale) {
  if (typeof f.value !== 'number' || Math.abs(f.value) < 1e6) return null;
  if (!['money', 'count', 'number', 'quantity'].includes(f.kind)) return null;
  return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 5 }).format(f.value);
}


// ---- kinds and colours ---------------------------------------------------------

// Kinds come in five families; each family has a colour AND its own underline
// style (solid, dashed, dotted, double, wavy), so the key reads without colour
// and on paper too.
const FAMILY = {
  money: 'money', percent: 'share', ratio: 'share', score: 'share', date: 'time', period: 'time', duration: 'time',
  count: 'amount', number: 'amount', quantity: 'amount', ordinal: 'other', reference: 'other',
};
const FAMILIES = ['money', 'share', 'time', 'amount', 'other'];
const KIND_ORDER = Object.keys(FAMILY);

const VIEW_CHARS = 150_000; // characters of the highlighted view per step
const VIEW_FIGURES = 3_000; // highlighted figures per step
const ROW_STEP = 500; // table rows per step

// ---- state ---------------------------------------------------------------------

const view = $('view');
const viewNote = $('view-note');
const figureInfo = $('figure-info');
const legend = $('legend');
const tabRead = $('tab-read');
const tabEdit = $('tab-edit');
const readPane = $('read-pane');
const editPane = $('edit-pane');
const figuresTable = $('figures');
const filterKind = $('filter-kind');
const filterSection = $('filter-section');
const filterSearch = $('filter-search');
const filterShown = $('filter-shown');
const rowsNote = $('rows-note');
const checksSummary = $('checks-summary');
const exportNote = $('export-note');

const state = {
  tab: 'read',
  sort: null, // {col, dir: 1 | -1}
  kind: '',
  section: '',
  search: '',
  rows: ROW_STEP,
  viewChars: VIEW_CHARS,
  viewFigures: VIEW_FIGURES,
  current: null, // id of the figure last picked
  checked: new Set(), // ids of the figures of the check picked
  check: -1,
};

let ctx = null; // {a, text, ms, sections: Map id → section}
let marks = new Map(); // figure id → <mark> in the view
let anchors = new Map(); // text offset → element starting there in the view
let viewLimit = 0; // how much of the text the view shows

// ---- tabs ----------------------------------------------------------------------

function setTab(tab, focus = false) {
  state.tab = tab;
  const read = tab === 'read';
  tabRead.setAttribute('aria-selected', String(read));
  tabEdit.setAttribute('aria-selected', String(!read));
  tabRead.tabIndex = read ? 0 : -1;
  tabEdit.tabIndex = read ? -1 : 0;
  readPane.hidden = !read;
  editPane.hidden = read;
  inputPanel.classList.toggle('editing', !read);
  if (focus) (read ? tabRead : article).focus();
}

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

// A paste in the highlighted view replaces the article: paste, then read.
view.addEventListener('paste', (e) => {
  const html = e.clipboardData?.getData('text/html');
  const plain = e.clipboardData?.getData('text/plain') ?? '';
  let converted = null;
  if (html) {
    try {
      converted = htmlToBlocks(html);
    } catch {
      converted = null;
    }
  }
  if (!converted || !converted.text.trim()) converted = { text: plain.replace(/\r\n?/g, '\n'), blocks: [] };
  if (!converted.text.trim()) return;
  e.preventDefault();
  // Through the textarea's editing commands, so undo works in Edit.
  editPane.hidden = false;
  replaceRange(0, article.value.length, converted.text, converted.blocks);
  editPane.hidden = true;
  view.focus();
});

// ---- rendering -----------------------------------------------------------------

function render(a, ms) {
  const text = shown.text;
  const fresh = !ctx || ctx.a !== a;
  ctx = { a, text, ms, sections: new Map(a.outline.sections.map((s) => [s.id, s])) };
  if (fresh) {
    state.rows = ROW_STEP;
    state.viewChars = VIEW_CHARS;
    state.viewFigures = VIEW_FIGURES;
    state.current = null;
    state.checked = new Set();
    state.check = -1;
  }
  renderLegend();
  renderView();
  renderFilters();
  renderTable();
  renderOutline(a.outline);
  renderChecks(a.checks);
  renderStatus();
}

/** The page without an analysis: for an empty article, and after Clear. */
function clearResults() {
  shown = null;
  ctx = null;
  marks = new Map();
  anchors = new Map();
  viewLimit = 0;
  view.replaceChildren(el('p', 'empty', t('view.empty')));
  viewNote.replaceChildren();
  figureInfo.replaceChildren(el('span', null, t('view.hint')));
  figuresBody.replaceChildren();
  figureCount.textContent = '';
  filterKind.replaceChildren();
  filterSection.replaceChildren();
  filterShown.textContent = '';
  $('filter-reset').hidden = true;
  rowsNote.replaceChildren();
  outline.replaceChildren();
  checks.replaceChildren();
  checksSummary.textContent = '';
  checksSummary.classList.remove('has-bad');
  exportNote.textContent = '';
}

function renderStatus() {
  if (!ctx) return;
  const { a, ms } = ctx;
  const s = a.stats;
  const loc = getLanguage() === 'vi' ? 'vi-VN' : 'en-US';
  const n = (x) => fmtNumber(x, loc);
  setStatus(
    t('status.done', {
      n: n(a.figures.length),
      ms: ms < 10 ? ms.toFixed(1) : Math.round(ms),
      lang: a.language,
      words: n(s.words),
      sentences: n(s.sentences),
      paragraphs: n(s.paragraphs),
    }) + (shown?.blocks.length ? t('status.html') : ''),
    'done',
  );
}

function renderLegend() {
  legend.replaceChildren(
    ...FAMILIES.map((fam) => {
      const li = el('li');
      li.append(el('span', `swatch fig fam-${fam}`, '12'), el('span', null, t(`family.${fam}`)));
      return li;
    }),
  );
}

/** The tooltip text of a figure: its kind and normalised value. */
function describe(f) {
  const unit = f.unit && !['money', 'percent'].includes(f.kind) ? ` ${f.unit}` : '';
  const parts = [`${kindName(f.kind)}: ${fmtFigure(f, uiLocale())}${unit}`];
  if (f.qualifier && f.qualifier !== 'exact') parts.push(t(`qualifier.${f.qualifier}`));
  return parts.join(' · ');
}

/** The outline's ranges shown in the view: title, headings, captions,
 *  bylines and chrome, sorted, overlaps dropped. */
function zones(o) {
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

function renderView() {
  const { a, text } = ctx;
  const figs = a.figures;
  marks = new Map();
  anchors = new Map();
  if (!text.trim()) {
    view.replaceChildren(el('p', 'empty', t('view.empty')));
    viewNote.replaceChildren();
    viewLimit = 0;
    return;
  }
  // How far to render: a number of characters and of figures, never
  // cutting a figure in two.
  let limit = Math.min(text.length, state.viewChars);
  let count = 0;
  while (count < figs.length && figs[count].start < limit && count < state.viewFigures) count += 1;
  if (count < figs.length && figs[count].start < limit) limit = figs[count].start;
  if (count > 0 && figs[count - 1].end > limit) limit = figs[count - 1].end;
  viewLimit = limit;

  const zs = zones(a.outline);
  let zi = 0;
  const frag = document.createDocumentFragment();
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
  for (let i = 0; i < count; i += 1) {
    const f = figs[i];
    pushText(pos, f.start);
    const z = zoneAt(f.start);
    const m = el('mark', `fig fam-${FAMILY[f.kind] ?? 'other'}${z ? ` ${z.cls}` : ''}`, f.text);
    m.dataset.id = f.id;
    m.dataset.kind = f.kind;
    m.tabIndex = i === 0 ? 0 : -1;
    if (state.checked.has(f.id)) m.classList.add('checked');
    if (state.current === f.id) m.classList.add('current');
    marks.set(f.id, m);
    if (!anchors.has(f.start)) anchors.set(f.start, m);
    frag.append(m);
    pos = f.end;
  }
  pushText(pos, limit);
  view.replaceChildren(frag);

  if (limit < text.length) {
    const more = el('button', 'button quiet', t('view.more'));
    more.type = 'button';
    more.addEventListener('click', () => {
      state.viewChars = limit + VIEW_CHARS;
      state.viewFigures = count + VIEW_FIGURES;
      renderView();
    });
    viewNote.replaceChildren(
      el('span', null, t('view.capped', { chars: fmtNumber(limit, uiLocale()), shown: fmtNumber(count, uiLocale()), total: fmtNumber(figs.length, uiLocale()) })),
      ' ',
      more,
    );
  } else viewNote.replaceChildren();
}

/** Makes sure the view shows text up to `offset`. */
function viewUpTo(offset) {
  if (offset < viewLimit || !ctx) return;
  state.viewChars = offset + VIEW_CHARS;
  const figs = ctx.a.figures;
  let n = 0;
  while (n < figs.length && figs[n].start <= offset) n += 1;
  state.viewFigures = Math.max(state.viewFigures, n + VIEW_FIGURES);
  renderView();
}

function showInfo(f) {
  const sentence = f.text;
  figureInfo.replaceChildren(el('b', null, sentence), ' → ', el('span', null, describe(f)));
}

function figureOf(node) {
  const m = node?.closest?.('mark.fig');
  return m && ctx ? ctx.a.figures[Number(m.dataset.id)] : null;
}

// A mark's tooltip is written when it is first pointed at or focused, not
// when the view is drawn: formatting every value up front took 27–70 ms of
// the first render of the sample (63 figures) on a 2-core machine.
function showFigure(target) {
  const f = figureOf(target);
  if (!f) return;
  const m = target.closest('mark.fig');
  if (!m.title) m.title = describe(f);
  showInfo(f);
}
view.addEventListener('mouseover', (e) => showFigure(e.target));
view.addEventListener('focusin', (e) => showFigure(e.target));
view.addEventListener('click', (e) => {
  const f = figureOf(e.target);
  if (f) pickFromText(f.id);
});
view.addEventListener('keydown', (e) => {
  const m = e.target.closest?.('mark.fig');
  if (e.key === 'Enter' || e.key === ' ') {
    if (!m) return;
    e.preventDefault();
    pickFromText(Number(m.dataset.id));
    return;
  }
  const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
  if (!(e.key in moves)) return;
  const list = [...marks.values()];
  if (!list.length) return;
  e.preventDefault();
  let i = m ? list.indexOf(m) : -1;
  const step = moves[e.key];
  if (step === -Infinity) i = 0;
  else if (step === Infinity) i = list.length - 1;
  else i = Math.max(0, Math.min(list.length - 1, i + step));
  focusMark(list[i]);
});

function focusMark(m) {
  for (const other of view.querySelectorAll('mark.fig[tabindex="0"]')) other.tabIndex = -1;
  m.tabIndex = 0;
  m.focus({ preventScroll: true });
  m.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function setCurrent(id) {
  state.current = id;
  for (const node of document.querySelectorAll('.current')) node.classList.remove('current');
  marks.get(id)?.classList.add('current');
  figuresBody.querySelector(`tr[data-id="${id}"]`)?.classList.add('current');
}

/** A figure clicked in the text: its row in the table, shown and focused. */
function pickFromText(id) {
  const f = ctx.a.figures[id];
  let tr = figuresBody.querySelector(`tr[data-id="${id}"]`);
  if (!tr) {
    // Filtered out, or beyond the rows rendered: clear the filters and
    // render far enough to reach it.
    const list = filteredFigures();
    if (!list.includes(f)) resetFilters(false);
    const at = filteredFigures().indexOf(f);
    state.rows = Math.max(state.rows, at + 1);
    renderTable();
    tr = figuresBody.querySelector(`tr[data-id="${id}"]`);
  }
  setCurrent(id);
  if (tr) {
    tr.scrollIntoView({ block: 'center' });
    tr.focus({ preventScroll: true });
  }
}

/** A row activated in the table: the figure, shown in the view (and selected
 *  in the textarea), or selected in the textarea when editing. */
function pickFromTable(tr) {
  const id = Number(tr.dataset.id);
  const start = Number(tr.dataset.start);
  const end = Number(tr.dataset.end);
  setCurrent(id);
  if (state.tab === 'edit') {
    article.focus();
    article.setSelectionRange(start, end);
    return;
  }
  article.setSelectionRange(start, end);
  viewUpTo(end);
  const m = marks.get(id);
  if (!m) return;
  setCurrent(id);
  m.scrollIntoView({ block: 'center' });
  focusMark(m);
  showInfo(ctx.a.figures[id]);
}

figuresBody.addEventListener('click', (e) => {
  const tr = e.target.closest('tr[data-id]');
  if (tr) pickFromTable(tr);
});
figuresBody.addEventListener('keydown', (e) => {
  const tr = e.target.closest('tr[data-id]');
  if (!tr) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    pickFromTable(tr);
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const next = e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
    if (next?.dataset.id !== undefined) {
      e.preventDefault();
      next.focus();
    }
  }
});

// ---- the figures table ---------------------------------------------------------

/** Lower case without diacritics, so "luot" finds "lượt". */
const fold = (s) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

const sentenceOf = (f) => (Array.isArray(f.sentence) ? ctx.text.slice(f.sentence[0], f.sentence[1]) : '');
const sectionName = (id) => ctx.sections.get(id)?.heading ?? '';

function sortKey(f, col) {
  switch (col) {
    case 'text': return f.text;
    case 'kind': return kindName(f.kind);
    case 'value': {
      // Numbers by size; dates and periods as ISO strings, which sort in time.
      const v = Array.isArray(f.value) ? f.value[0] : f.value;
      return typeof v === 'number' ? v : JSON.stringify(v);
    }
    case 'unit': return f.unit ?? '';
    case 'qualifier': return ['under', 'approx', 'exact', 'over'].indexOf(f.qualifier);
    case 'section': return f.section === null ? -1 : (ctx.sections.get(f.section)?.start ?? -1);
    case 'sentence': return sentenceOf(f).trim();
    default: return f.start;
  }
}

const collators = new Map();

function collator() {
  const loc = uiLocale();
  if (!collators.has(loc)) collators.set(loc, new Intl.Collator(loc, { numeric: true, sensitivity: 'base' }));
  return collators.get(loc);
}

function compareWith(coll) {
  return (x, y) => {
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1; // numbers before words
    if (typeof y === 'number') return 1;
    return coll.compare(x, y);
  };
}

/** What the search box looks in, per figure, folded once per analysis. */
function haystack(f) {
  if (!ctx.hay) ctx.hay = new Array(ctx.a.figures.length);
  return (ctx.hay[f.id] ??= fold(`${f.text}\n${f.unit ?? ''}\n${sentenceOf(f)}`));
}

/** The figures the filters let through, in the table's order. */
function filteredFigures() {
  if (!ctx) return [];
  const { a } = ctx;
  const q = fold(state.search.trim());
  let range = null;
  if (state.section !== '' && state.section !== 'none') {
    const s = ctx.sections.get(Number(state.section));
    if (s) range = [s.start, s.end];
  }
  let list = a.figures.filter((f) => {
    if (state.kind && f.kind !== state.kind) return false;
    if (state.section === 'none' && f.section !== null) return false;
    if (range && !(f.start >= range[0] && f.start < range[1])) return false;
    if (q && !haystack(f).includes(q)) return false;
    return true;
  });
  if (state.sort) {
    const { col, dir } = state.sort;
    const compare = compareWith(collator());
    const keyed = list.map((f) => [sortKey(f, col), f]);
    keyed.sort((p, q2) => dir * compare(p[0], q2[0]) || p[1].start - q2[1].start);
    list = keyed.map((p) => p[1]);
  }
  return list;
}

function option(value, text) {
  const o = el('option', null, text);
  o.value = value;
  return o;
}

function renderFilters() {
  const { a } = ctx;
  const counts = new Map();
  for (const f of a.figures) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const kinds = [...counts.keys()].sort((x, y) => KIND_ORDER.indexOf(x) - KIND_ORDER.indexOf(y));
  if (state.kind && !counts.has(state.kind)) state.kind = '';
  filterKind.replaceChildren(
    option('', t('filter.all.kinds')),
    ...kinds.map((k) => option(k, `${kindName(k)} (${counts.get(k)})`)),
  );
  filterKind.value = state.kind;

  const opts = [option('', t('filter.all.sections'))];
  if (a.figures.some((f) => f.section === null) && a.outline.sections.length) opts.push(option('none', t('filter.no.section')));
  for (const s of capped(a.outline.sections).shown) {
    opts.push(option(String(s.id), `${'\u2003'.repeat(Math.max(0, s.level - 1))}${s.heading.length > 70 ? `${s.heading.slice(0, 69)}…` : s.heading}`));
  }
  if (state.section !== '' && !opts.some((o) => o.value === state.section)) state.section = '';
  filterSection.replaceChildren(...opts);
  filterSection.value = state.section;
  filterSearch.value = state.search;
}

/** The sentence around a figure, cut to a window around it. */
function snippet(f) {
  const [s0, s1] = Array.isArray(f.sentence) ? f.sentence : [f.start, f.end];
  const from = Math.max(s0, f.start - 45);
  const to = Math.min(s1, f.end + 45);
  const squash = (s) => s.replace(/\s+/g, ' ');
  const td = el('td', 'sentence');
  td.append(
    (from > s0 ? '…' : '') + squash(ctx.text.slice(from, f.start)).trimStart(),
    el('b', null, f.text),
    squash(ctx.text.slice(f.end, to)).trimEnd() + (to < s1 ? '…' : ''),
  );
  return td;
}

function renderRow(f, loc) {
  const tr = el('tr');
  tr.dataset.kind = f.kind;
  tr.dataset.id = f.id;
  tr.dataset.start = f.start;
  tr.dataset.end = f.end;
  tr.tabIndex = 0;
  tr.title = t('row.title');
  if (state.checked.has(f.id)) tr.classList.add('checked');
  if (state.current === f.id) tr.classList.add('current');

  tr.append(el('td', 'text', f.text));

  const kind = el('td');
  kind.append(el('span', `kind kind-${f.kind} fam-${FAMILY[f.kind] ?? 'other'}`, kindName(f.kind)));
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
  tr.append(el('td', `qualifier q-${f.qualifier}`, t(`qualifier.${f.qualifier}`)));
  tr.append(el('td', 'section', f.section === null ? '' : sectionName(f.section)));
  tr.append(snippet(f));
  return tr;
}

function renderTable() {
  const loc = uiLocale();
  const list = filteredFigures();
  const total = ctx.a.figures.length;
  const rows = document.createDocumentFragment();
  const n = Math.min(list.length, state.rows);
  for (let i = 0; i < n; i += 1) rows.append(renderRow(list[i], loc));
  if (!list.length && total) {
    const tr = el('tr', 'none');
    const td = el('td', 'empty', t('rows.none'));
    td.colSpan = 7;
    tr.append(td);
    rows.append(tr);
  }
  figuresBody.replaceChildren(rows);
  figureCount.textContent = String(total);
  const filtering = state.kind || state.section !== '' || state.search.trim();
  filterShown.textContent = filtering ? t('filter.shown', { shown: fmtNumber(list.length, loc), total: fmtNumber(total, loc) }) : '';
  $('filter-reset').hidden = !filtering;
  for (const th of figuresTable.tHead.rows[0].cells) {
    const sorted = state.sort?.col === th.dataset.col;
    if (sorted) th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
    const button = th.querySelector('button');
    button.setAttribute('aria-label', t('sort.by', { col: button.textContent }));
  }
  if (list.length > n) {
    const more = el('button', 'button quiet', t('rows.more', { n: fmtNumber(Math.min(ROW_STEP, list.length - n), loc) }));
    more.type = 'button';
    more.addEventListener('click', () => {
      state.rows += ROW_STEP;
      renderTable();
    });
    rowsNote.replaceChildren(more);
  } else rowsNote.replaceChildren();
}

function resetFilters(render = true) {
  state.kind = '';
  state.section = '';
  state.search = '';
  filterKind.value = '';
  filterSection.value = '';
  filterSearch.value = '';
  state.rows = ROW_STEP;
  if (render) renderTable();
}

filterKind.addEventListener('change', () => {
  state.kind = filterKind.value;
  state.rows = ROW_STEP;
  renderTable();
});
filterSection.addEventListener('change', () => {
  state.section = filterSection.value;
  state.rows = ROW_STEP;
  renderTable();
});
let searchTimer = 0;
filterSearch.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    state.search = filterSearch.value;
    state.rows = ROW_STEP;
    if (ctx) renderTable();
  }, 120);
});
$('filter-reset').addEventListener('click', () => {
  resetFilters();
  filterKind.focus();
});

figuresTable.tHead.addEventListener('click', (e) => {
  const th = e.target.closest('th[data-col]');
  if (!th || !ctx) return;
  const col = th.dataset.col;
  state.sort = state.sort?.col === col ? { col, dir: -state.sort.dir } : { col, dir: 1 };
  renderTable();
});

// ---- outline -------------------------------------------------------------------

function subsection(title, body) {
  const box = el('div', 'outline-part');
  box.append(el('h3', null, title), body);
  return box;
}

function emptyNote(text) {
  return el('p', 'empty', text);
}

/** A section picked in the outline: its heading in the view, its figures in
 *  the table. */
function goToSection(id) {
  const s = ctx.sections.get(id);
  if (!s) return;
  setTab('read');
  viewUpTo(s.heading_end);
  const target = anchors.get(s.heading_start);
  if (target) {
    target.scrollIntoView({ block: 'start' });
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
  }
  state.section = String(id);
  filterSection.value = state.section;
  state.rows = ROW_STEP;
  renderTable();
  figuresTable.parentElement.scrollTop = 0;
}

function renderOutline(o) {
  const parts = [];
  parts.push(subsection(t('outline.part.title'), o.title ? el('p', 'title', o.title.text) : emptyNote(t('outline.no.title'))));

  if (o.sections.length) {
    const root = el('ol', 'sections');
    const stack = [{ level: 0, item: null, list: root }];
    const { shown, more } = capped(o.sections);
    for (const s of shown) {
      while (stack.length > 1 && stack[stack.length - 1].level >= s.level) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent.list) {
        parent.list = el('ol', 'sections');
        parent.item.append(parent.list);
      }
      const li = el('li');
      const button = el('button', 'heading', s.heading);
      button.type = 'button';
      button.dataset.section = s.id;
      button.title = t('outline.jump', { heading: s.heading });
      li.append(button);
      const n = s.figures.length;
      li.append(el('span', 'note', `${n === 1 ? t('outline.figure') : t('outline.figures', { n })}${s.inferred ? ` · ${t('outline.inferred')}` : ''}`));
      parent.list.append(li);
      stack.push({ level: s.level, item: li, list: null });
    }
    if (more) root.append(el('li', 'note', t('list.more', { n: more })));
    parts.push(subsection(t('outline.part.sections'), root));
  } else {
    parts.push(subsection(t('outline.part.sections'), emptyNote(t('outline.no.sections'))));
  }

  if (o.captions.length) {
    const ul = el('ul', 'captions');
    const { shown, more } = capped(o.captions);
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
    parts.push(subsection(t('outline.part.captions'), ul));
  }

  if (o.bylines?.length) {
    const ul = el('ul', 'bylines');
    const { shown, more } = capped(o.bylines);
    for (const b of shown) ul.append(el('li', null, b.text));
    if (more) ul.append(el('li', 'note', t('list.more', { n: more })));
    parts.push(subsection(t('outline.part.bylines'), ul));
  }

  if (o.boilerplate.length) {
    const ul = el('ul', 'chrome');
    const { shown, more } = capped(o.boilerplate);
    for (const b of shown) ul.append(el('li', null, b.text));
    if (more) ul.append(el('li', 'note', t('list.more', { n: more })));
    parts.push(subsection(t('outline.part.chrome'), ul));
  }

  outline.replaceChildren(...parts);
}

outline.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-section]');
  if (b && ctx) goToSection(Number(b.dataset.section));
});

// ---- checks --------------------------------------------------------------------

function checkFigures(c) {
  return [c.total, ...(c.parts ?? [])].filter((id) => Number.isInteger(id));
}

function renderChecks(list) {
  const bad = list.filter((c) => !c.ok).length;
  checksSummary.textContent = list.length ? t('checks.summary', { bad, ok: list.length - bad }) : '';
  checksSummary.classList.toggle('has-bad', bad > 0);
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
      button.setAttribute('aria-pressed', String(state.check === i));
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

function pickCheck(i) {
  const c = ctx.a.checks[i];
  const same = state.check === i;
  state.check = same ? -1 : i;
  state.checked = same ? new Set() : new Set(checkFigures(c));
  for (const b of checks.querySelectorAll('button[data-check]')) b.setAttribute('aria-pressed', String(Number(b.dataset.check) === state.check));
  for (const node of document.querySelectorAll('.checked')) node.classList.remove('checked');
  if (same) return;
  const ids = [...state.checked];
  const last = Math.max(...ids.map((id) => ctx.a.figures[id]?.end ?? 0));
  setTab('read');
  viewUpTo(last);
  for (const id of ids) {
    marks.get(id)?.classList.add('checked');
    figuresBody.querySelector(`tr[data-id="${id}"]`)?.classList.add('checked');
  }
  const first = marks.get(Math.min(...ids));
  first?.scrollIntoView({ block: 'center' });
}

checks.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-check]');
  if (b && ctx) pickCheck(Number(b.dataset.check));
});

// ---- getting results out -------------------------------------------------------

function exportRows() {
  return filteredFigures().map((f) => figureRow(f, ctx.text, sectionName));
}

function note(text) {
  exportNote.textContent = text;
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
  if (!ctx) return;
  const rows = exportRows();
  try {
    await copyText(toTsv(rows));
    note(t('export.copied', { n: rows.length }));
  } catch (err) {
    note(t('export.copy.failed', { error: err?.message ?? err }));
  }
});
$('csv').addEventListener('click', () => {
  if (ctx) download('solieu-figures.csv', ['\ufeff', toCsv(exportRows())], 'text/csv;charset=utf-8');
});
$('json').addEventListener('click', () => {
  if (ctx) download('solieu-analysis.json', [JSON.stringify(shown.analysis, null, 2), '\n'], 'application/json');
});
$('print').addEventListener('click', () => window.print());

// ---- interface language --------------------------------------------------------

const uiLanguage = $('ui-language');

function switchLanguage(lang, remember) {
  setLanguage(lang, remember);
  uiLanguage.value = getLanguage();
  if (ctx) render(ctx.a, ctx.ms);
  else {
    renderLegend();
    if (sent && !sent.text) clearResults();
  }
  if (!failure.hidden) showFailure(failure.dataset.error);
  if (!savedNote.hidden) showSaveState(savedNote.dataset.state);
  note('');
}

uiLanguage.addEventListener('change', () => switchLanguage(uiLanguage.value, true));

// ---- samples and start -----------------------------------------------------------

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
    editPane.hidden = false; // editing commands need the textarea on screen
    replaceRange(0, article.value.length, text);
    article.setSelectionRange(0, 0);
    article.scrollTop = 0;
    setTab('read');
    view.scrollTop = 0;
  } catch (err) {
    setStatus(t('status.sample.failed', { error: err.message }), 'error');
  }
  sample.value = '';
});

// Clear: an empty article, no saved copy, no analysis. Through the editing
// commands, so undo in Edit brings the text back (and saves it again).
$('clear').addEventListener('click', () => {
  editPane.hidden = false; // editing commands need the textarea on screen
  replaceRange(0, article.value.length, '');
  if (article.value) article.value = ''; // where the editing command did nothing
  syncHints();
  send();
  clearTimeout(saveTimer);
  unsaved = false;
  forgetArticle();
  showSaveState('empty');
  setTab('edit', true);
});

/** The article of the last visit, else the sample. */
async function loadSample() {
  const saved = loadArticle();
  if (saved) {
    article.value = saved.text;
    hints = saved.hints;
    hintsText = saved.text;
  } else {
    try {
      const text = await fetchText(SAMPLE);
      if (!article.value) article.value = text;
    } catch (err) {
      setStatus(t('status.sample.failed', { error: err.message }), 'error');
    }
  }
  if (article.value) {
    send();
    warmFormats();
  } else {
    setTab('edit');
    if (!status.classList.contains('error')) setStatus(t('status.paste'));
  }
}

switchLanguage(initialLanguage(), false);
setStatus(t('status.loading'), 'busy');
setTab('read');
loadSample();
