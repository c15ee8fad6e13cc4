// What a person does to the highlighted view (#view) as to any text they
// could paste into. The view is `contenteditable`, so that a context menu
// and a long press offer Paste there as they do in a text box
// (`inputmode="none"` keeps a phone's keyboard from opening on a tap), but
// it is not an editor: no edit is let through to its DOM.
//
//   a paste, a dropped text        replaces the article (`paste`)
//   undo, redo                     the article's own history (`history`)
//   typing, deleting, cutting      go to Edit, at the same place (`typeAt`)
//   formatting, a drag inside it   nothing
//
// An edit the browser does not let a page cancel (an input method's
// composition) goes to Edit when it starts, and whatever it leaves in the
// view is drawn over from the analysis (`redraw`).

import { convertHtml } from './editor.js';

/** The offset into the article of the DOM position (`node`, `offset`) in
 *  the view: the view's text is the article's, drawn from its start. */
export function textOffset(view, node, offset) {
  if (!view.contains(node)) return 0;
  const range = document.createRange();
  range.setStart(view, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The article's `[start, end)` a (static) range of the view stands for. */
function offsets(view, r) {
  const a = textOffset(view, r.startContainer, r.startOffset);
  const b = textOffset(view, r.endContainer, r.endOffset);
  return [Math.min(a, b), Math.max(a, b)];
}

/** What the view's selection stands for, or [0, 0]. */
function selected(view) {
  const sel = document.getSelection();
  return sel?.rangeCount ? offsets(view, sel.getRangeAt(0)) : [0, 0];
}

/** The text and its block hints that a paste or a drop carries, or null. */
function carried(data) {
  const plain = (data?.getData('text/plain') ?? '').replace(/\r\n?/g, '\n');
  const converted = convertHtml(data?.getData('text/html')) ?? { text: plain, blocks: [] };
  return converted.text.trim() ? converted : null;
}

// The input types that write text where the selection is, and what they write.
const WRITES = {
  insertText: (e) => e.data ?? '',
  insertReplacementText: (e) => e.data ?? e.dataTransfer?.getData('text/plain') ?? '',
  insertLineBreak: () => '\n',
  insertParagraph: () => '\n',
  insertTab: () => '\t',
};

export function initViewEditing({ view, paste, history, typeAt, redraw }) {
  // A drag that starts in the view and ends in it moves nothing.
  const dragging = { inside: false };
  view.addEventListener('dragstart', () => {
    dragging.inside = true;
  });
  view.addEventListener('dragend', () => {
    dragging.inside = false;
  });

  view.addEventListener('paste', (e) => {
    e.preventDefault();
    const c = carried(e.clipboardData);
    if (c) paste(c.text, c.blocks);
  });

  view.addEventListener('beforeinput', (e) => {
    const type = e.inputType;
    if (e.cancelable) e.preventDefault();
    if (type === 'historyUndo' || type === 'historyRedo') {
      history(type === 'historyUndo' ? 'undo' : 'redo');
      return;
    }
    if (type === 'insertFromDrop') {
      const c = dragging.inside ? null : carried(e.dataTransfer);
      if (c) paste(c.text, c.blocks);
      return;
    }
    if (type in WRITES) {
      const [start, end] = selected(view);
      typeAt(start, end, WRITES[type](e));
      return;
    }
    if (type.startsWith('delete') && type !== 'deleteByDrag') {
      // The browser has worked out what the key deletes (a character, a
      // word, to the line's end, the selection of a cut).
      const ranges = e.getTargetRanges?.() ?? [];
      const [start, end] = ranges.length ? offsets(view, ranges[0]) : selected(view);
      typeAt(start, end, '');
    }
  });

  // The keys of undo and redo: the browser's own history holds nothing for
  // the view (its edits are all cancelled), so it would not ask.
  view.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const kind = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
    if (!kind) return;
    e.preventDefault();
    history(kind);
  });

  view.addEventListener('compositionstart', () => {
    const [start, end] = selected(view);
    typeAt(start, end, '');
  });
  // Only an edit that could not be cancelled gets here.
  view.addEventListener('input', () => redraw());
}
