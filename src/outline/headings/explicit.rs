//! Headings the text marks as such: a Markdown `#` line, a numbered line
//! ("I.", "2.", "a)"), a block an HTML paste marked as a heading, or a short
//! line that reads as a title (a capital, no full stop, no figures or
//! reported speech) before the prose it heads.

use crate::model::BlockKind;
use crate::outline::blocks::Line;
use crate::outline::Role;

/// Words that report speech: anywhere in a long line ("said"), and between
/// words in a line of any length (" told ").
static TITLE_SPEECH: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.title_speech);
static SENTENCE_SPEECH: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.sentence_speech);

/// The level of each block that could stand as a heading by its form, or by
/// what the source marked: its headings are headings, and its paragraphs and
/// list items are not. Only paragraph blocks can be headings.
pub(super) fn candidates(
    lines: &[Line],
    roles: &[Role],
    marked: &[Option<BlockKind>],
) -> Vec<Option<u8>> {
    (0..lines.len())
        .map(|k| match marked[k] {
            Some(BlockKind::Heading(level)) => (roles[k] == Role::Paragraph).then_some(level),
            Some(_) => None,
            None => (roles[k] == Role::Paragraph)
                .then(|| explicit_level(lines[k], k + 1 < lines.len()))
                .flatten(),
        })
        .collect()
}

/// A line whose form is structure, whatever its neighbours: Markdown or numbering.
pub(super) fn is_structural(line: &str) -> bool {
    line.starts_with('#') || numbering_level(line).is_some()
}

/// Before the first paragraph a short topic line is a heading, but not a
/// dateline ("September 17, 2025"), a standfirst sentence, a menu or a name
/// ("Trang chủ Thời sự Kinh tế").
pub(super) fn reads_as_front_topic(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitals = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    !line.chars().any(|c| c.is_ascii_digit()) && words.len() < 10 && capitals * 2 < words.len()
}

/// A line that opens a list item: a bullet, or numbering.
pub(super) fn is_list_item(line: &str) -> bool {
    line.starts_with(['•', '-', '*', '–', '+', '·']) || numbering_level(line).is_some()
}

/// The heading's text within its line: without Markdown marks.
pub(super) fn heading_text(line: &str) -> (usize, usize) {
    let start = line.len() - line.trim_start_matches('#').trim_start().len();
    (start, line.len())
}

/// The level of a line that stands as a heading, if it is one.
fn explicit_level(line: Line, has_next: bool) -> Option<u8> {
    let Line { text: line, lower } = line;
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        return Some(hashes as u8);
    }
    if !has_next {
        return None;
    }
    // Every bound below is at most 40 words: count no further.
    let words = line.split_whitespace().take(41).count();
    // Numbering is explicit structure: "3. Trợ cấp 1 lần khi suy giảm khả
    // năng lao động từ 5 – 30% do tai nạn lao động, bệnh nghề nghiệp".
    // In capitals it is a heading however it ends ("I. KẾT QUẢ THỰC HIỆN
    // NHIỆM VỤ … QUÝ I-2018.").
    if let Some(level) = numbering_level(line) {
        let capitals = line
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let ends_sentence = line.ends_with(['.', ';', ',']) && words > 12 && !capitals;
        return (words <= 40 && !ends_sentence).then_some(level);
    }
    if words == 0 || words > 24 {
        return None;
    }
    let chars = line.chars().count();
    if chars > 160 {
        return None;
    }
    // A long line is a heading only if it reads as a title: no figures, no
    // reported speech ("Becker said sales taxes are up 2.9% …").
    if words > 16
        && (line.chars().any(|c| c.is_ascii_digit())
            || TITLE_SPEECH.iter().any(|s| lower.contains(s)))
    {
        return None;
    }
    // "Absent: None", "Present: …": a short label and its value, not a
    // heading ("How to replace utilities: slowly, and carefully" is one).
    // The value of a label opens with a capital or a digit ("Căn cứ pháp
    // lý: Điều 29 …"); a heading's subtitle goes on in lower case.
    if let Some((_, value)) = line.split_once(':') {
        if value
            .trim()
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return None;
        }
    }
    // Reported speech is a sentence, whatever its length.
    if SENTENCE_SPEECH.iter().any(|s| lower.contains(s)) {
        return None;
    }
    let last = line.chars().next_back()?;
    if matches!(last, '.' | ',' | ';' | ':' | '!' | '"' | '”' | ')') && !line.ends_with("...") {
        return None;
    }
    // A heading may open with a quotation mark: "‘Freeze-thaws’ linked to …".
    let first = line
        .trim_start_matches(['‘', '“', '"', '\'', '«'])
        .chars()
        .next()?;
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return None;
    }
    // A dateline or a signature is not a heading: mostly digits and marks, or
    // a line with a clock time.
    let digits = line.chars().filter(char::is_ascii_digit).count();
    if digits * 3 > chars || line.contains(':') && line.split(':').count() > 2 {
        return None;
    }
    Some(1)
}

fn numbering_level(line: &str) -> Option<u8> {
    let line = line.trim_start();
    let head = &line[..line.find(char::is_whitespace).unwrap_or(line.len())];
    let body = head.trim_end_matches(['.', ')']);
    if body.len() == head.len() || body.is_empty() {
        return None;
    }
    if crate::numbers::roman::parse(body).is_some() {
        Some(1)
    } else if body.chars().all(|c| c.is_ascii_digit()) {
        Some(2)
    } else if body.chars().count() == 1 && body.chars().all(|c| c.is_lowercase()) {
        Some(3)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::blocks::with_line;

    fn level(line: &str, has_next: bool) -> Option<u8> {
        with_line(line, |l| explicit_level(l, has_next))
    }

    #[test]
    fn explicit() {
        assert_eq!(level("## Kết quả", true), Some(2));
        assert_eq!(level("I. TÌNH HÌNH CHUNG", true), Some(1));
        assert_eq!(
            level("1. Monthly Financial Report – Paul Becker", true),
            Some(2)
        );
        assert_eq!(level("a) Thu ngân sách", true), Some(3));
        assert_eq!(
            level(
                "   I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO TẠI BUỔI HỌP GIAO BAN QUÝ I-2018.",
                true
            ),
            Some(1)
        );
        assert_eq!(
            level(
                "2. Tỉnh đã làm tốt công tác thu ngân sách và chi ngân sách trong năm qua.",
                true
            ),
            None
        );
        assert_eq!(level("Roll Call", true), Some(1));
        assert_eq!(level("Tỉnh đã làm tốt công tác.", true), None);
        assert_eq!(level("Roll Call", false), None);
    }
}
