//! Vietnamese numbers in words: "hai mươi mốt nghìn không trăm mười một",
//! "một trăm linh năm", "hai chục", "năm ngàn".

use crate::numbers::words::{value_of, Acc};
use crate::numbers::Numeral;
use crate::text::phrases::KeyFilter;
use crate::text::tokens::Tokens;
use std::sync::LazyLock;

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
    ("nhăm", 5.0),
    ("sáu", 6.0),
    ("bảy", 7.0),
    ("bẩy", 7.0),
    ("tám", 8.0),
    ("chín", 9.0),
];

fn vi_digit(w: &str) -> Option<f64> {
    value_of(VI_DIGITS, w)
}

fn vi_scale(w: &str) -> Option<f64> {
    value_of(super::words::WORDS.scales, w)
}

/// The other words of Vietnamese numbers: tens, hundreds, dozens, and the
/// "zero tens" of "một trăm linh năm".
const VI_OTHERS: &[&str] = &["mười", "mươi", "trăm", "chục", "linh", "lẻ"];

/// Half of the hundred or scale before it: "hai trăm rưỡi" 250, "hai triệu
/// rưỡi" 2 500 000, "nghìn rưỡi" 1 500. It ends the number.
const VI_HALF: &str = "rưỡi";

/// The word between the whole and its decimals: "hai phẩy 23", "ba phẩy năm".
const VI_POINT: &str = "phẩy";

/// The decimals after "phẩy" at `p`: digits ("hai phẩy 23"), a number in
/// words read as the digits it writes ("hai phẩy hai mươi ba"), or digit
/// words one by one ("ba phẩy năm", "một phẩy không năm"). Returns them
/// and their last token.
fn decimals_after(t: &Tokens, p: usize) -> Option<(String, usize)> {
    let k = t.next(p)?;
    if t.kind(k) == Some(crate::text::tokens::TokKind::Digits) {
        return Some((t.raw(k).to_string(), k));
    }
    if let Some(n) = read_vi(t, k).filter(|n| n.last > k && n.value.fract() == 0.0) {
        if t.word(k).is_some_and(|w| w != "không") {
            return Some(((n.value as u64).to_string(), n.last)); // integer printing: no float formatting in the WASM
        }
    }
    let (mut digits, mut end) = (String::new(), p);
    while let Some(v) = t.next(end).and_then(|j| t.word(j)).and_then(vi_digit) {
        digits.push(char::from(b'0' + v as u8));
        end = t.next(end)?;
    }
    (end > p).then_some((digits, end))
}

/// Every word a Vietnamese number in words can open with.
static OPENERS: LazyLock<KeyFilter> = LazyLock::new(|| {
    KeyFilter::new(
        [VI_DIGITS, super::words::WORDS.scales]
            .iter()
            .flat_map(|t| t.iter().map(|(w, _)| *w))
            .chain(VI_OTHERS.iter().copied()),
    )
});

/// Reads a Vietnamese number in words that opens at token `i`.
pub fn read(t: &Tokens, i: usize) -> Option<Numeral> {
    // Most words open no number: the token's key hash says so at once.
    if !OPENERS.may_hold(t, i) {
        return None;
    }
    read_vi(t, i)
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
    let mut last_mult = 0.0; // the hundred or scale word just read
    while let Some(w) = t.word(j) {
        if w == VI_HALF && last_mult >= 100.0 && pending.is_none() && last == t.prev(j) {
            acc.group += last_mult / 2.0;
            last = Some(j);
            words += 1;
            break;
        }
        let mult = if w == "trăm" {
            100.0
        } else {
            vi_scale(w).unwrap_or(0.0)
        };
        let next_is_number = t.next(j).and_then(|n| t.word(n)).is_some_and(|n| {
            matches!(n, "mươi" | "trăm" | "chục" | "linh" | "lẻ") || vi_scale(n).is_some()
        });
        if let Some(v) = vi_digit(w) {
            // "năm", "tư", "không" and "mốt" alone are not numbers.
            let ambiguous = matches!(w, "năm" | "tư" | "không" | "mốt" | "lăm" | "nhăm");
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
        last_mult = mult;
        match t.next(j) {
            Some(n) => j = n,
            None => break,
        }
    }
    let mut last = last?;
    acc.group += pending.unwrap_or(0.0);
    let mut value = acc.value();
    let mut scaled = words > 1;
    // "hai phẩy 23": a decimal in words.
    if let Some(p) = t.next(last).filter(|&p| t.word(p) == Some(VI_POINT)) {
        if let Some((digits, end)) = decimals_after(t, p).filter(|_| value.fract() == 0.0) {
            if let Some(f) = crate::numbers::decimal::parse(&format!("0.{digits}")) {
                value += f;
                last = end;
                scaled = true;
            }
        }
    }
    Some(Numeral {
        first: i,
        last,
        value,
        plain: false,
        digits: false,
        scaled,
        ordinal: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(f64, String)> {
        crate::testing::number_words(read, s)
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
            ("hai mươi nhăm", Some((25.0, "hai mươi nhăm"))),
            ("một trăm lẻ năm", Some((105.0, "một trăm lẻ năm"))),
            ("hai mươi tư người", Some((24.0, "hai mươi tư"))),
            ("hai trăm rưỡi", Some((250.0, "hai trăm rưỡi"))),
            ("hai triệu rưỡi đồng", Some((2_500_000.0, "hai triệu rưỡi"))),
            ("một nghìn rưỡi người", Some((1500.0, "một nghìn rưỡi"))),
            ("hai mươi rưỡi", Some((20.0, "hai mươi"))),
            ("hai phẩy 23 đô", Some((2.23, "hai phẩy 23"))),
            ("ba phẩy năm", Some((3.5, "ba phẩy năm"))),
            ("một phẩy không năm", Some((1.05, "một phẩy không năm"))),
            ("hai phẩy hai mươi ba", Some((2.23, "hai phẩy hai mươi ba"))),
            ("mười lăm", Some((15.0, "mười lăm"))),
            ("hai mươi mốt", Some((21.0, "hai mươi mốt"))),
            ("một nghìn không trăm linh năm", Some((1005.0, "một nghìn không trăm linh năm"))),
            ("ba mươi nhăm", Some((35.0, "ba mươi nhăm"))),
            ("năm mươi tư", Some((54.0, "năm mươi tư"))),
            ("chín trăm chín mươi chín", Some((999.0, "chín trăm chín mươi chín"))),
            ("bảy mươi", Some((70.0, "bảy mươi"))),
            ("mười", Some((10.0, "mười"))),
            ("một trăm nghìn", Some((100_000.0, "một trăm nghìn"))),
            ("hai triệu ba trăm nghìn", Some((2_300_000.0, "hai triệu ba trăm nghìn"))),
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
