//! Scale words that multiply a number: "36 tỷ 208 triệu", "1,2 nghìn tỷ",
//! "3.5 million", and the suffixes of money ("$1.2bn", "£265m", "10k").

use super::Numeral;
use crate::figures::lexicon::{SCALES, SCALE_SUFFIXES};
use crate::text::tokens::{TokKind, Tokens};

pub static DECIMAL_SCALE_SUFFIXES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.decimal_scale_suffixes);

/// The multiplier of a scale word (lower case), in any known language (the
/// profiles' `Words::scales`).
pub fn word_scale(word: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, m)| m)
}

/// The multiplier of a suffix written against the digits ("1.2bn", "10k",
/// "£265m"). "m" and "b" are only read so after a currency sign, where they
/// cannot be metres or bytes; the caller says whether one stands there.
pub fn suffix_scale(suffix: &str, after_currency: bool) -> Option<f64> {
    SCALE_SUFFIXES
        .iter()
        .find(|&&(s, _, needs_currency)| s == suffix && (after_currency || !needs_currency))
        .map(|&(_, m, _)| m)
}

/// `v` times `m`, exact as written where `m` is a power of ten: "16.4
/// million" is 16400000, not the 16399999.999999998 of binary floating
/// point. `v` is taken as the decimal it was written as: the fewest decimal
/// places `d` that give it back (164 and 1 for 16.4); the integer digits
/// then take the exponent, `164 × 10^5`, or `164 / 10^(d−k)`: one exact or
/// correctly rounded operation on exact operands, as parsing the decimal
/// would give.
pub fn times(v: f64, m: f64) -> f64 {
    // The power of ten, counted (no logarithm: it would weigh in the WASM).
    let mut k = 0;
    while k < 30 && 10f64.powi(k) < m {
        k += 1;
    }
    if k == 0 || 10f64.powi(k) != m || !v.is_finite() {
        return v * m;
    }
    for d in 0..=15 {
        let p = 10f64.powi(d);
        let digits = (v * p).round();
        if digits.abs() >= 9_007_199_254_740_992.0 {
            break; // beyond 2^53 the digits are no longer exact
        }
        if digits / p == v {
            return if k >= d {
                digits * 10f64.powi(k - d)
            } else {
                digits / 10f64.powi(d - k)
            };
        }
    }
    v * m
}

/// Extends `n` over the scale words that follow it.
///
/// Consecutive scale words multiply ("nghìn tỷ" is 10^12); a smaller number with
/// a smaller scale word adds on ("36 tỷ 208 triệu"), as Vietnamese writes
/// amounts in parts.
///
/// `own` are the suffixes the text's language reads with no currency sign
/// (`Words::own_scale_suffixes`).
pub fn extend(t: &Tokens, mut n: Numeral, after_currency: bool, own: &[(&str, f64)]) -> Numeral {
    // A suffix against the digits.
    if let Some(j) = Some(n.last + 1).filter(|&j| t.touch(n.last, j)) {
        if t.kind(j) == Some(TokKind::Word) {
            let decimal = n.value.fract() != 0.0 && DECIMAL_SCALE_SUFFIXES.contains(t.raw(j));
            let m = suffix_scale(t.raw(j), after_currency || decimal)
                .or_else(|| super::words::value_of(own, t.raw(j)));
            if let Some(m) = m {
                if !t.touch(j, j + 1) || t.kind(j + 1) != Some(TokKind::Word) {
                    n.value = times(n.value, m);
                    n.last = j;
                    n.scaled = true;
                    n.plain = false;
                    return n;
                }
            }
        }
    }
    // A suffix after a space ("2.33 k", "5 bn"): in lower case (upper case
    // after a space is a unit's symbol, "300 K"), and one letter only with no
    // word after it ("10 k people" leaves "k" to be a word).
    if let Some(j) = t.next(n.last).filter(|&j| j == n.last + 2) {
        let s = t.raw(j);
        let lower = s.bytes().all(|b| b.is_ascii_lowercase());
        let alone = s.len() > 1 || !t.next(j).is_some_and(|k| t.kind(k) == Some(TokKind::Word));
        if lower && alone && !(t.touch(j, j + 1) && t.kind(j + 1) == Some(TokKind::Word)) {
            if let Some(m) = suffix_scale(s, after_currency) {
                n.value = times(n.value, m);
                n.last = j;
                n.scaled = true;
                n.plain = false;
                return n;
            }
        }
    }
    let mut last_scale = f64::INFINITY;
    let mut multiplied = false;
    // Scale words after the number, each multiplying.
    while let Some(j) = t.next(n.last) {
        match t.word(j).and_then(word_scale) {
            Some(m) => {
                n.value = times(n.value, m);
                n.last = j;
                n.scaled = true;
                n.plain = false;
                multiplied = true;
                last_scale = if last_scale.is_finite() {
                    last_scale * m
                } else {
                    m
                };
            }
            None => break,
        }
    }
    if !multiplied {
        return n;
    }
    // Smaller parts: "36 tỷ 208 triệu", "5 triệu 500 nghìn đồng".
    while let Some(d) = t.next(n.last) {
        if t.kind(d) != Some(TokKind::Digits) || t.raw(d).len() > 3 {
            break;
        }
        let Some(w) = t.next(d) else { break };
        let Some(m) = t.word(w).and_then(word_scale) else {
            break;
        };
        if m >= last_scale {
            break;
        }
        let Some(part) = super::decimal::parse(t.raw(d)) else {
            break;
        };
        n.value += times(part, m);
        n.last = w;
        last_scale = m;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use crate::numbers::digits;

    fn value(s: &str, lang: Language, currency: bool) -> (f64, String) {
        let t = Tokens::new(s);
        let n = extend(
            &t,
            digits::read(&t, 0, lang.profile().marks.unwrap()).unwrap(),
            currency,
            lang.profile().words.own_scale_suffixes,
        );
        (n.value, s[t.start(n.first)..t.end(n.last)].to_string())
    }

    #[test]
    fn table() {
        use Language::*;
        #[rustfmt::skip]
        let rows: &[(&str, Language, bool, f64, &str)] = &[
            ("36 tỷ 208 triệu đồng", Vi, false, 36_208_000_000.0, "36 tỷ 208 triệu"),
            ("1,2 nghìn tỷ đồng", Vi, false, 1.2e12, "1,2 nghìn tỷ"),
            ("12 nghìn tỷ", Vi, false, 12e12, "12 nghìn tỷ"),
            ("3.5 million people", En, false, 3.5e6, "3.5 million"),
            ("1.2bn", En, true, 1.2e9, "1.2bn"),
            ("265m", En, true, 265e6, "265m"),
            ("121mm", En, false, 121.0, "121"),
            ("5m", En, false, 5.0, "5"),
            ("10k", En, false, 1e4, "10k"),
            ("2.33 k", En, false, 2330.0, "2.33 k"),
            ("10  k.", En, false, 1e4, "10  k"),
            ("5 bn euros", En, false, 5e9, "5 bn"),
            ("10 k people", En, false, 10.0, "10"),
            ("300 K", En, false, 300.0, "300"),
            ("2mil SEK", En, false, 2e6, "2mil"),
            ("3M", Vi, false, 3e6, "3M"),
            ("1,2M", Vi, false, 1.2e6, "1,2M"),
            ("5 m", En, false, 5.0, "5"),
            ("5500M chip", En, false, 5500.0, "5500"),
            ("1.2b", En, false, 1.2e9, "1.2b"),
            ("5b", En, false, 5.0, "5"),
            ("2 tỷ 2 người", Vi, false, 2e9, "2 tỷ"),
            ("16.4 million", En, false, 16_400_000.0, "16.4 million"),
            ("1,15 triệu", Vi, false, 1_150_000.0, "1,15 triệu"),
            ("0.7 billion", En, false, 700_000_000.0, "0.7 billion"),
            ("4,35 nghìn tỷ", Vi, false, 4.35e12, "4,35 nghìn tỷ"),
        ];
        for &(input, lang, cur, v, text) in rows {
            assert_eq!(value(input, lang, cur), (v, text.to_string()), "{input}");
        }
    }
}
