//! Section headings: lines that stand as headings (Markdown `#`, numbering,
//! a short line without a full stop before a paragraph) and headings inferred
//! from how a paragraph opens ("Về công tác tổ chức, cán bộ: …").

use std::collections::HashMap;

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
/// `first_body` is the first block of prose: before it stand standfirsts,
/// datelines and bylines, not headings.
pub fn find(
    lines: &[Line],
    blocks: &[Block],
    roles: &mut [Role],
    first_body: usize,
    marked: &[Option<BlockKind>],
) -> Vec<Head> {
    let line = |k: usize| lines[k].text;
    let leads = parallel_leads(lines, roles);
    // Lines that could stand as headings by their form.
    let candidate: Vec<Option<u8>> = (0..blocks.len())
        .map(|k| match marked[k] {
            // What the source marked decides: its headings are headings, and
            // its paragraphs and list items are not.
            Some(BlockKind::Heading(level)) => (roles[k] == Role::Paragraph).then_some(level),
            Some(_) => None,
            None => (roles[k] == Role::Paragraph)
                .then(|| explicit_level(lines[k], k + 1 < blocks.len()))
                .flatten(),
        })
        .collect();
    let structural = |k: usize| line(k).starts_with('#') || numbering_level(line(k)).is_some();
    // A lead that recurs word for word ("Căn cứ pháp lý: …") is a label.
    let leads_of: Vec<Option<usize>> = lines.iter().map(|&l| lead_topic(l)).collect();
    let mut lead_count: HashMap<&str, usize> = HashMap::new();
    for (k, lead) in leads_of.iter().enumerate() {
        if let Some(len) = *lead {
            *lead_count.entry(&line(k)[..len]).or_default() += 1;
        }
    }
    let last_prose = (0..blocks.len())
        .rev()
        .find(|&k| roles[k] == Role::Paragraph && is_prose(line(k)));
    let mut out: Vec<Head> = Vec::new();
    // The topic words of the section we are in, to tell a subtopic from a new topic.
    let mut topic: Vec<(&str, &str)> = Vec::new();
    for k in 0..blocks.len() {
        if roles[k] != Role::Paragraph {
            continue;
        }
        let b = &blocks[k];
        let l = line(k);
        let next_is_list = lines.get(k + 1).is_some_and(|n| is_list_item(n.text));
        let in_front = k < first_body;
        // Short lines one after another are a list, not a run of headings.
        let unnumbered_neighbour = |j: Option<usize>| {
            j.is_some_and(|j| candidate.get(j).copied().flatten().is_some() && !structural(j))
        };
        let in_run = !structural(k)
            && (unnumbered_neighbour(k.checked_sub(1)) || unnumbered_neighbour(Some(k + 1)));
        // A heading heads some prose.
        let heads_prose = last_prose.is_some_and(|p| p > k);
        let forced = matches!(marked[k], Some(BlockKind::Heading(_)));
        // Before the first paragraph a short topic line is a heading, but not
        // a dateline ("September 17, 2025") or a standfirst sentence.
        let front_ok = || {
            let words: Vec<&str> = l.split_whitespace().collect();
            let capitals = words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            // Not a menu or a name either ("Trang chủ Thời sự Kinh tế").
            !l.chars().any(|c| c.is_ascii_digit()) && words.len() < 10 && capitals * 2 < words.len()
        };
        if let Some(level) = candidate[k].filter(|_| {
            forced
                || ((!in_front || next_is_list || structural(k) || front_ok())
                    && !in_run
                    && (heads_prose || structural(k)))
        }) {
            roles[k] = Role::Heading;
            let (s, e) = heading_text(l);
            topic = topic_bigrams(&lines[k].lower[s..e]);
            out.push(Head {
                heading: (b.start + s, b.start + e),
                level,
                inferred: false,
                block_start: b.start,
            });
            continue;
        }
        let inferred = leads_of[k]
            .filter(|&len| lead_count.get(&l[..len]).copied().unwrap_or(0) < 2)
            .or_else(|| leads.get(&k).copied());
        if let Some(len) = inferred {
            // The paragraph's opening words tell what it is about.
            let words = topic_bigrams(opening(lines[k].lower, 20));
            let colon_lead = l[len..].trim_start().starts_with(':');
            // A parallel lead that elaborates the current topic is a paragraph of
            // its section ("Công tác đào tạo … cán bộ" under "Về công tác tổ
            // chức, cán bộ"), not a new section.
            if !colon_lead && !topic.is_empty() && words.iter().any(|w| topic.contains(w)) {
                continue;
            }
            topic = topic_bigrams(&lines[k].lower[..len]);
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

/// The part of `line` that holds its first `n` words.
fn opening(line: &str, n: usize) -> &str {
    let mut rest = line;
    for _ in 0..n {
        rest = rest.trim_start();
        match rest.find(char::is_whitespace) {
            Some(k) => rest = &rest[k..],
            None => return line,
        }
    }
    &line[..line.len() - rest.len()]
}

fn is_list_item(line: &str) -> bool {
    line.starts_with(['•', '-', '*', '–', '+', '·']) || numbering_level(line).is_some()
}

/// Words after which a paragraph's topic phrase ends and its statement
/// begins: "Công tác dân vận | tiếp tục được quan tâm".
const TOPIC_ENDS: &[&str] = &[
    "được",
    "tiếp tục",
    "đã",
    "là",
    "có",
    "cũng",
    "luôn",
    "đạt",
    "vẫn",
    "đang",
    "sẽ",
    "còn",
    "nhằm",
    "đối với",
    "chưa",
    "không",
    "bị",
    "cần",
    "phải",
    "thực hiện",
    "triển khai",
];

/// Openings that connect a sentence to the one before: never a topic.
const CONNECTORS: &[&str] = &[
    "trường hợp",
    "nếu",
    "khi",
    "trong đó",
    "theo đó",
    "ngoài ra",
    "bên cạnh đó",
    "tuy nhiên",
    "cụ thể",
    "như vậy",
    "do đó",
    "vì vậy",
    "đồng thời",
    "trước đó",
    "sau đó",
    "mặt khác",
    "however",
    "meanwhile",
    "in addition",
    "also",
    "but",
    "and",
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
];

/// Paragraphs that open with a lead shared by three or more paragraphs
/// ("Công tác …"), with the length of their topic phrase.
fn parallel_leads(lines: &[Line], roles: &[Role]) -> HashMap<usize, usize> {
    let mut by_lead: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, line) in lines.iter().enumerate() {
        if roles[k] != Role::Paragraph {
            continue;
        }
        if !line.text.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let mut words = line
            .lower
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            continue;
        };
        let joined = format!("{first} {second}");
        if CONNECTORS
            .iter()
            .any(|c| joined.starts_with(c) && (c.len() == joined.len() || first == *c))
        {
            continue;
        }
        by_lead.entry(joined).or_default().push(k);
    }
    let mut out = HashMap::new();
    for ks in by_lead.values().filter(|ks| ks.len() >= 3) {
        for &k in ks {
            let l = lines[k].text;
            if let Some(len) = topic_phrase(lines[k]).filter(|&len| {
                // "Người lao động suy giảm 5% … thì": a condition, not a topic.
                !l[..len].chars().any(|c| c.is_ascii_digit()) && !l[..len].ends_with(" thì")
            }) {
                // A name acting ("Kiểm toán Nhà nước đã chỉ ra", "Chủ tịch UBND
                // TP cũng yêu cầu") is the subject of a report, not a topic.
                let capitals = l[..len]
                    .split_whitespace()
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .count();
                if capitals < 2 && !super::captions::opens_with_person(lines[k]) {
                    out.insert(k, len);
                }
            }
        }
    }
    out
}

/// The topic phrase a paragraph opens with: the words before the first of
/// [`TOPIC_ENDS`], two to twelve words long.
fn topic_phrase(line: Line) -> Option<usize> {
    // The topic is in the first dozen words: look no further than that.
    let head_end = line
        .text
        .char_indices()
        .nth(160)
        .map_or(line.text.len(), |(i, _)| i);
    let Line { text: line, lower } = line.slice(0..head_end);
    let mut words = 0;
    let mut at = 0;
    for (i, w) in lower.split_inclusive(' ').scan(0usize, |pos, w| {
        let start = *pos;
        *pos += w.len();
        Some((start, w))
    }) {
        let rest = &lower[i..];
        if words >= 2
            && TOPIC_ENDS
                .iter()
                .any(|e| rest.starts_with(e) && rest[e.len()..].starts_with([' ', ',', ':']))
        {
            let end = line[..at].trim_end().trim_end_matches(',').len();
            return Some(end);
        }
        words += 1;
        if words > 12 || w.contains(['.', ';', ':']) {
            return None;
        }
        at = i + w.len();
    }
    None
}

/// Word pairs of a topic in lower case, without the lead words every topic
/// shares ("về", "công tác"): what makes one topic a part of another.
fn topic_bigrams(lower: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for chunk in lower.split([',', ';', ':', '(', ')']) {
        let words: Vec<&str> = chunk
            .split_whitespace()
            .filter(|w| {
                !matches!(
                    *w,
                    "về" | "công" | "tác" | "và" | "các" | "của" | "the" | "of" | "and"
                )
            })
            .collect();
        for pair in words.windows(2) {
            out.push((pair[0], pair[1]));
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
    if let Some(level) = numbering_level(line) {
        let ends_sentence = line.ends_with(['.', ';', ',']) && words > 12;
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
            || [" said", " says", "cho biết", " nói"]
                .iter()
                .any(|s| lower.contains(s)))
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
    if [" said ", " says ", " cho biết ", " told "]
        .iter()
        .any(|s| lower.contains(s))
    {
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

/// The topic a paragraph opens with: "Về X: …" or "X: …" with X a short noun
/// phrase of two to twelve words. Returns the byte length of the topic.
fn lead_topic(line: Line) -> Option<usize> {
    let colon = line.text.find(':')?;
    let topic = line.slice(0..line.text[..colon].trim_end().len());
    let rest = line.text[colon + 1..].trim();
    let words = topic.text.split_whitespace().count();
    if !(2..=12).contains(&words) || rest.chars().count() < 40 {
        return None;
    }
    // "Các đồng chí: Hồ Quốc Dũng - …" lists people; a topic is no person.
    if super::captions::opens_with_person(topic) {
        return None;
    }
    let Line { text: topic, lower } = topic;
    let first = topic.chars().next()?;
    if !first.is_uppercase()
        || topic
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '"' | '“' | '(' | '.'))
    {
        return None;
    }
    if SPEECH.iter().any(|s| lower.ends_with(s)) {
        return None;
    }
    // "Trong đó, một số chỉ tiêu đạt kết quả nổi bật, như: …" opens a list
    // inside a paragraph; it names no topic.
    let opens_list = [
        "như",
        "gồm",
        "bao gồm",
        "sau",
        "là",
        "such as",
        "including",
        "following",
        "are",
        "is",
    ]
    .iter()
    .any(|w| lower.strip_suffix(w).is_some_and(|r| r.ends_with(' ')));
    if opens_list
        || CONNECTORS.iter().any(|c| {
            lower
                .strip_prefix(c)
                .is_some_and(|r| r.starts_with([',', ' ']))
        })
    {
        return None;
    }
    Some(topic.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::blocks::with_line;

    fn level(line: &str, has_next: bool) -> Option<u8> {
        with_line(line, |l| explicit_level(l, has_next))
    }

    fn lead(line: &str) -> Option<usize> {
        with_line(line, lead_topic)
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
        assert_eq!(level("Roll Call", true), Some(1));
        assert_eq!(level("Tỉnh đã làm tốt công tác.", true), None);
        assert_eq!(level("Roll Call", false), None);
    }

    #[test]
    fn leads() {
        let line = "Về công tác tổ chức, cán bộ: Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã kiện toàn đội ngũ cán bộ chủ chốt.";
        assert_eq!(
            lead(line).map(|n| &line[..n]),
            Some("Về công tác tổ chức, cán bộ")
        );
        assert_eq!(
            lead(
                "Ms Lagarde said: “Inflation has declined and we want it to continue to decline.”"
            ),
            None
        );
        assert_eq!(
            lead("Present: Sarah Marsh, Mark Kinion, Mayor Lioneld Jordan, Sloan Scroggin"),
            None
        );
    }
}
