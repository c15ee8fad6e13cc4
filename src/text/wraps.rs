//! Line breaks that only wrap a sentence.
//!
//! Text copied from a narrow column, an e-mail or a PDF viewer breaks lines
//! inside sentences: "Doanh thu đạt 12.300\ntỷ đồng". Such a break is a
//! space: the figure and the sentence go on across it. A break is a wrap
//! when the white space around it holds exactly one line break (a blank line
//! ends a paragraph); the line before holds three words or more, one of them
//! in lower case (not a menu item, a number alone or a headline in title
//! case) and ends in a letter, a digit or a comma (not a
//! stop, a colon or a closing bracket, which end a sentence, a list's lead-in
//! or an item); and the next line opens with a word in lower case (a new
//! paragraph, heading or list item opens with a capital, a digit or a mark;
//! "iPad" is a name, "cnn.com" an address). Headings and captions never end inside a sentence this way, so the
//! outline, which reads lines, is not asked.
//!
//! Text that never wraps reads exactly as if this module did not exist. The
//! whole reflow of hard-wrapped pages (hyphens at line ends, page furniture)
//! is another matter, the PDF-paste issue's.

use super::tokens::is_line_break;

/// True when the white space `text[start..end]` holds one line break that
/// wraps a sentence (see the module's documentation).
pub fn is_wrap(text: &str, start: usize, end: usize) -> bool {
    let run = &text[start..end];
    let mut breaks = 0;
    let mut chars = run.chars().peekable();
    while let Some(c) = chars.next() {
        if is_line_break(c) {
            // CR LF is one break.
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            breaks += 1;
        }
    }
    if breaks != 1 {
        return false;
    }
    let line_start = text[..start]
        .char_indices()
        .rfind(|&(_, c)| is_line_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let line = &text[line_start..start];
    let ends_open = line
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',');
    let next_word = text[end..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    ends_open
        && line
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .nth(2)
            .is_some()
        && line
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
        && !text[end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.trim_end_matches(['.', ',']).contains('.'))
        && next_word.chars().next().is_some_and(char::is_lowercase)
        && !next_word.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap_at(text: &str) -> bool {
        let start = text.find(|c: char| c.is_whitespace() && c != ' ').unwrap();
        let start = text[..start].trim_end_matches([' ', '\t']).len();
        let end = start + text[start..].len() - text[start..].trim_start().len();
        is_wrap(text, start, end)
    }

    #[test]
    fn a_break_inside_a_sentence_wraps_it() {
        for (text, wraps) in [
            ("Doanh thu đạt 12.300\ntỷ đồng", true),
            ("Revenue reached $12.3\nbillion", true),
            ("Doanh thu đạt 12.300 \r\n tỷ đồng", true),
            ("trong đó có các xã,\nphường", true),
            ("Doanh thu đạt 12.300\n\ntỷ đồng", false),
            ("Kết quả năm 2023\nDoanh thu tăng", false),
            ("gồm:\na) xã A", false),
            ("đã hoàn thành.\nsau đó", false),
            ("Tổng cộng (x)\ncác xã", false),
            ("iPad mini 5\niPad Pro", false),
            ("0 : 0\nnarrow", false),
            ("The Life Of LaMelo\nbleacherreport.com Sports", false),
            ("a story of the year\ncnn.com News", false),
            ("reached 12\nbillion", false),
            ("năm 2023\n12.300 tỷ", false),
        ] {
            assert_eq!(wrap_at(text), wraps, "{text:?}");
        }
        // Lines may end in a break of more than one byte.
        let text = "Tiêu đề\u{2028}Doanh thu đạt 12.300\u{2028}tỷ đồng";
        let at = text.rfind('\u{2028}').unwrap();
        assert!(is_wrap(text, at, at + '\u{2028}'.len_utf8()));
    }

    #[test]
    fn a_figure_reads_whole_across_a_wrap() {
        use crate::model::Language::{En, Vi};
        for (input, lang, text, expect) in [
            (
                "Doanh thu năm nay đạt 12.300\ntỷ đồng, tăng mạnh.",
                Vi,
                "12.300\ntỷ đồng",
                "money 12300000000000 VND",
            ),
            (
                "Revenue this year reached $12.3\nbillion, up sharply.",
                En,
                "$12.3\nbillion",
                "money 12300000000 USD",
            ),
            (
                "Toàn tỉnh có 1.038\nlượt khám bệnh trong quý.",
                Vi,
                "1.038\nlượt",
                "count 1038 lượt",
            ),
        ] {
            crate::testing::check(input, lang, text, expect);
        }
    }
}
