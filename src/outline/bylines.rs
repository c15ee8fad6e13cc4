//! Bylines and sources: who wrote it and where it came from ("By Corey
//! Kilgannon", "Theo Báo Hậu Giang", "PV", "-- David Sarno", "Thanh Nguyễn"
//! alone at the end). They belong to neither the prose nor the chrome.

use super::blocks::Line;
use super::Role;

/// Openings of a byline or a source line.
static OPENINGS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.byline_openings);

/// Openings of a source in brackets, which may end with a stop ("(Theo").
static BRACKETED_SOURCES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.bracketed_source_openings);

/// Lines that are a byline on their own ("PV", "CTV").
static BYLINE_LINES: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.byline_lines);

/// True when `line` names an author or a source.
pub fn is_byline(line: Line) -> bool {
    let lower = line.lower.trim();
    let line = line.text;
    let words = line.split_whitespace().take(11).count();
    if words > 10 {
        return false;
    }
    if words == 0
        || words > 10
        || line.ends_with(['.', ':', '?', '!'])
            && !BRACKETED_SOURCES.iter().any(|o| lower.starts_with(o))
    {
        return false;
    }
    if BYLINE_LINES.contains(lower) {
        return true;
    }
    if let Some(rest) = OPENINGS.iter().find_map(|o| lower.strip_prefix(o)) {
        // What follows is a name: capitalised words.
        let orig_rest = &line.trim()[line.trim().len() - rest.len()..];
        return orig_rest.split_whitespace().next().is_some_and(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '(')
        });
    }
    false
}

/// Two or three names joined by a dash or a comma ("Phú Lữ - An Nhiên",
/// "Hà My, Minh Anh"): the authors of a story, wherever they stand.
pub fn is_names(line: &str) -> bool {
    // Three names of four words at most: a long line is none (and costs no
    // more than this look).
    if line.len() > 160 {
        return false;
    }
    let mut parts = 0;
    for name in line.split([',', '-', '–']) {
        parts += 1;
        if parts > 3 || !is_name_line(name.trim()) {
            return false;
        }
    }
    parts >= 2
}

/// A name alone on a line: two to four capitalised words, nothing else; or
/// an initial and a name run together ("N.Tùng", "T.T.Hà").
pub fn is_name_line(line: &str) -> bool {
    // Four words of a name are short: a long line is none, unread.
    if line.len() > 80 {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
    };
    let initialled = |w: &str| {
        let parts: Vec<&str> = w.split('.').collect();
        parts.len() >= 2
            && parts[..parts.len() - 1]
                .iter()
                .all(|p| p.chars().count() == 1)
            && parts.iter().all(|p| capitalised(p))
    };
    ((2..=4).contains(&words.len()) && words.iter().all(|w| capitalised(w)))
        || (words.len() == 1 && initialled(words[0]))
}

/// Marks bylines: by their openings anywhere, and name-only lines in the front
/// matter (before `first_body`) or after the last paragraph of prose.
pub fn mark(
    lines: &[Line],
    roles: &mut [Role],
    first_body: usize,
    last_body: usize,
    unmarked: &[bool],
) {
    for (k, &l) in lines.iter().enumerate() {
        if roles[k] != Role::Paragraph || !unmarked[k] {
            continue;
        }
        let outside_body = k < first_body || k > last_body;
        if is_byline(l) || is_names(l.text) || (outside_body && is_name_line(l.text)) {
            roles[k] = Role::Byline;
        }
    }
}

/// A line that is a date or a time and little else: "Thứ Tư, 29/10/2025",
/// "16:49 30/08/2021", "11:19 | 09/12/2025 GMT+7". Known by its digits: a
/// third of its letters and digits or more, with a slash or a colon among
/// them, in a short line.
pub fn is_date_line(line: &str) -> bool {
    let (mut digits, mut chars, mut spaces, mut marks) = (0, 0, 0, false);
    for &b in line.as_bytes() {
        digits += usize::from(b.is_ascii_digit());
        // A letter outside ASCII counts once, by its first byte.
        chars += usize::from(b.is_ascii_alphanumeric() || b >= 0xC0);
        spaces += usize::from(b == b' ');
        marks |= b == b'/' || b == b':';
    }
    let open = !matches!(
        line.as_bytes().last(),
        Some(b'.' | b'?' | b'!' | b':' | b';')
    );
    open && marks && spaces < 16 && digits * 3 >= chars
}

/// Marks the name and date lines between the headline (`title`, the one
/// chosen last) and the first paragraph of prose after it as bylines: "Mỹ
/// Lệ" under a headline that is a question, which the rules' front matter
/// missed, and "11:19 | 09/12/2025 GMT+7", which the model may have taken
/// for the site's.
pub fn mark_under_title(lines: &[Line], roles: &mut [Role], title: usize, unmarked: &[bool]) {
    for k in title + 1..lines.len() {
        let l = lines[k].text;
        let paragraph = roles[k] == Role::Paragraph;
        if paragraph && super::headings::is_prose(l) {
            break;
        }
        if unmarked[k]
            && (paragraph || roles[k] == Role::Boilerplate)
            && (is_date_line(l) || paragraph && (is_name_line(l) || is_names(l)))
        {
            roles[k] = Role::Byline;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::blocks::with_line;

    #[test]
    fn table() {
        for (line, want) in [
            ("By Corey Kilgannon", true),
            ("Theo Báo Hậu Giang", true),
            ("-- David Sarno", true),
            ("PV", true),
            ("(Theo VnExpress)", true),
            ("By the end of the year, sales rose.", false),
            ("Theo kế hoạch, tỉnh sẽ làm đường.", false),
        ] {
            assert_eq!(with_line(line, is_byline), want, "{line}");
        }
        assert!(is_name_line("Thanh Nguyễn"));
        assert!(is_name_line("N.Tùng"));
        for (line, want) in [
            ("Thứ Tư, 29/10/2025", true),
            ("16:49 30/08/2021", true),
            ("Chủ Nhật,  1/1/2017, 16:37", true),
            ("11:19 | 09/12/2025 GMT+7", true),
            ("Tiến Thành 20/12/2024 - 10:39", true),
            ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", false),
            ("Giải ngân đạt 45/100 dự án", false),
            ("Arsenal 2-1 Chelsea", false),
            ("1.038 lượt", false),
            ("Kỳ họp diễn ra ngày 8/12.", false),
        ] {
            assert_eq!(is_date_line(line), want, "{line}");
        }
        assert!(is_names("Phú Lữ - An Nhiên"));
        assert!(is_names("Hà My, Minh Anh"));
        assert!(!is_names("Hà Nội - TP.HCM - Đà Nẵng - Huế"));
        assert!(!is_names("Covid-19"));
        assert!(!is_names("Văn Phòng HĐND-UBND"));
        assert!(!is_name_line("Kenya trip"));
        assert!(!is_name_line("TP.HCM."));
        assert!(!is_name_line("Tp.hcm"));
    }
}
