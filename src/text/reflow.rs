//! Reflow: reading hard-wrapped text as its paragraphs.
//!
//! Text copied out of a PDF viewer, or written by `pdftotext`, arrives with
//! a line break wherever the page ran out of width: in mid-sentence, between
//! a number and its unit ("đạt 12.300" / "tỷ đồng"), between "năm" and its
//! year. [`wraps`](super::wraps) already reads one kind of such a break as a
//! space, in any text (a line that ends open before a word in lower case).
//! A page set to a width breaks anywhere, before a capital or a digit too,
//! so this module first asks whether the text *is* set to a width, and only
//! then reads its other breaks.
//!
//! **Set to a width.** Of the lines of 20 characters or more (eight or
//! more), the ninetieth percentile of their lengths is the width `W`
//! (at most 200 characters: no page is wider); the text is wrapped when six
//! or more of them, and at least two in five, are full, between 0.8 `W` and
//! 1.1 `W` long. A pasted web article, one paragraph a line, has lines of
//! every length and never passes; a wrapped one has most of its lines near
//! one length.
//!
//! **A soft break**, in wrapped text, is one line break (no blank line, no
//! page break, no page furniture on either side) between two lines that
//! are not a table's (no tab, no run of three spaces inside), where the
//! second is not indented past the first (a paragraph's indent) nor opens
//! with a list mark, and
//!
//! - the first line is full (with the second's first word it would run
//!   past 0.9 `W`: the word did not fit) and does not end a sentence
//!   (". ! ? … : ;") before a line that opens with a capital or a mark; or
//! - the first line, of three words or more with one in lower case, does
//!   not end a sentence, and the second opens with a word in lower case
//!   (not an address, "cnn.com") or, where the first is half full or more,
//!   with a digit.
//!
//! - the break ends the first line of the text (or the first after a blank
//!   line among its first three), a headline set larger than the text that
//!   wraps before a capital (see `is_headline_wrap`).
//!
//! A sentence that ends at the end of a full line before a capital is read
//! as a paragraph's end: a paragraph split there reads the same, where two
//! paragraphs joined would hide a heading.
//!
//! The offsets of everything stay those of the text as given: the breaks
//! are only read as spaces (tokens, sentences) and as the inside of one
//! block (the outline). Text that is not set to a width has no soft breaks,
//! and reads exactly as if this module did not exist.
//!
//! Cost: one pass over the lines and a histogram of their lengths.

use super::lines::PageLine;

/// Lines shorter than this say nothing of the width.
const MIN_LINE: usize = 20;

/// No page is wider than this, in characters.
const MAX_WIDTH: usize = 200;

/// The soft line breaks of a text: where a wrapped paragraph goes on.
#[derive(Clone, Debug, Default)]
pub struct Reflow {
    /// The byte offset of each soft break's line-break character, ascending.
    soft: Vec<usize>,
}

impl Reflow {
    /// No soft breaks.
    pub const fn none() -> Self {
        Reflow { soft: Vec::new() }
    }

    /// The soft breaks of `text`, read off its `lines`
    /// ([`lines::of`](super::lines::of)); none beside its `furniture`
    /// (sorted byte ranges of page furniture, [`pages::find`](super::pages::find)).
    pub fn of(text: &str, lines: &[PageLine], furniture: &[(usize, usize)]) -> Self {
        // The lines with the furniture taken out; a line after furniture is
        // parted from the one before, as after a blank line.
        let mut rows: Vec<PageLine> = Vec::with_capacity(lines.len());
        let mut parted = false;
        for l in lines {
            if super::pages::covers(furniture, l.start, l.end) {
                parted = true;
            } else {
                let mut l = *l;
                l.after_blank |= parted || l.after_feed;
                rows.push(l);
                parted = false;
            }
        }
        let Some(width) = width(&rows) else {
            return Self::none();
        };
        let mut soft: Vec<usize> = Vec::new();
        // The headline: the first lines, or the first after a blank line
        // among them (a running header or a site's name above it).
        if let Some(i) = (0..rows.len().saturating_sub(2).min(3))
            .filter(|&i| i == 0 || rows[i].after_blank)
            .find(|&i| is_headline_wrap(text, &rows[i..i + 3], width))
        {
            soft.push(rows[i].newline);
        }
        for w in rows.windows(2) {
            if !w[1].after_blank
                && is_soft(text, &w[0], &w[1], width)
                && soft.last() != Some(&w[0].newline)
            {
                soft.push(w[0].newline);
            }
        }
        Reflow { soft }
    }

    /// Whether the white space `start..end` holds a soft break.
    pub fn is_soft(&self, start: usize, end: usize) -> bool {
        let k = self.soft.partition_point(|&b| b < start);
        self.soft.get(k).is_some_and(|&b| b < end)
    }

    /// Whether the text has any soft break.
    pub fn is_empty(&self) -> bool {
        self.soft.is_empty()
    }
}

/// The width the text is set to, if it is set to one.
fn width(rows: &[PageLine]) -> Option<usize> {
    let mut histogram = [0usize; MAX_WIDTH + 2];
    let mut lines = 0;
    for r in rows.iter().filter(|r| r.len - r.indent >= MIN_LINE) {
        histogram[r.len.min(MAX_WIDTH + 1)] += 1;
        lines += 1;
    }
    if lines < 8 {
        return None;
    }
    // The ninetieth percentile: the length nine in ten lines reach at most.
    let mut seen = 0;
    let width = (0..histogram.len()).find(|&l| {
        seen += histogram[l];
        seen * 10 >= lines * 9
    })?;
    if width > MAX_WIDTH {
        return None;
    }
    let full: usize = histogram[width * 8 / 10..=(width * 11 / 10).min(MAX_WIDTH + 1)]
        .iter()
        .sum();
    (full >= 6 && full * 3 >= lines).then_some(width)
}

/// Whether the break between `a` and the line after it, `b`, is soft in
/// text set to `width` (see the module's documentation).
fn is_soft(text: &str, a: &PageLine, b: &PageLine, width: usize) -> bool {
    let first = &text[a.start..a.end];
    let second = &text[b.start..b.end];
    if is_tabular(first) || is_tabular(second) || b.indent > a.indent + 1 {
        return false;
    }
    let next_word = second.split_whitespace().next().unwrap_or("");
    if matches!(next_word, "-" | "–" | "•" | "+" | "*" | "·") {
        return false;
    }
    let opens = second.chars().next().unwrap_or(' ');
    let ends_sentence = first
        .trim_end_matches(['”', '"', '’', '\'', ')', '»'])
        .ends_with(['.', '!', '?', '…', ':', ';']);
    let full = a.len + 1 + next_word.chars().count() > width * 9 / 10;
    if full && !(ends_sentence && (opens.is_uppercase() || !opens.is_alphanumeric())) {
        return true;
    }
    let words = first.split_whitespace().count();
    let some_lower = first
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase));
    let address = next_word.trim_end_matches(['.', ',']).contains('.');
    !ends_sentence
        && words >= 3
        && some_lower
        && ((opens.is_lowercase() && !address) || (opens.is_ascii_digit() && a.len * 2 >= width))
}

/// Whether the first of `rows` is a headline that wraps onto the second
/// before a capital ("Giao 84 đầu việc, nhiệm vụ cho các sở, ngành" / "Hà
/// Nội triển khai năm 2017"): a headline is set larger than the text, so
/// its lines are short of the width and the rules for the text's lines do
/// not see the wrap. The first line, of three words or more with one in
/// lower case, half the width or more, ends in a letter, a digit or a
/// comma; the second is shorter, not full, ends no sentence either, and the
/// text's own lines start after it (a full line, or a blank line).
fn is_headline_wrap(text: &str, rows: &[PageLine], width: usize) -> bool {
    let (a, b, c) = (&rows[0], &rows[1], &rows[2]);
    let first = &text[a.start..a.end];
    let second = &text[b.start..b.end];
    let words = first.split_whitespace().count();
    let some_lower = first
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_lowercase));
    words >= 3
        && some_lower
        && a.len * 2 >= width
        && first
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
        && b.len < a.len
        && b.len * 10 < width * 8
        && !is_tabular(first)
        && !is_tabular(second)
        && second.chars().next().is_some_and(char::is_uppercase)
        && !second.ends_with(['.', '!', '?', '…', ':', ';'])
        && !b.after_blank
        && (c.after_blank || c.len * 10 >= width * 8)
}

/// A table's row: a tab, or a run of three spaces inside the line.
fn is_tabular(line: &str) -> bool {
    line.contains('\t') || line.contains("   ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` with its soft breaks as spaces.
    fn reflowed(text: &str) -> String {
        let reflow = Reflow::of(text, &crate::text::lines::of(text), &[]);
        text.char_indices()
            .map(|(i, c)| if reflow.is_soft(i, i + 1) { ' ' } else { c })
            .collect()
    }

    const WRAPPED: &str = "\
Doanh thu năm 2024 của tổng công ty ước đạt 12.300
tỷ đồng, tăng 8,4% so với cùng kỳ năm trước; lợi nhuận trước thuế đạt
1.250 tỷ đồng, vượt 12% kế hoạch mà Đại hội đồng cổ đông đã giao cho
Hội đồng quản trị từ đầu năm.
Kết quả kinh doanh
Trong năm, công ty đã mở thêm 14 chi nhánh tại các tỉnh phía Bắc và
Tây Nguyên, nâng tổng số chi nhánh lên 86; số lao động bình quân là
2.450 người, thu nhập bình quân đạt 18,5 triệu đồng một người một
tháng, cao hơn năm trước 6%.
Chi phí quản lý doanh nghiệp giảm 3,2% nhờ tiết giảm các khoản chi
thường xuyên, chuyển đổi số trong quản trị và sắp xếp lại bộ máy
theo hướng tinh gọn, hiệu quả.";

    #[test]
    fn a_page_set_to_a_width_reads_as_its_paragraphs() {
        let got = reflowed(WRAPPED);
        let paragraphs: Vec<&str> = got.lines().collect();
        assert_eq!(paragraphs.len(), 4, "{got}");
        assert!(paragraphs[0].contains("12.300 tỷ đồng"));
        assert_eq!(paragraphs[1], "Kết quả kinh doanh");
        assert!(paragraphs[2].starts_with("Trong năm") && paragraphs[2].ends_with("6%."));
    }

    #[test]
    fn text_not_set_to_a_width_has_no_soft_breaks() {
        let article = "Tiêu đề bài báo về kinh tế\n\nDoanh thu đạt 12.300 tỷ đồng, tăng mạnh so với năm trước nhờ xuất khẩu.\nLợi nhuận 1.250 tỷ đồng.\nCông ty mở thêm 14 chi nhánh tại các tỉnh phía Bắc và Tây Nguyên, nâng tổng số lên 86, với 2.450 người lao động, thu nhập bình quân 18,5 triệu đồng.";
        assert!(Reflow::of(article, &crate::text::lines::of(article), &[]).is_empty());
        assert!(Reflow::of("", &[], &[]).is_empty());
        // A table set to a width is no prose: its rows stay rows.
        let table: String = (0..12)
            .map(|k| format!("Chi nhánh số {k:02} tỉnh A\t{}\t{}\n", 1000 + k, 20 + k))
            .collect();
        assert!(Reflow::of(&table, &crate::text::lines::of(&table), &[]).is_empty());
    }

    #[test]
    fn furniture_and_page_breaks_part_lines() {
        let text = WRAPPED.replace("12.300\ntỷ", "12.300\n\u{c}tỷ");
        assert!(reflowed(&text).contains("12.300\n\u{c}tỷ"));
        let at = WRAPPED.find("tỷ đồng, tăng").unwrap();
        let line_end = at + WRAPPED[at..].find('\n').unwrap();
        let furniture = [(at, line_end)];
        let reflow = Reflow::of(WRAPPED, &crate::text::lines::of(WRAPPED), &furniture);
        assert!(!reflow.is_soft(at - 1, at));
        assert!(!reflow.is_soft(line_end, line_end + 1));
    }

    /// An English page set to a width, hyphenated at its line ends.
    const HYPHENATED: &str = "\
The company said revenue for the quarter ended in Janu-
ary 2020 rose to $12.3 million, and that its long-
term debt fell by a third over the year, as sales in
its two largest markets recovered from the slump of
the year before; its long-term goals are unchanged.
Analysts had expected a smaller rise in revenue and
a larger fall in margins, given the costs of its new
plants in the south of the country and in Mexico.";

    #[test]
    fn a_word_hyphenated_at_a_soft_break_reads_whole() {
        use crate::model::{Language, Value};
        use crate::testing::{analyze_as, figure};
        let a = analyze_as(HYPHENATED, Language::En);
        let month = figure(&a, "Janu-\nary 2020", HYPHENATED);
        assert_eq!(month.value, Value::Iso("2020-01".into()));
        // "long-term" stands on one line elsewhere: that hyphen is the
        // word's own, and the two halves stay two words.
        let tokens = crate::text::tokens::Tokens::reflowed(
            HYPHENATED,
            &Reflow::of(HYPHENATED, &crate::text::lines::of(HYPHENATED), &[]),
        );
        let words: Vec<&str> = (0..tokens.len()).filter_map(|i| tokens.word(i)).collect();
        assert!(words.contains(&"january") && words.contains(&"long"));
        assert!(!words.contains(&"longterm"));
        // Unwrapped, the hyphen is a hyphen.
        let flat = HYPHENATED.replace("Janu-\nary", "Janu- ary");
        let tokens = crate::text::tokens::Tokens::reflowed(&flat, &Reflow::none());
        assert!(!(0..tokens.len()).any(|i| tokens.word(i) == Some("january")));
    }
}
