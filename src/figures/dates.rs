//! Calendar points and clock times: "18-5-2021", "ngày 18 tháng 5 năm 2021",
//! "tháng 5/2021", "quý I-2023", "năm 2023", "March 3, 2024", "3 March 2024",
//! "Q3 2024", "the third quarter of 2024", "15h30", "5:30 p.m.", and the
//! periods written as one expression ("6 tháng đầu năm 2023", "the 1990s",
//! "first half of the year"). Two dates joined by "đến" or "to" become a
//! period in [`super::ranges`].
//!
//! A date without its year is written with `--` in the year's place ("--06-26",
//! "--Q1"); [`super::context`] fills in the year the text sets, if any.

use crate::lang::Known;
use std::sync::LazyLock;

use super::lexicon::{date_cue, MONTH_LEADS, MONTH_NAMES};
use super::ordinals::ORDINAL_SUFFIXES;
use super::{Candidate, Context};
use crate::lang::{known, DateCue};
use crate::model::{Kind, Value};
use crate::numbers::roman;
use crate::text::phrases::PhraseSet;
use crate::text::sentences::ABBREVIATIONS;
use crate::text::tokens::{TokKind, Tokens};

/// The profiles' words of dates and clock times, joined (`lang::known`).
static DAY_MONTH_BEFORE: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.day_month_before);
static CLOCK_BEFORE: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.clock_before);
static HOUR_MARKS: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.hour_marks);
static CLOCK_PM: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.clock_pm);
static CLOCK_AM: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.clock_am);
static DECADE_SUFFIXES: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.decade_suffixes);
static MONTH_NAME_BEFORE: crate::lang::Known<&str> =
    crate::lang::Known::new(|w| w.month_name_before);
static YEAR_BEFORE: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.year_before);
static FIRST_MONTHS_OF_YEAR: crate::lang::Known<&str> =
    crate::lang::Known::new(|w| w.first_months_of_year);
static LAST_MONTHS_OF_YEAR: crate::lang::Known<&str> =
    crate::lang::Known::new(|w| w.last_months_of_year);
static QUARTER_MARKS: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.quarter_marks);
/// Phrases and what they name, looked up by their first word: dates try
/// them at every token.
static QUARTER_PHRASES: LazyLock<(PhraseSet, Vec<u32>)> =
    LazyLock::new(|| phrases_of(known(|w| w.quarter_phrases)));
static HALF_YEAR_PHRASES: LazyLock<(PhraseSet, Vec<DateCue>)> =
    LazyLock::new(|| phrases_of(known(|w| w.half_year_phrases)));

fn phrases_of<T>(list: Vec<(&'static str, T)>) -> (PhraseSet, Vec<T>) {
    let (phrases, values): (Vec<&str>, Vec<T>) = list.into_iter().unzip();
    (PhraseSet::new(&phrases), values)
}
static UNNAMED_YEAR: crate::lang::Known<&str> = crate::lang::Known::new(|w| w.unnamed_year);

/// True when token `i` is one of `words`.
fn word_in(t: &Tokens, i: usize, words: &Known<&str>) -> bool {
    t.word(i).is_some_and(|w| words.contains(&w))
}

/// Proposes the date readings that start at token `i`.
pub fn at(cx: &Context, i: usize, out: &mut Vec<Candidate>) {
    let t = cx.t;
    match t.kind(i) {
        Some(TokKind::Digits) if !cx.p.reads_words => {
            // Digits alone: "2023-01-05", "05/01/2023", "10:30", "2023".
            let found = day_month_year(cx, i)
                .or_else(|| clock(t, i))
                .or_else(|| bare_year(t, i));
            out.extend(found);
        }
        Some(TokKind::Digits) => {
            let found = day_month_year(cx, i)
                .or_else(|| clock(t, i))
                .or_else(|| months_of_year(t, i))
                .or_else(|| day_month_name(t, i))
                .or_else(|| decade(t, i))
                .or_else(|| day_month(cx, i))
                .or_else(|| month_year(t, i))
                .or_else(|| bare_year(t, i));
            out.extend(found);
        }
        Some(TokKind::Word) if cx.p.reads_words => {
            let found = cue_word(cx, i)
                .or_else(|| month_name(t, i))
                .or_else(|| quarter_en(t, i))
                .or_else(|| half_year(t, i));
            out.extend(found);
        }
        _ => {}
    }
}

/// Reads token `i` as an integer if it is a digit run of at most `max_len` digits.
fn int(t: &Tokens, i: usize, max_len: usize) -> Option<u32> {
    (t.kind(i) == Some(TokKind::Digits) && t.raw(i).len() <= max_len)
        .then(|| t.raw(i).parse().ok())
        .flatten()
}

fn year_at(t: &Tokens, i: usize) -> Option<u32> {
    (t.kind(i) == Some(TokKind::Digits) && t.raw(i).len() == 4)
        .then(|| t.raw(i).parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

/// True when token `i` is followed by letters or digits against it, so that it
/// is part of a longer code.
fn runs_on(t: &Tokens, i: usize) -> bool {
    t.touch(i, i + 1) && matches!(t.kind(i + 1), Some(TokKind::Word | TokKind::Digits))
}

fn valid_day(day: u32, month: u32) -> bool {
    let max = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=max).contains(&day)
}

fn ymd(y: Option<u32>, m: u32, d: u32) -> String {
    match y {
        Some(y) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("--{m:02}-{d:02}"),
    }
}

fn ym(y: Option<u32>, m: u32) -> String {
    match y {
        Some(y) => format!("{y:04}-{m:02}"),
        None => format!("--{m:02}"),
    }
}

fn date(first: usize, last: usize, iso: String) -> Candidate {
    Candidate::new(Kind::Date, first, last, Value::Iso(iso)).rank(2)
}

/// "18-5-2021", "18/5/2021", "18.5.2021", "2021-05-18"; in English text
/// "5/18/2021" is month first where the first number can be a month.
fn day_month_year(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let sep = t.raw(i + 1);
    if !matches!(sep, "-" | "/" | ".") || !t.touch(i, i + 1) {
        return None;
    }
    let (a, b, c) = (i, i + 2, i + 4);
    if !(t.touch(i + 1, b) && t.raw(b + 1) == sep && t.touch(b, b + 1) && t.touch(b + 1, c)) {
        return None;
    }
    if runs_on(t, c) || (t.mark_after(c, "-/") && runs_on(t, c + 1)) {
        return None;
    }
    // ISO order.
    if let (Some(y), Some(m), Some(d)) = (year_at(t, a), int(t, b, 2), int(t, c, 2)) {
        return valid_day(d, m).then(|| date(a, c, ymd(Some(y), m, d)));
    }
    let (x, y2, year) = (int(t, a, 2)?, int(t, b, 2)?, year_at(t, c)?);
    let (d, m) = if cx.p.month_first_slash_dates && sep == "/" && x <= 12 && valid_day(y2, x) {
        (y2, x)
    } else {
        (x, y2)
    };
    valid_day(d, m).then(|| date(a, c, ymd(Some(year), m, d)))
}

/// "20/12", "2-9": a day and month without a year. Only where a word before it
/// says a date comes ("ngày 20-12", "từ đêm 2/9 đến 3/9"), since "26/26" and
/// "3/5" are ratios and fractions as often.
fn day_month(cx: &Context, i: usize) -> Option<Candidate> {
    if !cx.p.day_month_without_year {
        return None;
    }
    let t = cx.t;
    let sep = t.raw(i + 1);
    if !matches!(sep, "-" | "/") || !t.touch(i, i + 1) || !t.touch(i + 1, i + 2) {
        return None;
    }
    let (d, m) = (int(t, i, 2)?, int(t, i + 2, 2)?);
    if !valid_day(d, m)
        || runs_on(t, i + 2)
        || (t.touch(i + 2, i + 3)
            && t.is_punct_in(i + 3, "-/.")
            && t.touch(i + 3, i + 4)
            && t.kind(i + 4) == Some(TokKind::Digits))
    {
        return None;
    }
    let cue = t.prev(i).is_some_and(|p| word_in(t, p, &DAY_MONTH_BEFORE));
    cue.then(|| date(i, i + 2, ymd(None, m, d)))
}

/// "5/2021", "05-2021": a month and year without "tháng".
fn month_year(t: &Tokens, i: usize) -> Option<Candidate> {
    let sep = t.raw(i + 1);
    if !matches!(sep, "-" | "/") || !t.touch(i, i + 1) || !t.touch(i + 1, i + 2) {
        return None;
    }
    let (m, y) = (int(t, i, 2)?, year_at(t, i + 2)?);
    if !(1..=12).contains(&m)
        || runs_on(t, i + 2)
        || t.prev(i).is_some_and(|p| t.is_punct_in(p, "/-"))
    {
        return None;
    }
    Some(date(i, i + 2, ym(Some(y), m)).rank(1))
}

/// A year standing alone: "in 2004", "(1943-2023)". A plain four-digit number
/// from 1800 to 2100 with nothing that makes it a measure.
fn bare_year(t: &Tokens, i: usize) -> Option<Candidate> {
    let y = year_at(t, i)?;
    if !(1800..=2100).contains(&y) || runs_on(t, i) {
        return None;
    }
    // Digits grouped on ("2 000") or in a code ("15/2020/NĐ-CP") are not years.
    if i > 0 && t.touch(i - 1, i) && t.is_punct_in(i - 1, ".,/") {
        return None;
    }
    if t.mark_after(i, ",.") && t.kind(i + 2) == Some(TokKind::Digits) && t.touch(i + 1, i + 2) {
        return None;
    }
    Some(date(i, i, y.to_string()).rank(1))
}

/// "1970s" → the decade as a period.
fn decade(t: &Tokens, i: usize) -> Option<Candidate> {
    let y = year_at(t, i)?;
    if y % 10 != 0
        || !t.touch(i, i + 1)
        || !word_in(t, i + 1, &DECADE_SUFFIXES)
        || runs_on(t, i + 1)
    {
        return None;
    }
    // "the 1800s" is the century; "the 1990s" the decade.
    let span = if y % 100 == 0 { 99 } else { 9 };
    Some(
        Candidate::new(
            Kind::Period,
            i,
            i + 1,
            Value::Iso(format!("{y}/{}", y + span)),
        )
        .rank(2),
    )
}

/// "15:36", "5:30 p.m.", "15h30", "15h".
fn clock(t: &Tokens, i: usize) -> Option<Candidate> {
    let h = int(t, i, 2)?;
    let sep = t.raw(i + 1);
    if !t.touch(i, i + 1) {
        return None;
    }
    let (mut hour, minute, mut last) = if sep == ":" && t.touch(i + 1, i + 2) {
        let m = int(t, i + 2, 2).filter(|_| t.raw(i + 2).len() == 2)?;
        let mut last = i + 2;
        if t.is_punct(i + 3, ':') && t.touch(last, i + 3) && t.raw(i + 4).len() == 2 {
            let s = int(t, i + 4, 2)?;
            last = i + 4;
            if runs_on(t, last) || m > 59 || s > 59 {
                return None;
            }
            // "2:23:19": with seconds it is a time taken (a race, a speech),
            // unless the text says it is a time of day ("lúc 15:36:20", "at").
            let at_clock = t.prev(i).is_some_and(|p| word_in(t, p, &CLOCK_BEFORE));
            if !at_clock {
                let iso = hms_duration(h, m, s);
                return Some(Candidate::new(Kind::Duration, i, last, Value::Iso(iso)).rank(3));
            }
        }
        if runs_on(t, last) {
            return None;
        }
        (h, m, last)
    } else if word_in(t, i + 1, &HOUR_MARKS) {
        if t.touch(i + 1, i + 2) && t.kind(i + 2) == Some(TokKind::Digits) {
            let m = int(t, i + 2, 2)?;
            if runs_on(t, i + 2) {
                return None;
            }
            (h, m, i + 2)
        } else if !runs_on(t, i + 1) {
            (h, 0, i + 1)
        } else {
            return None;
        }
    } else {
        return None;
    };
    // "p.m." / "a.m.", then "pm" / "am".
    if let Some(n) = t.next(last) {
        let dotted = |words: &Known<&str>| {
            words
                .iter()
                .filter(|w| w.contains('.'))
                .find_map(|w| dotted_at(t, n, w))
        };
        let pm = dotted(&CLOCK_PM);
        let am = dotted(&CLOCK_AM);
        if let Some(e) = pm.or(am) {
            if hour <= 12 {
                if pm.is_some() && hour < 12 {
                    hour += 12;
                } else if am.is_some() && hour == 12 {
                    hour = 0;
                }
                last = e;
                if t.is_punct(last + 1, '.') && t.touch(last, last + 1) {
                    last += 1;
                }
            }
        } else if let Some(w) = t
            .word(n)
            .filter(|w| CLOCK_PM.contains(w) || CLOCK_AM.contains(w))
        {
            if hour <= 12 {
                if CLOCK_PM.contains(&w) && hour < 12 {
                    hour += 12;
                }
                last = n;
            }
        }
    }
    (hour <= 23 && minute <= 59).then(|| date(i, last, format!("T{hour:02}:{minute:02}")).rank(3))
}

/// The last token of a dotted abbreviation ("p.m", without its last stop)
/// written at token `i`: its letters with a full stop between each two.
fn dotted_at(t: &Tokens, i: usize, abbreviation: &str) -> Option<usize> {
    let mut pieces = abbreviation.split('.');
    if t.word(i) != pieces.next() {
        return None;
    }
    let mut last = i;
    for piece in pieces {
        if !t.is_punct(last + 1, '.') || t.word(last + 2) != Some(piece) {
            return None;
        }
        last += 2;
    }
    Some(last)
}

/// An ISO 8601 duration of hours, minutes and seconds, without the zero parts.
fn hms_duration(h: u32, m: u32, s: u32) -> String {
    let mut iso = String::from("PT");
    for (v, d) in [(h, 'H'), (m, 'M'), (s, 'S')] {
        if v > 0 {
            iso.push_str(&format!("{v}{d}"));
        }
    }
    if iso.len() == 2 {
        iso.push_str("0S");
    }
    iso
}

/// The month named at token `i` (capitalised, as English writes months), and
/// the last token of the name (taking the full stop of "Oct.").
fn month_at(t: &Tokens, i: usize) -> Option<(u32, usize, bool)> {
    if !t.is_capitalized(i) {
        return None;
    }
    let w = t.word(i)?;
    let &(_, m, needs_number) = MONTH_NAMES.iter().find(|(n, _, _)| *n == w)?;
    let mut last = i;
    // "Oct." takes its stop, as an abbreviation; the stop of "May." ends a sentence.
    if ABBREVIATIONS.contains(&w) && t.is_punct(i + 1, '.') && t.touch(i, i + 1) {
        last = i + 1;
    }
    Some((m, last, needs_number))
}

/// "March 3, 2024", "Oct. 6, 2020", "June 26", "September 2025", "August".
fn month_name(t: &Tokens, i: usize) -> Option<Candidate> {
    let (m, name_last, needs_number) = month_at(t, i)?;
    if let Some(d_at) = t.next(name_last) {
        if let Some(d) = int(t, d_at, 2)
            .filter(|&d| valid_day(d, m) && !runs_on(t, d_at) || ordinal_day(t, d_at))
        {
            let mut last = d_at;
            if ordinal_day(t, d_at) {
                last = d_at + 1;
            }
            // ", 2024" or " 2024"
            let mut year = None;
            let after = if t.is_punct(last + 1, ',') {
                t.next(last + 1)
            } else {
                t.next(last)
            };
            if let Some(y_at) = after {
                if let Some(y) = year_at(t, y_at).filter(|_| !runs_on(t, y_at)) {
                    year = Some(y);
                    last = y_at;
                }
            }
            return Some(date(i, last, ymd(year, m, d)));
        }
        if let Some(y) = year_at(t, d_at).filter(|_| !runs_on(t, d_at)) {
            return Some(date(i, d_at, ym(Some(y), m)));
        }
    }
    // "May" and "March" alone are months only after words that take a time:
    // "since March", "in May".
    let after_time_word = t
        .prev(i)
        .and_then(|p| t.word(p))
        .is_some_and(|w| MONTH_LEADS.contains(&w));
    if needs_number && !(after_time_word && t.word(i).is_some_and(|w| w.len() > 3)) {
        return None;
    }
    Some(date(i, name_last, ym(None, m)).rank(1))
}

/// "26th" as a day: digits with an ordinal suffix.
fn ordinal_day(t: &Tokens, i: usize) -> bool {
    t.kind(i) == Some(TokKind::Digits) && t.touch(i, i + 1) && word_in(t, i + 1, &ORDINAL_SUFFIXES)
}

/// "3 March 2024", "1 October".
fn day_month_name(t: &Tokens, i: usize) -> Option<Candidate> {
    let d = int(t, i, 2)?;
    let mut j = i;
    if ordinal_day(t, i) {
        j = i + 1;
    }
    let n = t.next(j)?;
    let n = if word_in(t, n, &MONTH_NAME_BEFORE) {
        t.next(n)?
    } else {
        n
    };
    let (m, name_last, _) = month_at(t, n)?;
    if !valid_day(d, m) {
        return None;
    }
    if let Some(y_at) = t.next(name_last) {
        if let Some(y) = year_at(t, y_at).filter(|_| !runs_on(t, y_at)) {
            return Some(date(i, y_at, ymd(Some(y), m, d)));
        }
    }
    Some(date(i, name_last, ymd(None, m, d)))
}

/// A year after a month or quarter: "-2023", "/2017", " năm 2021", " 2024",
/// " of 2024". Returns the year and its token.
fn year_after(t: &Tokens, last: usize) -> Option<(u32, usize)> {
    if t.joined_by(last, "-/") {
        let y = year_at(t, last + 2)?;
        return (!runs_on(t, last + 2)).then_some((y, last + 2));
    }
    let n = t.next(last)?;
    let n = if word_in(t, n, &YEAR_BEFORE) {
        t.next(n)?
    } else {
        n
    };
    let y = year_at(t, n)?;
    (!runs_on(t, n)).then_some((y, n))
}

/// Dates led by a cue word (the profiles' `date_cues`): "năm 2023", "tháng 5/2021", "quý I-2023",
/// "ngày 18 tháng 5 năm 2021", "nửa đầu năm 2016".
fn cue_word(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let cue_at = |j: usize, cue: DateCue| t.word(j).and_then(date_cue) == Some(cue);
    match date_cue(t.word(i)?)? {
        DateCue::Year => {
            let n = t.next(i)?;
            let y = year_at(t, n)?;
            if runs_on(t, n) || (t.mark_after(n, ".,") && t.kind(n + 2) == Some(TokKind::Digits)) {
                return None;
            }
            Some(date(i, n, y.to_string()))
        }
        DateCue::Month => {
            let n = t.next(i)?;
            let m = int(t, n, 2).filter(|m| (1..=12).contains(m))?;
            if runs_on(t, n) {
                return None;
            }
            // "tháng 2/2017" but not "tháng 2/3" (a fraction of the month).
            if t.mark_after(n, "/-") && year_after(t, n).is_none() {
                return None;
            }
            match year_after(t, n) {
                Some((y, last)) => Some(date(i, last, ym(Some(y), m))),
                None => Some(date(i, n, ym(None, m))),
            }
        }
        DateCue::Quarter => {
            let n = t.next(i)?;
            let q = quarter_number(t, n)?;
            match year_after(t, n) {
                Some((y, last)) => Some(date(i, last, format!("{y}-Q{q}"))),
                None => Some(date(i, n, format!("--Q{q}"))),
            }
        }
        DateCue::Day => {
            // "ngày 18 tháng 5 năm 2021"
            let d_at = t.next(i)?;
            let d = int(t, d_at, 2)?;
            let th = t.next(d_at).filter(|&x| cue_at(x, DateCue::Month))?;
            let m_at = t.next(th)?;
            let m = int(t, m_at, 2)?;
            if !valid_day(d, m) {
                return None;
            }
            match year_after(t, m_at) {
                Some((y, last)) => Some(date(i, last, ymd(Some(y), m, d))),
                None => Some(date(i, m_at, ymd(None, m, d))),
            }
        }
        DateCue::Half => {
            // "nửa đầu năm 2016"
            let part = t.next(i)?;
            let (from, to) = half_months(t.word(part).and_then(date_cue)?)?;
            let nam = t.next(part).filter(|&x| cue_at(x, DateCue::Year))?;
            let (y, last) = match t.next(nam).and_then(|n| year_at(t, n).map(|y| (y, n))) {
                Some((y, n)) => (Some(y), n),
                None => (None, nam),
            };
            Some(period_months(i, last, y, from, to))
        }
        DateCue::FirstHalf | DateCue::SecondHalf => None,
    }
}

/// The months of a half of the year: January to June, or July to December.
fn half_months(half: DateCue) -> Option<(u32, u32)> {
    match half {
        DateCue::FirstHalf => Some((1, 6)),
        DateCue::SecondHalf => Some((7, 12)),
        _ => None,
    }
}

fn period_months(first: usize, last: usize, y: Option<u32>, from: u32, to: u32) -> Candidate {
    Candidate::new(
        Kind::Period,
        first,
        last,
        Value::Iso(format!("{}/{}", ym(y, from), ym(y, to))),
    )
    .rank(2)
}

/// "6 tháng đầu năm 2023", "9 tháng cuối năm": months of a year as a period.
fn months_of_year(t: &Tokens, i: usize) -> Option<Candidate> {
    let n = int(t, i, 2).filter(|n| (1..=12).contains(n))?;
    let words = t.next(i)?;
    let phrase_in = |list: &Known<&str>| list.iter().find_map(|p| t.phrase_at(words, p));
    let (end, first_months) = match phrase_in(&FIRST_MONTHS_OF_YEAR) {
        Some(end) => (end, true),
        None => (phrase_in(&LAST_MONTHS_OF_YEAR)?, false),
    };
    let (y, last) = match t.next(end).and_then(|k| year_at(t, k).map(|y| (y, k))) {
        Some((y, k)) => (Some(y), k),
        None => (None, end),
    };
    let (from, to) = if first_months { (1, n) } else { (13 - n, 12) };
    Some(period_months(i, last, y, from, to))
}

/// The number of a quarter: "I"–"IV" or "1"–"4".
fn quarter_number(t: &Tokens, i: usize) -> Option<u32> {
    let q = match t.kind(i)? {
        TokKind::Digits => int(t, i, 1)?,
        TokKind::Word if !runs_on(t, i) => roman::parse(t.raw(i))?,
        _ => return None,
    };
    (1..=4).contains(&q).then_some(q)
}

/// "Q3 2024", "third quarter of 2024", "second-quarter", "first-quarter".
fn quarter_en(t: &Tokens, i: usize) -> Option<Candidate> {
    let (q, last) = if QUARTER_MARKS.contains(&t.raw(i)) && t.touch(i, i + 1) {
        let q = int(t, i + 1, 1).filter(|q| (1..=4).contains(q))?;
        if runs_on(t, i + 1) {
            return None;
        }
        (q, i + 1)
    } else {
        let (phrases, quarters) = &*QUARTER_PHRASES;
        let (last, k) = phrases.longest_at(t, i)?;
        (quarters[k], last)
    };
    match year_after(t, last) {
        Some((y, l)) => Some(date(i, l, format!("{y}-Q{q}"))),
        None => Some(date(i, last, format!("--Q{q}"))),
    }
}

/// "first half of the year", "second half of 2024", "H1 2024".
fn half_year(t: &Tokens, i: usize) -> Option<Candidate> {
    let (phrases, cues) = &*HALF_YEAR_PHRASES;
    let (half, k) = phrases.longest_at(t, i)?;
    let (from, to) = half_months(cues[k])?;
    let after = t.next(half)?;
    if let Some(end) = UNNAMED_YEAR.iter().find_map(|p| t.phrase_at(after, p)) {
        return Some(period_months(i, end, None, from, to));
    }
    let (y, last) = year_after(t, half)?;
    Some(period_months(i, last, Some(y), from, to))
}

#[cfg(test)]
mod tests {
    use crate::model::{Kind, Language, Options};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, &str)] = &[
            ("ngày 18-5-2021 của", Language::Vi, "18-5-2021", r#"date "2021-05-18""#),
            ("ngày 18/5/2021", Language::Vi, "18/5/2021", r#"date "2021-05-18""#),
            ("ngày 18 tháng 5 năm 2021 tại", Language::Vi, "ngày 18 tháng 5 năm 2021", r#"date "2021-05-18""#),
            ("trong tháng 5/2021", Language::Vi, "tháng 5/2021", r#"date "2021-05""#),
            ("Quý I-2023, công tác", Language::Vi, "Quý I-2023", r#"date "2023-Q1""#),
            ("quý 3 năm 2021", Language::Vi, "quý 3 năm 2021", r#"date "2021-Q3""#),
            ("Quý 3/2015", Language::Vi, "Quý 3/2015", r#"date "2015-Q3""#),
            ("trong năm 2023 với", Language::Vi, "năm 2023", r#"date "2023""#),
            ("6 tháng đầu năm 2023", Language::Vi, "6 tháng đầu năm 2023", r#"period "2023-01/2023-06""#),
            ("nửa đầu năm 2016", Language::Vi, "nửa đầu năm 2016", r#"period "2016-01/2016-06""#),
            ("lúc 15h30 ngày", Language::Vi, "15h30", r#"date "T15:30""#),
            ("21/08/2025 15:36", Language::Vi, "15:36", r#"date "T15:36""#),
            ("began at 5:30 p.m. Tuesday", Language::En, "5:30 p.m.", r#"date "T17:30""#),
            ("finished in 2:23:19 for second", Language::En, "2:23:19", r#"duration "PT2H23M19S""#),
            ("in two hours, five minutes, and six seconds.", Language::En, "two hours, five minutes, and six seconds", r#"duration "PT2H5M6S""#),
            ("ngày 20/2.", Language::Vi, "20/2", r#"date "--02-20""#),
            ("on March 3, 2024.", Language::En, "March 3, 2024", r#"date "2024-03-03""#),
            ("Tuesday, Oct. 6, 2020.", Language::En, "Oct. 6, 2020", r#"date "2020-10-06""#),
            ("on 3 March 2024", Language::En, "3 March 2024", r#"date "2024-03-03""#),
            ("in Q3 2024 sales", Language::En, "Q3 2024", r#"date "2024-Q3""#),
            ("the third quarter of 2024", Language::En, "third quarter of 2024", r#"date "2024-Q3""#),
            ("back to the 1970s.", Language::En, "1970s", r#"period "1970/1979""#),
            ("In the late 1800s, utilities", Language::En, "1800s", r#"period "1800/1899""#),
            ("records going back to 1949.", Language::En, "1949", r#"date "1949""#),
            ("ended June 26, noting", Language::En, "June 26", r#"date "--06-26""#),
            ("in the first half of 2024", Language::En, "first half of 2024", r#"period "2024-01/2024-06""#),
        ];
        for &(input, lang, text, expect) in rows {
            crate::testing::check(input, lang, text, expect);
        }
    }

    #[test]
    fn quarters_without_a_year_are_ordinals() {
        let a = crate::analyze(
            "Revenue in the third quarter rose.",
            &Options {
                language: Some(Language::En),
                ..Default::default()
            },
        );
        assert_eq!(
            (a.figures[0].kind, &a.figures[0].value),
            (Kind::Ordinal, &crate::model::Value::Number(3.0))
        );
    }

    #[test]
    fn not_dates() {
        for (input, lang) in [
            ("hoàn thành 26/26 chỉ tiêu", Language::Vi),
            ("you may go", Language::En),
            ("March on", Language::En),
        ] {
            let a = crate::analyze(
                input,
                &Options {
                    language: Some(lang),
                    ..Default::default()
                },
            );
            assert!(
                a.figures.iter().all(|f| f.kind != Kind::Date),
                "{input}: {:?}",
                a.figures
            );
        }
    }
}
