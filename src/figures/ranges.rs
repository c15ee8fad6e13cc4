//! Two figures joined by "đến", "to", "-" into one: a range ("từ 5 đến 7%",
//! "3% to 3.5%", "between 3 and 4 million", "1000-2000 đồng") or a period
//! ("2022-2023", "2/9 đến 3/9", "(1-1-2004 - 1-1-2024)", "giai đoạn 2012 - 2015").

use super::{Candidate, Context};
use crate::model::{Kind, Value};

// AND: the link after a range opening, and between the parts of one duration.
use super::lexicon::{AND_WORDS as AND, LINK_SET, PERIOD_LEAD_SET};

/// Words before a range's low end after which "and" links it ("between").
static RANGE_OPENINGS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.range_openings);

/// Words before two linked figures that make them a change, not a range.
static CHANGE_FROM: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.change_from);

/// Joins adjacent figures that form one range or period.
pub fn join(cx: &Context, figs: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = Vec::with_capacity(figs.len());
    for b in figs.drain(..) {
        // A lead word may only join the period if no earlier figure has it.
        let floor = out.len().checked_sub(2).map(|k| out[k].last);
        if let Some(a) = out.last() {
            if let Some(m) = merge(cx, a, &b, floor) {
                *out.last_mut().expect("checked") = m;
                continue;
            }
        }
        if let Some(a) = out.last_mut() {
            share_unit(cx, a, &b);
        }
        out.push(b);
    }
    *figs = out;
}

/// True when a verb of change ("increased", "tăng") stands right before
/// token `first`, perhaps over fillers ("by", "sharply by").
fn after_change_verb(cx: &Context, first: usize) -> bool {
    use super::lexicon::{CHANGE_BEFORE_SET, CHANGE_FILLERS};
    let t = cx.t;
    let mut at = first;
    while let Some((p, _)) = CHANGE_FILLERS.longest_before(t, at) {
        at = p;
    }
    CHANGE_BEFORE_SET.longest_before(t, at).is_some()
}

/// True when the tokens between `a` and `b` are exactly one link phrase.
fn linked(cx: &Context, a: &Candidate, b: &Candidate, allow_and: bool) -> bool {
    let t = cx.t;
    let Some(k) =
        (a.last + 1..b.first).find(|&k| t.kind(k) != Some(crate::text::tokens::TokKind::Space))
    else {
        return false;
    };
    if t.newline_in(a.last + 1..b.first) {
        return false;
    }
    let ends_before_b = |end: usize| t.next(end) == Some(b.first) || end + 1 == b.first;
    if t.is_punct_in(k, "-–—") {
        return ends_before_b(k);
    }
    if !cx.p.reads_words {
        return false;
    }
    if let Some((end, _)) = LINK_SET.longest_at(t, k) {
        if ends_before_b(end) {
            return true;
        }
    }
    allow_and && AND.any(|w| t.phrase_at(k, w).is_some_and(ends_before_b))
}

/// Joins `a` and `b` if they form one figure; `floor` is the last token of the
/// figure before `a`, which the joined figure must not reach back into.
fn merge(cx: &Context, a: &Candidate, b: &Candidate, floor: Option<usize>) -> Option<Candidate> {
    let t = cx.t;
    let between = t
        .prev(a.first)
        .and_then(|p| t.word(p))
        .is_some_and(|w| RANGE_OPENINGS.contains(w))
        && cx.p.reads_words;
    match (a.kind, b.kind) {
        (Kind::Duration, Kind::Duration) => {
            // "two hours, seven minutes, and 13 seconds": one duration.
            let gap = t.text[t.end(a.last)..t.start(b.first)].trim();
            // "22 tuổi 40 ngày", "3 năm 2 tháng": parts side by side, too.
            let joined = gap == ","
                || gap.is_empty()
                || AND.any(|w| {
                    // The comma may end a wrapped line (", and" as ",\nand").
                    gap == *w || gap.strip_prefix(',').map(str::trim_start) == Some(*w)
                });
            if !joined || b.high.is_some() || a.high.is_some() {
                return None;
            }
            let (Value::Iso(x), Value::Iso(y)) = (&a.value, &b.value) else {
                return None;
            };
            let mut c = a.clone();
            c.last = b.last;
            c.value = Value::Iso(combine_durations(x, y)?);
            Some(c)
        }
        (Kind::Date, Kind::Date) => {
            if let Some(c) = date_and_time(cx, a, b) {
                return Some(c);
            }
            // "between 2005 and 2011" as "2005-2011" ("from 2015 and 2016"
            // is two years).
            let opened = between
                && !t
                    .prev(a.first)
                    .and_then(|p| t.word(p))
                    .is_some_and(|w| CHANGE_FROM.contains(w));
            if !linked(cx, a, b, opened) {
                return None;
            }
            let (Value::Iso(x), Value::Iso(y)) = (&a.value, &b.value) else {
                return None;
            };
            // Both bare years: the second must come after the first, soon.
            if x.len() == 4 && y.len() == 4 {
                let (p, q): (u32, u32) = (x.parse().ok()?, y.parse().ok()?);
                if q <= p || q - p > 200 {
                    return None;
                }
            }
            if x.starts_with('T') || y.starts_with('T') {
                return None;
            }
            let mut first = a.first;
            if let Some((lead, _)) = PERIOD_LEAD_SET.longest_before(t, a.first) {
                if floor.is_none_or(|f| f < lead) {
                    first = lead;
                }
            }
            Some(
                Candidate::new(Kind::Period, first, b.last, Value::Iso(format!("{x}/{y}"))).rank(2),
            )
        }
        (
            Kind::Number
            | Kind::Percent
            | Kind::Money
            | Kind::Quantity
            | Kind::Count
            | Kind::Duration,
            _,
        ) if matches!(
            b.kind,
            Kind::Percent
                | Kind::Money
                | Kind::Quantity
                | Kind::Count
                | Kind::Number
                | Kind::Duration
        ) =>
        {
            if !linked(cx, a, b, between) {
                return None;
            }
            // "rose from £263,000 to £275,000" is a change, not a range; with
            // no word of change before it, and one unit for both ends, "from 50
            // to 80%" is a range ("from 2.18 percent to 2.72 percent" states
            // a change as often as not).
            if let Some(from) = t.prev(a.first).filter(|&p| CHANGE_FROM.at(t, p)) {
                if a.kind != Kind::Number {
                    return None;
                }
                let floor = cx.sentence_of(from).0;
                let changed = cx
                    .reach
                    .back(from, 0, 24)
                    .take_while(|&j| t.start(j) >= floor)
                    .any(|j| super::lexicon::CHANGE_BEFORE_SET.longest_at(t, j).is_some());
                if changed || !cx.p.reads_words {
                    return None;
                }
            }
            // Only a number in digits opens a range: "almost double to $3bn" is
            // none; before a duration a number in words too ("three to five years").
            let in_words = b.kind == Kind::Duration && cx.number_words_at(a.first).is_some();
            if t.kind(a.first) != Some(crate::text::tokens::TokKind::Digits)
                && a.kind == Kind::Number
                && !in_words
            {
                return None;
            }
            let same = a.kind == b.kind && a.unit == b.unit;
            if !(a.kind == Kind::Number || same) || a.qualifier != b.qualifier {
                return None;
            }
            if let (Kind::Number, Value::Iso(hi)) = (a.kind, &b.value) {
                // "three to five years", "từ 3 đến 5 năm": the low end takes the unit.
                let (Value::Number(low), Some(n)) = (&a.value, duration_number(cx, b)) else {
                    return None;
                };
                let mut c = b.clone();
                c.first = a.first;
                c.value = Value::Iso(super::measures::range_low(hi, n, *low)?);
                c.high = Some(b.value.clone());
                return Some(c);
            }
            let (Value::Number(mut low), Value::Number(high)) = (a.value.clone(), b.value.clone())
            else {
                return None;
            };
            // "between 3 and 4 million": the scale of the high end applies to both.
            if a.scale == 1.0 && b.scale > 1.0 && low * b.scale <= high {
                low *= b.scale;
            }
            if low >= high {
                return None;
            }
            // "exports of goods increased $5.7 billion to $116.7 billion": after
            // a verb of change, the first is by how much and the second the new
            // level, far apart; "rose 3 to 4 percent" stays a range.
            if high > 2.0 * low && after_change_verb(cx, a.first) {
                return None;
            }
            // A bare number before a count is a range only with an explicit
            // "từ"/"between" or a dash: "khiển trách 19, cảnh cáo 2" is a list.
            let mut c = b.clone();
            c.first = a.first;
            c.value = Value::Number(low);
            c.high = Some(Value::Number(high));
            Some(c)
        }
        _ => None,
    }
}

static UNIT_SHARE_LINKS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.unit_share_links);

/// "45 and 50 mg", "5 or 6%": a bare number before "and"/"or" and a measure
/// takes the measure's unit (a list of two measures, not a range).
fn share_unit(cx: &Context, a: &mut Candidate, b: &Candidate) {
    let t = cx.t;
    if a.kind != Kind::Number
        || !matches!(b.kind, Kind::Quantity | Kind::Percent)
        || a.scale != 1.0
        || b.scale != 1.0
        || a.high.is_some()
        || t.kind(a.first) != Some(crate::text::tokens::TokKind::Digits)
    {
        return;
    }
    let link = t.next(a.last).filter(|&k| UNIT_SHARE_LINKS.at(t, k));
    if link.and_then(|k| t.next(k)) == Some(b.first) {
        a.kind = b.kind;
        a.unit = b.unit.clone();
    }
}

/// The number a duration figure is read from ("five" of "five decades").
fn duration_number(cx: &Context, b: &Candidate) -> Option<f64> {
    let t = cx.t;
    match t.kind(b.first)? {
        crate::text::tokens::TokKind::Digits => cx.digits_at(b.first).map(|n| n.value),
        _ => cx.number_words_at(b.first).map(|n| n.value),
    }
}

/// A day and the clock time on it, in either order, one figure: "4 giờ
/// ngày 4/9", "16h20 ngày 16/5", "04/09/2024 09:04", "Tháng Mười Hai 29,
/// 2013 14:14", "9 Tháng 1 2015 lúc 15:08". Between them only spaces and the
/// words that link a time to its day: a comma keeps them two figures, as the
/// corpus marks a dateline ("21/08/2025, 15:36").
fn date_and_time(cx: &Context, a: &Candidate, b: &Candidate) -> Option<Candidate> {
    let t = cx.t;
    let (Value::Iso(x), Value::Iso(y)) = (&a.value, &b.value) else {
        return None;
    };
    let is_day = |v: &str| (v.len() == 10 || v.len() == 7) && !v.contains(['T', '/', 'Q']);
    let (day, time) = if x.starts_with('T') && is_day(y) {
        (y, x)
    } else if y.starts_with('T') && is_day(x) {
        (x, y)
    } else {
        return None;
    };
    if t.newline_in(a.last + 1..b.first) || b.first > a.last + 6 {
        return None;
    }
    let gap_ok = (a.last + 1..b.first).all(|k| match t.kind(k) {
        Some(crate::text::tokens::TokKind::Space) => true,
        _ => t
            .word(k)
            .is_some_and(|w| super::dates::CLOCK_DATE_LINKS.contains(w)),
    });
    if !gap_ok {
        return None;
    }
    let mut c = a.clone();
    c.last = b.last;
    c.value = Value::Iso(format!("{day}{time}"));
    Some(c)
}

/// The parts of an ISO 8601 duration, largest unit first: (value, unit rank).
fn duration_parts(iso: &str) -> Option<Vec<(String, usize)>> {
    const UNITS: &str = "YMWDhms"; // h, m, s after the T
    let body = iso.strip_prefix('P')?;
    let (date, time) = body.split_once('T').unwrap_or((body, ""));
    let mut parts = Vec::new();
    for (section, lower) in [(date, false), (time, true)] {
        let mut num = String::new();
        for c in section.chars() {
            if c.is_ascii_digit() || c == '.' {
                num.push(c);
            } else {
                let unit = if lower { c.to_ascii_lowercase() } else { c };
                parts.push((std::mem::take(&mut num), UNITS.find(unit)?));
            }
        }
    }
    Some(parts)
}

/// Joins "PT2H" and "PT7M" into "PT2H7M" when every unit of the second is
/// smaller than every unit of the first.
fn combine_durations(a: &str, b: &str) -> Option<String> {
    let (pa, pb) = (duration_parts(a)?, duration_parts(b)?);
    let smallest_a = pa.iter().map(|p| p.1).max()?;
    if pb.iter().any(|p| p.1 <= smallest_a) {
        return None;
    }
    let mut out = String::from("P");
    let mut in_time = false;
    for (v, rank) in pa.into_iter().chain(pb) {
        if rank >= 4 && !in_time {
            out.push('T');
            in_time = true;
        }
        out.push_str(&v);
        out.push("YMWDHMS".as_bytes()[rank] as char);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::model::{Kind, Language, Options, Value};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, Kind, Value, Option<Value>)] = &[
            ("từ 5 đến 7% dân số", Language::Vi, "5 đến 7%", Kind::Percent, Value::Number(5.0), Some(Value::Number(7.0))),
            ("giá 1000-2000 đồng", Language::Vi, "1000-2000 đồng", Kind::Money, Value::Number(1000.0), Some(Value::Number(2000.0))),
            ("between 3 and 4 million people", Language::En, "3 and 4 million people", Kind::Count, Value::Number(3e6), Some(Value::Number(4e6))),
            ("growth of 3% to 3.5% in", Language::En, "3% to 3.5%", Kind::Percent, Value::Number(3.0), Some(Value::Number(3.5))),
            ("chuyên đề 2022-2023 về", Language::Vi, "2022-2023", Kind::Period, Value::Iso("2022/2023".into()), None),
            ("giai đoạn 2012 - 2015 là", Language::Vi, "giai đoạn 2012 - 2015", Kind::Period, Value::Iso("2012/2015".into()), None),
            ("jailed between 2005 and 2011 for", Language::En, "2005 and 2011", Kind::Period, Value::Iso("2005/2011".into()), None),
            ("tỉnh (1-1-2004 - 1-1-2024) được", Language::Vi, "1-1-2004 - 1-1-2024", Kind::Period, Value::Iso("2004-01-01/2024-01-01".into()), None),
        ];
        for (input, lang, text, kind, value, high) in rows {
            let a = crate::testing::analyze_as(input, *lang);
            let f = crate::testing::figure(&a, text, input);
            assert_eq!((f.kind, &f.value, &f.high), (*kind, value, high), "{input}");
        }
    }

    #[test]
    fn lists_are_not_ranges() {
        let a = crate::analyze(
            "khiển trách 19, cảnh cáo 2, cách chức 1",
            &Options {
                language: Some(Language::Vi),
                ..Default::default()
            },
        );
        assert_eq!(a.figures.len(), 3, "{:?}", a.figures);
    }
}
