//! A part, its whole and the share the text states for it: "Vốn đầu tư toàn
//! xã hội … đạt 1.091,1 nghìn tỷ đồng … Trong vốn đầu tư toàn xã hội …, vốn
//! khu vực Nhà nước đạt 440,5 nghìn tỷ đồng, chiếm 40,4% tổng vốn" is
//! 440,5 / 1.091,1 = 40,4%.
//!
//! The text links all three. The part is one of the whole's parts in a
//! breakdown whose parts all add (a sum stated or found), or the part given
//! after the whole's "trong đó", "of which"; the share follows the part in
//! its sentence, before the next amount of the part's measure, presented as
//! one (in brackets, after "chiếm", "accounting for", "đạt", "or"). A share
//! that does not agree is told only where the text can mean no other
//! whole: a share word of the whole ("chiếm", "accounting for"), or a
//! bracket, with no base named after it or the whole named ("chiếm 40,4%
//! tổng vốn", "45% of the total"); "bằng 30,4% GDP" that does not agree is
//! the share of something else. The allowance is the share's rounding and
//! what the rounding of the part and of the whole can move it.

use super::{amount, breakdowns, implied, precision};
use crate::figures::lexicon::{AND_WORDS, SHARE_CUES, SHARE_OF, SHARE_WHOLES, SHARE_WORDS};
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Kind, Qualifier};
use crate::text::reach::FIGURES;

/// How many figures after its part a share may be ("440,5 nghìn tỷ đồng,
/// chiếm 40,4% tổng vốn và tăng 8,4%": the next), and how many before the
/// part its whole: a paragraph's worth.
const AFTER: usize = 3;

/// A whole the text does not link is taken only for a share written to
/// within this fraction of itself ("1,06%", "99,68%", not "25%"): a chance
/// whole would hardly fit so tightly.
const TIGHT: f64 = 0.005;

/// How many sentences before the part's its whole may be stated.
const SENTENCES_BEFORE: usize = 2;

/// How many words before a whole a word may name it as the whole ("Tổng số
/// cử tri trong danh sách bầu cử … là 789.160").
const NAMING: usize = 12;

/// Finds the shares stated for the parts of a whole and checks them; the
/// totals of the `stated` sums and of the `implied` ones (found by their
/// arithmetic) are wholes of their parts.
pub fn find(cx: &Context, figs: &[Candidate], stated: &[Check], implied: &[Check]) -> Vec<Check> {
    let t = cx.t;
    let (whole_of, found_of) = (wholes(figs, stated), wholes(figs, implied));
    let mut out = Vec::new();
    for (x, part) in figs.iter().enumerate() {
        let Some(a) = amount(part).filter(|_| part.change.is_none()) else {
            continue;
        };
        let (_, end) = cx.sentence_of(part.first);
        // The share: the first percentage after the part, before the next
        // amount of its measure.
        let Some(p) = cx
            .reach
            .ahead(x + 1, figs.len(), FIGURES)
            .take(AFTER)
            .take_while(|&j| t.start(figs[j].first) < end && !same_measure(part, &figs[j]))
            .find(|&j| figs[j].kind == Kind::Percent)
        else {
            continue;
        };
        let share = &figs[p];
        let Some(stated) = share.value.as_number() else {
            continue;
        };
        if share.unit.as_deref() != Some("%") || share.change.is_some() || share.high.is_some() {
            continue;
        }
        let Some(firm) = cue(cx, share) else { continue };
        let linked = whole_of[x].or_else(|| introduced_by(cx, figs, x));
        let judge = |w: usize, b: f64| judge(part, a, &figs[w], b, share, stated);
        // A whole holds its part.
        let value = |w: usize| Some((w, amount(&figs[w]).filter(|&b| b >= a && b > 0.0)?));
        let textual = linked.and_then(value);
        let held = textual
            .or_else(|| found_of[x].and_then(value))
            .filter(|&(w, b)| judge(w, b).0);
        // Where the whole the text links does not give the share, another
        // whole nearby may: the article's, named as one ("tổng số cử tri …
        // 76.436.561"), or one no coincidence would fit so tightly.
        let found = held.or_else(|| {
            wholes_near(cx, figs, x)
                .find(|&(w, b, named)| {
                    let (ok, _, _) = judge(w, b);
                    ok && (named || precision(share, stated) <= TIGHT * stated)
                })
                .map(|(w, b, _)| (w, b))
        });
        let Some((w, b)) = found.or(textual) else {
            continue;
        };
        let (ok, actual, loose) = judge(w, b);
        // A share that fits no whole is an alarm only where the words are
        // firm and every figure exact.
        if !ok && (!firm || loose) {
            continue;
        }
        let scale = part.scale.min(figs[w].scale).max(1.0);
        let explanation =
            super::ratio_explanation(a / scale, b / scale, actual, stated, ok, cx.marks);
        out.push(Check {
            kind: CheckKind::Share,
            total: p,
            parts: vec![x, w],
            expected: stated,
            actual,
            ok,
            explanation,
            scale: Some(scale),
        });
    }
    out
}

/// The whole each figure is a part of in `sums`, where all their parts add
/// (a balance, a part counted against the others, has no shares).
fn wholes(figs: &[Candidate], sums: &[Check]) -> Vec<Option<usize>> {
    let mut whole_of: Vec<Option<usize>> = vec![None; figs.len()];
    for c in sums {
        let parts: Option<Vec<f64>> = c.parts.iter().map(|&p| amount(&figs[p])).collect();
        let adds = parts
            .is_some_and(|v| (v.iter().sum::<f64>() - c.actual).abs() <= 1e-9 * c.actual.abs());
        if adds && c.kind == CheckKind::Sum && c.expected > 0.0 && amount(&figs[c.total]).is_some()
        {
            c.parts.iter().for_each(|&p| whole_of[p] = Some(c.total));
        }
    }
    whole_of
}

/// How part / whole stands to the stated share: `(ok, part / whole × 100,
/// loose)`. The allowance is the share's rounding and how far the part's
/// and the whole's can move it; a figure not exact ("gần 48%") allows 5%,
/// and is `loose`.
fn judge(
    part: &Candidate,
    a: f64,
    whole: &Candidate,
    b: f64,
    share: &Candidate,
    stated: f64,
) -> (bool, f64, bool) {
    let actual = a / b * 100.0;
    let slack = precision(share, stated)
        + 100.0 * (precision(part, a) / b + a * precision(whole, b) / (b * b));
    let loose = [part, whole, share]
        .iter()
        .any(|f| f.qualifier != Qualifier::Exact);
    let off = (actual - stated).abs();
    let ok = off <= slack + 1e-9 || (loose && off <= 0.05 * stated.abs());
    (ok, actual, loose)
}

/// Two amounts of one measure: one kind (a ratio's parts are counts) and
/// one unit (its first word: "hộ" and "hộ nghèo").
fn same_measure(a: &Candidate, b: &Candidate) -> bool {
    amount(b).is_some() && implied::measure(a).is_some_and(|m| implied::measure(b) == Some(m))
}

/// Whether the words around a percentage present it as a share, and if so
/// whether firmly: `Some(true)` for a share word of a whole ("chiếm",
/// "accounting for") or a bracket, with no base named after it but the
/// whole; `Some(false)` for a weaker word ("đạt", "bằng", "or"); `None` for
/// no share.
fn cue(cx: &Context, share: &Candidate) -> Option<bool> {
    let t = cx.t;
    // "chiếm tỷ lệ 99,99%", "đạt tỉ lệ 99,68%": the word before the phrase.
    let phrase = SHARE_OF
        .longest_before(t, share.first)
        .map(|(first, _)| first);
    let before = t.prev(phrase.unwrap_or(share.first))?;
    let bracket = t.is_punct(before, '(');
    // "chiếm 40,4%", "accounting for 45%".
    let word = SHARE_CUES.at(t, before) || t.prev(before).is_some_and(|i| SHARE_CUES.at(t, i));
    if !(bracket || word || phrase.is_some() || SHARE_WORDS.at(t, before)) {
        return None;
    }
    // What follows names the base: nothing ("chiếm 37,6% và tăng 6,6%"),
    // or the whole.
    let base_is_whole = match t.next(share.last) {
        None => true,
        Some(n) => {
            t.kind(n) == Some(crate::text::tokens::TokKind::Punct)
                || AND_WORDS.at(t, n)
                || SHARE_WHOLES.longest_at(t, n).is_some()
        }
    };
    Some((bracket || word) && base_is_whole)
}

/// The whole the part opens a "trong đó", "of which" for: the amount of the
/// part's measure before it, in its sentence or the one before, whose
/// breakdown the part is in.
fn introduced_by(cx: &Context, figs: &[Candidate], x: usize) -> Option<usize> {
    let t = cx.t;
    let at = t.start(figs[x].first);
    let k = cx.sentences.partition_point(|s| s.1 <= at);
    let earlier = cx.sentences[..k].last().map_or(at, |s| s.0).min(at);
    let near = &figs[..figs.len().min(x + 1 + FIGURES)];
    cx.reach
        .back(x, 0, FIGURES)
        .take_while(|&k| t.start(figs[k].first) >= earlier)
        .filter(|&k| same_measure(&figs[x], &figs[k]) && figs[k].change.is_none())
        .find(|&k| breakdowns::introduced(cx, near, k).is_some_and(|(parts, _)| parts.contains(&x)))
}

/// The amounts of the part's measure before it, in its sentence or the
/// [`SENTENCES_BEFORE`] before, larger than it: `(figure, value, named)`,
/// `named` when a word before it names it the whole ("tổng số"). A ratio of
/// the part's unit offers its whole ("17.435 hộ nghèo trong tổng số 79.677
/// hộ": 79.677, named).
fn wholes_near<'a>(
    cx: &'a Context,
    figs: &'a [Candidate],
    x: usize,
) -> impl Iterator<Item = (usize, f64, bool)> + 'a {
    let t = cx.t;
    let part = &figs[x];
    let a = amount(part).unwrap_or(0.0);
    let at = t.start(part.first);
    let k = cx.sentences.partition_point(|s| s.1 <= at);
    let floor = cx.sentences[k.saturating_sub(SENTENCES_BEFORE)..k]
        .first()
        .map_or(at, |s| s.0)
        .min(at);
    cx.reach
        .back(x, 0, FIGURES)
        .take_while(move |&j| t.start(figs[j].first) >= floor)
        .filter(move |&j| figs[j].change.is_none() && same_measure(part, &figs[j]))
        .flat_map(move |j| {
            let f = &figs[j];
            match f.value {
                // "17.435 hộ nghèo trong tổng số 79.677 hộ": either.
                crate::model::Value::Pair(n, d) if f.kind == Kind::Ratio => {
                    [Some((j, d, true)), Some((j, n, named(cx, f)))]
                }
                _ => [amount(f).map(|b| (j, b, named(cx, f))), None],
            }
        })
        .flatten()
        .filter(move |&(_, b, _)| b > a)
}

/// True when a word shortly before the figure, in its clause, names it the
/// whole: "Tổng số cử tri … là 789.160", "tổng số cử tri của cả nước là:
/// 76.436.561".
fn named(cx: &Context, f: &Candidate) -> bool {
    let t = cx.t;
    let (start, _) = cx.sentence_of(f.first);
    cx.reach
        .back(f.first, 0, 2 * NAMING)
        .take_while(|&i| t.start(i) >= start && !t.is_punct(i, ';'))
        .any(|i| SHARE_WHOLES.longest_at(t, i).is_some())
}
