//! The noun a number counts: "1.038 lượt", "19 người chết", "3 million
//! people", by the rule the language's profile names.

use super::super::lexicon::*;
use super::super::Context;
use crate::lang::CountedNoun;

static NOT_NOUN_ENDINGS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.not_noun_endings);

/// The counted noun at token `k`: its last token.
pub(super) fn counted_noun(cx: &Context, k: usize) -> Option<usize> {
    let t = cx.t;
    let w = t.word(k)?;
    if is_not_noun(w) || w.chars().count() > 20 {
        return None;
    }
    match cx.p.counted_noun {
        CountedNoun::None => None,
        CountedNoun::Classifiers => {
            let cap = t.is_capitalized(k);
            if cap {
                // "2 Huy hiệu Đảng", "5 BQL Dự án": a capitalised name of a thing.
                let mut end = k;
                for n in 1..3 {
                    let Some(j) = t.next(end) else { break };
                    match t.word(j) {
                        Some(x) if !is_not_noun(x) && (t.is_capitalized(j) || n == 1) => end = j,
                        _ => break,
                    }
                }
                return Some(end);
            }
            if SINGLE_NOUNS.contains(w) {
                return Some(k);
            }
            let more = if CLASSIFIERS.contains(w) { 2 } else { 1 };
            let mut end = k;
            for _ in 0..more {
                let Some(j) = t.next(end) else { break };
                match t.word(j) {
                    Some(x) if !is_not_noun(x) && !t.is_capitalized(j) => end = j,
                    _ => break,
                }
            }
            Some(end)
        }
        CountedNoun::EndsAtPlural => {
            if t.is_capitalized(k) && !w.ends_with('s') {
                return None;
            }
            // Up to three words of a noun phrase, ending at the first plural.
            let mut end = k;
            let mut n = 1;
            while !t.word(end).unwrap_or("").ends_with('s') && n < 3 {
                let Some(j) = t.next(end) else { break };
                match t.word(j) {
                    Some(x) if !is_not_noun(x) && !t.is_capitalized(j) => {
                        end = j;
                        n += 1;
                    }
                    _ => break,
                }
            }
            // Words that reach no plural: one that ends as a comparative, a
            // participle or an adverb is no noun ("30k cheaper", "60
            // rising"); a later one ends the noun before it ("two people
            // briefed"), but for "-er", which ends nouns too ("ground ginger").
            if !t.word(end).unwrap_or("").ends_with('s') {
                if end == k && not_noun_end(w, true) {
                    return None;
                }
                end = (k + 1..=end)
                    .find(|&j| t.word(j).is_some_and(|x| not_noun_end(x, false)))
                    .and_then(|j| t.prev(j))
                    .unwrap_or(end);
            }
            Some(end)
        }
    }
}

/// True when `w`, no plural, ends as a comparative, participle or adverb
/// does (the first of the profile's endings, "-er", only when `first`).
fn not_noun_end(w: &str, first: bool) -> bool {
    !w.ends_with('s')
        && NOT_NOUN_ENDINGS
            .iter()
            .enumerate()
            .any(|(i, e)| (first || i > 0) && w.ends_with(e))
}
