//! Two numbers read as one figure: ratios ("1.899/1.899 chi bộ", "3 out of 4",
//! "one in five", "12 out of 23 government agencies") and scores ("won 4-1",
//! "thắng 3-0").

use super::lexicon::SCORE_CUES;
use super::{Candidate, Context};
use crate::lang::CountedNoun;
use crate::model::{Kind, Value};
use crate::numbers::Numeral;
use crate::text::tokens::TokKind;
use crate::text::Lower;

/// Words before "N/M" that make it a rank, not a ratio ("xếp hạng 2/30").
static RANK_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.rank_words);

/// Words between a ratio's part and whole ("out of", "trong số"), and those
/// that link them only after a number in words ("one in five").
static RATIO_LINKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.ratio_links);
static RATIO_LINKS_AFTER_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.ratio_links_after_words);
static RATIO_LINKS_BEFORE_NOUN: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.ratio_links_before_noun);

/// "3 bàn không gỡ": a score against nil.
static NIL_SCORE_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.nil_score_words);

pub fn at(cx: &Context, i: usize, out: &mut Vec<Candidate>) {
    out.extend(
        slash_ratio(cx, i)
            .or_else(|| out_of(cx, i))
            .or_else(|| score(cx, i)),
    );
}

fn read(cx: &Context, i: usize) -> Option<Numeral> {
    match cx.t.kind(i)? {
        TokKind::Digits => cx.digits_at(i),
        TokKind::Word => cx.number_words_at(i),
        _ => None,
    }
}

/// The counted noun after a ratio, if any: the words up to the next
/// punctuation, at most three.
fn noun_after(cx: &Context, last: usize) -> Option<(usize, String)> {
    let t = cx.t;
    let k = t.next(last)?;
    t.word(k)?;
    if super::lexicon::is_not_noun(t.word(k)?) {
        return None;
    }
    let mut end = k;
    for _ in 0..2 {
        if cx.p.counted_noun == CountedNoun::EndsAtPlural
            && t.word(end).is_some_and(|w| w.ends_with('s'))
        {
            break;
        }
        match t.next(end) {
            Some(j)
                if t.word(j).is_some_and(|w| !super::lexicon::is_not_noun(w))
                    && !t.is_capitalized(j) =>
            {
                end = j
            }
            _ => break,
        }
    }
    Some((end, t.text[t.start(k)..t.end(end)].to_string()))
}

/// "1.899/1.899 chi bộ", "26/26 chỉ tiêu": a part over a whole, with a noun.
fn slash_ratio(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    if t.kind(i) != Some(TokKind::Digits) {
        return None;
    }
    if t.prev(i)
        .and_then(|p| t.word(p))
        .is_some_and(|w| RANK_WORDS.contains(w))
    {
        return None; // "xếp hạng 2/30 quận": a rank in a field
    }
    let a = cx.digits_at(i)?;
    let s = a.last + 1;
    if !t.is_punct(s, '/') || !t.touch(a.last, s) || !t.touch(s, s + 1) {
        return None;
    }
    let b = cx.digits_at(s + 1)?;
    if t.touch(b.last, b.last + 1)
        && matches!(t.kind(b.last + 1), Some(TokKind::Word | TokKind::Digits))
        || t.is_punct(b.last + 1, '/')
    {
        return None;
    }
    if a.value > b.value || b.value == 0.0 {
        return None;
    }
    // "1/2 cup", "1/4 inch gap": a fraction of a unit is a quantity.
    if t.next(b.last)
        .is_some_and(|k| super::measures::unit_at(t, k).is_some())
    {
        return None;
    }
    let (last, unit) = match noun_after(cx, b.last) {
        Some((end, unit)) => (end, Some(unit)),
        None => (b.last, None),
    };
    let mut c = Candidate::new(Kind::Ratio, i, last, Value::Pair(a.value, b.value)).rank(1);
    c.unit = unit;
    Some(c)
}

/// "12 out of 23 government agencies", "one in five", "45 trên tổng số 60
/// hộ", "3 trong số 5", "three of five judges"; the noun may stand after the
/// part ("two nights out of 30").
fn out_of(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let a = read(cx, i)?;
    let link_at = |k: usize| RATIO_LINKS.find_map(|l| t.phrase_at(k, l));
    let k = t.next(a.last)?;
    let mut noun_first = None;
    let mut needs_noun = false;
    let link = match link_at(k) {
        Some(link) => link,
        None => {
            let after_words = || {
                RATIO_LINKS_AFTER_WORDS
                    .find_map(|l| t.phrase_at(k, l))
                    .filter(|_| !a.digits)
            };
            let before_noun = || {
                needs_noun = true;
                RATIO_LINKS_BEFORE_NOUN.find_map(|l| t.phrase_at(k, l))
            };
            let after_noun = || {
                let (end, noun) = noun_after(cx, a.last)?;
                let link = link_at(t.next(end)?)?;
                noun_first = Some(noun);
                Some(link)
            };
            after_words().or_else(before_noun).or_else(after_noun)?
        }
    };
    let j = t.next(link)?;
    let b = read(cx, j)?;
    if a.value > b.value || b.value == 0.0 {
        return None;
    }
    // "1/2 cup", "1/4 inch gap": a fraction of a unit is a quantity.
    if t.next(b.last)
        .is_some_and(|k| super::measures::unit_at(t, k).is_some())
    {
        return None;
    }
    let (last, unit) = match (noun_first, noun_after(cx, b.last)) {
        (Some(noun), _) => (b.last, Some(noun)),
        (None, Some((end, unit))) if !needs_noun || !t.is_capitalized(t.next(b.last)?) => {
            (end, Some(unit))
        }
        (None, _) if needs_noun => return None,
        (None, _) => (b.last, None),
    };
    let mut c = Candidate::new(Kind::Ratio, i, last, Value::Pair(a.value, b.value)).rank(2);
    c.unit = unit;
    Some(c)
}

/// "4-1", "3 - 0" where the sentence speaks of a match or a vote; "3 bàn
/// không gỡ".
fn score(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    if t.kind(i) != Some(TokKind::Digits) || t.raw(i).len() > 3 {
        return None;
    }
    if let Some(end) = t
        .next(i)
        .and_then(|k| NIL_SCORE_WORDS.find_map(|w| t.phrase_at(k, w)))
    {
        let goals = crate::numbers::decimal::parse(t.raw(i))?;
        return Some(Candidate::new(Kind::Score, i, end, Value::Pair(goals, 0.0)).rank(3));
    }
    if i > 0
        && t.touch(i - 1, i)
        && t.kind(i - 1) != Some(TokKind::Space)
        && !t.is_punct_in(i - 1, "(")
    {
        return None;
    }
    let dash = if t.touch(i, i + 1) { i + 1 } else { t.next(i)? };
    if !t.is_punct_in(dash, "-–") {
        return None;
    }
    let j = if t.touch(dash, dash + 1) {
        dash + 1
    } else {
        t.next(dash)?
    };
    if t.kind(j) != Some(TokKind::Digits) || t.raw(j).len() > 3 {
        return None;
    }
    if t.touch(j, j + 1)
        && (matches!(t.kind(j + 1), Some(TokKind::Word | TokKind::Digits))
            || t.is_punct_in(j + 1, "-/"))
    {
        return None;
    }
    let (a, b) = (
        crate::numbers::decimal::parse(t.raw(i))?,
        crate::numbers::decimal::parse(t.raw(j))?,
    );
    let (s, e) = cx.sentence_of(i);
    let cued = cx.facts.sentence_has("score cue", (s, e), || {
        // White space as one space: a cue may wrap a line ("tỷ\nsố").
        let mut lower = String::with_capacity(e.saturating_sub(s));
        for w in t.text[s..e.max(s)].lower().split_whitespace() {
            if !lower.is_empty() {
                lower.push(' ');
            }
            lower.push_str(w);
        }
        SCORE_CUES.any(|cue| {
            lower.match_indices(cue).any(|(at, _)| {
                let before = lower[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after = lower[at + cue.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
        })
    });
    cued.then(|| Candidate::new(Kind::Score, i, j, Value::Pair(a, b)).rank(3))
}

#[cfg(test)]
mod tests {
    use crate::model::{Kind, Language, Value};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, Kind, (f64, f64))] = &[
            ("có 1.899/1.899 chi bộ đã", Language::Vi, "1.899/1.899 chi bộ", Kind::Ratio, (1899.0, 1899.0)),
            ("hoàn thành 26/26 chỉ tiêu", Language::Vi, "26/26 chỉ tiêu", Kind::Ratio, (26.0, 26.0)),
            ("12 out of 23 government agencies", Language::En, "12 out of 23 government agencies", Kind::Ratio, (12.0, 23.0)),
            ("one in five adults", Language::En, "one in five adults", Kind::Ratio, (1.0, 5.0)),
            ("with a 4-1 win at home", Language::En, "4-1", Kind::Score, (4.0, 1.0)),
            ("đội nhà thắng 3-0 trước", Language::Vi, "3-0", Kind::Score, (3.0, 0.0)),
            ("Đội tuyển thắng 1 bàn không gỡ.", Language::Vi, "1 bàn không gỡ", Kind::Score, (1.0, 0.0)),
            ("Có 45 trên tổng số 60 hộ đã nhận.", Language::Vi, "45 trên tổng số 60 hộ", Kind::Ratio, (45.0, 60.0)),
            ("có 115 trong tổng số 120 đại biểu", Language::Vi, "115 trong tổng số 120 đại biểu", Kind::Ratio, (115.0, 120.0)),
            ("Three of five judges agreed.", Language::En, "Three of five judges", Kind::Ratio, (3.0, 5.0)),
            ("two of the 10 largest banks", Language::En, "two of the 10 largest banks", Kind::Ratio, (2.0, 10.0)),
            ("two nights out of 30 in hospital", Language::En, "two nights out of 30", Kind::Ratio, (2.0, 30.0)),
        ];
        for (input, lang, text, kind, (a, b)) in rows {
            let r = crate::testing::analyze_as(input, *lang);
            let f = crate::testing::figure(&r, text, input);
            assert_eq!((f.kind, &f.value), (*kind, &Value::Pair(*a, *b)), "{input}");
        }
    }
}
