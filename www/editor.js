// The article's editor (#article) and what goes into it: typing, a paste, a
// file opened (#file) or dropped on the input panel, and the block hints of
// an HTML paste (html-to-text.js), carried through later edits, undo and
// redo included (hints.js). Changes go through the editing commands, so undo
// works, and each is reported to `onChange()`.

import { $ } from './panel.js';
import { htmlToBlocks } from './html-to-text.js';
import { remapHints, shiftHints, sortHints } from './hints.js';
import { t } from './i18n.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const REMEMBER = 8; // recent texts whose hints undo and redo bring back

const isHtmlFile = (file) => /\.x?html?$/i.test(file.name) || /html/i.test(file.type);
const isTextFile = (file) => /\.(txt|text|md|markdown)$/i.test(file.name) || /^text\//i.test(file.type);

/** UTF-8 unless a byte-order mark or <meta charset> says otherwise. */
export function decode(bytes, html) {
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

/** Pasted HTML as {text, blocks}, or null when it gives no text. */
export function convertHtml(html) {
  if (!html) return null;
  try {
    const converted = htmlToBlocks(html);
    return converted.text.trim() ? converted : null;
  } catch {
    return null;
  }
}

/** `onChange()` hears every edit; `setStatus()` what became of a file. */
export function initEditor({ onChange, setStatus }) {
  const article = $('article');
  const editPane = $('edit-pane');
  const inputPanel = article.closest('.input');
  const fileInput = $('file');

  // `list` describes `text` (the value as of the last sync()); `pending`, the
  // hints an edit of ours (paste, open) leaves, for the text it leaves.
  const hints = { list: [], text: '', pending: null, remembered: new Map() };

  /** The hints carried over to the current value; `caret`: after an edit. */
  function sync(caret = null) {
    const now = article.value;
    if (now === hints.text) return;
    if (hints.pending && hints.pending.text === now) hints.list = hints.pending.hints;
    else if (hints.remembered.has(now)) hints.list = hints.remembered.get(now);
    else hints.list = remapHints(hints.list, hints.text, now, caret);
    hints.pending = null;
    hints.text = now;
    if (hints.list.length) {
      const { remembered } = hints;
      remembered.delete(now);
      remembered.set(now, hints.list);
      while (remembered.size > REMEMBER) remembered.delete(remembered.keys().next().value);
    }
  }

  /** Replaces `[start, end)` with `text`, whose hints are `blocks` (offsets
   *  into `text`), as a paste does: through the editing commands. */
  function replaceRange(start, end, text, blocks = []) {
    sync();
    const old = article.value;
    const next = old.slice(0, start) + text + old.slice(end);
    const moved = blocks.map((b) => ({ start: b.start + start, end: b.end + start, kind: b.kind }));
    hints.pending = { text: next, hints: sortHints([...shiftHints(hints.list, start, end, text.length), ...moved]) };
    // Focus and the editing command each scroll the caret into view; the
    // page stays where the reader had it (put back before it is painted).
    const page = document.scrollingElement;
    const [x, y] = [page?.scrollLeft ?? 0, page?.scrollTop ?? 0];
    article.focus({ preventScroll: true });
    article.setSelectionRange(start, end);
    let done = false;
    try {
      done = document.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
    if (!done && article.value === old) article.setRangeText(text, start, end, 'end');
    page?.scrollTo(x, y);
    sync();
    onChange();
  }

  /** Replaces the whole article, from any tab (the editing commands need
   *  the textarea shown: the caller sets the tab after). */
  function replaceAll(text, blocks = []) {
    editPane.hidden = false;
    replaceRange(0, article.value.length, text, blocks);
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

  article.addEventListener('input', () => {
    sync(article.selectionStart === article.selectionEnd ? article.selectionEnd : null);
    onChange();
  });

  // HTML is converted; anything else pastes as usual (input drops its hints).
  article.addEventListener('paste', (e) => {
    const converted = convertHtml(e.clipboardData?.getData('text/html'));
    if (!converted) return; // the browser's own plain-text paste
    e.preventDefault();
    replaceRange(article.selectionStart, article.selectionEnd, converted.text, converted.blocks);
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = ''; // the same file can be opened again
    if (file) openFile(file);
  });

  const carriesFiles = (e) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

  // A file dropped on the input panel opens; elsewhere it is ignored, rather
  // than the browser navigating away from the text.
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

  return {
    text: () => article.value,
    hints() {
      sync();
      return hints.list;
    },
    /** A text put in without an edit (saved, or the first sample). */
    load(text, list = []) {
      article.value = text;
      hints.list = list;
      hints.text = text;
    },
    replaceAll,
    /** Replaces `[start, end)` with `text`, the caret after it (Edit shown). */
    replace: (start, end, text) => replaceRange(start, end, text),
    /** Undoes or redoes (`kind`) the article's last edit, from any tab. */
    history(kind) {
      editPane.hidden = false;
      const page = document.scrollingElement;
      const [x, y] = [page?.scrollLeft ?? 0, page?.scrollTop ?? 0];
      article.focus({ preventScroll: true });
      document.execCommand(kind);
      page?.scrollTo(x, y);
    },
    select(start, end, focus = false) {
      if (focus) article.focus();
      article.setSelectionRange(start, end);
    },
    /** Empties it where the editing command did not. */
    empty() {
      if (article.value) article.value = '';
      sync();
    },
    rewind() {
      article.setSelectionRange(0, 0);
      article.scrollTop = 0;
    },
    focus: () => article.focus(),
  };
}
