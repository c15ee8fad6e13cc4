//! Physical units after a number: a symbol written as touching tokens
//! ("km2", "m²", "°C", "km/h") or a phrase ("mét vuông", "square
//! kilometres"), and the "/kg", "/em/năm" that may follow a unit.

use super::super::lexicon::*;
use super::super::Context;
use crate::figures::lexicon::AND_WORDS;
use crate::numbers::digits;
use crate::text::tokens::{TokKind, Tokens};

/// Extends a money or quantity figure over "/em/năm", "/kg", "/tháng".
pub(super) fn per_unit_tail(t: &Tokens, mut last: usize) -> usize {
    while t.is_punct(last + 1, '/')
        && t.touch(last, last + 1)
        && t.kind(last + 2) == Some(TokKind::Word)
        && t.touch(last + 1, last + 2)
    {
        last += 2;
    }
    last
}

/// A quantity's unit over the measure its per-unit tail names: "kg/ha"
/// (a yield), "t/ha". What the tail reckons it over otherwise, a time or
/// a thing ("/năm", "/người"), is no unit of it: "kg" of "kg/người".
pub(super) fn per_measure(t: &Tokens, end: usize, unit: &str) -> String {
    let over = (t.is_punct(end + 1, '/') && t.touch(end, end + 1) && t.touch(end + 1, end + 2))
        .then(|| bare_unit_at(t, end + 2))
        .flatten();
    match over {
        Some((_, per)) => format!("{unit}/{per}"),
        None => unit.to_string(),
    }
}

static UNIT_POWERS: crate::lang::Known<(&str, &str)> = crate::lang::Known::new(|w| w.unit_powers);
static UNIT_BRACKETS: crate::lang::Known<(&str, &str)> =
    crate::lang::Known::new(|w| w.unit_brackets);

/// A physical unit at token `k`: a phrase ("mét vuông", "square kilometres")
/// or a symbol written as touching tokens ("km2", "m²", "°C", "km/h", "km^2"),
/// raised by a word after it ("km squared"), or in brackets ("20 (kg)").
pub fn unit_at(t: &Tokens, k: usize) -> Option<(usize, &'static str)> {
    if let Some(&(_, close)) =
        UNIT_BRACKETS.find(|(o, _)| t.is_punct(k, o.chars().next().unwrap_or(' ')))
    {
        // "20 (kg)": the bracket holds the unit and nothing else.
        let (end, unit) = bare_unit_at(t, k + 1).filter(|_| t.touch(k, k + 1))?;
        let shut = close.chars().next().unwrap_or(' ');
        return (t.is_punct(end + 1, shut) && t.touch(end, end + 1)).then_some((end + 1, unit));
    }
    let (end, unit) = bare_unit_at(t, k)?;
    // "km^2", "km squared", "m cubed": a power after the unit raises it (a
    // unit of letters alone: "km/h^2" is beyond this).
    let power = if t.joined_by(end, "^") && t.touch(end + 1, end + 2) {
        Some((end + 2, t.raw(end + 2)))
    } else {
        t.next(end).and_then(|p| {
            let w = t.word(p)?;
            UNIT_POWERS.find(|(x, _)| *x == w).map(|&(_, d)| (p, d))
        })
    };
    // (The raised symbol as the tables write it: "km3".)
    if let Some((last, raised)) = power.and_then(|(last, d)| {
        let raised = unit_symbol(&format!("{unit}{d}"))?;
        (!unit.ends_with(|c: char| c.is_ascii_digit())).then_some((last, raised))
    }) {
        return Some((last, raised));
    }
    Some((end, unit))
}

fn bare_unit_at(t: &Tokens, k: usize) -> Option<(usize, &'static str)> {
    // Symbols: join up to six touching tokens and take the longest known one
    // ("km/h", "ki-lô-mét": three syllables and their hyphens).
    let mut joined = String::new();
    let mut best = None;
    let mut j = k;
    while j < t.len() && j < k + 6 {
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
    // A phrase that goes on past the symbol wins: "miles an hour", "metric tons".
    let phrase = UNIT_PHRASE_SET
        .longest_at(t, k)
        .map(|(end, idx)| (end, unit_symbol(UNIT_PHRASE_SET.get(idx)).unwrap_or("")));
    match (best, phrase) {
        (Some(b), Some(p)) if p.0 > b.0 => Some(p),
        (Some(b), _) => Some(b),
        (None, p) => p,
    }
}

static UNIT_MARKS: crate::lang::Known<(&str, &str)> = crate::lang::Known::new(|w| w.unit_marks);
static COMPOUND_UNITS: crate::lang::Known<(&str, &str, f64)> =
    crate::lang::Known::new(|w| w.compound_units);
static TEMPERATURE_CUES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.temperature_cues);
static TEMPERATURE_LETTERS: crate::lang::Known<(&str, &str, bool)> =
    crate::lang::Known::new(|w| w.temperature_letters);

/// A mark against the number's end that is a unit ("9\"", "2½'", "150″"),
/// unless it closes a quotation opened earlier on the line ("\"… by 5\"").
pub(super) fn unit_mark(cx: &Context, n_last: usize) -> Option<(usize, &'static str)> {
    let t = cx.t;
    let m = n_last + 1;
    if !t.touch(n_last, m) || t.kind(m) != Some(TokKind::Punct) {
        return None;
    }
    let raw = t.raw(m);
    let &(mark, unit) = UNIT_MARKS.find(|(k, _)| *k == raw)?;
    // "5's", "2'3": a letter against the mark makes it an apostrophe.
    if t.touch(m, m + 1) && t.kind(m + 1) == Some(TokKind::Word) {
        return None;
    }
    if mark.is_ascii() {
        // The same mark earlier on the line, not between letters, an odd
        // number of times: this one closes a quotation.
        let line = cx.facts.line_start(t.text, t.start(n_last));
        let mut open = false;
        for j in cx.reach.back(n_last, 0, crate::text::reach::TOKENS) {
            if t.start(j) < line {
                break;
            }
            let apostrophe = j > 0
                && t.kind(j - 1) == Some(TokKind::Word)
                && t.touch(j - 1, j)
                && t.kind(j + 1) == Some(TokKind::Word)
                && t.touch(j, j + 1);
            if t.raw(j) == mark && !apostrophe {
                open = !open;
            }
        }
        if open {
            return None;
        }
    }
    Some((m, unit))
}

/// "12 ft 2 in", "5 feet and 2 inches", "6 feet 2", "5'11\"": a measure in
/// a larger unit and the smaller one after it, as one quantity in the
/// larger. Returns the last token and the value.
pub(super) fn compound_tail(
    cx: &Context,
    end: usize,
    unit: &str,
    value: f64,
) -> Option<(usize, f64)> {
    let t = cx.t;
    let &(_, small, per) = COMPOUND_UNITS.find(|(l, _, _)| *l == unit)?;
    let mut j = if t.touch(end, end + 1) && t.kind(end + 1) == Some(TokKind::Digits) {
        end + 1
    } else {
        t.next(end)?
    };
    if AND_WORDS.at(t, j) {
        j = t.next(j)?;
    }
    let m = cx.digits_at(j).filter(|m| m.value < per && m.plain)?;
    let after = if t.touch(m.last, m.last + 1) && t.kind(m.last + 1) != Some(TokKind::Space) {
        Some(m.last + 1)
    } else {
        t.next(m.last)
    };
    let small_end = unit_mark(cx, m.last)
        .filter(|&(_, u)| u == small)
        .map(|(e, _)| e)
        .or_else(|| {
            let a = after?;
            unit_at(t, a)
                .filter(|&(_, u)| u == small)
                .map(|(e, _)| e)
                .or_else(|| {
                    t.word(a)
                        .and_then(|w| unit_after_fraction(w))
                        .filter(|&u| u == small)
                        .map(|_| a)
                })
        });
    let last = match small_end {
        Some(e) => e,
        // "6 feet 2": nothing else after the number.
        None if after
            .is_none_or(|a| !matches!(t.kind(a), Some(TokKind::Word | TokKind::Digits))) =>
        {
            m.last
        }
        None => return None,
    };
    Some((last, value + m.value / per))
}

static FRACTION_UNITS: crate::lang::Known<(&str, &str)> =
    crate::lang::Known::new(|w| w.fraction_units);

/// A unit word read as one only after a fraction or a compound ("2 1/2 in").
pub(super) fn unit_after_fraction(w: &str) -> Option<&'static str> {
    FRACTION_UNITS.find(|(x, _)| *x == w).map(|&(_, u)| u)
}

/// Whether a word of temperature stands near token `i` (24 tokens either
/// side): the sentence is about temperature.
fn temperature_near(cx: &Context, i: usize) -> bool {
    let t = cx.t;
    let near = |j: usize| match t.word(j) {
        Some(w) => TEMPERATURE_CUES.contains(w),
        None => TEMPERATURE_CUES.contains(t.raw(j)),
    };
    cx.reach.back(i, 0, 24).any(near) || cx.reach.ahead(i, t.len(), 24).any(near)
}

/// A capital letter after a number that is a scale of temperature: "30 C",
/// "98 F" anywhere, "573.15K" in a sentence about temperature.
#[inline(never)]
pub(super) fn temperature_letter(cx: &Context, n_last: usize, k: usize) -> Option<&'static str> {
    let t = cx.t;
    let raw = t.raw(k);
    if t.kind(k) != Some(TokKind::Word)
        || raw.len() != 1
        || !raw.bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    // Nothing against the letter: "30 C." and "30 C outside", not "30 C3".
    if t.touch(k, k + 1) && matches!(t.kind(k + 1), Some(TokKind::Word | TokKind::Digits)) {
        return None;
    }
    let w = t.word(k)?;
    let &(_, unit, needs_cue) = TEMPERATURE_LETTERS.find(|(l, _, _)| *l == w)?;
    if needs_cue {
        return temperature_near(cx, n_last).then_some(unit);
    }
    // A bare C or F stands apart from the number ("30C" may be a code).
    (!t.touch(n_last, k)).then_some(unit)
}

/// "1/2 cup", "10 1/2 miles", "9 ½ years", "2 1/2 in": a fraction, alone or
/// after a whole number and a space, before a unit or a unit of time.
pub(super) fn fraction_measure(
    cx: &Context,
    first: usize,
    n: &crate::numbers::Numeral,
) -> Option<super::Candidate> {
    use crate::model::{Kind, Value};
    let t = cx.t;
    if !n.digits || n.scaled {
        return None;
    }
    // "2 1/2" or "9 ½" read whole by the digits' reader already.
    let mixed = !n.plain
        && n.last > n.first
        && (t.is_punct(n.last - 1, '/') || digits::vulgar(t.raw(n.last)).is_some());
    if !n.plain && !mixed {
        return None;
    }
    // The denominator after "a/": more than the numerator, no date after it.
    let over = |a: &crate::numbers::Numeral| {
        if !t.joined_by(a.last, "/") {
            return None;
        }
        let d = cx
            .digits_at(a.last + 2)
            .filter(|d| d.plain && d.value > a.value)?;
        (!t.mark_after(d.last, "/")).then(|| (a.value / d.value, d.last))
    };
    let (value, last) = match over(n) {
        _ if mixed => (n.value, n.last),
        Some(f) => f,
        None => {
            let j = t.next(n.last).filter(|&j| j == n.last + 2)?;
            match digits::vulgar(t.raw(j)) {
                Some(v) => (n.value + v, j),
                None => {
                    let a = cx.digits_at(j).filter(|a| a.plain)?;
                    let (f, last) = over(&a)?;
                    (n.value + f, last)
                }
            }
        }
    };
    let f = crate::numbers::Numeral {
        first: n.first,
        last,
        value,
        plain: false,
        digits: true,
        scaled: false,
        ordinal: false,
    };
    // (A mixed number read whole is the caller's own: `after_number` reads
    // its unit after this returns, and asking it again would never end.)
    if !mixed {
        if let Some(c) = super::after_number(cx, first, &f)
            .filter(|c| matches!(c.kind, Kind::Quantity | Kind::Duration | Kind::Percent))
        {
            return Some(c);
        }
    }
    // "2 1/2 in thick": a unit word that is one only after a fraction.
    let k = t.next(last)?;
    let unit = t.word(k).and_then(unit_after_fraction)?;
    if t.next(k).and_then(|j| t.word(j)).is_some_and(is_not_noun) {
        return None;
    }
    Some(super::Candidate::new(Kind::Quantity, first, k, Value::Number(value)).unit(unit))
}

#[cfg(test)]
mod tests {
    use crate::model::Language::{En, Vi};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, crate::model::Language, &str, &str)] = &[
            // Fractions and mixed numbers before a unit.
            ("more than 10 1/2 miles of cable", En, "10 1/2 miles", "quantity 10.5 mi"),
            ("The door is 2 1/2 in thick", En, "2 1/2 in", "quantity 2.5 in"),
            ("a 1/4 inch gap", En, "1/4 inch", "quantity 0.25 in"),
            ("and 1/2 cup olive oil", En, "1/2 cup", "quantity 0.5 cup"),
            ("½ teaspoon baking powder", En, "½ teaspoon", "quantity 0.5 tsp"),
            ("a ⅓ cup of sauce", En, "⅓ cup", "quantity 0.3333333333333333 cup"),
            ("rộng 1/2 ha đất", Vi, "1/2 ha", "quantity 0.5 ha"),
            // Compound measures, marks as units.
            ("The length is 12 ft 2 in more or less", En, "12 ft 2 in", "quantity 12.166666666666666 ft"),
            ("he is 5 feet and 2 inches.", En, "5 feet and 2 inches", "quantity 5.166666666666667 ft"),
            ("he is 6 feet 2.", En, "6 feet 2", "quantity 6.166666666666667 ft"),
            ("he is 5'11\" tall", En, "5'11\"", "quantity 5.916666666666667 ft"),
            ("finest 9\" plates", En, "9\"", "quantity 9 in"),
            ("across a 2½' (150\") field", En, "150\"", "quantity 150 in"),
            ("across a 2½' (150\") field", En, "2½'", "quantity 2.5 ft"),
            // Powers, brackets, units CLDR lacks.
            ("between 4km^2 and", En, "4km^2", "quantity 4 km2"),
            ("and 4 km squared", En, "4 km squared", "quantity 4 km2"),
            ("and 4 km cubed", En, "4 km cubed", "quantity 4 km3"),
            ("The weight is 20 (kg)", En, "20 (kg)", "quantity 20 kg"),
            ("The weight is 20 {kg}", En, "20 {kg}", "quantity 20 kg"),
            ("a scan of 14 mGy", En, "14 mGy", "quantity 14 mGy"),
            ("about 15,000 British thermal units of heat", En, "15,000 British thermal units", "quantity 15000 Btu"),
            ("roughly 4,500 tpd.", En, "4,500 tpd", "quantity 4500 t/d"),
            ("one thousand bytes.", En, "one thousand bytes", "quantity 1000 B"),
            ("said: 2 picometer", En, "2 picometer", "quantity 2 pm"),
            // Temperatures.
            ("set the temperature to 100 degrees", En, "100 degrees", "quantity 100 °"),
            ("Its 30 C outside!", En, "30 C", "quantity 30 °C"),
            ("temperatures of 300 °C (572 °F, 573.15K)", En, "573.15K", "quantity 573.15 K"),
            ("taken as −273.15° on", En, "−273.15°", "quantity -273.15 °"),
            ("nhiệt độ lên tới 39 độ, ", Vi, "39 độ", "quantity 39 °"),
            // An article or a half before a unit; one unit for two numbers.
            ("I want a gallon of beer", En, "a gallon", "quantity 1 gal"),
            ("half a mile away", En, "half a mile", "quantity 0.5 mi"),
            ("They were given 45 and 50 mg ethanol.", En, "45", "quantity 45 mg"),
            ("enable from 50 to 80% to flow", En, "50 to 80%", "percent 50 %"),
            ("and 3 to 4 L of wine", En, "3 to 4 L", "quantity 3 l"),
            // Vietnamese units in their spellings.
            ("thu 5 tấn lúa", Vi, "5 tấn", "quantity 5 t"),
            ("bán 3 tạ cá", Vi, "3 tạ", "quantity 3 q"),
            ("được 2 yến gạo", Vi, "2 yến", "quantity 2 yến"),
            ("trồng 12 héc ta rừng", Vi, "12 héc ta", "quantity 12 ha"),
            ("trồng 12 hécta rừng", Vi, "12 hécta", "quantity 12 ha"),
            ("trồng 12 ha rừng", Vi, "12 ha", "quantity 12 ha"),
            ("dùng 20 lít xăng", Vi, "20 lít", "quantity 20 l"),
            ("rộng 4 km2", Vi, "4 km2", "quantity 4 km2"),
            ("rộng 4 km² đất", Vi, "4 km²", "quantity 4 km2"),
            ("rộng 4 km vuông đất", Vi, "4 km vuông", "quantity 4 km2"),
            ("cách 30 cây số", Vi, "30 cây số", "quantity 30 km"),
            ("nắng nóng 39 độ C ở", Vi, "39 độ C", "quantity 39 °C"),
            ("đổ 500 mét khối bê tông", Vi, "500 mét khối", "quantity 500 m3"),
            ("đổ 500 m3 bê tông", Vi, "500 m3", "quantity 500 m3"),
            ("đổ 500 m³ bê tông", Vi, "500 m³", "quantity 500 m3"),
            ("nặng 200 gam", Vi, "200 gam", "quantity 200 g"),
        ];
        for &(input, lang, text, expect) in rows {
            crate::testing::check(input, lang, text, expect);
        }
    }

    #[test]
    fn not_units() {
        for (input, lang, text, expect) in [
            // A closing quotation mark is no inch; "in" alone is no inch.
            ("he said \"we won 5\" and left", En, "5", "number 5"),
            ("rose 5 in the year", En, "5", "number 5"),
            // A thousand outside a sentence about temperature.
            (
                "sales of 573.15K units",
                En,
                "573.15K units",
                "count 573150 units",
            ),
            // Idioms and rates with an article.
            ("costs $71.10 a barrel", En, "$71.10", "money 71.1 USD"),
            // A date is no fraction.
            ("on 1/2/2020 at", En, "1/2/2020", "date \"2020-01-02\""),
            // A list of numbers before other words keeps them numbers.
            ("khiển trách 19, cảnh cáo 2", Vi, "19", "number 19"),
        ] {
            crate::testing::check(input, lang, text, expect);
        }
        for (input, lang) in [("a ton of work", En), ("cả trăm y bác sĩ", Vi)] {
            crate::testing::assert_no_figures(input, lang);
        }
    }
}
