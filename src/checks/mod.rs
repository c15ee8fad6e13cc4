//! Checks: the arithmetic an article states, verified.
//!
//! Relations the text itself states are checked, and may fail:
//! [`breakdowns`] finds totals with the breakdown the
//! text gives for them (in brackets, after a colon, after
//! "trong đó/gồm/including", listed, or summed up); [`shares`] finds
//! percentages given as the shares of a whole, which should make 100%;
//! [`ratios`] finds a ratio with the percentage stated for it ("1.899/1.899
//! chi bộ … đạt 100%"); [`changes`] finds a stated change with the earlier
//! and later values it links ("tăng 12% so với cùng kỳ (1.200 tỷ đồng)");
//! [`averages`] finds a rate with its count and total ("520 triệu đồng …
//! cho 52 hộ …, với 10 triệu đồng/hộ"); [`restatements`] finds the
//! title's figures told again in the body; [`totals`] checks a table's
//! total row ("Tổng cộng", "Total") against the rows above it. Then [`implied`] finds the sums
//! and differences no word states ("exports $164.4 billion, imports $221.2
//! billion, … a deficit of $56.8 billion"), but only where they hold and
//! chance would hardly have made them: never a guess that fails. Last,
//! [`portions`] finds a part of a whole (a total of the sums found, or
//! the amount its "trong đó" follows) with the share stated for it
//! ("440,5 nghìn tỷ đồng, chiếm 40,4% tổng vốn" of 1.091,1 nghìn tỷ).
//! Each check is judged as a reader would: a total to rounding, "hơn X" as a
//! lower bound, "khoảng X" within 5%.

pub mod averages;
pub mod breakdowns;
pub mod changes;
pub mod implied;
pub mod portions;
pub mod ratios;
pub mod restatements;
pub mod shares;
pub mod totals;

use crate::figures::{Candidate, Context};
use crate::lang::Marks;
use crate::model::{Check, Kind, Qualifier, Value};
use crate::text::reach::TOKENS;

/// How many figures either way of a change, or of a rate, its values may
/// be: a few dozen, which keeps an endless sentence of them linear.
const NEAR: usize = 24;

/// Finds and verifies every relation the text states between its figures.
/// A check's `total` and `parts` are indices into `figs`, which are the ids
/// of the figures the document lists.
/// `title` is the range of the outline's title, whose figures the body may
/// state again; `tables` the outline's tables, whose total rows
/// [`totals`] checks, and `places` the cell each figure stands in.
pub fn find(
    cx: &Context,
    figs: &[Candidate],
    title: Option<(usize, usize)>,
    tables: &[crate::outline::tables::Table],
    places: &[Option<crate::outline::tables::Place>],
) -> Vec<Check> {
    let mut out = breakdowns::find(cx, figs);
    out.extend(totals::find(cx, figs, tables, places));
    out.extend(shares::find(cx, figs));
    out.extend(ratios::find(cx, figs));
    out.extend(changes::find(cx, figs));
    out.extend(averages::find(cx, figs));
    out.extend(restatements::find(cx, figs, title));
    let found = implied::find(cx, figs, &out);
    let shares = portions::find(cx, figs, &out, &found);
    out.extend(found);
    out.extend(shares);
    // Parts near the top of f64's range can add up past it: no check is
    // better than one that compares infinities.
    out.retain(|c| c.expected.is_finite() && c.actual.is_finite());
    crate::text::order::sort_by_key(&mut out, |c| c.total as u64);
    out
}

/// The amount a figure contributes, for the kinds that add up.
fn amount(f: &Candidate) -> Option<f64> {
    match (&f.kind, &f.value) {
        (Kind::Count | Kind::Money | Kind::Quantity | Kind::Number, Value::Number(v))
            if f.high.is_none() =>
        {
            Some(*v)
        }
        // "1.899/1.899 chi bộ … (1.462 chi bộ …, 437 chi bộ …)": the part that did.
        (Kind::Ratio, Value::Pair(a, _)) => Some(*a),
        _ => None,
    }
}

/// How exact figure `f` states `value` (its own value, or one end of it):
/// half a unit of the last decimal written, in the figure's scale. 0.5 for
/// "1.038 lượt", 0.05 for "12,5%", 0.5 tỷ for "162 tỷ đồng", 0.005 tỷ for
/// "5,03 tỷ". The one allowance for rounding every check makes.
pub fn precision(f: &Candidate, value: f64) -> f64 {
    // Past six decimals, what is left is the noise of a float.
    const MAX_DECIMALS: i32 = 6;
    let scale = f.scale.max(1.0);
    let written = value / scale;
    let decimals = (0..MAX_DECIMALS).find(|&d| {
        let m = 10f64.powi(d);
        ((written * m).round() - written * m).abs() < 1e-6
    });
    0.5 * 10f64.powi(-(decimals.unwrap_or(MAX_DECIMALS))) * scale
}

/// The first punctuation mark `c` from token `from` on, among the tokens
/// that start before byte `before`. The walk is bounded (`TOKENS` steps, up
/// to token `to`), so that an endless sentence stays linear.
fn punct_ahead(cx: &Context, c: char, from: usize, to: usize, before: usize) -> Option<usize> {
    let t = cx.t;
    cx.reach
        .ahead(from, to, TOKENS)
        .take_while(|&j| t.start(j) < before)
        .find(|&j| t.is_punct(j, c))
}

/// Whether a stated total agrees with what its parts add up to, as a reader
/// judges: an exact total to the precision it is written in; "hơn X" bounds
/// the parts from below, "dưới X" from above; "khoảng X" within 5%.
pub fn agrees(expected: f64, actual: f64, qualifier: Qualifier) -> bool {
    let close = (expected - actual).abs() <= 1e-9 * expected.abs().max(1.0);
    match qualifier {
        Qualifier::Exact => close,
        Qualifier::Over => actual >= expected || close,
        Qualifier::Under => actual <= expected || close,
        Qualifier::Approx => (expected - actual).abs() <= 0.05 * expected.abs().max(1.0),
    }
}

/// The sum check's explanation: "150 + 863 + 25 = 1.038 ✓", or what the parts
/// really make: "150 + 836 + 25 = 1.011 ≠ 1.038 ✗".
pub fn sum_explanation(
    parts: &[f64],
    expected: f64,
    actual: f64,
    ok: bool,
    q: Qualifier,
    marks: Marks,
) -> String {
    // Signed as the text gives them: "−7,74 + 9,1 = 1,36".
    let signed = |v: f64| {
        let n = format_number(v.abs(), marks);
        if v < 0.0 {
            String::from("−") + &n
        } else {
            n
        }
    };
    let mut lhs = String::new();
    for (k, &p) in parts.iter().enumerate() {
        if k > 0 {
            lhs.push_str(if p < 0.0 { " − " } else { " + " });
            lhs.push_str(&format_number(p.abs(), marks));
        } else {
            lhs.push_str(&signed(p));
        }
    }
    let total = signed(expected);
    let sum = signed(actual);
    let rel = match (ok, q) {
        (true, _) if sum == total => return format!("{lhs} = {total} ✓"),
        (true, Qualifier::Over) => "≥",
        (true, Qualifier::Under) => "≤",
        (true, _) => "≈",
        (false, _) => "≠",
    };
    let mark = if ok { "✓" } else { "✗" };
    format!("{lhs} = {sum} {rel} {total} {mark}")
}

/// The explanation of a part of a whole and its stated percentage: "1 / 3
/// = 33.3% ✓", or what the two really give: "1 / 3 = 33.33% ≠ 34% ✗".
fn ratio_explanation(a: f64, b: f64, actual: f64, stated: f64, ok: bool, marks: Marks) -> String {
    let fmt = |v: f64| format_number(v, marks);
    let mut out = fmt(a) + " / " + &fmt(b) + " = ";
    if !ok {
        out += &(fmt(actual) + "% ≠ ");
    }
    out + &fmt(stated) + if ok { "% ✓" } else { "% ✗" }
}

/// A number in the article's own format: "1.038" and "12,5" in Vietnamese,
/// "1,038" and "12.5" in English; at most two decimals.
pub fn format_number(v: f64, marks: Marks) -> String {
    let (group, decimal) = (marks.group, marks.decimal);
    if !v.is_finite() {
        return String::from("?");
    }
    let neg = v < 0.0;
    let rounded = (v.abs() * 100.0).round() / 100.0;
    let int = rounded.trunc();
    let frac = (((rounded - int) * 100.0).round() as u32).min(99);
    let int_s = crate::numbers::decimal::format(int);
    let mut grouped = String::new();
    for (i, c) in int_s.chars().enumerate() {
        if i > 0 && (int_s.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if neg {
        grouped.insert(0, '-');
    }
    if frac > 0 {
        // Two decimals at most, without a trailing zero: "12,5", "0,05".
        grouped.push(decimal);
        grouped.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            grouped.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        use crate::lang::{COMMA_GROUPS as EN, DOT_GROUPS as VI};
        assert_eq!(format_number(1038.0, VI), "1.038");
        assert_eq!(format_number(1038.0, EN), "1,038");
        assert_eq!(format_number(12.5, VI), "12,5");
        assert_eq!(format_number(-35962.0, VI), "-35.962");
        assert_eq!(format_number(33.333, EN), "33.33");
        assert_eq!(format_number(0.999, EN), "1");
    }

    #[test]
    fn precision_as_written() {
        use crate::model::{Kind, Value};
        let figure = |v: f64, scale: f64| {
            let mut f = Candidate::new(Kind::Number, 0, 0, Value::Number(v));
            f.scale = scale;
            f
        };
        let of = |v: f64, scale: f64| precision(&figure(v, scale), v);
        let near = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs();
        assert_eq!(of(1038.0, 1.0), 0.5);
        assert!(near(of(12.5, 1.0), 0.05));
        assert!(near(of(33.33333, 1.0), 0.000005));
        assert!(near(of(162e9, 1e9), 0.5e9));
        assert!(near(of(5.03e9, 1e9), 0.005e9));
        assert!(near(of(1.0 / 3.0, 1.0), 0.0000005));
    }

    #[test]
    fn judging() {
        assert!(agrees(1038.0, 1038.0, Qualifier::Exact));
        assert!(!agrees(1038.0, 1011.0, Qualifier::Exact));
        assert!(agrees(761_000.0, 761_262.0, Qualifier::Over));
        assert!(!agrees(761_000.0, 700_000.0, Qualifier::Over));
        assert!(agrees(100.0, 103.0, Qualifier::Approx));
    }
}
