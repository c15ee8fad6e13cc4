//! Bylines and sources: who wrote it and where it came from ("By Corey
//! Kilgannon", "Theo Báo Hậu Giang", "PV", "-- David Sarno", "Thanh Nguyễn"
//! alone at the end). They belong to neither the prose nor the chrome.

use super::blocks::Line;
use super::Role;

/// Openings of a byline or a source line.
static OPENINGS: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.byline_openings);

/// Openings of a source in brackets, which may end with a stop ("(Theo").
static BRACKETED_SOURCES: crate::lang::Known<&str> =
    crate::lang::Known::new(|w| w.bracketed_source_openings);

/// Lines that are a byline on their own ("PV", "CTV").
static BYLINE_LINES: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.byline_lines);

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
    if BYLINE_LINES.contains(&lower) {
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

/// A name alone on a line: two to four capitalised words, nothing else; or
/// an initial and a name run together ("N.Tùng", "T.T.Hà").
pub fn is_name_line(line: &str) -> bool {
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
        if is_byline(l) || (outside_body && is_name_line(l.text)) {
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
        assert!(!is_name_line("Kenya trip"));
        assert!(!is_name_line("TP.HCM."));
        assert!(!is_name_line("Tp.hcm"));
    }
}
