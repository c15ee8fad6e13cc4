//! A ratio and the percentage the text states for it: "1.899/1.899 chi bộ …
//! đạt 100%", "3 out of 4 (75%)".

use super::precision;
use crate::figures::lexicon::{SHARE_OF, SHARE_WORDS};
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Kind, Value};
use crate::text::reach::FIGURES;

/// Finds ratio–percentage pairs in one sentence and checks them.
pub fn find(cx: &Context, figs: &[Candidate]) -> Vec<Check> {
    let t = cx.t;
    let mut out = Vec::new();
    for (k, r) in figs.iter().enumerate() {
        let (Kind::Ratio, Value::Pair(a, b)) = (r.kind, &r.value) else {
            continue;
        };
        if *b == 0.0 {
            continue;
        }
        let (_, end) = cx.sentence_of(r.first);
        // The first percentage after the ratio in its sentence, with no other
        // ratio or percentage between.
        let mut found = None;
        for j in cx.reach.ahead(k + 1, figs.len(), FIGURES) {
            let f = &figs[j];
            if t.start(f.first) >= end {
                break;
            }
            match f.kind {
                Kind::Percent if f.unit.as_deref() == Some("%") && f.change.is_none() => {
                    // Only a percentage the text ties to the ratio: in brackets,
                    // or after "đạt", "chiếm", "or", "representing"…
                    if states_share(cx, f.first) {
                        found = Some(j);
                    }
                    break;
                }
                Kind::Percent | Kind::Ratio => break,
                _ => {}
            }
        }
        let Some(p) = found else { continue };
        let Value::Number(stated) = figs[p].value else {
            continue;
        };
        let actual = a / b * 100.0;
        // Half a unit of the percentage's last decimal: 33.3% is right for
        // 1/3, 33% too, 34% is not.
        let ok = (actual - stated).abs() <= precision(&figs[p], stated) + 1e-9;
        let explanation = super::ratio_explanation(*a, *b, actual, stated, ok, cx.marks);
        out.push(Check {
            kind: CheckKind::Ratio,
            total: p,
            parts: vec![k],
            expected: stated,
            actual,
            ok,
            explanation,
            scale: Some(1.0),
        });
    }
    out
}

/// True when the words before token `i` present what follows as a share.
fn states_share(cx: &Context, i: usize) -> bool {
    let t = cx.t;
    let Some(p) = t.prev(i) else { return false };
    t.is_punct(p, '(') || SHARE_WORDS.at(t, p) || SHARE_OF.longest_before(t, i).is_some()
}

#[cfg(test)]
mod tests {
    use crate::model::{CheckKind, Language, Options};

    #[test]
    fn table() {
        let en = Options {
            language: Some(Language::En),
            ..Default::default()
        };
        for (text, ok, explanation) in [
            (
                "Only 1 out of 3 voters (33.3%) agreed.",
                true,
                "1 / 3 = 33.3% ✓",
            ),
            (
                "Only 1 out of 3 voters (33%) agreed.",
                true,
                "1 / 3 = 33% ✓",
            ),
            (
                "Only 1 out of 3 voters (34%) agreed.",
                false,
                "1 / 3 = 33.33% ≠ 34% ✗",
            ),
        ] {
            let a = crate::analyze(text, &en);
            let c: Vec<_> = a
                .checks
                .iter()
                .filter(|c| c.kind == CheckKind::Ratio)
                .collect();
            assert_eq!(c.len(), 1, "{text}: {:?}", a.checks);
            assert_eq!(
                (c[0].ok, c[0].explanation.as_str()),
                (ok, explanation),
                "{text}"
            );
        }
    }
}
