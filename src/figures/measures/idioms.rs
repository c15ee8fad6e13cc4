//! Figures written as words of their own: "a year", "two-thirds", "một
//! nửa", "tens of thousands", "hàng nghìn", "decade-long", "twice", "gấp
//! đôi".

use std::sync::LazyLock;

use crate::text::phrases::WordTable;

use super::super::lexicon::*;
use super::super::{Candidate, Context};
use super::*;
use crate::lang::known;
use crate::model::{Kind, Value};
use crate::numbers::words::hyphen_after;
use crate::numbers::Numeral;
use crate::text::phrases::PhraseSet;
use crate::text::tokens::TokKind;

static ONE_ARTICLES: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.one_articles);
static TIME_ADJECTIVE_ENDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.time_adjective_ends);
static FRACTION_NUMERATORS: LazyLock<Vec<(&str, f64)>> =
    LazyLock::new(|| known(|w| w.fraction_numerators));
static FRACTION_DENOMINATORS: LazyLock<Vec<(&str, f64)>> =
    LazyLock::new(|| known(|w| w.fraction_denominators));
static HALVES: LazyLock<WordTable<(&str, &str)>> =
    LazyLock::new(|| WordTable::new(known(|w| w.halves), |e| e.0));
static FRACTION_PARTS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.fraction_parts);
static VAGUE_AMOUNTS: LazyLock<Vec<(&str, f64, bool)>> =
    LazyLock::new(|| known(|w| w.vague_amounts));
static VAGUE_AMOUNT_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&VAGUE_AMOUNTS.iter().map(|(p, _, _)| *p).collect::<Vec<_>>()));
static VAGUE_AMOUNT_LINKS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.vague_amount_links);
static MULTIPLIERS: LazyLock<WordTable<(&str, f64)>> =
    LazyLock::new(|| WordTable::new(known(|w| w.multipliers), |e| e.0));
static ADJECTIVE_MULTIPLIERS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.adjective_multipliers);
static MULTIPLIER_LEADS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.multiplier_leads);
static LEAD_MULTIPLIERS: LazyLock<Vec<(&str, f64)>> =
    LazyLock::new(|| known(|w| w.lead_multipliers));
static MULTIPLIER_TIMES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.multiplier_times);

/// The value of `w` in a list of words and values.
fn value_in(list: &[(&str, f64)], w: &str) -> Option<f64> {
    list.iter().find(|(x, _)| *x == w).map(|&(_, v)| v)
}

static UNITS_NOT_AFTER_ARTICLE: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.units_not_after_article);

/// "a year", "an hour", "a decade", "a gallon": the article stands for one;
/// "half hour", "half an hour", "a half hour", "nửa tiếng": for a half.
pub(super) fn article_duration(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    if t.kind(i) != Some(TokKind::Word) {
        return None;
    }
    let (k, one) = if let Some((end, _)) = HALF_BEFORE_SET.longest_at(t, i) {
        let k = t.next(end)?;
        match t.word(k) {
            Some(a) if ONE_ARTICLES.contains(a) => (t.next(k)?, 0.5),
            _ => (k, 0.5),
        }
    } else if ONE_ARTICLES.at(t, i) {
        (t.next(i)?, 1.0)
    } else {
        return None;
    };
    let u = t.word(k)?;
    // A half before any unit of time ("nửa tiếng"); one only before a singular.
    if SINGULAR_TIME_UNITS.contains(u) || one == 0.5 && TIME_UNITS.iter().any(|(x, _, _)| *x == u) {
        let &(_, designator, mult) = TIME_UNITS.iter().find(|(x, _, _)| *x == u)?;
        // "an hour and a half".
        let (last, v) = match half_after(t, k) {
            Some(e) => (e, one + 0.5),
            None => (k, one),
        };
        return Some(Candidate::new(
            Kind::Duration,
            i,
            last,
            Value::Iso(iso_duration(v * mult, designator)),
        ));
    }
    // "a gallon of beer", "half a mile": a unit in words, not after a number
    // ("$71.10 a barrel" is a rate) nor in an idiom ("a ton of work").
    if one == 1.0 && UNITS_NOT_AFTER_ARTICLE.contains(u)
        || t.prev(i).is_some_and(|p| {
            t.kind(p) == Some(TokKind::Digits) || t.word(p).and_then(unit_symbol).is_some()
        })
    {
        return None;
    }
    let (last, unit) = unit_at(t, k).filter(|(_, unit)| !is_symbol(u, unit))?;
    Some(Candidate::new(Kind::Quantity, i, last, Value::Number(one)).unit(unit))
}

/// "two-thirds", "three-quarters", "một nửa", "hai phần ba": fractions in words.
pub(super) fn fraction(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    if t.kind(i) != Some(TokKind::Word) {
        return None;
    }
    // "two-thirds", "one-fourth", "one - fourth"
    if let Some(d_at) = hyphen_after(t, i) {
        let w = t.word(i)?;
        let numerator = value_in(&FRACTION_NUMERATORS, w).or_else(|| {
            cx.number_words_at(i)
                .filter(|n| n.last == i && n.value >= 1.0)
                .map(|n| n.value)
        });
        let d = t.word(d_at).and_then(|dw| {
            value_in(&FRACTION_DENOMINATORS, dw).or_else(|| ordinal_denominator(cx, dw))
        });
        if let (Some(numerator), Some(d)) = (numerator, d) {
            return (numerator < d)
                .then(|| Candidate::new(Kind::Number, i, d_at, Value::Number(numerator / d)));
        }
        if t.joined_by(i, "-‐") {
            return None;
        }
    }
    // "một nửa", "hai phần ba"
    if let Some(&(_, half)) = HALVES.at(t, i) {
        let n = t.next(i)?;
        if t.word(n) == Some(half) {
            return Some(Candidate::new(Kind::Number, i, n, Value::Number(0.5)));
        }
    }
    let num = cx.number_words_at(i).filter(|n| n.first == n.last)?;
    let phan = t.next(num.last).filter(|&p| FRACTION_PARTS.at(t, p))?;
    let den = t
        .next(phan)
        .and_then(|d| cx.number_words_at(d))
        .filter(|d| d.first == d.last)?;
    (num.value < den.value && den.value > 0.0).then(|| {
        Candidate::new(
            Kind::Number,
            i,
            den.last,
            Value::Number(num.value / den.value),
        )
    })
}

static FRACTION_OVERS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.fraction_overs);

/// "1 over 3", "one over one hundred and twenty five": a fraction read as
/// one number, where nothing it could count or measure follows and neither
/// part is a year ("rose 5 over 2019" compares years).
pub(super) fn over_fraction(cx: &Context, first: usize, a: &Numeral) -> Option<Candidate> {
    let t = cx.t;
    let o = t.next(a.last).filter(|&o| FRACTION_OVERS.at(t, o))?;
    let k = t.next(o)?;
    let b = match t.kind(k)? {
        TokKind::Digits => cx.digits_at(k)?,
        TokKind::Word => cx.number_words_at(k)?,
        _ => return None,
    };
    let year = |n: &Numeral| n.plain && year_like(t.raw(n.first));
    let ends = match t.next(b.last) {
        None => true,
        Some(f) => t.word(f).is_none_or(is_not_noun) && unit_at(t, f).is_none(),
    };
    (b.value > 0.0 && !year(a) && !year(&b) && ends && !t.joined_by(b.last, "-‐/")).then(|| {
        Candidate::new(
            Kind::Number,
            first,
            b.last,
            Value::Number(a.value / b.value),
        )
    })
}

/// The singular words of a half ("half"), of the denominators.
static HALF_WORDS: LazyLock<WordTable<&str>> = LazyLock::new(|| {
    let words = FRACTION_DENOMINATORS
        .iter()
        .filter(|&&(w, v)| v == 2.0 && !w.ends_with('s'))
        .map(|&(w, _)| w)
        .collect();
    WordTable::new(words, |w| w)
});

/// "more than half", "nearly half of them": a half after a qualifier is a
/// number ("the second half" is none). "half a million" is the reader's.
pub(super) fn qualified_half(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    HALF_WORDS.at(t, i)?;
    if t.next(i)
        .and_then(|a| t.word(a))
        .is_some_and(|a| ONE_ARTICLES.contains(a))
    {
        return None;
    }
    QUALIFIER_SET.longest_before(t, i)?;
    Some(Candidate::new(Kind::Number, i, i, Value::Number(0.5)))
}

/// The part an ordinal word names as a denominator: "fourth", "sixths" (a
/// plural is the ordinal and "s"); a time unit ("one-second") is none.
fn ordinal_denominator(cx: &Context, w: &str) -> Option<f64> {
    let stem = w.strip_suffix('s').unwrap_or(w);
    if SINGULAR_TIME_UNITS.contains(stem) {
        return None;
    }
    let &(_, n) = cx.p.ordinal_words.iter().find(|(o, _)| *o == stem)?;
    (n >= 2).then_some(n as f64)
}

/// "tens of thousands", "hàng nghìn người": an order of magnitude, at least.
pub(super) fn vague(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let (end, k) = VAGUE_AMOUNT_SET.longest_at(t, i)?;
    let (_, value, takes_link) = VAGUE_AMOUNTS[k];
    // English needs "of" after it ("thousands of people"); the figure is the
    // count of what follows.
    let mut last = end;
    let mut noun_at = t.next(end);
    if takes_link {
        let of = t.next(end).filter(|&o| VAGUE_AMOUNT_LINKS.at(t, o))?;
        noun_at = t.next(of);
        last = of;
    }
    let mut c = match noun_at.and_then(|k| counted_noun(cx, k).map(|e| (k, e))) {
        Some((k, e)) => {
            let unit = t.text[t.start(k)..t.end(e)].to_string();
            Candidate::new(Kind::Count, i, e, Value::Number(value)).unit(unit)
        }
        None => Candidate::new(Kind::Number, i, last, Value::Number(value)),
    };
    c.qualifier = crate::model::Qualifier::Over;
    Some(c)
}

/// "century-old", "decade-long", "year-long": one unit of time as an adjective.
pub(super) fn unit_long(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    // The hyphen first: it rules out almost every word at once.
    if !(t.is_punct(i + 1, '-') && t.touch(i, i + 1) && t.touch(i + 1, i + 2)) {
        return None;
    }
    let w = t.word(i)?;
    let &(_, designator, mult) = TIME_UNITS
        .iter()
        .find(|(u, _, _)| *u == w && SINGULAR_TIME_UNITS.contains(u))?;
    TIME_ADJECTIVE_ENDS.at(t, i + 2).then(|| {
        Candidate::new(
            Kind::Duration,
            i,
            i + 2,
            Value::Iso(iso_duration(mult, designator)),
        )
    })
}

/// "twice", "doubled", "halve", "gấp đôi", "gấp 3 lần": multipliers that are
/// figures in their own right.
pub(super) fn multiplier(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let (last, value) = if let Some(&(_, v)) = MULTIPLIERS.at(t, i) {
        (i, v)
    } else if MULTIPLIER_LEADS.at(t, i) {
        let j = t.next(i)?;
        match t.word(j).and_then(|x| value_in(&LEAD_MULTIPLIERS, x)) {
            Some(v) => (j, v),
            None if t.kind(j) == Some(TokKind::Digits) => {
                let n = cx.digits_at(j)?;
                let l = t
                    .next(n.last)
                    .filter(|&l| MULTIPLIER_TIMES.at(t, l))
                    .unwrap_or(n.last);
                (l, n.value)
            }
            None => return None,
        }
    } else {
        return None;
    };
    // "double" as an adjective before a noun is no figure: "double standards".
    let w = t.word(i)?;
    if ADJECTIVE_MULTIPLIERS.contains(w)
        && t.next(i)
            .and_then(|j| t.word(j))
            .is_some_and(|x| !is_not_noun(x))
    {
        return None;
    }
    Some(Candidate::new(Kind::Number, i, last, Value::Number(value)))
}
