//! The lines of a text as a page set them, for the readers of its layout
//! (`pages`, `reflow`): each non-blank line's ink, its indent and length in
//! characters, and what parts it from the line before (a blank line, a form
//! feed). Any line end counts (LF, CRLF, CR, U+2028, U+2029, a form feed).
//! [`Layout`] holds what those readers find, which the tokens, the figures
//! and the outline all read.

use super::tokens::may_open_line_break;

/// One non-blank line.
#[derive(Clone, Copy, Debug)]
pub struct PageLine {
    /// The line's ink: its first byte and the end of its last character.
    pub start: usize,
    pub end: usize,
    /// Characters before the ink (`pdftotext -layout` sets lines by column).
    pub indent: usize,
    /// Characters from the line's start to the end of its ink.
    pub len: usize,
    /// The line-break character after the line (the text's end after the last).
    pub newline: usize,
    /// A blank line stands between this line and the one before.
    pub after_blank: bool,
    /// A form feed (a page break, as `pdftotext` writes one) stands between
    /// this line and the one before.
    pub after_feed: bool,
}

/// What a text's layout says, read once for every stage: its page
/// furniture (`pages`) and its soft line breaks (`reflow`).
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Sorted, disjoint byte ranges of the page-furniture lines.
    pub furniture: Vec<(usize, usize)>,
    pub reflow: super::reflow::Reflow,
}

impl Layout {
    /// The layout of `text`: its lines read once, for both.
    pub fn of(text: &str) -> Self {
        let lines = of(text);
        let furniture = super::pages::find(text, &lines);
        let reflow = super::reflow::Reflow::of(text, &lines, &furniture);
        Layout { furniture, reflow }
    }
}

/// Characters in `s`, by its bytes (no decoding).
fn chars(s: &str) -> usize {
    s.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// The non-blank lines of `text`.
pub fn of(text: &str) -> Vec<PageLine> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let (mut line_start, mut blank, mut feed) = (0, false, false);
    let mut i = 0;
    loop {
        let at_end = i >= bytes.len();
        if !at_end && !may_open_line_break(bytes[i]) {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or('\n');
        let breaks = at_end || super::tokens::is_line_break(c);
        if !breaks {
            i += c.len_utf8();
            continue;
        }
        let line = &text[line_start..i];
        let ink = line.trim();
        if ink.is_empty() {
            // The empty line a form feed ends ("\n\u{c}") is the page's
            // break, not a blank line.
            let page_break = line.is_empty() && c == '\u{c}';
            blank |= !out.is_empty() && !page_break;
            feed |= line.contains('\u{c}');
        } else {
            let lead = line.len() - line.trim_start().len();
            feed |= line[..lead].contains('\u{c}');
            out.push(PageLine {
                start: line_start + lead,
                end: line_start + lead + ink.len(),
                indent: chars(&line[..lead]),
                len: chars(&line[..lead + ink.len()]),
                newline: i,
                after_blank: blank,
                after_feed: feed && !out.is_empty(),
            });
            blank = false;
            feed = line[lead + ink.len()..].contains('\u{c}');
        }
        if at_end {
            return out;
        }
        feed |= c == '\u{c}';
        let mut next = i + c.len_utf8();
        if c == '\r' && bytes.get(next) == Some(&b'\n') {
            next += 1;
        }
        line_start = next;
        i = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_know_their_ink_indent_and_breaks() {
        let text = "  Tiêu đề\r\n\r\nMột dòng\n\u{c}Trang hai\n";
        let lines = of(text);
        let ink: Vec<&str> = lines.iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(ink, ["Tiêu đề", "Một dòng", "Trang hai"]);
        assert_eq!((lines[0].indent, lines[0].len), (2, 9));
        assert!(lines[1].after_blank && !lines[1].after_feed);
        assert!(lines[2].after_feed && !lines[2].after_blank);
        assert_eq!(&text[lines[1].newline..lines[1].newline + 1], "\n");
    }
}
