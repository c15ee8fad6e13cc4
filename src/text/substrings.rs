//! Is any of a fixed set of strings in a line? Line readers ask this of a
//! dozen word lists per line ("ảnh:", "photo:", "getty images", …); asking
//! each string in turn scans the line once per string, while [`AnyOf`]
//! scans it once, trying at each byte only the strings that start with it.

/// A set of up to 64 non-empty strings, indexed by their first byte.
pub struct AnyOf {
    needles: &'static [&'static str],
    /// Bit `k` of entry `b`: needle `k` starts with byte `b`.
    by_first: [u64; 256],
}

impl AnyOf {
    /// Indexes `needles`; fails to compile (in a `static`) when one is empty
    /// or there are more than 64.
    pub const fn new(needles: &'static [&'static str]) -> Self {
        assert!(needles.len() <= 64, "at most 64 strings");
        let mut by_first = [0u64; 256];
        let mut k = 0;
        while k < needles.len() {
            let bytes = needles[k].as_bytes();
            assert!(!bytes.is_empty(), "no empty string");
            by_first[bytes[0] as usize] |= 1 << k;
            k += 1;
        }
        AnyOf { needles, by_first }
    }

    /// True when one of the strings occurs in `hay`.
    pub fn is_in(&self, hay: &str) -> bool {
        let hay = hay.as_bytes();
        for (i, &b) in hay.iter().enumerate() {
            let mut candidates = self.by_first[b as usize];
            while candidates != 0 {
                let k = candidates.trailing_zeros() as usize;
                let needle = self.needles[k].as_bytes();
                if hay.len() - i >= needle.len()
                    && needle.iter().zip(&hay[i..]).all(|(a, b)| a == b)
                {
                    return true;
                }
                candidates &= candidates - 1;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: AnyOf = AnyOf::new(&["ảnh:", "photo:", "\"", "getty images", "ảnh minh họa"]);

    #[test]
    fn agrees_with_contains() {
        for hay in [
            "",
            "Quang cảnh hội nghị. Ảnh: Tiến Thành",
            "quang cảnh hội nghị. ảnh: tiến thành",
            "ảnh",
            "ảnh minh hoạ",
            "ảnh minh họa",
            "he said \"yes\"",
            "getty image",
            "x getty images",
            "photo",
            "file photo: ap",
        ] {
            let want = SET.needles.iter().any(|n| hay.contains(n));
            assert_eq!(SET.is_in(hay), want, "{hay}");
        }
    }
}
