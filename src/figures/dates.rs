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
use crate::lang::KnownWords;
use std::sync::LazyLock;

use super::lexicon::{
    date_cue, CURRENCY_BEFORE, CURRENCY_BEFORE_KEYS, DATE_CUES, MONTH_LEADS, MONTH_NAMES,
};
use super::ordinals::ORDINAL_SUFFIXES;
use super::{Candidate, Context};
use crate::lang::{known, DateCue};
use crate::model::{Kind, Value};
use crate::numbers::roman;
use crate::text::phrases::PhraseSet;
use crate::text::sentences::ABBREVIATIONS;
use crate::text::tokens::{TokKind, Tokens};

/// The profiles' words of dates and clock times, joined (`lang::known`).
static DAY_MONTH_BEFORE: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.day_month_before);
static CLOCK_BEFORE: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.clock_before);
static HOUR_MARKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.hour_marks);
static CLOCK_PM: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.clock_pm);
static CLOCK_AM: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.clock_am);
static DECADE_SUFFIXES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.decade_suffixes);
static MONTH_NAME_BEFORE: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.month_name_before);
static YEAR_BEFORE: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.year_before);
static FIRST_MONTHS_OF_YEAR: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.first_months_of_year);
static LAST_MONTHS_OF_YEAR: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.last_months_of_year);
static QUARTER_MARKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.quarter_marks);
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
static UNNAMED_YEAR: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.unnamed_year);
static CLOCK_HOUR_WORDS: KnownWords = KnownWords::new(|w| w.clock_hour_words);
static CLOCK_MINUTE_WORDS: KnownWords = KnownWords::new(|w| w.clock_minute_words);
static CLOCK_HALF_WORDS: KnownWords = KnownWords::new(|w| w.clock_half_words);
static CLOCK_LESS_WORDS: KnownWords = KnownWords::new(|w| w.clock_less_words);
static HOUR_MARKS_WITH_MINUTES: KnownWords = KnownWords::new(|w| w.hour_marks_with_minutes);
/// Words that join a clock time to its day (read by [`super::ranges`] too).
pub(super) static CLOCK_DATE_LINKS: KnownWords = KnownWords::new(|w| w.clock_date_links);
static DAY_PERIODS: LazyLock<Vec<(&'static str, u32, u32)>> =
    LazyLock::new(|| known(|w| w.day_periods));
static WEEKDAYS: KnownWords = KnownWords::new(|w| w.weekday_names);
static WEEKDAY_ADDITIONS: KnownWords = KnownWords::new(|w| w.weekday_additions);
static MONTH_HOMOGRAPHS: KnownWords = KnownWords::new(|w| w.month_homographs);
static MONTH_LEAD_ARTICLES: KnownWords = KnownWords::new(|w| w.month_lead_articles);
static UNAMBIGUOUS_DAY_MONTH_BEFORE: KnownWords =
    KnownWords::new(|w| w.unambiguous_day_month_before);
static QUARTER_WORDS: KnownWords = KnownWords::new(|w| w.quarter_words);
static FAR_YEAR_BEFORE: KnownWords = KnownWords::new(|w| w.far_year_before);
static MONTH_CUE_WORDS: Known<(&str, u32)> = Known::new(|w| w.month_cue_words);

/// True when token `i` names a weekday ("friday", "Tues").
#[inline(never)]
fn is_weekday(t: &Tokens, i: usize) -> bool {
    word_in(t, i, &WEEKDAYS) || word_in(t, i, &WEEKDAY_ADDITIONS)
}

/// True when the month name at token `i` is also a common word ("may").
fn is_homograph(t: &Tokens, i: usize) -> bool {
    word_in(t, i, &MONTH_HOMOGRAPHS)
}

/// True when a phrase ends after token `last`: the text or the line ends, or
/// a mark that is no part of a number follows ("in may.", "in may, then").
#[inline(never)]
fn phrase_ends_after(t: &Tokens, last: usize) -> bool {
    match t.next(last) {
        None => true,
        Some(n) => {
            t.kind(n) == Some(TokKind::Punct)
                && !t.is_punct_in(n, "-/")
                && !t
                    .next(n)
                    .is_some_and(|k| t.kind(k) == Some(TokKind::Digits) && t.touch(n, k))
        }
    }
}

/// True when token `i` stands after a month lead, or after a lead and an
/// article ("in May", "since August", "in the april").
#[inline(never)]
fn after_month_lead(t: &Tokens, i: usize) -> bool {
    let Some(p) = t.prev(i) else { return false };
    let p = if word_in(t, p, &MONTH_LEAD_ARTICLES) {
        match t.prev(p) {
            Some(pp) => pp,
            None => return false,
        }
    } else {
        p
    };
    MONTH_LEADS.at(t, p)
}

/// True when the number at token `i` is the tail of a longer number or an
/// amount of money ("6,107.31 August": the decimals; "$ 12 December").
#[inline(never)]
fn in_other_number(t: &Tokens, i: usize) -> bool {
    if i >= 2
        && t.touch(i - 1, i)
        && t.is_punct_in(i - 1, ".,")
        && t.touch(i - 2, i - 1)
        && t.kind(i - 2) == Some(TokKind::Digits)
    {
        return true;
    }
    t.prev(i).is_some_and(|p| {
        let r = t.raw(p);
        CURRENCY_BEFORE_KEYS.may_hold(t, p)
            && CURRENCY_BEFORE
                .iter()
                .any(|(c, _)| c.eq_ignore_ascii_case(r))
    })
}

/// A part of the day after token `last` ("chiều"): the hour `hour` read in
/// it, and the part's token.
fn day_period_after(t: &Tokens, last: usize, hour: u32) -> Option<(u32, usize)> {
    let n = t.next(last)?;
    let w = t.word(n)?;
    let &(_, from, to) = DAY_PERIODS.iter().find(|(p, _, _)| *p == w)?;
    let hour = if (from..=to).contains(&hour) {
        hour + 12
    } else {
        hour
    };
    Some((hour, n))
}

/// A clock time written with the word of the hour: "4 giờ chiều", "10 giờ
/// 45", "3 giờ rưỡi chiều", "11 giờ kém 15", "lúc 15 giờ", "4 giờ ngày
/// 4/9". Without minutes, a part of the day, a clock cue before it or a day
/// after it, "4 giờ" is four hours (a duration, in [`super::measures`]).
fn clock_words(cx: &Context, i: usize) -> Option<Candidate> {
    let h = int(cx.t, i, 2).filter(|h| *h <= 23)?;
    clock_after_hour(cx, i, i, h)
}

/// "ba giờ rưỡi chiều": a clock time whose hour is written in words.
#[inline(never)]
fn clock_in_words(cx: &Context, i: usize) -> Option<Candidate> {
    let num = (cx.p.number_words?)(cx.t, i)?;
    if num.digits || num.ordinal || num.value.fract() != 0.0 || !(0.0..=23.0).contains(&num.value) {
        return None;
    }
    clock_after_hour(cx, i, num.last, num.value as u32)
}

/// The rest of a clock time in words after its hour `h` (tokens `i` to
/// `hour_last`): the word of the hour, minutes, a part of the day.
#[inline(never)]
fn clock_after_hour(cx: &Context, i: usize, hour_last: usize, h: u32) -> Option<Candidate> {
    let t = cx.t;
    let g = t.next(hour_last)?;
    if !word_in(t, g, &CLOCK_HOUR_WORDS) {
        return None;
    }
    let (mut hour, mut minute, mut last, mut told) = (h, 0, g, false);
    // The minutes, in digits or in words ("ba giờ mười lăm"), and their
    // last token.
    let minutes_at = |n: usize| {
        let digits = int(t, n, 2)
            .filter(|m| {
                *m <= 59 && !runs_on(t, n) && !(t.touch(n, n + 1) && t.is_punct_in(n + 1, "/-.,:"))
            })
            .map(|m| (m, n));
        digits.or_else(|| {
            let num = (cx.p.number_words?)(t, n).filter(|x| !x.digits && !x.ordinal)?;
            (num.value.fract() == 0.0 && (1.0..=59.0).contains(&num.value))
                .then_some((num.value as u32, num.last))
        })
    };
    if let Some(n) = t.next(g) {
        if let Some((m, n)) = minutes_at(n) {
            (minute, last, told) = (m, n, true);
            if let Some(p) = t.next(n).filter(|&p| word_in(t, p, &CLOCK_MINUTE_WORDS)) {
                // "2 giờ 30 phút" is as often two and a half hours: a time
                // of day only with a part of the day or a cue.
                last = p;
                told = false;
            }
        } else if word_in(t, n, &CLOCK_HALF_WORDS) {
            (minute, last, told) = (30, n, true);
        } else if word_in(t, n, &CLOCK_LESS_WORDS) {
            let k = t.next(n)?;
            let (m, k) = minutes_at(k).filter(|(m, _)| (1..=59).contains(m) && h > 0)?;
            (hour, minute, last, told) = (h - 1, 60 - m, k, true);
            if let Some(p) = t.next(k).filter(|&p| word_in(t, p, &CLOCK_MINUTE_WORDS)) {
                last = p;
            }
        }
    }
    if let Some((hh, p)) = day_period_after(t, last, hour) {
        (hour, last, told) = (hh, p, true);
    }
    if !told {
        let cue_before = t.prev(i).is_some_and(|p| word_in(t, p, &CLOCK_BEFORE));
        let day_after = t
            .next(last)
            .is_some_and(|n| word_in(t, n, &CLOCK_DATE_LINKS));
        if !(cue_before || day_after) {
            return None;
        }
    }
    (hour <= 23).then(|| date(i, last, format!("T{hour:02}:{minute:02}")).rank(3))
}

/// True when token `i` is one of `words`.
fn word_in(t: &Tokens, i: usize, words: &'static KnownWords) -> bool {
    t.word(i).is_some_and(|w| words.contains(w))
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
                .or_else(|| clock_words(cx, i))
                .or_else(|| months_of_year(t, i))
                .or_else(|| day_cue_month(cx, i))
                .or_else(|| day_span(cx, i))
                .or_else(|| day_month_name(t, i))
                .or_else(|| decade(t, i))
                .or_else(|| day_month(cx, i))
                .or_else(|| month_year(t, i))
                .or_else(|| year_quarter(t, i))
                .or_else(|| year_and_two(t, i))
                .or_else(|| year_month_loose(t, i))
                .or_else(|| ordinal_quarter(t, i))
                .or_else(|| digit_quarter(t, i))
                .or_else(|| bare_year(t, i));
            out.extend(found);
        }
        Some(TokKind::Word) if cx.p.reads_words => {
            let found = cue_word(cx, i)
                .or_else(|| month_name(cx, i))
                .or_else(|| quarter_en(t, i))
                .or_else(|| half_year(t, i))
                .or_else(|| word_day_month(cx, i))
                .or_else(|| clock_in_words(cx, i));
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

/// Whether numeric dates are read month first: as the text's own dates say
/// ([`super::Facts::day_first`]), else as its language writes them.
#[inline(never)]
fn month_first(cx: &Context) -> bool {
    cx.facts
        .day_first(cx.t.text)
        .map_or(cx.p.month_first_slash_dates, |day_first| !day_first)
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
    let year = year_at(t, c).or_else(|| two_digit_year(t, c).filter(|_| sep == "/"))?;
    let (x, y2) = (int(t, a, 2)?, int(t, b, 2)?);
    // Month first where the profile writes it so ("3-7-2017", "5/18/2021";
    // "13.5.2015" is written day first everywhere).
    let (d, m) = if month_first(cx) && sep != "." && x <= 12 && valid_day(y2, x) {
        (y2, x)
    } else {
        (x, y2)
    };
    valid_day(d, m).then(|| date(a, c, ymd(Some(year), m, d)))
}

/// "5/6/88", "3/3/17": a year of two digits is of the century that puts it
/// nearest: 30 to 99 in the 1900s, 00 to 29 in the 2000s.
fn two_digit_year(t: &Tokens, i: usize) -> Option<u32> {
    let y = int(t, i, 2).filter(|_| t.raw(i).len() == 2)?;
    Some(if y >= 30 { 1900 + y } else { 2000 + y })
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
    let (x, y) = (int(t, i, 2)?, int(t, i + 2, 2)?);
    let (d, m) = if month_first(cx) && x <= 12 && valid_day(y, x) {
        (y, x)
    } else {
        (x, y)
    };
    if !valid_day(d, m)
        || runs_on(t, i + 2)
        || (t.touch(i + 2, i + 3)
            && t.is_punct_in(i + 3, "-/.")
            && t.touch(i + 3, i + 4)
            && t.kind(i + 4) == Some(TokKind::Digits))
    {
        return None;
    }
    // A weekday before it, across a comma ("friday 5/12", "Mon, 5/12").
    let prev = t.prev(i);
    let weekday = prev.is_some_and(|p| {
        is_weekday(t, p) || (t.is_punct(p, ',') && t.prev(p).is_some_and(|q| is_weekday(t, q)))
    });
    let cue = prev.is_some_and(|p| word_in(t, p, &DAY_MONTH_BEFORE));
    // "on 4-22": no fraction (a hyphen) and no score (a day past 12).
    let sure = sep == "-"
        && d > 12
        && m != d
        && prev.is_some_and(|p| word_in(t, p, &UNAMBIGUOUS_DAY_MONTH_BEFORE));
    (cue || weekday || sure).then(|| date(i, i + 2, ymd(None, m, d)))
}

/// "5-6/9", "5-6/9/2024": days of one month as a period, after a word that
/// says a date comes ("từ ngày 5-6/9") or with the year.
fn day_span(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    if !(t.joined_by(i, "-") && t.touch(i + 1, i + 2) && t.joined_by(i + 2, "/")) {
        return None;
    }
    if !t.touch(i + 3, i + 4) {
        return None;
    }
    let (d1, d2, m) = (int(t, i, 2)?, int(t, i + 2, 2)?, int(t, i + 4, 2)?);
    if d1 >= d2 || !valid_day(d1, m) || !valid_day(d2, m) || runs_on(t, i + 4) {
        return None;
    }
    let (y, last) = match year_after(t, i + 4).filter(|_| t.joined_by(i + 4, "/")) {
        Some((y, l)) => (Some(y), l),
        None if t.mark_after(i + 4, "/-.") && runs_on(t, i + 5) => return None,
        None => (None, i + 4),
    };
    let cue = t.prev(i).is_some_and(|p| word_in(t, p, &DAY_MONTH_BEFORE));
    (cue || y.is_some()).then(|| {
        Candidate::new(
            Kind::Period,
            i,
            last,
            Value::Iso(format!("{}/{}", ymd(y, m, d1), ymd(y, m, d2))),
        )
        .rank(2)
    })
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
    // "in 2150": past 2100 only after a word that takes a time.
    let far = y > 2100 && t.prev(i).is_some_and(|p| word_in(t, p, &FAR_YEAR_BEFORE));
    if !((1800..=2100).contains(&y) || far) || runs_on(t, i) {
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
    let mut second = None;
    let (mut hour, minute, mut last) = if sep == ":" && t.touch(i + 1, i + 2) {
        let m = int(t, i + 2, 2).filter(|_| t.raw(i + 2).len() == 2)?;
        let mut last = i + 2;
        if t.is_punct(i + 3, ':') && t.touch(last, i + 3) && t.raw(i + 4).len() == 2 {
            let s = int(t, i + 4, 2)?;
            second = Some(s);
            last = i + 4;
            if runs_on(t, last) || m > 59 || s > 59 {
                return None;
            }
            // "2:23:19": with seconds it is a time taken (a race, a speech),
            // unless the text says it is a time of day ("lúc 15:36:20", "at").
            // A clock writes its hour with two digits ("08:45:10", "15:23:24");
            // a race time of a few hours with one ("2:23:19").
            let at_clock = t.prev(i).is_some_and(|p| word_in(t, p, &CLOCK_BEFORE))
                || (t.raw(i).len() == 2 && h <= 23);
            if !at_clock {
                let iso = hms_duration(h, m, s);
                return Some(Candidate::new(Kind::Duration, i, last, Value::Iso(iso)).rank(3));
            }
        }
        if runs_on(t, last) {
            return None;
        }
        (h, m, last)
    } else if word_in(t, i + 1, &HOUR_MARKS)
        || (word_in(t, i + 1, &HOUR_MARKS_WITH_MINUTES)
            && t.touch(i + 1, i + 2)
            && t.kind(i + 2) == Some(TokKind::Digits))
    {
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
        let dotted = |words: &'static KnownWords| {
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
                if CLOCK_PM.contains(w) && hour < 12 {
                    hour += 12;
                }
                last = n;
            }
        } else if let Some((hh, p)) = day_period_after(t, last, hour).filter(|_| hour <= 12) {
            // "3:30 chiều", "9:15 tối".
            (hour, last) = (hh, p);
        }
    }
    let seconds = second.map(|s| format!(":{s:02}")).unwrap_or_default();
    (hour <= 23 && minute <= 59)
        .then(|| date(i, last, format!("T{hour:02}:{minute:02}{seconds}")).rank(3))
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
    month_word(t, i)
}

/// The month named at token `i`, in any case ("july 2019": a month in lower
/// case is read only where a number beside it says so).
fn month_word(t: &Tokens, i: usize) -> Option<(u32, usize, bool)> {
    let &(w, m, needs_number) = MONTH_NAMES.at(t, i)?;
    let mut last = i;
    // "Oct." takes its stop, as an abbreviation; the stop of "May." ends a sentence.
    if ABBREVIATIONS.contains(w) && t.is_punct(i + 1, '.') && t.touch(i, i + 1) {
        last = i + 1;
    }
    Some((m, last, needs_number))
}

/// "March 3, 2024", "Oct. 6, 2020", "June 26", "September 2025", "August".
#[inline(never)]
fn month_name(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let (m, name_last, needs_number) = month_word(t, i)?;
    let capital = t.is_capitalized(i);
    let homograph = is_homograph(t, i);
    // "Mar-2021", "Dec/2018", "Oct/2", "Sep-23-2020".
    if t.joined_by(name_last, "-/") && !runs_on(t, name_last + 2) {
        let n = name_last + 2;
        let sep = t.raw(name_last + 1);
        if let Some(y) = year_at(t, n) {
            return Some(date(i, n, ym(Some(y), m)));
        }
        let d = int(t, n, 2).filter(|&d| valid_day(d, m))?;
        if t.raw(n + 1) == sep && t.joined_by(n, sep) {
            let y = year_at(t, n + 2).filter(|_| !runs_on(t, n + 2))?;
            return Some(date(i, n + 2, ymd(Some(y), m, d)));
        }
        if t.mark_after(n, "-/.") && t.kind(n + 2) == Some(TokKind::Digits) {
            return None;
        }
        return Some(date(i, n, ymd(None, m, d)));
    }
    if let Some(d_at) = t.next(name_last) {
        // "October, 1st": a comma only before a day written as an ordinal.
        // "May the 5th", "January the twelfth": an article only before an
        // ordinal day.
        let ordinal_at = |k: usize| {
            ordinal_day(t, k)
                || t.word(k)
                    .is_some_and(|w| cx.p.ordinal_words.iter().any(|(o, _)| *o == w))
                || cx
                    .p
                    .number_words
                    .and_then(|r| r(t, k))
                    .is_some_and(|n| n.ordinal)
        };
        let d_at = match t.next(d_at) {
            Some(k) if t.is_punct(d_at, ',') && ordinal_day(t, k) => k,
            Some(k) if word_in(t, d_at, &MONTH_LEAD_ARTICLES) && ordinal_at(k) => k,
            _ => d_at,
        };
        // The day, in digits ("May 25th") or in words ("May twenty-first",
        // "jan twenty two, 2018"), and where it ends.
        let in_digits = int(t, d_at, 2)
            .filter(|&d| valid_day(d, m) && !runs_on(t, d_at) || ordinal_day(t, d_at))
            .map(|d| (d, if ordinal_day(t, d_at) { d_at + 1 } else { d_at }, true));
        let in_words = || {
            if let Some(&(_, d)) = t
                .word(d_at)
                .and_then(|w| cx.p.ordinal_words.iter().find(|(o, _)| *o == w))
            {
                return valid_day(d, m).then_some((d, d_at, true));
            }
            let num = (cx.p.number_words?)(t, d_at)?;
            let d = num.value as u32;
            (!num.digits && num.value.fract() == 0.0 && valid_day(d, m)).then_some((
                d,
                num.last,
                num.ordinal,
            ))
        };
        if let Some((d, mut last, sure)) = in_digits.or_else(in_words) {
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
            // A day in words that is no ordinal is one only with its year
            // ("April two people" is none); a lower-case "may" or "march"
            // takes a day only where the phrase ends ("may 5", not "march 5
            // km").
            let in_words_ok = sure || year.is_some();
            let case_ok = capital
                || !homograph
                || ((year.is_some() || phrase_ends_after(t, last))
                    && t.kind(d_at) == Some(TokKind::Digits));
            if in_words_ok && case_ok {
                return Some(date(i, last, ymd(year, m, d)));
            }
        }
        if let Some(y) = year_at(t, d_at).filter(|_| !runs_on(t, d_at)) {
            return Some(date(i, d_at, ym(Some(y), m)));
        }
    }
    // "May" and "March" alone are months only after words that take a time:
    // "since March", "in May"; in lower case only where the phrase ends
    // there too ("It may be in may", "in the april.").
    let after_time_word = after_month_lead(t, i);
    if !capital {
        return (after_time_word && phrase_ends_after(t, name_last))
            .then(|| date(i, name_last, ym(None, m)).rank(1));
    }
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
#[inline(never)]
fn day_month_name(t: &Tokens, i: usize) -> Option<Candidate> {
    let d = int(t, i, 2)?;
    if in_other_number(t, i) {
        return None;
    }
    let mut j = i;
    if ordinal_day(t, i) {
        j = i + 1;
    }
    // "16. Nov. 2016": a day with a stop, as German and Nordic text write
    // it; only with its year (else the stop may end a sentence).
    let dotted = t.mark_after(j, ".");
    if dotted {
        j += 1;
    }
    let n = t.next(j)?;
    let of = word_in(t, n, &MONTH_NAME_BEFORE);
    let n = if of { t.next(n)? } else { n };
    // In lower case, "may" and "nov" after a day only with "of" or an
    // ordinal's letters ("12 of nov", "the 5th may").
    let sure = of || j > i;
    let (m, name_last, _) = month_at(t, n)
        .or_else(|| month_word(t, n).filter(|&(_, _, needs_number)| !needs_number || sure))?;
    if !valid_day(d, m) {
        return None;
    }
    if let Some(y_at) = t.next(name_last) {
        if let Some(y) = year_at(t, y_at).filter(|_| !runs_on(t, y_at)) {
            return Some(date(i, y_at, ymd(Some(y), m, d)));
        }
    }
    (!dotted).then(|| date(i, name_last, ymd(None, m, d)))
}

/// "second of Aug", "fourth of july of 1995": a day as an ordinal in words,
/// the word between, the month and perhaps its year.
#[inline(never)]
fn word_day_month(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    // "fourth" (the profile's ordinal words), "twenty-first" (its reader).
    let (d, last) = match t
        .word(i)
        .and_then(|w| cx.p.ordinal_words.iter().find(|(o, _)| *o == w))
    {
        Some(&(_, d)) => (d, i),
        None => {
            let num = (cx.p.number_words?)(t, i)?;
            if !num.ordinal || num.digits || num.value.fract() != 0.0 {
                return None;
            }
            (num.value as u32, num.last)
        }
    };
    if !(1..=31).contains(&d) {
        return None;
    }
    let of = t
        .next(last)
        .filter(|&k| word_in(t, k, &MONTH_NAME_BEFORE))?;
    let (m, name_last, _) = month_word(t, t.next(of)?)?;
    if !valid_day(d, m) {
        return None;
    }
    Some(match year_after(t, name_last) {
        Some((y, last)) => date(i, last, ymd(Some(y), m, d)),
        None => date(i, name_last, ymd(None, m, d)),
    })
}

/// "2016, nov", "2016 -11", "2016 / 11": a year and its month written
/// loosely, the month last in its phrase.
#[inline(never)]
fn year_month_loose(t: &Tokens, i: usize) -> Option<Candidate> {
    let y = year_at(t, i)?;
    if runs_on(t, i) || (i > 0 && t.touch(i - 1, i) && t.is_punct_in(i - 1, "./-,")) {
        return None;
    }
    let s = t.next(i)?;
    let n = t.next(s)?;
    if t.is_punct(s, ',') {
        // A month name that is no common word, and no day after it.
        let (m, last, _) = month_word(t, n)?;
        if is_homograph(t, n) || !phrase_ends_after(t, last) {
            return None;
        }
        return Some(date(i, last, ym(Some(y), m)));
    }
    // Spaced on at least one side: joined, it is [`year_and_two`]'s.
    if !t.is_punct_in(s, "-/") || t.raw(s).len() != 1 || (t.touch(i, s) && t.touch(s, n)) {
        return None;
    }
    let m = int(t, n, 2).filter(|m| t.raw(n).len() == 2 && (1..=12).contains(m))?;
    (!runs_on(t, n) && phrase_ends_after(t, n)).then(|| date(i, n, ym(Some(y), m)))
}

/// "1st quarter of 2013": a quarter's number as an ordinal in digits.
#[inline(never)]
fn ordinal_quarter(t: &Tokens, i: usize) -> Option<Candidate> {
    let q = int(t, i, 1).filter(|q| (1..=4).contains(q) && ordinal_day(t, i))?;
    let w = t.next(i + 1).filter(|&k| word_in(t, k, &QUARTER_WORDS))?;
    Some(match year_after(t, w) {
        Some((y, last)) => date(i, last, format!("{y}-Q{q}")),
        None => date(i, w, format!("--Q{q}")),
    })
}

/// "3Q 2024": the quarter's number before its mark, with the year.
#[inline(never)]
fn digit_quarter(t: &Tokens, i: usize) -> Option<Candidate> {
    let q = int(t, i, 1).filter(|q| (1..=4).contains(q))?;
    if !(t.touch(i, i + 1) && is_quarter_mark(t, i + 1)) || runs_on(t, i + 1) {
        return None;
    }
    let (y, last) = year_after(t, i + 1)?;
    Some(date(i, last, format!("{y}-Q{q}")))
}

/// "9 Tháng 1 2015": a day, the month's cue word and the month, and the
/// year (without its year, "9 tháng 1" is as often nine months).
#[inline(never)]
fn day_cue_month(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let d = int(t, i, 2)?;
    let th = t
        .next(i)
        .filter(|&k| t.word(k).and_then(date_cue) == Some(DateCue::Month))?;
    let (m, m_last) = month_after_cue(cx, th)?;
    let (y, last) = year_after(t, m_last)?;
    valid_day(d, m).then(|| date(i, last, ymd(Some(y), m, d)))
}

/// The month after its cue word at `th` ("tháng 5", "tháng bảy", "tháng
/// giêng"), and its last token.
#[inline(never)]
fn month_after_cue(cx: &Context, th: usize) -> Option<(u32, usize)> {
    let t = cx.t;
    let n = t.next(th)?;
    if let Some(w) = t.word(n) {
        if let Some(&(_, m)) = MONTH_CUE_WORDS.find(|(c, _)| *c == w) {
            return Some((m, n));
        }
        return number_word(cx, n, 12);
    }
    let m = int(t, n, 2).filter(|m| (1..=12).contains(m))?;
    (!runs_on(t, n)).then_some((m, n))
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
    match DATE_CUES.at(t, i).map(|&(_, cue)| cue)? {
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
            if t.kind(n) == Some(TokKind::Word) {
                // "tháng bảy", "tháng Mười Một", "tháng giêng".
                let (m, last) = month_after_cue(cx, i)?;
                // "Tháng Mười Hai 29, 2013": the day after the month, then
                // a comma and the year.
                if let Some(d_at) = t.next(last) {
                    let d = int(t, d_at, 2).filter(|&d| valid_day(d, m) && !runs_on(t, d_at));
                    let y = t
                        .next(d_at)
                        .filter(|&c| t.is_punct(c, ','))
                        .and_then(|c| t.next(c))
                        .and_then(|k| year_at(t, k).filter(|_| !runs_on(t, k)).map(|y| (y, k)));
                    if let (Some(d), Some((y, y_at))) = (d, y) {
                        return Some(date(i, y_at, ymd(Some(y), m, d)));
                    }
                }
                return match year_after(t, last) {
                    Some((y, l)) => Some(date(i, l, ym(Some(y), m))),
                    None => Some(date(i, last, ym(None, m))),
                };
            }
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
            let (q, n) = match quarter_number(t, n) {
                Some(q) => (q, n),
                None => number_word(cx, n, 4)?,
            };
            match year_after(t, n) {
                Some((y, last)) => Some(date(i, last, format!("{y}-Q{q}"))),
                None => Some(date(i, n, format!("--Q{q}"))),
            }
        }
        DateCue::Day => {
            // "ngày 18 tháng 5 năm 2021"
            // ("ngày mồng 3": two words of the day.)
            let d_at = t.next(i)?;
            let d_at = if cue_at(d_at, DateCue::Day) {
                t.next(d_at)?
            } else {
                d_at
            };
            let d = int(t, d_at, 2)?;
            let th = t.next(d_at).filter(|&x| cue_at(x, DateCue::Month))?;
            let (m, m_at) = month_after_cue(cx, th)?;
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

/// A month's or quarter's number written in words after its word ("tháng
/// bảy", "quý ba"): a whole number from 1 to `max`, and its last token.
/// "tháng năm 2023" is the months of 2023, not May.
fn number_word(cx: &Context, n: usize, max: u32) -> Option<(u32, usize)> {
    let t = cx.t;
    let read = cx.p.number_words?;
    let num = read(t, n)?;
    let v = num.value;
    if v.fract() != 0.0 || !(1.0..=max as f64).contains(&v) {
        return None;
    }
    let year_next = t.next(num.last).is_some_and(|k| year_at(t, k).is_some());
    if year_next && t.word(num.last).and_then(date_cue) == Some(DateCue::Year) {
        return None;
    }
    Some((v as u32, num.last))
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
    let phrase_in = |list: &'static KnownWords| list.iter().find_map(|p| t.phrase_at(words, p));
    let (end, first_months) = match phrase_in(&FIRST_MONTHS_OF_YEAR) {
        Some(end) => (end, true),
        None => match phrase_in(&LAST_MONTHS_OF_YEAR) {
            Some(end) => (end, false),
            // "9 tháng năm 2023": the first nine months of 2023 (a day
            // before it, "ngày 9 tháng năm", would make it May).
            None => {
                let is = |j: usize, cue: DateCue| t.word(j).and_then(date_cue) == Some(cue);
                let nam = t
                    .next(words)
                    .filter(|&k| is(words, DateCue::Month) && is(k, DateCue::Year))?;
                let y_at = t
                    .next(nam)
                    .filter(|&k| year_at(t, k).is_some() && !runs_on(t, k))?;
                if n == 12 || t.prev(i).is_some_and(|p| is(p, DateCue::Day)) {
                    return None;
                }
                return Some(period_months(i, y_at, year_at(t, y_at), 1, n));
            }
        },
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
    let (q, last) = if is_quarter_mark(t, i) && t.touch(i, i + 1) {
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

/// True when token `i` is a quarter's mark ("Q", "q").
pub(super) fn is_quarter_mark(t: &Tokens, i: usize) -> bool {
    QUARTER_MARKS.at_any_case(t, i)
}

/// "2019 q1", "2017-q1": the year, then the quarter's mark.
fn year_quarter(t: &Tokens, i: usize) -> Option<Candidate> {
    let y = year_at(t, i)?;
    let q_at = if t.joined_by(i, "-/") {
        i + 2
    } else {
        t.next(i)
            .filter(|_| t.kind(i + 1) == Some(TokKind::Space))?
    };
    if !(is_quarter_mark(t, q_at) && t.touch(q_at, q_at + 1)) || runs_on(t, q_at + 1) {
        return None;
    }
    let q = int(t, q_at + 1, 1).filter(|q| (1..=4).contains(q))?;
    Some(date(i, q_at + 1, format!("{y}-Q{q}")))
}

/// "2014-15", "2019/20": a season of two years; "2015-12", "2016/11": a
/// month of the year. The two digits after the year are the next year when
/// they are its last two digits plus one, a month otherwise.
fn year_and_two(t: &Tokens, i: usize) -> Option<Candidate> {
    let y = year_at(t, i)?;
    if !t.joined_by(i, "-/") || t.raw(i + 2).len() != 2 || runs_on(t, i + 2) {
        return None;
    }
    if t.mark_after(i + 2, "-/.:") && t.kind(i + 4) == Some(TokKind::Digits) {
        return None;
    }
    if i > 0 && t.touch(i - 1, i) && t.is_punct_in(i - 1, "./-") {
        return None;
    }
    let n = int(t, i + 2, 2)?;
    if n == (y + 1) % 100 {
        let v = Value::Iso(format!("{y}/{}", y + 1));
        return Some(Candidate::new(Kind::Period, i, i + 2, v).rank(2));
    }
    (1..=12)
        .contains(&n)
        .then(|| date(i, i + 2, ym(Some(y), n)))
}

/// "first half of the year", "second half of 2024", "H1 2024".
fn half_year(t: &Tokens, i: usize) -> Option<Candidate> {
    let (phrases, cues) = &*HALF_YEAR_PHRASES;
    let (half, k) = phrases.longest_at(t, i)?;
    let (from, to) = half_months(cues[k])?;
    let after = t.next(half)?;
    if let Some(end) = UNNAMED_YEAR.find_map(|p| t.phrase_at(after, p)) {
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
            ("21/08/2025 15:36", Language::Vi, "21/08/2025 15:36", r#"date "2025-08-21T15:36""#),
            ("vào lúc 3 giờ chiều", Language::Vi, "3 giờ chiều", r#"date "T15:00""#),
            ("dậy lúc 6 giờ sáng", Language::Vi, "6 giờ sáng", r#"date "T06:00""#),
            ("khoảng 11 giờ đêm qua", Language::Vi, "11 giờ đêm", r#"date "T23:00""#),
            ("lúc 2 giờ đêm", Language::Vi, "2 giờ đêm", r#"date "T02:00""#),
            ("đến 9:15 tối", Language::Vi, "9:15 tối", r#"date "T21:15""#),
            ("họp 10 giờ 45 tại", Language::Vi, "10 giờ 45", r#"date "T10:45""#),
            ("họp 10g45 tại", Language::Vi, "10g45", r#"date "T10:45""#),
            ("đúng 11 giờ kém 15", Language::Vi, "11 giờ kém 15", r#"date "T10:45""#),
            ("từ 3 giờ rưỡi chiều", Language::Vi, "3 giờ rưỡi chiều", r#"date "T15:30""#),
            ("sau 72 giờ nữa", Language::Vi, "72 giờ", r#"duration "PT72H""#),
            ("kéo dài 4 giờ liền", Language::Vi, "4 giờ", r#"duration "PT4H""#),
            ("vào 4 giờ ngày 4/9", Language::Vi, "4 giờ ngày 4/9", r#"date "--09-04T04:00""#),
            ("Tính đến 16h20 ngày 16/5, đoàn", Language::Vi, "16h20 ngày 16/5", r#"date "--05-16T16:20""#),
            ("Tính đến 15 giờ ngày thi đấu", Language::Vi, "15 giờ", r#"date "T15:00""#),
            ("lúc 4:00 chiều ngày 23/4", Language::Vi, "4:00 chiều ngày 23/4", r#"date "--04-23T16:00""#),
            ("ghi lúc 08:45:10 sáng nay", Language::Vi, "08:45:10 sáng", r#"date "T08:45:10""#), ("ended 15:23:24 flat", Language::En, "15:23:24", r#"date "T15:23:24""#),
            ("từ ngày 5-6/9, bão", Language::Vi, "5-6/9", r#"period "--09-05/--09-06""#),
            ("9 tháng năm 2023, tổng", Language::Vi, "9 tháng năm 2023", r#"period "2023-01/2023-09""#),
            ("bé 22 tuổi 40 ngày", Language::Vi, "22 tuổi 40 ngày", r#"duration "P22Y40D""#),
            ("anh 27 tuổi", Language::Vi, "27 tuổi", r#"duration "P27Y""#),
            ("the april 2017 bonus", Language::En, "april 2017", r#"date "2017-04""#),
            ("sales in Mar-2021 fell", Language::En, "Mar-2021", r#"date "2021-03""#),
            ("back Sep-23-2020.", Language::En, "Sep-23-2020", r#"date "2020-09-23""#),
            ("back Oct/2 then", Language::En, "Oct/2", r#"date "--10-02""#),
            ("sales in 2019 q1 rose", Language::En, "2019 q1", r#"date "2019-Q1""#),
            ("in q1-2019 sales", Language::En, "q1-2019", r#"date "2019-Q1""#),
            ("the 2014-15 season", Language::En, "2014-15", r#"period "2014/2015""#),
            ("mùa giải 2019/20", Language::Vi, "2019/20", r#"period "2019/2020""#),
            ("Is this a date? 2015-12", Language::En, "2015-12", r#"date "2015-12""#),
            ("born 5/6/88 in", Language::Vi, "5/6/88", r#"date "1988-06-05""#),
            ("back 03/18/40.", Language::En, "03/18/40", r#"date "1940-03-18""#),
            ("I'll be back during Q2", Language::En, "Q2", r#"date "--Q2""#),
            ("từ tháng bảy năm ngoái", Language::Vi, "tháng bảy", r#"date "--07""#),
            ("đến tháng Mười Một 2024", Language::Vi, "tháng Mười Một 2024", r#"date "2024-11""#),
            ("trong quý ba", Language::Vi, "quý ba", r#"date "--Q3""#),
            ("ngày mồng 3 tháng 3 năm 2017", Language::Vi, "ngày mồng 3 tháng 3 năm 2017", r#"date "2017-03-03""#),
            ("hôm ngày 7 tháng ba", Language::Vi, "ngày 7 tháng ba", r#"date "--03-07""#),
            ("các tháng năm 2023", Language::Vi, "năm 2023", r#"date "2023""#),
            ("for 3 hrs", Language::En, "3 hrs", r#"duration "PT3H""#),
            ("for 2 nights", Language::En, "2 nights", r#"duration "P2D""#),
            ("at 5:30 p.m. on March 3, 2024", Language::En, "5:30 p.m. on March 3, 2024", r#"date "2024-03-03T17:30""#),
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
            // Days in words and ordinals beside a month name.
            ("back second of Aug. then", Language::En, "second of Aug.", r#"date "--08-02""#),
            ("on the fourth of july of 1995", Language::En, "fourth of july of 1995", r#"date "1995-07-04""#),
            ("the twenty-first of March", Language::En, "twenty-first of March", r#"date "--03-21""#),
            ("back May twenty-first", Language::En, "May twenty-first", r#"date "--05-21""#),
            ("monday, jan twenty two, 2018", Language::En, "jan twenty two, 2018", r#"date "2018-01-22""#),
            ("set up for October, 1st.", Language::En, "October, 1st", r#"date "--10-01""#),
            ("May the 5th, 2020 it was", Language::En, "May the 5th, 2020", r#"date "2020-05-05""#),
            ("on 16. Nov. 2016 we", Language::En, "16. Nov. 2016", r#"date "2016-11-16""#),
            ("the 12th of may", Language::En, "12th of may", r#"date "--05-12""#),
            // Lower-case month names where the phrase makes them months.
            ("It may be in may", Language::En, "may", r#"date "--05""#),
            ("back to China in the april.", Language::En, "april", r#"date "--04""#),
            ("due may 5", Language::En, "may 5", r#"date "--05-05""#),
            ("In April two people died", Language::En, "April", r#"date "--04""#),
            ("out in late september .", Language::En, "september", r#"date "--09""#),
            // Quarters.
            ("the whole 1st quarter of 2013, was", Language::En, "1st quarter of 2013", r#"date "2013-Q1""#),
            ("its 3Q 2024 results", Language::En, "3Q 2024", r#"date "2024-Q3""#),
            // Numeric forms.
            ("done friday 5/12", Language::En, "5/12", r#"date "--05-12""#),
            ("done next 5/12", Language::En, "5/12", r#"date "--05-12""#),
            ("back on 4-22", Language::En, "4-22", r#"date "--04-22""#),
            ("back 3-7-2017", Language::En, "3-7-2017", r#"date "2017-03-07""#),
            ("out 2016, nov", Language::En, "2016, nov", r#"date "2016-11""#),
            ("out 2016 -11", Language::En, "2016 -11", r#"date "2016-11""#),
            ("out 2016 / 11", Language::En, "2016 / 11", r#"date "2016-11""#),
            // Day and month order: the text's own evidence, else the language's.
            ("on 21/04/2016 and 03/05/2016", Language::En, "03/05/2016", r#"date "2016-05-03""#),
            ("on 04/21/2016 and 03/05/2016", Language::En, "03/05/2016", r#"date "2016-03-05""#),
            ("on 03/05/2016 only", Language::En, "03/05/2016", r#"date "2016-03-05""#),
            ("ngày 03/05/2016 và 12/25/2016", Language::Vi, "03/05/2016", r#"date "2016-03-05""#),
            ("ngày 03/05/2016", Language::Vi, "03/05/2016", r#"date "2016-05-03""#),
            ("on 13.5.2015", Language::En, "13.5.2015", r#"date "2015-05-13""#),
            // Years past 2100 after a word of time.
            ("will end in 2150, right?", Language::En, "2150", r#"date "2150""#),
            // Bad joins: money and decimals are no days.
            ("bought it for $ 12 December 27", Language::En, "December 27", r#"date "--12-27""#),
            ("6,107.31 August 2019 should", Language::En, "August 2019", r#"date "2019-08""#),
            ("dates back to 1865, and it is observed on 19 June every year", Language::En, "19 June", r#"date "--06-19""#),
            // Vietnamese months in words, days before the month, clocks in words.
            ("tháng tư", Language::Vi, "tháng tư", r#"date "--04""#),
            ("ăn Tết tháng giêng", Language::Vi, "tháng giêng", r#"date "--01""#),
            ("ngày 23 tháng chạp năm 2023", Language::Vi, "ngày 23 tháng chạp năm 2023", r#"date "2023-12-23""#),
            ("Tháng Mười Hai 29, 2013, 14:14", Language::Vi, "Tháng Mười Hai 29, 2013", r#"date "2013-12-29""#),
            ("9 Tháng 1 2015 lúc 15:08", Language::Vi, "9 Tháng 1 2015 lúc 15:08", r#"date "2015-01-09T15:08""#),
            ("ba giờ rưỡi chiều", Language::Vi, "ba giờ rưỡi chiều", r#"date "T15:30""#),
            ("hai giờ kém mười lăm chiều", Language::Vi, "hai giờ kém mười lăm chiều", r#"date "T13:45""#),
            ("chờ hai giờ nữa", Language::Vi, "hai giờ", r#"duration "PT2H""#),
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
            ("They march 5 km a day", Language::En),
            ("We may one day return", Language::En),
            ("It may be in may cases", Language::En),
            ("the ratio was 5/12 overall", Language::En),
            ("a tax on 1/20 of income", Language::En),
            ("since 9/11 by terrorism", Language::En),
            ("won 4-22 on the night", Language::En),
            ("hoàn thành 5/12 xã", Language::Vi),
            ("It rose 12.5 May said", Language::En),
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
