//! Numbers written in words: "twenty-one thousand", "a dozen", "one and a half
//! million"; "hai mươi mốt nghìn không trăm mười một", "một trăm linh năm",
//! "hai chục", "năm ngàn".

use super::Numeral;
use crate::model::Language;
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

/// Vietnamese digit words. "năm" (five, but also "year") and "tư" (four, but
/// also "fourth") are read as digits only inside a longer number: see [`read_vi`].
const VI_DIGITS: &[(&str, f64)] = &[
    ("không", 0.0),
    ("một", 1.0),
    ("mốt", 1.0),
    ("hai", 2.0),
    ("ba", 3.0),
    ("bốn", 4.0),
    ("tư", 4.0),
    ("năm", 5.0),
    ("lăm", 5.0),
    ("sáu", 6.0),
    ("bảy", 7.0),
    ("bẩy", 7.0),
    ("tám", 8.0),
    ("chín", 9.0),
];

fn vi_digit(w: &str) -> Option<f64> {
    value_of(VI_DIGITS, w)
}

/// Vietnamese scale words.
const VI_SCALES: &[(&str, f64)] = &[
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("triệu", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
];

fn vi_scale(w: &str) -> Option<f64> {
    value_of(VI_SCALES, w)
}

/// The other words of Vietnamese numbers: tens, hundreds, dozens, and the
/// "zero tens" of "một trăm linh năm".
const VI_OTHERS: &[&str] = &["mười", "mươi", "trăm", "chục", "linh", "lẻ"];

fn value_of(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

/// Every word a number in words can open with, in either language.
static OPENERS: LazyLock<KeyFilter> = LazyLock::new(|| {
    let tables = [EN_SMALL, EN_SCALES, VI_DIGITS, VI_SCALES];
    KeyFilter::new(
        tables
            .iter()
            .flat_map(|t| t.iter().map(|(w, _)| *w))
            .chain(VI_OTHERS.iter().copied())
            .chain(["a", "an"]),
    )
});

/// Reads a number in words starting at token `i`.
pub fn read(t: &Tokens, i: usize, lang: Language) -> Option<Numeral> {
    // Most words open no number: the token's key hash says so at once.
    if !OPENERS.may_hold(t, i) {
        return None;
    }
    match lang {
        Language::En => read_en(t, i),
        Language::Vi => read_vi(t, i),
    }
}

/// Accumulates a number the usual way: `group` is below the next scale word,
/// `total` holds what larger scale words closed.
struct Acc {
    total: f64,
    group: f64,
    last_scale: f64,
}

impl Acc {
    fn new() -> Self {
        Acc {
            total: 0.0,
            group: 0.0,
            last_scale: f64::INFINITY,
        }
    }

    fn scale(&mut self, m: f64) {
        if m >= 1000.0 {
            if m > self.last_scale {
                // "một nghìn tỷ", "a thousand billion": the whole so far scales.
                self.total = (self.total + self.group) * m;
            } else {
                self.total += self.group.max(1.0) * m;
            }
            self.group = 0.0;
            self.last_scale = m;
        } else {
            self.group = self.group.max(1.0) * m;
        }
    }

    fn value(&self) -> f64 {
        self.total + self.group
    }
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
        if t.is_punct_in(j + 1, "-‐") && t.touch(j, j + 1) && t.touch(j + 1, j + 2) {
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

/// True when `w` can be part of a Vietnamese number in words.
fn is_vi_number_word(w: &str) -> bool {
    vi_digit(w).is_some() || vi_scale(w).is_some() || VI_OTHERS.contains(&w)
}

fn read_vi(t: &Tokens, i: usize) -> Option<Numeral> {
    if !t.word(i).is_some_and(is_vi_number_word) {
        return None;
    }
    let mut acc = Acc::new();
    let mut pending: Option<f64> = None;
    let mut last = None;
    let mut j = i;
    let mut words = 0;
    let mut ten_units = false; // after "mươi"/"mười", units follow
    while let Some(w) = t.word(j) {
        let next_is_number = t.next(j).and_then(|n| t.word(n)).is_some_and(|n| {
            matches!(n, "mươi" | "trăm" | "chục" | "linh" | "lẻ") || vi_scale(n).is_some()
        });
        if let Some(v) = vi_digit(w) {
            // "năm", "tư", "không" and "mốt" alone are not numbers.
            let ambiguous = matches!(w, "năm" | "tư" | "không" | "mốt" | "lăm");
            if ambiguous && !next_is_number && !ten_units && pending.is_none() && words == 0 {
                break;
            }
            if ambiguous && w == "năm" && !next_is_number && !ten_units {
                break;
            }
            if pending.is_some() {
                break; // "hai ba": two numbers
            }
            if ten_units {
                acc.group += v;
                ten_units = false;
                words += 1;
                last = Some(j);
                match t.next(j) {
                    Some(n) => j = n,
                    None => break,
                }
                continue;
            }
            pending = Some(v);
        } else if w == "mười" {
            acc.group += 10.0;
            ten_units = true;
        } else if w == "mươi" || w == "chục" {
            let p = pending.take()?;
            acc.group += p * 10.0;
            ten_units = w == "mươi";
        } else if w == "trăm" {
            let p = pending.take()?;
            acc.group += p * 100.0;
            ten_units = false;
        } else if (w == "linh" || w == "lẻ") && last.is_some() {
            ten_units = true;
        } else if let Some(m) = vi_scale(w) {
            last?;
            acc.group += pending.take().unwrap_or(0.0);
            acc.scale(m);
            ten_units = false;
        } else {
            break;
        }
        words += 1;
        last = Some(j);
        match t.next(j) {
            Some(n) => j = n,
            None => break,
        }
    }
    let last = last?;
    acc.group += pending.unwrap_or(0.0);
    Some(Numeral {
        first: i,
        last,
        value: acc.value(),
        plain: false,
        digits: false,
        scaled: words > 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str, lang: Language) -> Option<(f64, String)> {
        let t = Tokens::new(s);
        let n = read(&t, 0, lang)?;
        Some((n.value, s[t.start(n.first)..t.end(n.last)].to_string()))
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
                value(input, Language::En),
                want.map(|(v, s)| (v, s.to_string())),
                "{input}"
            );
        }
    }

    #[test]
    fn vietnamese() {
        #[rustfmt::skip]
        let rows: &[(&str, Option<(f64, &str)>)] = &[
            ("hai mươi mốt nghìn không trăm mười một người", Some((21011.0, "hai mươi mốt nghìn không trăm mười một"))),
            ("một trăm linh năm", Some((105.0, "một trăm linh năm"))),
            ("hai chục quả", Some((20.0, "hai chục"))),
            ("năm ngàn đồng", Some((5000.0, "năm ngàn"))),
            ("một tỷ đồng", Some((1e9, "một tỷ"))),
            ("hai mươi lăm", Some((25.0, "hai mươi lăm"))),
            ("ba tiểu dự án", Some((3.0, "ba"))),
            ("năm 2023", None),
            ("năm nay", None),
            ("mười hai", Some((12.0, "mười hai"))),
        ];
        for (input, want) in rows {
            assert_eq!(
                value(input, Language::Vi),
                want.map(|(v, s)| (v, s.to_string())),
                "{input}"
            );
        }
    }
}
