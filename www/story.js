// Which part of a whole page is its story (findArticle), by Readability's
// method (Apache-2.0; the cue lists are its own), and the bare markers
// bareMarkup leaves for it (storyCues). Design: www/README.md, "HTML pastes".

const SPACE_RUN = /[ \t\n\r\f\v\u0085\u2028\u2029]+/g;
const HEADING = /^h[1-6]$/;

/** What a container's tag says. */
const TAG_SCORE = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3,
  li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
/** Paragraphs (and a div with no block inside). */
const SCORED = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Children that make a div a container. */
const DIV_BLOCKS = new Set(['a', 'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
/** Boxes in the story weighed as chrome. */
const CLEANED = new Set(['form', 'fieldset', 'ul', 'ol', 'div', 'section']);
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
/** The shortest story, and a paywall's preview (a tenth of the page or less). */
const STORY_MIN = 500;
const STORY_PREVIEW = 200;

/** An element's class-and-id weight, from bareMarkup's marker. */
function classWeight(el) {
  for (const w of [-2, -1, 1, 2]) if (el.hasAttribute(`w${w}`)) return 25 * w;
  return 0;
}

/**
 * The story's extent: `keep` (elements whose blocks are the story) and
 * `drop` (boxes inside them that are chrome), or null when no story is found.
 */
export function findArticle(root, counted) {
  if (!root || !root.children) return null;
  // Per element: [chars, link chars, commas, p, img, li, input, heading
  // chars, has block child, quoted chars].
  const stats = new Map();
  const order = []; // elements in document order
  const stack = [root];
  while (stack.length) {
    const el = stack.pop();
    order.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      if (counted(c)) stack.push(c);
    }
  }
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const el = order[i];
    const name = el.localName;
    const s = [0, 0, 0, 0, 0, 0, 0, 0, false, 0];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c.data.replace(SPACE_RUN, ' ');
        s[0] += t.length;
        s[2] += (t.match(COMMAS) ?? []).length;
      } else if (c.nodeType === 1) {
        const k = stats.get(c);
        if (!k) continue;
        for (let j = 0; j < 8; j += 1) s[j] += k[j];
        s[9] += k[9];
        if (DIV_BLOCKS.has(c.localName)) s[8] = true;
      }
    }
    if (name === 'a') s[1] = s[0];
    else if (name === 'p') s[3] += 1;
    else if (name === 'img') s[4] += 1;
    else if (name === 'li') s[5] += 1;
    else if (name === 'input') s[6] += 1;
    else if (HEADING.test(name)) s[7] = s[0];
    else if (name === 'blockquote') s[9] = s[0];
    stats.set(el, s);
  }
  // Retries, each with one cue less; the longest story wins.
  let longest = null;
  for (const cues of [7, 3, 1, 0]) {
    // 4: unlikely containers set aside; 2: class weights; 1: boxes in the story weighed.
    const found = attempt(root, order, stats, cues & 4, cues & 2 ? classWeight : () => 0, cues & 1);
    if (found && (!longest || found.length > longest.length)) longest = found;
    if (longest && longest.length >= STORY_MIN) break;
  }
  if (!longest) return null;
  const page = stats.get(root)[0];
  const whole = longest.length >= STORY_PREVIEW && longest.length * 10 <= page;
  return longest.length >= STORY_MIN || whole ? longest : null;
}

const density = (s) => (s[0] > 0 ? s[1] / s[0] : 0);

/** One reading of the page: the story found with these cues on, or null. */
function attempt(root, order, stats, unlikelyOn, weight, cleanOn) {
  // Score the containers of every paragraph.
  const score = new Map();
  const start = (el) => {
    if (!score.has(el)) score.set(el, (TAG_SCORE[el.localName] ?? 0) + weight(el));
  };
  const unlikely = new Set();
  for (const el of order) {
    const cue = el.hasAttribute('unlikely') && !quotation(stats.get(el));
    if (unlikelyOn && el !== root && (cue || unlikely.has(el.parentElement))) {
      unlikely.add(el);
    }
    if (unlikely.has(el)) continue;
    const name = el.localName;
    const s = stats.get(el);
    if (!(SCORED.has(name) || (name === 'div' && !s[8]))) continue;
    if (s[0] < 25) continue;
    const points = 1 + s[2] + Math.min(Math.floor(s[0] / 100), 3);
    let a = el.parentElement;
    for (let level = 0; a && level < 5; level += 1, a = a.parentElement) {
      start(a);
      score.set(a, score.get(a) + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      if (a === root) break;
    }
  }
  let top = null;
  let best = -Infinity;
  for (const [el, v] of score) {
    const scaled = v * (1 - density(stats.get(el)));
    score.set(el, scaled);
    if (scaled > best) [top, best] = [el, scaled];
  }
  if (!top) return null;
  // Near-best containers' common ancestor; a better parent; an only child's parent.
  const near = [...score]
    .sort((a, b) => b[1] - a[1])
    .slice(1, 5)
    .filter(([, v]) => v >= 0.75 * best)
    .map(([el]) => el);
  if (near.length >= 3) {
    const shared = new Map(); // ancestor -> how many near containers it holds
    for (const el of near) {
      for (let a = el.parentElement; a && a !== root; a = a.parentElement) shared.set(a, (shared.get(a) ?? 0) + 1);
    }
    for (let a = top.parentElement; a && a !== root; a = a.parentElement) {
      if (shared.get(a) >= 3) {
        top = a;
        start(a);
        break;
      }
    }
  }
  let last = score.get(top);
  for (let a = top.parentElement; a && a !== root; a = a.parentElement) {
    if (!score.has(a)) continue;
    const v = score.get(a);
    if (v < score.get(top) / 3) break;
    if (v > last) {
      top = a;
      break;
    }
    last = v;
  }
  while (top !== root && top.parentElement && top.parentElement !== root && top.parentElement.children.length === 1) {
    top = top.parentElement;
  }
  best = score.get(top) ?? best;

  // The story: the best container and the siblings that read like it.
  const keep = new Set();
  const parent = top.parentElement;
  const threshold = Math.max(10, best * 0.2);
  for (const sib of parent && top !== root ? parent.children : [top]) {
    const s = stats.get(sib);
    if (!s) continue;
    let take = sib === top || (score.get(sib) ?? -Infinity) >= threshold;
    if (!take && (sib.localName === 'p' || (sib.localName === 'div' && !s[8]))) {
      const d = density(s);
      const text = sib.textContent ?? '';
      take = (s[0] > 80 && d < 0.25) || (s[0] > 0 && s[0] <= 80 && d === 0 && /\.( |$)/.test(text));
    }
    if (take) keep.add(sib);
  }
  // Inside the story, boxes that read like chrome.
  const inFigureAbove = parent?.closest('figure') != null;
  const drop = new Set();
  let length = 0;
  for (const el of keep) {
    length += stats.get(el)[0];
    const inner = [[el, inFigureAbove]];
    while (inner.length) {
      const [box, figure] = inner.pop();
      const s = stats.get(box);
      if (!s) continue;
      const chrome =
        !quotation(s) &&
        ((unlikelyOn && box.hasAttribute('unlikely')) ||
          (cleanOn && CLEANED.has(box.localName) && chromeBox(box, s, score.get(box) ?? 0, weight(box), figure)));
      if (box !== el && chrome) {
        drop.add(box);
        length -= s[0];
        continue;
      }
      const inFigure = figure || box.localName === 'figure';
      for (let c = box.lastElementChild; c; c = c.previousElementSibling) inner.push([c, inFigure]);
    }
  }
  return { keep, drop, length };
}

/** A box mostly quoted (an embedded post) is the story's, whatever its class. */
function quotation(s) {
  return s[9] * 2 > s[0];
}

/** Whether a box inside the story reads like chrome (Readability's test). */
function chromeBox(box, s, score, w, figure) {
  if (w + score < 0) return true;
  if (s[2] >= 10) return false;
  const [chars, , , p, img, li, input, heading] = s;
  const d = density(s);
  const list = box.localName === 'ul' || box.localName === 'ol';
  if (img > 1 && p / img < 0.5 && !figure) return true;
  if (!list && li - 100 > p) return true;
  if (input > Math.floor(p / 3)) return true;
  if (!list && !figure && chars < 25 && (img === 0 || img > 2) && heading / Math.max(chars, 1) < 0.9) return true;
  if (!list && w < 25 && d > 0.2) return true;
  return w >= 25 && d > 0.5;
}

// What class and id names say of an element, as Readability reads them.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|(^| )hid( |$)|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** The bare markers findArticle reads in place of class, id and role:
 *  ` unlikely` and the weight ` w-2` … ` w2` (in 25s). */
export function storyCues(name, cls, id, role) {
  let out = '';
  const both = `${cls} ${id}`;
  if (
    UNLIKELY_ROLES.has(role) ||
    (name !== 'body' && name !== 'a' && UNLIKELY.test(both) && !MAYBE.test(both))
  ) {
    out += ' unlikely';
  }
  let w = 0;
  for (const v of [cls, id]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 1;
    if (POSITIVE.test(v)) w += 1;
  }
  return w ? `${out} w${w}` : out;
}
