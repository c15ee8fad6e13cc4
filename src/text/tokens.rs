//! The token stream every recogniser reads: words, digit runs, spaces and single
//! punctuation marks, each with its exact byte range in the text.
//!
//! Recognisers never re-scan the text with their own patterns; they walk these
//! tokens, so one pass over the input serves them all and offsets are exact by
//! construction.

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

/// One token: its kind and byte range; for words, the range of its lower-case
/// form in [`Tokens::lower`].
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// For `Space`: whether the run holds a line break.
    pub newline: bool,
    lower: (u32, u32),
}

/// The tokens of one text.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    /// The lower-case forms of all words, end to end.
    lower: String,
}

/// True for letters (with Vietnamese ones and combining marks on a fast path).
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        _ if c.is_ascii() => false,
        // Vietnamese letters and their combining marks, without a table lookup.
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{1ea0}'..='\u{1ef9}' | '\u{300}'..='\u{36f}' => true,
        _ => c.is_alphabetic(),
    }
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
    pub fn new(text: &'a str) -> Self {
        let mut toks = Vec::with_capacity(text.len() / 3);
        let mut lower = String::with_capacity(text.len());
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let kind = if is_word_char(c) {
                TokKind::Word
            } else if c.is_ascii_digit() {
                TokKind::Digits
            } else if is_space(c) {
                TokKind::Space
            } else {
                TokKind::Punct
            };
            let mut end = start + c.len_utf8();
            let mut newline = is_line_break(c);
            if kind != TokKind::Punct {
                while let Some(&(i, d)) = chars.peek() {
                    let same = match kind {
                        TokKind::Word => is_word_char(d),
                        TokKind::Digits => d.is_ascii_digit(),
                        _ => is_space(d),
                    };
                    if !same {
                        break;
                    }
                    newline |= is_line_break(d);
                    end = i + d.len_utf8();
                    chars.next();
                }
            }
            let mut lo = (0, 0);
            if kind == TokKind::Word {
                let from = lower.len() as u32;
                lower.extend(text[start..end].chars().flat_map(char::to_lowercase));
                lo = (from, lower.len() as u32);
            }
            toks.push(Token {
                kind,
                start,
                end,
                newline,
                lower: lo,
            });
        }
        Tokens { text, toks, lower }
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

    /// The text of token `i` as written.
    /// The text of token `i` as written; empty past the end, so that
    /// recognisers may look ahead without bounds checks.
    pub fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }

    /// The lower-case form of token `i` if it is a word.
    pub fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Word).then(|| &self.lower[t.lower.0 as usize..t.lower.1 as usize])
    }

    /// True when token `i` is a word that starts with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
            && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when tokens `i` and `j` touch (`i` ends where `j` starts).
    pub fn touch(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// True when token `i` is the punctuation mark `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.raw(i).starts_with(c)
    }

    /// True when token `i` is one of the punctuation marks in `set`.
    pub fn is_punct_in(&self, i: usize, set: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.raw(i).chars().all(|c| set.contains(c))
    }

    /// The token after `i`, stepping over one run of spaces within a line.
    pub fn next(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        match self.toks.get(j)? {
            t if t.kind == TokKind::Space => {
                if t.newline {
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
                if t.newline {
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
        let mut at = i;
        let mut first = true;
        for part in phrase.split(' ') {
            if !first {
                at = self.next(at)?;
            }
            first = false;
            if !self.part_at(&mut at, part) {
                return None;
            }
        }
        Some(at)
    }

    /// Matches one space-free part of a phrase at `*at`, which may span a word,
    /// a hyphen and a word ("third-quarter"); leaves `*at` on its last token.
    fn part_at(&self, at: &mut usize, part: &str) -> bool {
        let mut pieces = part.split('-');
        let head = pieces.next().unwrap_or("");
        if !head.is_empty() && self.word(*at) != Some(head) && self.raw_if_punct(*at) != Some(head)
        {
            return false;
        }
        for piece in pieces {
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

    /// Finds the longest phrase of `list` that starts at token `i`.
    pub fn longest_at(&self, i: usize, list: &[&str]) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (k, phrase) in list.iter().enumerate() {
            if let Some(end) = self.phrase_at(i, phrase) {
                if best.is_none_or(|(e, _)| end > e) {
                    best = Some((end, k));
                }
            }
        }
        best
    }

    /// Finds the longest phrase of `list` that ends just before token `i`
    /// (with spaces between); returns the phrase's first token and its index.
    pub fn longest_before(&self, i: usize, list: &[&str]) -> Option<(usize, usize)> {
        let last = self.prev(i)?;
        let mut best: Option<(usize, usize)> = None;
        for (k, phrase) in list.iter().enumerate() {
            let n = phrase.split(' ').count();
            // Walk back n word tokens and try the phrase from there.
            let mut first = last;
            let mut ok = true;
            for _ in 1..n {
                match self.prev(first) {
                    Some(p) => first = p,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            if self.phrase_at(first, phrase) == Some(last) && best.is_none_or(|(f, _)| first < f) {
                best = Some((first, k));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets() {
        let text = "Quý I-2023, 1.038 lượt\r\nđến";
        let t = Tokens::new(text);
        let raws: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(
            raws,
            [
                "Quý", " ", "I", "-", "2023", ",", " ", "1", ".", "038", " ", "lượt", "\r\n", "đến"
            ]
        );
        assert_eq!(t.word(0), Some("quý"));
        assert!(t.toks[12].newline);
        assert_eq!(t.next(11), None, "a line break stops a phrase");
    }

    #[test]
    fn phrases() {
        let t = Tokens::new("ít nhất 2 cuộc; the third-quarter");
        assert_eq!(t.phrase_at(0, "ít nhất"), Some(2));
        assert_eq!(t.longest_before(4, &["nhất", "ít nhất"]), Some((0, 1)));
        let q = (0..t.len()).find(|&i| t.word(i) == Some("third")).unwrap();
        assert_eq!(t.phrase_at(q, "third-quarter"), Some(q + 2));
    }

    #[test]
    fn nfd_marks_stay_in_words() {
        let t = Tokens::new("lu\u{309}ot 5");
        assert_eq!(t.kind(0), Some(TokKind::Word));
        assert_eq!(t.raw(0), "lu\u{309}ot");
    }
}
