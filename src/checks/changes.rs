//! A stated change against the two values it links: "tăng 12% so với cùng kỳ
//! (1.200 tỷ đồng)" after "đạt 1.344 tỷ đồng"; "rose 12% to 1.34 million from
//! 1.2 million"; "tăng từ 10 lên 15 người (tăng 5 người)".

use super::{precision, NEAR};
use crate::figures::lexicon::FROM;
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Direction, Kind, Value, POINTS};
use crate::text::reach::TOKENS;

/// Words that open what a change is compared with ("so với", "from").
static COMPARISON_OPENINGS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.comparison_openings);

fn number(f: &Candidate) -> Option<f64> {
    match (&f.kind, &f.value) {
        (
            Kind::Count | Kind::Money | Kind::Quantity | Kind::Number | Kind::Percent,
            Value::Number(v),
        ) if f.high.is_none() => Some(*v),
        _ => None,
    }
}

fn same_unit(a: &Candidate, b: &Candidate) -> bool {
    let lower = |u: &str| {
        u.chars()
            .flat_map(crate::text::case::lower)
            .collect::<Vec<char>>()
    };
    a.kind == b.kind && a.unit.as_deref().map(lower) == b.unit.as_deref().map(lower)
}

/// Finds stated changes whose earlier and later values the sentence gives.
pub fn find(cx: &Context, figs: &[Candidate]) -> Vec<Check> {
    let t = cx.t;
    let mut out = Vec::new();
    for (c, change) in figs.iter().enumerate() {
        let Some(stated) = &change.change else {
            continue;
        };
        let (s, e) = cx.sentence_of(change.first);
        // Figures are sorted: the sentence's are one run of them. The values
        // compared are near the change (a few dozen figures either way at
        // most), which keeps an endless sentence of changes linear.
        let from = figs
            .partition_point(|f| t.start(f.first) < s)
            .max(c.saturating_sub(NEAR));
        let to = figs.partition_point(|f| t.start(f.first) < e);
        let mut in_sentence = Vec::new();
        for j in cx.reach.ahead(from, to, c + NEAR + 1 - from) {
            let f = &figs[j];
            // "357m Hong Kong dollars ($45.77m)": an amount in brackets right
            // after another in other money is that one converted, no value of
            // its own.
            let converted = j > 0
                && f.kind == Kind::Money
                && t.prev(f.first).is_some_and(|p| {
                    t.is_punct(p, '(')
                        && t.prev(p) == Some(figs[j - 1].last)
                        && figs[j - 1].kind == Kind::Money
                        && figs[j - 1].unit != f.unit
                });
            if j != c
                && (s..e).contains(&t.start(f.first))
                && f.change.is_none()
                && number(f).is_some()
                && !converted
            {
                in_sentence.push(j);
            }
        }
        // The earlier value: after "from", "từ", "so với"; or in brackets after
        // "so với …" ("so với cùng kỳ (1.200 tỷ đồng)").
        let after_from = |j: usize| {
            let f = &figs[j];
            let word_before = FROM.longest_before(t, f.first).is_some();
            let bracket_after_compare = t.prev(f.first).is_some_and(|p| t.is_punct(p, '('))
                && cx.reach.ahead(change.last, f.first, TOKENS).any(|k| {
                    COMPARISON_OPENINGS
                        .iter()
                        .any(|c| t.phrase_at(k, c).is_some())
                });
            word_before || bracket_after_compare
        };
        let Some(&earlier) = in_sentence.iter().find(|&&j| after_from(j)) else {
            continue;
        };
        let later = in_sentence
            .iter()
            .copied()
            .find(|&j| j != earlier && same_unit(&figs[j], &figs[earlier]) && !after_from(j));
        let Some(later) = later else { continue };
        let (a, b) = (
            number(&figs[earlier]).unwrap_or(0.0),
            number(&figs[later]).unwrap_or(0.0),
        );
        let sign = if stated.direction == Direction::Up {
            1.0
        } else {
            -1.0
        };
        let by = stated.by;
        // How exact a value is written (none for a range).
        let written = |f: &Candidate| number(f).map_or(0.0, |v| precision(f, v));
        let fmt = |v: f64, f: &Candidate| super::format_number(v / f.scale.max(1.0), cx.marks);
        // Between two percentages a change is in points ("tăng 2 điểm phần
        // trăm, từ 4% lên 6%"), or in per cent of the first ("tăng 50%"). One
        // stated in per cent that is the points' ("rose 2%, from 4% to 6%")
        // is journalism's commonest slip: said as such, not as a wrong sum.
        let percents = figs[earlier].kind == Kind::Percent && figs[later].kind == Kind::Percent;
        let in_points = change.unit.as_deref() == Some(POINTS);
        if percents && (in_points || change.unit.as_deref() == Some("%")) {
            let points = (b - a) * sign;
            let slack = written(change) + written(&figs[earlier]) + written(&figs[later]);
            let points_ok = (points - by).abs() <= slack + 1e-9;
            let relative = (a != 0.0).then(|| (b - a) / a * 100.0 * sign);
            let relative_ok = relative.is_some_and(|r| {
                let slack = written(change)
                    + (written(&figs[earlier]) + written(&figs[later])) / a.abs() * 100.0;
                (r - by).abs() <= slack + 1e-9
            });
            if in_points || (points_ok && !relative_ok) {
                let ok = in_points && points_ok;
                let word = if sign > 0.0 { "+" } else { "−" };
                let num = |v: f64| super::format_number(v, cx.marks);
                let shown = if ok { by } else { points };
                let mut explanation =
                    format!("{}% → {}% = {word}{} {POINTS}", num(a), num(b), num(shown));
                if !ok {
                    // "≠ +3 pp", or the slip: "≠ +2% (+50%)".
                    explanation.push_str(" ≠ ");
                    explanation.push_str(word);
                    explanation.push_str(&num(by));
                    if in_points {
                        explanation.push(' ');
                        explanation.push_str(POINTS);
                    } else if let Some(r) = relative {
                        explanation.push_str("% (");
                        explanation.push_str(word);
                        explanation.push_str(&num(r.abs()));
                        explanation.push_str("%)");
                    }
                }
                explanation.push_str(if ok { " ✓" } else { " ✗" });
                out.push(Check {
                    kind: CheckKind::Points,
                    total: c,
                    parts: vec![earlier, later],
                    expected: by,
                    actual: points,
                    ok,
                    explanation,
                    scale: None,
                });
                continue;
            }
        }
        let (actual, tolerance, unit) = if change.unit.as_deref() == Some("%") {
            if a == 0.0 {
                continue;
            }
            let pct = (b - a) / a * 100.0 * sign;
            let slack = written(change)
                + (written(&figs[earlier]) + written(&figs[later])) / a.abs() * 100.0;
            (pct, slack, "%")
        } else if same_unit(change, &figs[earlier]) || change.kind == Kind::Number {
            (
                (b - a) * sign,
                written(change) + written(&figs[earlier]) + written(&figs[later]),
                "",
            )
        } else {
            continue;
        };
        let ok = (actual - by).abs() <= tolerance + 1e-9;
        let arrow = format!("{} → {}", fmt(a, &figs[earlier]), fmt(b, &figs[later]));
        let word = if sign > 0.0 { "+" } else { "−" };
        let show = |v: f64| {
            if unit == "%" {
                format!("{word}{}%", super::format_number(v, cx.marks))
            } else {
                format!("{word}{}", fmt(v, change))
            }
        };
        let explanation = if ok {
            format!("{arrow} = {} ✓", show(by))
        } else {
            format!("{arrow} = {} ≠ {} ✗", show(actual), show(by))
        };
        // One scale for the values and an amount of change; none to tell
        // when the change is in per cent or the values are written apart.
        let written_in = figs[earlier].scale.max(1.0);
        let scale = (written_in == figs[later].scale.max(1.0)
            && (unit == "%" || written_in == change.scale.max(1.0)))
        .then_some(written_in);
        out.push(Check {
            kind: CheckKind::Change,
            total: c,
            parts: vec![earlier, later],
            expected: by,
            actual,
            ok,
            explanation,
            scale,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::{CheckKind, Language, Options};

    fn changes(text: &str, lang: Language) -> Vec<(bool, String)> {
        let a = crate::analyze(
            text,
            &Options {
                language: Some(lang),
                ..Default::default()
            },
        );
        a.checks
            .iter()
            .filter(|c| matches!(c.kind, CheckKind::Change | CheckKind::Points))
            .map(|c| (c.ok, c.explanation.clone()))
            .collect()
    }

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &[(bool, &str)])] = &[
            ("Doanh thu đạt 1.344 tỷ đồng, tăng 12% so với cùng kỳ năm trước (1.200 tỷ đồng).", Language::Vi, &[(true, "1.200 → 1.344 = +12% ✓")]),
            ("Doanh thu đạt 1.344 tỷ đồng, tăng 15% so với cùng kỳ năm trước (1.200 tỷ đồng).", Language::Vi, &[(false, "1.200 → 1.344 = +12% ≠ +15% ✗")]),
            ("Số hộ nghèo giảm 5 hộ, từ 120 hộ xuống 115 hộ.", Language::Vi, &[(true, "120 → 115 = −5 ✓")]),
            ("Sales rose 12% to 1.34 million units from 1.2 million units.", Language::En, &[(true, "1.2 → 1.34 = +12% ✓")]),
            ("Sales rose 20% to 1.34 million units from 1.2 million units.", Language::En, &[(false, "1.2 → 1.34 = +11.67% ≠ +20% ✗")]),
            ("Revenue was up 61% from the same quarter a year earlier.", Language::En, &[]),
            ("The unemployment rate rose 2 percentage points, from 4% to 6%.", Language::En, &[(true, "4% → 6% = +2 pp ✓")]),
            ("The unemployment rate rose 4 percentage points, from 4% to 6%.", Language::En, &[(false, "4% → 6% = +2 pp ≠ +4 pp ✗")]),
            ("The share rose by 2 per cent, from 4 per cent to 6 per cent.", Language::En, &[(false, "4% → 6% = +2 pp ≠ +2% (+50%) ✗")]),
            ("The share rose by 50 per cent, from 4 per cent to 6 per cent.", Language::En, &[(true, "4 → 6 = +50% ✓")]),
            ("Tỷ lệ hộ nghèo giảm 2 điểm phần trăm, từ 6% xuống 4%.", Language::Vi, &[(true, "6% → 4% = −2 pp ✓")]),
            ("Tỷ lệ hộ nghèo giảm 2%, từ 6% xuống 4%.", Language::Vi, &[(false, "6% → 4% = −2 pp ≠ −2% (−33,33%) ✗")]),
        ];
        for (text, lang, want) in rows {
            let want: Vec<(bool, String)> =
                want.iter().map(|(ok, e)| (*ok, e.to_string())).collect();
            assert_eq!(changes(text, *lang), want, "{text}");
        }
    }
}
