//! Physical units after a number: a symbol written as touching tokens
//! ("km2", "m²", "°C", "km/h") or a phrase ("mét vuông", "square
//! kilometres"), and the "/kg", "/em/năm" that may follow a unit.

use super::super::lexicon::*;
use crate::text::tokens::{TokKind, Tokens};

/// Extends a money or quantity figure over "/em/năm", "/kg", "/tháng".
pub(super) fn per_unit_tail(t: &Tokens, mut last: usize) -> usize {
    while t.is_punct(last + 1, '/')
        && t.touch(last, last + 1)
        && t.kind(last + 2) == Some(TokKind::Word)
        && t.touch(last + 1, last + 2)
    {
        last += 2;
    }
    last
}

/// A physical unit at token `k`: a phrase ("mét vuông", "square kilometres")
/// or a symbol written as touching tokens ("km2", "m²", "°C", "km/h").
pub fn unit_at(t: &Tokens, k: usize) -> Option<(usize, &'static str)> {
    // Symbols: join up to six touching tokens and take the longest known one
    // ("km/h", "ki-lô-mét": three syllables and their hyphens).
    let mut joined = String::new();
    let mut best = None;
    let mut j = k;
    while j < t.len() && j < k + 6 {
        if t.kind(j) == Some(TokKind::Space) {
            break;
        }
        if j > k && !t.touch(j - 1, j) {
            break;
        }
        match t.word(j) {
            Some(w) => joined.push_str(w),
            None => joined.push_str(t.raw(j)),
        }
        if let Some(unit) = unit_symbol(&joined) {
            // The symbol must end where the word ends: "m" is not "mùa".
            // (A symbol ending in a power, "m2sàn", is only missing a space.)
            let ends = !t.touch(j, j + 1)
                || t.kind(j + 1) != Some(TokKind::Word)
                || joined.ends_with(|c: char| c.is_ascii_digit() || c == '²' || c == '³');
            if ends {
                best = Some((j, unit));
            }
        }
        j += 1;
    }
    // A phrase that goes on past the symbol wins: "miles an hour", "metric tons".
    let phrase = UNIT_PHRASE_SET
        .longest_at(t, k)
        .map(|(end, idx)| (end, unit_symbol(UNIT_PHRASE_SET.get(idx)).unwrap_or("")));
    match (best, phrase) {
        (Some(b), Some(p)) if p.0 > b.0 => Some(p),
        (Some(b), _) => Some(b),
        (None, p) => p,
    }
}
