// HTML pasted or opened keeps its structure: the page converts it to plain
// text plus block hints, the hints follow later edits, and files open by drop
// or through the file input. Debian's Chromium, as in page.test.mjs.
//
//   node --test --test-concurrency=1 tests/e2e/
//
// Needs `make page` (dist/, the built page) and /usr/bin/chromium.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW, openPage, row as rowOf, showSample, waitForAnalysis as analysed } from './harness.mjs';

let page;
let origin;
let requests = [];
let problems = [];
let close = async () => {};

before(async () => {
  ({ page, origin, requests, problems, close } = await openPage());
  await showSample(page);
  await page.click('#tab-edit'); // these tests edit the text
});

after(async () => {
  await close();
});

const row = (text) => rowOf(page, text);
const waitForAnalysis = () => analysed(page);

const ARTICLE_HTML = `<html><head><meta charset="utf-8"><title>Not the text</title>
<style>p { color: red }</style></head>
<body>
<article>
<h1>Harbour city approves a bigger budget</h1>
<p>The city council approved a budget of <b>$2.4 billion</b> on Monday,
   up 8% from last year, after a debate that lasted 6 hours.</p>
<h2>Schools get the largest share</h2>
<p>Schools will receive <a href="#">$900 million</a>, and 45 new classrooms will open in 2025 across the northern districts.</p>
<p>Key figures</p>
<p>Teachers will get a raise of 3.5%, the first in four years, the mayor said.</p>
<h3>New buildings in the north</h3>
<p>Construction of 12 schools will start in March and cost about $310 million in total.</p>
<figure><img src="x" alt="x"><figcaption>Pupils in a new classroom in the harbour district.</figcaption></figure>
<script>window.__pwned=1</script>
<img src=x onerror="window.__pwned=2">
<h2>Transport</h2>
<p>Bus fares stay at $2.50, while 30 new buses join the fleet by the end of the year.</p>
</article>
</body></html>`;

const ARTICLE_TEXT = [
  'Harbour city approves a bigger budget',
  'The city council approved a budget of $2.4 billion on Monday, up 8% from last year, after a debate that lasted 6 hours.',
  'Schools get the largest share',
  'Schools will receive $900 million, and 45 new classrooms will open in 2025 across the northern districts.',
  'Key figures',
  'Teachers will get a raise of 3.5%, the first in four years, the mayor said.',
  'New buildings in the north',
  'Construction of 12 schools will start in March and cost about $310 million in total.',
  'Pupils in a new classroom in the harbour district.',
  'Transport',
  'Bus fares stay at $2.50, while 30 new buses join the fleet by the end of the year.',
].join('\n\n');

/** Dispatches a paste of `html` (and its plain-text flavour) on the textarea,
 *  as the browser does for a real one, over the textarea's whole text. */
async function pasteHtml(html, plain) {
  await page.evaluate(
    ([html, plain]) => {
      const ta = document.getElementById('article');
      ta.focus();
      ta.select();
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', plain);
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [html, plain],
  );
}

/** The outline's sections as nested [heading, [children]] pairs. */
function outlineTree() {
  return page.evaluate(() => {
    const walk = (ol) =>
      [...ol.children].map((li) => {
        const sub = li.querySelector(':scope > ol');
        return [li.querySelector(':scope > .heading').textContent, sub ? walk(sub) : []];
      });
    const top = document.querySelector('#outline ol.sections');
    return top ? walk(top) : [];
  });
}

const analysis = () => page.evaluate(() => window.__solieu);

// ---- the converter on its own, in the browser ------------------------------------

/** Converts each HTML string with www/html-to-text.js in the page. */
function convert(...htmls) {
  return page.evaluate(async (htmls) => {
    const { htmlToBlocks } = await import(new URL('html-to-text.js', location.href).href);
    return htmls.map((h) => {
      const { text, blocks } = htmlToBlocks(h);
      return { text, blocks: blocks.map((b) => [b.kind, text.slice(b.start, b.end)]) };
    });
  }, htmls);
}

test('the converter: inline markup flattens, white space collapses, blocks get hints', async () => {
  const [r] = await convert('<p>  Hello <b>big</b>\n   <i>wide</i>   <a href="#">world</a> </p><p>Next</p>');
  assert.deepEqual(r, { text: 'Hello big wide world\n\nNext', blocks: [['p', 'Hello big wide world'], ['p', 'Next']] });
});

test('the converter: offsets are UTF-16 indices', async () => {
  const [r] = await convert('<h2>😀 Tiêu đề 𝟙</h2><p>Doanh thu 😀 tăng 15%.</p>');
  assert.deepEqual(r.blocks, [['h2', '😀 Tiêu đề 𝟙'], ['p', 'Doanh thu 😀 tăng 15%.']]);
});

test('the converter: what is dropped and what is kept', async () => {
  const [r] = await convert(
    '<head><title>T</title><style>.a{}</style></head><body>' +
      '<script>var a = "script";</script><noscript>noscript</noscript><template><p>template</p></template>' +
      '<iframe src="x">iframe</iframe><svg><text>svg</text></svg><canvas>canvas</canvas>' +
      '<p hidden>hidden</p><p style="color:red; display: none">none</p>' +
      '<figure><img src="x" alt="alt text"><figcaption><p>A <em>caption</em></p></figcaption></figure>' +
      '<p>soft&shy;hyphen and 1&nbsp;000 đồng</p></body>',
  );
  assert.equal(r.text, 'A caption\n\nsofthyphen and 1\u00a0000 đồng');
  assert.deepEqual(r.blocks, [['figcaption', 'A caption'], ['p', 'softhyphen and 1\u00a0000 đồng']]);
});

test('the converter: page chrome is text marked as chrome, nothing else', async () => {
  const [r] = await convert(
    '<nav><ul><li>Home</li><li>News</li></ul></nav><h1>Title</h1><p>Body.</p>' +
      '<aside><h2>Related</h2></aside><footer><p>© 2024</p></footer>',
  );
  assert.equal(r.text, 'Home\n\nNews\n\nTitle\n\nBody.\n\nRelated\n\n© 2024');
  assert.deepEqual(r.blocks, [
    ['chrome', 'Home'], ['chrome', 'News'], ['h1', 'Title'], ['p', 'Body.'],
    ['chrome', 'Related'], ['chrome', '© 2024'],
  ]);
});

test('the converter: on a whole page, what is not the story is chrome', async () => {
  const para = (n) =>
    `<p>Paragraph ${n} of the story: the council met on Monday, and after a long debate, ` +
    `it voted for the plan that the mayor, the treasurer and the planning office had drawn up.</p>`;
  const [r] = await convert(
    '<header class="site-header"><div>City News</div><nav><a href="#">Home</a></nav></header>' +
      '<div class="layout"><main class="content"><h1>Council approves the plan</h1>' +
      '<div class="byline">By A. Writer</div>' +
      `<div class="article-body">${para(1)}${para(2)}` +
      '<div class="social-media-embed"><blockquote>A quoted post about the plan, embedded in the story.</blockquote></div>' +
      `${para(3)}<div class="share-tools">Share this story on every network you use</div>${para(4)}</div>` +
      '<div class="related"><h2>More news</h2><p>Another story that is long enough to be scored as a paragraph.</p></div>' +
      '</main><div class="sidebar"><p>Subscribe to our newsletter for the best stories, every morning, for free.</p></div></div>' +
      '<div class="comments"><p>A reader wrote a comment, and it is long enough, with commas, to count.</p></div>',
  );
  const kinds = Object.fromEntries(r.blocks.map(([kind, text]) => [text.slice(0, 24), kind]));
  assert.equal(kinds['Council approves the pla'], 'h1', 'the headline keeps its kind');
  for (const n of [1, 2, 3, 4]) assert.equal(kinds[`Paragraph ${n} of the story`], 'p', `paragraph ${n}`);
  assert.equal(kinds['A quoted post about the p'.slice(0, 24)], 'blockquote', 'an embedded post is the story\'s');
  for (const chrome of ['City News', 'Home', 'Share this story on ever', 'More news', 'Another story that is lo',
    'Subscribe to our newslet', 'A reader wrote a comment']) {
    assert.equal(kinds[chrome], 'chrome', chrome);
  }
  // A fragment (a few paragraphs copied) has no story: nothing becomes chrome.
  const [fragment] = await convert(`<h2>Plan</h2>${para(1)}<div class="related"><p>Next to it, a note of 30 chars.</p></div>`);
  assert.deepEqual(fragment.blocks.map(([kind]) => kind), ['h2', 'p', 'p']);
});

test('the converter: a block that is mostly links is chrome, a linked headline is not', async () => {
  const [r] = await convert(
    '<div><a href="#">Home</a> | <a href="#">World</a> | <a href="#">Sport</a></div>' +
      '<h2><a href="#">A linked headline</a></h2>' +
      '<p>The council met on Monday and, as <a href="#">the minutes</a> show, voted for the plan.</p>' +
      '<ul><li><a href="#">Bus fares to rise in January</a></li></ul><p><a href="#">Read more</a></p>',
  );
  assert.deepEqual(r.blocks, [
    ['chrome', 'Home | World | Sport'], ['h2', 'A linked headline'],
    ['p', 'The council met on Monday and, as the minutes show, voted for the plan.'],
    ['chrome', 'Bus fares to rise in January'], ['chrome', 'Read more'],
  ]);
});

test('an HTML paste: what its markup shows is chrome is in the outline\'s chrome', async () => {
  const outline = await page.evaluate(async () => {
    const { htmlToBlocks } = await import(new URL('html-to-text.js', location.href).href);
    const wasm = await import(new URL('pkg/solieu.js', location.href).href);
    await wasm.default();
    const { text, blocks } = htmlToBlocks(
      '<nav><a href="#">Home</a> <a href="#">News</a></nav><h1>Council approves the budget</h1>' +
        '<p>The city council approved a budget of $2.4 billion on Monday, up 8% from last year.</p>' +
        '<ul><li><a href="#">Bus fares to rise in January</a></li></ul>',
    );
    const o = wasm.analyze(text, { blocks }).outline;
    return { title: o.title?.text, chrome: o.boilerplate.map((b) => b.text) };
  });
  assert.equal(outline.title, 'Council approves the budget');
  assert.deepEqual(outline.chrome, ['Home News', 'Bus fares to rise in January']);
});

test('the converter: lists, quotes, divs, tables, line breaks and pre', async () => {
  const [lists, quote, divs, table, breaks, pre] = await convert(
    '<ul><li>One<ul><li>Two</li></ul>tail</li></ul><dl><dt>Term</dt><dd>Meaning</dd></dl>',
    '<blockquote><p>Quoted</p>said</blockquote>',
    '<div>loose<div>inner</div>text</div><section>sec</section><header>head</header>',
    '<table><caption>Table 1</caption><tr><th>Year</th><th> Revenue </th></tr><tr><td>2023</td><td></td><td>12%</td></tr></table>',
    '<h2>Line<br>broken<br><br>twice</h2><p>Street 1<br>City</p><div>a<br><br>b<br><br><br>c</div><p><br>lead</p>',
    '<pre>  x = 1\n  y = 2\n\nz = 3\n</pre>',
  );
  assert.equal(lists.text, 'One\n\nTwo\n\ntail\n\nTerm\n\nMeaning');
  assert.deepEqual(lists.blocks, [['li', 'One'], ['li', 'Two'], ['li', 'tail'], ['dt', 'Term'], ['dd', 'Meaning']]);
  assert.equal(quote.text, 'Quoted\n\nsaid');
  assert.deepEqual(quote.blocks, [['p', 'Quoted'], ['blockquote', 'said']]);
  assert.deepEqual(divs, { text: 'loose\n\ninner\n\ntext\n\nsec\n\nhead', blocks: [] });
  assert.equal(table.text, 'Table 1\n\nYear\tRevenue\n\n2023\t12%');
  assert.deepEqual(table.blocks, [['caption', 'Table 1']]);
  // A heading stays on one line; elsewhere a <br> breaks the line, two end the block.
  assert.equal(breaks.text, 'Line broken twice\n\nStreet 1\nCity\n\na\n\nb\n\nc\n\nlead');
  assert.deepEqual(breaks.blocks, [['h2', 'Line broken twice'], ['p', 'Street 1\nCity'], ['p', 'lead']]);
  assert.equal(pre.text, 'x = 1\ny = 2\n\nz = 3');
});

test('the converter: deep markup and empty input', async () => {
  const deep = '<div>'.repeat(20_000) + 'deep 5%' + '</div>'.repeat(20_000);
  const [d, empty, junk] = await convert(deep, '', '<<<>>> <p');
  assert.equal(d.text, 'deep 5%');
  assert.deepEqual(empty, { text: '', blocks: [] });
  assert.equal(junk.text, '<<<>>>');
});

// ---- pasting HTML ------------------------------------------------------------------

test('(a) an HTML paste shows plain text and its structure decides the outline', { timeout: 30_000 }, async () => {
  await pasteHtml(ARTICLE_HTML, 'the plain-text flavour, not used');
  await waitForAnalysis();
  const value = await page.inputValue('#article');
  assert.equal(value, ARTICLE_TEXT);
  assert.doesNotMatch(value, /[<>]|__pwned|Not the text/);

  // The title from the h1; h3 nested under the first h2; the short <p> is no heading.
  assert.equal((await page.textContent('#outline .title')).trim(), 'Harbour city approves a bigger budget');
  assert.deepEqual(await outlineTree(), [
    ['Schools get the largest share', [['New buildings in the north', []]]],
    ['Transport', []],
  ]);
  const headings = await page.locator('#outline .heading').allTextContents();
  assert.ok(!headings.includes('Key figures'), `"Key figures" taken for a heading: ${headings}`);
  assert.deepEqual(await page.locator('#outline .captions li').allTextContents(), [
    'Pupils in a new classroom in the harbour district.',
  ]);

  // A figure inside a paragraph, at its offsets in the textarea's text.
  const r = row('$900 million');
  await r.waitFor();
  assert.equal(await r.getAttribute('data-kind'), 'money');
  const start = Number(await r.getAttribute('data-start'));
  const end = Number(await r.getAttribute('data-end'));
  assert.equal(value.slice(start, end), '$900 million');
  const a = await analysis();
  assert.equal(a.text, value);
  assert.ok(a.analysis.figures.length >= 10);
  for (const f of a.analysis.figures) assert.equal(value.slice(f.start, f.end), f.text, `figure ${f.id}`);
  assert.deepEqual(
    a.blocks.map((b) => [b.kind, value.slice(b.start, b.end)]).filter(([k]) => k !== 'p'),
    [
      ['h1', 'Harbour city approves a bigger budget'],
      ['h2', 'Schools get the largest share'],
      ['h3', 'New buildings in the north'],
      ['figcaption', 'Pupils in a new classroom in the harbour district.'],
      ['h2', 'Transport'],
    ],
  );
  assert.match(await page.textContent('#status'), /structure from HTML/);

  await page.waitForTimeout(200); // give an injected handler the chance to run
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img, script:not([src]), iframe').count(), 0);
  assert.deepEqual(requests.filter((u) => /\/x$/.test(u)), [], 'the <img src=x> was not fetched');
});

test('(b) typing at the very start keeps the structure, shifted', { timeout: 30_000 }, async () => {
  const before = (await analysis()).blocks;
  await page.focus('#article');
  await page.evaluate(() => document.getElementById('article').setSelectionRange(0, 0));
  await page.keyboard.type('H');
  await waitForAnalysis();
  const a = await analysis();
  assert.equal(a.text, 'H' + ARTICLE_TEXT);
  assert.deepEqual(
    a.blocks,
    before.map((b) => ({ ...b, start: b.start + 1, end: b.end + 1 })),
  );
  assert.deepEqual(await outlineTree(), [
    ['Schools get the largest share', [['New buildings in the north', []]]],
    ['Transport', []],
  ]);
  assert.equal(await page.locator('#outline .captions li').count(), 1);
});

test('a plain-text edit drops the hints of the stretch it replaced only', { timeout: 30_000 }, async () => {
  const before = (await analysis()).blocks;
  const at = (await page.inputValue('#article')).indexOf('Key figures');
  await page.evaluate((at) => document.getElementById('article').setSelectionRange(at, at + 'Key figures'.length), at);
  await page.keyboard.insertText('Main numbers');
  await waitForAnalysis();
  const a = await analysis();
  assert.equal(a.blocks.length, before.length - 1);
  for (const b of a.blocks) assert.notEqual(a.text.slice(b.start, b.end), 'Main numbers');
  assert.ok(a.blocks.some((b) => a.text.slice(b.start, b.end) === 'Transport' && b.kind === 'h2'));
});

test('undo takes the paste back, redo brings its structure back', { timeout: 30_000 }, async () => {
  await pasteHtml('<h2>Pasted heading</h2><p>Pasted paragraph with 7 figures, up 3%.</p>', 'x');
  await waitForAnalysis();
  const pasted = await analysis();
  assert.equal(pasted.text, 'Pasted heading\n\nPasted paragraph with 7 figures, up 3%.');
  await page.keyboard.press('Control+z');
  await waitForAnalysis();
  assert.match((await analysis()).text, /^HHarbour city/);
  await page.keyboard.press('Control+Shift+z');
  await waitForAnalysis();
  const redone = await analysis();
  assert.equal(redone.text, pasted.text);
  assert.deepEqual(redone.blocks, pasted.blocks);
});

test('a paste without HTML is left to the browser', async () => {
  const value = await page.inputValue('#article');
  const prevented = await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'just text');
    const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.getElementById('article').dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(prevented, false);
  assert.equal(await page.inputValue('#article'), value);
});

test('a real copy from another page and Ctrl+V keep the structure', { timeout: 30_000 }, async () => {
  const source = await page.context().newPage();
  try {
    await source.setContent(
      '<article><h1>Copied title</h1><p>Sales rose 14% to 3 million units in the year to June.</p>' +
        '<h2 style="color: teal">Copied section</h2><p onclick="alert(1)">Costs fell by $5 million over the year.</p></article>',
    );
    await source.keyboard.press('Control+a');
    await source.keyboard.press('Control+c');
  } finally {
    await source.close();
  }
  await page.bringToFront();
  await page.focus('#article');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  await page.waitForFunction(() => window.__solieu?.text.startsWith('Copied title'));
  await waitForAnalysis();
  const a = await analysis();
  assert.equal(
    a.text,
    'Copied title\n\nSales rose 14% to 3 million units in the year to June.\n\nCopied section\n\nCosts fell by $5 million over the year.',
  );
  assert.deepEqual(a.blocks.map((b) => b.kind), ['h1', 'p', 'h2', 'p']);
  assert.deepEqual(await outlineTree(), [['Copied section', []]]);
  await row('$5 million').waitFor();
});

// ---- opening files -----------------------------------------------------------------

/** Drops a file with `name`, `type` and `content` (a string or byte array) on the textarea. */
function dropFile(name, type, content) {
  return page.evaluate(
    ([name, type, content]) => {
      const body = typeof content === 'string' ? content : new Uint8Array(content);
      const dt = new DataTransfer();
      dt.items.add(new File([body], name, { type }));
      const ta = document.getElementById('article');
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        ta.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    },
    [name, type, content],
  );
}

test('(c) a dropped .html file replaces the text and its headings show', { timeout: 30_000 }, async () => {
  const html =
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bản tin</title></head><body>' +
    '<h1>Kinh tế quý I tăng trưởng khá</h1>' +
    '<p>Tổng sản phẩm trong tỉnh quý I ước tăng 6,2% so với cùng kỳ năm trước, cao hơn mức 5,1% của năm 2022.</p>' +
    '<h2>Về nông nghiệp</h2>' +
    '<p>Sản lượng lúa đạt 1.250 tấn, tăng 120 tấn so với cùng kỳ.</p>' +
    '<h2>Về công nghiệp</h2>' +
    '<p>Giá trị sản xuất công nghiệp đạt 36 tỷ 208 triệu đồng, tăng 8,5%.</p>' +
    '</body></html>';
  await dropFile('ban-tin.html', 'text/html', html);
  await page.waitForFunction(() => window.__solieu?.text.startsWith('Kinh tế quý I'));
  await waitForAnalysis();
  const value = await page.inputValue('#article');
  assert.ok(value.startsWith('Kinh tế quý I tăng trưởng khá\n\nTổng sản phẩm'), value);
  assert.doesNotMatch(value, /Bản tin|[<>]/);
  assert.equal((await page.textContent('#outline .title')).trim(), 'Kinh tế quý I tăng trưởng khá');
  assert.deepEqual(await outlineTree(), [
    ['Về nông nghiệp', []],
    ['Về công nghiệp', []],
  ]);
  await row('6,2%').waitFor();
  assert.equal(await row('36 tỷ 208 triệu đồng').locator('td.value').getAttribute('data-value'), '36208000000');
  assert.match(await page.textContent('#status'), /· vi ·.*structure from HTML/);
});

test('an .htm file in a legacy encoding is read by its <meta charset>', { timeout: 30_000 }, async () => {
  // windows-1252: é is 0xE9 and € is 0x80.
  const ascii = (s) => [...s].map((c) => c.charCodeAt(0));
  const bytes = [
    ...ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'),
    ...ascii('<h1>Caf'), 0xe9, ...ascii(' prices</h1><p>A coffee now costs '), 0x80,
    ...ascii('3.20, up 12% in a year.</p></body></html>'),
  ];
  await dropFile('cafe.htm', '', bytes);
  await page.waitForFunction(() => window.__solieu?.text.startsWith('Caf'));
  await waitForAnalysis();
  assert.equal(await page.inputValue('#article'), 'Café prices\n\nA coffee now costs €3.20, up 12% in a year.');
  await row('€3.20').waitFor();
});

test('(d) a .txt file opened through the file input shows its figures', { timeout: 30_000 }, async () => {
  const label = page.locator('label[for="file"]');
  assert.equal((await label.textContent()).trim(), 'Open file…');
  assert.equal(await page.getAttribute('#file', 'accept').then((a) => a.split(',').slice(0, 4).join(',')), '.txt,.md,.html,.htm');
  const text = readFileSync(join(WWW, 'samples/en-apple-q3-2010.txt'), 'utf8');
  await page.setInputFiles('#file', { name: 'apple.txt', mimeType: 'text/plain', buffer: Buffer.from(text.replace(/\n/g, '\r\n')) });
  await page.waitForFunction(() => window.__solieu?.text.includes('Apple'));
  await waitForAnalysis();
  assert.equal(await page.inputValue('#article'), text);
  const a = await analysis();
  assert.deepEqual(a.blocks, [], 'a plain file carries no hints');
  const r = row('$15.7 billion');
  await r.waitFor();
  assert.equal(await r.locator('td.value').getAttribute('data-value'), '15700000000');
  assert.equal(await page.inputValue('#file'), '', 'the input is cleared so the same file can be opened again');
});

test('a file of another kind is refused and the text stays', async () => {
  const value = await page.inputValue('#article');
  await dropFile('photo.png', 'image/png', [0x89, 0x50, 0x4e, 0x47]);
  await page.waitForFunction(() => document.getElementById('status').classList.contains('error'));
  assert.match(await page.textContent('#status'), /cannot open “photo\.png”/);
  assert.equal(await page.inputValue('#article'), value);
});

test('the opened page is still where it was', () => {
  assert.ok(page.url().startsWith(origin), page.url());
});

test('no page errors, CSP violations or requests away from the server', () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin + '/')), []);
});
