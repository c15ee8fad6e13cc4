//! Headings inferred from how a paragraph opens: a topic before a colon
//! ("Về công tác tổ chức, cán bộ: …"), unless the same lead recurs as a
//! label ("Căn cứ pháp lý: …"); or the topic phrase of paragraphs that open
//! alike, three or more of them ("Công tác dân vận tiếp tục …", "Công tác
//! tuyên giáo đã …"); or a topic a frame word sets before a comma, in two
//! or more paragraphs ("Về kết quả bầu cử ĐBQH, …", "Trên lĩnh vực Kinh
//! tế, …"). A lead that only elaborates the topic of the section it is in
//! opens no new one.

use crate::text::phrases::Map;

use crate::outline::blocks::Line;
use crate::outline::Role;

/// For each block, the byte length of the topic its paragraph opens with,
/// when that lead makes it a heading: a topic before a colon that no other
/// block repeats word for word, or else a parallel or a framed lead.
pub(super) fn find(lines: &[Line], roles: &[Role]) -> Vec<Option<usize>> {
    let parallel = parallel_leads(lines, roles);
    // A lead that recurs word for word ("Căn cứ pháp lý: …") is a label.
    let leads_of: Vec<Option<usize>> = lines.iter().map(|&l| lead_topic(l)).collect();
    // (A topic before a colon holds its commas: "Về công tác tổ chức, cán
    // bộ: …" is framed by nothing.)
    let framed: Vec<Option<usize>> = (0..lines.len())
        .map(|k| {
            (roles[k] == Role::Paragraph && leads_of[k].is_none())
                .then(|| framed_topic(lines[k]))
                .flatten()
        })
        .collect();
    let framed_count = framed.iter().flatten().count();
    let mut lead_count: Map<&str, usize> = Map::default();
    for (k, lead) in leads_of.iter().enumerate() {
        if let Some(len) = *lead {
            *lead_count.entry(&lines[k].text[..len]).or_default() += 1;
        }
    }
    leads_of
        .iter()
        .enumerate()
        .map(|(k, lead)| {
            lead.filter(|&len| lead_count.get(&lines[k].text[..len]).copied().unwrap_or(0) < 2)
                .or_else(|| parallel.get(&k).copied())
                .or_else(|| framed[k].filter(|_| framed_count >= 2))
        })
        .collect()
}

/// True when the paragraph `line`, whose lead is `len` bytes long, goes on
/// with the `topic` of the section it is in ("Công tác đào tạo … cán bộ"
/// under "Về công tác tổ chức, cán bộ"): a paragraph of that section, not a
/// new one. A topic before a colon, or framed, always opens a section.
pub(super) fn elaborates(topic: &[(&str, &str)], line: Line, len: usize) -> bool {
    // The paragraph's opening words tell what it is about.
    let words = topic_bigrams(opening(line.lower, 20));
    let colon_lead = line.text[len..].trim_start().starts_with(':');
    // A framed topic is one of a series ("Về kết quả bầu cử ĐBQH", "Về kết
    // quả bầu cử đại biểu HĐND tỉnh"): it shares its words with the one
    // before, and opens a section of its own.
    let framed = framed_topic(line) == Some(len);
    !colon_lead && !framed && !topic.is_empty() && words.iter().any(|w| topic.contains(w))
}

/// Words that end a lead that is a quotation, not a topic ("Ms Lagarde said:").
static SPEECH: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.lead_speech);

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
    if crate::outline::captions::opens_with_person(topic) {
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
    let opens_list = LIST_OPENERS
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

/// Words that frame a topic before a comma ("Về", "Trên lĩnh vực").
static FRAMES: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.topic_frames);

/// The topic a frame word sets before the first comma: "Về kết quả bầu cử
/// ĐBQH, đã bầu đủ 7 đại biểu …", two to ten words, in the paragraph's
/// first sentence, that go on to a statement of 40 characters or more. A
/// topic that points back ("Về vấn đề này") or holds figures is none.
fn framed_topic(line: Line) -> Option<usize> {
    let frame = FRAMES.iter().find(|f| {
        line.lower
            .strip_prefix(**f)
            .is_some_and(|r| r.starts_with(' '))
    })?;
    if !line.text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let comma = line.text.find(',')?;
    let topic = &line.text[..comma];
    let words = topic.split_whitespace().count();
    let frame_words = frame.split_whitespace().count();
    if !(frame_words + 1..=10).contains(&words)
        || topic.contains(['.', ':', ';', '(', '"', '“'])
        || topic.chars().any(|c| c.is_ascii_digit())
        || line.text[comma + 1..].trim().chars().count() < 40
    {
        return None;
    }
    let last = line.lower[..comma].split_whitespace().next_back()?;
    (!crate::figures::lexicon::is_not_noun(last)).then_some(comma)
}

/// Words that end a lead opening a list ("như:", "such as:").
static LIST_OPENERS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.list_openers);

/// Words that end a condition (" thì").
static CONDITION_ENDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.condition_ends);

/// Words every topic shares ("về", "công tác", "of").
static TOPIC_FILLERS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.topic_fillers);

/// Words after which a paragraph's topic phrase ends and its statement
/// begins: "Công tác dân vận | tiếp tục được quan tâm".
static TOPIC_ENDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.topic_ends);

/// Openings that connect a sentence to the one before: never a topic.
static CONNECTORS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.lead_connectors);

/// Paragraphs that open with a lead shared by three or more paragraphs
/// ("Công tác …"), with the length of their topic phrase.
fn parallel_leads(lines: &[Line], roles: &[Role]) -> Map<usize, usize> {
    // Each paragraph's first two words, then the paragraphs of each (a map
    // keyed by `&str`, of the type the phrase sets use).
    let mut leads: Vec<(usize, String)> = Vec::new();
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
        leads.push((k, joined));
    }
    let mut by_lead: Map<&str, Vec<usize>> = Map::default();
    for (k, joined) in &leads {
        by_lead.entry(joined.as_str()).or_default().push(*k);
    }
    let mut out = Map::default();
    for ks in by_lead.values().filter(|ks| ks.len() >= 3) {
        for &k in ks {
            let l = lines[k].text;
            if let Some(len) = topic_phrase(lines[k]).filter(|&len| {
                // "Người lao động suy giảm 5% … thì": a condition, not a topic.
                !l[..len].chars().any(|c| c.is_ascii_digit())
                    && !CONDITION_ENDS.iter().any(|e| l[..len].ends_with(e))
            }) {
                // A name acting ("Kiểm toán Nhà nước đã chỉ ra", "Chủ tịch UBND
                // TP cũng yêu cầu") is the subject of a report, not a topic.
                let capitals = l[..len]
                    .split_whitespace()
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .count();
                if capitals < 2 && !crate::outline::captions::opens_with_person(lines[k]) {
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
pub(super) fn topic_bigrams(lower: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for chunk in lower.split([',', ';', ':', '(', ')']) {
        let words: Vec<&str> = chunk
            .split_whitespace()
            .filter(|w| !TOPIC_FILLERS.contains(w))
            .collect();
        for pair in words.windows(2) {
            out.push((pair[0], pair[1]));
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::blocks::with_line;

    fn lead(line: &str) -> Option<usize> {
        with_line(line, lead_topic)
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
