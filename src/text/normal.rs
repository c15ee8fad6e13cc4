//! The text as the recognisers read it: canonical composition (NFC), digits
//! and Latin letters of the fullwidth forms folded to ASCII, and zero-width
//! characters next to a digit (or opening the text, as a byte-order mark) dropped — with a map from every offset back to
//! the text as given.
//!
//! Word lists are written in NFC, so Vietnamese pasted in decomposed form
//! ("e" + U+0323 + U+0302 for "ệ", as macOS file names and some editors give
//! it) would otherwise match nothing. Offsets in the analysis always point
//! into the text the caller gave; only the reading is normalised.
//!
//! Almost every text needs nothing of this: one scan finds that out, and then
//! the text is borrowed as it is and the map is empty.

use super::compose_table::{COMPOSE, MARK_CLASS};
use std::borrow::Cow;

/// The canonical combining class of `c` if it is a mark that composes.
fn mark_class(c: char) -> Option<u8> {
    let c = u16::try_from(c as u32).ok()?;
    MARK_CLASS
        .binary_search_by_key(&c, |m| m.0)
        .ok()
        .map(|k| MARK_CLASS[k].1)
}

fn is_combining_mark(c: char) -> bool {
    (c as u32) >= 0x300 && mark_class(c).is_some()
}

/// The precomposed character for `base` followed by `mark`, if there is one.
fn compose(base: char, mark: char) -> Option<char> {
    let key = (
        u16::try_from(base as u32).ok()?,
        u16::try_from(mark as u32).ok()?,
    );
    let k = COMPOSE.binary_search_by_key(&key, |e| (e.0, e.1)).ok()?;
    char::from_u32(COMPOSE[k].2 as u32)
}

/// The table by composed character, for decomposing.
static DECOMPOSE: std::sync::LazyLock<Vec<(u16, u16, u16)>> = std::sync::LazyLock::new(|| {
    let v: Vec<(u16, u16, u16)> = COMPOSE.iter().map(|&(b, m, c)| (c, b, m)).collect();
    let key = |&(c, b, m): &(u16, u16, u16)| (c as u64) << 32 | (b as u64) << 16 | m as u64;
    let order = crate::text::order::stable_order(v.iter().map(key));
    order.into_iter().map(|i| v[i]).collect()
});

/// Canonical composition of one cluster (a character and the marks after
/// it): the base taken apart into its letter and marks, all marks in
/// canonical order, then each composed into the base unless a mark of the
/// same or a lower class stayed before it.
fn compose_cluster(cluster: &str, out: &mut String) {
    let mut chars = cluster.chars();
    let Some(mut base) = chars.next() else { return };
    let mut marks: Vec<(u8, char)> = chars.map(|m| (mark_class(m).unwrap_or(0), m)).collect();
    if mark_class(base).is_some() {
        // Marks with no letter before them: only put in canonical order.
        marks.insert(0, (mark_class(base).unwrap_or(0), base));
        crate::text::order::sort_by_key(&mut marks, |m| m.0 as u64);
        out.extend(marks.iter().map(|m| m.1));
        return;
    }
    while let Some(&(_, b, m)) = u16::try_from(base as u32).ok().and_then(|c| {
        DECOMPOSE
            .binary_search_by_key(&c, |e| e.0)
            .ok()
            .map(|k| &DECOMPOSE[k])
    }) {
        let m = char::from_u32(m as u32).unwrap_or('\u{300}');
        marks.insert(0, (mark_class(m).unwrap_or(0), m));
        base = char::from_u32(b as u32).unwrap_or(base);
    }
    // Stable: marks of one class keep their order.
    crate::text::order::sort_by_key(&mut marks, |m| m.0 as u64);
    let mut left: Vec<char> = Vec::new();
    let mut blocked_from = 0u8;
    for (class, m) in marks {
        match compose(base, m) {
            Some(c) if left.is_empty() || blocked_from < class => base = c,
            _ => {
                left.push(m);
                blocked_from = class;
            }
        }
    }
    out.push(base);
    out.extend(left);
}

/// A stretch that normalisation changed: `norm` bytes of the normal text
/// stand for `orig` bytes of the text as given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Changed {
    norm: (usize, usize),
    orig: (usize, usize),
}

/// The normal text and its way back.
pub struct Normal<'a> {
    pub text: Cow<'a, str>,
    /// Ascending, disjoint, never two adjacent ones (they are merged).
    changed: Vec<Changed>,
}

/// Characters that are dropped next to a digit: zero-width space, non-joiner
/// and joiner, word joiner, byte-order mark, soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    )
}

/// Fullwidth digits and Latin letters (and the ASCII marks among them) to ASCII.
fn fold_fullwidth(c: char) -> Option<char> {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0),
        _ => None,
    }
}

fn is_digit_like(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c))
}

/// True when `c` may need work; false at once for the characters of almost
/// all text (ASCII, Latin letters, precomposed Vietnamese).
fn suspicious(c: char) -> bool {
    match c as u32 {
        0xad => true,
        0..0x300 | 0x1e00..0x2000 => false,
        _ => is_combining_mark(c) || is_invisible(c) || fold_fullwidth(c).is_some(),
    }
}

impl<'a> Normal<'a> {
    pub fn new(text: &'a str) -> Self {
        if !text.chars().any(suspicious) {
            return Normal {
                text: Cow::Borrowed(text),
                changed: Vec::new(),
            };
        }
        let mut out = String::with_capacity(text.len());
        let mut changed: Vec<Changed> = Vec::new();
        let mut record = |norm: (usize, usize), orig: (usize, usize)| match changed.last_mut() {
            Some(last) if last.norm.1 == norm.0 && last.orig.1 == orig.0 => {
                last.norm.1 = norm.1;
                last.orig.1 = orig.1;
            }
            _ => changed.push(Changed { norm, orig }),
        };
        let mut prev: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            // A cluster: the character and the combining marks after it.
            let mut end = start + c.len_utf8();
            while let Some(&(i, m)) = chars.peek() {
                if !is_combining_mark(m) {
                    break;
                }
                end = i + m.len_utf8();
                chars.next();
            }
            let cluster = &text[start..end];
            let next = chars.peek().map(|&(_, n)| n);
            let at = out.len();
            if is_invisible(c)
                && (start == 0 || is_digit_like(prev) || is_digit_like(next))
                && end == start + c.len_utf8()
            {
                record((at, at), (start, end));
                continue;
            }
            if let Some(a) = fold_fullwidth(c).filter(|_| end == start + c.len_utf8()) {
                out.push(a);
                record((at, out.len()), (start, end));
            } else if end > start + c.len_utf8() {
                compose_cluster(cluster, &mut out);
                if &out[at..] != cluster {
                    record((at, out.len()), (start, end));
                }
            } else {
                out.push_str(cluster);
            }
            prev = Some(c);
        }
        Normal {
            text: Cow::Owned(out),
            changed,
        }
    }

    /// True when the normal text is the text as given.
    pub fn is_identity(&self) -> bool {
        self.changed.is_empty()
    }

    /// The offset in the text as given of `norm`, an offset of the normal
    /// text where something starts.
    pub fn start_in_source(&self, norm: usize) -> usize {
        self.to_source(norm, false)
    }

    /// The offset in the text as given of `norm`, an offset of the normal
    /// text where something ends.
    pub fn end_in_source(&self, norm: usize) -> usize {
        self.to_source(norm, true)
    }

    fn to_source(&self, b: usize, is_end: bool) -> usize {
        let k = self.changed.partition_point(|c| c.norm.0 <= b);
        let Some(c) = k.checked_sub(1).map(|k| self.changed[k]) else {
            return b;
        };
        if b == c.norm.0 && c.norm.0 == c.norm.1 {
            // A dropped character: a start skips it, an end stops before it.
            if is_end {
                c.orig.0
            } else {
                c.orig.1
            }
        } else if b == c.norm.0 {
            c.orig.0
        } else if b < c.norm.1 {
            if is_end {
                c.orig.1
            } else {
                c.orig.0
            }
        } else {
            c.orig.1 + (b - c.norm.1)
        }
    }

    /// The offset in the normal text of `orig`, a char boundary of the text as
    /// given (a boundary inside a changed stretch goes to the stretch's start).
    pub fn from_source(&self, orig: usize) -> usize {
        let k = self.changed.partition_point(|c| c.orig.0 <= orig);
        let Some(c) = k.checked_sub(1).map(|k| self.changed[k]) else {
            return orig;
        };
        if orig < c.orig.1 {
            c.norm.0
        } else {
            c.norm.1 + (orig - c.orig.1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn the_table_is_unicode_composition() {
        for &(b, m, c) in COMPOSE {
            let (b, m) = (
                char::from_u32(b as u32).unwrap(),
                char::from_u32(m as u32).unwrap(),
            );
            let nfc: String = [b, m].iter().collect::<String>().nfc().collect();
            assert_eq!(
                nfc,
                char::from_u32(c as u32).unwrap().to_string(),
                "{b:?} + {m:?}"
            );
        }
        for &(m, class) in MARK_CLASS {
            let m = char::from_u32(m as u32).unwrap();
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(m),
                class
            );
        }
        // Every precomposed letter of Latin, Greek and Cyrillic, decomposed,
        // composes back; and so does any order of its marks.
        let letters = ('\u{c0}'..='\u{52f}').chain('\u{1e00}'..='\u{1fff}');
        // (Letters that are not NFC themselves, the singletons such as U+0374,
        // are out of the table's reach and left as they are.)
        let nfc_letter = |c: &char| c.to_string().nfc().collect::<String>() == c.to_string();
        for c in letters
            .filter(|&c| unicode_normalization::char::canonical_combining_class(c) == 0)
            .filter(nfc_letter)
        {
            let nfd: String = c.to_string().nfd().collect();
            let mut out = String::new();
            compose_cluster(&nfd, &mut out);
            let nfc: String = nfd.nfc().collect();
            assert_eq!(out, nfc, "{c:?}");
            let reversed: String = nfd
                .chars()
                .take(1)
                .chain(nfd.chars().skip(1).collect::<Vec<_>>().into_iter().rev())
                .collect();
            let mut out = String::new();
            compose_cluster(&reversed, &mut out);
            assert_eq!(
                out,
                reversed.nfc().collect::<String>(),
                "{c:?} marks reversed"
            );
            // A precomposed letter with a further mark ("â" + dot below).
            for extra in ['\u{323}', '\u{301}', '\u{309}', '\u{31b}'] {
                let given: String = [c, extra].iter().collect();
                let mut out = String::new();
                compose_cluster(&given, &mut out);
                assert_eq!(out, given.nfc().collect::<String>(), "{given:?}");
            }
        }
    }

    fn check(given: &str, normal: &str) {
        let n = Normal::new(given);
        assert_eq!(n.text, normal, "{given:?}");
        // Every char boundary of the normal text maps to a char boundary of
        // the text as given, in order.
        let mut last = 0;
        for (b, _) in n.text.char_indices().chain([(n.text.len(), ' ')]) {
            for end in [false, true] {
                let o = n.to_source(b, end);
                assert!(given.is_char_boundary(o), "{given:?} {b} -> {o}");
                assert!(o >= last || end, "{given:?}: {b} -> {o} before {last}");
            }
            last = n.start_in_source(b);
        }
        assert_eq!(n.end_in_source(n.text.len()), given.len());
    }

    #[test]
    fn normal_forms() {
        check("1.038 lượt", "1.038 lượt");
        assert!(Normal::new("1.038 lượt, 5% €").is_identity());
        check("lu\u{31b}o\u{31b}\u{323}t", "lượt");
        check("Nghi\u{323} quyê\u{301}t", "Nghị quyết");
        check("１２３ tỷ", "123 tỷ");
        check("1\u{200b}038", "1038");
        check("a\u{200b}b", "a\u{200b}b");
        check("\u{feff}12", "12");
        check("\u{feff}Tin", "Tin");
        check("Tin\u{feff} mới", "Tin\u{feff} mới");
        check("1\u{200b}\u{200b}０", "10");
    }

    #[test]
    fn offsets_map_back() {
        let given = "Thu nhâ\u{323}p 1\u{200b}038 tri\u{ea}\u{323}u";
        let n = Normal::new(given);
        let norm = n.text.to_string();
        let s = norm.find("1038").unwrap();
        let (a, b) = (n.start_in_source(s), n.end_in_source(s + 4));
        assert_eq!(&given[a..b], "1\u{200b}038");
        let w = norm.find("nhập").unwrap();
        assert_eq!(
            &given[n.start_in_source(w)..n.end_in_source(w + "nhập".len())],
            "nhâ\u{323}p"
        );
        assert_eq!(n.from_source(given.find('1').unwrap()), s);
        assert_eq!(n.from_source(given.len()), norm.len());
    }
}
