// bareMarkup (www/html-to-text.js): the markup the page parses, with every
// attribute, comment, script and style taken out and the text left alone.
// The rest of the converter needs a DOM and is tested in tests/e2e/html.test.mjs.
//
//   node --test tests/js/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareMarkup } from '../../www/html-to-text.js';

const cases = [
  ['attributes go, text and entities stay', '<p style="color:red" onclick="x()" class=a>a &amp; b &lt;c&gt;</p>', '<p>a &amp; b &lt;c&gt;</p>'],
  ['event handlers go', '<img src=x onerror="window.__pwned=2"><body onload=alert(1)>', '<img><body>'],
  ['a quoted ">" does not end the tag', '<p title="a>b" data-x=\'c>d\'>q</p>', '<p>q</p>'],
  ['an unquoted value may hold "/"', '<a href=/x/>link</a>', '<a>link</a>'],
  ['self-closing is kept (it matters for svg)', '<svg/><br/><br/ >', '<svg/><br/><br>'],
  ['tag names are lower-cased', '<DIV CLASS="x">A</Div>', '<div>A</div>'],
  ['comments, doctypes, processing instructions go', '<!DOCTYPE html><!-- c -- d --><?xml version="1.0"?>t<!---->u<!-->v', 'tuv'],
  ['an unclosed comment runs to the end', 'a<!-- b <p>c', 'a'],
  ['scripts and styles go with their content', '<script>if (a</b) x = "</scriptx>"</script >after<STYLE>p{}</style>s', 'afters'],
  ['titles, textareas, iframes go with their content', '<title>T<b></title>1<textarea><p>x</textarea>2<iframe><img onerror=x></iframe>3', '123'],
  ['an unclosed script drops the rest', 'a<script>b', 'a'],
  ['"<" that opens nothing is text', 'a < b, 1<2, <3 and <', 'a < b, 1<2, <3 and <'],
  ['"</" with no name is dropped or bogus', 'a</>b</ x>c', 'abc'],
  ['"</" at the end is text', 'x</', 'x</'],
  ['a tag cut off at the end is dropped', 'end <b class="x', 'end '],
  ['hidden and display:none are kept as a bare hidden', '<p hidden>h</p><div style="color:red; display : none">n</div><i style="display:inline">i</i>', '<p hidden>h</p><div hidden>n</div><i>i</i>'],
  ['aria-hidden="true" is hidden, aria-hidden="false" is not', '<span aria-hidden="true">x</span><span aria-hidden=false>y</span>', '<span hidden>x</span><span>y</span>'],
  ['class, id and role leave only the story markers', '<div class="sidebar widget" id=comments>a</div><div id="article-body" class="story">b</div><nav role=navigation>c</nav>', '<div unlikely w-2>a</div><div w2>b</div><nav unlikely>c</nav>'],
  ['a class that is both unlikely and main is not unlikely', '<div class="main-sidebar">x</div><a class=menu>y</a>', '<div>x</div><a>y</a>'],
  ['non-ASCII text is untouched', '<h2>Tiêu đề 😀</h2>Giá 1.038 đồng', '<h2>Tiêu đề 😀</h2>Giá 1.038 đồng'],
  ['no markup at all', 'plain text', 'plain text'],
  ['empty', '', ''],
];

for (const [name, input, expected] of cases) {
  test(`bareMarkup: ${name}`, () => {
    assert.equal(bareMarkup(input), expected);
  });
}

test('bareMarkup: nothing with an attribute survives a pasted page', () => {
  const page =
    '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="x">' +
    '<link rel=stylesheet href=x.css><base href="http://evil.example/"></head>' +
    '<body style="background:url(x)"><a href="javascript:alert(1)">x</a>' +
    '<object data=x></object><svg><script>alert(1)</script><a xlink:href="javascript:1">s</a></svg></body></html>';
  const out = bareMarkup(page);
  assert.doesNotMatch(out, /[a-z]=|javascript|alert|http|url\(/i, out);
});

// Long input stays linear. No clock is read for a verdict (a shared 2-core
// machine makes any time bound flaky): each input below takes well under a
// second when the scan is linear, and hours if any part of it is quadratic,
// so such a bug shows as this test's hang guard (`timeout`) going off. The
// times are printed as diagnostics.
const LONG = [
  ['an article', '<p class="x" style="y">12% of 3.000 tỷ đồng</p><script>var a = 1;</script>', 50_000, '<p>12% of 3.000 tỷ đồng</p>'],
  ['unclosed attribute quotes', '<p a="x ', 200_000, null],
  ['"<" that open nothing', '< a <', 200_000, '< a <'],
  ['unclosed comments', '<!-- x', 200_000, null],
  ['raw text never closed', '<textarea></textare', 100_000, null],
  ['bogus end tags', '</ x', 200_000, null],
  ['tags and nothing else', '<b><i>', 200_000, '<b><i>'],
];

test('bareMarkup: long input stays linear', { timeout: 120_000 }, (t) => {
  for (const [name, unit, times, each] of LONG) {
    const big = unit.repeat(times);
    const t0 = performance.now();
    const out = bareMarkup(big);
    t.diagnostic(`${name}: ${big.length} characters in ${Math.round(performance.now() - t0)} ms`);
    if (each !== null) assert.equal(out.length, each.length * times, name);
    else assert.ok(out.length <= big.length, name);
  }
});
