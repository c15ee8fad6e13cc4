// solieu's page: sends the article to the analysis worker as it is edited and
// renders what comes back. Everything taken from the article or the analysis
// is inserted as text (createElement / textContent), never as markup.
//
// HTML pasted or opened keeps its structure: it is converted to plain text
// plus block hints (which lines were headings, paragraphs, captions…), and
// the hints follow the text through later edits (hints.js).

import { htmlToBlocks } from './html-to-text.js';
import { remapHints, shiftHints, sortHints } from './hints.js';

const SAMPLE = 'samples/vi-haugiang-q1-2023.txt';
const DEBOUNCE_MS = 50;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

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

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let latest = 0; // id of the newest request; older answers are dropped
let timer = 0;
let sent = null; // {text, blocks} of the newest request
let shown = null; // {text, blocks, analysis} on screen

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

// ---- requests ----------------------------------------------------------------

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(send, DEBOUNCE_MS);
}

function send() {
  clearTimeout(timer);
  syncHints();
  latest += 1;
  sent = { text: article.value, blocks: hints };
  setStatus('analysing…', 'busy');
  worker.postMessage({ id: latest, text: sent.text, language: language.value, blocks: sent.blocks });
}

worker.onmessage = ({ data }) => {
  if (data.ready) {
    $('version').textContent = data.version;
    return;
  }
  if (data.id !== latest) return; // a newer request is on its way
  if (data.error !== undefined) {
    setStatus(`error: ${data.error}`, 'error');
    return;
  }
  shown = { text: sent.text, blocks: sent.blocks, analysis: data.analysis };
  render(data.analysis, data.ms);
};

worker.onerror = (event) => {
  setStatus(`the analysis worker failed to start${event.message ? `: ${event.message}` : ''}`, 'error');
};

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
    setStatus(`cannot open “${file.name}”: only .txt, .md and .html files`, 'error');
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    setStatus(`“${file.name}” is too large to open (over ${MAX_FILE_BYTES >> 20} MB)`, 'error');
    return;
  }
  setStatus(`opening “${file.name}”…`, 'busy');
  let converted;
  try {
    const raw = decode(new Uint8Array(await file.arrayBuffer()), html);
    converted = html ? htmlToBlocks(raw) : { text: raw.replace(/\r\n?/g, '\n'), blocks: [] };
  } catch (err) {
    setStatus(`could not read “${file.name}”: ${err.message}`, 'error');
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

function numberFormat(locale, options) {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat(locale);
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
  const utc = (opts, y, m, d) =>
    new Intl.DateTimeFormat(style.locale, { timeZone: 'UTC', ...opts }).format(new Date(Date.UTC(y, m, d)));
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
  if ((m = /^--Q([1-4])$/.exec(s))) return `Q${m[1]} (no year)`;
  if ((m = /^--(\d{2})-(\d{2})$/.exec(s))) return `${utc(style.dayMonth, 2000, +m[1] - 1, +m[2])} (no year)`;
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

const QUALIFIERS = { exact: 'exact', approx: '≈ approx.', over: '> over', under: '< under' };

// ---- rendering ---------------------------------------------------------------

function render(a, ms) {
  const locale = a.language === 'vi' ? 'vi-VN' : 'en-US';
  renderFigures(a.figures, locale);
  renderOutline(a.outline);
  renderChecks(a.checks);
  const s = a.stats;
  const n = (x) => fmtNumber(x, 'en-US');
  setStatus(
    `${n(a.figures.length)} figures in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms · ` +
      `${a.language} · ${n(s.words)} words · ${n(s.sentences)} sentences · ${n(s.paragraphs)} paragraphs` +
      (shown?.blocks.length ? ` · structure from HTML` : ''),
    'done',
  );
}

function renderFigures(figures, locale) {
  const rows = document.createDocumentFragment();
  for (const f of figures) {
    const tr = el('tr');
    tr.dataset.kind = f.kind;
    tr.dataset.start = f.start;
    tr.dataset.end = f.end;
    tr.tabIndex = 0;
    tr.title = 'Select in the article';

    tr.append(el('td', 'text', f.text));

    const kind = el('td');
    kind.append(el('span', `kind kind-${f.kind}`, f.kind));
    tr.append(kind);

    const value = el('td', 'value');
    value.dataset.value = JSON.stringify(f.value);
    value.append(el('span', null, fmtFigure(f, locale)));
    const compact = fmtCompact(f, locale);
    if (compact) value.append(el('span', 'note', compact));
    if (f.change) {
      const arrow = f.change.direction === 'down' ? '↓' : '↑';
      value.append(el('span', 'note', `${arrow} ${f.change.direction} by ${fmtValue(f.kind, f.change.by, f.unit, locale)}`));
    }
    tr.append(value);

    tr.append(el('td', 'unit', f.unit ?? ''));
    tr.append(el('td', `qualifier q-${f.qualifier}`, QUALIFIERS[f.qualifier] ?? f.qualifier));
    rows.append(tr);
  }
  figuresBody.replaceChildren(rows);
  figureCount.textContent = String(figures.length);
}

function selectInArticle(tr) {
  const start = Number(tr.dataset.start);
  const end = Number(tr.dataset.end);
  article.focus();
  article.setSelectionRange(start, end);
}

figuresBody.addEventListener('click', (e) => {
  const tr = e.target.closest('tr');
  if (tr) selectInArticle(tr);
});
figuresBody.addEventListener('keydown', (e) => {
  const tr = e.target.closest('tr');
  if (tr && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    selectInArticle(tr);
  }
});

function subsection(title, body) {
  const box = el('div', 'outline-part');
  box.append(el('h3', null, title), body);
  return box;
}

function emptyNote(text) {
  return el('p', 'empty', text);
}

function renderOutline(o) {
  const parts = [];

  parts.push(subsection('Title', o.title ? el('p', 'title', o.title.text) : emptyNote('No title found.')));

  if (o.sections.length) {
    // Nest the sections by level: a deeper section goes inside the last item.
    const root = el('ol', 'sections');
    const stack = [{ level: 0, item: null, list: root }];
    for (const s of o.sections) {
      while (stack.length > 1 && stack[stack.length - 1].level >= s.level) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent.list) {
        parent.list = el('ol', 'sections');
        parent.item.append(parent.list);
      }
      const li = el('li');
      li.append(el('span', 'heading', s.heading));
      const n = s.figures.length;
      li.append(el('span', 'note', `${n} figure${n === 1 ? '' : 's'}${s.inferred ? ' · inferred heading' : ''}`));
      parent.list.append(li);
      stack.push({ level: s.level, item: li, list: null });
    }
    parts.push(subsection('Sections', root));
  } else {
    parts.push(subsection('Sections', emptyNote('No sections found.')));
  }

  if (o.captions.length) {
    const ul = el('ul', 'captions');
    for (const c of o.captions) {
      const li = el('li', null, c.text);
      if (c.duplicate_of !== null && c.duplicate_of !== undefined) {
        li.className = 'duplicate';
        li.append(el('span', 'note', 'repeated'));
      }
      ul.append(li);
    }
    parts.push(subsection('Captions', ul));
  }

  if (o.boilerplate.length) {
    const ul = el('ul', 'chrome');
    for (const b of o.boilerplate) ul.append(el('li', null, b.text));
    parts.push(subsection('Page chrome', ul));
  }

  outline.replaceChildren(...parts);
}

function renderChecks(list) {
  if (!list.length) {
    checks.replaceChildren(el('li', 'empty', 'No stated sums to check.'));
    return;
  }
  checks.replaceChildren(
    ...list.map((c) => {
      const li = el('li', c.ok ? 'ok' : 'bad');
      li.append(el('span', 'mark', c.ok ? '✓' : '✗'));
      // The explanation may end with its own mark; the badge already says it.
      li.append(el('span', null, String(c.explanation).replace(/\s*[✓✗]\s*$/, '')));
      li.title = c.ok ? 'The parts add up' : `Expected ${c.expected}, the parts give ${c.actual}`;
      return li;
    }),
  );
}

// ---- start -------------------------------------------------------------------

async function loadSample() {
  try {
    const res = await fetch(SAMPLE);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (!article.value) article.value = text;
  } catch (err) {
    setStatus(`could not load the sample article (${err.message}); paste one instead`, 'error');
  }
  if (article.value) send();
  else if (!status.classList.contains('error')) setStatus('paste an article to begin');
}

loadSample();
