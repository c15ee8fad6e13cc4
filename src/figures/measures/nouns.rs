//! The noun a number counts: "1.038 lượt", "19 người chết", "3 million
//! people", by the rule the language's profile names.

use super::super::lexicon::*;
use super::super::Context;
use crate::lang::CountedNoun;

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
            if SINGLE_NOUNS.contains(&w) {
                return Some(k);
            }
            let more = if CLASSIFIERS.contains(&w) { 2 } else { 1 };
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
            Some(end)
        }
    }
}
