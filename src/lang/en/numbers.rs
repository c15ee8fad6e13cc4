//! English numbers in words: "twenty-one thousand", "a dozen", "one and a
//! half million", "three hundred and five".

use crate::numbers::words::{hyphen_after, value_of, Acc};
use crate::numbers::Numeral;
use crate::text::phrases::KeyFilter;
use crate::text::tokens::Tokens;
use std::sync::LazyLock;

use super::words::WORDS;

/// English number words below a hundred, and "dozen".
const EN_SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("naught", 0.0),
    ("nought", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
    ("dozens", 12.0),
];

/// The word between the whole and the decimal digits ("nought point five").
const EN_POINT: &str = "point";

/// `x % m` for the whole numbers a phrase's words make (under 2^50), by
/// division and truncation: the `%` of floats is a `libm` routine the
/// WebAssembly would carry for it alone.
fn rem(x: f64, m: f64) -> f64 {
    x - (x / m).trunc() * m
}

/// "dozen", "dozens": twelve that multiplies what stands before it.
fn is_dozen(w: &str) -> bool {
    matches!(w, "dozen" | "dozens")
}

fn en_small(w: &str) -> Option<f64> {
    value_of(EN_SMALL, w)
}

/// English scale words.
const EN_SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("crore", 1e7),
];

fn en_scale(w: &str) -> Option<f64> {
    value_of(EN_SCALES, w)
}

/// Every word an English number in words can open with.
static OPENERS: LazyLock<KeyFilter> = LazyLock::new(|| {
    KeyFilter::new(
        [EN_SMALL, EN_SCALES]
            .iter()
            .flat_map(|t| t.iter().map(|(w, _)| *w))
            .chain(["a", "an"])
            .chain(WORDS.fraction_denominators.iter().map(|(w, _)| *w)),
    )
});

/// The ordinal of a single word: "fifth" 5, "thirds" 3 (plural), "quarter"
/// 4, "hundredth" 100, "trillionths" 10^12. Plural is an ordinal plus "s".
fn ordinal_word(w: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(stem) if w != "halves" => (stem, true),
        _ => (w, w == "halves"),
    };
    if let Some(v) = value_of(WORDS.fraction_denominators, w) {
        return Some((v, plural));
    }
    if let Some(&(_, n)) = super::PROFILE
        .ordinal_words
        .iter()
        .find(|(o, _)| *o == stem)
    {
        return Some((n as f64, plural));
    }
    // "hundredth", "trillionth": a scale word and "th".
    let scale = stem.strip_suffix("th")?;
    en_scale(scale).map(|m| (m, plural))
}

/// A time unit among the ordinals ("second"): after a number it is the
/// unit ("twenty second video"), never a rank or a part.
fn is_time_unit(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    WORDS.singular_time_units.contains(stem)
}

/// An ordinal phrase at `k`: one ordinal word, or tens and a unit ordinal
/// ("twenty-fifth", "twenty fifths"). Returns its value, whether plural,
/// its last token, and whether it is compound.
fn ordinal_phrase(t: &Tokens, k: usize) -> Option<(f64, bool, usize, bool)> {
    let w = t.word(k)?;
    if let Some(tens) = en_small(w).filter(|v| *v >= 20.0 && rem(*v, 10.0) == 0.0 && !is_dozen(w)) {
        let u = if t.joined_by(k, "-‐") {
            Some(k + 2)
        } else {
            t.next(k)
        }?;
        let uw = t.word(u)?;
        let (v, plural) = ordinal_word(uw)?;
        if v >= 10.0 || v.fract() != 0.0 || (!t.joined_by(k, "-‐") && is_time_unit(uw)) {
            return None;
        }
        return Some((tens + v, plural, u, true));
    }
    if is_time_unit(w) {
        return None;
    }
    let (v, plural) = ordinal_word(w)?;
    Some((v, plural, k, false))
}

/// Where a fraction in words may end: before "of", a scale word, or no
/// word at all ("a third of the vote", "two thirds."). Before another word
/// it is the rank it is also written as ("a fifth straight session"). A
/// quarter is also three months ("two quarters."), so it needs "of".
fn fraction_ends(t: &Tokens, end: usize) -> bool {
    let quarter = t
        .word(end)
        .is_some_and(|w| value_of(WORDS.fraction_denominators, w) == Some(4.0));
    match t.next(end).and_then(|k| t.word(k)) {
        Some(w) => {
            WORDS.vague_amount_links.contains(w)
                || (!quarter && (en_scale(w).is_some() || WORDS.fraction_followers.contains(w)))
        }
        None => !quarter,
    }
}

/// A fraction after "and": "five and a quarter", "twenty and three fifths".
/// The numerator is one word or "a".
fn simple_fraction(t: &Tokens, n: usize) -> Option<(f64, usize)> {
    let w = t.word(n)?;
    let num = if matches!(w, "a" | "an") {
        1.0
    } else {
        en_small(w).filter(|_| !is_dozen(w))?
    };
    let (d, plural, end, _) = ordinal_phrase(t, t.next(n)?)?;
    // "a quarter", "two thirds", not "two third" nor "one thirds".
    (d >= 2.0 && plural == (num != 1.0)).then_some((num / d, end))
}

/// Reads an English number in words that opens at token `i`.
pub fn read(t: &Tokens, i: usize) -> Option<Numeral> {
    // Most words open no number: the token's key hash says so at once.
    if !OPENERS.may_hold(t, i) {
        return None;
    }
    read_en(t, i)
}

fn read_en(t: &Tokens, i: usize) -> Option<Numeral> {
    let first = t.word(i)?;
    if !(matches!(first, "a" | "an")
        || en_small(first).is_some()
        || en_scale(first).is_some()
        || value_of(WORDS.fraction_denominators, first).is_some())
    {
        return None;
    }
    if is_dozen(first) {
        return None; // "dozens were hurt": how many, not twelve
    }
    let mut acc = Acc::new();
    let mut last = None;
    let mut j = i;
    let mut words = 0;
    let mut fractional = false;
    // The value before the last word, and whether that word was tens
    // written alone ("thirty" of "one hundred thirty-fifths").
    let mut before_last = 0.0;
    let mut last_tens = false;
    // "a dozen", "a million", "a hundred": the article stands for one.
    if matches!(t.word(i), Some("a" | "an")) {
        let n = t.next(i)?;
        let w = t.word(n)?;
        if w == "dozen" || en_scale(w).is_some() {
            acc.group = 1.0;
            j = n;
            last = Some(i);
        } else {
            // "a third", "a hundredth", "a twenty-first": one part.
            let (d, plural, end, _) = ordinal_phrase(t, n)?;
            if plural
                || d < 2.0
                || !fraction_ends(t, end)
                || t.prev(i).and_then(|p| t.word(p)) == Some("and")
            {
                return None;
            }
            return Some(fraction(i, end, 1.0 / d));
        }
    } else if let Some((d, false)) = ordinal_word(first).filter(|_| en_small(first).is_none()) {
        // "half a dozen", "half a million".
        let a = t
            .next(i)
            .filter(|&a| matches!(t.word(a), Some("a" | "an")))?;
        let s = t.next(a)?;
        let m = t
            .word(s)
            .and_then(|w| en_scale(w).or(en_small(w).filter(|_| is_dozen(w))))?;
        return (d >= 2.0 && m >= 12.0).then(|| fraction(i, s, m / d));
    }
    while let Some(w) = t.word(j) {
        let before = acc.value();
        let mut tens = false;
        if let Some(v) = en_small(w) {
            tens = v >= 20.0 && rem(v, 10.0) == 0.0 && !is_dozen(w);
            if v == 12.0 && is_dozen(w) {
                acc.group = acc.group.max(1.0) * 12.0;
            } else if rem(acc.group, 100.0) != 0.0
                && rem(acc.group, 10.0) == 0.0
                && v < 10.0
                && v > 0.0
            {
                acc.group += v;
            } else if last.is_some() && acc.group != 0.0 && rem(acc.group, 100.0) != 0.0 {
                break; // "five six": two numbers, not one
            } else {
                acc.group += v;
            }
        } else if let Some(m) = en_scale(w) {
            last?;
            acc.scale(m);
        } else if w == "and" && last.is_some() {
            // "one hundred and five", "one and a half million"
            let n = t.next(j)?;
            if let Some((f, end)) = simple_fraction(t, n) {
                acc.group += f;
                last = Some(end);
                fractional = true;
                j = t.next(end).unwrap_or(end);
                if t.word(j).and_then(en_scale).is_some() {
                    continue;
                }
                break;
            }
            if t.phrase_at(n, "a half").is_some() {
                let half_end = t.phrase_at(n, "a half")?;
                acc.group += 0.5;
                last = Some(half_end);
                j = t.next(half_end).unwrap_or(half_end);
                if t.word(j).and_then(en_scale).is_some() {
                    continue;
                }
                break;
            }
            match t.word(n) {
                Some(x) if en_small(x).is_some() => {
                    j = n;
                    continue;
                }
                _ => break,
            }
        } else {
            break;
        }
        words += 1;
        last = Some(j);
        before_last = before;
        last_tens = tens;
        // Hyphenated compounds: "twenty-one", "forty-five"; after tens only
        // ("three-nought-four" is three numbers).
        if let Some(u) = hyphen_after(t, j).filter(|_| tens) {
            if let Some(v) = t.word(u).and_then(en_small) {
                if v < 10.0 {
                    acc.group += v;
                    j = u;
                    last = Some(j);
                    last_tens = false;
                }
            }
        }
        match t.next(j) {
            Some(n) => j = n,
            None => break,
        }
    }
    let last = last?;
    if words == 0 {
        return None;
    }
    if fractional {
        return Some(fraction(i, last, acc.value()));
    }
    let whole = acc.value();
    // Tens joined to an ordinal: "twenty-first" is a rank, "one hundred
    // thirty-fifths" a hundred parts of thirty-five.
    if last_tens && t.joined_by(last, "-‐") {
        if let Some((d, plural, end, _)) = ordinal_phrase(t, last) {
            if !plural {
                return Some(ordinal(i, end, whole - (d - rem(d, 10.0)) + d));
            }
            return (before_last > 0.0 && fraction_ends(t, end))
                .then(|| fraction(i, end, before_last / d));
        }
    }
    if let Some((d, plural, end, compound)) = t.next(last).and_then(|k| ordinal_phrase(t, k)) {
        if plural && fraction_ends(t, end) {
            // "two thirds", "one hundred thirty two fifths", "twenty twenty fifths".
            if d >= 3.0 || (d == 2.0 && whole > 1.0) {
                return Some(fraction(i, end, whole / d));
            }
        } else if whole == 1.0 && words == 1 && last == i {
            // "one fifth", "one twenty-fifth".
            if d >= 2.0 && fraction_ends(t, end) {
                return Some(fraction(i, end, 1.0 / d));
            }
        } else if !compound && d >= 100.0 {
            // "two hundredth", "a hundred trillionth".
            let mut rank = Acc { ..acc };
            rank.scale(d);
            return Some(ordinal(i, end, rank.value()));
        } else if !compound && d.fract() == 0.0 {
            // "one hundred twenty fifth", "two thousand first".
            let g = acc.group;
            if (rem(g, 100.0) == 0.0 && d < 100.0)
                || (rem(g, 10.0) == 0.0 && rem(g, 100.0) != 0.0 && d < 10.0)
            {
                return Some(ordinal(i, end, whole + d));
            }
        }
    }
    // "nought point five", "two point three million".
    if let Some(p) = t.next(last).filter(|&p| t.word(p) == Some(EN_POINT)) {
        if !(whole == 1.0 && words == 1) {
            let mut digits = String::new();
            let mut end = p;
            while let Some(k) = t.next(end) {
                match t.word(k).and_then(en_small) {
                    Some(v) if v < 100.0 && !t.word(k).is_some_and(is_dozen) => {
                        digits.push_str(&(v as u32).to_string()); // integer printing: no float formatting in the WASM
                        end = k;
                    }
                    _ => break,
                }
            }
            if let Some(f) = crate::numbers::decimal::parse(&format!("0.{digits}")) {
                if end > p {
                    let mut value = whole + f;
                    if let Some(m) = t.next(end).and_then(|k| t.word(k)).and_then(en_scale) {
                        value = crate::numbers::scale::times(value, m);
                        end = t.next(end).unwrap_or(end);
                    }
                    return Some(fraction(i, end, value));
                }
            }
        }
    }
    Some(Numeral {
        first: i,
        last,
        value: whole,
        plain: false,
        digits: false,
        scaled: false,
        ordinal: false,
    })
}

/// A number in words that is no whole: a fraction or a decimal. It stands
/// alone as a figure (it cannot be an article), hence `scaled`.
fn fraction(first: usize, last: usize, value: f64) -> Numeral {
    Numeral {
        first,
        last,
        value,
        plain: false,
        digits: false,
        scaled: true,
        ordinal: false,
    }
}

/// An ordinal in words of more than one part.
fn ordinal(first: usize, last: usize, value: f64) -> Numeral {
    Numeral {
        first,
        last,
        value,
        plain: false,
        digits: false,
        scaled: false,
        ordinal: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(f64, String)> {
        crate::testing::number_words(read, s)
    }

    #[test]
    fn english() {
        #[rustfmt::skip]
        let rows: &[(&str, Option<(f64, &str)>)] = &[
            ("twenty-one thousand people", Some((21000.0, "twenty-one thousand"))),
            ("a dozen eggs", Some((12.0, "a dozen"))),
            ("one and a half million", Some((1.5e6, "one and a half million"))),
            ("three hundred and five", Some((305.0, "three hundred and five"))),
            ("two million", Some((2e6, "two million"))),
            ("five", Some((5.0, "five"))),
            ("a year", None),
            ("two thirds of voters", Some((2.0 / 3.0, "two thirds"))),
            ("three fifths", Some((0.6, "three fifths"))),
            ("one fifth", Some((0.2, "one fifth"))),
            ("a third of them", Some((1.0 / 3.0, "a third"))),
            ("a hundredth", Some((0.01, "a hundredth"))),
            // "a third" before what follows an amount is a fraction.
            ("a third since March", Some((1.0 / 3.0, "a third"))),
            ("a third party", None),
            ("a tenth over the period", Some((0.1, "a tenth"))),
            ("a twenty-first", Some((1.0 / 21.0, "a twenty-first"))),
            ("one twenty-fifth", Some((0.04, "one twenty-fifth"))),
            ("twenty twenty fifths", Some((0.8, "twenty twenty fifths"))),
            ("one hundred thirty-two fifths", Some((26.4, "one hundred thirty-two fifths"))),
            ("one hundred thirty-fifths", Some((100.0 / 35.0, "one hundred thirty-fifths"))),
            ("one hundred and thirty and two fifths", Some((130.4, "one hundred and thirty and two fifths"))),
            ("five and a quarter", Some((5.25, "five and a quarter"))),
            ("twenty and three fifths", Some((20.6, "twenty and three fifths"))),
            ("a hundred thousand trillionths", Some((1e-7, "a hundred thousand trillionths"))),
            ("half a dozen eggs", Some((6.0, "half a dozen"))),
            ("half a million", Some((500_000.0, "half a million"))),
            ("three dozens", Some((36.0, "three dozens"))),
            ("three lakh crore", Some((3e12, "three lakh crore"))),
            ("nought point five", Some((0.5, "nought point five"))),
            ("zero point zero eight", Some((0.08, "zero point zero eight"))),
            ("two point four million", Some((2_400_000.0, "two point four million"))),
            ("twenty seconds", Some((20.0, "twenty"))),
            ("one second", Some((1.0, "one"))),
            ("a quarter", None),
            ("a fifth straight session", None),
            ("two quarters.", Some((2.0, "two"))),
            ("three quarters of them", Some((0.75, "three quarters"))),
            ("one point of view", Some((1.0, "one"))),
            ("million", None),
            ("ninety - five hundred fifths", Some((1900.0, "ninety - five hundred fifths"))),
            ("ninety-five hundred", Some((9500.0, "ninety-five hundred"))),
            ("three-nought-four", Some((3.0, "three"))),
            ("twenty - thirty", Some((20.0, "twenty"))),
        ];
        for (input, want) in rows {
            assert_eq!(
                value(input),
                want.map(|(v, s)| (v, s.to_string())),
                "{input}"
            );
        }
    }
}
