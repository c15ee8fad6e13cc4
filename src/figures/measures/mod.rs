//! What a plain number measures, read from the words around it: money
//! ("36 tỷ 208 triệu đồng", "$1.2bn"), percent ("12,5%", "4pc", "25 basis
//! points"), quantity ("1.200 ha", "121mm"), duration ("20 năm", "a decade"),
//! count ("1.038 lượt", "3 million people"), or a bare number.

mod durations;
mod guards;
mod idioms;
mod money;
mod nouns;
mod units;

use crate::text::Lower;
use std::sync::LazyLock;

pub use self::durations::range_low;
use self::durations::*;
use self::guards::*;
use self::idioms::*;
use self::money::*;
use self::nouns::*;
pub use self::units::unit_at;
use self::units::*;
use super::lexicon::*;
use super::{Candidate, Context};
use crate::model::{Kind, Value};
use crate::numbers::{digits, scale, Numeral};
use crate::text::tokens::{TokKind, Tokens};

static SUFFIXES_READ_ELSEWHERE: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.suffixes_read_elsewhere);
static PERCENT_SUFFIXES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.percent_suffixes);
static PENCE_SUFFIXES: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.pence_suffixes);
static UNITS_LIKE_SCALES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.units_like_scales);
static TOUCHING_CURRENCY_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.touching_currency_words);
static SCALED_CURRENCY_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.scaled_currency_words);
/// The currency words some language owns: money only in its text, unless
/// they are touching or scaled currency words.
static OWNED_CURRENCY_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    crate::lang::KNOWN
        .iter()
        .flat_map(|l| l.profile().own_currency_words.iter().copied())
        .collect()
});
static MINUS_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.minus_words);
static ZERO_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.zero_words);

/// Proposes the measure reading of the number at token `i`, if one starts there.
pub fn at(cx: &Context, i: usize, out: &mut Vec<Candidate>) {
    let t = cx.t;
    let words = cx.p.reads_words;
    // Figures in words of their own: "twice", "two-thirds", "hàng nghìn".
    let idiom = || {
        multiplier(cx, i)
            .or_else(|| fraction(cx, i))
            .or_else(|| vague(cx, i))
            .or_else(|| qualified_half(cx, i))
            .or_else(|| unit_long(cx, i))
    };
    if let Some(c) = Some(()).filter(|_| words).and_then(|_| idiom()) {
        out.push(c);
        return;
    }
    if let Some(c) = signed_fraction(t, i) {
        out.push(c);
        return;
    }
    // A currency sign or code before the amount: "$15.7 billion", "USD 5 triệu".
    let (num_at, currency) = match currency_before(cx, i) {
        Some((j, code)) => (j, Some(code)),
        None => (i, None),
    };
    let Some(n) = numeral(cx, num_at, currency.is_some()) else {
        if words {
            out.extend(article_duration(cx, i));
        }
        return;
    };
    let claimed = words && claimed_by_word_before(cx, &n);
    if currency.is_none() && (claimed || after_currency_sign(t, n.first)) {
        return;
    }
    if currency.is_none() && is_inside_code(t, &n) {
        return;
    }
    // Scale words and suffixes ("tỷ", "million", "bn") are words.
    // "573.15K" in a sentence about temperature is kelvin, no thousand.
    let kelvin =
        t.touch(n.last, n.last + 1) && temperature_letter(cx, n.last, n.last + 1).is_some();
    let n = if words && !kelvin {
        let named = currency_after_suffix(t, &n);
        scale::extend(
            t,
            n,
            currency.is_some() || named,
            cx.p.words.own_scale_suffixes,
        )
    } else {
        n
    };
    let scale = scale_of(t, &n);
    if let Some(code) = currency {
        let mut c = Candidate::new(Kind::Money, i, n.last, Value::Number(n.value)).unit(code);
        c.last = per_unit_tail(t, c.last);
        c.scale = scale;
        if words {
            minor_part(cx, &mut c, &n);
        }
        // "$-99.99": a minus between the sign and the digits.
        if num_at > i && t.is_punct_in(num_at - 1, "-−") && t.touch(num_at - 1, num_at) {
            negate(&mut c, i);
        } else {
            sign_before(cx, i, &mut c);
        }
        out.push(c);
        return;
    }
    if let Some(mut c) = over_fraction(cx, i, &n).or_else(|| after_number(cx, i, &n)) {
        c.scale = scale;
        if words && c.kind == Kind::Money {
            minor_part(cx, &mut c, &n);
        }
        sign_before(cx, i, &mut c);
        out.push(c);
    }
}

/// "âm 35.962 tỷ đồng", "minus 5°C", "minus $3m": a word sign before the
/// figure; "-5°C", "-$3m": a minus against it, after a space or nothing.
fn sign_before(cx: &Context, i: usize, c: &mut Candidate) {
    let t = cx.t;
    if let Some(p) = t
        .prev(i)
        .filter(|&p| cx.p.reads_words && MINUS_WORDS.at(t, p))
    {
        negate(c, p);
    } else if i > 0
        && t.is_punct_in(i - 1, "-−")
        && t.touch(i - 1, i)
        && (i < 2 || t.kind(i - 2) == Some(TokKind::Space))
    {
        negate(c, i - 1);
    } else if let Some(s) = spaced_sign(t, i, c) {
        negate(c, s);
    }
}

/// Makes the figure negative, starting at token `first` (its sign).
fn negate(c: &mut Candidate, first: usize) {
    if let Value::Number(v) = c.value {
        c.value = Value::Number(-v);
        c.first = first;
    }
}

/// A minus sign with a space before the number, where the sign opens the
/// line and a bare number is all the line holds ("- 1.200.000"): a dash
/// between words or numbers ("2016-11", "pages 10 - 12") is none, and a
/// bullet opens a line too ("- 25 đảng viên" is no negative count).
fn spaced_sign(t: &Tokens, i: usize, c: &Candidate) -> Option<usize> {
    let opens_line =
        |s: usize| s == 0 || (t.kind(s - 1) == Some(TokKind::Space) && t.newline(s - 1));
    let s = t
        .prev(i)
        .filter(|&s| s + 2 == i && t.is_punct_in(s, "-−"))?;
    if c.kind != Kind::Number {
        return None;
    }
    let alone = match t.next(c.last) {
        None => true,
        Some(k) => t.is_punct_in(k, ".!?") && t.next(k).is_none(),
    };
    (opens_line(s) && alone).then_some(s)
}

/// "-4/5" alone on its line: a signed fraction is a number (-0.8); without
/// the sign, or among words, "4/5" is a date or a ratio.
fn signed_fraction(t: &Tokens, i: usize) -> Option<Candidate> {
    let s = i.checked_sub(1)?;
    if t.kind(i) != Some(TokKind::Digits) {
        return None;
    }
    if !(t.joined_by(i, "/") && t.is_punct_in(s, "-−") && t.touch(s, i)) {
        return None;
    }
    if !(s == 0 || (t.kind(s - 1) == Some(TokKind::Space) && t.newline(s - 1))) {
        return None;
    }
    let b = i + 2;
    let plain = |k: usize| t.kind(k) == Some(TokKind::Digits);
    if !plain(i) || !plain(b) || t.touch(b, b + 1) && !t.is_punct_in(b + 1, ".!?") {
        return None;
    }
    let alone = match t.next(b) {
        None => true,
        Some(k) => t.is_punct_in(k, ".!?") && t.next(k).is_none(),
    };
    let x = crate::numbers::decimal::parse(t.raw(i))?;
    let y = crate::numbers::decimal::parse(t.raw(b))?;
    (alone && y > 0.0).then(|| Candidate::new(Kind::Number, s, b, Value::Number(-x / y)))
}

/// Reads the number at `i`: digits, or words where the language writes numbers
/// in words.
fn numeral(cx: &Context, i: usize, after_currency: bool) -> Option<Numeral> {
    let t = cx.t;
    match t.kind(i)? {
        TokKind::Digits => cx.digits_at(i),
        TokKind::Punct if t.is_punct(i, '.') => cx.digits_at(i),
        // "½ teaspoon", "⅓ cup": a fraction sign alone.
        TokKind::Punct => digits::vulgar(t.raw(i)).map(|value| Numeral {
            first: i,
            last: i,
            value,
            plain: false,
            digits: true,
            scaled: false,
            ordinal: false,
        }),
        TokKind::Word if !after_currency => {
            // Only where a number word starts: "five", "hai", "a dozen".
            let n = cx.number_words_at(i)?;
            // A word before it that is itself a number word means we are inside
            // a longer number already read from its start.
            if let Some(p) = t.prev(i) {
                if cx.number_words_at(p).is_some_and(|m| m.last >= n.last) {
                    return None;
                }
            }
            Some(n)
        }
        _ => None,
    }
}

/// A currency sign or code before a number; returns the number's token.
fn currency_before(cx: &Context, i: usize) -> Option<(usize, &'static str)> {
    let t = cx.t;
    // The key is the sign, the code, or letters against a sign ("US$",
    // "C$", "CN¥"; "c $" as wire text spaces it), compared as the letters
    // then the sign.
    let sign_at = |s: usize| t.kind(s) == Some(TokKind::Punct) && is_currency_sign(t.raw(s));
    let sign_after = |i: usize| {
        let s = if t.touch(i, i + 1) && t.kind(i + 1) != Some(TokKind::Space) {
            i + 1
        } else {
            // Apart only where short letters in lower case stand alone
            // before it, no article ("a $5") nor the end of a word ("Joe's $5").
            let alone = i == 0 || t.kind(i - 1) == Some(TokKind::Space);
            t.next(i).filter(|_| {
                alone
                    && t.raw(i).len() <= 2
                    && t.raw(i).bytes().all(|b| b.is_ascii_lowercase())
                    && !cx.p.words.one_articles.contains(t.raw(i))
            })?
        };
        sign_at(s).then_some(s)
    };
    let mut j = i;
    let (key, sign) = match t.kind(i)? {
        // Most tokens are no sign nor code, nor letters against a sign.
        _ if !CURRENCY_BEFORE_KEYS.may_hold(t, i) && !sign_at(i + 1) && !sign_at(i + 2) => {
            return None
        }
        TokKind::Word if sign_after(i).is_some() => {
            j = sign_after(i)?;
            (t.word(i)?, t.raw(j))
        }
        // "$US2.05 billion", "$A5 million": the sign, then the country's
        // letters against it and the number.
        TokKind::Punct
            if t.kind(i + 1) == Some(TokKind::Word)
                && t.touch(i, i + 1)
                && t.touch(i + 1, i + 2)
                && t.raw(i + 1).len() <= 3
                && t.raw(i + 1).bytes().all(|b| b.is_ascii_uppercase())
                && CURRENCY_BEFORE.iter().any(|(k, _)| {
                    k.strip_prefix(t.raw(i))
                        .is_some_and(|l| l.eq_ignore_ascii_case(t.raw(i + 1)))
                }) =>
        {
            j = i + 1;
            (t.raw(i), t.raw(i + 1))
        }
        TokKind::Punct => (t.raw(i), ""),
        TokKind::Word if t.raw(i).bytes().all(|b| b.is_ascii_uppercase()) => (t.word(i)?, ""),
        _ => return None,
    };
    let &(entry, code) = CURRENCY_BEFORE.iter().find(|(k, _)| {
        if sign.is_empty() {
            *k == key
        } else if j == i + 1 && t.kind(i) == Some(TokKind::Punct) {
            // The sign first: `key` is the sign, `sign` the letters after.
            k.strip_prefix(key)
                .is_some_and(|l| l.eq_ignore_ascii_case(sign))
        } else {
            k.strip_suffix(sign).is_some_and(|letters| letters == key)
        }
    })?;
    if !cx.p.reads_words && !is_symbol(entry, code) {
        return None;
    }
    // "$280" or "$ 280" (one space: news wires write it so); "$-99.99".
    let mut n = if t.touch(j, j + 1) && t.kind(j + 1) != Some(TokKind::Space) {
        j + 1
    } else {
        t.next(j)?
    };
    if t.is_punct_in(n, "-−") && t.touch(j, n) && t.touch(n, n + 1) {
        n += 1;
    }
    (t.kind(n) == Some(TokKind::Digits) || t.is_punct(n, '.')).then_some((n, code))
}

/// "357m Hong Kong dollars", "5bn euros": a currency named right after a
/// suffix against the digits makes "m" and "b" scales, as a sign before
/// the number does.
fn currency_after_suffix(t: &Tokens, n: &Numeral) -> bool {
    let j = n.last + 1;
    t.touch(n.last, j)
        && t.kind(j) == Some(TokKind::Word)
        && t.next(j).is_some_and(|k| {
            CURRENCY_AFTER_SET
                .longest_at(t, k)
                .is_some_and(|(end, idx)| !opens_compound(t, CURRENCY_AFTER[idx].0, end))
        })
}

/// The scale word multiplier of an extended numeral, 1 when none: of a
/// compound, every word of it ("634 nghìn tỷ" is in thousands of billions,
/// "2,26 triệu tỷ" in millions of billions).
fn scale_of(t: &Tokens, n: &Numeral) -> f64 {
    if !n.scaled {
        return 1.0;
    }
    let w = t.word(n.last).unwrap_or("");
    let Some(mut m) = scale::word_scale(w) else {
        return scale::suffix_scale(t.raw(n.last), true).unwrap_or(1.0);
    };
    let mut j = n.last;
    while let Some(p) = t.prev(j).filter(|&p| p > n.first) {
        match t.word(p).and_then(scale::word_scale) {
            Some(x) => m *= x,
            None => break,
        }
        j = p;
    }
    m
}

/// "1000-2000 đồng", "5-7%": two numbers joined by a dash before one unit.
fn dashed_range(cx: &Context, first: usize, a: &Numeral) -> Option<Candidate> {
    let t = cx.t;
    // "2-3 years", "two-three years".
    let b = if a.digits {
        cx.digits_at(a.last + 2)?
    } else {
        cx.number_words_at(a.last + 2)?
    };
    let b = scale::extend(t, b, false, cx.p.words.own_scale_suffixes);
    let high = after_number(cx, b.first, &b)?;
    if high.kind == Kind::Number || high.kind == Kind::Duration && a.value >= b.value {
        return None;
    }
    // "3-5 năm": a range of durations, each end a duration.
    if let Value::Iso(hi) = &high.value {
        let lo = range_low(hi, b.value, a.value)?;
        let mut c = high.clone();
        c.first = first;
        c.high = Some(high.value);
        c.value = Value::Iso(lo);
        return Some(c);
    }
    let (Value::Number(lo), Value::Number(hi)) = (Value::Number(a.value), high.value.clone())
    else {
        return None;
    };
    if lo >= hi {
        return None;
    }
    let mut c = high;
    c.first = first;
    if c.kind != Kind::Duration {
        c.value = Value::Number(lo);
        c.high = Some(Value::Number(hi));
    }
    Some(c)
}

/// The token after the number: touching it, or after one space.
fn follower(t: &Tokens, last: usize) -> Option<usize> {
    if t.touch(last, last + 1) && t.kind(last + 1) != Some(TokKind::Space) {
        Some(last + 1)
    } else {
        t.next(last)
    }
}

/// Decides the kind from what follows the number.
fn after_number(cx: &Context, first: usize, n: &Numeral) -> Option<Candidate> {
    let t = cx.t;
    let value = n.value;
    let k = follower(t, n.last);
    let touching = k.is_some_and(|k| t.touch(n.last, k));
    // "33rd", "15h30", "1970s": ordinals, clock times and decades are read
    // by their own recognisers.
    if touching
        && k.and_then(|k| t.word(k))
            .is_some_and(|w| SUFFIXES_READ_ELSEWHERE.contains(w))
    {
        return None;
    }
    // "1/2 cup", "10 1/2 miles", "9 ½ years": a fraction before a unit.
    if let Some(c) = fraction_measure(cx, first, n) {
        return Some(c);
    }
    // English writes counts of a thousand and more with commas; a plain
    // four-digit number there is a year ("2024 sales" is the year's sales).
    if let Some(unless_after) =
        cx.p.plain_four_digits_are_years
            .filter(|_| n.plain && t.raw(n.first).len() == 4 && n.first == first)
    {
        let year_like = t
            .raw(n.first)
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2999).contains(&y));
        let qualified = t
            .prev(first)
            .and_then(|p| t.word(p))
            .is_some_and(|w| unless_after.contains(&w));
        if year_like
            && !qualified
            && k.is_some_and(|k| t.kind(k) == Some(TokKind::Word) && !touching)
        {
            let w = t.word(k.unwrap_or(0)).unwrap_or("");
            if !PERCENT_AFTER.iter().any(|(p, _)| p.starts_with(w))
                && unit_at(t, k.unwrap_or(0)).is_none()
                && !CURRENCY_AFTER.iter().any(|(c, _)| *c == w)
            {
                return None;
            }
        }
    }

    // In a language without words, only signs, codes and unit symbols.
    let words = cx.p.reads_words;
    let admits = |entry: &str, normal: &str| words || is_symbol(entry, normal);
    if let Some(k) = k {
        // Percent: "12,5%", "12,5 phần trăm", "4pc", "3 percentage points".
        if let Some((end, idx)) = PERCENT_SET
            .longest_at(t, k)
            .filter(|&(_, idx)| admits(PERCENT_AFTER[idx].0, PERCENT_AFTER[idx].1))
        {
            let unit = PERCENT_AFTER[idx].1;
            return Some(
                Candidate::new(Kind::Percent, first, end, Value::Number(value)).unit(unit),
            );
        }
        if words && touching && PERCENT_SUFFIXES.at(t, k) {
            return Some(Candidate::new(Kind::Percent, first, k, Value::Number(value)).unit("%"));
        }
        if let Some((end, _)) = BASIS_POINTS_SET.longest_at(t, k).filter(|_| words) {
            return Some(
                Candidate::new(Kind::Percent, first, end, Value::Number(value / 100.0))
                    .unit(crate::model::POINTS),
            );
        }
        // Money in minor units ("45 cents"), pounds that are money, scaled
        // codes ("20 MUSD").
        if let Some(c) = Some(()).filter(|_| words).and_then(|_| {
            minor_alone(cx, first, n, k)
                .or_else(|| pound_money(cx, first, n, k))
                .or_else(|| scaled_code(cx, first, n, k))
        }) {
            return Some(c);
        }
        // Money: "tỷ đồng", "USD", "500đ", "1p" (pence).
        if let Some((end, idx)) = CURRENCY_AFTER_SET
            .longest_at(t, k)
            .filter(|&(_, idx)| admits(CURRENCY_AFTER[idx].0, CURRENCY_AFTER[idx].1))
        {
            let word = CURRENCY_AFTER[idx].0;
            // A currency word a language owns is money only in its text ("đô"),
            // "đ" against the number in any ("500đ"), "won" only after a scale
            // ("5 billion won").
            let ok = if TOUCHING_CURRENCY_WORDS.contains(word) {
                touching || cx.p.owns_currency_word(word)
            } else if SCALED_CURRENCY_WORDS.contains(word) {
                cx.p.owns_currency_word(word) && n.scaled
            } else if OWNED_CURRENCY_WORDS.contains(&word) {
                cx.p.owns_currency_word(word)
            } else {
                // "đồng" opens many nouns: "106 đồng chí", "đồng bào", "đồng thời".
                !opens_compound(t, word, end)
            };
            if ok {
                let last = per_unit_tail(t, end);
                return Some(
                    Candidate::new(Kind::Money, first, last, Value::Number(value))
                        .unit(CURRENCY_AFTER[idx].1),
                );
            }
        }
        if words && touching && PENCE_SUFFIXES.at(t, k) && cx.facts.pound {
            return Some(
                Candidate::new(Kind::Money, first, k, Value::Number(value / 100.0)).unit("GBP"),
            );
        }
        // "9\"", "2½'", "5'11\"": a mark that is a unit.
        if let Some((end, unit)) = unit_mark(cx, n.last).filter(|_| n.digits && words) {
            let (last, v) = compound_tail(cx, end, unit, value).unwrap_or((end, value));
            return Some(Candidate::new(Kind::Quantity, first, last, Value::Number(v)).unit(unit));
        }
        // "30 C", "573.15K" (in a sentence about temperature).
        if let Some(unit) = temperature_letter(cx, n.last, k).filter(|_| n.digits && words) {
            return Some(Candidate::new(Kind::Quantity, first, k, Value::Number(value)).unit(unit));
        }
        // Physical quantities.
        // (Lower-cased only where it matters: in a language without words.)
        let symbol = |&(end, unit): &(usize, &str)| {
            words || is_symbol(&t.text[t.start(k)..t.end(end)].lower(), unit)
        };
        if let Some((end, unit)) = unit_at(t, k).filter(symbol) {
            if !(UNITS_LIKE_SCALES.contains(unit) && n.scaled) {
                if let Some((last, v)) = compound_tail(cx, end, unit, value).filter(|_| words) {
                    return Some(
                        Candidate::new(Kind::Quantity, first, last, Value::Number(v)).unit(unit),
                    );
                }
                let last = per_unit_tail(t, end);
                return Some(
                    Candidate::new(Kind::Quantity, first, last, Value::Number(value))
                        .unit(per_measure(t, end, unit)),
                );
            }
        }
        if let Some(c) = touching_duration(cx, first, n, k).filter(|_| words) {
            return Some(c);
        }
        // Durations: "20 năm", "10 years", "20-year", "3,4 năm".
        if let Some(c) = duration(cx, first, n, k).filter(|_| words) {
            return Some(c);
        }
    }
    // "20-year", "49-minute": a hyphen between number and time unit.
    if t.joined_by(n.last, "-‐") {
        // "a 12-cent dividend": an amount as an adjective.
        if let Some(c) = minor_alone(cx, first, n, n.last + 2).filter(|_| words) {
            return Some(c);
        }
        if let Some(c) = duration(cx, first, n, n.last + 2).filter(|_| words) {
            return Some(c);
        }
        // "300-pound", "5-acre": a quantity as an adjective.
        if let Some((end, unit)) =
            unit_at(t, n.last + 2).filter(|&(_, u)| !UNITS_LIKE_SCALES.contains(u) && words)
        {
            return Some(
                Candidate::new(Kind::Quantity, first, end, Value::Number(value)).unit(unit),
            );
        }
        let range = dashed_range(cx, first, n); // else "4-1" scores, "2022-2023" periods
                                                // "three-nought-four": number words in a row, each a number, where
                                                // the next stands bare ("two-three years" is a range of years).
        let words_in_row = !n.digits
            && cx.number_words_at(n.last + 2).is_some_and(|m| {
                t.next(m.last)
                    .is_none_or(|k| t.kind(k) != Some(TokKind::Word))
            });
        if range.is_some() || !words_in_row {
            return range;
        }
    }
    // "2 and a half years", "one and half hour".
    if let Some(c) = and_a_half(cx, first, n).filter(|_| words) {
        return Some(c);
    }
    if n.digits && cx.p.names_before_nouns && n.plain && is_name_number(cx, first, n) {
        return None;
    }
    // "© 2020 Báo Tin Tức": a year before a name is a year.
    if n.plain && year_like(t.raw(n.first)) && k.is_some_and(|k| t.is_capitalized(k)) {
        return None;
    }
    let noun = k.and_then(|k| counted_noun(cx, k));
    // Vietnamese amounts in tỷ/triệu with no noun after them are money in
    // đồng: "khối ngoại xả ròng gần 2.500 tỷ". A suffix ("3M", "3000K")
    // scales a number, not an amount: no currency is written.
    let by_word = t.word(n.last).and_then(scale::word_scale).is_some();
    if let Some(code) =
        cx.p.scaled_amounts_currency
            .filter(|_| noun.is_none() && n.scaled && by_word && value >= 1e6)
    {
        return Some(Candidate::new(Kind::Money, first, n.last, Value::Number(value)).unit(code));
    }
    if let Some(end) = noun {
        // A word number alone before a noun is a count only if it is more than
        // "một"/"one", which mostly mean "a".
        if !n.digits && value == 1.0 {
            return None;
        }
        let unit_text = t.text[t.start(k?)..t.end(end)].to_string();
        return Some(Candidate::new(Kind::Count, first, end, Value::Number(value)).unit(unit_text));
    }
    if !n.digits {
        // Bare number words: "top five". "one" and Vietnamese words alone are
        // pronouns and articles more often than figures.
        let zero = value == 0.0 && ZERO_WORDS.at(t, n.first);
        let counts_alone =
            cx.p.bare_number_words_from
                .is_some_and(|from| value >= from);
        // "negative one", "minus one": a signed number word is a number.
        let signed = t
            .prev(first)
            .and_then(|p| t.word(p))
            .is_some_and(|w| MINUS_WORDS.contains(w));
        return (counts_alone || n.scaled || zero || signed)
            .then(|| Candidate::new(Kind::Number, first, n.last, Value::Number(value)));
    }
    if is_name_number(cx, first, n) || is_list_marker(cx, first, n) {
        return None;
    }
    // "aged 41": an age, a duration in years.
    if let Some(c) = age(cx, first, n).filter(|_| words) {
        return Some(c);
    }
    Some(Candidate::new(
        Kind::Number,
        first,
        n.last,
        Value::Number(value),
    ))
}

#[cfg(test)]
mod tests {
    use crate::model::{Kind, Language, Options};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, &str)] = &[
            ("khám 1.038 lượt (đương chức", Language::Vi, "1.038 lượt", "count 1038 lượt"),
            ("kỷ luật 25 đảng viên (giảm", Language::Vi, "25 đảng viên", "count 25 đảng viên"),
            ("trị giá 36 tỷ 208 triệu đồng.", Language::Vi, "36 tỷ 208 triệu đồng", "money 36208000000 VND"),
            ("đạt 7.004,91 tỷ đồng, đạt", Language::Vi, "7.004,91 tỷ đồng", "money 7004910000000 VND"),
            ("xả ròng gần 2.500 tỷ", Language::Vi, "2.500 tỷ", "money 2500000000000 VND"),
            ("tăng 12,8% so với", Language::Vi, "12,8%", "percent 12.8 %"),
            ("lượng mưa 121mm, ", Language::Vi, "121mm", "quantity 121 mm"),
            ("dài hơn 8,7 km", Language::Vi, "8,7 km", "quantity 8.7 km"),
            ("kỷ niệm 20 năm thành lập", Language::Vi, "20 năm", "duration \"P20Y\""),
            ("trong 3,4 năm, báo cáo", Language::Vi, "3,4 năm", "duration \"P3Y\""),
            ("khiển trách 19, cảnh cáo", Language::Vi, "19", "number 19"),
            ("20.000 USD/em/năm", Language::Vi, "20.000 USD/em/năm", "money 20000 USD"),
            ("revenue of $15.7 billion was", Language::En, "$15.7 billion", "money 15700000000 USD"),
            ("seeks $427bn cuts", Language::En, "$427bn", "money 427000000000 USD"),
            ("a £265m package", Language::En, "£265m", "money 265000000 GBP"),
            ("rate to 4pc as", Language::En, "4pc", "percent 4 %"),
            ("by 25 basis points to", Language::En, "25 basis points", "percent 0.25 pp"),
            ("sold 3.47 million Macs during", Language::En, "3.47 million Macs", "count 3470000 Macs"),
            ("for 10 years.", Language::En, "10 years", "duration \"P10Y\""),
            ("a 20-year plan", Language::En, "20-year", "duration \"P20Y\""),
            ("Rezoning .5 acres on", Language::En, ".5 acres", "quantity 0.5 ac"),
            ("top five in action", Language::En, "five", "number 5"),
            ("Mane scored twice as", Language::En, "twice", "number 2"),
            ("tăng gấp đôi so với", Language::Vi, "gấp đôi", "number 2"),
            ("the 2½% rate", Language::En, "2½%", "percent 2.5 %"),
            ("hai tiểu dự án", Language::Vi, "hai tiểu dự án", "count 2 tiểu dự án"),
            ("Tổng số 1.038 lượt khám", Language::Vi, "1.038 lượt", "count 1038 lượt"),
            ("a 300-pound manhole cover", Language::En, "300-pound", "quantity 300 lb"),
            ("about two-thirds of voters", Language::En, "two-thirds", "number 0.6666666666666666"),
            ("hàng nghìn người dân", Language::Vi, "hàng nghìn người", "count 1000 người"),
            ("tens of thousands of people", Language::En, "tens of thousands of people", "count 10000 people"),
            ("century-old pipes", Language::En, "century-old", "duration \"P100Y\""),
            ("the rate was precisely zero.", Language::En, "zero", "number 0"),
            ("tặng 106 đồng chí và", Language::Vi, "106 đồng chí", "count 106 đồng chí"),
            ("raised $ 280 million of notes", Language::En, "$ 280 million", "money 280000000 USD"),
            ("shares tumbled $ 2.75 .", Language::En, "$ 2.75", "money 2.75 USD"),
            ("normal is 98.6 degrees fahrenheit", Language::En, "98.6 degrees fahrenheit", "quantity 98.6 °F"),
            ("outside is 40 deg celsius", Language::En, "40 deg celsius", "quantity 40 °C"),
            ("a high of 35 deg C today", Language::En, "35 deg C", "quantity 35 °C"),
            ("its 90 fahrenheit in texas", Language::En, "90 fahrenheit", "quantity 90 °F"),
            ("about 83 degrees Celsius", Language::En, "83 degrees Celsius", "quantity 83 °C"),
            ("2.5 metric tonnes of rice", Language::En, "2.5 metric tonnes", "quantity 2.5 t"),
            ("a 7 nanometres chip", Language::En, "7 nanometres", "quantity 7 nm"),
            ("bulbs of 60 watts each", Language::En, "60 watts", "quantity 60 W"),
            ("with 512GB of storage", Language::En, "512GB", "quantity 512 GB"),
            ("makes 300 HP at", Language::En, "300 HP", "quantity 300 hp"),
            ("at 90kph on", Language::En, "90kph", "quantity 90 km/h"),
            ("a 330ml can", Language::En, "330ml", "quantity 330 ml"),
            // A measure per another's unit is a unit; per a time, no unit.
            ("đạt 1.712 kg/ha/năm", Language::Vi, "1.712 kg/ha/năm", "quantity 1712 kg/ha"),
            ("uses 10 l/km.", Language::En, "10 l/km", "quantity 10 l/km"),
            ("cấp 5 kg/người", Language::Vi, "5 kg/người", "quantity 5 kg"),
            ("a 50t crane", Language::En, "50t", "quantity 50 t"),
            ("ran 235 yards and", Language::En, "235 yards", "quantity 235 yd"),
            ("thu 1.200 héc-ta lúa", Language::Vi, "1.200 héc-ta", "quantity 1200 ha"),
            ("nắng nóng 39 độ C ở", Language::Vi, "39 độ C", "quantity 39 °C"),
            ("nhiệt độ 35oC ở", Language::Vi, "35oC", "quantity 35 °C"),
            ("cao 5 mi-li-mét", Language::Vi, "5 mi-li-mét", "quantity 5 mm"),
            ("tàu 300 mã lực", Language::Vi, "300 mã lực", "quantity 300 hp"),
            ("can run at 188 miles an hour ,", Language::En, "188 miles an hour", "quantity 188 mph"),
            ("4 cubic kilometers of ice", Language::En, "4 cubic kilometers", "quantity 4 km3"),
            ("a 100 cl bottle", Language::En, "100 cl", "quantity 100 cl"),
            ("costs 20€ now", Language::En, "20€", "money 20 EUR"),
            ("giá 10$ một", Language::Vi, "10$", "money 10 USD"),
            ("offering of $ 280 million first preferred ship", Language::En, "$ 280 million", "money 280000000 USD"),
            ("it was 30k cheaper than", Language::En, "30k", "number 30000"),
            ("about 60 rising to", Language::En, "60", "number 60"),
            ("Two people briefed on it", Language::En, "Two people", "count 2 people"),
            ("7 trafficking victims were", Language::En, "7 trafficking victims", "count 7 trafficking victims"),
            ("at 12 polling stations in", Language::En, "12 polling stations", "count 12 polling stations"),
            // Numbers in words and signs (issue 14, round 3).
            ("The answer is negative one", Language::En, "negative one", "number -1"),
            ("The answer is minus 5", Language::En, "minus 5", "number -5"),
            ("- 1.200.000", Language::Vi, "- 1.200.000", "number -1200000"),
            ("- 10  k", Language::En, "- 10  k", "number -10000"),
            ("-4/5", Language::En, "-4/5", "number -0.8"),
            ("- 25 đảng viên bị kỷ luật", Language::Vi, "25 đảng viên", "count 25 đảng viên"),
            ("pages 10 - 12 of", Language::En, "10 - 12", "number 10"),
            ("1 over 3", Language::En, "1 over 3", "number 0.3333333333333333"),
            ("The answer is negative one over 20", Language::En, "negative one over 20", "number -0.05"),
            ("one over one hundred", Language::En, "one over one hundred", "number 0.01"),
            ("sales rose 5 over 2019", Language::En, "5", "number 5"),
            ("one - fourth", Language::En, "one - fourth", "number 0.25"),
            ("three-fourths of them", Language::En, "three-fourths", "number 0.75"),
            ("a one-second pause", Language::En, "one-second", "duration \"PT1S\""),
            ("how much is ninety - five hundred fifths?", Language::En, "ninety - five hundred fifths", "number 1900"),
            ("more than half people came here.", Language::En, "half", "number 0.5"),
            ("nought point nought three plus zero", Language::En, "nought point nought three", "number 0.03"),
            ("they were playing three-nought-four", Language::En, "nought", "number 0"),
            ("it was naught", Language::En, "naught", "number 0"),
            ("3 dozen eggs", Language::En, "3 dozen eggs", "count 36 eggs"),
            ("buy 3 dozens", Language::En, "3 dozens", "number 36"),
            ("2mil SEK can't", Language::En, "2mil", "number 2000000"),
            ("revenue of 1.2b last year", Language::En, "1.2b", "number 1200000000"),
            ("up 2.33 k", Language::En, "2.33 k", "number 2330"),
            ("Exercises nrs. 22,24,26,31.", Language::En, "26", "number 26"),
            ("Exercises nrs. 22,24,26,31.", Language::En, "31", "number 31"),
            ("192.", Language::En, "192", "number 192"),
            ("12.32e+14", Language::En, "12.32e+14", "number 1232000000000000"),
            ("-2500^-1", Language::En, "-2500^-1", "number -0.0004"),
            ("2×10^9", Language::En, "2×10^9", "number 2000000000"),
            ("lương 1,2M mỗi tháng", Language::Vi, "1,2M", "number 1200000"),
            ("giá -1200K", Language::Vi, "-1200K", "number -1200000"),
            ("xả ròng hai nghìn tỷ", Language::Vi, "hai nghìn tỷ", "money 2000000000000 VND"),
            ("hai phẩy 23 đô", Language::Vi, "hai phẩy 23 đô", "money 2.23 USD"),
            ("ba phẩy năm", Language::Vi, "ba phẩy năm", "number 3.5"),
        ];
        for &(input, lang, text, expect) in rows {
            crate::testing::check(input, lang, text, expect);
        }
    }

    #[test]
    fn not_figures() {
        for (input, lang) in [
            ("đội ngũ VN30 tăng", Language::Vi),
            ("the COVID-19 pandemic", Language::En),
            ("the G7 summit", Language::En),
            ("a Boeing 737 jet", Language::En),
            ("ngõ 1A đường", Language::Vi),
            ("Updated (GMT+7)", Language::En),
            ("the 802.11ac standard", Language::En),
            ("1. Introduction", Language::En),
            ("see Article 5b", Language::En),
        ] {
            crate::testing::assert_no_figures(input, lang);
        }
    }

    #[test]
    fn years_before_names_and_documents() {
        let vi = Options {
            language: Some(Language::Vi),
            ..Default::default()
        };
        let a = crate::analyze("© 2020 Báo Tin Tức. Giấy phép số 123/GP-BTTTT.", &vi);
        let got: Vec<(Kind, &str)> = a
            .figures
            .iter()
            .map(|f| (f.kind, f.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Kind::Date, "2020"),
                (Kind::Reference, "Giấy phép số 123/GP-BTTTT")
            ]
        );
    }
}
