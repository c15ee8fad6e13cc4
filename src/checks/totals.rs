//! A table's total rows, checked against their parts.
//!
//! First the sums a table holds without a word for them ([`blocks`]): a
//! row each of whose columns is the sum of a run of rows next to it,
//! above or below, over blocks found inside that run; a group's head row
//! ends a run. Then a group of one member, numbered as the groups found so
//! are ([`lone_members`]: "III." over its one district where "I." and "II."
//! were found over theirs). Then the rows whose label writes their arithmetic over
//! other rows by number ([`formulas`]: "15. Tổng lợi nhuận (11)+(14)").
//! Then the rows a total's label names that no block found:
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
    let mut out = Vec::new();
    for (t, grid) in tables.iter().zip(&grids) {
        let (mut held, ends) = blocks(cx, figs, t, grid, &mut out);
        lone_members(cx, figs, t, grid, &ends, &mut held, &mut out);
        formulas(cx, figs, t, grid, &mut held, &mut out);
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
                if held.contains(&(r, c)) {
                    continue;
                }
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
                let ok = within(actual, expected, allowance);
                out.push(column_check(
                    cx,
                    figs,
                    t,
                    (r, c),
                    label,
                    total,
                    parts,
                    &values,
                    actual,
                    ok,
                ));
            }
            from = r + 1;
        }
    }
    out
}

/// The most rows a block's sum walks over from its total.
const BLOCK_ROWS: usize = 60;

/// The sums a table holds without a word for them, each found because it
/// holds: a row whose every column is the sum of a run of rows next to it
/// (the rows above it, as "US" under its states or "Net fee revenues"
/// under its two lines; or the rows below it, as "TỔNG SỐ" over its
/// districts), a run that steps over a block already found as one part
/// ("I. Khu vực đồng bằng" and its districts count once). Rows without a
/// number (a group's head, "Long Grain") end a run. Held in two columns or
/// more at once (or in one, under a total's label), with two parts or
/// more, such a sum is no coincidence: each of its columns is a check, ✓;
/// where every column but one holds, in four or more, the one is the
/// table's slip, ✗. Cells without a figure count as zero ("—"), but a
/// column whose parts all lack one is not summed ("-": not published).
/// Returns the (row, column) of every total it checked, and the far end of
/// the block each row was found to total.
fn blocks(
    cx: &Context,
    figs: &[Candidate],
    t: &Table,
    grid: &[Vec<Option<usize>>],
    out: &mut Vec<Check>,
) -> (Vec<(usize, usize)>, Vec<Option<usize>>) {
    let text = cx.t.text;
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    let value = |r: usize, c: usize, like: &Candidate| -> Option<f64> {
        let k = one(grid[r].get(c))?;
        let f = &figs[k];
        (f.kind == like.kind && f.unit == like.unit)
            .then(|| addable(f))
            .flatten()
    };
    let numbered = |r: usize| (1..width).any(|c| grid[r].get(c).copied().flatten().is_some());
    let rows = t.rows.len();
    // The far end of the block each row was found to total, by row.
    let mut ends: Vec<Option<usize>> = vec![None; rows];
    let mut held = Vec::new();
    // Totals under their parts first, top down; then totals over theirs,
    // bottom up: a block is found before the block around it.
    let body = rows.saturating_sub(t.header);
    for (i, up) in (0..2 * body).map(|i| (i % body.max(1), i < body)) {
        let r = if up { t.header + i } else { rows - 1 - i };
        if ends[r].is_some() || !numbered(r) {
            continue;
        }
        let label = t
            .row_label(text, r, 1)
            .map(|c| text[c.0..c.1].trim())
            .unwrap_or("");
        let lower = crate::text::Lower::lower(label);
        let named = TOTAL_ROWS.iter().any(|w| lower.starts_with(*w));
        // The total's figure and amount in each column.
        let totals: Vec<Option<(usize, f64)>> = (0..width)
            .map(|c| {
                let k = one(grid[r].get(c)).filter(|_| c > 0)?;
                Some((k, addable(&figs[k])?))
            })
            .collect();
        let mut sums = vec![0.0; width];
        let mut slack: Vec<f64> = totals
            .iter()
            .map(|x| x.map_or(0.0, |(k, v)| precision(&figs[k], v)))
            .collect();
        let mut filled = vec![0usize; width];
        // Columns with a part over the total, and with a part below zero:
        // parts of one sign over their sum is no sum (a column of codes,
        // "212312" under "21231").
        let mut over = vec![false; width];
        let mut signed = vec![false; width];
        let mut parts: Vec<usize> = Vec::new();
        let mut at = r;
        for _ in 0..BLOCK_ROWS {
            let next = if up {
                at.checked_sub(1).filter(|&n| n >= t.header)
            } else {
                Some(at + 1).filter(|&n| n < rows)
            };
            let Some(n) = next.filter(|&n| numbered(n)) else {
                break;
            };
            parts.push(n);
            for c in 0..width {
                if let Some((k, tv)) = totals[c] {
                    if let Some(v) = value(n, c, &figs[k]) {
                        sums[c] += v;
                        slack[c] += precision(&figs[k], v);
                        filled[c] += 1;
                        over[c] |= v > tv + slack[c];
                        signed[c] |= v < 0.0 || tv < 0.0;
                    }
                }
            }
            // Over a block found before: its total stands for it.
            at = match ends[n] {
                Some(end) if (end < n) == up => end,
                _ => n,
            };
            if parts.len() < 2 {
                continue;
            }
            // A column of zeros, or of totals within their parts' rounding,
            // says nothing ("0 + 0 = 0", "1 + 1 = 2 ≈ 3"): it is no
            // evidence, and no check.
            let telling = |c: usize| {
                totals[c].is_some_and(|(_, v)| filled[c] > 0 && v.abs() > 2.0 * slack[c])
                    && (signed[c] || !over[c])
            };
            let holds = |c: usize| {
                let (_, v) = totals[c].unwrap_or((0, 0.0));
                within(sums[c], v, slack[c])
            };
            let summed: Vec<usize> = (0..width).filter(|&c| telling(c)).collect();
            let wrong: Vec<usize> = summed.iter().copied().filter(|&c| !holds(c)).collect();
            let right = summed.len() - wrong.len();
            let enough = right >= 2 || (named && right == 1);
            if !enough || !at_most_one_slip(right, wrong.len()) {
                continue;
            }
            ends[r] = Some(at);
            // In the text's order: a walk up met them last first.
            if up {
                parts.reverse();
            }
            for &c in &summed {
                let Some((total, _)) = totals[c] else {
                    continue;
                };
                let tf = &figs[total];
                let ks: Vec<usize> = parts
                    .iter()
                    .filter_map(|&p| one(grid[p].get(c)))
                    .filter(|&k| figs[k].kind == tf.kind && figs[k].unit == tf.unit)
                    .collect();
                let values: Vec<f64> = ks.iter().filter_map(|&k| addable(&figs[k])).collect();
                held.push((r, c));
                let ok = !wrong.contains(&c);
                out.push(column_check(
                    cx,
                    figs,
                    t,
                    (r, c),
                    label,
                    total,
                    ks,
                    &values,
                    sums[c],
                    ok,
                ));
            }
            break;
        }
    }
    (held, ends)
}

/// The columns of a sum found by its arithmetic say it is one: all hold,
/// or all but one, where four or more hold (that one is the table's slip).
fn at_most_one_slip(right: usize, wrong: usize) -> bool {
    wrong == 0 || (right >= 4 && wrong == 1)
}

/// How a row's label is numbered: "I." (a group, as a report numbers
/// them), "1." (a member), "a)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Numbering {
    Roman,
    Arabic,
    Letter,
}

fn numbering(label: &str) -> Option<Numbering> {
    let head = label.split_whitespace().next()?;
    let mark = head.strip_suffix(['.', ')'])?;
    if mark.is_empty() {
        None
    } else if mark.len() <= 3 && mark.bytes().all(|b| b.is_ascii_digit()) {
        Some(Numbering::Arabic)
    } else if crate::numbers::roman::parse(mark).is_some() {
        Some(Numbering::Roman)
    } else if mark.chars().count() == 1 && mark.chars().all(char::is_lowercase) {
        Some(Numbering::Letter)
    } else {
        None
    }
}

/// A group of one member: a row numbered as the groups the blocks found
/// over their members are ("III." as "I." and "II." over their "1.", "2."
/// …), over one member row numbered as theirs, and no more. One part alone
/// is no evidence of a sum; two groups of the same numbering found by
/// their arithmetic are. Its columns are checked as a block's: where two
/// hold or more, each ✓; where every one but one holds, in four or more,
/// the one ✗.
fn lone_members(
    cx: &Context,
    figs: &[Candidate],
    t: &Table,
    grid: &[Vec<Option<usize>>],
    ends: &[Option<usize>],
    held: &mut Vec<(usize, usize)>,
    out: &mut Vec<Check>,
) {
    let text = cx.t.text;
    let label = |r: usize| {
        t.row_label(text, r, 1)
            .map(|c| text[c.0..c.1].trim())
            .unwrap_or("")
    };
    let rows = t.rows.len();
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    // The groups found over their members, by their numbering and their
    // first member's.
    let mut shapes: Vec<(Numbering, Numbering)> = Vec::new();
    for (r, end) in ends.iter().enumerate() {
        if !end.is_some_and(|e| e > r) {
            continue;
        }
        if let (Some(head), Some(member)) = (numbering(label(r)), numbering(label(r + 1))) {
            if head != member {
                shapes.push((head, member));
            }
        }
    }
    for r in t.header..rows.saturating_sub(1) {
        let m = r + 1;
        let (Some(head), Some(member)) = (numbering(label(r)), numbering(label(m))) else {
            continue;
        };
        let groups = shapes.iter().filter(|&&s| s == (head, member)).count();
        let alone = m + 1 >= rows || numbering(label(m + 1)) != Some(member);
        if ends[r].is_some() || groups < 2 || !alone {
            continue;
        }
        // Each column: the group's amount and its member's, of one kind and unit.
        let mut summed = Vec::new();
        let mut wrong = Vec::new();
        for c in 1..width {
            let (Some(total), Some(part)) = (one(grid[r].get(c)), one(grid[m].get(c))) else {
                continue;
            };
            let (tf, pf) = (&figs[total], &figs[part]);
            let (Some(tv), Some(pv)) = (addable(tf), addable(pf)) else {
                continue;
            };
            let slack = precision(tf, tv) + precision(pf, pv);
            if tf.kind != pf.kind || tf.unit != pf.unit || tv.abs() <= 2.0 * slack {
                continue;
            }
            if !within(pv, tv, slack) {
                wrong.push(c);
            }
            summed.push((c, total, part, pv));
        }
        let right = summed.len() - wrong.len();
        if right < 2 || !at_most_one_slip(right, wrong.len()) {
            continue;
        }
        for (c, total, part, pv) in summed {
            held.push((r, c));
            let ok = !wrong.contains(&c);
            out.push(column_check(
                cx,
                figs,
                t,
                (r, c),
                label(r),
                total,
                vec![part],
                &[pv],
                pv,
                ok,
            ));
        }
    }
}

/// The rows whose label gives their arithmetic over other rows by number,
/// as a financial statement writes it: "15. Tổng lợi nhuận kế toán trước
/// thuế (11)+(14)", "11. Lợi nhuận thuần (5)+(6)-(7)+(8)-(9)-(10)", each
/// row's number the one its label opens with ("11. …"). Each column where
/// the row and every named row has its figure (or an empty cell, a nought)
/// is checked, ✓ or ✗, the signs as the label gives them: "(1)-(2):
/// 1.167.489 − 14.290 = 1.153.199 ≈ 1.153.200 ✓".
fn formulas(
    cx: &Context,
    figs: &[Candidate],
    t: &Table,
    grid: &[Vec<Option<usize>>],
    held: &mut Vec<(usize, usize)>,
    out: &mut Vec<Check>,
) {
    let text = cx.t.text;
    let first = |r: usize| t.rows[r].first().map_or("", |c| text[c.0..c.1].trim());
    // Each row number's row (the first that opens with it).
    let mut numbered: crate::text::phrases::Map<&str, usize> = Default::default();
    for r in 0..t.rows.len() {
        if let Some(n) = row_number(first(r)) {
            numbered.entry(n).or_insert(r);
        }
    }
    for r in t.header..t.rows.len() {
        let label = first(r);
        let Some(terms) = formula(label) else {
            continue;
        };
        let rows: Option<Vec<(f64, usize)>> = terms
            .iter()
            .map(|&(sign, n)| Some((sign, *numbered.get(n)?)))
            .collect();
        let Some(rows) = rows.filter(|rows| rows.iter().all(|&(_, p)| p != r)) else {
            continue;
        };
        for c in 1..t.rows[r].len() {
            let Some(total) = one(grid[r].get(c)).filter(|_| !held.contains(&(r, c))) else {
                continue;
            };
            let tf = &figs[total];
            let Some(expected) = addable(tf) else {
                continue;
            };
            let mut parts = Vec::new();
            let mut values = Vec::new();
            let mut allowance = precision(tf, expected);
            let summed = rows.iter().all(|&(sign, p)| {
                let cell = t.rows[p].get(c).map_or("", |x| text[x.0..x.1].trim());
                match grid[p].get(c).copied().flatten() {
                    Some(k) if k != MANY && figs[k].kind == tf.kind && figs[k].unit == tf.unit => {
                        let Some(v) = addable(&figs[k]) else {
                            return false;
                        };
                        parts.push(k);
                        values.push(sign * v);
                        allowance += precision(&figs[k], v);
                        true
                    }
                    // An empty cell, or a dash: nought.
                    None => cell.chars().all(|ch| matches!(ch, '-' | '–' | '—')),
                    _ => false,
                }
            });
            if !summed || parts.is_empty() {
                continue;
            }
            let actual: f64 = values.iter().sum();
            let ok = within(actual, expected, allowance);
            held.push((r, c));
            out.push(column_check(
                cx,
                figs,
                t,
                (r, c),
                label,
                total,
                parts,
                &values,
                actual,
                ok,
            ));
        }
    }
}

/// The number a row's label opens with: "11" of "11. Lợi nhuận thuần" (not
/// of "2.1 Đăng ký cấp mới", a part's index, nor of "2015").
fn row_number(label: &str) -> Option<&str> {
    let digits = label.len() - label.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &label.as_bytes()[digits..];
    let ends = match rest {
        [] => true,
        [b'.', next, ..] => !next.is_ascii_digit(),
        [b'.'] | [b')', ..] => true,
        _ => false,
    };
    (digits > 0 && digits <= 3 && ends).then(|| &label[..digits])
}

/// The rows a label's formula names by number, each with its sign:
/// "(5)+(6)-(7)" is [(1, "5"), (1, "6"), (−1, "7")]. Two terms or more, in
/// brackets, joined by plus and minus signs; a lone "(3)" is a note.
fn formula(label: &str) -> Option<Vec<(f64, &str)>> {
    fn terms_at(mut rest: &str) -> Option<Vec<(f64, &str)>> {
        let mut terms = Vec::new();
        let mut sign = 1.0;
        loop {
            let inner = rest.strip_prefix('(')?;
            let close = inner.find(')')?;
            let n = inner[..close].trim();
            if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            terms.push((sign, n));
            rest = inner[close + 1..].trim_start();
            let Some(op) = rest.chars().next() else { break };
            sign = match op {
                '+' => 1.0,
                '-' | '−' | '–' => -1.0,
                _ => break,
            };
            rest = rest[op.len_utf8()..].trim_start();
        }
        (terms.len() >= 2).then_some(terms)
    }
    label
        .match_indices('(')
        .find_map(|(at, _)| terms_at(&label[at..]))
}

/// The check of column `c` of total row `r`: "label, column: a + b = c
/// ✓", the numbers as the table writes them (its scale divided out:
/// "1.167.489", not "1.167.489.000.000").
#[allow(clippy::too_many_arguments)]
fn column_check(
    cx: &Context,
    figs: &[Candidate],
    t: &Table,
    (r, c): (usize, usize),
    label: &str,
    total: usize,
    parts: Vec<usize>,
    values: &[f64],
    actual: f64,
    ok: bool,
) -> Check {
    let expected = addable(&figs[total]).unwrap_or(0.0);
    let scale = figs[total].scale.max(1.0);
    let written: Vec<f64> = values.iter().map(|v| v / scale).collect();
    let mut explanation = String::from(label);
    if let Some(h) = t.column_label(r, c) {
        explanation.push_str(", ");
        explanation.push_str(&h.read(cx.t.text));
    }
    explanation.push_str(": ");
    explanation.push_str(&sum_explanation(
        &written,
        expected / scale,
        actual / scale,
        ok,
        Qualifier::Exact,
        cx.marks,
    ));
    Check {
        kind: CheckKind::Sum,
        total,
        parts,
        expected,
        actual,
        ok,
        explanation,
        scale: Some(scale),
    }
}

/// Whether parts that add up to `actual` make `expected`, within the
/// `allowance` their rounding gives (and a float's noise).
fn within(actual: f64, expected: f64, allowance: f64) -> bool {
    (actual - expected).abs() <= allowance + 1e-9 * expected.abs().max(1.0)
}

/// The figure of a cell that holds one.
fn one(slot: Option<&Option<usize>>) -> Option<usize> {
    slot.copied().flatten().filter(|&i| i != MANY)
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

    /// A district table as a statistics yearbook sets it: the total first,
    /// over its areas, each over its districts; a group's head between.
    const TREE: &str = "ĐVT: Doanh nghiệp\n\t2012\t2013\t2014\t2015\t2016\n\
        TỔNG SỐ\t2.399\t2.592\t2.801\t2.811\t2.900\n\
        I. Đồng bằng\t2.250\t2.423\t2.611\t2.619\t2.700\n\
        1. Huyện A\t1.229\t1.422\t1.561\t1.557\t1.600\n\
        2. Huyện B\t1.021\t1.001\t1.050\t1.062\t1.100\n\
        II. Miền núi\t149\t169\t190\t192\t200\n\
        3. Huyện C\t100\t110\t125\t130\t140\n\
        4. Huyện D\t49\t59\t65\t62\t60\n";

    #[test]
    fn a_block_that_holds_is_found_over_the_blocks_inside_it() {
        let got = sums(TREE, Language::Vi);
        assert!(
            got.contains(&(true, "TỔNG SỐ, 2013: 2.423 + 169 = 2.592 ✓".to_string())),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                true,
                "I. Đồng bằng, 2012: 1.229 + 1.021 = 2.250 ✓".to_string()
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(true, "II. Miền núi, 2015: 130 + 62 = 192 ✓".to_string())),
            "{got:?}"
        );
        assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
        // One cell planted wrong, where four columns hold: the slip, named.
        let planted = TREE.replace("3. Huyện C\t100\t110", "3. Huyện C\t100\t140");
        let got = sums(&planted, Language::Vi);
        assert!(
            got.contains(&(
                false,
                "II. Miền núi, 2013: 140 + 59 = 199 ≠ 169 ✗".to_string()
            )),
            "{got:?}"
        );
        assert_eq!(got.iter().filter(|(ok, _)| !ok).count(), 1, "{got:?}");
    }

    #[test]
    fn a_label_s_formula_is_checked_with_its_signs() {
        let statement = "Đơn vị: triệu đồng\n\tQ1\tQ2\n1. Doanh thu\t1.167.489\t1.422.524\n\
                         2. Giảm trừ\t14.290\t15.692\n3. Doanh thu thuần (1)-(2)\t1.153.200\t1.406.831\n\
                         4. Thu khác\t1.580\t\n5. Lợi nhuận (3)+(4)\t1.154.780\t1.406.831\n";
        let got = sums(statement, Language::Vi);
        assert!(
            got.contains(&(
                true,
                "3. Doanh thu thuần (1)-(2), Q1: 1.167.489 − 14.290 = 1.153.199 ≈ 1.153.200 ✓"
                    .to_string()
            )),
            "{got:?}"
        );
        // An empty cell is a nought.
        assert!(
            got.contains(&(
                true,
                "5. Lợi nhuận (3)+(4), Q2: 1.406.831 = 1.406.831 ✓".to_string()
            )),
            "{got:?}"
        );
        let planted = statement.replace("14.290", "14.920");
        let got = sums(&planted, Language::Vi);
        assert!(
            got.contains(&(
                false,
                "3. Doanh thu thuần (1)-(2), Q1: 1.167.489 − 14.920 = 1.152.569 ≠ 1.153.200 ✗"
                    .to_string()
            )),
            "{got:?}"
        );
        // A note's "(3)" is no formula.
        let notes = "\tQ1\tQ2\nEarnings (3)\t5\t6\nShares (1)\t7\t8\nTotal (1)\t12\t14\n";
        assert!(sums(notes, Language::En)
            .iter()
            .all(|(_, e)| !e.contains("(3)")));
    }

    #[test]
    fn a_column_of_codes_is_no_sum() {
        // Codes whose parts outnumber their total say nothing; the one odd
        // column among four that hold is the slip.
        let table = "Industry\tCode\tJan\tFeb\tMar\tApr\tMay\n\
                     Stone mining\t21231\t31.2\t31.5\t31.2\t31.5\t31.6\n\
                     Limestone\t212312\t17.1\t17.5\t17.1\t17.4\t17.3\n\
                     Other stone\t212311\t14.0\t14.0\t13.9\t14.0\t14.2\n";
        let got = sums(table, Language::En);
        assert!(
            got.contains(&(
                false,
                "Stone mining, Mar: 17.1 + 13.9 = 31 ≠ 31.2 ✗".to_string()
            )),
            "{got:?}"
        );
        assert!(got.iter().all(|(_, e)| !e.contains("Code")), "{got:?}");
    }

    #[test]
    fn columns_of_zeros_and_near_misses_are_no_evidence() {
        // A standings table: wins and poles all zero, points that add to nothing.
        let standings = "Pos\tPoints\tWins\tPoles\tTop 10\n22\t679\t0\t0\t3\n\
                         23\t613\t0\t0\t3\n24\t699\t0\t0\t7\n25\t530\t0\t0\t2\n";
        assert!(
            sums(standings, Language::En).is_empty(),
            "{:?}",
            sums(standings, Language::En)
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
