//! Durations: a number and a unit of time ("20 năm", "10 years", "3,4
//! năm"), as ISO 8601 ("P20Y").

use super::super::lexicon::*;
use super::super::{Candidate, Context};
use super::*;
use crate::model::{Kind, Value};
use crate::numbers::Numeral;
use crate::text::tokens::TokKind;

static DATE_TIME_UNITS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.date_time_units);
static TIME_ADJECTIVE_ENDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.time_adjective_ends);
static CLOCK_HOUR_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.clock_hour_words);
static AGE_BEFORE: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.age_before);
static HALF_AFTER_SET: std::sync::LazyLock<crate::text::phrases::PhraseSet> =
    std::sync::LazyLock::new(|| {
        crate::text::phrases::PhraseSet::new(&crate::lang::known_words(|w| w.half_after))
    });
pub(super) static HALF_BEFORE_SET: std::sync::LazyLock<crate::text::phrases::PhraseSet> =
    std::sync::LazyLock::new(|| {
        crate::text::phrases::PhraseSet::new(&crate::lang::known_words(|w| w.half_before))
    });

/// "and a half" after token `end` ("an hour and a half", "2 tiếng rưỡi"):
/// its last token.
pub(super) fn half_after(t: &crate::text::tokens::Tokens, end: usize) -> Option<usize> {
    HALF_AFTER_SET.longest_at(t, t.next(end)?).map(|(e, _)| e)
}

/// "2 and a half years", "one and half hour": a half between the number and
/// its unit of time or measure.
pub(super) fn and_a_half(cx: &Context, first: usize, n: &Numeral) -> Option<Candidate> {
    let t = cx.t;
    let end = half_after(t, n.last)?;
    let k = t.next(end)?;
    let mut m = *n;
    m.value += 0.5;
    if let Some(c) = duration(cx, first, &m, k) {
        return Some(c);
    }
    let (last, unit) = unit_at(t, k)?;
    Some(Candidate::new(Kind::Quantity, first, last, Value::Number(m.value)).unit(unit))
}

static TOUCHING_TIME_LETTERS: crate::lang::Known<(&str, &str)> =
    crate::lang::Known::new(|w| w.touching_time_letters);

/// Whether `w` is a unit of time only against its number ("3Y").
pub(super) fn is_touching_time_letter(w: &str) -> bool {
    TOUCHING_TIME_LETTERS.any(|(x, _)| *x == w)
}

/// "3Y", "12yo": a letter of time against the number.
pub(super) fn touching_duration(
    cx: &Context,
    first: usize,
    n: &Numeral,
    k: usize,
) -> Option<Candidate> {
    let t = cx.t;
    if !(t.touch(n.last, k) && n.digits)
        || t.touch(k, k + 1) && t.kind(k + 1) != Some(TokKind::Space)
    {
        return None;
    }
    let w = t.word(k)?;
    let &(_, d) = TOUCHING_TIME_LETTERS.find(|(x, _)| *x == w)?;
    Some(Candidate::new(
        Kind::Duration,
        first,
        k,
        Value::Iso(iso_duration(n.value, d)),
    ))
}

/// "aged 41": a bare number after a word of age is an age in years; so is
/// one between commas after a name, where the language writes ages so
/// ("Raducanu, 18, beats …").
pub(super) fn age(cx: &Context, first: usize, n: &Numeral) -> Option<Candidate> {
    let t = cx.t;
    let aged = t
        .prev(first)
        .and_then(|p| t.word(p))
        .is_some_and(|w| AGE_BEFORE.contains(w));
    let aged = aged || (cx.p.ages_after_names && after_name(t, first, n));
    (aged && n.digits && n.plain && n.value <= 150.0).then(|| {
        Candidate::new(
            Kind::Duration,
            first,
            n.last,
            Value::Iso(iso_duration(n.value, "Y")),
        )
    })
}

/// "Raducanu, 18, beats": a number of one to three digits alone between a
/// comma after a capitalised word and a comma (or a closing bracket), with
/// no number after it (a list "5, 18, 20" is none).
fn after_name(t: &Tokens, first: usize, n: &Numeral) -> bool {
    let before = t.prev(first).filter(|&c| t.is_punct(c, ','));
    let name = before
        .and_then(|c| t.prev(c))
        .filter(|&w| t.touch(w, w + 1));
    let closing = t.next(n.last).filter(|&c| t.is_punct_in(c, ",)"));
    let listed = closing
        .and_then(|c| t.next(c))
        .is_some_and(|k| t.kind(k) == Some(TokKind::Digits));
    first == n.last
        && t.raw(first).len() <= 3
        && n.value >= 1.0
        && name.is_some_and(|w| t.is_capitalized(w) && t.kind(w) == Some(TokKind::Word))
        && closing.is_some()
        && !listed
}

/// A duration: the number and a unit of time at `k`.
pub(super) fn duration(cx: &Context, first: usize, n: &Numeral, k: usize) -> Option<Candidate> {
    let t = cx.t;
    let (mut end, idx) = TIME_UNIT_SET.longest_at(t, k)?;
    let (word, designator, mult) = TIME_UNITS[idx];
    let mut value = n.value;
    // "năm 2023", "tháng 5/2021" are dates, not "five years": a time unit
    // followed by digits belongs to a date.
    if let Some(after) = follower(t, end) {
        if t.kind(after) == Some(TokKind::Digits) && DATE_TIME_UNITS.contains(word) {
            return None;
        }
    }
    // "the 12-year-old girl", "a 20-year-long war": an age, a length.
    if t.joined_by(end, "-‐") && TIME_ADJECTIVE_ENDS.at(t, end + 2) {
        end += 2;
    }
    // "one hour and a half", "2 tiếng rưỡi" ("3 giờ rưỡi" is a clock time).
    if let Some(e) = half_after(t, end).filter(|_| !CLOCK_HOUR_WORDS.contains(word)) {
        end = e;
        value += 0.5;
    }
    // "tháng" after a number is a count of months unless a year follows.
    let iso = |v: f64| iso_duration(v * mult, designator);
    // "3,4 năm": two consecutive single digits with a comma are "three or four"
    // in Vietnamese, a range, not 3.4.
    let raw = &t.text[t.start(n.first)..t.end(n.last)];
    if cx.p.consecutive_digits_are_ranges {
        if let Some((a, b)) = raw.split_once(cx.marks.decimal) {
            if let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) {
                if a < 10 && b == a + 1 {
                    let mut c =
                        Candidate::new(Kind::Duration, first, end, Value::Iso(iso(a as f64)));
                    c.high = Some(Value::Iso(iso(b as f64)));
                    return Some(c);
                }
            }
        }
    }
    Some(Candidate::new(
        Kind::Duration,
        first,
        end,
        Value::Iso(iso(value)),
    ))
}

/// An ISO 8601 duration: `P20Y`, `P3M`, `PT5H`, `PT49M`.
pub fn iso_duration(v: f64, designator: &str) -> String {
    let num = crate::numbers::decimal::format(v);
    match designator {
        "H" => format!("PT{num}H"),
        "MIN" => format!("PT{num}M"),
        "S" => format!("PT{num}S"),
        d => format!("P{num}{d}"),
    }
}

/// The low end of a range of durations whose high end is `high` (one part,
/// "P5Y", "P50Y" for "five decades", read from the number `high_n`): the
/// same unit taken `low_n` times ("three to five decades" is P30Y to P50Y).
pub fn range_low(high: &str, high_n: f64, low_n: f64) -> Option<String> {
    let (time, body) = match high.strip_prefix("PT") {
        Some(b) => (true, b),
        None => (false, high.strip_prefix('P')?),
    };
    let d = body.chars().last()?;
    let num = crate::numbers::decimal::parse(&body[..body.len() - d.len_utf8()])?;
    if !d.is_ascii_uppercase() || high_n <= 0.0 || low_n >= high_n {
        return None;
    }
    let designator = match (time, d) {
        (true, 'M') => "MIN",
        (true, 'H') => "H",
        (true, 'S') => "S",
        (false, 'Y' | 'M' | 'W' | 'D') => &body[body.len() - 1..],
        _ => return None,
    };
    Some(iso_duration(low_n * num / high_n, designator))
}

#[cfg(test)]
mod tests {
    use crate::model::Language::{En, Vi};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, crate::model::Language, &str, &str)] = &[
            ("I'll leave for 3.5years", En, "3.5years", "duration \"P3.5Y\""),
            ("the plants were grown for 3Y", En, "3Y", "duration \"P3Y\""),
            ("I'll leave for an hour and half", En, "an hour and half", "duration \"PT1.5H\""),
            ("one hour and half is enough", En, "one hour and half", "duration \"PT1.5H\""),
            ("one and half hour is enough", En, "one and half hour", "duration \"PT1.5H\""),
            ("for 2 and a half years", En, "2 and a half years", "duration \"P2.5Y\""),
            ("I'll leave for half hour", En, "half hour", "duration \"PT0.5H\""),
            ("in half an hour", En, "half an hour", "duration \"PT0.5H\""),
            ("I'll leave for a fortnight.", En, "a fortnight", "duration \"P2W\""),
            ("served 9 ½ years", En, "9 ½ years", "duration \"P9.5Y\""),
            ("mất 2 tiếng rưỡi", Vi, "2 tiếng rưỡi", "duration \"PT2.5H\""),
            ("chờ nửa tiếng", Vi, "nửa tiếng", "duration \"PT0.5H\""),
            // Ages.
            ("the 12-year-old girl", En, "12-year-old", "duration \"P12Y\""),
            ("a man aged 41, from", En, "41", "duration \"P41Y\""),
            // An age between commas after a name, as English news writes it.
            ("Raducanu, 18, beats Fernandez, 19, to win", En, "18", "duration \"P18Y\""),
            ("The mayor, John Smith, 45, said", En, "45", "duration \"P45Y\""),
            // Not a list, not after a plain word, not in Vietnamese.
            ("rose in Hanoi, 18, 20 and 25 percent", En, "18", "number 18"),
            ("In 2019, 18, the team", En, "18", "number 18"),
            ("Ông Nam, 45, cho biết", Vi, "45", "number 45"),
            ("anh 27 tuổi", Vi, "27 tuổi", "duration \"P27Y\""),
            ("bé 22 tuổi 40 ngày", Vi, "22 tuổi 40 ngày", "duration \"P22Y40D\""),
            // Watts stay watts; a clock time stays one.
            ("the cold lasted 2W", En, "2W", "quantity 2 W"),
            ("lúc 3 giờ rưỡi", Vi, "3 giờ rưỡi", "date \"T03:30\""),
        ];
        for &(input, lang, text, expect) in rows {
            crate::testing::check(input, lang, text, expect);
        }
    }

    /// Ranges of durations: `value` the low end, `high` the high end.
    #[test]
    fn ranges() {
        #[rustfmt::skip]
        let rows: &[(&str, crate::model::Language, &str, &str, &str)] = &[
            ("three to five years", En, "three to five years", "P3Y", "P5Y"),
            ("for 3 to 5 years", En, "3 to 5 years", "P3Y", "P5Y"),
            ("three to five decades", En, "three to five decades", "P30Y", "P50Y"),
            ("soak for 10-15 minutes", En, "10-15 minutes", "PT10M", "PT15M"),
            ("mất 3-5 năm", Vi, "3-5 năm", "P3Y", "P5Y"),
            ("từ 3 đến 5 năm", Vi, "3 đến 5 năm", "P3Y", "P5Y"),
        ];
        for &(input, lang, text, low, high) in rows {
            let a = crate::testing::analyze_as(input, lang);
            let f = crate::testing::figure(&a, text, input);
            let iso = |v: &Option<crate::model::Value>| match v {
                Some(crate::model::Value::Iso(s)) => s.clone(),
                other => format!("{other:?}"),
            };
            assert_eq!(
                (iso(&Some(f.value.clone())), iso(&f.high)),
                (low.into(), high.into()),
                "{input}"
            );
        }
    }
}
