//! Which part of a whole page is its story, by Readability's method
//! (Apache-2.0; the cue lists are its own): the page's `www/story.js`,
//! `findArticle` and `storyCues`, on `scraper`'s tree. The page reads a
//! class, id and role from the bare markers its `bareMarkup` leaves; here
//! they are read from the attributes themselves, to the same effect.
//!
//! Containers are scored by the paragraphs they hold (their length and
//! commas), less their links; the best container and the siblings that read
//! like it are the story (`keep`), and boxes inside it that read like chrome
//! (`drop`) are not. Four tries, each with one cue less, the longest wins.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ego_tree::{NodeId, NodeRef};
use regex::Regex;
use scraper::Node;

/// The shortest story, and a paywall's preview (a tenth of the page or less).
const STORY_MIN: f64 = 500.0;
const STORY_PREVIEW: f64 = 200.0;

/// Elements a page's conversion drops with their content before parsing
/// (`bareMarkup`'s raw-text elements): not there for the story either.
const RAW: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Paragraphs (and a div with no block inside).
const SCORED: &[&str] = &["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"];
/// Children that make a div a container.
const DIV_BLOCKS: &[&str] = &[
    "a",
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
];
/// Boxes in the story weighed as chrome.
const CLEANED: &[&str] = &["form", "fieldset", "ul", "ol", "div", "section"];

/// What a container's tag says.
fn tag_score(name: &str) -> f64 {
    match name {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn is_heading(name: &str) -> bool {
    name.len() == 2 && name.starts_with('h') && matches!(name.as_bytes()[1], b'1'..=b'6')
}

fn is_comma(c: char) -> bool {
    matches!(
        c,
        '\u{2C}'
            | '\u{60C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
    )
}

struct Cues {
    unlikely: Regex,
    maybe: Regex,
    positive: Regex,
    negative: Regex,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues {
        unlikely: Regex::new(r"(?i-u)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote").expect("a regex"),
        maybe: Regex::new(r"(?i-u)and|article|body|column|content|main|shadow").expect("a regex"),
        positive: Regex::new(r"(?i-u)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story").expect("a regex"),
        negative: Regex::new(r"(?i-u)-ad-|hidden|(^| )hid( |$)|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget").expect("a regex"),
    })
}

const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// What an element's class, itemprop, id and role say: whether it is an
/// unlikely container, and its weight (in 25s, from −50 to 50).
fn read_cues(el: &scraper::node::Element) -> (bool, f64) {
    let name = el.name();
    let cls = [el.attr("class"), el.attr("itemprop")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let cls = cls.trim();
    let id = el.attr("id").unwrap_or("");
    let role = el.attr("role").unwrap_or("").trim().to_lowercase();
    let c = cues();
    let both = format!("{cls} {id}");
    let unlikely = UNLIKELY_ROLES.contains(&role.as_str())
        || (name != "body"
            && name != "a"
            && c.unlikely.is_match(&both)
            && !c.maybe.is_match(&both));
    let mut w = 0.0;
    for v in [cls, id] {
        if v.is_empty() {
            continue;
        }
        if c.negative.is_match(v) {
            w -= 1.0;
        }
        if c.positive.is_match(v) {
            w += 1.0;
        }
    }
    (unlikely, 25.0 * w)
}

/// Per element: what its text holds.
#[derive(Clone, Copy, Default)]
struct Stats {
    chars: f64,
    links: f64,
    commas: f64,
    p: f64,
    img: f64,
    li: f64,
    input: f64,
    heading: f64,
    has_block: bool,
    quoted: f64,
    unlikely: bool,
    weight: f64,
}

impl Stats {
    fn density(&self) -> f64 {
        if self.chars > 0.0 {
            self.links / self.chars
        } else {
            0.0
        }
    }

    /// A box mostly quoted (an embedded post) is the story's, whatever its class.
    fn quotation(&self) -> bool {
        self.quoted * 2.0 > self.chars
    }
}

/// The story's extent: `keep`, the elements whose blocks are the story, and
/// `drop`, boxes inside them that are chrome.
pub struct Story {
    pub keep: HashSet<NodeId>,
    pub drop: HashSet<NodeId>,
    length: f64,
}

type El<'a> = NodeRef<'a, Node>;

fn name_of<'a>(n: &El<'a>) -> &'a str {
    n.value().as_element().map_or("", |e| e.name())
}

/// The element children the page's parse has (raw-text elements dropped).
fn element_children<'a>(n: El<'a>) -> impl DoubleEndedIterator<Item = El<'a>> {
    n.children().filter(|c| {
        c.value()
            .as_element()
            .is_some_and(|e| !RAW.contains(&e.name()))
    })
}

fn parent_element<'a>(n: El<'a>) -> Option<El<'a>> {
    n.parent().filter(|p| p.value().is_element())
}

/// The text a reader sees in `n`, raw-text elements left out.
fn text_content(n: El<'_>) -> String {
    let mut out = String::new();
    let mut stack = vec![n];
    while let Some(node) = stack.pop() {
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if RAW.contains(&e.name()) => {}
            _ => stack.extend(node.children().rev()),
        }
    }
    out
}

/// Runs of HTML space as one, in UTF-16 units (as the page counts).
fn spaced_len(s: &str) -> f64 {
    let mut n = 0usize;
    let mut gap = false;
    for c in s.chars() {
        if matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0C' | '\x0B' | '\u{85}' | '\u{2028}' | '\u{2029}'
        ) {
            if !gap {
                n += 1;
            }
            gap = true;
        } else {
            n += c.len_utf16();
            gap = false;
        }
    }
    n as f64
}

/// The story of the page under `root` (its body), or None; `counted`
/// says which elements hold text a reader sees.
pub fn find_article(
    root: El<'_>,
    counted: impl Fn(&scraper::node::Element) -> bool,
) -> Option<Story> {
    let mut order: Vec<El<'_>> = Vec::new();
    let mut stack = vec![root];
    while let Some(el) = stack.pop() {
        order.push(el);
        for c in element_children(el).rev() {
            if c.value().as_element().is_some_and(&counted) {
                stack.push(c);
            }
        }
    }
    let mut stats: HashMap<NodeId, Stats> = HashMap::with_capacity(order.len());
    for el in order.iter().rev() {
        let name = name_of(el);
        let mut s = Stats::default();
        for c in el.children() {
            match c.value() {
                Node::Text(t) => {
                    s.chars += spaced_len(t);
                    s.commas += t.chars().filter(|&ch| is_comma(ch)).count() as f64;
                }
                Node::Element(e) => {
                    let Some(k) = stats.get(&c.id()) else {
                        continue;
                    };
                    s.chars += k.chars;
                    s.links += k.links;
                    s.commas += k.commas;
                    s.p += k.p;
                    s.img += k.img;
                    s.li += k.li;
                    s.input += k.input;
                    s.heading += k.heading;
                    s.quoted += k.quoted;
                    if DIV_BLOCKS.contains(&e.name()) {
                        s.has_block = true;
                    }
                }
                _ => {}
            }
        }
        match name {
            "a" => s.links = s.chars,
            "p" => s.p += 1.0,
            "img" => s.img += 1.0,
            "li" => s.li += 1.0,
            "input" => s.input += 1.0,
            "blockquote" => s.quoted = s.chars,
            n if is_heading(n) => s.heading = s.chars,
            _ => {}
        }
        if let Some(e) = el.value().as_element() {
            (s.unlikely, s.weight) = read_cues(e);
        }
        stats.insert(el.id(), s);
    }
    let mut longest: Option<Story> = None;
    for cues in [7u8, 3, 1, 0] {
        let found = attempt(
            root,
            &order,
            &stats,
            cues & 4 != 0,
            cues & 2 != 0,
            cues & 1 != 0,
        );
        if let Some(found) = found {
            if longest.as_ref().is_none_or(|l| found.length > l.length) {
                longest = Some(found);
            }
        }
        if longest.as_ref().is_some_and(|l| l.length >= STORY_MIN) {
            break;
        }
    }
    let longest = longest?;
    let page = stats.get(&root.id()).map_or(0.0, |s| s.chars);
    let whole = longest.length >= STORY_PREVIEW && longest.length * 10.0 <= page;
    (longest.length >= STORY_MIN || whole).then_some(longest)
}

/// Scores in the order they were first given (as a JavaScript Map keeps them).
#[derive(Default)]
struct Scores {
    list: Vec<(NodeId, f64)>,
    at: HashMap<NodeId, usize>,
}

impl Scores {
    fn get(&self, id: NodeId) -> Option<f64> {
        self.at.get(&id).map(|&i| self.list[i].1)
    }
    fn start(&mut self, id: NodeId, base: f64) {
        if !self.at.contains_key(&id) {
            self.at.insert(id, self.list.len());
            self.list.push((id, base));
        }
    }
    fn add(&mut self, id: NodeId, v: f64) {
        if let Some(&i) = self.at.get(&id) {
            self.list[i].1 += v;
        }
    }
}

/// One reading of the page: the story found with these cues on, or None.
fn attempt(
    root: El<'_>,
    order: &[El<'_>],
    stats: &HashMap<NodeId, Stats>,
    unlikely_on: bool,
    weigh: bool,
    clean_on: bool,
) -> Option<Story> {
    let stat = |n: &El<'_>| stats.get(&n.id()).copied();
    let weight = |n: &El<'_>| {
        if weigh {
            stat(n).map_or(0.0, |s| s.weight)
        } else {
            0.0
        }
    };
    let base = |n: &El<'_>| tag_score(name_of(n)) + weight(n);
    // Score the containers of every paragraph.
    let mut score = Scores::default();
    let mut unlikely: HashSet<NodeId> = HashSet::new();
    for el in order {
        let s = stat(el).unwrap_or_default();
        let cue = s.unlikely && !s.quotation();
        let parent_unlikely = parent_element(*el).is_some_and(|p| unlikely.contains(&p.id()));
        if unlikely_on && el.id() != root.id() && (cue || parent_unlikely) {
            unlikely.insert(el.id());
        }
        if unlikely.contains(&el.id()) {
            continue;
        }
        let name = name_of(el);
        if !(SCORED.contains(&name) || (name == "div" && !s.has_block)) || s.chars < 25.0 {
            continue;
        }
        let points = 1.0 + s.commas + (s.chars / 100.0).floor().min(3.0);
        let mut a = parent_element(*el);
        let mut level = 0;
        while let Some(anc) = a {
            if level >= 5 {
                break;
            }
            score.start(anc.id(), base(&anc));
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            score.add(anc.id(), points / div);
            if anc.id() == root.id() {
                break;
            }
            level += 1;
            a = parent_element(anc);
        }
    }
    let tree = root.tree();
    let node = |id: NodeId| tree.get(id).expect("a node of the tree");
    let mut top: Option<NodeId> = None;
    let mut best = f64::NEG_INFINITY;
    for entry in score.list.iter_mut() {
        let scaled = entry.1 * (1.0 - stat(&node(entry.0)).unwrap_or_default().density());
        entry.1 = scaled;
        if scaled > best {
            top = Some(entry.0);
            best = scaled;
        }
    }
    let mut top = node(top?);
    // Near-best containers' common ancestor; a better parent; an only child's parent.
    let mut ranked: Vec<(NodeId, f64)> = score.list.clone();
    // Highest first, ties in the order scored (a stable sort, as the page's).
    crate::text::order::sort_by_key(&mut ranked, |(_, v)| u64::MAX - ordered_bits(*v));
    let near: Vec<NodeId> = ranked
        .iter()
        .skip(1)
        .take(4)
        .filter(|(_, v)| *v >= 0.75 * best)
        .map(|(id, _)| *id)
        .collect();
    if near.len() >= 3 {
        let mut shared: HashMap<NodeId, usize> = HashMap::new();
        for &id in &near {
            let mut a = parent_element(node(id));
            while let Some(anc) = a.filter(|a| a.id() != root.id()) {
                *shared.entry(anc.id()).or_default() += 1;
                a = parent_element(anc);
            }
        }
        let mut a = parent_element(top);
        while let Some(anc) = a.filter(|a| a.id() != root.id()) {
            if shared.get(&anc.id()).copied().unwrap_or(0) >= 3 {
                top = anc;
                score.start(anc.id(), base(&anc));
                break;
            }
            a = parent_element(anc);
        }
    }
    let top_score = score.get(top.id()).unwrap_or(f64::NAN);
    let mut last = top_score;
    let mut a = parent_element(top);
    while let Some(anc) = a.filter(|a| a.id() != root.id()) {
        a = parent_element(anc);
        let Some(v) = score.get(anc.id()) else {
            continue;
        };
        if v < top_score / 3.0 {
            break;
        }
        if v > last {
            top = anc;
            break;
        }
        last = v;
    }
    while top.id() != root.id() {
        let Some(parent) = parent_element(top) else {
            break;
        };
        if parent.id() == root.id() || element_children(parent).count() != 1 {
            break;
        }
        top = parent;
    }
    let best = score.get(top.id()).unwrap_or(best);

    // The story: the best container and the siblings that read like it.
    let mut keep: Vec<El<'_>> = Vec::new();
    let parent = parent_element(top);
    let threshold = (best * 0.2).max(10.0);
    let siblings: Vec<El<'_>> = match parent {
        Some(p) if top.id() != root.id() => element_children(p).collect(),
        _ => vec![top],
    };
    for sib in siblings {
        let Some(s) = stat(&sib) else {
            continue;
        };
        let mut take = sib.id() == top.id() || score.get(sib.id()).is_some_and(|v| v >= threshold);
        let name = name_of(&sib);
        if !take && (name == "p" || (name == "div" && !s.has_block)) {
            let d = s.density();
            take = (s.chars > 80.0 && d < 0.25)
                || (s.chars > 0.0
                    && s.chars <= 80.0
                    && d == 0.0
                    && ends_a_sentence(&text_content(sib)));
        }
        if take {
            keep.push(sib);
        }
    }
    // Inside the story, boxes that read like chrome.
    let in_figure_above = parent.is_some_and(|p| {
        std::iter::successors(Some(p), |n| parent_element(*n)).any(|n| name_of(&n) == "figure")
    });
    let mut drop = HashSet::new();
    let mut length = 0.0;
    for el in &keep {
        length += stat(el).map_or(0.0, |s| s.chars);
        let mut inner = vec![(*el, in_figure_above)];
        while let Some((bx, figure)) = inner.pop() {
            let Some(s) = stat(&bx) else {
                continue;
            };
            let name = name_of(&bx);
            let chrome = !s.quotation()
                && ((unlikely_on && s.unlikely)
                    || (clean_on
                        && CLEANED.contains(&name)
                        && chrome_box(
                            name,
                            &s,
                            score.get(bx.id()).unwrap_or(0.0),
                            weight(&bx),
                            figure,
                        )));
            if bx.id() != el.id() && chrome {
                drop.insert(bx.id());
                length -= s.chars;
                continue;
            }
            let in_figure = figure || name == "figure";
            for c in element_children(bx).rev() {
                inner.push((c, in_figure));
            }
        }
    }
    // (`inner` above is a stack, as the page's: the order drop is found in
    // does not matter, only which boxes are in it.)
    Some(Story {
        keep: keep.iter().map(|n| n.id()).collect(),
        drop,
        length,
    })
}

/// `v`'s bits, in the order of the numbers (negatives below positives).
fn ordered_bits(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// "A period then a space or the end": `/\.( |$)/`.
fn ends_a_sentence(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter()
        .enumerate()
        .any(|(i, &c)| c == b'.' && (i + 1 == b.len() || b[i + 1] == b' '))
}

/// Whether a box inside the story reads like chrome (Readability's test).
fn chrome_box(name: &str, s: &Stats, score: f64, w: f64, figure: bool) -> bool {
    if w + score < 0.0 {
        return true;
    }
    if s.commas >= 10.0 {
        return false;
    }
    let d = s.density();
    let list = name == "ul" || name == "ol";
    if s.img > 1.0 && s.p / s.img < 0.5 && !figure {
        return true;
    }
    if !list && s.li - 100.0 > s.p {
        return true;
    }
    if s.input > (s.p / 3.0).floor() {
        return true;
    }
    if !list
        && !figure
        && s.chars < 25.0
        && (s.img == 0.0 || s.img > 2.0)
        && s.heading / s.chars.max(1.0) < 0.9
    {
        return true;
    }
    if !list && w < 25.0 && d > 0.2 {
        return true;
    }
    w >= 25.0 && d > 0.5
}
