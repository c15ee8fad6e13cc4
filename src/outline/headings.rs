//! Section headings: lines that stand as headings (Markdown `#`, numbering,
//! a short line without a full stop before a paragraph) and headings inferred
//! from how a paragraph opens ("Về công tác tổ chức, cán bộ: …").

use super::blocks::Block;
use super::Role;

/// A heading found: the range of its text, its level, and where its block starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub heading: (usize, usize),
    pub level: u8,
    pub inferred: bool,
    pub block_start: usize,
}

/// Words that end a lead that is a quotation, not a topic ("Ms Lagarde said:").
const SPEECH: &[&str] = &[
    "said",
    "says",
    "added",
    "told",
    "wrote",
    "nói",
    "cho biết",
    "khẳng định",
    "nhấn mạnh",
    "phát biểu",
    "chia sẻ",
    "cho rằng",
    "thông tin",
    "ví dụ",
    "for example",
    "note",
];

/// Finds the headings among paragraph blocks and marks explicit ones.
pub fn find(text: &str, blocks: &[Block], roles: &mut [Role]) -> Vec<Head> {
    let mut out = Vec::new();
    for k in 0..blocks.len() {
        if roles[k] != Role::Paragraph {
            continue;
        }
        let b = &blocks[k];
        let line = &text[b.start..b.end];
        if let Some(level) = explicit_level(line, blocks.get(k + 1).is_some()) {
            roles[k] = Role::Heading;
            let (s, e) = heading_text(line);
            out.push(Head {
                heading: (b.start + s, b.start + e),
                level,
                inferred: false,
                block_start: b.start,
            });
            continue;
        }
        if let Some(len) = lead_topic(line) {
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

/// The heading's text within its line: without Markdown marks.
fn heading_text(line: &str) -> (usize, usize) {
    let start = line.len() - line.trim_start_matches('#').trim_start().len();
    (start, line.len())
}

/// The level of a line that stands as a heading, if it is one.
fn explicit_level(line: &str, has_next: bool) -> Option<u8> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        return Some(hashes as u8);
    }
    if !has_next {
        return None;
    }
    let words = line.split_whitespace().count();
    let chars = line.chars().count();
    if words == 0 || words > 16 || chars > 120 {
        return None;
    }
    let last = line.chars().next_back()?;
    if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '”' | ')') && !line.ends_with("...")
    {
        return None;
    }
    // Numbering decides the level: "I." 1, "1." 2, "a)" 3.
    let numbered = numbering_level(line);
    if numbered.is_some() {
        return numbered;
    }
    let first = line.chars().next()?;
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
    let head: String = line.chars().take_while(|c| !c.is_whitespace()).collect();
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

/// The topic a paragraph opens with: "Về X: …" or "X: …" with X a short noun
/// phrase of two to twelve words. Returns the byte length of the topic.
fn lead_topic(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let topic = line[..colon].trim_end();
    let rest = line[colon + 1..].trim();
    let words = topic.split_whitespace().count();
    if !(2..=12).contains(&words) || rest.chars().count() < 40 {
        return None;
    }
    let first = topic.chars().next()?;
    if !first.is_uppercase()
        || topic
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '"' | '“' | '(' | '.'))
    {
        return None;
    }
    let lower = topic.to_lowercase();
    if SPEECH.iter().any(|s| lower.ends_with(s)) {
        return None;
    }
    Some(topic.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit() {
        assert_eq!(explicit_level("## Kết quả", true), Some(2));
        assert_eq!(explicit_level("I. TÌNH HÌNH CHUNG", true), Some(1));
        assert_eq!(
            explicit_level("1. Monthly Financial Report – Paul Becker", true),
            Some(2)
        );
        assert_eq!(explicit_level("a) Thu ngân sách", true), Some(3));
        assert_eq!(explicit_level("Roll Call", true), Some(1));
        assert_eq!(explicit_level("Tỉnh đã làm tốt công tác.", true), None);
        assert_eq!(explicit_level("Roll Call", false), None);
    }

    #[test]
    fn leads() {
        let line = "Về công tác tổ chức, cán bộ: Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã kiện toàn đội ngũ cán bộ chủ chốt.";
        assert_eq!(
            lead_topic(line).map(|n| &line[..n]),
            Some("Về công tác tổ chức, cán bộ")
        );
        assert_eq!(
            lead_topic(
                "Ms Lagarde said: “Inflation has declined and we want it to continue to decline.”"
            ),
            None
        );
        assert_eq!(
            lead_topic("Present: Sarah Marsh, Mark Kinion, Mayor Lioneld Jordan, Sloan Scroggin"),
            None
        );
    }
}
