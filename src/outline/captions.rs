//! Photo captions. Pasted from a page, a caption shows as a line of its own
//! that a reader knows by one of four signs:
//!
//! - it is repeated at once (the caption and the image's alt text), or stands
//!   word for word elsewhere in the article (the same map shown twice);
//! - it credits a photo ("Ảnh: Tiến Thành", "Photo: Reuters", "File photo");
//! - it describes a scene ("Quang cảnh hội nghị", "Chủ tọa chủ trì kỳ họp",
//!   "Bản đồ đường vành đai 3") rather than a topic;
//! - it names a person and their post, then what they do in the picture
//!   ("Đồng chí X - Bí thư Tỉnh ủy dự hội nghị"), with no speech reported.

use crate::text::phrases::Map;
use std::sync::LazyLock;

use super::blocks::{Block, Line};
use super::Role;
use crate::text::substrings::AnyOf;

/// Credits that mark a caption.
static CREDITS: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(Vec::leak(crate::lang::known_words(|w| w.caption_credits))));

/// Openings of lines that show a scene or a document rather than state a topic.
static SCENE_OPENINGS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.scene_openings);

/// People and posts a caption opens with ("Đồng chí", "Chủ tịch UBND TP …").
static PERSON_OPENINGS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.person_openings);

/// Verbs of a scene: what the people in the picture do.
static SCENE_VERBS: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(Vec::leak(crate::lang::known_words(|w| w.scene_verbs))));

/// Words that report speech: a line with one is a paragraph, whoever opens it.
static SPEECH: LazyLock<AnyOf> =
    LazyLock::new(|| AnyOf::new(Vec::leak(crate::lang::known_words(|w| w.caption_speech))));

/// Groups of people a caption opens with ("Các đồng chí …").
static GROUP_OPENINGS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.group_openings);

/// Openings of a photo credit on a line of its own ("Photo: ", "Ảnh: ").
static CREDIT_LINE_OPENINGS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.credit_line_openings);

/// The letters and digits of a lower-case line: two lines with the same key
/// are the same line retyped (dashes and spaces aside).
fn key(lower: &str) -> String {
    let mut key = String::with_capacity(lower.len());
    key.extend(
        lower
            .chars()
            .filter(|&c| c.is_ascii_digit() || crate::text::tokens::is_word_char(c)),
    );
    key
}

/// True when `s` opens with the word(s) `w` followed by a space.
fn starts_with_word(s: &str, w: &str) -> bool {
    s.strip_prefix(w).is_some_and(|rest| rest.starts_with(' '))
}

/// True when a line opens with a person or a post ("Ông …", "Chủ tịch …").
pub fn opens_with_person(line: Line) -> bool {
    let lower = line.lower;
    PERSON_OPENINGS.iter().any(|o| starts_with_word(lower, o))
        || GROUP_OPENINGS.iter().any(|o| lower.starts_with(o))
}

/// A photo credit on a line of its own: "Credit Chang W. Lee/The New York
/// Times", "Photo: Reuters", "Ảnh: TTXVN".
pub fn is_credit_line(line: Line) -> bool {
    let lower = line.lower.trim();
    let line = line.text;
    if line.split_whitespace().take(13).count() > 12 {
        return false;
    }
    CREDIT_LINE_OPENINGS.iter().any(|p| lower.starts_with(p))
        && line.split_whitespace().count() <= 12
}

/// A scene or a named person in at most this many words is a caption
/// however it ends.
const SHORT_SCENE: usize = 8;

/// The length of the longest person or post the lower-case line opens with
/// ("phó thống đốc" rather than a shorter entry), if any.
fn person_opening(lower: &str) -> Option<usize> {
    PERSON_OPENINGS
        .iter()
        .filter(|o| starts_with_word(lower, o))
        .map(|o| o.len())
        .max()
}

/// True when every word after the line's opening post (`opening` bytes) is
/// capitalised (a name): "Luật sư Nguyễn Tiến Lập". A capital is a first
/// character the lower-case copy writes otherwise (the copy keeps every
/// offset).
fn named_only(l: Line, opening: usize) -> bool {
    let (text, lower) = (l.text.as_bytes(), l.lower.as_bytes());
    let mut names = 0;
    for (k, w) in l.text.split_ascii_whitespace().enumerate() {
        let at = w.as_ptr() as usize - l.text.as_ptr() as usize;
        if at < opening {
            continue;
        }
        let first = w.chars().next().map_or(1, char::len_utf8);
        if k > 0 && text[at..at + first] == lower[at..at + first] {
            return false;
        }
        names += 1;
    }
    names > 0
}

/// The words a quotation must have to be speech: fewer are a name in
/// quotes ("chương trình “Giọt Xăng hồng - Giọt Dầu đỏ”").
const QUOTED_SPEECH: usize = 10;

/// True when the line quotes someone: a stretch in quotation marks (“…”,
/// or between straight double quotes) after a colon, or of QUOTED_SPEECH
/// words or more, or an opening mark never closed (a quotation running on).
fn quotes_speech(line: &str) -> bool {
    // Past the mark that starts at byte `k` of `s`.
    let past = |s: &str, k: usize| k + s[k..].chars().next().map_or(1, char::len_utf8);
    let mut rest = line;
    while let Some(k) = rest.find(['“', '"']) {
        if rest[..k].trim_end().ends_with(':') {
            return true;
        }
        let after = &rest[past(rest, k)..];
        let Some(close) = after.find(['”', '"']) else {
            return true;
        };
        if after[..close]
            .split_whitespace()
            .nth(QUOTED_SPEECH - 1)
            .is_some()
        {
            return true;
        }
        rest = &after[past(after, close)..];
    }
    false
}

/// True when a line reads as a caption by its words alone.
pub fn reads_as_caption(l: Line) -> bool {
    let (line, lower) = (l.text, l.lower);
    let words = line.split_whitespace().take(61).count();
    if words == 0 || words > 60 {
        return false;
    }
    if CREDITS.is_in(lower) || is_credit_line(l) {
        return true;
    }
    // The other two signs open the line: a scene, or a person.
    let scene_opening = SCENE_OPENINGS.iter().any(|o| lower.starts_with(o));
    let opening = person_opening(lower);
    let person = opening.is_some();
    if !scene_opening && !person {
        return false;
    }
    let ends_open = !line.ends_with(['.', '!', '?', ':', ';', '…']);
    let speech = SPEECH.is_in(lower) || quotes_speech(line);
    // A scene, open or short ("Toàn cảnh buổi làm việc.").
    if scene_opening && (ends_open || words <= SHORT_SCENE) && !speech {
        return true;
    }
    // A post and a name, nothing else ("Luật sư Nguyễn Tiến Lập."): the
    // person in the picture.
    if opening.is_some_and(|o| words <= SHORT_SCENE && named_only(l, o)) {
        return true;
    }
    let scene = SCENE_VERBS.is_in(lower);
    // "Đồng chí X - Ủy viên Trung ương Đảng, Bí thư … dự Hội nghị …"
    let name_and_post = person && line.contains(" - ");
    (person || name_and_post) && scene && !speech && (ends_open || name_and_post) && words >= 4
}

/// Marks caption blocks; returns their ranges with the caption each repeats.
pub fn mark(
    lines: &[Line],
    blocks: &[Block],
    roles: &mut [Role],
) -> Vec<((usize, usize), Option<usize>)> {
    let line = |k: usize| lines[k].text;
    let short: Vec<bool> = lines
        .iter()
        .map(|l| l.text.len() <= 1200 && l.text.chars().count() <= 300)
        .collect();
    // Each line's key once, and how often each short line stands in the article.
    let keys: Vec<String> = (0..blocks.len())
        .map(|k| {
            if short[k] {
                key(lines[k].lower)
            } else {
                String::new()
            }
        })
        .collect();
    let mut seen: Map<&str, usize> = Map::default();
    for (k, key) in keys.iter().enumerate() {
        if short[k] {
            *seen.entry(key.as_str()).or_default() += 1;
        }
    }
    let mut out: Vec<((usize, usize), Option<usize>)> = Vec::new();
    let mut first_of: Map<&str, usize> = Map::default();
    for k in 0..blocks.len() {
        // The first block is the title, whatever it says.
        if roles[k] != Role::Paragraph || k == 0 {
            continue;
        }
        let l = line(k);
        // A byline is no caption, repeated or crediting ("Tin, ảnh: Trung
        // Liệt", "Ð.QUYÊN - X.AN - N.NAM" at the top and the foot).
        if super::bylines::is_byline(lines[k]) || super::bylines::is_names(l) {
            continue;
        }
        let kk = keys[k].as_str();
        // The caption and its alt text stand one after the other; a line
        // repeated further away is a caption only if short (a paragraph
        // repeated as a standfirst is still a paragraph).
        let next_same = k + 1 < blocks.len() && keys[k + 1] == kk;
        let prev_same = k > 0 && keys[k - 1] == kk;
        let repeated = !kk.is_empty()
            && seen.get(&kk).copied().unwrap_or(0) > 1
            && short[k]
            && (next_same || prev_same);
        // The line a credit follows is the caption it credits.
        let credited = k + 1 < blocks.len()
            && is_credit_line(lines[k + 1])
            && !is_credit_line(lines[k])
            && l.split_whitespace().count() <= 80;
        if repeated || credited || reads_as_caption(lines[k]) {
            roles[k] = Role::Caption;
            let dup = if repeated {
                first_of.get(&kk).copied()
            } else {
                None
            };
            out.push(((blocks[k].start, blocks[k].end), dup));
            first_of.entry(kk).or_insert(out.len() - 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        use crate::outline::blocks::with_line;
        for (line, want) in [
            ("Quang cảnh hội nghị. Ảnh: Tiến Thành", true),
            ("Chủ tọa chủ trì kỳ họp", true),
            ("Bản đồ đường vành đai 3", true),
            ("Chủ tịch UBND TP Nguyễn Đức Chung giao nhiệm vụ cho 17 sở, ngành với 84 đầu việc", true),
            ("Đồng chí Nghiêm Xuân Thành - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự Hội nghị công tác an ninh.", true),
            ("Ông Nguyễn Văn A - Giám đốc Sở Tài chính cho biết, năm nay tỉnh thu 5.000 tỷ đồng.", false),
            ("Khai thuế TNDN đối với hoạt động chuyển nhượng bất động sản", false),
            ("Tết vui tươi đủ đầy, an toàn", false),
            ("File photo", true),
            ("Toàn cảnh buổi làm việc.", true),
            ("Luật sư Nguyễn Tiến Lập.", true),
            ("Ông Nguyễn Văn A.", true),
            ("Bà Đỗ Thị Lan", true),
            ("Ông Doãn Duy Đạo – Chủ tịch Công đoàn phát biểu khai mạc chương trình “Giọt Xăng hồng - Giọt Dầu đỏ”", true),
            ("Ông Nguyễn Văn A phát biểu: “Chúng ta phải làm tốt hơn”", false),
            ("Ông Nguyễn Văn A phát biểu “chúng ta phải làm tốt hơn nữa trong năm tới và những năm sau”", false),
            ("Ông Nguyễn Văn A cho biết.", false),
            ("Phó Thống đốc Phạm Tiến Dũng phát biểu chỉ đạo hội nghị", true),
            ("Lãnh đạo tỉnh đã chỉ đạo các sở ngành triển khai ngay kế hoạch năm 2024.", false),
        ] {
            assert_eq!(with_line(line, reads_as_caption), want, "{line}");
        }
    }
}
