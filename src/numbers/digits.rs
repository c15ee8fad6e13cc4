//! Numbers written in digits, read by the language's marks.
//!
//! Vietnamese groups thousands with `.` and writes decimals with `,`; English
//! the other way round; both may group with a no-break or thin space (or a
//! plain space). A mark is read as a group separator only when exactly three
//! digits follow it, so "1.038" is 1038 in Vietnamese while "1.5" stays 1.5
//! even there: writers do slip into the other convention, and three digits
//! after the mark are what tells a reader it groups.

use super::decimal::Decimal;
use super::Numeral;
use crate::lang::Marks;
use crate::text::tokens::{TokKind, Tokens};

/// Spaces that may group digits: space, no-break space, narrow no-break space,
/// thin space.
fn is_group_space(s: &str) -> bool {
    matches!(s, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// Reads the number whose first digit run is token `i`.
pub fn read(t: &Tokens, i: usize, marks: Marks) -> Option<Numeral> {
    let (group_mark, decimal_mark) = (marks.group, marks.decimal);
    // The number's digits, put together without building its text.
    let mut dec = Decimal::default();
    let (first, mut last);
    // A number never starts inside another: "70,000" is not read from "000".
    // In a list of numbers ("nrs. 22,24,26,31") each is a number of its own.
    let in_list = list_item(t, i);
    if i >= 2
        && t.is_punct_in(i - 1, ".,")
        && t.touch(i - 1, i)
        && t.touch(i - 2, i - 1)
        && t.kind(i - 2) == Some(TokKind::Digits)
        && !in_list
    {
        return None;
    }
    if t.kind(i) == Some(TokKind::Digits) {
        first = i;
        last = i;
        dec.digits(t.raw(i), false)?;
    } else if t.is_punct(i, '.') && t.kind(i + 1) == Some(TokKind::Digits) && t.touch(i, i + 1) {
        // ".5 acres": a decimal with no integer part, in either language.
        let before_ok = i == 0 || !matches!(t.kind(i - 1), Some(TokKind::Digits | TokKind::Word));
        if !before_ok {
            return None;
        }
        let mut point = Decimal::default();
        point.digits(t.raw(i + 1), true)?;
        let value = point.value()?;
        return Some(Numeral {
            first: i,
            last: i + 1,
            value,
            plain: false,
            digits: true,
            scaled: false,
            ordinal: false,
        });
    } else {
        return None;
    }
    let lead_len = t.raw(i).len();
    let mut plain = true;
    // Thousands groups: a mark and exactly three digits, after a lead of 1–3.
    if lead_len <= 3 {
        loop {
            let (m, d) = (last + 1, last + 2);
            let marked = t.is_punct(m, group_mark)
                || (t.kind(m) == Some(TokKind::Space) && is_group_space(t.raw(m)));
            if marked
                && t.kind(d) == Some(TokKind::Digits)
                && t.raw(d).len() == 3
                && t.touch(last, m)
                && t.touch(m, d)
            {
                // A plain space groups only where no other reading is likely:
                // the first group must follow a lead of 1–3 digits (checked),
                // and never a space-grouped year ("năm 2023 100 người").
                dec.digits(t.raw(d), false)?;
                last = d;
                plain = false;
            } else {
                break;
            }
        }
    }
    let (m, d) = (last + 1, last + 2);
    if t.kind(d) == Some(TokKind::Digits) && t.touch(last, m) && t.touch(m, d) {
        let is_decimal = t.is_punct(m, decimal_mark)
            // The other language's decimal mark, where it cannot be a group mark.
            || (t.is_punct(m, group_mark) && plain && t.raw(d).len() != 3 && !in_list);
        if is_decimal && !continues_as_code(t, d) {
            dec.digits(t.raw(d), true)?;
            last = d;
            plain = false;
        }
    }
    // "12.32e+14", "1.2E-3": a power of ten written after an `e`.
    if let Some((minus, d)) = exponent_at(t, last, |w| matches!(w, "e" | "E")) {
        dec.power(minus, t.raw(d))?;
        last = d;
        plain = false;
    }
    let mut value: f64 = dec.value()?;
    // "1.1^23", "2500^-1": a power.
    if let Some((minus, d)) = exponent_at(t, last, |w| w == "^") {
        let e: i32 = t.raw(d).parse().ok()?;
        value = value.powi(if minus { -e } else { e });
        last = d;
        plain = false;
    }
    // "2×10^9", "8x2^10": times a power, written against the number.
    let x = last + 1;
    if t.touch(last, x)
        && matches!(t.raw(x), "×" | "x" | "*")
        && t.touch(x, x + 1)
        && t.kind(x + 1) == Some(TokKind::Digits)
    {
        if let Some((minus, d)) = exponent_at(t, x + 1, |w| w == "^") {
            let (b, e): (_, i32) = (super::decimal::parse(t.raw(x + 1))?, t.raw(d).parse().ok()?);
            value *= b.powi(if minus { -e } else { e });
            last = d;
            plain = false;
        }
    }
    // A mixed number: "2 1/4", "3 1/2 years" (halves to sixteenths).
    if plain && lead_len <= 3 {
        if let Some((f, end)) = mixed_part(t, last) {
            value += f;
            last = end;
            plain = false;
        }
    }
    // Vulgar fractions: "2½%".
    if let Some(f) = (last + 1 < t.len())
        .then(|| vulgar(t.raw(last + 1)))
        .flatten()
    {
        if t.touch(last, last + 1) {
            value += f;
            last += 1;
            plain = false;
        }
    }
    if !value.is_finite() {
        return None;
    }
    Some(Numeral {
        first,
        last,
        value,
        plain,
        digits: true,
        scaled: false,
        ordinal: false,
    })
}

/// An exponent against token `last`: a mark `opens` takes ("e", "^"), an
/// optional sign, and one to three digits with no letter or digit after
/// them. Returns whether the sign is a minus, and the digits' token.
fn exponent_at(t: &Tokens, last: usize, opens: impl Fn(&str) -> bool) -> Option<(bool, usize)> {
    let e = last + 1;
    if !t.touch(last, e) || !opens(t.raw(e)) {
        return None;
    }
    let (sign, d) = if t.is_punct_in(e + 1, "+-") && t.touch(e, e + 1) {
        (t.is_punct(e + 1, '-'), e + 2)
    } else {
        (false, e + 1)
    };
    let ok = t.kind(d) == Some(TokKind::Digits)
        && t.touch(d - 1, d)
        && t.raw(d).len() <= 3
        && !(t.touch(d, d + 1) && matches!(t.kind(d + 1), Some(TokKind::Word | TokKind::Digits)));
    ok.then_some((sign, d))
}

/// The fraction after a whole number at `last` and one space: "1/4" of "2
/// 1/4", a part smaller than one in halves to sixteenths, with nothing
/// written against it (a date "2 1/4/2020" is none). Returns it and its
/// last token.
fn mixed_part(t: &Tokens, last: usize) -> Option<(f64, usize)> {
    let (s, a, b) = (last + 1, last + 2, last + 4);
    let spaced = t.raw(s) == " " && t.kind(s) == Some(TokKind::Space);
    let digits = |k: usize| t.kind(k) == Some(TokKind::Digits) && t.raw(k).len() <= 2;
    if !(spaced && digits(a) && digits(b) && t.joined_by(a, "/")) {
        return None;
    }
    if t.touch(b, b + 1)
        && !matches!(t.kind(b + 1), Some(TokKind::Space))
        && !t.is_punct_in(b + 1, ".,;:!?)%-")
    {
        return None;
    }
    let (x, y) = (
        super::decimal::parse(t.raw(a))?,
        super::decimal::parse(t.raw(b))?,
    );
    (x >= 1.0 && x < y && (2.0..=16.0).contains(&y)).then_some((x / y, b))
}

/// True when the digits at `i` are an item of a list written with commas
/// and no spaces ("22,24,26,31"): a comma before them, a run other than a
/// group of three, and the list going on after them or before the one
/// before. Such commas group no thousands.
fn list_item(t: &Tokens, i: usize) -> bool {
    let joined = |a: usize| {
        t.is_punct(a + 1, ',')
            && t.kind(a) == Some(TokKind::Digits)
            && t.kind(a + 2) == Some(TokKind::Digits)
            && t.touch(a, a + 1)
            && t.touch(a + 1, a + 2)
    };
    i >= 2 && joined(i - 2) && t.raw(i).len() != 3 && (joined(i) || (i >= 4 && joined(i - 4)))
}

/// True when the digits at `d` go on with another mark and digits ("1.6.2022",
/// "1,2,3"): then the marks are not number marks but a date or a list.
fn continues_as_code(t: &Tokens, d: usize) -> bool {
    t.is_punct_in(d + 1, ".,/")
        && t.kind(d + 2) == Some(TokKind::Digits)
        && t.touch(d, d + 1)
        && t.touch(d + 1, d + 2)
}

/// The value of a vulgar fraction character.
pub fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    fn read_str(s: &str, lang: Language) -> Option<(f64, String)> {
        let t = Tokens::new(s);
        let n = read(&t, 0, lang.profile().marks?)?;
        Some((n.value, s[t.start(n.first)..t.end(n.last)].to_string()))
    }

    #[test]
    fn table() {
        use Language::*;
        #[rustfmt::skip]
        let rows: &[(&str, Language, f64, &str)] = &[
            ("1.038 lượt", Vi, 1038.0, "1.038"),
            ("12,5%", Vi, 12.5, "12,5"),
            ("1.200.000 đồng", Vi, 1_200_000.0, "1.200.000"),
            ("7.004,91 tỷ", Vi, 7004.91, "7.004,91"),
            ("1.5 triệu", Vi, 1.5, "1.5"),
            ("1,038 people", En, 1038.0, "1,038"),
            ("1.038 is small", En, 1.038, "1.038"),
            ("3,200,000.50 x", En, 3_200_000.5, "3,200,000.50"),
            ("1\u{a0}200\u{a0}000 x", En, 1_200_000.0, "1\u{a0}200\u{a0}000"),
            ("2½%", En, 2.5, "2½"),
            (".5 acres", En, 0.5, ".5"),
            ("2023 100 người", Vi, 2023.0, "2023"),
            ("1.6.2022", Vi, 1.0, "1"),
            ("19, cảnh cáo", Vi, 19.0, "19"),
            ("12.32e+14", En, 1.232e15, "12.32e+14"),
            ("1.2E-3 g", En, 0.0012, "1.2E-3"),
            ("3e5", En, 3e5, "3e5"),
            ("10^6", En, 1e6, "10^6"),
            ("2500^-1", En, 0.0004, "2500^-1"),
            ("2^+10", En, 1024.0, "2^+10"),
            ("5e people", En, 5.0, "5"),
            ("2×10^9", En, 2e9, "2×10^9"),
            ("8x2^10", En, 8192.0, "8x2^10"),
            ("1920x1080", En, 1920.0, "1920"),
            ("2 1/4 miles", En, 2.25, "2 1/4"),
            ("3 1/2%", En, 3.5, "3 1/2"),
            ("2 1/4/2020", En, 2.0, "2"),
            ("2 5/4", En, 2.0, "2"),
            ("2 1/30", En, 2.0, "2"),
            ("24,26,31.", En, 24.0, "24"),
            ("1,234,567", En, 1_234_567.0, "1,234,567"),
        ];
        for &(input, lang, value, text) in rows {
            let got = read_str(input, lang);
            assert_eq!(got, Some((value, text.to_string())), "{input}");
        }
    }

    #[test]
    fn huge_digit_runs_do_not_panic() {
        let s = "9".repeat(5000);
        let got = read_str(&s, Language::En).map(|(v, _)| v);
        assert!(got.is_none() || got.unwrap().is_finite());
    }
}
