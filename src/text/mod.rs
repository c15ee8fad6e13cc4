//! Text plumbing shared by every stage: tokens with exact byte offsets, the
//! byte → UTF-16 offset map, the normal form recognisers read, language
//! detection and sentence bounds.

pub mod compose_table;
pub mod language;
pub mod normal;
pub mod phrases;
pub mod sentences;
pub mod tokens;
pub mod utf16;

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
        self.chars()
            .map(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                    _ => c,
                }
            })
            .collect()
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
}
