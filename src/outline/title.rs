//! The headline of a whole page: of the lines before the main run of prose
//! that the rules left as the article's own, the one a learned linear score
//! ranks first.
//!
//! Pasted whole, a page opens with its menu, a date, the site's name, a
//! section label; the headline stands somewhere before the article's prose,
//! usually close to it, and shares its words with the lead. A candidate is
//! scored over the line model's [`features`](super::features) and one of
//! its own ([`EXTRA`]): the share of its words the first lines of the main
//! run use. (How many candidates stand between it and that run, and
//! whether it is the first, bought nothing in cross-validation.) The
//! weights are generated with the line model's
//! (`tools/outline_model/train.py`, a conditional logit over each marked
//! text's candidates, held out by site); the title the source marked (an
//! HTML paste's `h1`) is never second-guessed.
//!
//! Cost: the lead's words once (its first lines, their first words), then
//! each candidate's first words: linear in the text.

use super::blocks::Line;
use super::features::{Lines, COUNT};
use super::Role;

/// How many title features a candidate has beyond the line's own.
pub const EXTRA: usize = 1;

/// The words of a line that are compared with the lead.
const WORDS: usize = 24;

/// The lines of the main run whose words are the lead's.
const LEAD_LINES: usize = 3;

/// The candidates for the title and their title features (the line's
/// features, then [`EXTRA`]); lines the source marked are left out by the
/// caller.
pub fn candidates(lines: &[Line], f: &Lines, roles: &[Role]) -> Vec<(usize, [f32; COUNT + EXTRA])> {
    let end = f.title_end.min(lines.len());
    // At most LEAD_LINES * WORDS words, looked through as they are.
    let mut lead: Vec<&str> = Vec::new();
    for l in lines[end..].iter().take(LEAD_LINES) {
        lead.extend(words(l.lower));
    }
    (0..end)
        .filter(|&k| matches!(roles[k], Role::Paragraph | Role::Title))
        .map(|k| {
            let mut row = [0.0; COUNT + EXTRA];
            row[..COUNT].copy_from_slice(&f.rows[k]);
            let (mut n, mut shared) = (0usize, 0usize);
            for w in words(lines[k].lower) {
                n += 1;
                shared += usize::from(lead.contains(&w));
            }
            // lead_share
            row[COUNT] = shared as f32 / n.max(1) as f32;
            (k, row)
        })
        .collect()
}

/// A line's first words, lower case, without the marks around them.
fn words(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split_whitespace()
        .take(WORDS)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// The title score of a candidate's features under `weights`.
pub fn score(row: &[f32; COUNT + EXTRA], weights: &[f32]) -> f32 {
    row.iter().zip(weights).map(|(x, w)| x * w).sum()
}
