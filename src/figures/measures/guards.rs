//! Guards: what makes a number no measure, or not one to read here: a word
//! before it that claims it ("thứ 3", "tháng 5"), letters against it ("VN30",
//! "COVID-19"), a name before it ("Boeing 737"), a list number ("1."), a
//! currency sign against it, "đồng" opening another word ("đồng chí").

use crate::lang::known_words;
use std::sync::LazyLock;

use super::super::lexicon::*;
use super::super::Context;
use super::*;
use crate::numbers::Numeral;
use crate::text::tokens::{TokKind, Tokens};

/// True when a currency sign stands against the number ("$427bn"): the
/// reading that starts at the sign is the one to keep.
pub(super) fn after_currency_sign(t: &Tokens, first: usize) -> bool {
    let sign = |i: usize| t.kind(i) == Some(TokKind::Punct) && is_currency_sign(t.raw(i));
    // "$280" or "$ 280": the sign's reading owns the number.
    (first > 0 && t.touch(first - 1, first) && sign(first - 1))
        || t.prev(first).is_some_and(|p| p + 2 == first && sign(p))
}

static CLAIMING_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.claiming_words);
static NUMBER_LABELS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.number_labels);
static LABEL_COUNTING_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.label_counting_words);
static FOUR_DIGIT_YEAR_CUES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.four_digit_year_cues);
static SECOND_YEAR_LINKS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.second_year_links);
static STOPPED_NUMBER_LABELS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.stopped_number_labels);

/// Words before a number that make it something other than a measure: a
/// position ("thứ 3", "Điều 6"), a date ("tháng 3", "ngày 20", "năm 2023"),
/// a weekday ("thứ hai tuần sau"). Their own recognisers read it.
pub(super) fn claimed_by_word_before(cx: &Context, n: &Numeral) -> bool {
    let t = cx.t;
    let Some(p) = t.prev(n.first) else {
        return false;
    };
    match t.word(p) {
        Some(w) if CLAIMING_WORDS.contains(w) => true,
        // "chỉ tiêu số 02", "số 5 Lý Thường Kiệt" label things; "tổng số 1.038
        // lượt", "với số 25 người" count them.
        Some(w) if NUMBER_LABELS.contains(w) => {
            let counts = t
                .prev(p)
                .and_then(|pp| t.word(pp))
                .is_some_and(|w| LABEL_COUNTING_WORDS.contains(w));
            let noun_follows = t
                .next(n.last)
                .and_then(|k| t.word(k).map(|w| (k, w)))
                .is_some_and(|(k, w)| !t.is_capitalized(k) && !is_not_noun(w));
            // "ngôi số 1 thế giới": "number one" is a rank.
            n.value == 1.0 || !(counts || noun_follows)
        }
        Some(w) if FOUR_DIGIT_YEAR_CUES.contains(w) => n.plain && t.raw(n.first).len() == 4,
        // "2021 - 2026", "2021 đến 2026": the second year of a period.
        _ if n.plain && year_like(t.raw(n.first)) => {
            let link = t.is_punct_in(p, "-–") || SECOND_YEAR_LINKS.at(t, p);
            link && t
                .prev(p)
                .is_some_and(|y| t.kind(y) == Some(TokKind::Digits) && year_like(t.raw(y)))
        }
        Some(w) if STOPPED_NUMBER_LABELS.contains(w) => t.is_punct(p + 1, '.'),
        _ => false,
    }
}

pub(super) fn year_like(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Letters against a number's end that make it no code: the suffixes of
/// measures, percent and pence, and those of the figures read elsewhere.
static SUFFIXES: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut all = known_words(|w| w.measure_suffixes);
    for list in [&PERCENT_SUFFIXES, &PENCE_SUFFIXES, &SUFFIXES_READ_ELSEWHERE] {
        all.extend(list.iter());
    }
    all
});

/// True when the number is part of a code or a name written against letters:
/// "VN30", "G7", "COVID-19", "1A", "25B", "01-KL/TW".
pub(super) fn is_inside_code(t: &Tokens, n: &Numeral) -> bool {
    if !n.digits {
        return false;
    }
    let first = n.first;
    if first > 0 && t.touch(first - 1, first) {
        match t.kind(first - 1) {
            Some(TokKind::Word) => return true,
            Some(TokKind::Punct)
                if t.is_punct_in(first - 1, "-/_#@.:+")
                    && first >= 2
                    && t.touch(first - 2, first - 1)
                    && matches!(t.kind(first - 2), Some(TokKind::Word | TokKind::Digits)) =>
            {
                return true;
            }
            _ => {}
        }
    }
    // Letters against the end that are no unit, scale, ordinal or percent sign.
    let after = n.last + 1;
    if t.touch(n.last, after) && t.kind(after) == Some(TokKind::Word) {
        let w = t.word(after).unwrap_or("");
        // A currency written in a script of its own ("100元") is no code.
        let sign = !w.is_ascii() && CURRENCY_AFTER.iter().any(|(e, _)| *e == w);
        // "1.2b": a decimal is no label; "5b" is.
        let decimal_scale = n.value.fract() != 0.0
            && crate::numbers::scale::DECIMAL_SCALE_SUFFIXES.contains(t.raw(after));
        return !(SUFFIXES.contains(&w)
            || sign
            || decimal_scale
            || unit_at(t, after).is_some()
            || TIME_UNIT_SET.longest_at(t, after).is_some()
            || super::durations::is_touching_time_letter(w));
    }
    // "1.", "2)" at the start of a line are list numbers, not figures.
    false
}

static COMPOUND_CURRENCY_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.compound_currency_words);
static CURRENCY_COMPOUNDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.currency_compounds);

/// True when a currency word ending at `end` is a word of its own with the
/// syllable after it, not the currency: "đồng chí" (comrade), "đồng bào",
/// "đồng thời", "đồng bằng", "đồng hồ"…
pub(super) fn opens_compound(t: &Tokens, word: &str, end: usize) -> bool {
    COMPOUND_CURRENCY_WORDS.contains(word)
        && t.next(end)
            .and_then(|j| t.word(j))
            .is_some_and(|w| CURRENCY_COMPOUNDS.contains(w))
}

/// "Ban Chỉ đạo 35", "Boeing 737", "iPhone 4": a number right after a name.
/// A number with its thousands grouped, or with its share in brackets after
/// it, is no part of a name: "Labour 1,961", "UKIP 320 (12%)" are tallies.
pub(super) fn is_name_number(cx: &Context, first: usize, n: &Numeral) -> bool {
    let t = cx.t;
    let Some(p) = t.prev(first) else { return false };
    if t.kind(p) != Some(TokKind::Word) || grouped(cx, n) || share_follows(cx, n) {
        return false;
    }
    let named = |j: usize| t.raw(j).chars().any(char::is_uppercase) && !cx.starts_sentence(j);
    if named(p) {
        return true;
    }
    // Vietnamese names capitalise their first syllable only: "Ban Chỉ đạo 35".
    cx.p.names_capitalise_first_syllable
        && n.plain
        && t.prev(p)
            .is_some_and(|pp| t.kind(pp) == Some(TokKind::Word) && named(pp))
}

/// "320 (12%": a bracket opening on a percentage right after the number.
fn share_follows(cx: &Context, n: &Numeral) -> bool {
    let t = cx.t;
    let Some(open) = t.next(n.last).filter(|&j| t.is_punct(j, '(')) else {
        return false;
    };
    // Digits, perhaps with decimals, then the per cent sign: "(12%", "(4.5%".
    let mut j = open + 1;
    let mut digits = false;
    while j < t.len() && j < open + 6 {
        match t.kind(j) {
            Some(TokKind::Digits) => digits = true,
            Some(TokKind::Punct) if t.is_punct_in(j, ".,") && digits => {}
            Some(TokKind::Punct) => return digits && t.is_punct(j, '%'),
            _ => return false,
        }
        j += 1;
    }
    false
}

/// Written with the text's mark between groups of three digits: "1,961",
/// "1.038" (a "2.1" of a section is not).
fn grouped(cx: &Context, n: &Numeral) -> bool {
    let t = cx.t;
    let raw = &t.text[t.start(n.first)..t.end(n.last)];
    n.digits
        && !n.scaled
        && raw
            .split(cx.marks.group)
            .nth(1)
            .is_some_and(|g| g.len() >= 3 && g.bytes().take(3).all(|b| b.is_ascii_digit()))
}

/// "1." or "2)" opening a line: the number of a list item.
pub(super) fn is_list_marker(cx: &Context, first: usize, n: &Numeral) -> bool {
    let t = cx.t;
    let line_start = first == 0
        || (t.kind(first - 1) == Some(TokKind::Space) && t.newline(first - 1))
        || t.kind(first - 1) == Some(TokKind::Punct) && t.raw(first - 1) == "•";
    // An item has words after its number; "192." ending the line is a number.
    line_start && n.plain && t.mark_after(n.last, ".)") && t.next(n.last + 1).is_some()
}
