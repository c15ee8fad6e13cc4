//! Durations: a number and a unit of time ("20 năm", "10 years", "3,4
//! năm"), as ISO 8601 ("P20Y").

use super::super::lexicon::*;
use super::super::{Candidate, Context};
use super::*;
use crate::model::{Kind, Value};
use crate::numbers::Numeral;
use crate::text::tokens::TokKind;

static DATE_TIME_UNITS: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.date_time_units);

/// A duration: the number and a unit of time at `k`.
pub(super) fn duration(cx: &Context, first: usize, n: &Numeral, k: usize) -> Option<Candidate> {
    let t = cx.t;
    let (end, idx) = TIME_UNIT_SET.longest_at(t, k)?;
    let (word, designator, mult) = TIME_UNITS[idx];
    // "năm 2023", "tháng 5/2021" are dates, not "five years": a time unit
    // followed by digits belongs to a date.
    if let Some(after) = follower(t, end) {
        if t.kind(after) == Some(TokKind::Digits) && DATE_TIME_UNITS.contains(&word) {
            return None;
        }
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
        Value::Iso(iso(n.value)),
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
