//! Sums and differences no word states, found because they hold: "Total
//! June exports were $164.4 billion, while imports were $221.2 billion,
//! resulting in a … deficit of $56.8 billion" is 221,2 − 164,4 = 56,8;
//! "Labour 1,961 …, UKIP 320 … / Labour HOLD with a majority of 1,641" is
//! 1.961 − 320 = 1.641.
//!
//! A careful reader checks such arithmetic by trying the figures of one
//! measure that stand close together, and so does this scan. Since nothing
//! but the arithmetic links the figures, a relation is reported only when
//! it holds, never as a failure (no alarm can come from here), and only
//! when chance could hardly have made it hold.
//!
//! # How
//!
//! - **Figures of one measure**: amounts of one kind and unit ("hộ" and "hộ
//!   nghèo" are both of "hộ"), levels with levels and changes with changes,
//!   none a range or a percentage change.
//! - **Close together**: within [`LINES`] non-empty lines of the total,
//!   at most [`SIDE`] such figures either way.
//! - **The arithmetic**: a total `c` is the sum of two of them, or of a run
//!   of three or more that stand next to each other in the text (a list:
//!   "dân tộc Dao với 5.793 hộ, … Tày (5.320 hộ); …"). Every figure counts
//!   as the interval its writing allows: half a unit of its last digit,
//!   "hơn X" from X up, "khoảng X" within 5%.
//! - **Not by chance**: the sums tried that land near `c` (within a factor
//!   of two), each as wide as the intervals it adds, would be hit by a
//!   figure thrown at random about `chance` = (their widths) / (the span
//!   they fall in) of the time. A relation stands only when that is below
//!   [`ALPHA`] and it is the only one found for `c`. Integers in the
//!   hundreds or with decimals pass; a list of one-digit counts, or
//!   percentages rounded to the unit among a dozen others, never does.
//! - **Which is the total**: of `a + b = c` the largest, unless one of the
//!   smaller two is named a difference ("majority of", "deficit",
//!   "xuất siêu"): then it is `c − b`. Where several are named deficits and
//!   surpluses, the signs they give decide ("−56,8 = −70 + 13,3").
//!
//! # Cost
//!
//! Per total: the pairs and runs among at most `2 × SIDE` figures, a few
//! hundred sums; linear in the text.

use super::{precision, sum_explanation};
use crate::figures::lexicon::{BALANCE_SIDES, DEFICIT, MARGIN, SURPLUS};
use crate::figures::{Candidate, Context};
use crate::model::{Check, CheckKind, Direction, Kind, Qualifier, Value};
use crate::text::order::stable_order;
use crate::text::tokens::TokKind;

/// How many non-empty lines away from its total a part may stand: the
/// paragraph and the two either side ("… tháng 7/2017 đạt 35,08 tỷ USD …"
/// / "xuất khẩu … đạt 17,67 tỷ USD …" / "Nhập khẩu … đạt hơn 17,4 tỷ USD").
const LINES: usize = 3;

/// How many figures of the total's measure either way may be its parts.
const SIDE: usize = 10;

/// The share of the relations found by their arithmetic alone that may be
/// coincidence: one in twenty.
const ALPHA: f64 = 0.05;

/// The most chance of a coincidence a relation may carry and stand.
const MOST: f64 = 0.1;

/// How much likelier a relation is real where the words name it: a
/// difference called a "majority", a "deficit", "xuất siêu", which few sums
/// that hold by chance would be.
const NAMED_ODDS: f64 = 4.0;

/// How much likelier a relation is real where the words name its terms
/// by the sides of a balance: a difference of the two sides ("exports",
/// "imports"), or a sum of which every term is of one side.
const SIDES_ODDS: f64 = 10.0;

/// How wide, as a share of the total, the intervals of a relation may be
/// all told: "745.000 + 800.000 ≈ 1,49 triệu" (a round 800.000 may be
/// 750.000 to 850.000) is too loose to say anything.
const TIGHT: f64 = 0.02;

/// The longest run of figures read as a list.
const RUN: usize = 12;

/// A figure that may add up with others: its place, measure and interval.
struct Item {
    /// Index into the figures.
    fig: usize,
    /// The non-empty line it stands on.
    line: usize,
    /// Its line's place among the lines that hold figures of its measure.
    rank: usize,
    /// The measure: kind, change or level, and the unit's first word in
    /// lower case ("hộ" of "hộ nghèo"), hashed.
    measure: u64,
    /// A count in whole units ("1,961", "841 hộ"): what it adds up to is
    /// that number exactly, not to a rounding.
    whole: bool,
    value: f64,
    lo: f64,
    hi: f64,
}

/// A relation found: how likely chance made it, the check, and the sign
/// of each part.
struct Found {
    chance: f64,
    check: Check,
    signs: Vec<f64>,
}

/// Finds the sums and differences among nearby figures of one measure that
/// hold and that chance would hardly make hold. `stated` are the checks
/// already found, whose relations are not told again.
pub fn find(cx: &Context, figs: &[Candidate], stated: &[Check]) -> Vec<Check> {
    let mut items = items(cx, figs);
    // Each measure's items in text order: one stable sort by measure.
    let order = stable_order(items.iter().map(|it| it.measure));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        if n == 0 || items[order[n - 1]].measure != items[i].measure {
            groups.push(Vec::new());
        }
        if let Some(g) = groups.last_mut() {
            g.push(i);
        }
    }
    for seq in &groups {
        let mut rank = 0;
        for w in 1..seq.len() {
            rank += usize::from(items[seq[w - 1]].line != items[seq[w]].line);
            items[seq[w]].rank = rank;
        }
    }
    // Every relation that holds, with the chance that one would hold for
    // its total by accident; and that chance for every total tried.
    let mut found: Vec<Found> = Vec::new();
    let mut chances: Vec<f64> = Vec::new();
    for seq in &groups {
        for pos in 0..seq.len() {
            // The paragraph first, then wider. Each reach tried is one more
            // look (Bonferroni): a relation found at reach k pays k + 1
            // times the chance there.
            // Each relation counts at the reach where it is likeliest real.
            let mut best: Vec<(Vec<usize>, f64)> = Vec::new();
            let mut least = f64::INFINITY;
            for lines in 0..=LINES {
                let (hits, chance) = parts_of(&items, seq, pos, lines);
                let p = chance * (lines + 1) as f64;
                if chance > 0.0 {
                    least = least.min(p);
                }
                // One relation, whichever of a figure told twice it takes.
                let same = |p: &[usize], q: &[usize]| {
                    p.len() == q.len()
                        && p.iter()
                            .all(|&i| q.iter().any(|&j| items[j].value == items[i].value))
                };
                for hit in hits {
                    match best.iter_mut().find(|(parts, _)| same(parts, &hit)) {
                        Some(seen) => seen.1 = seen.1.min(p),
                        None => best.push((hit, p)),
                    }
                }
                // A total that many sums reach is no evidence of any (and
                // a table of such totals stays linear).
                if best.len() > RUN {
                    best.clear();
                    break;
                }
            }
            if least.is_finite() {
                chances.push(least);
            }
            // Two relations of one total that share a figure are one choice
            // the arithmetic cannot make ("$US540 million or $US548 million,
            // with $US1.51 billion, is $US2.05 billion"): neither stands.
            let shared: Vec<bool> = best
                .iter()
                .map(|(p, _)| {
                    best.iter().filter(|(q, _)| q != p).any(|(q, _)| {
                        q.iter()
                            .any(|&i| p.iter().any(|&j| items[j].value == items[i].value))
                    })
                })
                .collect();
            let mut shared = shared.into_iter();
            best.retain(|_| !shared.next().unwrap_or(false));
            for (parts, best_p) in best {
                let (check, signs, odds) = relation(cx, figs, &items, seq[pos], &parts);
                // Words that name the difference make a coincidence less
                // likely by NAMED_ODDS, and the sides of its balance by
                // SIDES_ODDS more.
                // A breakdown the words announce after the total ("… 2,26
                // triệu tỷ đồng … Cụ thể, vốn khu vực Nhà nước đạt 634 nghìn
                // tỷ đồng …"), whose parts the arithmetic completes, is as
                // likely real as a named difference.
                let k = check.total;
                let near = &figs[..figs.len().min(k + 1 + crate::text::reach::FIGURES)];
                let announced = super::breakdowns::introduced(cx, near, k)
                    .is_some_and(|(listed, _)| listed.iter().any(|p| check.parts.contains(p)));
                let odds = if announced { odds * NAMED_ODDS } else { odds };
                let chance = best_p / odds;
                found.push(Found {
                    chance,
                    check,
                    signs,
                });
            }
        }
    }
    // Over the whole text, the relations that stand are the k most certain,
    // for the largest k at whose k-th chance t the coincidences to expect
    // (the chances, at most t, of every total tried) are at most ALPHA·k:
    // of the relations reported, about a share ALPHA or less may be chance,
    // however long the text.
    let by_chance = stable_order(found.iter().map(|f| f.chance.to_bits()));
    let tried = stable_order(chances.iter().map(|p| p.to_bits()));
    let (mut keep, mut expected, mut j) = (0, 0.0, 0);
    for (k, &f) in by_chance.iter().enumerate() {
        let t = found[f].chance;
        while j < tried.len() && chances[tried[j]] <= t {
            expected += chances[tried[j]];
            j += 1;
        }
        if t <= MOST && expected <= ALPHA * (k + 1) as f64 {
            keep = k + 1;
        }
    }
    // The kept, most certain first.
    let mut slots: Vec<Option<Found>> = found.into_iter().map(Some).collect();
    let found: Vec<Found> = by_chance[..keep]
        .iter()
        .filter_map(|&i| slots[i].take())
        .collect();
    // What is told already, by the same figures or the same values (a
    // paragraph repeated, a figure restated): the first of each stands.
    let told = repeats(figs, stated, &found);
    let mut out: Vec<Check> = Vec::new();
    for (f, again) in found.into_iter().zip(told) {
        if again {
            continue;
        }
        // "Labour 1,961 (73%), UKIP 320 (12%) … a majority of 1,641
        // (61%)": the shares in brackets follow their counts.
        let shares = alongside(cx, figs, &f.check, &f.signs);
        out.push(f.check);
        out.extend(shares);
    }
    out
}

/// For each relation found, whether the checks stated or an earlier one
/// hold the same figures or the same values. One sort of keys that do not
/// depend on the order of the parts, so a long table stays linear.
fn repeats(figs: &[Candidate], stated: &[Check], found: &[Found]) -> Vec<bool> {
    // A 64-bit mix (SplitMix64's finaliser), summed: the same set, the same key.
    let mix = |x: u64| {
        let x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        let x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        x ^ (x >> 31)
    };
    let value = |i: usize| match figs[i].value {
        Value::Number(x) | Value::Pair(x, _) => x.to_bits(),
        _ => u64::MAX,
    };
    let all = stated.iter().chain(found.iter().map(|f| &f.check));
    let mut keys: Vec<u64> = Vec::new();
    for c in all {
        let members = c.parts.iter().chain(std::iter::once(&c.total));
        keys.push(
            members
                .clone()
                .fold(0, |h, &i| h.wrapping_add(mix(i as u64))),
        );
        keys.push(members.fold(1, |h, &i| h.wrapping_add(mix(value(i)))));
    }
    let mut again = vec![false; found.len()];
    let order = stable_order(keys.iter().copied());
    for w in 1..order.len() {
        // Equal keys in order: every one after the first is told again.
        let (a, b) = (order[w - 1], order[w]);
        if keys[a] == keys[b] && b / 2 >= stated.len() {
            again[b / 2 - stated.len()] = true;
        }
    }
    again
}

/// The figures that may add up, with their lines and intervals.
fn items(cx: &Context, figs: &[Candidate]) -> Vec<Item> {
    let text = cx.t.text;
    let mut out = Vec::new();
    let (mut at, mut line, mut filled) = (0, 0, false);
    for (k, f) in figs.iter().enumerate() {
        // Count the non-empty lines up to the figure ("\r\n" is one break:
        // the "\n" after "\r" ends an empty line).
        let start = cx.t.start(f.first).min(text.len());
        if start > at {
            for c in text[at..start].chars() {
                if crate::text::tokens::is_line_break(c) {
                    line += usize::from(filled);
                    filled = false;
                } else if !c.is_whitespace() {
                    filled = true;
                }
            }
            at = start;
        }
        let Some(measure) = measure(f) else { continue };
        // "17.435 hộ nghèo trong tổng số 79.677 hộ": the part counted.
        // "-$43.6bn": a balance written negative is its size, the sign
        // its own ([`named_sign`]).
        let v = match f.value {
            Value::Number(v) if f.kind == Kind::Money => v.abs(),
            Value::Number(v) | Value::Pair(v, _) => v,
            _ => continue,
        };
        if v <= 0.0 || !v.is_finite() {
            continue;
        }
        let half = written_precision(cx, f, v);
        let (lo, hi) = match f.qualifier {
            Qualifier::Exact => (v - half, v + half),
            // "hơn 17,4": from 17,4 to what the next digits could add.
            Qualifier::Over => (v, v + 4.0 * half),
            Qualifier::Under => (v - 4.0 * half, v),
            // "khoảng 400 triệu", "gần 127 triệu": a unit of the last digit
            // written either way.
            Qualifier::Approx => (v - 2.0 * half, v + 2.0 * half),
        };
        let whole = matches!(f.kind, Kind::Count | Kind::Number | Kind::Ratio)
            && f.scale <= 1.0
            && v.fract() == 0.0
            && f.qualifier == Qualifier::Exact;
        out.push(Item {
            fig: k,
            line,
            rank: 0,
            measure,
            whole,
            value: v,
            lo,
            hi,
        });
    }
    out
}

/// Half a unit of the last digit the figure writes: "$158.0 billion" is
/// good to 0.05 billion, where its value alone says 0.5.
pub(super) fn written_precision(cx: &Context, f: &Candidate, v: f64) -> f64 {
    let t = cx.t;
    let raw = &t.text.as_bytes()[t.start(f.first)..t.end(f.last)];
    // The digits after the decimal mark of the first number written (the
    // marks are ASCII: bytes will do).
    let (decimal, group) = (cx.marks.decimal as u8, cx.marks.group as u8);
    let first = raw.iter().position(u8::is_ascii_digit).unwrap_or(raw.len());
    let mut decimals: Option<i32> = None;
    for &b in &raw[first..] {
        match (b, decimals) {
            (_, _) if b == decimal => decimals = Some(0),
            (b'0'..=b'9', Some(d)) => decimals = Some(d + 1),
            (b'0'..=b'9', None) => {}
            _ if b == group => {}
            _ => break,
        }
    }
    let scale = f.scale.max(1.0);
    let stated = precision(f, v);
    if let Some(d) = decimals.filter(|&d| d > 0) {
        return (0.5 * 10f64.powi(-d) * scale).min(stated);
    }
    // A round number of one digit says less than its zeros: "200 tỷ" may be
    // 150 to 250, "$40,000" anything from 35,000 to 45,000 ("540", "150"
    // are as exact as they look).
    let mut written = (v / scale).round() as u64;
    let mut unit = 1.0;
    while written >= 10 && written % 10 == 0 {
        written /= 10;
        unit *= 10.0;
    }
    if unit > 1.0 && written < 10 {
        (0.5 * unit * scale).max(stated)
    } else {
        stated
    }
}

/// The measure of a figure that adds up, hashed; None for one that does
/// not (a range, a percentage change, a date).
pub(super) fn measure(f: &Candidate) -> Option<u64> {
    let percent = f.kind == Kind::Percent && f.unit.as_deref() == Some("%");
    let kind = match f.kind {
        _ if f.high.is_some() => return None,
        Kind::Count | Kind::Money | Kind::Quantity | Kind::Number => f.kind,
        Kind::Percent if percent && f.change.is_none() => f.kind,
        Kind::Ratio => Kind::Count,
        _ => return None,
    };
    // FNV-1a over the kind, the change, and the unit's first word in lower
    // case.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |x: u64| h = (h ^ x).wrapping_mul(0x0100_0000_01b3);
    add(kind as u64);
    add(u64::from(f.change.is_some()) + 100);
    let unit = f.unit.as_deref().unwrap_or("");
    for c in unit
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .flat_map(crate::text::case::lower)
    {
        add(c as u64);
    }
    Some(h)
}

/// The parts that make item `seq[pos]` a total: the one pair or run of
/// nearby items of its measure that adds up to it, when chance is unlikely
/// to have made one.
fn parts_of(items: &[Item], seq: &[usize], pos: usize, lines: usize) -> (Vec<Vec<usize>>, f64) {
    let c = &items[seq[pos]];
    // Lines are counted among those that hold figures of the measure: a
    // paragraph of other things between a total and its parts is no gap.
    let near = |i: &usize| items[*i].rank.abs_diff(c.rank) <= lines;
    let reach = SIDE;
    let before: Vec<usize> = seq[pos.saturating_sub(reach)..pos]
        .iter()
        .copied()
        .filter(near)
        .collect();
    let after: Vec<usize> = seq[pos + 1..seq.len().min(pos + 1 + reach)]
        .iter()
        .copied()
        .filter(near)
        .collect();
    let width = c.hi - c.lo;
    // The sums tried that land near the total, their widths, and the hits.
    let (mut widths, mut hits) = (0.0, Vec::new());
    let mut try_sum = |parts: &[usize], lo: f64, hi: f64| {
        let mid = (lo + hi) / 2.0;
        if mid < c.value / 2.0 || mid > c.value * 2.0 {
            return;
        }
        widths += hi - lo + width;
        // Whole counts add up exactly: 165 + 124 is 289, not 290.
        let whole = c.whole && parts.iter().all(|&p| items[p].whole);
        let holds = if whole {
            (mid - c.value).abs() < 0.5
        } else {
            lo <= c.hi && hi >= c.lo
        };
        // A sum that holds only loosely is no evidence: it must pin the
        // total to within TIGHT of its value.
        if holds && hi - lo + width <= TIGHT * c.value {
            hits.push(parts.to_vec());
        }
    };
    // Pairs: any two smaller figures either side.
    // A figure told twice ("a deficit of $56.8 billion" in the lead and
    // again below) is one partner, the first.
    let mut all: Vec<usize> = Vec::with_capacity(before.len() + after.len());
    for &i in before.iter().chain(after.iter()) {
        if !all.iter().any(|&j| items[j].value == items[i].value) && items[i].value != c.value {
            all.push(i);
        }
    }
    for (x, &a) in all.iter().enumerate() {
        for &b in &all[x + 1..] {
            let (a_, b_) = (&items[a], &items[b]);
            if a_.value >= c.value || b_.value >= c.value || a_.value.min(b_.value) <= width {
                continue;
            }
            try_sum(&[a, b], a_.lo + b_.lo, a_.hi + b_.hi);
        }
    }
    // Runs of three or more that stand together on one side.
    for side in [&before, &after] {
        for s in 0..side.len() {
            let (mut lo, mut hi) = (0.0, 0.0);
            for e in s..side.len().min(s + RUN) {
                let it = &items[side[e]];
                if it.value >= c.value || it.value <= width || it.line != items[side[s]].line {
                    break;
                }
                lo += it.lo;
                hi += it.hi;
                if e >= s + 2 {
                    try_sum(&side[s..=e], lo, hi);
                }
            }
        }
    }
    // The span of sums that count as near: from half the total to twice it.
    let chance = widths / (1.5 * c.value);
    (hits, chance)
}

/// The check for total item `c` and its parts, turned to what the text
/// names: a difference where one of the smaller two is a margin or balance.
fn relation(
    cx: &Context,
    figs: &[Candidate],
    items: &[Item],
    c: usize,
    parts: &[usize],
) -> (Check, Vec<f64>, f64) {
    let fig = |i: usize| &figs[items[i].fig];
    // (item, sign) of every figure in the relation, the total first.
    let mut total = c;
    let mut difference = false;
    let mut signed: Vec<(usize, f64)> = parts.iter().map(|&p| (p, 1.0)).collect();
    if let [a, b] = *parts {
        // a and b are the smaller two; the words name some of the three.
        // Three changes no word names carry the signs of their directions:
        // "employment rose 9,800: full-time rose 41,500, part-time fell
        // 31,700" is 41,500 − 31,700 = 9,800.
        let word = |i: usize| named_sign(cx, figs, items[i].fig);
        let moved = |i: usize| {
            let ch = figs[items[i].fig].change.as_ref()?;
            Some(if ch.direction == Direction::Down {
                -1.0
            } else {
                1.0
            })
        };
        let by_direction = [a, b, c]
            .iter()
            .all(|&i| word(i).is_none() && moved(i).is_some());
        let sign = |i: usize| if by_direction { moved(i) } else { word(i) };
        let many = [a, b, c].iter().filter(|&&i| sign(i).is_some()).count() >= 2;
        // Where several are deficits and surpluses, the one their signs make
        // the sum of the others: "−56,8 = −70 + 13,3".
        let by_signs = [(c, a, b), (a, b, c), (b, a, c)]
            .into_iter()
            .filter(|_| many)
            .find(|&(t, p, q)| {
                let v = |i: usize| items[i].value * sign(i).unwrap_or(1.0);
                let slack = [t, p, q]
                    .iter()
                    .map(|&i| items[i].hi - items[i].lo)
                    .sum::<f64>();
                (v(t) - v(p) - v(q)).abs() <= slack / 2.0
            });
        if let Some((t, p, q)) = by_signs {
            let s = |i: usize| sign(i).unwrap_or(1.0) * sign(t).unwrap_or(1.0);
            total = t;
            difference = !by_direction;
            signed = vec![(p, s(p)), (q, s(q))];
        } else if sign(a).is_some() != sign(b).is_some() {
            // One of the smaller two is named a difference: it is c − the other.
            let (d, other) = if sign(a).is_some() { (a, b) } else { (b, a) };
            total = d;
            difference = true;
            signed = vec![(c, 1.0), (other, -1.0)];
        }
    }
    // A named difference of amounts named by the two sides of one balance
    // ("surplus … $5.8 billion", "exports … $40.7 billion", "Imports …
    // $34.9 billion") is the balance's own arithmetic.
    // A sum of amounts all named by one side ("Exports of goods … $116.7
    // billion", "Exports of services … $47.7 billion", "Total June exports
    // … $164.4 billion") is that side's breakdown.
    let sides = |i: usize| named_side(cx, figs, items[i].fig);
    let balanced = difference
        && matches!(*signed, [(p, _), (q, _)]
            if matches!((sides(p), sides(q)), (Some((a, x)), Some((b, y))) if a == b && x != y));
    let one_side = !difference
        && sides(total).is_some_and(|s| signed.iter().all(|&(i, _)| sides(i) == Some(s)));
    let odds = match (difference, balanced || one_side) {
        (true, true) => NAMED_ODDS * SIDES_ODDS,
        (true, false) => NAMED_ODDS,
        (false, true) => SIDES_ODDS,
        (false, false) => 1.0,
    };
    if signed.len() == 2 && signed[0].0 > signed[1].0 {
        signed.swap(0, 1);
    }
    let t = fig(total);
    let expected = items[total].value;
    let values: Vec<f64> = signed.iter().map(|&(i, s)| items[i].value * s).collect();
    let actual: f64 = values.iter().sum();
    let scale = signed
        .iter()
        .map(|&(i, _)| fig(i).scale)
        .fold(t.scale, f64::min)
        .max(1.0);
    let scaled: Vec<f64> = values.iter().map(|v| v / scale).collect();
    let q = t.qualifier;
    // Found because it holds: to the precision of every figure in it.
    let explanation = sum_explanation(&scaled, expected / scale, actual / scale, true, q, cx.marks);
    let check = Check {
        kind: CheckKind::Sum,
        total: items[total].fig,
        parts: signed.iter().map(|&(i, _)| items[i].fig).collect(),
        expected,
        actual,
        ok: true,
        explanation,
        scale: Some(scale),
    };
    (check, signed.iter().map(|&(_, s)| s).collect(), odds)
}

/// How many words before a figure a word naming it a difference may stand,
/// counted in tokens, which are syllables in Vietnamese: "the goods deficit
/// decreased $2.1 billion", "May's deficit figure was upwardly revised to
/// $59.2 billion", "thặng dư thương mại hàng hóa cả nước đạt 7,2 tỷ USD".
const NAMING_WORDS: usize = 10;

/// The sign the words just before figure `k` give it as a difference: −1
/// for a deficit (or an amount of money written negative, "-$43.6bn"), +1
/// for a surplus or a margin; None where no such word stands in its clause.
pub(super) fn named_sign(cx: &Context, figs: &[Candidate], k: usize) -> Option<f64> {
    let t = cx.t;
    if figs[k].kind == Kind::Money && figs[k].value.as_number().is_some_and(|v| v < 0.0) {
        return Some(-1.0);
    }
    clause_words(cx, figs, k, |j| {
        if DEFICIT.longest_at(t, j).is_some() {
            return Some(-1.0);
        }
        (SURPLUS.longest_at(t, j).is_some() || MARGIN.longest_at(t, j).is_some()).then_some(1.0)
    })
}

/// The side of a balance the words just before figure `k` name it:
/// `(pair, 0)` for what comes in ("exports", "xuất khẩu"), `(pair, 1)` for
/// what goes out ("imports", "nhập khẩu").
fn named_side(cx: &Context, figs: &[Candidate], k: usize) -> Option<(usize, usize)> {
    let t = cx.t;
    clause_words(cx, figs, k, |j| {
        BALANCE_SIDES
            .longest_at(t, j)
            .map(|(_, phrase)| (phrase / 2, phrase % 2))
    })
}

/// The first of what `name` makes of the words before figure `k`, within
/// [`NAMING_WORDS`] words of its clause: back to the last amount, stepping
/// over changes and dates and the words of those ("the goods deficit
/// decreased $2.1 billion from May to $70.0 billion").
fn clause_words<R>(
    cx: &Context,
    figs: &[Candidate],
    k: usize,
    mut name: impl FnMut(usize) -> Option<R>,
) -> Option<R> {
    let t = cx.t;
    let mut m = k;
    let mut j = figs[k].first;
    let mut words = 0;
    while words < NAMING_WORDS {
        j = t.prev(j)?;
        while m > 0 && figs[m - 1].last >= j {
            m -= 1;
            let f = &figs[m];
            if f.change.is_none() && measure(f).is_some() {
                return None;
            }
            j = f.first;
            continue;
        }
        if m < k && figs[m].first == j {
            continue;
        }
        match t.kind(j) {
            Some(TokKind::Punct) if t.is_punct_in(j, ".;:!?,") => return None,
            Some(TokKind::Word) => {
                words += 1;
                if let Some(r) = name(j) {
                    return Some(r);
                }
            }
            _ => {}
        }
    }
    None
}

/// The relation of the shares the text gives in brackets after each figure
/// of `check` ("1,961 (73%)"), when they keep it to their rounding; `signs`
/// are its parts' signs.
fn alongside(cx: &Context, figs: &[Candidate], check: &Check, signs: &[f64]) -> Option<Check> {
    let t = cx.t;
    // The percentage that opens a bracket right after figure k.
    let share = |k: usize| -> Option<(usize, f64)> {
        let open = t.next(figs[k].last).filter(|&j| t.is_punct(j, '('))?;
        let f = figs.get(k + 1)?;
        let Value::Number(v) = f.value else {
            return None;
        };
        (t.next(open) == Some(f.first)
            && f.kind == Kind::Percent
            && f.change.is_none()
            && f.high.is_none())
        .then_some((k + 1, v))
    };
    let (total, expected) = share(check.total)?;
    let mut slack = precision(&figs[total], expected);
    let (mut parts, mut values) = (Vec::new(), Vec::new());
    for (&p, &sign) in check.parts.iter().zip(signs) {
        let (s, v) = share(p)?;
        slack += precision(&figs[s], v);
        parts.push(s);
        values.push(v * sign);
    }
    let actual: f64 = values.iter().sum();
    if (expected - actual).abs() > slack + 1e-9 {
        return None;
    }
    let q = figs[total].qualifier;
    let explanation = sum_explanation(&values, expected, actual, true, q, cx.marks);
    Some(Check {
        kind: CheckKind::Sum,
        total,
        parts,
        expected,
        actual,
        ok: true,
        explanation,
        // Shares, in per cent.
        scale: Some(1.0),
    })
}
#[cfg(test)]
mod tests {
    use crate::model::{Language, Options};
    use crate::testing::checks;

    fn english(text: &str) -> Vec<(bool, String)> {
        let en = Options {
            language: Some(Language::En),
            ..Default::default()
        };
        crate::analyze(text, &en)
            .checks
            .iter()
            .map(|c| (c.ok, c.explanation.clone()))
            .collect()
    }

    #[test]
    fn balances_and_majorities() {
        // A trade balance no word spells out as a sum.
        let trade = "Total June exports were $164.4 billion, while imports were $221.2 billion, resulting in a goods and services deficit of $56.8 billion.";
        assert_eq!(english(trade), [(true, "−164.4 + 221.2 = 56.8 ✓".into())]);
        // A majority, and the shares in brackets that follow the votes.
        let vote = "Result: Labour 1,961 (73% +13%), UKIP 320 (12% -9%), Conservative 302 (11% -1%)\nLabour HOLD with a majority of 1,641 (61%)";
        assert_eq!(
            english(vote),
            [
                (true, "1,961 − 320 = 1,641 ✓".into()),
                (true, "73 − 12 = 61 ✓".into())
            ]
        );
        // Changes no word names carry the signs of their directions.
        let jobs = "Employment rose 9,800 to 11,938,900 in October. Full-time employment increased 41,500 to 8,126,900, while part-time employment fell 31,700 to 3,812,000.";
        assert!(
            english(jobs).contains(&(true, "41,500 − 31,700 = 9,800 ✓".into())),
            "{:?}",
            english(jobs)
        );
        // Vietnamese: a total and its parts in the paragraphs after it.
        let vi = "Vốn ngân sách Nhà nước đạt 183,5 nghìn tỷ đồng, bằng 90,6% kế hoạch năm.\n\nCụ thể, vốn trung ương quản lý đạt 37,2 nghìn tỷ đồng, bằng 92,8% kế hoạch năm.\n\nVốn địa phương quản lý đạt 146,3 nghìn tỷ đồng, bằng 90% kế hoạch năm.";
        assert_eq!(checks(vi), [(true, "37,2 + 146,3 = 183,5 ✓".into())]);
    }

    #[test]
    fn never_a_failure_nor_a_coincidence() {
        // A planted error: the balance is no longer found, and no alarm is
        // raised either, for nothing but the arithmetic linked the figures.
        let wrong = "Total June exports were $164.4 billion, while imports were $221.2 billion, resulting in a goods and services deficit of $58.6 billion.";
        assert!(english(wrong).is_empty(), "{:?}", english(wrong));
        // Whole counts add up exactly: 165 + 124 is not 290.
        let votes = "Result: Labour 1,235, Conservative 344, UKIP 290, Green Party 165, Liberal Democrat 124";
        assert!(english(votes).is_empty(), "{:?}", english(votes));
        // A round number says too little to tie to anything: "800.000 đồng"
        // may be 750.000 to 850.000.
        let round = "Mức lương cơ sở là 1,49 triệu đồng. Trợ cấp là 745.000 đồng và 800.000 đồng.";
        assert!(checks(round).is_empty(), "{:?}", checks(round));
        // Small numbers among many: sums that hold by chance are not told.
        let dense = "Scores: 3, 5, 8, 2, 7, 4, 9, 6, 1 and 10 points.";
        assert!(english(dense).is_empty(), "{:?}", english(dense));
    }
}
