// HTML to the plain text the analysis reads and the blocks its markup gave
// (headings, paragraphs, list items, captions, quotations, chrome): see
// www/README.md, "HTML pastes", for the design. The pasted markup is read in
// an inert document and never attached to the page.
//
// bareMarkup(html) -> string   (pure; runs in Node too)
// blocksFromDocument(doc) -> { text, blocks: [{ start, end, kind }] }
//   (UTF-16 offsets, end exclusive; blocks separated by a blank line)

import { findArticle, storyCues } from './story.js';

/** Elements whose content is not text a reader sees. */
const SKIP = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset',
  'svg', 'math', 'canvas', 'object', 'embed', 'audio', 'video', 'img', 'picture', 'source',
  'track', 'map', 'select', 'datalist', 'textarea', 'input', 'meta', 'link', 'base',
]);

/** Elements whose text forms a block of its own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]);

/** Blocks whose element is passed on to the analysis as a hint. */
const MARKED = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'figcaption', 'blockquote', 'dt', 'dd', 'caption',
]);

/** Page chrome: kept as text, but nothing inside it is marked. */
const CHROME = new Set(['nav', 'footer', 'aside']);

/** A block whose links hold at least this share of its text is chrome. */
const LINK_DENSITY = 0.6;

/** Table cells: one line per row, cells separated by a tab. */
const CELL = new Set(['td', 'th']);

/** Keeps its line breaks. */
const PRE = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);

const HEADING = /^h[1-6]$/;

// HTML's white space, plus the line breaks the analysis would split a line at
// (VT, NEL, LS, PS): inside a block all of them are one space.
const SPACE_RUN = /[ \t\n\r\f\v\u0085\u2028\u2029]+/g;
// Invisible characters that only break words apart: the soft hyphen.
const INVISIBLE = /\u00AD/g;

function collapse(s) {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Whether the element is hidden by its own markup. */
function hidden(el) {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(^|;)\s*display\s*:\s*none\b/i.test(style);
}

/** The kind of the block being written: the innermost marked element, but a
 *  heading or caption anywhere above wins (a <p> inside a <figcaption> is
 *  caption text). Nothing inside page chrome is marked. */
function kindOf(marks, chromeDepth) {
  if (chromeDepth > 0) return 'chrome';
  if (marks.length === 0) return null;
  for (let i = marks.length - 1; i >= 0; i -= 1) {
    const m = marks[i];
    if (HEADING.test(m) || m === 'figcaption' || m === 'caption') return m;
  }
  return marks[marks.length - 1];
}

/**
 * The plain text of a parsed HTML document (or of one element) and the
 * blocks its markup marked. Only reads the tree; never changes or moves it.
 */
export function blocksFromDocument(doc) {
  const root = doc && (doc.body ?? doc.documentElement ?? doc);
  const parts = []; // the text, in pieces
  const blocks = [];
  let length = 0;

  // The block being written: lines of cells.
  let lines = [['']];
  const marks = []; // names of the open marked elements
  let chromeDepth = 0;
  // Inside the story findArticle found, and inside a box of chrome in it.
  const story = findArticle(root, (el) => !(SKIP.has(el.localName) && el.localName !== 'img') && !hidden(el));
  let storyDepth = 0;
  let dropDepth = 0;
  let preDepth = 0;
  let linkDepth = 0;
  // The block's characters other than white space, and those inside links.
  let written = 0;
  let linked = 0;
  const SOLID = /\S/g;

  const write = (s) => {
    const cells = lines[lines.length - 1];
    cells[cells.length - 1] += s;
    const solid = (s.match(SOLID) ?? []).length;
    written += solid;
    if (linkDepth > 0) linked += solid;
  };
  const lineBreak = () => lines.push(['']);
  // A line break; a second one in a row (a blank line) ends the block, as
  // <br><br> and blank lines in <pre> separate paragraphs.
  const newLine = () => {
    const cells = lines[lines.length - 1];
    const blank = cells.every((c) => c.trim() === '');
    if (blank && lines.length > 1) flush();
    else lineBreak();
  };
  const nextCell = () => {
    const cells = lines[lines.length - 1];
    if (cells[cells.length - 1].trim() !== '') cells.push('');
  };
  const flush = () => {
    let kind = kindOf(marks, chromeDepth);
    const dense = written > 0 && linked >= LINK_DENSITY * written && !(story && storyDepth > 0 && kind === 'p' && written >= 150);
    written = 0;
    linked = 0;
    if (dense && !(kind && (HEADING.test(kind) || kind === 'figcaption' || kind === 'caption'))) {
      kind = 'chrome';
    }
    // Around the story, all is chrome but the headline.
    if (story && kind !== 'h1' && (dropDepth > 0 || storyDepth === 0)) kind = 'chrome';
    const done = [];
    for (const cells of lines) {
      const line = cells.map(collapse).filter(Boolean).join('\t');
      if (line) done.push(line);
    }
    lines = [['']];
    if (!done.length) return;
    // A heading stays on one line: the analysis reads a text line by line.
    const text = done.join(kind && HEADING.test(kind) ? ' ' : '\n');
    if (length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    const start = length;
    parts.push(text);
    length += text.length;
    if (kind) blocks.push({ start, end: length, kind });
  };

  const enter = (node) => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = node.data.replace(INVISIBLE, '');
      if (preDepth > 0) {
        const pieces = data.split(/\r\n?|\n/);
        pieces.forEach((piece, i) => {
          if (i > 0) newLine();
          write(piece);
        });
      } else {
        write(data);
      }
      return false;
    }
    if (node.nodeType !== 1) return node.nodeType === 9 || node.nodeType === 11;
    const name = String(node.localName || '').toLowerCase();
    if (SKIP.has(name) || hidden(node)) return false;
    if (name === 'br') {
      // A heading stays on one line: the analysis reads a text line by line.
      const kind = kindOf(marks, chromeDepth);
      if (kind && HEADING.test(kind)) write(' ');
      else newLine();
      return false;
    }
    if (CELL.has(name)) nextCell();
    if (name === 'a') linkDepth += 1;
    if (BLOCK.has(name)) flush();
    if (story?.keep.has(node)) storyDepth += 1;
    if (story?.drop.has(node)) dropDepth += 1;
    if (BLOCK.has(name)) {
      if (MARKED.has(name)) marks.push(name);
      if (CHROME.has(name)) chromeDepth += 1;
      if (PRE.has(name)) preDepth += 1;
    }
    return true;
  };

  const exit = (node) => {
    const name = String(node.localName || '').toLowerCase();
    if (CELL.has(name)) nextCell();
    if (name === 'a') linkDepth -= 1;
    if (BLOCK.has(name)) flush();
    if (story?.keep.has(node)) storyDepth -= 1;
    if (story?.drop.has(node)) dropDepth -= 1;
    if (BLOCK.has(name)) {
      if (MARKED.has(name)) marks.pop();
      if (CHROME.has(name)) chromeDepth -= 1;
      if (PRE.has(name)) preDepth -= 1;
    }
  };

  // Document order without recursion: deep markup cannot overflow the stack.
  if (root) {
    const stack = [[root, false]];
    while (stack.length) {
      const [node, leaving] = stack.pop();
      if (leaving) {
        exit(node);
        continue;
      }
      if (!enter(node)) continue;
      stack.push([node, true]);
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
    }
  }
  flush();
  return { text: parts.join(''), blocks };
}

// ---- bare markup -----------------------------------------------------------------

/** Elements whose content is not markup, dropped whole with their content. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const TAG_SPACE = /[\t\n\f\r ]/;

/** Where the end tag `</name` that closes a raw-text element starts, or -1. */
function rawEnd(html, lower, name, from) {
  let i = from;
  for (;;) {
    i = lower.indexOf(`</${name}`, i);
    if (i < 0) return -1;
    const c = html[i + 2 + name.length];
    if (c === undefined || c === '>' || c === '/' || TAG_SPACE.test(c)) return i;
    i += 2;
  }
}

/**
 * The markup with every attribute, comment, doctype, script and style taken
 * out; text is left exactly as it was. An element hidden by its markup (the
 * `hidden` attribute, an inline `display: none`, `aria-hidden="true"`) keeps
 * a bare `hidden`; what its class, id and role say of the story, the bare
 * markers of story.js's storyCues (`unlikely`, `w-2` … `w2`).
 * Tags are found the way an HTML parser finds them, so the text between them
 * is the text the parser would see.
 */
export function bareMarkup(html) {
  const s = String(html);
  const n = s.length;
  let lower = null; // s in lower case, once a raw-text element needs it
  const out = [];
  let i = 0;
  let text = 0; // start of the text not yet written
  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt < 0) break;
    const c = s[lt + 1] ?? '';
    const letter = /[A-Za-z]/.test(c);
    if (!letter && c !== '/' && c !== '!' && c !== '?') {
      i = lt + 1; // a "<" that opens nothing is text
      continue;
    }
    if (c === '/' && lt + 2 >= n) break; // "</" at the very end is text
    out.push(s.slice(text, lt));
    if (c === '!' && s.startsWith('<!--', lt)) {
      // A comment: to "-->" (or "<!-->", "<!--->"), else to the end.
      const body = lt + 4;
      let end;
      if (s[body] === '>') end = body + 1;
      else if (s.startsWith('->', body)) end = body + 2;
      else {
        const close = s.indexOf('-->', body);
        end = close < 0 ? n : close + 3;
      }
      i = text = end;
      continue;
    }
    if (c === '!' || c === '?' || (c === '/' && !/[A-Za-z]/.test(s[lt + 2] ?? ''))) {
      // A doctype or a bogus comment ("</>", "</ x>", "<?xml …?>"): to ">".
      const close = s.indexOf('>', lt + 2);
      i = text = close < 0 ? n : close + 1;
      continue;
    }
    // A start or end tag: its name, then attributes up to ">".
    const end = c === '/';
    let j = lt + (end ? 2 : 1);
    const nameStart = j;
    while (j < n && !TAG_SPACE.test(s[j]) && s[j] !== '/' && s[j] !== '>') j += 1;
    const name = s.slice(nameStart, j).toLowerCase();
    let hiddenAttr = false;
    let cues = ''; // class and itemprop
    let id = '';
    let role = '';
    let selfClosing = false;
    let closed = false;
    while (j < n) {
      const ch = s[j];
      if (TAG_SPACE.test(ch)) {
        j += 1;
      } else if (ch === '>') {
        j += 1;
        closed = true;
        break;
      } else if (ch === '/') {
        j += 1;
        if (s[j] === '>') {
          selfClosing = true;
          j += 1;
          closed = true;
          break;
        }
      } else {
        // An attribute: its name (which may start with "="), then "=" and a value.
        const a = j;
        j += 1;
        while (j < n && !TAG_SPACE.test(s[j]) && s[j] !== '/' && s[j] !== '>' && s[j] !== '=') j += 1;
        const attr = s.slice(a, j).toLowerCase();
        while (j < n && TAG_SPACE.test(s[j])) j += 1;
        let value = '';
        if (s[j] === '=') {
          j += 1;
          while (j < n && TAG_SPACE.test(s[j])) j += 1;
          const q = s[j];
          if (q === '"' || q === "'") {
            const close = s.indexOf(q, j + 1);
            value = s.slice(j + 1, close < 0 ? n : close);
            j = close < 0 ? n : close + 1;
          } else {
            const v = j;
            while (j < n && !TAG_SPACE.test(s[j]) && s[j] !== '>') j += 1;
            value = s.slice(v, j);
          }
        }
        if (attr === 'hidden') hiddenAttr = true;
        if (attr === 'style' && /(^|;)\s*display\s*:\s*none\b/i.test(value)) hiddenAttr = true;
        if (attr === 'aria-hidden' && value === 'true') hiddenAttr = true;
        if (attr === 'class' || attr === 'itemprop') cues += ` ${value}`;
        if (attr === 'id') id = value;
        if (attr === 'role') role = value.trim().toLowerCase();
      }
    }
    if (!closed) {
      // A tag cut off by the end of the markup is no tag: the parser drops it.
      i = text = n;
      break;
    }
    i = text = j;
    if (end) {
      out.push(`</${name}>`);
    } else if (RAW.has(name)) {
      lower ??= s.toLowerCase();
      const close = rawEnd(s, lower, name, j);
      if (close < 0) {
        i = text = n;
        break;
      }
      const gt = s.indexOf('>', close);
      i = text = gt < 0 ? n : gt + 1;
    } else {
      out.push(`<${name}${hiddenAttr ? ' hidden' : ''}${storyCues(name, cues.trim(), id, role)}${selfClosing ? '/' : ''}>`);
    }
  }
  out.push(s.slice(text));
  return out.join('');
}

/** Converts `html` (browsers only: it needs DOMParser). */
export function htmlToBlocks(html) {
  // The doctype keeps the parser in standards mode, as for any modern page.
  const doc = new DOMParser().parseFromString(`<!doctype html>${bareMarkup(html)}`, 'text/html');
  return blocksFromDocument(doc);
}
