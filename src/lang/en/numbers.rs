//! English numbers in words: "twenty-one thousand", "a dozen", "one and a
//! half million", "three hundred and five".

use crate::numbers::words::{value_of, Acc};
use crate::numbers::Numeral;
use crate::text::phrases::KeyFilter;
use crate::text::tokens::Tokens;
use std::sync::LazyLock;

/// English number words below a hundred, and "dozen".
const EN_SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
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
];

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
            .chain(["a", "an"]),
    )
});

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
    if !(matches!(first, "a" | "an") || en_small(first).is_some() || en_scale(first).is_some()) {
        return None;
    }
    let mut acc = Acc::new();
    let mut last = None;
    let mut j = i;
    let mut words = 0;
    // "a dozen", "a million", "a hundred": the article stands for one.
    if matches!(t.word(i), Some("a" | "an")) {
        let n = t.next(i)?;
        let w = t.word(n)?;
        if w == "dozen" || en_scale(w).is_some() {
            acc.group = 1.0;
            j = n;
            last = Some(i);
        } else {
            return None;
        }
    }
    while let Some(w) = t.word(j) {
        if let Some(v) = en_small(w) {
            if v == 12.0 && w == "dozen" {
                acc.group = acc.group.max(1.0) * 12.0;
            } else if acc.group % 100.0 != 0.0 && acc.group % 10.0 == 0.0 && v < 10.0 && v > 0.0 {
                acc.group += v;
            } else if last.is_some() && acc.group != 0.0 && acc.group % 100.0 != 0.0 {
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
        // Hyphenated compounds: "twenty-one", "forty-five".
        if t.joined_by(j, "-‐") {
            if let Some(v) = t.word(j + 2).and_then(en_small) {
                if v < 10.0 {
                    acc.group += v;
                    j += 2;
                    last = Some(j);
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
    Some(Numeral {
        first: i,
        last,
        value: acc.value(),
        plain: false,
        digits: false,
        scaled: false,
    })
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
            ("million", None),
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
