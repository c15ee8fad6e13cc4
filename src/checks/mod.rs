//! Checks: the arithmetic an article states, verified.
//!
//! This first cut finds a total followed by a parenthesised breakdown of parts
//! with the same unit ("1.038 lượt (đương chức 150 lượt, hưu trí 863 lượt, …)")
//! and checks that the parts add up. Colon lists, "gồm/trong đó/including",
//! ratio-percentage and change checks are to come (issue 5).

use crate::figures::Candidate;
use crate::model::{Kind, Qualifier, Value};
use crate::text::tokens::Tokens;

/// A check in figure indices.
#[derive(Clone, Debug, PartialEq)]
pub struct RawCheck {
    pub total: usize,
    pub parts: Vec<usize>,
    pub expected: f64,
    pub actual: f64,
    pub ok: bool,
}

/// Finds the sums a text states: a total, then in the brackets right after it
/// two or more figures of the same kind and unit.
pub fn find(t: &Tokens, figs: &[Candidate]) -> Vec<RawCheck> {
    let mut out = Vec::new();
    for (k, total) in figs.iter().enumerate() {
        if !matches!(total.kind, Kind::Count | Kind::Money | Kind::Quantity) {
            continue;
        }
        let Some(open) = t.next(total.last).filter(|&o| t.is_punct(o, '(')) else {
            continue;
        };
        let close = (open + 1..t.len()).find(|&j| t.is_punct(j, ')') || t.toks[j].newline);
        let Some(close) = close.filter(|&c| t.is_punct(c, ')')) else {
            continue;
        };
        let parts: Vec<usize> = (k + 1..figs.len())
            .take_while(|&j| figs[j].last < close)
            .filter(|&j| {
                figs[j].kind == total.kind && figs[j].unit == total.unit && figs[j].change.is_none()
            })
            .collect();
        if parts.len() < 2 {
            continue;
        }
        let (Some(expected), Some(actual)) = (
            total.value.as_number(),
            parts
                .iter()
                .map(|&j| figs[j].value.as_number())
                .sum::<Option<f64>>(),
        ) else {
            continue;
        };
        let ok = agrees(expected, actual, total.qualifier);
        out.push(RawCheck {
            total: k,
            parts,
            expected,
            actual,
            ok,
        });
    }
    out
}

/// Whether a stated total agrees with the sum of its parts, as a reader
/// judges: exact totals must match (to rounding), "hơn X" must not exceed the
/// parts' sum… it bounds it from below, "khoảng X" within 5%.
pub fn agrees(expected: f64, actual: f64, qualifier: Qualifier) -> bool {
    let close = (expected - actual).abs() <= 1e-9 * expected.abs().max(1.0) + 0.005;
    match qualifier {
        Qualifier::Exact => close,
        Qualifier::Over => actual >= expected || close,
        Qualifier::Under => actual <= expected || close,
        Qualifier::Approx => (expected - actual).abs() <= 0.05 * expected.abs().max(1.0),
    }
}

/// The number format of a language for explanations: "1.038" or "1,038".
pub fn format_number(v: f64, lang: crate::model::Language) -> String {
    let (group, decimal) = match lang {
        crate::model::Language::Vi => ('.', ','),
        crate::model::Language::En => (',', '.'),
    };
    let neg = v < 0.0;
    let v = v.abs();
    let mut frac = format!("{:.2}", v.fract());
    let int = v.trunc();
    let mut int_s = format!("{int:.0}");
    if frac.starts_with("1.") {
        int_s = format!("{:.0}", int + 1.0);
        frac = "0.00".into();
    }
    let mut grouped = String::new();
    for (i, c) in int_s.chars().enumerate() {
        if i > 0 && (int_s.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let frac = frac
        .trim_start_matches('0')
        .trim_start_matches('.')
        .trim_end_matches('0');
    let mut out = if neg { format!("-{grouped}") } else { grouped };
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

#[allow(dead_code)]
fn value_of(v: &Value) -> Option<f64> {
    v.as_number()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, Options};

    #[test]
    fn formats() {
        assert_eq!(format_number(1038.0, Language::Vi), "1.038");
        assert_eq!(format_number(1038.0, Language::En), "1,038");
        assert_eq!(format_number(12.5, Language::Vi), "12,5");
        assert_eq!(format_number(-35962.0, Language::Vi), "-35.962");
    }

    #[test]
    fn sums() {
        let text = "khám 1.038 lượt (đương chức 150 lượt, hưu trí 863 lượt, Mẹ Việt Nam Anh hùng 25 lượt).";
        let a = crate::analyze(text, &Options::default());
        assert_eq!(a.checks.len(), 1, "{:?}", a.checks);
        assert!(a.checks[0].ok);
        assert_eq!(a.checks[0].explanation, "150 + 863 + 25 = 1.038 ✓");
        let bad = crate::analyze(&text.replace("863", "836"), &Options::default());
        assert!(!bad.checks[0].ok);
        assert_eq!(
            bad.checks[0].explanation,
            "150 + 836 + 25 = 1.011 ≠ 1.038 ✗"
        );
    }
}
