//! HTML to the plain text the analysis reads and the blocks its markup
//! gave (headings, paragraphs, list items, captions, quotations, chrome),
//! for the command line and the packages: the page's conversion
//! (`www/html-to-text.js`, `blocksFromDocument`) on a parsed tree from
//! `scraper` (html5ever, the HTML standard's parser) instead of the
//! browser's. Native only: the page has its browser's parser, and the
//! WebAssembly build leaves this out.
//!
//! As the page does, a whole page's story is found by Readability's method
//! (`story`, the page's `www/story.js`) and everything around it but the
//! headline is chrome.
//!
//! Offsets are UTF-16 code units, as everywhere in the document; blocks are
//! separated by a blank line, and a table row is one line of tab-separated
//! cells.

mod story;

use ego_tree::NodeRef;
use scraper::{Html, Node};

use crate::model::{BlockHint, BlockKind};

/// Elements whose content is not text a reader sees.
const SKIP: &[&str] = &[
    "head", "title", "script", "style", "noscript", "template", "iframe", "frame", "frameset",
    "svg", "math", "canvas", "object", "embed", "audio", "video", "img", "picture", "source",
    "track", "map", "select", "datalist", "textarea", "input", "meta", "link", "base", "noembed",
    "noframes", "xmp",
];

/// Elements whose text forms a block of its own.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Blocks whose element is passed on to the analysis as a hint.
const MARKED: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "figcaption",
    "blockquote",
    "dt",
    "dd",
    "caption",
];

/// Page chrome: kept as text, but nothing inside it is marked.
const CHROME: &[&str] = &["nav", "footer", "aside"];

/// A block whose links hold at least this share of its text is chrome.
const LINK_DENSITY: f64 = 0.6;

/// Keeps its line breaks.
const PRE: &[&str] = &["pre", "listing", "plaintext"];

fn is_heading(name: &str) -> bool {
    name.len() == 2 && name.starts_with('h') && matches!(name.as_bytes()[1], b'1'..=b'6')
}

/// HTML's white space and the line breaks the analysis would split a line
/// at (VT, NEL, LS, PS): inside a block, a run of them is one space.
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\x0C' | '\x0B' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if is_space(c) {
            gap = true;
        } else {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
        .to_string()
}

/// Whether the element is hidden by its own markup.
fn hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        style.split(';').any(|decl| {
            let decl = decl.trim().to_ascii_lowercase();
            decl.strip_prefix("display")
                .map(|rest| rest.trim_start())
                .and_then(|rest| rest.strip_prefix(':'))
                .is_some_and(|v| {
                    let v = v.trim_start();
                    v.starts_with("none")
                        && !v[4..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
                })
        })
    })
}

/// The kind of the block being written: the innermost marked element, but
/// a heading or caption anywhere above wins (a `<p>` inside a `<figcaption>`
/// is caption text). Nothing inside page chrome is marked.
fn kind_of<'a>(marks: &[&'a str], chrome_depth: usize) -> Option<&'a str> {
    if chrome_depth > 0 {
        return Some("chrome");
    }
    marks
        .iter()
        .rev()
        .find(|m| is_heading(m) || **m == "figcaption" || **m == "caption")
        .or(marks.last())
        .copied()
}

/// The writer of the text and its blocks, fed in document order.
struct Writer<'a> {
    text: String,
    length: usize,
    blocks: Vec<BlockHint>,
    /// The block being written: lines of cells.
    lines: Vec<Vec<String>>,
    marks: Vec<&'a str>,
    chrome_depth: usize,
    pre_depth: usize,
    link_depth: usize,
    /// The block's characters other than white space, and those in links.
    written: usize,
    linked: usize,
    /// The story the page's text stands in, if one was found; inside it,
    /// and inside a box of chrome in it.
    story: Option<story::Story>,
    story_depth: usize,
    drop_depth: usize,
}

impl<'a> Writer<'a> {
    /// Into (`by` 1) or out of (−1) an element: the depths in the story and
    /// in its boxes of chrome.
    fn enter_story(&mut self, id: ego_tree::NodeId, by: isize) {
        let Some(story) = &self.story else {
            return;
        };
        let (keep, drop) = (story.keep.contains(&id), story.drop.contains(&id));
        if keep {
            self.story_depth = self.story_depth.saturating_add_signed(by);
        }
        if drop {
            self.drop_depth = self.drop_depth.saturating_add_signed(by);
        }
    }

    fn write(&mut self, s: &str) {
        let solid = s.chars().filter(|c| !c.is_whitespace()).count();
        self.written += solid;
        if self.link_depth > 0 {
            self.linked += solid;
        }
        let cells = self.lines.last_mut().expect("a line");
        cells.last_mut().expect("a cell").push_str(s);
    }

    /// A line break; a second one in a row (a blank line) ends the block.
    fn new_line(&mut self) {
        let blank = self
            .lines
            .last()
            .is_some_and(|cells| cells.iter().all(|c| c.trim().is_empty()));
        if blank && self.lines.len() > 1 {
            self.flush();
        } else {
            self.lines.push(vec![String::new()]);
        }
    }

    fn next_cell(&mut self) {
        let cells = self.lines.last_mut().expect("a line");
        if !cells.last().expect("a cell").trim().is_empty() {
            cells.push(String::new());
        }
    }

    fn flush(&mut self) {
        let mut kind = kind_of(&self.marks, self.chrome_depth);
        let in_story = self.story.is_some() && self.story_depth > 0;
        let dense = self.written > 0
            && self.linked as f64 >= LINK_DENSITY * self.written as f64
            && !(in_story && kind == Some("p") && self.written >= 150);
        self.written = 0;
        self.linked = 0;
        if dense && !kind.is_some_and(|k| is_heading(k) || k == "figcaption" || k == "caption") {
            kind = Some("chrome");
        }
        // Around the story, all is chrome but the headline.
        if self.story.is_some()
            && kind != Some("h1")
            && (self.drop_depth > 0 || self.story_depth == 0)
        {
            kind = Some("chrome");
        }
        let lines = std::mem::replace(&mut self.lines, vec![vec![String::new()]]);
        let done: Vec<String> = lines
            .iter()
            .map(|cells| {
                cells
                    .iter()
                    .map(|c| collapse(c))
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>()
                    .join("\t")
            })
            .filter(|l| !l.is_empty())
            .collect();
        if done.is_empty() {
            return;
        }
        // A heading stays on one line: the analysis reads a text line by line.
        let joined = done.join(if kind.is_some_and(is_heading) {
            " "
        } else {
            "\n"
        });
        if self.length > 0 {
            self.text.push_str("\n\n");
            self.length += 2;
        }
        let start = self.length;
        self.length += joined.encode_utf16().count();
        self.text.push_str(&joined);
        if let Some(kind) = kind.and_then(BlockKind::from_tag) {
            self.blocks.push(BlockHint {
                start,
                end: self.length,
                kind,
            });
        }
    }
}

/// The plain text of an HTML document and the blocks its markup marked.
pub fn to_text(html: &str) -> (String, Vec<BlockHint>) {
    let doc = Html::parse_document(html);
    let root = doc.tree.root();
    let start = find(root, "body").unwrap_or(root);
    let mut w = Writer {
        text: String::new(),
        length: 0,
        blocks: Vec::new(),
        lines: vec![vec![String::new()]],
        marks: Vec::new(),
        chrome_depth: 0,
        pre_depth: 0,
        link_depth: 0,
        written: 0,
        linked: 0,
        story: story::find_article(start, |e| {
            (e.name() == "img" || !SKIP.contains(&e.name())) && !hidden(e)
        }),
        story_depth: 0,
        drop_depth: 0,
    };
    // Document order without recursion: deep markup cannot overflow the stack.
    let mut stack: Vec<(NodeRef<Node>, bool)> = vec![(start, false)];
    while let Some((node, leaving)) = stack.pop() {
        if leaving {
            exit(&mut w, node);
            continue;
        }
        if !enter(&mut w, node) {
            continue;
        }
        stack.push((node, true));
        let children: Vec<_> = node.children().collect();
        stack.extend(children.into_iter().rev().map(|c| (c, false)));
    }
    w.flush();
    (w.text, w.blocks)
}

/// The first element called `name`, in document order.
fn find<'a>(root: NodeRef<'a, Node>, name: &str) -> Option<NodeRef<'a, Node>> {
    root.descendants()
        .find(|n| n.value().as_element().is_some_and(|e| e.name() == name))
}

fn enter<'a>(w: &mut Writer<'a>, node: NodeRef<'a, Node>) -> bool {
    match node.value() {
        Node::Text(t) => {
            let data = t.replace('\u{AD}', "");
            if w.pre_depth > 0 {
                let data = data.replace("\r\n", "\n").replace('\r', "\n");
                for (i, piece) in data.split('\n').enumerate() {
                    if i > 0 {
                        w.new_line();
                    }
                    w.write(piece);
                }
            } else {
                w.write(&data);
            }
            false
        }
        Node::Document | Node::Fragment => true,
        Node::Element(el) => {
            let name = el.name();
            if SKIP.contains(&name) || hidden(el) {
                return false;
            }
            if name == "br" {
                if kind_of(&w.marks, w.chrome_depth).is_some_and(is_heading) {
                    w.write(" ");
                } else {
                    w.new_line();
                }
                return false;
            }
            if name == "td" || name == "th" {
                w.next_cell();
            }
            if name == "a" {
                w.link_depth += 1;
            }
            if BLOCK.contains(&name) {
                w.flush();
            }
            w.enter_story(node.id(), 1);
            if BLOCK.contains(&name) {
                if MARKED.contains(&name) {
                    w.marks.push(name);
                }
                if CHROME.contains(&name) {
                    w.chrome_depth += 1;
                }
                if PRE.contains(&name) {
                    w.pre_depth += 1;
                }
            }
            true
        }
        _ => false,
    }
}

fn exit(w: &mut Writer<'_>, node: NodeRef<'_, Node>) {
    let Some(el) = node.value().as_element() else {
        return;
    };
    let name = el.name();
    if name == "td" || name == "th" {
        w.next_cell();
    }
    if name == "a" {
        w.link_depth -= 1;
    }
    if BLOCK.contains(&name) {
        w.flush();
    }
    w.enter_story(node.id(), -1);
    if BLOCK.contains(&name) {
        if MARKED.contains(&name) {
            w.marks.pop();
        }
        if CHROME.contains(&name) {
            w.chrome_depth -= 1;
        }
        if PRE.contains(&name) {
            w.pre_depth -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_captions_and_chrome() {
        let (text, blocks) = to_text(
            "<html><head><title>T</title></head><body><nav><a href=/>Home</a> <a href=/x>World</a></nav>\
             <h1>Sales <br>rose</h1><p>Up 14% to <b>3 million</b> units.</p>\
             <figure><img src=x><figcaption>A photo</figcaption></figure>\
             <table><tr><th>Year</th><th>Units</th></tr><tr><td>2024</td><td>3</td></tr></table>\
             <p hidden>gone</p><script>x()</script><footer>© 2024</footer></body></html>",
        );
        assert_eq!(
            text,
            "Home World\n\nSales rose\n\nUp 14% to 3 million units.\n\nA photo\n\nYear\tUnits\n\n2024\t3\n\n© 2024"
        );
        let kinds: Vec<_> = blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Chrome,
                BlockKind::Heading(1),
                BlockKind::Paragraph,
                BlockKind::Caption,
                BlockKind::Chrome
            ]
        );
        let units: Vec<u16> = text.encode_utf16().collect();
        let b = &blocks[2];
        assert_eq!(
            String::from_utf16_lossy(&units[b.start..b.end]),
            "Up 14% to 3 million units."
        );
    }
}
