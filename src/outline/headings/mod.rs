//! Section headings: lines that stand as headings (`explicit`: Markdown
//! `#`, numbering, a block an HTML paste marked, a short title line before
//! the prose it heads) and headings inferred from how a paragraph opens
//! (`leads`: "Về công tác tổ chức, cán bộ: …"). [`find`] walks the blocks
//! once, taking the explicit heading where a line is one and a lead where it
//! opens a new topic.

mod explicit;
mod leads;

use super::blocks::{Block, Line};
use super::Role;
use crate::model::BlockKind;

/// A heading found: the range of its text, its level, and where its block starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub heading: (usize, usize),
    pub level: u8,
    pub inferred: bool,
    pub block_start: usize,
}

/// Finds the headings among paragraph blocks and marks explicit ones.
/// `first_body` is the first block of prose: before it stand standfirsts,
/// datelines and bylines, not headings. `title` is the title's block: what
/// stands before the headline is the page's, and heads no section.
pub fn find(
    lines: &[Line],
    blocks: &[Block],
    roles: &mut [Role],
    first_body: usize,
    title: Option<usize>,
    marked: &[Option<BlockKind>],
    table: &[bool],
) -> Vec<Head> {
    let line = |k: usize| lines[k].text;
    // Lines that could stand as headings by their form, or as the source marked.
    // (A table's rows are none: they are cells.)
    let mut candidate = explicit::candidates(lines, roles, marked);
    for (c, _) in candidate.iter_mut().zip(table).filter(|(_, &t)| t) {
        *c = None;
    }
    let structural = |k: usize| explicit::is_structural(line(k));
    // Paragraphs whose lead makes them a heading, with the lead's length.
    let leads = leads::find(lines, roles);
    let last_prose = (0..blocks.len())
        .rev()
        .find(|&k| roles[k] == Role::Paragraph && is_prose(line(k)));
    let mut out: Vec<Head> = Vec::new();
    // The topic words of the section we are in, to tell a subtopic from a new topic.
    let mut topic: Vec<(&str, &str)> = Vec::new();
    for k in title.map_or(0, |t| t + 1)..blocks.len() {
        // A table's header row names its columns, not a section.
        if roles[k] != Role::Paragraph || table[k] {
            continue;
        }
        let b = &blocks[k];
        let l = line(k);
        let next_is_list = lines
            .get(k + 1)
            .is_some_and(|n| explicit::is_list_item(n.text));
        let in_front = k < first_body;
        // Short lines one after another are a list, not a run of headings.
        let unnumbered_neighbour = |j: Option<usize>| {
            j.is_some_and(|j| candidate.get(j).copied().flatten().is_some() && !structural(j))
        };
        // So is a line with a headline of a link after it on the next line
        // ("Cần Thơ kiến tạo …" / "Cần Thơ phát huy …, mở rộng Quốc lộ 91"),
        // which a heading's own paragraph, or a list under it, is not.
        let headline_next = || {
            lines.get(k + 1).is_some_and(|n| {
                !blocks[k + 1].after_blank
                    && roles[k + 1] == Role::Paragraph
                    && !is_prose(n.text)
                    && !explicit::is_list_item(n.text)
                    && n.text.split_whitespace().take(4).count() >= 4
                    && !n.text.ends_with(':')
            })
        };
        // Asked only of a candidate (the filter below).
        let in_run = || {
            !structural(k)
                && (unnumbered_neighbour(k.checked_sub(1))
                    || unnumbered_neighbour(Some(k + 1))
                    || headline_next())
        };
        // A heading heads some prose.
        let heads_prose = last_prose.is_some_and(|p| p > k);
        let forced = matches!(marked[k], Some(BlockKind::Heading(_)));
        if let Some(level) = candidate[k].filter(|_| {
            forced
                || ((!in_front
                    || next_is_list
                    || structural(k)
                    || explicit::reads_as_front_topic(l))
                    && !in_run()
                    && (heads_prose || structural(k)))
        }) {
            roles[k] = Role::Heading;
            let (s, e) = explicit::heading_text(l);
            topic = leads::topic_bigrams(&lines[k].lower[s..e]);
            out.push(Head {
                heading: (b.start + s, b.start + e),
                level,
                inferred: false,
                block_start: b.start,
            });
            continue;
        }
        if let Some(len) = leads[k] {
            if leads::elaborates(&topic, lines[k], len) {
                continue;
            }
            topic = leads::topic_bigrams(&lines[k].lower[..len]);
            out.push(Head {
                heading: (b.start, b.start + len),
                level: 1,
                inferred: true,
                block_start: b.start,
            });
        }
    }
    out
}

/// A paragraph of running prose: a full sentence, or a long line.
pub fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().take(25).count();
    words >= 25 || (line.ends_with(['.', '!', '?', '”', '"']) && words >= 8)
}
