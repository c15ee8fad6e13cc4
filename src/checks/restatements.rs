//! A figure of the title stated again in the body: "Lào Cai thu ngân sách
//! đạt 12.259 tỷ đồng" over "… số thu ngân sách … đã đạt 12.259 tỷ đồng" is
//! one measure told twice, and should agree. The body's figure is the first
//! of the same kind and unit that agrees with the title's, to the precision
//! either is written in; where none does, one within 5% of it (the title
//! says 1.040, the body 1.038) is the same measure told wrong. Only the
//! first figures after the title are looked at: where the lead restates the
//! headline; and only a title of a headline's few figures (a row of a table
//! taken for a title is none).

use super::{agrees, amount, precision};
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Kind, Qualifier};
use crate::text::reach::FIGURES;

/// The most figures a headline holds.
const HEADLINE_FIGURES: usize = 3;

fn comparable(a: &Candidate, b: &Candidate) -> bool {
    a.kind == b.kind
        && matches!(
            a.kind,
            Kind::Count | Kind::Money | Kind::Quantity | Kind::Percent
        )
        && a.unit == b.unit
        && a.change.is_none() == b.change.is_none()
}

/// Finds the title's figures told again after it, `title` being its range.
pub fn find(cx: &Context, figs: &[Candidate], title: Option<(usize, usize)>) -> Vec<Check> {
    let t = cx.t;
    let mut out = Vec::new();
    let Some((start, end)) = title else {
        return out;
    };
    let first = figs.partition_point(|f| t.start(f.first) < start);
    let body = figs.partition_point(|f| t.start(f.first) < end);
    // A headline states a figure or two; a "title" of more is a row of a
    // table or a list taken for one, whose figures no body restates.
    if body - first > HEADLINE_FIGURES {
        return out;
    }
    for (k, head) in figs.iter().enumerate().take(body).skip(first) {
        let Some(said) = amount(head) else {
            continue;
        };
        let (mut same, mut near) = (None, None);
        for j in cx.reach.ahead(body, figs.len(), FIGURES) {
            let f = &figs[j];
            let Some(again) = amount(f).filter(|_| comparable(head, f)) else {
                continue;
            };
            let slack = precision(head, said).max(precision(f, again));
            if agrees(said, again, head.qualifier) || (said - again).abs() <= slack {
                same = Some((j, again));
                break;
            }
            let exact = head.qualifier == Qualifier::Exact && f.qualifier == Qualifier::Exact;
            if near.is_none() && exact && (said - again).abs() <= 0.05 * said.abs() {
                near = Some((j, again));
            }
        }
        let ok = same.is_some();
        let Some((j, again)) = same.or(near) else {
            continue;
        };
        let scale = head.scale.min(figs[j].scale).max(1.0);
        let mut explanation = super::format_number(said / scale, cx.marks);
        // "=" when the two read alike, "≈" when only their precision
        // or a qualifier ("hơn 12 nghìn tỷ" over "12.170 tỷ") makes them one.
        explanation.push_str(match (ok, said == again) {
            (true, true) => " = ",
            (true, false) => " ≈ ",
            (false, _) => " ≠ ",
        });
        explanation.push_str(&super::format_number(again / scale, cx.marks));
        explanation.push_str(if ok { " ✓" } else { " ✗" });
        out.push(Check {
            kind: CheckKind::Restatement,
            total: k,
            parts: vec![j],
            expected: said,
            actual: again,
            ok,
            explanation,
            scale: Some(scale),
        });
    }
    out
}
