//! What the words around a figure add to it once the figures are known:
//! qualifiers ("hơn 36 tỷ", "nearly 78%"), stated changes ("giảm 2 đảng
//! viên", "up 61%"), and the year a date leaves out ("quý I" in an article
//! about "Quý I-2023").

use super::lexicon::{
    AND_WORDS as AND, CHANGE_AFTER, CHANGE_AFTER_SET, CHANGE_BEFORE, CHANGE_BEFORE_SET,
    CHANGE_FILLERS, CHANGE_TO_SET, COMPARED, QUALIFIERS, QUALIFIER_SET,
};
use super::{Candidate, Context};
use crate::model::{Change, Kind, Value};

/// Words between two figures that carry a change over to the second ("và",
/// "or").
static LIST_JOINERS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.change_list_joiners);

/// Words after a month or quarter that put it in the year before the
/// article's ("tháng 5 năm ngoái").
/// (Tried only after a month or quarter without its year, not at every
/// token: a scan of the few phrases.)
static PREVIOUS_YEAR: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.previous_year_words);

/// Words after a comma that open another clause ("…, and it is …").
static CLAUSE_LINKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.clause_links);

/// True when a comma and a clause link stand between token `from` and the
/// figure starting at token `to` (looked for in at most
/// [`crate::text::reach::TOKENS`] tokens back from `to`).
fn another_clause(cx: &Context, from: usize, to: usize) -> bool {
    let t = cx.t;
    cx.reach
        .back(to, from, crate::text::reach::TOKENS)
        .any(|i| {
            t.is_punct(i, ',')
                && t.next(i)
                    .and_then(|n| t.word(n))
                    .is_some_and(|w| CLAUSE_LINKS.contains(w))
        })
}

fn is_amount(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Count
            | Kind::Number
            | Kind::Money
            | Kind::Percent
            | Kind::Quantity
            | Kind::Duration
            | Kind::Ratio
    )
}

/// Attaches qualifiers and changes, and fills in missing years.
pub fn attach(cx: &Context, figs: &mut [Candidate]) {
    let t = cx.t;
    for k in 0..figs.len() {
        let floor = if k > 0 { figs[k - 1].last + 1 } else { 0 };
        let f = &mut figs[k];
        if !is_amount(f.kind) {
            continue;
        }
        if let Some((first, idx)) = QUALIFIER_SET.longest_before(t, f.first) {
            if first >= floor {
                f.first = first;
                f.qualifier = QUALIFIERS[idx].1;
            }
        }
        let Some(by) = f.value.as_number() else {
            continue;
        };
        // Step back over fillers to the verb.
        let mut at = f.first;
        while let Some((p, _)) = CHANGE_FILLERS.longest_before(t, at) {
            if p < floor {
                break;
            }
            at = p;
        }
        if CHANGE_TO_SET.longest_before(t, at).is_some() {
            continue;
        }
        let mut direction = CHANGE_BEFORE_SET
            .longest_before(t, at)
            .filter(|(p, _)| *p >= floor)
            .map(|(_, idx)| CHANGE_BEFORE[idx].1);
        if direction.is_none() {
            if let Some(n) = t.next(f.last) {
                if let Some((_, idx)) = CHANGE_AFTER_SET.longest_at(t, n) {
                    direction = Some(CHANGE_AFTER[idx].1);
                }
            }
        }
        if direction.is_none() && k > 0 {
            // "tăng 6,5% và 9,3%", "soared $7.81, or 3.1%": a list after a change.
            let prev = &figs[k - 1];
            let gap = &t.text[t.end(prev.last)..t.start(figs[k].first)];
            let g = gap.trim().trim_start_matches(',').trim();
            let joined = matches!(g, "," | "" | "(") || LIST_JOINERS.contains(g);
            if joined && prev.kind == figs[k].kind {
                direction = prev.change.as_ref().map(|c| c.direction);
            }
        }
        if let Some(direction) = direction {
            figs[k].change = Some(Change { direction, by });
        }
    }
    fill_years(cx, figs);
}

/// The years an article sets for itself: the year its title names, and the
/// year of its dateline, a full date on a short line among its first lines
/// ("Tiến Thành 20/12/2024 - 10:39", "September 17, 2025").
struct ArticleYears {
    title: Option<String>,
    dateline: Option<String>,
}

fn article_years(cx: &Context, figs: &[Candidate]) -> ArticleYears {
    let t = cx.t;
    let text = t.text;
    let mut years = ArticleYears {
        title: None,
        dateline: None,
    };
    // The first ten non-empty lines (any line break but a soft one, a
    // wrapped paragraph being one line), page furniture aside, as byte
    // ranges.
    let mut lines = Vec::new();
    let mut at = 0;
    while lines.len() < 10 && at < text.len() {
        let mut end = at;
        loop {
            end = text[end..]
                .find(crate::text::tokens::is_line_break)
                .map_or(text.len(), |p| end + p);
            // A line break is one character, of one to three bytes.
            let width = text[end..].chars().next().map_or(1, char::len_utf8);
            if end == text.len() || !cx.reflow.is_soft(end, end + width) {
                break;
            }
            end += width;
        }
        let line = &text[at..end];
        let ink = at + (line.len() - line.trim_start().len());
        if !line.trim().is_empty() && !cx.in_furniture(ink) {
            lines.push((at, end));
        }
        at = end + text[end..].chars().next().map_or(1, char::len_utf8);
    }
    for f in figs {
        let start = t.start(f.first);
        let Some(k) = lines.iter().position(|&(s, e)| s <= start && start < e) else {
            if lines.last().is_none_or(|l| start >= l.1) {
                break;
            }
            continue;
        };
        let (Kind::Date | Kind::Period, Value::Iso(v)) = (f.kind, &f.value) else {
            continue;
        };
        let Some(y) = has_year(v) else { continue };
        // "… increase in dengue cases since 2021": the year compared with
        // is not the one the article reports on.
        if k == 0 && COMPARED.longest_before(t, f.first).is_some() {
            continue;
        }
        if k == 0 {
            years.title.get_or_insert_with(|| y.to_string());
        } else if lines[k].1 - lines[k].0 < 120 && v.len() >= 10 && years.dateline.is_none() {
            years.dateline = Some(y.to_string());
        }
    }
    years
}

/// The year of the end of a period that has one, where the other has none
/// ("--05-29/2022-06-25").
fn own_end_year(v: &str) -> Option<String> {
    let (a, b) = v.split_once('/')?;
    match (a.starts_with("--"), b.starts_with("--")) {
        (true, false) => has_year(b).map(str::to_string),
        (false, true) => has_year(a).map(str::to_string),
        _ => None,
    }
}

fn has_year(v: &str) -> Option<&str> {
    (v.len() >= 4 && v[..4].bytes().all(|b| b.is_ascii_digit())).then(|| &v[..4])
}

/// How many figures either way a date may borrow its year from.
const NEAR: usize = 24;

/// Gives "--06-26" the year of its sentence or, failing that, of the article.
fn fill_years(cx: &Context, figs: &mut [Candidate]) {
    let doc = article_years(cx, figs);
    for k in 0..figs.len() {
        let Value::Iso(v) = &figs[k].value else {
            continue;
        };
        if !v.contains("--") || !matches!(figs[k].kind, Kind::Date | Kind::Period) {
            continue;
        }
        // "quý II năm trước" in an article about 2023: 2022-Q2; with no
        // year of the article, it stays without one.
        let is_month_or_quarter = v.len() <= 5 && !v.contains('/');
        let last_year = is_month_or_quarter
            && cx
                .t
                .next(figs[k].last)
                .is_some_and(|n| PREVIOUS_YEAR.any(|p| cx.t.phrase_at(n, p).is_some()));
        if last_year {
            let article = doc.title.as_deref().or(doc.dateline.as_deref());
            if let Some(y) = article.and_then(|y| y.parse::<u32>().ok()) {
                figs[k].value = Value::Iso(format!("{:04}-{}", y.saturating_sub(1), &v[2..]));
                continue;
            }
        }
        let sentence = cx.sentence_of(figs[k].first);
        let in_sentence = |f: &Candidate| {
            let s = cx.t.start(f.first);
            s >= sentence.0 && s < sentence.1.max(sentence.0 + 1)
        };
        let mut year: Option<String> = None;
        // The figures of the sentence, nearest first: back to its start, then
        // on to its end (figures are sorted, so both walks stop early).
        // (At most a few dozen each way: a sentence of thousands of dates, a
        // pasted table without stops, must not cost the square of its length.)
        let before = cx
            .reach
            .back(k, 0, NEAR)
            .take_while(|&j| in_sentence(&figs[j]));
        let after = cx
            .reach
            .ahead(k + 1, figs.len(), NEAR)
            .take_while(|&j| in_sentence(&figs[j]));
        // (Each gap between figures is read once: from this figure back.)
        let (mut past_clause, mut upto) = (false, figs[k].first);
        // After the date, a year is its own only across a list of dates
        // ("September and October 2016"), not past a verb ("in September
        // tied 2007"): what stands between is marks and "and", a few tokens.
        let (mut listed, mut from) = (true, figs[k].last + 1);
        for j in before.chain(after) {
            if j > k {
                let gap = from..figs[j].first;
                listed = listed
                    && gap.len() <= 8
                    && gap
                        .clone()
                        .all(|g| cx.t.word(g).is_none_or(|w| AND.contains(w)));
                from = figs[j].last + 1;
                if !listed {
                    break;
                }
            }
            // "dates back to 1865, and it is observed on 19 June": a year
            // before another clause is not this date's.
            if j < k {
                past_clause = past_clause || another_clause(cx, figs[j].last + 1, upto);
                upto = figs[j].first;
                // (A month or day of another clause still lends its year:
                // "in March 2016 …, while … in September" is 2016's.)
                let dated =
                    matches!(&figs[j].value, Value::Iso(w) if w.len() >= 7 && !w.contains('/'));
                if past_clause && !dated {
                    continue;
                }
            }
            // "so với cùng kỳ năm 2019" names the period compared with, not
            // the one the sentence speaks of.
            let compared = COMPARED.longest_before(cx.t, figs[j].first).is_some();
            if let (Kind::Date | Kind::Period, Value::Iso(w), false) =
                (figs[j].kind, &figs[j].value, compared)
            {
                if let Some(y) = has_year(w).filter(|_| !w.starts_with('T')) {
                    year = Some(y.to_string());
                    break;
                }
            }
        }
        // A day without its year ("Sáng 20-12") is a day of the article's own
        // time, whatever plan year the sentence also names; a month or quarter
        // takes the year its sentence speaks of.
        let is_day = v.len() >= 7 && v.as_bytes()[4] == b'-';
        // (Where the sentence is the title itself and its year was past a
        // clause, the title's year is that same year.)
        let title = if past_clause && cx.t.text[..sentence.0].trim().is_empty() {
            None
        } else {
            doc.title.clone()
        };
        // A period with one end's year gives it to the other end ("May 29
        // to June 25, 2022").
        let year = own_end_year(v).or(year);
        let year = if last_year {
            // (No year of the article to count back from.)
            None
        } else if is_day {
            doc.dateline.clone().or(year).or(title)
        } else {
            year.or(title).or_else(|| doc.dateline.clone())
        };
        let Some(year) = year else {
            // "the third quarter" of no stated year is read as the ordinal it
            // is written as (the annotators' reading, too).
            // ("quý III" says "quarter" in so many words: it stays a date.)
            if let Some(q) = v
                .strip_prefix("--Q")
                .and_then(crate::numbers::decimal::parse)
                .filter(|_| cx.p.yearless_quarters_are_ordinals)
                // "Q2" says "quarter" in its mark: it stays a date.
                .filter(|_| !super::dates::is_quarter_mark(cx.t, figs[k].first))
            {
                figs[k].kind = Kind::Ordinal;
                figs[k].value = Value::Number(q);
            }
            continue;
        };
        let filled = v
            .split('/')
            .map(|part| match part.strip_prefix("--") {
                Some(rest) => format!("{year}-{rest}"),
                None => part.to_string(),
            })
            .collect::<Vec<_>>();
        // "Dec 20 to Jan 5, 2023": a start past its end is of the year before.
        let mut filled = filled;
        if let [a, b] = &filled[..] {
            if v.starts_with("--") && a.len() == b.len() && a > b {
                if let Ok(y) = a[..4].parse::<u32>() {
                    filled[0] = format!("{:04}{}", y.saturating_sub(1), &a[4..]);
                }
            }
        }
        figs[k].value = Value::Iso(filled.join("/"));
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Direction, Language, Options, Qualifier, Value};

    #[test]
    fn years_the_text_fixes() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, &str)] = &[
            // A month or quarter of "last year": the year before the article's.
            ("Kinh tế quý I-2023\n\nSo với quý II năm trước, doanh thu tăng.", Language::Vi, "quý II", r#"date "2022-Q2""#),
            ("Kinh tế năm 2023\n\nTrong tháng 5 năm ngoái, giá giảm.", Language::Vi, "tháng 5", r#"date "2022-05""#),
            ("Sales report for 2023\n\nThe third quarter of last year rose.", Language::En, "third quarter", r#"date "2022-Q3""#),
            // With no year of the article, "last year" fixes none.
            ("Earnings\n\nIn the third quarter of last year, it fell.", Language::En, "third quarter", "ordinal 3"),
            // A title's year compared with is not the article's.
            ("Cases up 90 percent since 2021\n\nDeaths were reported in: January: 36.", Language::En, "January", r#"date "--01""#),
            // A period's end gives its year to its start.
            ("In 2021 a report\n\nIn the period of May 29 to June 25, 2022 cases rose.", Language::En, "May 29 to June 25, 2022", r#"period "2022-05-29/2022-06-25""#),
            ("From Dec. 20 to Jan. 5, 2023 the roads closed.", Language::En, "Dec. 20 to Jan. 5, 2023", r#"period "2022-12-20/2023-01-05""#),
            // A year before another clause is not the date's.
            ("It dates back to 1865, and it is observed on 19 June every year.", Language::En, "19 June", r#"date "--06-19""#),
            // A month of another clause still lends its year.
            ("Ice peaked in March 2016, while the low in September was near.", Language::En, "September", r#"date "2016-09""#),
            // After the date, a year is its own across a list of dates only.
            ("Sales in September and October 2016 rose.", Language::En, "September", r#"date "2016-09""#),
            ("Sea ice\n\nThe low in September tied 2007 as the second lowest.", Language::En, "September", r#"date "--09""#),
            ("Giá cả\n\nGiá tháng 9 vượt mức năm 2020.", Language::Vi, "tháng 9", r#"date "--09""#),
        ];
        for &(input, lang, text, expect) in rows {
            crate::testing::check(input, lang, text, expect);
        }
    }

    #[test]
    fn qualifiers_and_changes() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, Qualifier, Option<Direction>)] = &[
            ("tổng trị giá hơn 36 tỷ 208 triệu đồng", Language::Vi, "hơn 36 tỷ 208 triệu đồng", Qualifier::Over, None),
            ("ít nhất 2 cuộc kiểm tra", Language::Vi, "ít nhất 2 cuộc kiểm tra", Qualifier::Over, None),
            ("kỷ luật 25 đảng viên (giảm 2 đảng viên so với cùng kỳ)", Language::Vi, "2 đảng viên", Qualifier::Exact, Some(Direction::Down)),
            ("tăng khoảng 10% so với", Language::Vi, "khoảng 10%", Qualifier::Approx, Some(Direction::Up)),
            ("was up 61% from", Language::En, "61%", Qualifier::Exact, Some(Direction::Up)),
            ("declined by about 1½% in", Language::En, "about 1½%", Qualifier::Approx, Some(Direction::Down)),
            ("a nearly 78% increase", Language::En, "nearly 78%", Qualifier::Approx, Some(Direction::Up)),
            ("rose to 5% in", Language::En, "5%", Qualifier::Exact, None),
            ("up to $4.5 trillion", Language::En, "up to $4.5 trillion", Qualifier::Under, None),
        ];
        for (input, lang, text, q, dir) in rows {
            let a = crate::testing::analyze_as(input, *lang);
            let f = crate::testing::figure(&a, text, input);
            assert_eq!(f.qualifier, *q, "{input}");
            assert_eq!(f.change.as_ref().map(|c| c.direction), *dir, "{input}");
        }
    }

    #[test]
    fn years_come_from_the_article() {
        let text =
            "Hậu Giang: Quý I-2023, kết quả\n\nTrong quý I, không xảy ra vụ việc. Ngày 20/2 họp.";
        let a = crate::analyze(text, &Options::default());
        let values: Vec<&Value> = a.figures.iter().map(|f| &f.value).collect();
        assert!(
            values.contains(&&Value::Iso("2023-Q1".into())),
            "{values:?}"
        );
        assert!(
            values.contains(&&Value::Iso("2023-02-20".into())),
            "{values:?}"
        );
        let b = crate::analyze("Họp ngày 3/9 tại xã.", &Options::default());
        assert_eq!(b.figures[0].value, Value::Iso("--09-03".into()));
    }

    #[test]
    fn compared_years_do_not_set_the_year() {
        let text = "Xuất khẩu nông sản\n\nHà Nội, 06/07/2020\n\nTrong 6 tháng đầu năm, kim ngạch tăng 5% so với cùng kỳ năm 2019. Trong quý III, ngành đặt mục tiêu cao hơn.";
        let a = crate::analyze(text, &Options::default());
        let values: Vec<&Value> = a.figures.iter().map(|f| &f.value).collect();
        assert!(
            values.contains(&&Value::Iso("2020-01/2020-06".into())),
            "{values:?}"
        );
        assert!(
            values.contains(&&Value::Iso("2020-Q3".into())),
            "{values:?}"
        );
        let b = crate::analyze(
            "Trong quý III, ngành đặt mục tiêu cao hơn.",
            &Options::default(),
        );
        assert_eq!(b.figures[0].value, Value::Iso("--Q3".into()));
    }
}
