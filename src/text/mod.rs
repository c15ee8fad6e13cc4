//! Text plumbing shared by every stage: tokens with exact byte offsets, the
//! byte → UTF-16 offset map, the normal form recognisers read, language
//! detection, sentence bounds, line breaks that only wrap a sentence (`wraps`), a PDF copy's page
//! furniture (`pages`),
//! bounded walks (`reach`), and word-list lookups (by token: `phrases`;
//! by substring of a line: `substrings`).

pub mod case;
pub mod compose_table;
pub mod lines;
pub mod normal;
pub mod order;
pub mod pages;
pub mod phrases;
pub mod reach;
pub mod reflow;
pub mod sentences;
pub mod substrings;
pub mod tokens;
pub mod utf16;
pub mod wraps;

/// Lower case that keeps every byte offset: a letter whose lower-case form
/// has another UTF-8 length ("İ", "ẞ", the Kelvin sign) stays as it is, so
/// offsets found in the lower-case copy slice the original safely.
pub trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(self.len());
        out.extend(self.chars().map(|c| lower_char(c).unwrap_or(c)));
        out
    }
}

/// The lower case of `c` when it is one character of the same UTF-8 length
/// (`c` itself when it has none); `None` for the few letters whose lower case
/// is longer, shorter or two characters ("İ", "ẞ", the Kelvin sign).
///
/// Vietnamese letters take a fast path: they are most of the letters this
/// tool reads, and the general Unicode table is a binary search.
#[inline]
pub fn lower_char(c: char) -> Option<char> {
    let code = c as u32;
    let fast = match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => Some(code + 0x20),
        _ if c.is_ascii() || ('ß'..='ÿ').contains(&c) => Some(code),
        'Đ' => Some(code + 1),
        // Latin Extended Additional from "Ạ" on pairs capital and small letter
        // at even and odd code points: "Ạ" U+1EA0, "ạ" U+1EA1 … "ỹ" U+1EF9.
        '\u{1ea0}'..='\u{1eff}' => Some(code | 1),
        _ => None,
    };
    if let Some(l) = fast {
        return char::from_u32(l);
    }
    let mut l = case::lower(c);
    match (l.next(), l.next()) {
        (Some(x), None) if x.len_utf8() == c.len_utf8() => Some(x),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::Lower;

    #[test]
    fn lower_keeps_offsets() {
        for s in ["Về Công Tác", "İstanbul ẞ K", "ĐẢNG ỦY", "ΣΟΦΊΑ"] {
            let l = s.lower();
            assert_eq!(l.len(), s.len(), "{s}");
            assert!(s.char_indices().all(|(i, _)| l.is_char_boundary(i)));
        }
        assert_eq!("Về Công Tác".lower(), "về công tác");
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in (0..0x2000u32).filter_map(char::from_u32) {
            let mut l = c.to_lowercase();
            let want = match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => Some(x),
                _ => None,
            };
            assert_eq!(super::lower_char(c), want, "{c:?}");
        }
    }
}
