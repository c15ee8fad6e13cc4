//! Shares of a whole that should make 100%: "1.038 lượt (đương chức chiếm
//! 14,5%, hưu trí chiếm 83,1%, đối tượng khác chiếm 2,4%)".
//!
//! Only percentages the text presents as shares ("chiếm", "accounting for"),
//! all of one bracket or one colon list after the whole they divide. Their
//! sum may miss 100% by what rounding each share allows: half a unit of its
//! last decimal.

use super::{amount, precision, punct_ahead};
use crate::figures::lexicon::SHARE_CUES;
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Kind};
use crate::text::reach::{FIGURES, TOKENS};

/// Finds the groups of shares the text gives for a whole, and checks that
/// each makes 100%.
pub fn find(cx: &Context, figs: &[Candidate]) -> Vec<Check> {
    let t = cx.t;
    let mut out = Vec::new();
    let is_share = |f: &Candidate| {
        f.kind == Kind::Percent
            && f.unit.as_deref() == Some("%")
            && f.change.is_none()
            && f.high.is_none()
    };
    let mut k = 0;
    while k < figs.len() {
        if !is_share(&figs[k]) {
            k += 1;
            continue;
        }
        // The run of shares and the group that holds them.
        let (s, e) = cx.sentence_of(figs[k].first);
        // (Brackets and lists span a few hundred tokens at most: the walks
        // are bounded so that an endless sentence stays linear.)
        let open = cx
            .reach
            .back(figs[k].first, 0, TOKENS)
            .take_while(|&j| t.start(j) >= s)
            .find(|&j| t.is_punct(j, '(') || t.is_punct(j, ':'));
        let Some(open) = open else {
            k += 1;
            continue;
        };
        let close = if t.is_punct(open, '(') {
            punct_ahead(cx, ')', open + 1, t.len(), e + 1)
        } else {
            punct_ahead(cx, ';', open + 1, t.len(), e).or(Some(
                cx.reach
                    .ahead(open + 1, t.len(), TOKENS)
                    .take_while(|&j| t.start(j) < e)
                    .last()
                    .unwrap_or(open),
            ))
        };
        let Some(close) = close else {
            k += 1;
            continue;
        };
        let lo = figs.partition_point(|f| f.first <= open);
        // (No more figures than tokens lie between `open` and `close`.)
        let group: Vec<usize> = cx
            .reach
            .ahead(lo, figs.len(), TOKENS)
            .take_while(|&j| figs[j].last <= close)
            .collect();
        let next = group.last().map_or(k + 1, |&g| g + 1).max(k + 1);
        let all_shares = group.len() >= 2 && group.iter().all(|&j| is_share(&figs[j]));
        let cued = cx
            .reach
            .ahead(open, close, TOKENS)
            .any(|j| SHARE_CUES.at(t, j));
        let total = cx
            .reach
            .back(group.first().copied().unwrap_or(0), 0, FIGURES)
            .take_while(|&j| t.start(figs[j].first) >= s)
            .find(|&j| amount(&figs[j]).is_some() && figs[j].last < open);
        if let (true, true, Some(total)) = (all_shares, cued, total) {
            let values: Vec<f64> = group
                .iter()
                .filter_map(|&j| figs[j].value.as_number())
                .collect();
            let actual: f64 = values.iter().sum();
            let slack: f64 = group
                .iter()
                .map(|&j| precision(&figs[j], figs[j].value.as_number().unwrap_or(0.0)))
                .sum();
            let ok = (actual - 100.0).abs() <= slack + 1e-9;
            let terms: Vec<String> = values
                .iter()
                .map(|v| format!("{}%", super::format_number(*v, cx.marks)))
                .collect();
            let explanation = if ok {
                format!("{} = 100% ✓", terms.join(" + "))
            } else {
                format!(
                    "{} = {}% ≠ 100% ✗",
                    terms.join(" + "),
                    super::format_number(actual, cx.marks)
                )
            };
            out.push(Check {
                kind: CheckKind::Sum,
                total,
                parts: group.clone(),
                expected: 100.0,
                actual,
                ok,
                explanation,
                scale: None,
            });
        }
        k = next;
    }
    out
}

#[cfg(test)]
mod tests {

    use crate::testing::checks;

    #[test]
    fn shares_make_a_whole() {
        #[rustfmt::skip]
        let rows: &[(&str, &[(bool, &str)])] = &[
            ("Tổng số 1.038 lượt (đương chức chiếm 14,5%, hưu trí chiếm 83,1%, đối tượng khác chiếm 2,4%).", &[(true, "14,5% + 83,1% + 2,4% = 100% ✓")]),
            ("Tổng số 1.038 lượt (đương chức chiếm 14,5%, hưu trí chiếm 80,1%, đối tượng khác chiếm 2,4%).", &[(false, "14,5% + 80,1% + 2,4% = 97% ≠ 100% ✗")]),
            ("Lãi suất 1.000 tỷ đồng (kỳ hạn 6 tháng 5%, kỳ hạn 12 tháng 6%).", &[]),
        ];
        for (text, want) in rows {
            let want: Vec<(bool, String)> =
                want.iter().map(|(ok, e)| (*ok, e.to_string())).collect();
            assert_eq!(checks(text), want, "{text}");
        }
    }
}
