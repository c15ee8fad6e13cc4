//! Figures written as words of their own: "a year", "two-thirds", "một
//! nửa", "tens of thousands", "hàng nghìn", "decade-long", "twice", "gấp
//! đôi".

use super::super::lexicon::*;
use super::super::{Candidate, Context};
use super::*;
use crate::model::{Kind, Value};
use crate::numbers::digits;
use crate::text::tokens::TokKind;

/// "a year", "an hour", "a decade": the article stands for one.
pub(super) fn article_duration(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    if !matches!(t.word(i), Some("a" | "an")) {
        return None;
    }
    let k = t.next(i)?;
    let w = t.word(k)?;
    if !SINGULAR_TIME_UNITS.contains(&w) {
        return None;
    }
    let &(_, designator, mult) = TIME_UNITS.iter().find(|(u, _, _)| *u == w)?;
    Some(Candidate::new(
        Kind::Duration,
        i,
        k,
        Value::Iso(iso_duration(mult, designator)),
    ))
}

/// "two-thirds", "three-quarters", "một nửa", "hai phần ba": fractions in words.
pub(super) fn fraction(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let w = t.word(i)?;
    let denominator = |d: &str| -> Option<f64> {
        Some(match d {
            "half" | "halves" => 2.0,
            "third" | "thirds" => 3.0,
            "quarter" | "quarters" => 4.0,
            "fifth" | "fifths" => 5.0,
            "tenth" | "tenths" => 10.0,
            _ => return None,
        })
    };
    // "two-thirds"
    if t.joined_by(i, "-‐") {
        let numerator = match w {
            "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            _ => return None,
        };
        let d = denominator(t.word(i + 2)?)?;
        return (numerator < d)
            .then(|| Candidate::new(Kind::Number, i, i + 2, Value::Number(numerator / d)));
    }
    // "một nửa", "hai phần ba"
    if w == "một" {
        let n = t.next(i)?;
        if t.word(n) == Some("nửa") {
            return Some(Candidate::new(Kind::Number, i, n, Value::Number(0.5)));
        }
    }
    let num = cx.p.number_words_at(t, i).filter(|n| n.first == n.last)?;
    let phan = t.next(num.last).filter(|&p| t.word(p) == Some("phần"))?;
    let den = t
        .next(phan)
        .and_then(|d| cx.p.number_words_at(t, d))
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

/// "tens of thousands", "hàng nghìn người": an order of magnitude, at least.
pub(super) fn vague(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    // (phrase, at least, takes "of": "thousands of people")
    const PHRASES: &[(&str, f64, bool)] = &[
        ("tens of thousands", 1e4, true),
        ("hundreds of thousands", 1e5, true),
        ("tens of millions", 1e7, true),
        ("hundreds of millions", 1e8, true),
        ("dozens", 12.0, true),
        ("hundreds", 100.0, true),
        ("thousands", 1e3, true),
        ("millions", 1e6, true),
        ("billions", 1e9, true),
        ("hàng chục", 10.0, false),
        ("hàng trăm", 100.0, false),
        ("hàng nghìn", 1e3, false),
        ("hàng ngàn", 1e3, false),
        ("hàng vạn", 1e4, false),
        ("hàng triệu", 1e6, false),
        ("hàng tỷ", 1e9, false),
        ("hàng chục nghìn", 1e4, false),
        ("hàng chục ngàn", 1e4, false),
        ("hàng trăm nghìn", 1e5, false),
        ("hàng trăm ngàn", 1e5, false),
    ];
    static SET: std::sync::LazyLock<crate::text::phrases::PhraseSet> =
        std::sync::LazyLock::new(|| {
            crate::text::phrases::PhraseSet::new(
                &PHRASES.iter().map(|(p, _, _)| *p).collect::<Vec<_>>(),
            )
        });
    let (end, k) = SET.longest_at(t, i)?;
    let value = PHRASES[k].1;
    // English needs "of" after it ("thousands of people"); the figure is the
    // count of what follows.
    let mut last = end;
    let mut noun_at = t.next(end);
    if PHRASES[k].2 {
        let of = t.next(end).filter(|&o| t.word(o) == Some("of"))?;
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
    matches!(t.word(i + 2), Some("old" | "long")).then(|| {
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
    let w = t.word(i)?;
    let (last, value) = match w {
        "twice" | "double" | "doubled" | "doubling" => (i, 2.0),
        "triple" | "tripled" | "treble" | "trebled" => (i, 3.0),
        "quadrupled" => (i, 4.0),
        "halve" | "halved" | "halving" => (i, 0.5),
        "gấp" => {
            let j = t.next(i)?;
            match t.word(j) {
                Some("đôi") => (j, 2.0),
                Some("rưỡi") => (j, 1.5),
                Some("ba") => (j, 3.0),
                _ if t.kind(j) == Some(TokKind::Digits) => {
                    let n = digits::read(t, j, cx.marks)?;
                    let l = t
                        .next(n.last)
                        .filter(|&l| t.word(l) == Some("lần"))
                        .unwrap_or(n.last);
                    (l, n.value)
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    // "double" as an adjective before a noun is no figure: "double standards".
    if w == "double"
        && t.next(i)
            .and_then(|j| t.word(j))
            .is_some_and(|x| !is_not_noun(x))
    {
        return None;
    }
    Some(Candidate::new(Kind::Number, i, last, Value::Number(value)))
}
