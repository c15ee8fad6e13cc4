//! A stated rate against its total and count, all three in one sentence:
//! "Phân bổ 520 triệu đồng hỗ trợ cho 52 hộ gia đình …, với 10 triệu
//! đồng/hộ" is 52 × 10 = 520. The rate is an amount per something ("10
//! triệu đồng/hộ"); the count is of that something ("52 hộ gia đình"); the
//! total is the one other amount of the rate's kind and unit in the
//! sentence. Where the sentence holds two of either, no check is made.

use super::{agrees, amount, precision, NEAR};
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Kind, Qualifier};

/// Words between a rate and what it is per ("mỗi", "per").
static PER_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.per_words);

/// The noun a rate is per, lower case: "hộ" in "10 triệu đồng/hộ", "10
/// triệu đồng mỗi hộ", "household" in "$300 per household".
fn per<'c>(cx: &'c Context, f: &Candidate) -> Option<&'c str> {
    let t = cx.t;
    if let Some(slash) = t.prev(f.last) {
        if t.is_punct(slash, '/') && t.touch(slash, f.last) {
            return t.word(f.last);
        }
    }
    let next = t.next(f.last)?;
    if !PER_WORDS.contains(t.word(next)?) {
        return None;
    }
    t.word(t.next(next)?)
}

/// Finds rates whose total and count the sentence gives.
pub fn find(cx: &Context, figs: &[Candidate]) -> Vec<Check> {
    let t = cx.t;
    let mut out = Vec::new();
    for (r, rate) in figs.iter().enumerate() {
        let Some(noun) = per(cx, rate) else {
            continue;
        };
        let Some(each) = amount(rate) else {
            continue;
        };
        let (s, e) = cx.sentence_of(rate.first);
        // The count and the total, if the sentence holds one of each.
        let (mut count, mut total, mut twice) = (None, None, false);
        let from = r.saturating_sub(NEAR);
        for (j, f) in figs.iter().enumerate().take(r + NEAR + 1).skip(from) {
            if j == r || !(s..e).contains(&t.start(f.first)) || f.change.is_some() {
                continue;
            }
            // "hộ gia đình" per "hộ"; "households" per "household".
            let counted = f.kind == Kind::Count
                && f.unit
                    .as_deref()
                    .and_then(|u| u.split_whitespace().next())
                    .is_some_and(|w| w.starts_with(noun));
            let slot = if counted {
                &mut count
            } else if f.kind == rate.kind && f.unit == rate.unit && per(cx, f).is_none() {
                &mut total
            } else {
                continue;
            };
            twice |= slot.is_some();
            *slot = Some(j);
        }
        let (Some(c), Some(k), false) = (count, total, twice) else {
            continue;
        };
        let (Some(n), Some(total)) = (amount(&figs[c]), amount(&figs[k])) else {
            continue;
        };
        let actual = each * n;
        // Rounding: of the total as written, and of the rate times the count.
        let slack = precision(&figs[k], total) + precision(rate, each) * n;
        let q = figs[k].qualifier;
        let ok =
            agrees(total, actual, q) || (q == Qualifier::Exact && (total - actual).abs() <= slack);
        let scale = figs[k].scale.min(rate.scale).max(1.0);
        let num = |v: f64| super::format_number(v, cx.marks);
        let mut explanation = num(n);
        explanation.push_str(" × ");
        explanation.push_str(&num(each / scale));
        explanation.push_str(" = ");
        explanation.push_str(&num(actual / scale));
        if !ok {
            explanation.push_str(" ≠ ");
            explanation.push_str(&num(total / scale));
        }
        explanation.push_str(if ok { " ✓" } else { " ✗" });
        out.push(Check {
            kind: CheckKind::Average,
            total: k,
            parts: vec![c, r],
            expected: total,
            actual,
            ok,
            explanation,
            scale: Some(scale),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::CheckKind;

    fn averages(text: &str) -> Vec<(bool, String)> {
        crate::analyze(text, &Default::default())
            .checks
            .iter()
            .filter(|c| c.kind == CheckKind::Average)
            .map(|c| (c.ok, c.explanation.clone()))
            .collect()
    }

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, &[(bool, &str)])] = &[
            ("Phân bổ 520 triệu đồng hỗ trợ cho 52 hộ gia đình có nhà bị sập đổ, với 10 triệu đồng/hộ.", &[(true, "52 × 10 = 520 ✓")]),
            ("Phân bổ 620 triệu đồng hỗ trợ cho 52 hộ gia đình có nhà bị sập đổ, với 10 triệu đồng/hộ.", &[(false, "52 × 10 = 520 ≠ 620 ✗")]),
            // Two totals: which one is the rate's, the sentence does not say.
            ("Phân bổ 520 triệu đồng cho 52 hộ và 300 triệu đồng cho 30 hộ, với 10 triệu đồng/hộ.", &[]),
            ("Mức hỗ trợ là 80.000 đồng/người.", &[]),
            ("Tỉnh chi 520 triệu đồng cho 52 hộ, 10 triệu đồng mỗi hộ.", &[(true, "52 × 10 = 520 ✓")]),
            ("The council paid $15,600 to 52 households, $300 per household.", &[(true, "52 × 300 = 15,600 ✓")]),
            ("The council paid $15,600 to 52 households, $350 per household.", &[(false, "52 × 350 = 18,200 ≠ 15,600 ✗")]),
        ];
        for (text, want) in rows {
            let want: Vec<(bool, String)> =
                want.iter().map(|(ok, e)| (*ok, e.to_string())).collect();
            assert_eq!(averages(text), want, "{text}");
        }
    }
}
