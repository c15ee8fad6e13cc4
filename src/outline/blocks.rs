//! Blocks: the non-empty lines of the text, trimmed, with exact byte offsets,
//! whatever the line ends (LF, CRLF, CR, U+2028, U+2029).

use crate::text::tokens::is_line_break;

/// One non-empty line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    /// A blank line (or the start of the text) stands before it.
    pub after_blank: bool,
}

/// Splits `text` into blocks.
pub fn split(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut blank_before = true;
    let mut iter = text.char_indices().peekable();
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
    while let Some((i, c)) = iter.next() {
        if is_line_break(c) {
            push(line_start, i, &mut blank_before, &mut out);
            let mut next = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = iter.peek() {
                    iter.next();
                    next = j + 1;
                }
            }
            line_start = next;
        }
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
