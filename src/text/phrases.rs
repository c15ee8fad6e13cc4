//! Word lists matched against the token stream, indexed by their first and
//! last word so that a lookup at a token tries only the phrases that can
//! match there (a handful) instead of the whole list.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the keys are short words, for which SipHash's protection against
/// crafted collisions costs more than the lookups themselves.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map on FNV-1a: the crate's one hasher (short keys, no need of
/// SipHash's defence, and one instantiation less in the WebAssembly).
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

use super::tokens::{key_hash, Tokens};

/// Entries keyed by one word, asked of tokens: a list that recognisers look
/// up at every word ("tháng" is a month's cue, "twice" a multiplier). The
/// many tokens that are no key are told by their hash ([`KeyFilter`]); the
/// rest find their entry in the list as written (the first of equal keys).
pub struct WordTable<E: 'static> {
    entries: Vec<E>,
    key: fn(&E) -> &'static str,
    keys: KeyFilter,
}

impl<E> WordTable<E> {
    pub fn new(entries: Vec<E>, key: fn(&E) -> &'static str) -> Self {
        let keys = KeyFilter::new(entries.iter().map(key));
        WordTable { entries, key, keys }
    }

    /// The first entry whose key is `w`.
    pub fn get(&self, w: &str) -> Option<&E> {
        self.entries.iter().find(|e| (self.key)(e) == w)
    }

    /// The entry of token `i`'s word: what `get(t.word(i)?)` gives.
    #[inline]
    pub fn at(&self, t: &Tokens, i: usize) -> Option<&E> {
        if !self.keys.may_hold(t, i) {
            return None;
        }
        self.get(t.word(i)?)
    }
}

/// A list of phrases (lower case, words separated by single spaces; `-`
/// inside a word matches a hyphen in the text: "third-quarter").
pub struct PhraseSet {
    phrases: Vec<&'static str>,
    words: Vec<usize>,
    by_first: Map<&'static str, Vec<usize>>,
    by_last: Map<&'static str, Vec<usize>>,
    /// The first and last words: most tokens start or end no phrase, and
    /// these say so without hashing the word.
    first_hashes: KeyFilter,
    last_hashes: KeyFilter,
}

/// A set of token keys known only by their hashes ([`Tokens::key_hash`]):
/// it says "certainly not" to a token whose key is none of them in a few
/// instructions, and "perhaps" otherwise (an outside key passes with odds of
/// about n in 4096 for a set of n keys), after which the caller compares
/// words as it always does. Callers check it first so that the many tokens
/// that start nothing cost next to nothing.
pub struct KeyFilter([u64; 64]);

impl KeyFilter {
    pub fn new<'a>(keys: impl IntoIterator<Item = &'a str>) -> Self {
        let mut f = KeyFilter([0; 64]);
        for key in keys {
            f.insert(key);
        }
        f
    }

    fn insert(&mut self, key: &str) {
        let h = key_hash(key) as usize & 4095;
        self.0[h >> 6] |= 1 << (h & 63);
    }

    fn may_hold_hash(&self, hash: u16) -> bool {
        let h = hash as usize & 4095;
        self.0[h >> 6] & (1 << (h & 63)) != 0
    }

    /// False when token `i`'s key is certainly none of the keys.
    #[inline]
    pub fn may_hold(&self, t: &Tokens, i: usize) -> bool {
        self.may_hold_hash(t.key_hash(i))
    }
}

/// The key a phrase part is indexed by: the part up to its first hyphen, or
/// the whole part when it is a mark ("%", "-").
fn head(part: &str) -> &str {
    match part.find('-') {
        Some(0) | None => part,
        Some(k) => &part[..k],
    }
}

/// The key of the last token a phrase part ends on ("third-quarter" ends on
/// "quarter").
fn tail(part: &str) -> &str {
    match part.rfind('-') {
        Some(k) if k + 1 < part.len() => &part[k + 1..],
        _ => part,
    }
}

impl PhraseSet {
    pub fn new(phrases: &[&'static str]) -> Self {
        let mut by_first: Map<&'static str, Vec<usize>> = Map::default();
        let mut by_last: Map<&'static str, Vec<usize>> = Map::default();
        let mut words = Vec::with_capacity(phrases.len());
        let mut first_hashes = KeyFilter::new([]);
        let mut last_hashes = KeyFilter::new([]);
        for (k, p) in phrases.iter().enumerate() {
            let first = p.split(' ').next().unwrap_or("");
            let last = p.rsplit(' ').next().unwrap_or("");
            by_first.entry(head(first)).or_default().push(k);
            by_last.entry(tail(last)).or_default().push(k);
            first_hashes.insert(head(first));
            last_hashes.insert(tail(last));
            words.push(p.split(' ').count());
        }
        PhraseSet {
            phrases: phrases.to_vec(),
            words,
            by_first,
            by_last,
            first_hashes,
            last_hashes,
        }
    }

    /// The phrase at `k`.
    pub fn get(&self, k: usize) -> &'static str {
        self.phrases[k]
    }

    fn key<'t>(t: &'t Tokens, i: usize) -> Option<&'t str> {
        t.word(i)
            .or_else(|| Some(t.raw(i)).filter(|s| !s.is_empty()))
    }

    /// The longest phrase that starts at token `i`: its last token and index.
    ///
    /// Inlined, so that the many tokens the filter turns away cost no call;
    /// the rest go on in [`PhraseSet::longest_from`].
    #[inline]
    pub fn longest_at(&self, t: &Tokens, i: usize) -> Option<(usize, usize)> {
        if !self.first_hashes.may_hold(t, i) {
            return None;
        }
        self.longest_from(t, i)
    }

    #[inline(never)]
    fn longest_from(&self, t: &Tokens, i: usize) -> Option<(usize, usize)> {
        let candidates = self.by_first.get(Self::key(t, i)?)?;
        let mut best: Option<(usize, usize)> = None;
        for &k in candidates {
            if let Some(end) = t.phrase_at(i, self.phrases[k]) {
                if best.is_none_or(|(e, _)| end > e) {
                    best = Some((end, k));
                }
            }
        }
        best
    }

    /// The longest phrase that ends just before token `i` (spaces between):
    /// its first token and index.
    #[inline]
    pub fn longest_before(&self, t: &Tokens, i: usize) -> Option<(usize, usize)> {
        let last = t.prev(i)?;
        if !self.last_hashes.may_hold(t, last) {
            return None;
        }
        self.longest_ending(t, last)
    }

    #[inline(never)]
    fn longest_ending(&self, t: &Tokens, last: usize) -> Option<(usize, usize)> {
        let candidates = self.by_last.get(Self::key(t, last)?)?;
        let mut best: Option<(usize, usize)> = None;
        for &k in candidates {
            // Walk back over the phrase's words, then match it forwards.
            let mut first = last;
            let mut ok = true;
            for _ in 1..self.words[k] {
                match t.prev(first) {
                    Some(p) => first = p,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            // A hyphenated last word spans three tokens: start from its head.
            let hyphens = self.phrases[k]
                .split(' ')
                .next()
                .map_or(0, |w| w.matches('-').count());
            if self.words[k] == 1 && hyphens > 0 {
                first = last.saturating_sub(2 * hyphens);
            }
            if ok
                && t.phrase_at(first, self.phrases[k]) == Some(last)
                && best.is_none_or(|(f, _)| first < f)
            {
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
    fn matches_like_the_plain_scan() {
        let set = PhraseSet::new(&["ít nhất", "nhất", "hơn", "%", "third-quarter", "per cent"]);
        let t = Tokens::new("ít nhất 2 cuộc, 5 per cent, 3% and the third-quarter x");
        assert_eq!(
            set.longest_before(&t, 4).map(|(f, k)| (f, set.get(k))),
            Some((0, "ít nhất"))
        );
        let pct = (0..t.len()).find(|&i| t.raw(i) == "%").unwrap();
        assert_eq!(set.longest_at(&t, pct).map(|(_, k)| set.get(k)), Some("%"));
        let per = (0..t.len()).find(|&i| t.raw(i) == "per").unwrap();
        assert_eq!(
            set.longest_at(&t, per).map(|(e, k)| (t.raw(e), set.get(k))),
            Some(("cent", "per cent"))
        );
        let third = (0..t.len()).find(|&i| t.raw(i) == "third").unwrap();
        assert_eq!(set.longest_at(&t, third), Some((third + 2, 4)));
        assert_eq!(
            set.longest_before(&t, third + 4).map(|(f, _)| f),
            Some(third)
        );
    }

    #[test]
    fn key_filter_never_turns_a_member_away() {
        let keys = ["tỷ", "triệu", "nghìn", "million", "%", "$", "ĐỒNG"];
        let filter = KeyFilter::new(keys);
        let t = Tokens::new("5 tỷ, 3 TRIỆU và 2 Nghìn; 4 million % $ đồng ĐỒNG");
        let mut passed = 0;
        for i in 0..t.len() {
            let key = t.word(i).unwrap_or(t.raw(i));
            if keys.contains(&key) {
                assert!(filter.may_hold(&t, i), "{key}");
            }
            passed += usize::from(filter.may_hold(&t, i));
        }
        // Members pass ("ĐỒNG" is upper case, so "đồng" is no member); of
        // the other 16 tokens, almost surely none.
        assert!(passed <= 8, "{passed}");
    }
}
