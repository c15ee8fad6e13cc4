//! A table's total row, checked against the rows above it.
//!
//! A row whose label is a total's (the profiles' `total_rows`: "Tổng cộng",
//! "Cộng", "Total") gives, in each of its columns, the sum of the rows
//! between it and the header (or the total row before it). A column is
//! checked where every one of those rows, and the total, has one figure in
//! that column's cell, an amount of the total's kind and unit (a count,
//! money, a quantity, a bare number; no percentage, no date), none below
//! zero, two rows or more. A total smaller than one of its parts is no sum
//! (a whole province's rate among its districts' rates, a row of
//! averages): that column is not checked.
//!
//! The allowance is the total's rounding and each part's, so that parts
//! rounded as they are printed never make a false alarm. The explanation
//! names the row and the column: "Tổng cộng, 2023: 150 + 863 + 25 = 1.038
//! ✓".

use super::{amount, precision, sum_explanation};
use crate::figures::{Candidate, Context};
use crate::lang::KnownWords;
use crate::model::{Check, CheckKind, Kind, Qualifier};
use crate::outline::tables::{Place, Table};

/// The labels of a total row, in every known language.
static TOTAL_ROWS: KnownWords = KnownWords::new(|w| w.total_rows);

/// A cell holding more than one figure.
const MANY: usize = usize::MAX;

/// The total-row checks of `tables` over `figs`, whose cells `places` gives.
pub fn find(
    cx: &Context,
    figs: &[Candidate],
    tables: &[Table],
    places: &[Option<Place>],
) -> Vec<Check> {
    let text = cx.t.text;
    // Each table's grid: the figure of each cell, if it holds one.
    let mut grids: Vec<Vec<Vec<Option<usize>>>> = tables
        .iter()
        .map(|t| t.rows.iter().map(|r| vec![None; r.len()]).collect())
        .collect();
    for (i, p) in places.iter().enumerate() {
        if let Some((t, r, c)) = *p {
            let slot = &mut grids[t][r][c];
            *slot = Some(if slot.is_some() { MANY } else { i });
        }
    }
    let one = |slot: Option<&Option<usize>>| slot.copied().flatten().filter(|&i| i != MANY);
    let mut out = Vec::new();
    for (t, grid) in tables.iter().zip(&grids) {
        let body = t.header;
        let mut from = body;
        for r in body..t.rows.len() {
            let row = &t.rows[r];
            let Some(label) = row
                .first()
                .map(|c| text[c.0..c.1].trim_end_matches(':').trim())
            else {
                continue;
            };
            let lower = crate::text::Lower::lower(label);
            if !TOTAL_ROWS.iter().any(|w| lower == *w) {
                continue;
            }
            for c in 1..row.len() {
                let Some(total) = one(grid[r].get(c)) else {
                    continue;
                };
                let tf = &figs[total];
                let Some(expected) = addable(tf) else {
                    continue;
                };
                let mut parts = Vec::new();
                let mut values = Vec::new();
                for above in &grid[from..r] {
                    let part = one(above.get(c))
                        .filter(|&k| figs[k].kind == tf.kind && figs[k].unit == tf.unit);
                    match part.and_then(|k| Some((k, addable(&figs[k])?))) {
                        Some((k, v)) if v >= 0.0 && v <= expected => {
                            parts.push(k);
                            values.push(v);
                        }
                        _ => {
                            parts.clear();
                            break;
                        }
                    }
                }
                if parts.len() < 2 {
                    continue;
                }
                let actual: f64 = values.iter().sum();
                let allowance = parts
                    .iter()
                    .zip(&values)
                    .fold(precision(tf, expected), |a, (&k, &v)| {
                        a + precision(&figs[k], v)
                    });
                let ok = (actual - expected).abs() <= allowance + 1e-9 * expected.abs().max(1.0);
                let mut explanation = String::from(label);
                if let Some(h) = t.column_label(r, c) {
                    explanation.push_str(", ");
                    explanation.push_str(&text[h.0..h.1]);
                }
                explanation.push_str(": ");
                explanation.push_str(&sum_explanation(
                    &values,
                    expected,
                    actual,
                    ok,
                    Qualifier::Exact,
                    cx.marks,
                ));
                out.push(Check {
                    kind: CheckKind::Sum,
                    total,
                    parts,
                    expected,
                    actual,
                    ok,
                    explanation,
                });
            }
            from = r + 1;
        }
    }
    out
}

/// A figure's amount, if it is one a total adds up: no percentage, no
/// date, no range.
fn addable(f: &Candidate) -> Option<f64> {
    (f.kind != Kind::Percent).then(|| amount(f)).flatten()
}

#[cfg(test)]
mod tests {
    use crate::model::Language;
    use crate::testing::analyze_as;

    fn sums(text: &str, lang: Language) -> Vec<(bool, String)> {
        analyze_as(text, lang)
            .checks
            .into_iter()
            .filter(|c| c.explanation.contains(':'))
            .map(|c| (c.ok, c.explanation))
            .collect()
    }

    const TABLE: &str = "Kết quả tuyển sinh\n\nĐơn vị\tNam\tNữ\nHuyện A\t150\t120\nHuyện B\t863\t700\nHuyện C\t25\t30\nTổng cộng\t1.038\t850\n";

    #[test]
    fn a_total_row_is_checked_by_column_and_names_both() {
        assert_eq!(
            sums(TABLE, Language::Vi),
            [
                (true, "Tổng cộng, Nam: 150 + 863 + 25 = 1.038 ✓".to_string()),
                (true, "Tổng cộng, Nữ: 120 + 700 + 30 = 850 ✓".to_string()),
            ]
        );
    }

    #[test]
    fn a_planted_error_in_one_cell_names_its_row_and_column() {
        let planted = TABLE.replace("Huyện B\t863", "Huyện B\t836");
        let got = sums(&planted, Language::Vi);
        assert!(
            got.contains(&(
                false,
                "Tổng cộng, Nam: 150 + 836 + 25 = 1.011 ≠ 1.038 ✗".to_string()
            )),
            "{got:?}"
        );
        assert!(got.contains(&(true, "Tổng cộng, Nữ: 120 + 700 + 30 = 850 ✓".to_string())));
        let english = "Results\n\nRegion\tVotes\nNorth\t1,200\nSouth\t950\nTotal\t2,250\n";
        assert_eq!(
            sums(english, Language::En),
            [(
                true,
                "Total, Votes: 1,200 + 950 = 2,150 ≠ 2,250 ✗".to_string()
            )]
            .iter()
            .map(|(_, e)| (false, e.clone()))
            .collect::<Vec<_>>()
        );
    }

    #[test]
    fn rates_and_percentages_make_no_total() {
        // A whole province's rate among its districts' is no sum.
        let rates = "Tỷ lệ hộ nghèo\n\nĐơn vị\tTỷ lệ\nHuyện A\t3,2\nHuyện B\t4,1\nToàn tỉnh\t3,6\n";
        assert!(sums(rates, Language::Vi).is_empty());
        let shares = "Đơn vị\tTỷ lệ\nHuyện A\t30%\nHuyện B\t70%\nTổng cộng\t100%\n";
        assert!(sums(shares, Language::Vi).is_empty());
    }
}
