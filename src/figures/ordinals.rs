//! Ordinals: "lần thứ nhất", "thứ 3", "khóa XI", "Điều 6", "chỉ tiêu số 02",
//! "Một là"; "third", "21st", "10th-minute", "Phase II".

use std::sync::LazyLock;

use super::lexicon::{
    ORDINAL_BEFORE, ORDINAL_BEFORE_CAPITALISED, ORDINAL_BEFORE_SET, ORDINAL_NOUN_SET, TIME_UNITS,
};
use super::{Candidate, Context};
use crate::lang::known;
use crate::model::{Kind, Language, Value};
use crate::numbers::roman;
use crate::text::phrases::{KeyFilter, PhraseSet, WordTable};
use crate::text::tokens::{TokKind, Tokens};

/// The profiles' words of ordinals, joined (`lang::known`).
pub(super) static ORDINAL_SUFFIXES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.ordinal_suffixes);
static ORDINAL_MARKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.ordinal_marks);
static ORDINAL_NUMBER_WORDS: LazyLock<Vec<(&str, u32)>> =
    LazyLock::new(|| known(|w| w.ordinal_number_words));
static WEEKDAY_BEFORE: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.weekday_before);
static WEEKDAY_AFTER: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.weekday_after);
static ENUMERATION_WORDS: LazyLock<WordTable<(&str, u32)>> =
    LazyLock::new(|| WordTable::new(known(|w| w.enumeration_words), |e| e.0));
/// The keys of every profile's ordinal words, to tell the many words that
/// are none without a look through the list.
static ORDINAL_WORD_KEYS: LazyLock<KeyFilter> = LazyLock::new(|| {
    let all = [Language::Vi, Language::En, Language::Und];
    KeyFilter::new(
        all.iter()
            .flat_map(|l| l.profile().ordinal_words.iter().map(|e| e.0)),
    )
});
static ENUMERATION_AFTER: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.enumeration_after);
static TERM_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.term_words);
static NUMBER_MARKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.number_marks);
static TIME_UNIT_BEFORE: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.time_unit_before);
static ORDINAL_PHRASES: LazyLock<Vec<(&str, u32)>> = LazyLock::new(|| known(|w| w.ordinal_phrases));
static ORDINAL_PHRASE_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&ORDINAL_PHRASES.iter().map(|(p, _)| *p).collect::<Vec<_>>()));

/// The number `w` stands for in `words`, if it is one of them.
fn number_of(words: &[(&str, u32)], w: &str) -> Option<u32> {
    words.iter().find(|(o, _)| *o == w).map(|&(_, n)| n)
}

/// True when token `i` is an ordinal mark ("thứ").
fn is_mark(t: &Tokens, i: usize) -> bool {
    ORDINAL_MARKS.at(t, i)
}

/// True when token `i` is written with a capital and the rest in lower case
/// ("Thứ", not "thứ" or "THỨ").
fn title_case(t: &Tokens, i: usize) -> bool {
    let Some(word) = t.word(i) else {
        return false;
    };
    let (mut raw, mut lower) = (t.raw(i).chars(), word.chars());
    raw.next().is_some_and(char::is_uppercase) && lower.next().is_some() && raw.eq(lower)
}

/// A number where an ordinal is expected: digits, a Roman numeral, or (in
/// Vietnamese after "thứ") a number word.
fn number_at(t: &Tokens, i: usize) -> Option<u32> {
    match t.kind(i)? {
        TokKind::Digits if t.raw(i).len() <= 4 => t.raw(i).parse().ok(),
        TokKind::Word => roman::parse(t.raw(i)),
        _ => None,
    }
    .filter(|_| {
        !(t.touch(i, i + 1) && matches!(t.kind(i + 1), Some(TokKind::Word | TokKind::Digits)))
    })
    .filter(|_| {
        !(t.mark_after(i, ".,/-")
            && t.kind(i + 2) == Some(TokKind::Digits)
            && t.touch(i + 1, i + 2))
    })
}

/// Proposes an ordinal starting at token `i`.
pub fn at(cx: &Context, i: usize, out: &mut Vec<Candidate>) {
    let t = cx.t;
    let found = match t.kind(i) {
        Some(TokKind::Digits) => suffixed(t, i),
        Some(TokKind::Word) => thu(cx, i)
            .or_else(|| before_number(cx, i))
            .or_else(|| so(t, i))
            .or_else(|| la(cx, i))
            .or_else(|| compound_word(cx, i))
            .or_else(|| ordinal_word(cx, i))
            .or_else(|| ordinal_phrase(t, i)),
        _ => None,
    };
    out.extend(found);
}

fn ordinal(first: usize, last: usize, n: u32) -> Candidate {
    Candidate::new(Kind::Ordinal, first, last, Value::Number(n as f64)).rank(2)
}

/// "21st", "10th-minute", "33rd".
fn suffixed(t: &Tokens, i: usize) -> Option<Candidate> {
    let n: u32 = t.raw(i).parse().ok()?;
    let s = i + 1;
    if !t.touch(i, s) || !ORDINAL_SUFFIXES.at(t, s) {
        return None;
    }
    if t.touch(s, s + 1) && matches!(t.kind(s + 1), Some(TokKind::Word | TokKind::Digits)) {
        return None;
    }
    let mut last = s;
    // "10th-minute": a hyphenated noun belongs to it.
    if t.is_punct(s + 1, '-')
        && t.touch(s, s + 1)
        && t.touch(s + 1, s + 2)
        && t.kind(s + 2) == Some(TokKind::Word)
    {
        last = s + 2;
    }
    Some(ordinal(i, last, n))
}

/// "thứ 3", "lần thứ nhất", "năm thứ 2". "thứ hai" after "ngày"/"vào" or
/// capitalised ("Thứ Hai") is a weekday, not an ordinal.
fn thu(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let first = i;
    let mut at = i;
    if let Some((end, _)) = ORDINAL_NOUN_SET.longest_at(t, i) {
        let k = t.next(end)?;
        if !is_mark(t, k) {
            return None;
        }
        at = k;
    } else if !is_mark(t, i) {
        return None;
    } else if let Some(p) = t.prev(i) {
        if WEEKDAY_BEFORE.at(t, p) {
            return None;
        }
    }
    let n_at = t.next(at)?;
    let mut n_last = n_at;
    let n = match t.word(n_at) {
        Some(w) => {
            if title_case(t, at) && t.is_capitalized(n_at) {
                return None; // "Thứ Hai": Monday
            }
            // "thứ mười lăm", "thứ hai mươi": a number of more than one word.
            match cx.number_words_at(n_at).filter(|m| m.last > n_at) {
                Some(m) if m.value.fract() == 0.0 && m.value >= 1.0 && m.value < 1e6 => {
                    n_last = m.last;
                    m.value as u32
                }
                _ => number_of(&ORDINAL_NUMBER_WORDS, w).or_else(|| roman::parse(t.raw(n_at)))?,
            }
        }
        None => number_at(t, n_at)?,
    };
    // "Thứ 6, 21/03/2025", "thứ 2 tuần sau": a weekday (2–7, or "CN").
    if (2..=7).contains(&n) && is_weekday_context(cx, at, n_at) {
        return None;
    }
    // "xếp thứ 2/30": the rank out of a field is still the rank.
    let mut last = n_last;
    if t.is_punct(n_at + 1, '/')
        && t.touch(n_at, n_at + 1)
        && t.kind(n_at + 2) == Some(TokKind::Digits)
    {
        last = n_at + 2;
    }
    Some(ordinal(first, last, n))
}

/// A weekday rather than an ordinal: "Thứ" capitalised inside a sentence,
/// or followed by a date or a week word ("thứ 6, 21/3", "thứ hai tuần sau").
fn is_weekday_context(cx: &Context, thu: usize, n_at: usize) -> bool {
    let t = cx.t;
    if title_case(t, thu) && !cx.starts_sentence(thu) {
        return true;
    }
    let mut k = t.next(n_at);
    if let Some(c) = k.filter(|&c| t.is_punct(c, ',')) {
        k = t.next(c);
    }
    let Some(k) = k else { return false };
    let date_follows = t.kind(k) == Some(TokKind::Digits) && t.mark_after(k, "/-");
    date_follows || WEEKDAY_AFTER.at(t, k)
}

/// "khóa XI", "Điều 6", "khoản 2", "Phase II", "Chapter 3".
fn before_number(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let (end, idx) = ORDINAL_BEFORE_SET.longest_at(t, i)?;
    let word = ORDINAL_BEFORE[idx];
    // Some structure words are ordinals only when capitalised ("Phase II").
    if ORDINAL_BEFORE_CAPITALISED.contains(word) && !t.is_capitalized(i) {
        return None;
    }
    let n_at = t.next(end)?;
    let n = number_at(t, n_at)?;
    if TERM_WORDS.contains(word) && t.kind(n_at) == Some(TokKind::Digits) && n > 100 {
        return None; // "khóa 2020-2025" is a period
    }
    // "xếp hạng 2/30": the rank out of a field is still the rank.
    if t.is_punct(n_at + 1, '/')
        && t.touch(n_at, n_at + 1)
        && t.kind(n_at + 2) == Some(TokKind::Digits)
    {
        return Some(ordinal(n_at, n_at + 2, n));
    }
    Some(ordinal(i, n_at, n))
}

/// "chỉ tiêu số 02", "số 5": a number after "số" that is no reference.
fn so(t: &Tokens, i: usize) -> Option<Candidate> {
    if !NUMBER_MARKS.at_as_written(t, i) {
        return None;
    }
    let p = t.prev(i)?;
    if t.kind(p) != Some(TokKind::Word) {
        return None;
    }
    let n_at = t.next(i)?;
    let n = number_at(t, n_at)?;
    if t.kind(n_at) != Some(TokKind::Digits) {
        return None;
    }
    Some(ordinal(i, n_at, n).rank(1))
}

/// "Một là, …", "Hai là, …": the enumerations of Vietnamese official prose.
fn la(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let &(_, n) = ENUMERATION_WORDS.at(t, i)?;
    if !t.is_capitalized(i) || !cx.starts_sentence(i) {
        return None;
    }
    let la = t.next(i).filter(|&k| ENUMERATION_AFTER.at(t, k))?;
    Some(ordinal(i, la, n))
}

/// "twenty-first", "one hundred twenty fifth", "two hundredth": ordinals
/// in words of more than one part, read by the language's number reader.
fn compound_word(cx: &Context, i: usize) -> Option<Candidate> {
    let n = cx.ordinal_number_words_at(i)?;
    (n.value.fract() == 0.0 && n.value >= 1.0)
        .then(|| Candidate::new(Kind::Ordinal, n.first, n.last, Value::Number(n.value)).rank(2))
}

/// "đầu tiên": an ordinal phrase of the profiles.
fn ordinal_phrase(t: &Tokens, i: usize) -> Option<Candidate> {
    let (end, k) = ORDINAL_PHRASE_SET.longest_at(t, i)?;
    Some(ordinal(i, end, ORDINAL_PHRASES[k].1).rank(1))
}

/// A scale word and an ordinal suffix: "thousandth", "trillionth", any
/// "-illionth" the profiles' scale words make.
fn scale_ordinal(cx: &Context, i: usize) -> Option<Candidate> {
    // A suffix of two letters ("th"), after a scale word of four or more.
    let w = cx.t.word(i).filter(|w| w.len() >= 6)?;
    let cut = w.len() - 2;
    let (stem, suffix) = (w.get(..cut)?, w.get(cut..)?);
    if !ORDINAL_SUFFIXES.contains(suffix) {
        return None;
    }
    let v = crate::numbers::scale::word_scale(stem)?;
    Some(Candidate::new(Kind::Ordinal, i, i, Value::Number(v)).rank(1))
}

/// "first", "third", "tenth": the language's ordinal words.
fn ordinal_word(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let w = t.word(i)?;
    let word = ORDINAL_WORD_KEYS
        .may_hold(t, i)
        .then(|| cx.p.ordinal_words.iter().find(|(o, _)| *o == w));
    let Some(&(_, n)) = word.flatten() else {
        return scale_ordinal(cx, i);
    };
    // "a second", "per second", "seconds": the time unit.
    if TIME_UNITS.iter().any(|&(unit, _, _)| unit == w) {
        if let Some(p) = t.prev(i) {
            if TIME_UNIT_BEFORE.at(t, p) || t.kind(p) == Some(TokKind::Digits) {
                return None;
            }
        }
    }
    let mut last = i;
    if t.is_punct(i + 1, '-')
        && t.touch(i, i + 1)
        && t.touch(i + 1, i + 2)
        && t.kind(i + 2) == Some(TokKind::Word)
    {
        last = i + 2;
    }
    Some(ordinal(i, last, n).rank(1))
}

#[cfg(test)]
mod tests {
    use crate::model::{Kind, Language, Options, Value};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, f64)] = &[
            ("lần thứ nhất trên", Language::Vi, "lần thứ nhất", 1.0),
            ("xếp thứ 3 toàn quốc", Language::Vi, "thứ 3", 3.0),
            ("Trung ương 8 (khóa XI) về", Language::Vi, "khóa XI", 11.0),
            ("Khoản 2 Điều 6 Nghị định", Language::Vi, "Điều 6", 6.0),
            ("cụ thể hoá chỉ tiêu số 02 Chương", Language::Vi, "số 02", 2.0),
            ("năm thứ 2 liên tiếp", Language::Vi, "năm thứ 2", 2.0),
            ("lần thứ mười lăm", Language::Vi, "lần thứ mười lăm", 15.0),
            ("kỳ họp thứ hai mươi mốt", Language::Vi, "thứ hai mươi mốt", 21.0),
            ("Một là, doanh nghiệp", Language::Vi, "Một là", 1.0),
            ("his 33rd goal", Language::En, "33rd", 33.0),
            ("a 10th-minute lead", Language::En, "10th-minute", 10.0),
            ("for the tenth consecutive time", Language::En, "tenth", 10.0),
            ("Phase II trials", Language::En, "Phase II", 2.0),
            ("her twenty-first birthday", Language::En, "twenty-first", 21.0),
            ("the one hundred twenty fifth", Language::En, "one hundred twenty fifth", 125.0),
            ("the two hundredth anniversary", Language::En, "two hundredth", 200.0),
            ("its thirty-third season", Language::En, "thirty-third", 33.0),
            ("the two thousand first year", Language::En, "two thousand first", 2001.0),
            ("the trillionth", Language::En, "trillionth", 1e12),
            ("its billionth user", Language::En, "billionth", 1e9),
            ("lần đầu tiên tổ chức", Language::Vi, "đầu tiên", 1.0),
            ("người đầu tiên", Language::Vi, "đầu tiên", 1.0),
            ("lần thứ hai mươi mốt", Language::Vi, "lần thứ hai mươi mốt", 21.0),
            ("thứ mười lăm", Language::Vi, "thứ mười lăm", 15.0),
        ];
        for (input, lang, text, want) in rows {
            let a = crate::testing::analyze_as(input, *lang);
            let f = crate::testing::figure(&a, text, input);
            assert_eq!(
                (f.kind, &f.value),
                (Kind::Ordinal, &Value::Number(*want)),
                "{input}"
            );
        }
    }

    #[test]
    fn weekdays_are_not_ordinals() {
        let a = crate::analyze(
            "vào thứ hai tuần sau, Thứ Ba",
            &Options {
                language: Some(Language::Vi),
                ..Default::default()
            },
        );
        assert!(a.figures.is_empty(), "{:?}", a.figures);
        let vi = Options {
            language: Some(Language::Vi),
            ..Default::default()
        };
        let a = crate::analyze("Chiều Thứ 6, 21/03/2025 họp", &vi);
        assert!(
            a.figures.iter().all(|f| f.kind != Kind::Ordinal),
            "{:?}",
            a.figures
        );
        let a = crate::analyze("họp vào thứ 2 tuần này", &vi);
        assert!(a.figures.is_empty(), "{:?}", a.figures);
    }
}
