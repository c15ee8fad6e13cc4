//! The token stream every recogniser reads: words, digit runs, spaces and single
//! punctuation marks, each with its exact byte range in the text.
//!
//! Recognisers never re-scan the text with their own patterns; they walk these
//! tokens, so one pass over the input serves them all and offsets are exact by
//! construction.

use super::lower_char;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters (with any combining marks), e.g. `quyết`, `Đảng`, `bn`.
    Word,
    /// A run of ASCII digits.
    Digits,
    /// A run of white space.
    Space,
    /// Any other single character.
    Punct,
}

/// One token: its kind and where it starts. Tokens tile the text, so a token
/// ends where the next one starts; eight bytes a token keeps the stream of a
/// 10 MB text (about 4.5 million tokens) at 36 MB.
#[derive(Clone, Copy, Debug)]
struct Token {
    start: u32,
    /// [`key_hash`] of what word lists match the token by: its lower-case
    /// form if a word, its text otherwise. Lets a list say "no" in a few
    /// instructions to the many tokens that start none of its phrases.
    key: u16,
    kind: TokKind,
    /// [`NEWLINE`] and [`ODD`].
    flags: u8,
}

/// For `Space`: the run holds a line break that ends a line, not one that
/// only wraps a sentence (`text::wraps`).
const NEWLINE: u8 = 1;
/// For `Word`: its lower-case form has another length than the word, so it
/// is kept in [`Tokens::odd`] rather than at the word's own offsets.
const ODD: u8 = 2;

impl Token {
    fn newline(self) -> bool {
        self.flags & NEWLINE != 0
    }

    fn odd(self) -> bool {
        self.flags & ODD != 0
    }
}

/// A 16-bit hash of a token's key (the word lists' FNV-1a, folded): equal
/// keys hash equal, and word lists index their first and last words by it.
pub fn key_hash(key: &str) -> u16 {
    use std::hash::Hasher;
    let mut h = super::phrases::Fnv::default();
    h.write(key.as_bytes());
    let h = h.finish();
    (h ^ (h >> 16) ^ (h >> 32) ^ (h >> 48)) as u16
}

/// The tokens of one text.
///
/// Offsets are `u32`: a text of 4 GiB or more is tokenised up to its last
/// character boundary below 4 GiB, and the rest is one space token that no
/// recogniser reads.
pub struct Tokens<'a> {
    pub text: &'a str,
    toks: Vec<Token>,
    /// The text in lower case at the same byte offsets, as [`Lower`] makes
    /// it: the few letters whose lower case has another length ("İ", "ẞ",
    /// the Kelvin sign) stay as they are, and their words are in `odd`.
    ///
    /// [`Lower`]: super::Lower
    lower: String,
    /// `(token start, start, end)` into `odd_text` for the words whose
    /// lower-case form changes length (and the words a hyphen at a soft
    /// break splits), by token start.
    odd: Vec<(u32, u32, u32)>,
    odd_text: String,
}

/// True for letters (with Vietnamese ones and combining marks on a fast path).
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        _ if c.is_ascii() => false,
        // Vietnamese letters and their combining marks, without a table lookup.
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{1ea0}'..='\u{1ef9}' | '\u{300}'..='\u{36f}' => true,
        // Dashes, quotes, ellipses and spaces of General Punctuation.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// The kind of each ASCII character, as [`kind_of`] gives it.
const ASCII_KINDS: [TokKind; 128] = {
    let mut kinds = [TokKind::Punct; 128];
    let mut b = 0;
    while b < 128 {
        kinds[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => TokKind::Word,
            b'0'..=b'9' => TokKind::Digits,
            b'\t'..=b'\r' | b' ' => TokKind::Space,
            _ => TokKind::Punct,
        };
        b += 1;
    }
    kinds
};

/// The character at byte `at` (a character boundary) and its kind.
#[inline]
fn char_at(text: &str, at: usize) -> (char, TokKind) {
    match text.as_bytes()[at] {
        b if b < 0x80 => (b as char, ASCII_KINDS[b as usize]),
        _ => {
            let c = text[at..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            (c, kind_of(c))
        }
    }
}

fn kind_of(c: char) -> TokKind {
    if is_word_char(c) {
        TokKind::Word
    } else if c.is_ascii_digit() {
        TokKind::Digits
    } else if is_space(c) {
        TokKind::Space
    } else {
        TokKind::Punct
    }
}

/// About how many tokens `text` holds, from a count over its first 64 KB,
/// with a tenth to spare: the token vector is the largest allocation of an
/// analysis, and growing it by doubling would hold both copies at once.
fn expected_tokens(text: &str) -> usize {
    let mut cut = text.len().min(1 << 16);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut count = 0usize;
    let mut last = None;
    for c in text[..cut].chars() {
        let kind = kind_of(c);
        if kind == TokKind::Punct || last != Some(kind) {
            count += 1;
        }
        last = Some(kind);
    }
    let per_byte = count as f64 / cut.max(1) as f64;
    (text.len() as f64 * per_byte * 1.1) as usize + 64
}

/// `s` cut at its first ASCII byte `b`: what comes before, and what comes
/// after if `b` is there.
#[inline]
fn cut_at(s: &str, b: u8) -> (&str, Option<&str>) {
    match s.bytes().position(|c| c == b) {
        Some(k) => (&s[..k], Some(&s[k + 1..])),
        None => (s, None),
    }
}

/// True when byte `b` of UTF-8 text may open a line break: LF, CR, VT and
/// FF themselves, and the lead bytes of NEL (0xC2 0x85), LS and PS (0xE2 0x80
/// 0xA8/0xA9). No byte inside another character is one of these, so scanners
/// step over every other byte without decoding it.
pub fn may_open_line_break(b: u8) -> bool {
    matches!(b, b'\n' | b'\r' | 0x0b | 0x0c | 0xc2 | 0xe2)
}

/// Line breaks as Unicode counts them (LF, CR, VT, FF, NEL, LS, PS).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// White space, including the zero-width characters that paste brings along.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')
}

impl<'a> Tokens<'a> {
    /// The tokens of `text`, every line break read as a break but those
    /// that only wrap a sentence (`text::wraps`).
    pub fn new(text: &'a str) -> Self {
        Self::reflowed(text, &super::reflow::Reflow::none())
    }

    /// The tokens of `text`, whose soft breaks (`text::reflow`) are read as
    /// spaces too.
    pub fn reflowed(text: &'a str, reflow: &super::reflow::Reflow) -> Self {
        let mut limit = text.len().min(u32::MAX as usize);
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let mut toks = Vec::with_capacity(expected_tokens(text));
        let mut lower = String::with_capacity(text.len());
        let mut odd = Vec::new();
        let mut odd_text = String::new();
        let bytes = text.as_bytes();
        let mut end = 0;
        while end < limit {
            let start = end;
            let (c, kind) = char_at(text, start);
            end += c.len_utf8();
            let mut newline = is_line_break(c);
            let mut ascii = c.is_ascii();
            if kind != TokKind::Punct {
                while end < limit {
                    // ASCII, most of any text, by a table; the rest by char.
                    let d = match bytes[end] {
                        b if b < 0x80 && ASCII_KINDS[b as usize] == kind => b as char,
                        b if b < 0x80 => break,
                        _ => match char_at(text, end) {
                            (d, k) if k == kind => d,
                            _ => break,
                        },
                    };
                    newline |= is_line_break(d);
                    ascii &= d.is_ascii();
                    end += d.len_utf8();
                }
            }
            let raw = &text[start..end];
            // A break that only wraps a sentence is a space (`text::wraps`),
            // and so is a soft break of wrapped text (`text::reflow`).
            newline &= !(kind == TokKind::Space
                && (reflow.is_soft(start, end) || super::wraps::is_wrap(text, start, end)));
            // A tab parts a table's cells, and so does a run of three
            // spaces (columns set out by position): no figure reads across.
            newline |= kind == TokKind::Space && (raw.contains('\t') || raw.contains("   "));
            let mut is_odd = false;
            match kind {
                TokKind::Word if ascii => {
                    lower.extend(raw.bytes().map(|b| char::from(b.to_ascii_lowercase())));
                }
                TokKind::Word => {
                    for c in raw.chars() {
                        let l = lower_char(c);
                        is_odd |= l.is_none();
                        lower.push(l.unwrap_or(c));
                    }
                    if is_odd {
                        let from = odd_text.len() as u32;
                        odd_text.extend(raw.chars().flat_map(super::case::lower));
                        odd.push((start as u32, from, odd_text.len() as u32));
                    }
                }
                TokKind::Punct => lower.push(lower_char(c).unwrap_or(c)),
                TokKind::Digits | TokKind::Space => lower.push_str(raw),
            }
            let key = match kind {
                TokKind::Word if is_odd => &odd_text[odd.last().map_or(0, |o| o.1 as usize)..],
                TokKind::Word => &lower[start..end],
                _ => raw,
            };
            toks.push(Token {
                start: start as u32,
                key: key_hash(key),
                kind,
                flags: if newline { NEWLINE } else { 0 } | if is_odd { ODD } else { 0 },
            });
        }
        if limit < text.len() {
            toks.push(Token {
                start: limit as u32,
                key: 0,
                kind: TokKind::Space,
                flags: NEWLINE,
            });
            lower.push_str(&text[limit..]);
        }
        let mut tokens = Tokens {
            text,
            toks,
            lower,
            odd,
            odd_text,
        };
        if !reflow.is_empty() {
            tokens.join_hyphenated(reflow);
        }
        tokens
    }

    /// Words a hyphen splits at a soft break ("eco-" / "nomic") become one
    /// word token over both halves, its lower-case form without the hyphen
    /// and the break ("economic", kept as an odd word's is), unless the
    /// text writes the hyphenated form on one line elsewhere ("long-term"):
    /// then the hyphen is the word's own. The second half must open in
    /// lower case ("Bà Rịa-" / "Vũng Tàu" is a name's hyphen).
    fn join_hyphenated(&mut self, reflow: &super::reflow::Reflow) {
        let n = self.toks.len();
        let joins = |i: usize| {
            i + 3 < n
                && self.toks[i].kind == TokKind::Word
                && self.is_punct(i + 1, '-')
                && self.touch(i, i + 1)
                && reflow.is_soft(self.start(i + 2), self.end(i + 2))
                && self.toks[i + 3].kind == TokKind::Word
                && self.raw(i + 3).starts_with(char::is_lowercase)
        };
        let split: Vec<usize> = (0..n).filter(|&i| joins(i)).collect();
        if split.is_empty() {
            return;
        }
        // The hyphenated forms the text writes on one line.
        let form = |a: usize, b: usize| {
            use std::hash::Hasher;
            let mut h = super::phrases::Fnv::default();
            h.write(self.word(a).unwrap_or("").as_bytes());
            h.write(self.word(b).unwrap_or("").as_bytes());
            h.finish()
        };
        let mut written: Vec<(u64, u64)> = (1..n.saturating_sub(1))
            .filter(|&i| {
                self.is_punct(i, '-')
                    && self.touch(i - 1, i)
                    && self.touch(i, i + 1)
                    && self.toks[i + 1].kind == TokKind::Word
            })
            .map(|i| (form(i - 1, i + 1), 0))
            .collect();
        super::order::sort_pairs(&mut written);
        // The words to join, each the first token and its lower-case form
        // (a word already joined into the one before is not joined again).
        let mut joined: Vec<(usize, String)> = Vec::new();
        for &i in &split {
            let after_join = joined.last().is_some_and(|j| j.0 + 3 >= i);
            let h = form(i, i + 3);
            let k = written.partition_point(|w| w.0 < h);
            if !after_join && written.get(k).is_none_or(|w| w.0 != h) {
                let mut w = String::from(self.word(i).unwrap_or(""));
                w.push_str(self.word(i + 3).unwrap_or(""));
                joined.push((i, w));
            }
        }
        let mut merged = vec![false; n];
        for (i, w) in joined {
            let from = self.odd_text.len() as u32;
            self.odd_text.push_str(&w);
            let entry = (self.toks[i].start, from, self.odd_text.len() as u32);
            match self.odd.binary_search_by_key(&entry.0, |o| o.0) {
                Ok(k) => self.odd[k] = entry,
                Err(k) => self.odd.insert(k, entry),
            }
            self.toks[i].key = key_hash(&w);
            self.toks[i].flags |= ODD;
            merged[i + 1..=i + 3].fill(true);
        }
        let mut k = 0;
        self.toks.retain(|_| {
            k += 1;
            !merged[k - 1]
        });
    }

    /// The whole text in lower case, at the text's own byte offsets (what
    /// [`Lower`](super::Lower) gives): line-level readers slice it instead of
    /// lower-casing each line again.
    pub fn lower_text(&self) -> &str {
        &self.lower
    }

    /// Where token `i` starts (a byte offset); the end of the text past the last.
    pub fn start(&self, i: usize) -> usize {
        self.toks
            .get(i)
            .map_or(self.text.len(), |t| t.start as usize)
    }

    /// Where token `i` ends: where the next one starts.
    pub fn end(&self, i: usize) -> usize {
        self.start(i + 1)
    }

    /// True when token `i` is a run of spaces holding a line break.
    pub fn newline(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.newline())
    }

    /// True when a line break stands among tokens `range`.
    pub fn newline_in(&self, range: std::ops::Range<usize>) -> bool {
        self.toks
            .get(range)
            .is_some_and(|ts| ts.iter().any(|t| t.newline()))
    }

    /// The first token that starts at or after byte `at`.
    pub fn first_from(&self, at: usize) -> usize {
        self.toks.partition_point(|t| (t.start as usize) < at)
    }

    /// How many tokens are of `kind`.
    pub fn count(&self, kind: TokKind) -> usize {
        self.toks.iter().filter(|t| t.kind == kind).count()
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// [`key_hash`] of token `i`'s key (0 past the end).
    #[inline]
    pub fn key_hash(&self, i: usize) -> u16 {
        self.toks.get(i).map_or(0, |t| t.key)
    }

    /// The text of token `i` as written; empty past the end, so that
    /// recognisers may look ahead without bounds checks.
    pub fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start as usize..self.end(i)],
            None => "",
        }
    }

    /// The lower-case form of token `i` if it is a word.
    #[inline]
    pub fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        if t.odd() {
            let k = self.odd.binary_search_by_key(&t.start, |o| o.0).ok()?;
            let (_, s, e) = self.odd[k];
            return self.odd_text.get(s as usize..e as usize);
        }
        let end = self
            .toks
            .get(i + 1)
            .map_or(self.text.len(), |n| n.start as usize);
        self.lower.get(t.start as usize..end)
    }

    /// True when token `i` is a word that starts with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && match self.raw(i).as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self.raw(i).chars().next().is_some_and(char::is_uppercase),
            }
    }

    /// True when tokens `i` and `j` touch (`i` ends where `j` starts).
    pub fn touch(&self, i: usize, j: usize) -> bool {
        i < self.len() && j < self.len() && self.end(i) == self.start(j)
    }

    /// True when token `i` is the punctuation mark `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.raw(i).starts_with(c)
    }

    /// True when token `i` is one of the punctuation marks in `set`.
    pub fn is_punct_in(&self, i: usize, set: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.raw(i).chars().all(|c| set.contains(c))
    }

    /// True when token `i + 1` is one of the marks in `set`, written against
    /// token `i`: the "%" of "5%", the "." of "1.".
    pub fn mark_after(&self, i: usize, set: &str) -> bool {
        self.is_punct_in(i + 1, set) && self.touch(i, i + 1)
    }

    /// True when token `i + 1` is one of the marks in `set`, written against
    /// token `i` and token `i + 2` both: the hyphen of "twenty-one", the
    /// slash of "2/9".
    pub fn joined_by(&self, i: usize, set: &str) -> bool {
        self.mark_after(i, set) && self.touch(i + 1, i + 2)
    }

    /// The token after `i`, stepping over one run of spaces within a line.
    pub fn next(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        match self.toks.get(j)? {
            t if t.kind == TokKind::Space => {
                if t.newline() {
                    None
                } else {
                    (j + 1 < self.toks.len()).then_some(j + 1)
                }
            }
            _ => Some(j),
        }
    }

    /// The token before `i`, stepping over one run of spaces within a line.
    pub fn prev(&self, i: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        match self.toks[j] {
            t if t.kind == TokKind::Space => {
                if t.newline() {
                    None
                } else {
                    j.checked_sub(1)
                }
            }
            _ => Some(j),
        }
    }

    /// Matches the words of `phrase` (lower case, separated by single spaces)
    /// starting at token `i`; returns the index of the phrase's last token.
    ///
    /// Words of the phrase may be separated by spaces in the text, and a `-` in
    /// the phrase matches a hyphen token.
    pub fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
        // Most phrases are one word, and most tries fail on the first: the
        // parts are cut by hand (a loop over bytes the compiler inlines)
        // rather than by `str::split`, whose searcher is a call per part.
        let mut at = i;
        let mut rest = phrase;
        loop {
            let (part, more) = cut_at(rest, b' ');
            if !self.part_at(&mut at, part) {
                return None;
            }
            match more {
                Some(more) => {
                    at = self.next(at)?;
                    rest = more;
                }
                None => return Some(at),
            }
        }
    }

    /// Matches one space-free part of a phrase at `*at`, which may span a word,
    /// a hyphen and a word ("third-quarter"); leaves `*at` on its last token.
    fn part_at(&self, at: &mut usize, part: &str) -> bool {
        let (head, mut pieces) = cut_at(part, b'-');
        if !head.is_empty() && self.word(*at) != Some(head) && self.raw_if_punct(*at) != Some(head)
        {
            return false;
        }
        while let Some(rest) = pieces {
            let (piece, more) = cut_at(rest, b'-');
            pieces = more;
            let hy = *at + 1;
            if !self.is_punct_in(hy, "-‐‑–") || !self.touch(*at, hy) {
                return false;
            }
            if piece.is_empty() {
                *at = hy;
                continue;
            }
            if self.word(hy + 1) != Some(piece) || !self.touch(hy, hy + 1) {
                return false;
            }
            *at = hy + 1;
        }
        true
    }

    fn raw_if_punct(&self, i: usize) -> Option<&str> {
        (self.kind(i) == Some(TokKind::Punct)).then(|| self.raw(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets() {
        let text = "Quý I-2023, 1.038 lượt\r\nĐến";
        let t = Tokens::new(text);
        let raws: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(
            raws,
            [
                "Quý", " ", "I", "-", "2023", ",", " ", "1", ".", "038", " ", "lượt", "\r\n", "Đến"
            ]
        );
        assert_eq!(t.word(0), Some("quý"));
        assert!(t.newline(12));
        assert_eq!((t.start(11), t.end(11)), (19, 26));
        assert_eq!(t.end(t.len() - 1), text.len());
        assert_eq!(t.next(11), None, "a line break stops a phrase");
        let wrapped = Tokens::new("Quý I-2023, 1.038 lượt\r\nđến");
        assert!(
            !wrapped.newline(12),
            "a break that wraps a sentence is a space"
        );
        assert_eq!(wrapped.next(11), Some(13));
    }

    #[test]
    fn marks_against_tokens() {
        let t = Tokens::new("twenty-one 5% 2/9 a - b");
        assert!(t.joined_by(0, "-") && !t.mark_after(2, "%"));
        let five = (0..t.len()).find(|&i| t.raw(i) == "5").unwrap();
        assert!(t.mark_after(five, "%"));
        let two = (0..t.len()).find(|&i| t.raw(i) == "2").unwrap();
        assert!(t.joined_by(two, "/") && !t.joined_by(two, "-"));
        let a = (0..t.len()).find(|&i| t.raw(i) == "a").unwrap();
        assert!(!t.mark_after(a, "-"));
    }

    #[test]
    fn phrases() {
        let t = Tokens::new("ít nhất 2 cuộc; the third-quarter");
        assert_eq!(t.phrase_at(0, "ít nhất"), Some(2));
        let q = (0..t.len()).find(|&i| t.word(i) == Some("third")).unwrap();
        assert_eq!(t.phrase_at(q, "third-quarter"), Some(q + 2));
    }

    #[test]
    fn ascii_kinds_agree_with_kind_of() {
        for b in 0..128u8 {
            assert_eq!(ASCII_KINDS[b as usize], kind_of(b as char), "{b:#x}");
        }
    }

    #[test]
    fn eight_bytes_a_token_and_a_key_hash_each() {
        assert_eq!(std::mem::size_of::<Token>(), 8);
        let t = Tokens::new("İstanbul Tỷ 25% ĐỒNG\n");
        for i in 0..t.len() {
            let key = t.word(i).unwrap_or(t.raw(i));
            assert_eq!(t.key_hash(i), key_hash(key), "{key}");
        }
        assert_eq!(t.key_hash(2), key_hash("tỷ"));
    }

    #[test]
    fn lower_text_is_the_lower_case_of_the_text() {
        use crate::text::Lower;
        for text in ["Về Công Tác: 1.038 LƯỢT", "İSTANBUL ẞ K x", "Ⅻ Ⓐ ǅ ΣΑ", ""] {
            let t = Tokens::new(text);
            assert_eq!(t.lower_text(), text.lower(), "{text}");
        }
        let t = Tokens::new("İstanbul Đà");
        assert_eq!(t.word(0), Some("i\u{307}stanbul"));
        assert_eq!(t.word(2), Some("đà"));
    }

    #[test]
    fn nfd_marks_stay_in_words() {
        let t = Tokens::new("lu\u{309}ot 5");
        assert_eq!(t.kind(0), Some(TokKind::Word));
        assert_eq!(t.raw(0), "lu\u{309}ot");
    }
}
