//! What a plain number measures, read from the words around it: money
//! ("36 tỷ 208 triệu đồng", "$1.2bn"), percent ("12,5%", "4pc", "25 basis
//! points"), quantity ("1.200 ha", "121mm"), duration ("20 năm", "a decade"),
//! count ("1.038 lượt", "3 million people"), or a bare number.

use super::lexicon::*;
use super::{Candidate, Context};
use crate::lang::CountedNoun;
use crate::model::{Kind, Value};
use crate::numbers::{digits, scale, Numeral};
use crate::text::tokens::{TokKind, Tokens};

/// Proposes the measure reading of the number at token `i`, if one starts there.
pub fn at(cx: &Context, i: usize, out: &mut Vec<Candidate>) {
    let t = cx.t;
    let words = cx.p.reads_words;
    // Figures in words of their own: "twice", "two-thirds", "hàng nghìn".
    let idiom = || {
        multiplier(cx, i)
            .or_else(|| fraction(cx, i))
            .or_else(|| vague(cx, i))
            .or_else(|| unit_long(cx, i))
    };
    if let Some(c) = Some(()).filter(|_| words).and_then(|_| idiom()) {
        out.push(c);
        return;
    }
    // A currency sign or code before the amount: "$15.7 billion", "USD 5 triệu".
    let (num_at, currency) = match currency_before(cx, i) {
        Some((j, code)) => (j, Some(code)),
        None => (i, None),
    };
    let Some(n) = numeral(cx, num_at, currency.is_some()) else {
        if words {
            out.extend(article_duration(cx, i));
        }
        return;
    };
    let claimed = words && claimed_by_word_before(cx, &n);
    if currency.is_none() && (claimed || after_currency_sign(t, n.first)) {
        return;
    }
    if currency.is_none() && is_inside_code(t, &n) {
        return;
    }
    // Scale words and suffixes ("tỷ", "million", "bn") are words.
    let n = if words {
        scale::extend(t, n, currency.is_some())
    } else {
        n
    };
    let scale = scale_of(t, &n);
    if let Some(code) = currency {
        let mut c = Candidate::new(Kind::Money, i, n.last, Value::Number(n.value)).unit(code);
        c.last = per_unit_tail(t, c.last);
        c.scale = scale;
        out.push(c);
        return;
    }
    if let Some(mut c) = after_number(cx, i, &n) {
        c.scale = scale;
        // "âm 35.962 tỷ đồng", "minus 5°C": a word sign before the number.
        if let Some(p) = t
            .prev(i)
            .filter(|&p| words && matches!(t.word(p), Some("âm" | "minus")))
        {
            if let Value::Number(v) = c.value {
                c.value = Value::Number(-v);
                c.first = p;
            }
        } else if i > 0
            && t.is_punct_in(i - 1, "-−")
            && t.touch(i - 1, i)
            && (i < 2 || t.kind(i - 2) == Some(TokKind::Space))
        {
            if let Value::Number(v) = c.value {
                c.value = Value::Number(-v);
                c.first = i - 1;
            }
        }
        out.push(c);
    }
}

/// "a year", "an hour", "a decade": the article stands for one.
fn article_duration(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    if !matches!(t.word(i), Some("a" | "an")) {
        return None;
    }
    let k = t.next(i)?;
    let w = t.word(k)?;
    let &(_, designator, mult) = TIME_UNITS
        .iter()
        .find(|(u, _, _)| *u == w && !u.ends_with('s'))?;
    if !w.is_ascii() {
        return None;
    }
    Some(Candidate::new(
        Kind::Duration,
        i,
        k,
        Value::Iso(iso_duration(mult, designator)),
    ))
}

/// Reads the number at `i`: digits, or words where the language writes numbers
/// in words.
fn numeral(cx: &Context, i: usize, after_currency: bool) -> Option<Numeral> {
    let t = cx.t;
    match t.kind(i)? {
        TokKind::Digits => digits::read(t, i, cx.marks),
        TokKind::Punct if t.is_punct(i, '.') => digits::read(t, i, cx.marks),
        TokKind::Word if !after_currency => {
            // Only where a number word starts: "five", "hai", "a dozen".
            let n = cx.p.number_words_at(t, i)?;
            // A word before it that is itself a number word means we are inside
            // a longer number already read from its start.
            if let Some(p) = t.prev(i) {
                if cx.p.number_words_at(t, p).is_some_and(|m| m.last >= n.last) {
                    return None;
                }
            }
            Some(n)
        }
        _ => None,
    }
}

/// True when a currency sign stands against the number ("$427bn"): the
/// reading that starts at the sign is the one to keep.
fn after_currency_sign(t: &Tokens, first: usize) -> bool {
    first > 0 && t.touch(first - 1, first) && t.is_punct_in(first - 1, "$£€¥₫₹₩")
}

/// Words before a number that make it something other than a measure: a
/// position ("thứ 3", "Điều 6"), a date ("tháng 3", "ngày 20", "năm 2023"),
/// a weekday ("thứ hai tuần sau"). Their own recognisers read it.
fn claimed_by_word_before(cx: &Context, n: &Numeral) -> bool {
    let t = cx.t;
    let Some(p) = t.prev(n.first) else {
        return false;
    };
    match t.word(p) {
        Some(
            "thứ" | "khóa" | "khoá" | "điều" | "khoản" | "chương" | "mục" | "quý" | "tháng"
            | "ngày",
        ) => true,
        // "chỉ tiêu số 02", "số 5 Lý Thường Kiệt" label things; "tổng số 1.038
        // lượt", "với số 25 người" count them.
        Some("số") => {
            let counts = t
                .prev(p)
                .and_then(|pp| t.word(pp))
                .is_some_and(|w| matches!(w, "tổng" | "với" | "có" | "là" | "đạt" | "the"));
            let noun_follows = t
                .next(n.last)
                .and_then(|k| t.word(k).map(|w| (k, w)))
                .is_some_and(|(k, w)| !t.is_capitalized(k) && !is_not_noun(w));
            // "ngôi số 1 thế giới": "number one" is a rank.
            n.value == 1.0 || !(counts || noun_follows)
        }
        Some("năm") => n.plain && t.raw(n.first).len() == 4,
        // "2021 - 2026", "2021 đến 2026": the second year of a period.
        _ if n.plain && year_like(t.raw(n.first)) => {
            let link = t.is_punct_in(p, "-–") || matches!(t.word(p), Some("đến" | "tới" | "to"));
            link && t
                .prev(p)
                .is_some_and(|y| t.kind(y) == Some(TokKind::Digits) && year_like(t.raw(y)))
        }
        Some("no") => t.is_punct(p + 1, '.'),
        _ => false,
    }
}

fn year_like(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// True when the number is part of a code or a name written against letters:
/// "VN30", "G7", "COVID-19", "1A", "25B", "01-KL/TW".
fn is_inside_code(t: &Tokens, n: &Numeral) -> bool {
    if !n.digits {
        return false;
    }
    let first = n.first;
    if first > 0 && t.touch(first - 1, first) {
        match t.kind(first - 1) {
            Some(TokKind::Word) => return true,
            Some(TokKind::Punct)
                if t.is_punct_in(first - 1, "-/_#@.:+")
                    && first >= 2
                    && t.touch(first - 2, first - 1)
                    && matches!(t.kind(first - 2), Some(TokKind::Word | TokKind::Digits)) =>
            {
                return true;
            }
            _ => {}
        }
    }
    // Letters against the end that are no unit, scale, ordinal or percent sign.
    let after = n.last + 1;
    if t.touch(n.last, after) && t.kind(after) == Some(TokKind::Word) {
        let w = t.word(after).unwrap_or("");
        let known = matches!(
            w,
            "pc" | "k" | "bn" | "tn" | "mn" | "p" | "đ" | "h" | "g" | "s"
        ) || unit_at(t, after).is_some()
            || matches!(w, "st" | "nd" | "rd" | "th");
        return !known;
    }
    // "1.", "2)" at the start of a line are list numbers, not figures.
    false
}

/// A currency sign or code before a number; returns the number's token.
fn currency_before(cx: &Context, i: usize) -> Option<(usize, &'static str)> {
    let t = cx.t;
    let mut j = i;
    // The key is the sign, the code, or letters against a dollar sign
    // ("US$", "C$", "HK$"), which is compared as the letters then "$".
    let (key, dollar) = match t.kind(i)? {
        TokKind::Word if t.is_punct(i + 1, '$') && t.touch(i, i + 1) => {
            j = i + 1;
            (t.word(i)?, true)
        }
        TokKind::Punct => (t.raw(i), false),
        TokKind::Word if t.raw(i).bytes().all(|b| b.is_ascii_uppercase()) => (t.word(i)?, false),
        _ => return None,
    };
    let &(entry, code) =
        CURRENCY_BEFORE
            .iter()
            .find(|(k, _)| match k.strip_suffix('$').filter(|_| dollar) {
                Some(letters) => letters == key,
                None => !dollar && *k == key,
            })?;
    if !cx.p.reads_words && !is_symbol(entry, code) {
        return None;
    }
    let n = if t.touch(j, j + 1) { j + 1 } else { t.next(j)? };
    (t.kind(n) == Some(TokKind::Digits) || t.is_punct(n, '.')).then_some((n, code))
}

/// The scale word multiplier of an extended numeral, 1 when none.
fn scale_of(t: &Tokens, n: &Numeral) -> f64 {
    if !n.scaled {
        return 1.0;
    }
    let w = t.word(n.last).unwrap_or("");
    scale::word_scale(w)
        .or_else(|| scale::suffix_scale(t.raw(n.last), true))
        .unwrap_or(1.0)
}

/// "1000-2000 đồng", "5-7%": two numbers joined by a dash before one unit.
fn dashed_range(cx: &Context, first: usize, a: &Numeral) -> Option<Candidate> {
    let t = cx.t;
    let b = digits::read(t, a.last + 2, cx.marks)?;
    let b = scale::extend(t, b, false);
    let high = after_number(cx, b.first, &b)?;
    if high.kind == Kind::Number || high.kind == Kind::Duration && a.value >= b.value {
        return None;
    }
    let (Value::Number(lo), Value::Number(hi)) = (Value::Number(a.value), high.value.clone())
    else {
        return None;
    };
    if lo >= hi {
        return None;
    }
    let mut c = high;
    c.first = first;
    if c.kind != Kind::Duration {
        c.value = Value::Number(lo);
        c.high = Some(Value::Number(hi));
    }
    Some(c)
}

/// Extends a money or quantity figure over "/em/năm", "/kg", "/tháng".
fn per_unit_tail(t: &Tokens, mut last: usize) -> usize {
    while t.is_punct(last + 1, '/')
        && t.touch(last, last + 1)
        && t.kind(last + 2) == Some(TokKind::Word)
        && t.touch(last + 1, last + 2)
    {
        last += 2;
    }
    last
}

/// The token after the number: touching it, or after one space.
fn follower(t: &Tokens, last: usize) -> Option<usize> {
    if t.touch(last, last + 1) && t.kind(last + 1) != Some(TokKind::Space) {
        Some(last + 1)
    } else {
        t.next(last)
    }
}

/// Decides the kind from what follows the number.
fn after_number(cx: &Context, first: usize, n: &Numeral) -> Option<Candidate> {
    let t = cx.t;
    let value = n.value;
    let k = follower(t, n.last);
    let touching = k.is_some_and(|k| t.touch(n.last, k));
    // "33rd", "15h30", "1970s": ordinals, clock times and decades are read
    // by their own recognisers.
    if touching
        && matches!(
            k.and_then(|k| t.word(k)),
            Some("st" | "nd" | "rd" | "th" | "h" | "s")
        )
    {
        return None;
    }
    // English writes counts of a thousand and more with commas; a plain
    // four-digit number there is a year ("2024 sales" is the year's sales).
    if let Some(unless_after) =
        cx.p.plain_four_digits_are_years
            .filter(|_| n.plain && t.raw(n.first).len() == 4 && n.first == first)
    {
        let year_like = t
            .raw(n.first)
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2999).contains(&y));
        let qualified = t
            .prev(first)
            .and_then(|p| t.word(p))
            .is_some_and(|w| unless_after.contains(&w));
        if year_like
            && !qualified
            && k.is_some_and(|k| t.kind(k) == Some(TokKind::Word) && !touching)
        {
            let w = t.word(k.unwrap_or(0)).unwrap_or("");
            if !PERCENT_AFTER.iter().any(|(p, _)| p.starts_with(w))
                && unit_at(t, k.unwrap_or(0)).is_none()
                && !CURRENCY_AFTER.iter().any(|(c, _)| *c == w)
            {
                return None;
            }
        }
    }

    // In a language without words, only signs, codes and unit symbols.
    let words = cx.p.reads_words;
    let admits = |entry: &str, normal: &str| words || is_symbol(entry, normal);
    if let Some(k) = k {
        // Percent: "12,5%", "12,5 phần trăm", "4pc", "3 percentage points".
        if let Some((end, idx)) = PERCENT_SET
            .longest_at(t, k)
            .filter(|&(_, idx)| admits(PERCENT_AFTER[idx].0, PERCENT_AFTER[idx].1))
        {
            let unit = PERCENT_AFTER[idx].1;
            return Some(
                Candidate::new(Kind::Percent, first, end, Value::Number(value)).unit(unit),
            );
        }
        if words && touching && t.word(k) == Some("pc") {
            return Some(Candidate::new(Kind::Percent, first, k, Value::Number(value)).unit("%"));
        }
        if let Some((end, _)) = BASIS_POINTS_SET.longest_at(t, k).filter(|_| words) {
            return Some(
                Candidate::new(Kind::Percent, first, end, Value::Number(value / 100.0)).unit("pp"),
            );
        }
        // Money: "tỷ đồng", "USD", "500đ", "1p" (pence).
        if let Some((end, idx)) = CURRENCY_AFTER_SET
            .longest_at(t, k)
            .filter(|&(_, idx)| admits(CURRENCY_AFTER[idx].0, CURRENCY_AFTER[idx].1))
        {
            let word = CURRENCY_AFTER[idx].0;
            // "đ" and "won" are money only against a number or in their language.
            let ok = match word {
                "đ" => touching || cx.p.owns_currency_word(word),
                "won" => cx.p.owns_currency_word(word) && n.scaled,
                "đô" => cx.p.owns_currency_word(word),
                // "đồng" opens many nouns: "106 đồng chí", "đồng bào", "đồng thời".
                "đồng" => !t
                    .next(end)
                    .and_then(|j| t.word(j))
                    .is_some_and(is_dong_compound),
                _ => true,
            };
            if ok {
                let last = per_unit_tail(t, end);
                return Some(
                    Candidate::new(Kind::Money, first, last, Value::Number(value))
                        .unit(CURRENCY_AFTER[idx].1),
                );
            }
        }
        if words && touching && t.word(k) == Some("p") && cx.facts.pound {
            return Some(
                Candidate::new(Kind::Money, first, k, Value::Number(value / 100.0)).unit("GBP"),
            );
        }
        // Physical quantities.
        let symbol = |&(end, unit): &(usize, &str)| {
            admits(&t.text[t.start(k)..t.end(end)].to_lowercase(), unit)
        };
        if let Some((end, unit)) = unit_at(t, k).filter(symbol) {
            if !(unit == "m" && n.scaled) {
                let last = per_unit_tail(t, end);
                return Some(
                    Candidate::new(Kind::Quantity, first, last, Value::Number(value)).unit(unit),
                );
            }
        }
        // Durations: "20 năm", "10 years", "20-year", "3,4 năm".
        if let Some(c) = duration(cx, first, n, k).filter(|_| words) {
            return Some(c);
        }
    }
    // "20-year", "49-minute": a hyphen between number and time unit.
    if t.joined_by(n.last, "-‐") {
        if let Some(c) = duration(cx, first, n, n.last + 2).filter(|_| words) {
            return Some(c);
        }
        // "300-pound", "5-acre": a quantity as an adjective.
        if let Some((end, unit)) = unit_at(t, n.last + 2).filter(|&(_, u)| u != "m" && words) {
            return Some(
                Candidate::new(Kind::Quantity, first, end, Value::Number(value)).unit(unit),
            );
        }
        return dashed_range(cx, first, n); // else "4-1" scores, "2022-2023" periods
    }
    if n.digits && cx.p.names_before_nouns && n.plain && is_name_number(cx, first, n) {
        return None;
    }
    // "© 2020 Báo Tin Tức": a year before a name is a year.
    if n.plain && year_like(t.raw(n.first)) && k.is_some_and(|k| t.is_capitalized(k)) {
        return None;
    }
    let noun = k.and_then(|k| counted_noun(cx, k));
    // Vietnamese amounts in tỷ/triệu with no noun after them are money in
    // đồng: "khối ngoại xả ròng gần 2.500 tỷ".
    if let Some(code) =
        cx.p.scaled_amounts_currency
            .filter(|_| noun.is_none() && n.scaled && value >= 1e6)
    {
        return Some(Candidate::new(Kind::Money, first, n.last, Value::Number(value)).unit(code));
    }
    if let Some(end) = noun {
        // A word number alone before a noun is a count only if it is more than
        // "một"/"one", which mostly mean "a".
        if !n.digits && value == 1.0 {
            return None;
        }
        let unit_text = t.text[t.start(k?)..t.end(end)].to_string();
        return Some(Candidate::new(Kind::Count, first, end, Value::Number(value)).unit(unit_text));
    }
    if !n.digits {
        // Bare number words: "top five". "one" and Vietnamese words alone are
        // pronouns and articles more often than figures.
        let zero = value == 0.0 && t.word(n.first) == Some("zero");
        let counts_alone =
            cx.p.bare_number_words_from
                .is_some_and(|from| value >= from);
        return (counts_alone || n.scaled || zero)
            .then(|| Candidate::new(Kind::Number, first, n.last, Value::Number(value)));
    }
    if is_name_number(cx, first, n) || is_list_marker(cx, first, n) {
        return None;
    }
    Some(Candidate::new(
        Kind::Number,
        first,
        n.last,
        Value::Number(value),
    ))
}

/// Second syllables that make "đồng" a word of its own, not the currency:
/// "đồng chí" (comrade), "đồng bào", "đồng thời", "đồng bằng", "đồng hồ"…
fn is_dong_compound(w: &str) -> bool {
    matches!(
        w,
        "chí"
            | "bào"
            | "nghiệp"
            | "thời"
            | "ruộng"
            | "bằng"
            | "hồ"
            | "loạt"
            | "đội"
            | "hương"
            | "minh"
            | "ý"
            | "tình"
            | "hành"
            | "lòng"
            | "phục"
            | "thuận"
            | "bộ"
            | "điệu"
            | "dạng"
            | "nhất"
            | "sở"
            | "tâm"
            | "cảm"
            | "chủ"
            | "âm"
            | "cỏ"
            | "xu"
            | "môn"
            | "đều"
            | "niên"
            | "dao"
            | "thau"
            | "đẳng"
            | "hạng"
            | "lứa"
            | "trinh"
    )
}

/// A physical unit at token `k`: a phrase ("mét vuông", "square kilometres")
/// or a symbol written as touching tokens ("km2", "m²", "°C", "km/h").
pub fn unit_at(t: &Tokens, k: usize) -> Option<(usize, &'static str)> {
    // Symbols: join up to four touching tokens and take the longest known one.
    let mut joined = String::new();
    let mut best = None;
    let mut j = k;
    while j < t.len() && j < k + 4 {
        if t.kind(j) == Some(TokKind::Space) {
            break;
        }
        if j > k && !t.touch(j - 1, j) {
            break;
        }
        match t.word(j) {
            Some(w) => joined.push_str(w),
            None => joined.push_str(t.raw(j)),
        }
        if let Some(unit) = unit_symbol(&joined) {
            // The symbol must end where the word ends: "m" is not "mùa".
            // (A symbol ending in a power, "m2sàn", is only missing a space.)
            let ends = !t.touch(j, j + 1)
                || t.kind(j + 1) != Some(TokKind::Word)
                || joined.ends_with(|c: char| c.is_ascii_digit() || c == '²' || c == '³');
            if ends {
                best = Some((j, unit));
            }
        }
        j += 1;
    }
    if best.is_some() {
        return best;
    }
    UNIT_PHRASE_SET
        .longest_at(t, k)
        .map(|(end, idx)| (end, unit_symbol(UNIT_PHRASE_SET.get(idx)).unwrap_or("")))
}

/// A duration: the number and a unit of time at `k`.
fn duration(cx: &Context, first: usize, n: &Numeral, k: usize) -> Option<Candidate> {
    let t = cx.t;
    let (end, idx) = TIME_UNIT_SET.longest_at(t, k)?;
    let (word, designator, mult) = TIME_UNITS[idx];
    // "năm 2023", "tháng 5/2021" are dates, not "five years": a time unit
    // followed by digits belongs to a date.
    if let Some(after) = follower(t, end) {
        if t.kind(after) == Some(TokKind::Digits) && matches!(word, "năm" | "tháng" | "ngày") {
            return None;
        }
    }
    // "tháng" after a number is a count of months unless a year follows.
    let iso = |v: f64| iso_duration(v * mult, designator);
    // "3,4 năm": two consecutive single digits with a comma are "three or four"
    // in Vietnamese, a range, not 3.4.
    let raw = &t.text[t.start(n.first)..t.end(n.last)];
    if cx.p.consecutive_digits_are_ranges {
        if let Some((a, b)) = raw.split_once(cx.marks.decimal) {
            if let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) {
                if a < 10 && b == a + 1 {
                    let mut c =
                        Candidate::new(Kind::Duration, first, end, Value::Iso(iso(a as f64)));
                    c.high = Some(Value::Iso(iso(b as f64)));
                    return Some(c);
                }
            }
        }
    }
    Some(Candidate::new(
        Kind::Duration,
        first,
        end,
        Value::Iso(iso(n.value)),
    ))
}

/// An ISO 8601 duration: `P20Y`, `P3M`, `PT5H`, `PT49M`.
pub fn iso_duration(v: f64, designator: &str) -> String {
    let num = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    match designator {
        "H" => format!("PT{num}H"),
        "MIN" => format!("PT{num}M"),
        "S" => format!("PT{num}S"),
        d => format!("P{num}{d}"),
    }
}

/// The counted noun at token `k`: its last token.
fn counted_noun(cx: &Context, k: usize) -> Option<usize> {
    let t = cx.t;
    let w = t.word(k)?;
    if is_not_noun(w) || w.chars().count() > 20 {
        return None;
    }
    match cx.p.counted_noun {
        CountedNoun::None => None,
        CountedNoun::Classifiers => {
            let cap = t.is_capitalized(k);
            if cap {
                // "2 Huy hiệu Đảng", "5 BQL Dự án": a capitalised name of a thing.
                let mut end = k;
                for n in 1..3 {
                    let Some(j) = t.next(end) else { break };
                    match t.word(j) {
                        Some(x) if !is_not_noun(x) && (t.is_capitalized(j) || n == 1) => end = j,
                        _ => break,
                    }
                }
                return Some(end);
            }
            if SINGLE_NOUNS.contains(&w) {
                return Some(k);
            }
            let more = if CLASSIFIERS.contains(&w) { 2 } else { 1 };
            let mut end = k;
            for _ in 0..more {
                let Some(j) = t.next(end) else { break };
                match t.word(j) {
                    Some(x) if !is_not_noun(x) && !t.is_capitalized(j) => end = j,
                    _ => break,
                }
            }
            Some(end)
        }
        CountedNoun::EndsAtPlural => {
            if t.is_capitalized(k) && !w.ends_with('s') {
                return None;
            }
            // Up to three words of a noun phrase, ending at the first plural.
            let mut end = k;
            let mut n = 1;
            while !t.word(end).unwrap_or("").ends_with('s') && n < 3 {
                let Some(j) = t.next(end) else { break };
                match t.word(j) {
                    Some(x) if !is_not_noun(x) && !t.is_capitalized(j) => {
                        end = j;
                        n += 1;
                    }
                    _ => break,
                }
            }
            Some(end)
        }
    }
}

/// "Ban Chỉ đạo 35", "Boeing 737", "iPhone 4": a number right after a name.
fn is_name_number(cx: &Context, first: usize, n: &Numeral) -> bool {
    let t = cx.t;
    let Some(p) = t.prev(first) else { return false };
    if t.kind(p) != Some(TokKind::Word) {
        return false;
    }
    let named = |j: usize| t.raw(j).chars().any(char::is_uppercase) && !cx.starts_sentence(j);
    if named(p) {
        return true;
    }
    // Vietnamese names capitalise their first syllable only: "Ban Chỉ đạo 35".
    cx.p.names_capitalise_first_syllable
        && n.plain
        && t.prev(p)
            .is_some_and(|pp| t.kind(pp) == Some(TokKind::Word) && named(pp))
}

/// "1." or "2)" opening a line: the number of a list item.
fn is_list_marker(cx: &Context, first: usize, n: &Numeral) -> bool {
    let t = cx.t;
    let line_start = first == 0
        || (t.kind(first - 1) == Some(TokKind::Space) && t.newline(first - 1))
        || t.kind(first - 1) == Some(TokKind::Punct) && t.raw(first - 1) == "•";
    line_start && n.plain && t.mark_after(n.last, ".)")
}

/// "two-thirds", "three-quarters", "một nửa", "hai phần ba": fractions in words.
fn fraction(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let w = t.word(i)?;
    let denominator = |d: &str| -> Option<f64> {
        Some(match d {
            "half" | "halves" => 2.0,
            "third" | "thirds" => 3.0,
            "quarter" | "quarters" => 4.0,
            "fifth" | "fifths" => 5.0,
            "tenth" | "tenths" => 10.0,
            _ => return None,
        })
    };
    // "two-thirds"
    if t.joined_by(i, "-‐") {
        let numerator = match w {
            "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            _ => return None,
        };
        let d = denominator(t.word(i + 2)?)?;
        return (numerator < d)
            .then(|| Candidate::new(Kind::Number, i, i + 2, Value::Number(numerator / d)));
    }
    // "một nửa", "hai phần ba"
    if w == "một" {
        let n = t.next(i)?;
        if t.word(n) == Some("nửa") {
            return Some(Candidate::new(Kind::Number, i, n, Value::Number(0.5)));
        }
    }
    let num = cx.p.number_words_at(t, i).filter(|n| n.first == n.last)?;
    let phan = t.next(num.last).filter(|&p| t.word(p) == Some("phần"))?;
    let den = t
        .next(phan)
        .and_then(|d| cx.p.number_words_at(t, d))
        .filter(|d| d.first == d.last)?;
    (num.value < den.value && den.value > 0.0).then(|| {
        Candidate::new(
            Kind::Number,
            i,
            den.last,
            Value::Number(num.value / den.value),
        )
    })
}

/// "tens of thousands", "hàng nghìn người": an order of magnitude, at least.
fn vague(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    // (phrase, at least, takes "of": "thousands of people")
    const PHRASES: &[(&str, f64, bool)] = &[
        ("tens of thousands", 1e4, true),
        ("hundreds of thousands", 1e5, true),
        ("tens of millions", 1e7, true),
        ("hundreds of millions", 1e8, true),
        ("dozens", 12.0, true),
        ("hundreds", 100.0, true),
        ("thousands", 1e3, true),
        ("millions", 1e6, true),
        ("billions", 1e9, true),
        ("hàng chục", 10.0, false),
        ("hàng trăm", 100.0, false),
        ("hàng nghìn", 1e3, false),
        ("hàng ngàn", 1e3, false),
        ("hàng vạn", 1e4, false),
        ("hàng triệu", 1e6, false),
        ("hàng tỷ", 1e9, false),
        ("hàng chục nghìn", 1e4, false),
        ("hàng chục ngàn", 1e4, false),
        ("hàng trăm nghìn", 1e5, false),
        ("hàng trăm ngàn", 1e5, false),
    ];
    static SET: std::sync::LazyLock<crate::text::phrases::PhraseSet> =
        std::sync::LazyLock::new(|| {
            crate::text::phrases::PhraseSet::new(
                &PHRASES.iter().map(|(p, _, _)| *p).collect::<Vec<_>>(),
            )
        });
    let (end, k) = SET.longest_at(t, i)?;
    let value = PHRASES[k].1;
    // English needs "of" after it ("thousands of people"); the figure is the
    // count of what follows.
    let mut last = end;
    let mut noun_at = t.next(end);
    if PHRASES[k].2 {
        let of = t.next(end).filter(|&o| t.word(o) == Some("of"))?;
        noun_at = t.next(of);
        last = of;
    }
    let mut c = match noun_at.and_then(|k| counted_noun(cx, k).map(|e| (k, e))) {
        Some((k, e)) => {
            let unit = t.text[t.start(k)..t.end(e)].to_string();
            Candidate::new(Kind::Count, i, e, Value::Number(value)).unit(unit)
        }
        None => Candidate::new(Kind::Number, i, last, Value::Number(value)),
    };
    c.qualifier = crate::model::Qualifier::Over;
    Some(c)
}

/// "century-old", "decade-long", "year-long": one unit of time as an adjective.
fn unit_long(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    // The hyphen first: it rules out almost every word at once.
    if !(t.is_punct(i + 1, '-') && t.touch(i, i + 1) && t.touch(i + 1, i + 2)) {
        return None;
    }
    let w = t.word(i)?;
    let &(_, designator, mult) = TIME_UNITS
        .iter()
        .find(|(u, _, _)| *u == w && u.is_ascii() && !u.ends_with('s'))?;
    matches!(t.word(i + 2), Some("old" | "long")).then(|| {
        Candidate::new(
            Kind::Duration,
            i,
            i + 2,
            Value::Iso(iso_duration(mult, designator)),
        )
    })
}

/// "twice", "doubled", "halve", "gấp đôi", "gấp 3 lần": multipliers that are
/// figures in their own right.
fn multiplier(cx: &Context, i: usize) -> Option<Candidate> {
    let t = cx.t;
    let w = t.word(i)?;
    let (last, value) = match w {
        "twice" | "double" | "doubled" | "doubling" => (i, 2.0),
        "triple" | "tripled" | "treble" | "trebled" => (i, 3.0),
        "quadrupled" => (i, 4.0),
        "halve" | "halved" | "halving" => (i, 0.5),
        "gấp" => {
            let j = t.next(i)?;
            match t.word(j) {
                Some("đôi") => (j, 2.0),
                Some("rưỡi") => (j, 1.5),
                Some("ba") => (j, 3.0),
                _ if t.kind(j) == Some(TokKind::Digits) => {
                    let n = digits::read(t, j, cx.marks)?;
                    let l = t
                        .next(n.last)
                        .filter(|&l| t.word(l) == Some("lần"))
                        .unwrap_or(n.last);
                    (l, n.value)
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    // "double" as an adjective before a noun is no figure: "double standards".
    if w == "double"
        && t.next(i)
            .and_then(|j| t.word(j))
            .is_some_and(|x| !is_not_noun(x))
    {
        return None;
    }
    Some(Candidate::new(Kind::Number, i, last, Value::Number(value)))
}

#[cfg(test)]
mod tests {
    use crate::model::{Kind, Language, Options};

    /// (input, language, figure text, kind, value as JSON, unit)
    #[rustfmt::skip]
    const ROWS: &[(&str, Language, &str, Kind, &str, Option<&str>)] = &[
        ("khám 1.038 lượt (đương chức", Language::Vi, "1.038 lượt", Kind::Count, "1038", Some("lượt")),
        ("kỷ luật 25 đảng viên (giảm", Language::Vi, "25 đảng viên", Kind::Count, "25", Some("đảng viên")),
        ("trị giá 36 tỷ 208 triệu đồng.", Language::Vi, "36 tỷ 208 triệu đồng", Kind::Money, "36208000000", Some("VND")),
        ("đạt 7.004,91 tỷ đồng, đạt", Language::Vi, "7.004,91 tỷ đồng", Kind::Money, "7004910000000", Some("VND")),
        ("xả ròng gần 2.500 tỷ", Language::Vi, "2.500 tỷ", Kind::Money, "2500000000000", Some("VND")),
        ("tăng 12,8% so với", Language::Vi, "12,8%", Kind::Percent, "12.8", Some("%")),
        ("lượng mưa 121mm, ", Language::Vi, "121mm", Kind::Quantity, "121", Some("mm")),
        ("dài hơn 8,7 km", Language::Vi, "8,7 km", Kind::Quantity, "8.7", Some("km")),
        ("kỷ niệm 20 năm thành lập", Language::Vi, "20 năm", Kind::Duration, "\"P20Y\"", None),
        ("trong 3,4 năm, báo cáo", Language::Vi, "3,4 năm", Kind::Duration, "\"P3Y\"", None),
        ("khiển trách 19, cảnh cáo", Language::Vi, "19", Kind::Number, "19", None),
        ("20.000 USD/em/năm", Language::Vi, "20.000 USD/em/năm", Kind::Money, "20000", Some("USD")),
        ("revenue of $15.7 billion was", Language::En, "$15.7 billion", Kind::Money, "15700000000", Some("USD")),
        ("seeks $427bn cuts", Language::En, "$427bn", Kind::Money, "427000000000", Some("USD")),
        ("a £265m package", Language::En, "£265m", Kind::Money, "265000000", Some("GBP")),
        ("rate to 4pc as", Language::En, "4pc", Kind::Percent, "4", Some("%")),
        ("by 25 basis points to", Language::En, "25 basis points", Kind::Percent, "0.25", Some("pp")),
        ("sold 3.47 million Macs during", Language::En, "3.47 million Macs", Kind::Count, "3470000", Some("Macs")),
        ("for 10 years.", Language::En, "10 years", Kind::Duration, "\"P10Y\"", None),
        ("a 20-year plan", Language::En, "20-year", Kind::Duration, "\"P20Y\"", None),
        ("Rezoning .5 acres on", Language::En, ".5 acres", Kind::Quantity, "0.5", Some("ac")),
        ("top five in action", Language::En, "five", Kind::Number, "5", None),
        ("Mane scored twice as", Language::En, "twice", Kind::Number, "2", None),
        ("tăng gấp đôi so với", Language::Vi, "gấp đôi", Kind::Number, "2", None),
        ("the 2½% rate", Language::En, "2½%", Kind::Percent, "2.5", Some("%")),
        ("hai tiểu dự án", Language::Vi, "hai tiểu dự án", Kind::Count, "2", Some("tiểu dự án")),
        ("Tổng số 1.038 lượt khám", Language::Vi, "1.038 lượt", Kind::Count, "1038", Some("lượt")),
        ("a 300-pound manhole cover", Language::En, "300-pound", Kind::Quantity, "300", Some("lb")),
        ("about two-thirds of voters", Language::En, "two-thirds", Kind::Number, "0.6666666666666666", None),
        ("hàng nghìn người dân", Language::Vi, "hàng nghìn người", Kind::Count, "1000", Some("người")),
        ("tens of thousands of people", Language::En, "tens of thousands of people", Kind::Count, "10000", Some("people")),
        ("century-old pipes", Language::En, "century-old", Kind::Duration, "\"P100Y\"", None),
        ("the rate was precisely zero.", Language::En, "zero", Kind::Number, "0", None),
        ("tặng 106 đồng chí và", Language::Vi, "106 đồng chí", Kind::Count, "106", Some("đồng chí")),
    ];

    #[test]
    fn table() {
        for &(input, lang, text, kind, value, unit) in ROWS {
            let a = crate::analyze(
                input,
                &Options {
                    language: Some(lang),
                    ..Default::default()
                },
            );
            let f = a
                .figures
                .iter()
                .find(|f| f.text.ends_with(text) || f.text == text);
            let Some(f) = f else {
                panic!(
                    "{input}: no figure {text:?} in {:?}",
                    a.figures.iter().map(|f| &f.text).collect::<Vec<_>>()
                );
            };
            assert_eq!(f.kind, kind, "{input}");
            assert_eq!(serde_json::to_string(&f.value).unwrap(), value, "{input}");
            assert_eq!(f.unit.as_deref(), unit, "{input}");
        }
    }

    #[test]
    fn not_figures() {
        for (input, lang) in [
            ("đội ngũ VN30 tăng", Language::Vi),
            ("the COVID-19 pandemic", Language::En),
            ("the G7 summit", Language::En),
            ("a Boeing 737 jet", Language::En),
            ("ngõ 1A đường", Language::Vi),
            ("Updated (GMT+7)", Language::En),
        ] {
            crate::testing::assert_no_figures(input, lang);
        }
    }

    #[test]
    fn years_before_names_and_documents() {
        let vi = Options {
            language: Some(Language::Vi),
            ..Default::default()
        };
        let a = crate::analyze("© 2020 Báo Tin Tức. Giấy phép số 123/GP-BTTTT.", &vi);
        let got: Vec<(Kind, &str)> = a
            .figures
            .iter()
            .map(|f| (f.kind, f.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Kind::Date, "2020"),
                (Kind::Reference, "Giấy phép số 123/GP-BTTTT")
            ]
        );
    }
}
