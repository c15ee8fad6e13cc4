//! Photo captions: a line repeated at once (the caption and its alt text), or
//! a line that credits a photo ("Ảnh: Tiến Thành", "Photo: Reuters").

use super::blocks::Block;
use super::Role;

/// Credits that mark a caption.
const CREDITS: &[&str] = &[
    "ảnh:",
    "ảnh minh họa",
    "ảnh minh hoạ",
    "hình:",
    "(ảnh",
    "photo:",
    "file photo",
    "photograph:",
    "image:",
    "credit:",
    "nguồn: internet",
    "ảnh internet",
];

/// Words so alike that one is the other retyped: equal once punctuation and
/// dashes are set aside.
fn same_line(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (ka, kb) = (key(a), key(b));
    !ka.is_empty() && ka == kb
}

/// Marks caption blocks; returns their ranges with the caption each repeats.
pub fn mark(
    text: &str,
    blocks: &[Block],
    roles: &mut [Role],
) -> Vec<((usize, usize), Option<usize>)> {
    let mut out: Vec<((usize, usize), Option<usize>)> = Vec::new();
    let line = |k: usize| &text[blocks[k].start..blocks[k].end];
    let mut k = 0;
    while k < blocks.len() {
        if roles[k] != Role::Paragraph {
            k += 1;
            continue;
        }
        let l = line(k);
        let short = l.chars().count() <= 400;
        if k + 1 < blocks.len()
            && short
            && roles[k + 1] == Role::Paragraph
            && same_line(l, line(k + 1))
        {
            roles[k] = Role::Caption;
            roles[k + 1] = Role::Caption;
            out.push(((blocks[k].start, blocks[k].end), None));
            let first = out.len() - 1;
            out.push(((blocks[k + 1].start, blocks[k + 1].end), Some(first)));
            k += 2;
            continue;
        }
        let lower = l.to_lowercase();
        if short && CREDITS.iter().any(|c| lower.contains(c)) && lower.chars().count() < 300 {
            roles[k] = Role::Caption;
            out.push(((blocks[k].start, blocks[k].end), None));
        }
        k += 1;
    }
    out
}
