//! Byte offsets (what Rust slices take) to UTF-16 offsets (what the JSON carries).

/// Maps byte offsets of one text to UTF-16 code unit offsets.
///
/// Keeps a checkpoint every [`STRIDE`] bytes so that a lookup scans at most that
/// many bytes; the table costs two offsets per checkpoint, not per byte.
pub struct Utf16Map<'a> {
    text: &'a str,
    /// `(byte offset on a char boundary, UTF-16 offset there)`, ascending.
    checkpoints: Vec<(usize, usize)>,
}

const STRIDE: usize = 64;

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut units = 0;
        let mut next = 0;
        for (i, ch) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, units));
                next = i + STRIDE;
            }
            units += ch.len_utf16();
        }
        checkpoints.push((text.len(), units));
        Utf16Map { text, checkpoints }
    }

    /// The UTF-16 offset of a byte offset; `byte` must be on a char boundary.
    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = match self.checkpoints.binary_search_by(|c| c.0.cmp(&byte)) {
            Ok(k) => return self.checkpoints[k].1,
            Err(k) => k - 1,
        };
        let (from, units) = self.checkpoints[k];
        units
            + self.text[from..byte]
                .chars()
                .map(char::len_utf16)
                .sum::<usize>()
    }

    /// The byte offset of a UTF-16 offset, on the char boundary at or before
    /// it (an offset inside a surrogate pair falls back to the pair's start).
    pub fn byte_at(&self, unit: usize) -> usize {
        let k = self
            .checkpoints
            .partition_point(|c| c.1 <= unit)
            .saturating_sub(1);
        let (mut byte, mut units) = self.checkpoints[k];
        for ch in self.text[byte..].chars() {
            if units + ch.len_utf16() > unit {
                break;
            }
            units += ch.len_utf16();
            byte += ch.len_utf8();
        }
        byte
    }

    /// Length of the whole text in UTF-16 code units.
    pub fn len(&self) -> usize {
        self.checkpoints.last().map_or(0, |c| c.1)
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_every_boundary() {
        let text = "Quý I-2023 😀 ".repeat(60);
        let map = Utf16Map::new(&text);
        for (i, _) in text.char_indices() {
            let want: usize = text[..i].encode_utf16().count();
            assert_eq!(map.at(i), want, "at byte {i}");
        }
        assert_eq!(map.len(), text.encode_utf16().count());
        assert_eq!(map.at(text.len()), map.len());
        for (i, _) in text.char_indices() {
            assert_eq!(map.byte_at(map.at(i)), i);
        }
        assert_eq!(map.byte_at(map.len() + 10), text.len());
    }

    #[test]
    fn empty_text() {
        let map = Utf16Map::new("");
        assert_eq!(map.at(0), 0);
        assert!(map.is_empty());
    }
}
