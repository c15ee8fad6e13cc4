//! Blocks: the non-empty lines of the text, trimmed, with exact byte offsets,
//! whatever the line ends (LF, CRLF, CR, U+2028, U+2029).

use crate::text::reflow::Reflow;
use crate::text::tokens::{is_line_break, may_open_line_break};

/// One non-empty line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    /// A blank line (or the start of the text) stands before it.
    pub after_blank: bool,
}

/// A block's line with its lower-case form at the same byte offsets (as
/// [`Lower`](crate::text::Lower) makes it): readers match words in `lower`
/// and slice `text` at the offsets they found, and no line is lower-cased
/// twice.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub text: &'a str,
    pub lower: &'a str,
}

impl<'a> Line<'a> {
    /// The line of `block`, from the text and its lower-case copy.
    pub fn of(text: &'a str, lower: &'a str, block: &Block) -> Self {
        Line {
            text: &text[block.start..block.end],
            lower: &lower[block.start..block.end],
        }
    }

    /// The part of the line at `range` (byte offsets into the line).
    pub fn slice(self, range: std::ops::Range<usize>) -> Self {
        Line {
            text: &self.text[range.clone()],
            lower: &self.lower[range],
        }
    }

    /// The line without white space at either end (white space has no case,
    /// so both forms lose the same bytes).
    pub fn trim(self) -> Self {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        self.slice(start..end)
    }
}

/// Runs `f` on `text` as a line, lower-casing it first: for tests and for
/// callers that hold a lone line.
pub fn with_line<R>(text: &str, f: impl FnOnce(Line) -> R) -> R {
    use crate::text::Lower;
    let lower = text.lower();
    f(Line {
        text,
        lower: &lower,
    })
}

/// Splits `text` into blocks.
pub fn split(text: &str) -> Vec<Block> {
    split_reflowed(text, &Reflow::none())
}

/// Splits `text` into blocks, the lines a soft break joins (a wrapped
/// paragraph, `text::reflow`) one block: its `Line` holds the breaks.
pub fn split_reflowed(text: &str, reflow: &Reflow) -> Vec<Block> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut blank_before = true;
    let bytes = text.as_bytes();
    let mut i = 0;
    let push = |s: usize, e: usize, blank: &mut bool, out: &mut Vec<Block>| {
        let line = &text[s..e];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            *blank = true;
            return;
        }
        let start = s + (line.len() - line.trim_start().len());
        out.push(Block {
            start,
            end: start + trimmed.len(),
            after_blank: *blank,
        });
        *blank = false;
    };
    while i < bytes.len() {
        // Only line breaks matter here.
        if !may_open_line_break(bytes[i]) {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let mut next = i + c.len_utf8();
        if is_line_break(c) && !reflow.is_soft(i, next) {
            push(line_start, i, &mut blank_before, &mut out);
            if c == '\r' && bytes.get(next) == Some(&b'\n') {
                next += 1;
            }
            line_start = next;
        }
        i = next;
    }
    push(line_start, text.len(), &mut blank_before, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends() {
        let text = "Title\r\n\r\n  Para one\rPara two\u{2028}three\n";
        let got: Vec<&str> = split(text).iter().map(|b| &text[b.start..b.end]).collect();
        assert_eq!(got, ["Title", "Para one", "Para two", "three"]);
        let b = split(text);
        assert!(b[1].after_blank && !b[2].after_blank);
    }
}
