//! The outline: title, sections (explicit headings and headings inferred from
//! paragraph leads), photo captions, and the page chrome pasted along.
//!
//! [`blocks`] cuts the text into lines with exact offsets; [`chrome`] and
//! [`captions`] take out what is not the article's prose; [`headings`] finds
//! the section heads among the rest; [`build`] assembles sections in byte
//! offsets, which `analysis` converts to UTF-16.

pub mod blocks;
pub mod bylines;
pub mod captions;
pub mod chrome;
pub mod columns;
pub mod features;
pub mod headings;
pub mod model;
pub mod tables;
pub mod title;

use crate::model::BlockKind;
use crate::text::lines::Layout;
use blocks::{Block, Line};

/// The role of a block in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Title,
    Heading,
    Caption,
    Byline,
    Boilerplate,
    Paragraph,
}

/// A section in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawSection {
    pub heading: (usize, usize),
    pub level: u8,
    pub inferred: bool,
    pub start: usize,
    pub end: usize,
}

/// The outline in byte offsets.
#[derive(Clone, Debug, Default)]
pub struct RawOutline {
    pub blocks: Vec<Block>,
    pub title: Option<(usize, usize)>,
    pub sections: Vec<RawSection>,
    /// Caption ranges and the index of the caption each repeats.
    pub captions: Vec<((usize, usize), Option<usize>)>,
    pub boilerplate: Vec<(usize, usize)>,
    pub bylines: Vec<(usize, usize)>,
    /// The tables, their cells in byte ranges.
    pub tables: Vec<tables::Table>,
}

/// A block the source marked (an HTML paste's element), in byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hint {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

/// The marked kind of each block: the hint that covers the block's start.
fn hinted(blocks: &[Block], hints: &[Hint]) -> Vec<Option<BlockKind>> {
    let mut sorted: Vec<&Hint> = hints.iter().collect();
    crate::text::order::sort_by_key(&mut sorted, |h| h.start as u64);
    blocks
        .iter()
        .map(|b| {
            let k = sorted.partition_point(|h| h.start <= b.start);
            k.checked_sub(1)
                .map(|k| sorted[k])
                .filter(|h| b.start < h.end.max(h.start + 1))
                .map(|h| h.kind)
        })
        .collect()
}

/// The lines of a text as the rules leave them: the first phase of
/// [`build`], before the learned model ([`model`]) has its say; also what
/// the model's training reads (`examples/line_features.rs`).
pub struct Ruled<'a> {
    pub blocks: Vec<Block>,
    pub lines: Vec<Line<'a>>,
    /// The kind the source marked each block with (an HTML paste's hints).
    pub marked: Vec<Option<BlockKind>>,
    pub roles: Vec<Role>,
    pub captions: Vec<((usize, usize), Option<usize>)>,
    /// The block that is the title.
    pub title: Option<usize>,
    /// The first block of prose.
    pub first_body: usize,
    /// The blocks the source left unmarked or marked as chrome: the rules
    /// may take these for chrome or bylines.
    pub unmarked: Vec<bool>,
    /// The rows of tables ([`tables::find`]): content, and no heading.
    pub table: Vec<bool>,
    /// The tables, cut into cells, in the text's order.
    pub tables: Vec<tables::Table>,
}

/// Whether a line states rather than names: a sentence of eight words or
/// more that ends with a full stop (not an abbreviation's, "N.Y.C."), or
/// 40 words and more. A headline has no full stop, but may be long (a
/// ministry's runs to thirty words) or ask ("… bắt đầu từ đâu?").
fn states(line: &str) -> bool {
    let line = line.trim_end();
    let words = 1 + line
        .as_bytes()
        .windows(2)
        .filter(|w| w[0] == b' ' && w[1] != b' ')
        .count();
    let last = &line[line.rfind(' ').map_or(0, |k| k + 1)..];
    let full_stop = last.ends_with('.') && !last[..last.len() - 1].contains('.');
    words >= 40 || (full_stop && words >= 8)
}

/// The rules' outline of `text` (see [`build`] for `lower`, `hints` and
/// `layout`).
pub fn rules<'a>(text: &'a str, lower: &'a str, hints: &[Hint], layout: &Layout) -> Ruled<'a> {
    // A PDF copy's wrapped lines (`text::reflow`) are one block a
    // paragraph, and the outline reads the text as if its page furniture
    // (`text::pages`) were not there (no rule or feature counts a running
    // title as a repeated line); `build` gives the furniture back as chrome.
    let furniture = &layout.furniture;
    let mut blocks = blocks::split_reflowed(text, &layout.reflow);
    if !furniture.is_empty() {
        blocks.retain(|b| !crate::text::pages::covers(furniture, b.start, b.end));
    }
    let lines: Vec<Line> = blocks.iter().map(|b| Line::of(text, lower, b)).collect();
    let marked = hinted(&blocks, hints);
    // What the source marked as chrome is chrome.
    let mut roles: Vec<Role> = marked
        .iter()
        .map(|m| match m {
            Some(BlockKind::Chrome) => Role::Boilerplate,
            _ => Role::Paragraph,
        })
        .collect();
    chrome::mark(&lines, &mut roles);
    // A table's rows are the article's, however like chrome they look.
    let (table, found_tables) = tables::find(text, &lines, &blocks);
    for k in 0..blocks.len() {
        if table[k] && roles[k] == Role::Boilerplate && marked[k].is_none() {
            roles[k] = Role::Paragraph;
        }
    }
    let mut captions = captions::mark(&lines, &blocks, &mut roles);
    for (k, m) in marked.iter().enumerate() {
        if *m == Some(BlockKind::Caption) && roles[k] != Role::Caption {
            roles[k] = Role::Caption;
            captions.push(((blocks[k].start, blocks[k].end), None));
        }
    }
    crate::text::order::sort_by_key(&mut captions, |c| (c.0 .0 as u64) << 32 | c.0 .1 as u64);
    // The title: the block the source marked `h1`, else the first block that
    // is neither chrome nor a caption, nor one the source marked as a
    // paragraph, list item or quotation (a page without an `h1` has its
    // headline elsewhere, not in its first paragraph). A text that opens
    // with a statement (a long line, a sentence with its full stop) was
    // copied from below its headline: it has no title.
    let marked_h1 = (0..blocks.len())
        .find(|&k| marked[k] == Some(BlockKind::Heading(1)) && roles[k] == Role::Paragraph);
    let title = marked_h1.or_else(|| {
        (0..blocks.len())
            .find(|&k| {
                roles[k] == Role::Paragraph
                    && !matches!(
                        marked[k],
                        Some(BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote)
                    )
            })
            .filter(|&k| !states(lines[k].text))
    });
    if let Some(k) = title {
        roles[k] = Role::Title;
    }
    // What the source marked as content is never chrome or a byline.
    let unmarked: Vec<bool> = marked
        .iter()
        .map(|m| matches!(m, None | Some(BlockKind::Chrome)))
        .collect();
    // A comment section is the readers' (its prose is not the article's).
    chrome::mark_comments(&lines, &mut roles, &unmarked);
    // The article's prose runs from its first to its last full paragraph;
    // around it stand standfirsts, datelines, bylines and link lists.
    let prose: Vec<usize> = (0..blocks.len())
        .filter(|&k| roles[k] == Role::Paragraph && headings::is_prose(lines[k].text))
        .collect();
    let first_body = prose.first().copied().unwrap_or(blocks.len());
    let last_body = prose.last().copied().unwrap_or(blocks.len());
    bylines::mark(&lines, &mut roles, first_body, last_body, &unmarked);
    let open: Vec<bool> = (0..blocks.len())
        .map(|k| unmarked[k] && !table[k])
        .collect();
    chrome::mark_trailing(&lines, &mut roles, last_body, &open);
    Ruled {
        blocks,
        lines,
        marked,
        roles,
        captions,
        title,
        first_body,
        unmarked,
        table,
        tables: found_tables,
    }
}

/// Lays out the outline of `text`. `lower` is the text in lower case at the
/// same byte offsets ([`Tokens::lower_text`], or [`Lower`]), which every
/// line reader matches its words in. `hints` carry the block structure the
/// source marked (empty for plain text): marked headings and captions are
/// taken as they are, and a block marked as anything else is no heading.
///
/// `layout` is the text's page furniture and soft line breaks
/// ([`Layout::of`]): the furniture is chrome, a wrapped paragraph one block.
///
/// [`Tokens::lower_text`]: crate::text::tokens::Tokens::lower_text
/// [`Lower`]: crate::text::Lower
pub fn build(text: &str, lower: &str, hints: &[Hint], layout: &Layout) -> RawOutline {
    debug_assert_eq!(text.len(), lower.len(), "the lower case keeps every offset");
    let owned;
    let lower = if lower.len() == text.len() {
        lower
    } else {
        owned = crate::text::Lower::lower(text);
        owned.as_str()
    };
    let mut ruled = rules(text, lower, hints, layout);
    model::mark(&mut ruled);
    // With the headline known: the names under it, and the link lists
    // (which never run into it: a page's "Trending" menu stands right
    // above its headline).
    if let Some(t) = ruled.title {
        bylines::mark_under_title(&ruled.lines, &mut ruled.roles, t, &ruled.unmarked);
    }
    chrome::mark_link_lists(
        &ruled.lines,
        &ruled.blocks,
        &mut ruled.roles,
        &ruled.unmarked,
    );
    let Ruled {
        blocks,
        lines,
        marked,
        mut roles,
        captions,
        title,
        first_body,
        table,
        tables: found_tables,
        ..
    } = ruled;
    // The front matter runs to the first prose under the headline: a
    // headline that is a question ("Who Let the Genie Out of the Well?")
    // read as prose by the rules does not end it.
    let first_body = title.map_or(first_body, |t| {
        (t + 1..blocks.len())
            .find(|&k| roles[k] == Role::Paragraph && headings::is_prose(lines[k].text))
            .unwrap_or(blocks.len())
            .max(first_body)
    });
    let heads = headings::find(
        &lines, &blocks, &mut roles, first_body, title, &marked, &table,
    );
    let title = title.map(|k| (blocks[k].start, blocks[k].end));
    let mut sections: Vec<RawSection> = Vec::with_capacity(heads.len());
    for (k, h) in heads.iter().enumerate() {
        // A section runs to the next heading of the same or a higher level.
        let end = heads[k + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map_or_else(|| content_end(&blocks, &roles), |n| n.block_start);
        sections.push(RawSection {
            heading: without_colon(text, h.heading),
            level: h.level,
            inferred: h.inferred,
            start: h.block_start,
            end: end.max(h.heading.1),
        });
    }
    let with_role = |role: Role| -> Vec<(usize, usize)> {
        blocks
            .iter()
            .zip(&roles)
            .filter(|(_, r)| **r == role)
            .map(|(b, _)| (b.start, b.end))
            .collect()
    };
    let mut boilerplate = with_role(Role::Boilerplate);
    if !layout.furniture.is_empty() {
        boilerplate.extend(&layout.furniture);
        crate::text::order::sort_by_key(&mut boilerplate, |r| r.0 as u64);
    }
    let bylines = with_role(Role::Byline);
    RawOutline {
        blocks,
        title,
        sections,
        captions,
        boilerplate,
        bylines,
        tables: found_tables,
    }
}

/// A heading's range without the colon that ends it ("1. Những công việc
/// đã thực hiện:" is headed "1. Những công việc đã thực hiện"), as the
/// topic of a paragraph lead is named without its colon.
fn without_colon(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let heading = &text[start..end];
    match heading.strip_suffix(':') {
        Some(rest) if !rest.trim_end().is_empty() => (start, start + rest.trim_end().len()),
        _ => (start, end),
    }
}

/// Where the article's own text ends: before the chrome that trails it.
fn content_end(blocks: &[Block], roles: &[Role]) -> usize {
    blocks
        .iter()
        .zip(roles)
        .rev()
        .find(|(_, r)| **r != Role::Boilerplate)
        .map_or(0, |(b, _)| b.end)
}
