//! Totals and the parts the text gives for them.
//!
//! A breakdown is recognised by how the text introduces it:
//!
//! - in brackets after the total: "1.038 lượt (đương chức 150 lượt, hưu trí
//!   863 lượt, Mẹ Việt Nam Anh hùng 25 lượt)";
//! - after a colon: "25 đảng viên … với các hình thức: khiển trách 19, cảnh
//!   cáo 2, cách chức 1, khai trừ 3";
//! - after "gồm", "bao gồm", "consisting of", which list every part, or
//!   "trong đó", "including", "of which", which may list only some: then the
//!   parts must not exceed the total, and only a full match is reported;
//! - as a list of the same noun right after the total ("128 chỉ tiêu …, 22
//!   chỉ tiêu …, 84 chỉ tiêu …, 22 chỉ tiêu …"), reported only when it adds up,
//!   since nothing but the shared noun says the list is a breakdown;
//! - summed up after its parts, in a sentence that opens "Như vậy", "Tính
//!   chung", "In total": "… 491.262 m2 sàn … 270.000 m2 sàn. Như vậy, … đạt
//!   trên 761.000 m2 sàn", also reported only when it adds up.

use super::{agrees, amount, precision, punct_ahead, sum_explanation};
use crate::figures::lexicon::{DEFICIT, EXHAUSTIVE, OPENS_PARTS, PARTIAL, SUMMING_UP, SURPLUS};
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Kind, Qualifier};
use crate::text::reach::{FIGURES, TOKENS};

/// Words that name the rest of a list ("còn lại", "the rest").
static LIST_REST: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.list_rest);

/// How sure the text makes us that the parts are all the parts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Breakdown {
    /// Every part is listed: check equality.
    Full,
    /// Some parts may be missing: report equality, or parts exceeding the total.
    Partial,
    /// No word says it is a breakdown: report only when it adds up.
    Implied,
}

fn same_unit(total: &Candidate, part: &Candidate) -> bool {
    let kinds_match =
        total.kind == part.kind || (total.kind == Kind::Ratio && part.kind == Kind::Count);
    let lower = |u: &str| {
        u.trim()
            .chars()
            .flat_map(crate::text::case::lower)
            .collect::<Vec<_>>()
    };
    match (&total.unit, &part.unit) {
        (Some(a), Some(b)) if kinds_match => a == b || lower(a) == lower(b),
        _ => false,
    }
}

/// Where a search for what introduces a breakdown may stop: at the last
/// figure that could be a part (the cue comes before its parts).
fn horizon(t: &crate::text::tokens::Tokens, figs: &[Candidate]) -> usize {
    figs.last().map_or(t.len(), |f| f.last)
}

/// Finds the sums the text states.
pub fn find(cx: &Context, figs: &[Candidate]) -> Vec<Check> {
    let mut out = Vec::new();
    let mut used = vec![false; figs.len()];
    for k in 0..figs.len() {
        let total = &figs[k];
        if used[k]
            || total.kind == Kind::Number
            || amount(total).is_none()
            || total.change.is_some()
        {
            continue;
        }
        // A breakdown holds at most FIGURES parts after its total: prose never
        // lists more, and one endless sentence of figures (a pasted table with
        // no full stops) must not cost the square of its length.
        let near = &figs[..figs.len().min(k + 1 + FIGURES)];
        let found = bracketed(cx, near, k)
            .or_else(|| after_colon(cx, near, k))
            .or_else(|| introduced(cx, near, k).filter(|(parts, _)| parts.len() >= 2))
            .or_else(|| listed(cx, near, k))
            .or_else(|| summed_up(cx, figs, k));
        let Some((parts, breakdown)) = found else {
            continue;
        };
        // A balance counts its shortfalls against its gains: "xuất siêu 1,36
        // tỷ USD; trong đó, khu vực trong nước nhập siêu 7,74 tỷ USD; khu
        // vực FDI xuất siêu 9,10 tỷ USD" is −7,74 + 9,10. A part the text
        // gives no sign has its total's.
        let total_word = sign(cx, total);
        let mut total_sign = total_word.unwrap_or(1.0);
        let part_words: Vec<Option<f64>> = parts.iter().map(|&p| sign(cx, &figs[p])).collect();
        let mut signs: Vec<f64> = part_words.iter().map(|s| s.unwrap_or(total_sign)).collect();
        // A balance over two parts no word signs ("xuất siêu sang Hoa Kỳ
        // 28,77 tỷ USD (xuất khẩu đạt 39,42 tỷ USD, nhập khẩu 10,65 tỷ
        // USD)"): the larger less the smaller, told only where it holds, for
        // which part counts against the other no word says.
        let balance = parts.len() == 2
            && part_words.iter().all(Option::is_none)
            && super::implied::named_sign(cx, figs, k).is_some();
        if balance {
            let larger = usize::from(amount(&figs[parts[1]]) > amount(&figs[parts[0]]));
            total_sign = 1.0;
            signs = vec![-1.0, -1.0];
            signs[larger] = 1.0;
        }
        let signed = total_sign < 0.0 || signs.iter().any(|&s| s < 0.0);
        // Every sign written out: the balance is as sure as any breakdown.
        let sure = total_word.is_some() && part_words.iter().all(Option::is_some);
        let values: Vec<f64> = parts
            .iter()
            .zip(&signs)
            .filter_map(|(&p, &s)| amount(&figs[p]).map(|v| v * s))
            .collect();
        let expected = amount(total).unwrap_or(0.0) * total_sign;
        let actual: f64 = values.iter().sum();
        let q = match total.qualifier {
            _ if total.kind == Kind::Ratio => Qualifier::Exact,
            // "nhập siêu hơn 7 tỷ": more than 7 short, at most −7.
            Qualifier::Over if total_sign < 0.0 => Qualifier::Under,
            Qualifier::Under if total_sign < 0.0 => Qualifier::Over,
            q => q,
        };
        // A total agrees to the precision it is written in: "162 tỷ đồng" for
        // parts of 157 and 5,03 tỷ is right.
        let written = precision(total, expected);
        // A part written round to one digit before a scale word is rounded,
        // and may be off by what its rounding allows: "1.669 tỷ đồng. Trong
        // đó, … 1.068 tỷ đồng; … 600 tỷ đồng" adds up ("30 workers" is
        // thirty).
        let rounded: f64 = parts
            .iter()
            .filter(|&&p| figs[p].scale > 1.0)
            .filter_map(|&p| {
                let v = amount(&figs[p])?.abs();
                Some(super::implied::written_precision(cx, &figs[p], v) - precision(&figs[p], v))
            })
            .sum();
        let ok = agrees(expected, actual, q)
            || (q == Qualifier::Exact && (expected - actual).abs() <= written + rounded);
        // A sign taken from the total, not written, may be wrong: such a
        // balance that does not add up is not cried wolf over.
        // Parts a hundred times smaller or larger than their total are of
        // something else ("hơn 132 triệu cổ phiếu … (cổ đông sở hữu 100 cổ
        // phiếu sẽ nhận thêm 5 cổ phiếu)"): no reader would add them up.
        let apart = expected != 0.0 && !(0.01..=100.0).contains(&(actual / expected).abs());
        // A part larger than its whole, where none counts against another,
        // is no part of it ("… lên mức 573 triệu USD … Trong đó, … cán mốc
        // gần 11,1 tỉ USD"): such a breakdown is told only where it adds up.
        let larger = !signed
            && parts
                .iter()
                .any(|&p| amount(&figs[p]).is_some_and(|v| v > expected.abs() + written));
        let report = match breakdown {
            _ if apart => false,
            _ if larger => ok,
            _ if balance => ok,
            _ if signed && !sure => ok,
            Breakdown::Full => true,
            Breakdown::Partial => ok || actual > expected + written,
            Breakdown::Implied => ok,
        };
        if !report {
            continue;
        }
        parts.iter().for_each(|&p| used[p] = true);
        // Written in the scale the article uses: "471.813 tỷ đồng" reads as
        // 471.813, not 471.813.000.000.000.
        let scale = parts
            .iter()
            .map(|&p| figs[p].scale)
            .fold(total.scale, f64::min)
            .max(1.0);
        let scaled: Vec<f64> = values.iter().map(|v| v / scale).collect();
        let explanation =
            sum_explanation(&scaled, expected / scale, actual / scale, ok, q, cx.marks);
        out.push(Check {
            kind: CheckKind::Sum,
            total: k,
            parts,
            expected,
            actual,
            ok,
            explanation,
            scale: Some(scale),
        });
    }
    out
}

/// The sign the words before an amount give it: −1 after "nhập siêu",
/// "lỗ", "deficit of"; +1 after "xuất siêu", "lãi", "surplus of".
fn sign(cx: &Context, f: &Candidate) -> Option<f64> {
    if DEFICIT.longest_before(cx.t, f.first).is_some() {
        Some(-1.0)
    } else {
        SURPLUS.longest_before(cx.t, f.first).map(|_| 1.0)
    }
}

/// True when a figure between the total and its breakdown would be read as
/// another total of the same thing (so the breakdown is not this total's).
fn rival_between(cx: &Context, figs: &[Candidate], k: usize, end_tok: usize) -> bool {
    cx.reach
        .ahead(k + 1, figs.len(), FIGURES)
        .take_while(|&j| figs[j].last < end_tok)
        .any(|j| same_unit(&figs[k], &figs[j]) && figs[j].change.is_none())
}

/// Parts in brackets later in the total's sentence.
fn bracketed(cx: &Context, figs: &[Candidate], k: usize) -> Option<(Vec<usize>, Breakdown)> {
    let t = cx.t;
    let (_, sentence_end) = cx.sentence_of(figs[k].first);
    let mut past = 0; // the bracket just read ends before this token
    for i in cx.reach.ahead(figs[k].last + 1, horizon(t, figs), TOKENS) {
        if t.start(i) >= sentence_end {
            break;
        }
        if i < past {
            continue;
        }
        if t.is_punct(i, '(') {
            let close = punct_ahead(cx, ')', i + 1, t.len(), sentence_end + 1)?;
            if rival_between(cx, figs, k, i) {
                return None;
            }
            // The bracket's parts of this total's unit; and how many things
            // of other units it lists: more of those than parts ("Side Salad
            // (1 cup lettuce, 2 hard-boiled eggs, …, 2 Tbsp. sunflower seeds,
            // 1 tsp. olive oil, 1 Tbsp. balsamic vinegar)") is a list of
            // things, not this total's breakdown.
            let (mut inside, mut others) = (Vec::new(), 0);
            for j in cx.reach.ahead(k + 1, figs.len(), FIGURES) {
                let f = &figs[j];
                if f.first <= i || f.last >= close || f.change.is_some() {
                    continue;
                }
                if same_unit(&figs[k], f) {
                    inside.push(j);
                } else if matches!(f.kind, Kind::Count | Kind::Money | Kind::Quantity) {
                    others += 1;
                }
            }
            if inside.len() >= 2 && others <= inside.len() {
                let partial = cx
                    .reach
                    .ahead(i, close, TOKENS)
                    .any(|j| PARTIAL.longest_at(t, j).is_some());
                return Some((
                    inside,
                    if partial {
                        Breakdown::Partial
                    } else {
                        Breakdown::Full
                    },
                ));
            }
            past = close + 1;
        }
    }
    None
}

/// "… 25 đảng viên … với các hình thức: khiển trách 19, cảnh cáo 2, …"
fn after_colon(cx: &Context, figs: &[Candidate], k: usize) -> Option<(Vec<usize>, Breakdown)> {
    let t = cx.t;
    let (_, sentence_end) = cx.sentence_of(figs[k].first);
    let colon = punct_ahead(cx, ':', figs[k].last + 1, horizon(t, figs), sentence_end)?;
    if rival_between(cx, figs, k, colon) {
        return None;
    }
    let stop =
        punct_ahead(cx, ';', colon + 1, horizon(t, figs), sentence_end).unwrap_or(usize::MAX);
    // (Loops, not chains of adapters, over figures: see ARCHITECTURE.md.)
    let mut list = Vec::new();
    for j in cx.reach.ahead(k + 1, figs.len(), FIGURES) {
        let f = &figs[j];
        if f.first > colon
            && f.last < stop
            && t.start(f.first) < sentence_end
            && amount(f).is_some()
        {
            list.push(j);
        }
    }
    let fits = |j: usize| {
        figs[j].change.is_none() && (figs[j].kind == Kind::Number || same_unit(&figs[k], &figs[j]))
    };
    (list.len() >= 2 && list.iter().all(|&j| fits(j))).then_some((list, Breakdown::Full))
}

/// "471.813 tỷ đồng, trong đó gồm … 370.360 tỷ đồng, …"; "7.021 tỷ đồng.
/// Trong đó, … 5.573 tỷ đồng, còn lại 1.448 tỷ …". (One part is no sum,
/// but is a part of its whole: [`super::portions`] asks.)
pub(super) fn introduced(
    cx: &Context,
    figs: &[Candidate],
    k: usize,
) -> Option<(Vec<usize>, Breakdown)> {
    let t = cx.t;
    let (_, sentence_end) = cx.sentence_of(figs[k].first);
    let mut cue = None;
    let from = figs[k].last + 1;
    // In the total's sentence, or opening the next one.
    let next_sentence_end = Some(t.first_from(sentence_end).max(from))
        .filter(|&j| j < t.len())
        .map(|j| cx.sentence_of(j).1);
    for i in cx.reach.ahead(from, horizon(t, figs), TOKENS) {
        let at = t.start(i);
        let in_next = at >= sentence_end;
        if in_next
            && !cx.starts_sentence(i)
            && t.kind(i) != Some(crate::text::tokens::TokKind::Space)
        {
            break;
        }
        if let Some((end, _)) = EXHAUSTIVE.longest_at(t, i) {
            cue = Some((end, Breakdown::Full));
        } else if let Some((end, _)) = PARTIAL.longest_at(t, i) {
            // "trong đó gồm": of which, all of it.
            cue = match t.next(end).and_then(|n| EXHAUSTIVE.longest_at(t, n)) {
                Some((full_end, _)) => Some((full_end, Breakdown::Full)),
                None => Some((end, Breakdown::Partial)),
            };
        }
        // "… đạt 1.091,1 nghìn tỷ đồng. Trong vốn đầu tư toàn xã hội …, vốn
        // khu vực Nhà nước đạt 440,5 nghìn tỷ đồng; …": implied.
        if cue.is_none() && in_next {
            cue = OPENS_PARTS
                .longest_at(t, i)
                .map(|(end, _)| (end, Breakdown::Implied));
        }
        if cue.is_some() || (in_next && t.kind(i) != Some(crate::text::tokens::TokKind::Space)) {
            break;
        }
    }
    let (cue_end, mut breakdown) = cue?;
    let end = if t.start(cue_end) >= sentence_end {
        next_sentence_end?
    } else {
        sentence_end
    };
    if rival_between(cx, figs, k, cue_end) {
        return None;
    }
    let mut parts = Vec::new();
    for j in cx.reach.ahead(k + 1, figs.len(), FIGURES) {
        let f = &figs[j];
        if f.first > cue_end
            && t.start(f.first) < end
            && f.change.is_none()
            && same_unit(&figs[k], f)
        {
            parts.push(j);
        }
    }
    // "còn lại" (the rest) closes a list: it was all the parts.
    if cx
        .reach
        .ahead(cue_end, horizon(t, figs), TOKENS)
        .take_while(|&j| t.start(j) < end)
        .any(|j| LIST_REST.iter().any(|r| t.phrase_at(j, r).is_some()))
    {
        breakdown = Breakdown::Full;
    }
    (!parts.is_empty()).then_some((parts, breakdown))
}

/// "128 chỉ tiêu …, đến nay có 22 chỉ tiêu …, 84 chỉ tiêu …, 22 chỉ tiêu …":
/// the same noun listed right after the total, in its sentence.
fn listed(cx: &Context, figs: &[Candidate], k: usize) -> Option<(Vec<usize>, Breakdown)> {
    if figs[k].kind != Kind::Count {
        return None;
    }
    let t = cx.t;
    let (_, sentence_end) = cx.sentence_of(figs[k].first);
    let mut parts = Vec::new();
    for j in cx.reach.ahead(k + 1, figs.len(), FIGURES) {
        if t.start(figs[j].first) >= sentence_end {
            break;
        }
        if amount(&figs[j]).is_none() || figs[j].change.is_some() {
            continue;
        }
        if !same_unit(&figs[k], &figs[j]) {
            if matches!(
                figs[j].kind,
                Kind::Count | Kind::Money | Kind::Quantity | Kind::Number
            ) {
                return None;
            }
            continue;
        }
        parts.push(j);
    }
    (parts.len() >= 2).then_some((parts, Breakdown::Implied))
}

/// "… 491.262 m2 sàn … 270.000 m2 sàn. Như vậy, … tổng diện tích … đạt trên
/// 761.000 m2 sàn": a total after its parts, in a sentence that sums up the
/// paragraph. Reported only when it adds up.
fn summed_up(cx: &Context, figs: &[Candidate], k: usize) -> Option<(Vec<usize>, Breakdown)> {
    let t = cx.t;
    let (sentence_start, _) = cx.sentence_of(figs[k].first);
    let first_tok = t.first_from(sentence_start).min(figs[k].first);
    let first_tok = (first_tok..figs[k].first)
        .find(|&j| t.kind(j) != Some(crate::text::tokens::TokKind::Space))?;
    SUMMING_UP.longest_at(t, first_tok)?;
    // The paragraph: back to the last line break. A paragraph of more figures
    // than a walk may visit is no sum a reader would check.
    let para_start = cx.facts.line_start(t.text, sentence_start);
    let from = figs[..k].partition_point(|f| t.start(f.first) < para_start);
    if k - from > FIGURES {
        return None;
    }
    let mut parts = Vec::new();
    for j in cx.reach.back(k, from, FIGURES) {
        let f = &figs[j];
        if t.start(f.first) < sentence_start && f.change.is_none() && same_unit(&figs[k], f) {
            parts.push(j);
        }
    }
    parts.reverse();
    (parts.len() >= 2).then_some((parts, Breakdown::Implied))
}

#[cfg(test)]
mod tests {
    use crate::model::{Language, Options};

    use crate::testing::checks;

    #[test]
    fn vietnamese() {
        #[rustfmt::skip]
        let rows: &[(&str, &[(bool, &str)])] = &[
            ("Khám 1.038 lượt (đương chức 150 lượt, hưu trí 863 lượt, Mẹ Việt Nam Anh hùng 25 lượt).", &[(true, "150 + 863 + 25 = 1.038 ✓")]),
            ("Khám 1.038 lượt (đương chức 150 lượt, hưu trí 836 lượt, Mẹ Việt Nam Anh hùng 25 lượt).", &[(false, "150 + 836 + 25 = 1.011 ≠ 1.038 ✗")]),
            ("Kỷ luật 25 đảng viên (giảm 2 đảng viên so với cùng kỳ) với các hình thức: khiển trách 19, cảnh cáo 2, cách chức 1, khai trừ 3; đồng thời tăng cường giám sát.", &[(true, "19 + 2 + 1 + 3 = 25 ✓")]),
            ("Kỷ luật 25 đảng viên với các hình thức: khiển trách 18, cảnh cáo 2, cách chức 1, khai trừ 3.", &[(false, "18 + 2 + 1 + 3 = 24 ≠ 25 ✗")]),
            ("Số dư là 471.813 tỷ đồng, trong đó gồm quỹ A là 370.360 tỷ đồng, quỹ B (2.989 tỷ đồng), quỹ C (49.180 tỷ đồng), quỹ D (49.282 tỷ đồng).", &[(false, "370.360 + 2.989 + 49.180 + 49.282 = 471.811 ≠ 471.813 ✗")]),
            ("Kinh phí lên tới 7.021 tỷ đồng. Trong đó, mới quyết toán 5.573 tỷ đồng, còn lại 1.448 tỷ vẫn chưa quyết toán.", &[(true, "5.573 + 1.448 = 7.021 ✓")]),
            ("Tổng thu 148.375 tỷ đồng. Trong đó, lãi đầu tư là 32.476 tỷ đồng, thu khác 5.000 tỷ đồng.", &[]),
            ("Đối với 128 chỉ tiêu của nhiệm kỳ, đến nay có 22 chỉ tiêu hoàn thành vượt mức, 84 chỉ tiêu đã hoàn thành, 22 chỉ tiêu sẽ được đánh giá.", &[(true, "22 + 84 + 22 = 128 ✓")]),
            ("Đối với 128 chỉ tiêu của nhiệm kỳ, đến nay có 22 chỉ tiêu hoàn thành vượt mức, 80 chỉ tiêu đã hoàn thành.", &[]),
            ("Có 1.899/1.899 chi bộ đã xây dựng kế hoạch (1.462 chi bộ có chi ủy, 437 chi bộ không có chi ủy), đạt 100%.", &[(true, "1.462 + 437 = 1.899 ✓"), (true, "1.899 / 1.899 = 100% ✓")]),
        ];
        for (text, want) in rows {
            let want: Vec<(bool, String)> =
                want.iter().map(|(ok, e)| (*ok, e.to_string())).collect();
            assert_eq!(checks(text), want, "{text}");
        }
    }

    #[test]
    fn english() {
        let en = Options {
            language: Some(Language::En),
            ..Default::default()
        };
        let a = crate::analyze(
            "The fund holds $12 million, consisting of $7 million in bonds and $4 million in cash.",
            &en,
        );
        assert_eq!(a.checks.len(), 1);
        assert!(!a.checks[0].ok);
        assert_eq!(a.checks[0].explanation, "7 + 4 = 11 ≠ 12 ✗");
        let b = crate::analyze(
            "The city hired 45 workers (30 workers in parks and 15 workers in libraries).",
            &en,
        );
        assert_eq!(b.checks[0].explanation, "30 + 15 = 45 ✓");
        let c = crate::analyze(
            "Sales reached 500 units, including 300 units online and 100 units in stores.",
            &en,
        );
        assert!(c.checks.is_empty(), "{:?}", c.checks);
    }
}
