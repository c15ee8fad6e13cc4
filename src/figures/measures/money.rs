//! Money read from the words after a number, beyond the currency lists:
//! minor units ("45 cents" is 0.45 USD, "12-cent"), an amount and its minor
//! part read as one ("thirteen dollars and forty-five cents", "2 đô 23 xu"),
//! a pound that is money or weight by what the sentence speaks of, codes
//! with a scale letter ("20 MUSD").

use super::{follower, numeral};
use crate::figures::lexicon::{CURRENCY_AFTER, CURRENCY_AFTER_SET};
use crate::figures::{Candidate, Context};
use crate::model::{Kind, Value};
use crate::numbers::{scale, Numeral};
use crate::text::tokens::TokKind;

static MINOR_UNITS: crate::lang::Known<(&str, &str, f64)> =
    crate::lang::Known::new(|w| w.minor_units);
static MINOR_LINKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.minor_links);
static CODE_SCALES: crate::lang::Known<(&str, f64)> = crate::lang::Known::new(|w| w.code_scales);

/// `v` minor units as whole units, `per` of them making one: exact as
/// written ("64.2 cents" is 0.642, not 0.6420000000000001), the digits as
/// written divided once.
fn whole_units(v: f64, per: f64) -> f64 {
    for d in 0..=12 {
        let p = 10f64.powi(d);
        let digits = (v * p).round();
        if digits.abs() >= 9_007_199_254_740_992.0 {
            break;
        }
        if digits / p == v {
            return digits / (p * per);
        }
    }
    v / per
}

/// The minor unit word at `k` (lower case), if any: its currency and how
/// many make one.
fn minor_unit(cx: &Context, k: usize) -> Option<(&'static str, f64)> {
    let w = cx.t.word(k)?;
    MINOR_UNITS
        .find(|(u, _, _)| *u == w)
        .map(|&(_, code, per)| (code, per))
}

/// "45 cents", "210 pence", "12-cent" (at `k`, after the number `n`): an
/// amount of a minor unit that names its currency, as whole units of it.
pub(super) fn minor_alone(cx: &Context, first: usize, n: &Numeral, k: usize) -> Option<Candidate> {
    let (code, per) = minor_unit(cx, k).filter(|(code, _)| !code.is_empty())?;
    let value = whole_units(n.value, per);
    Some(Candidate::new(Kind::Money, first, k, Value::Number(value)).unit(code))
}

/// Extends an amount over its minor part: "thirteen dollars and forty-five
/// cents" (13.45 USD), "2 đô 23 xu", "hai đô la và 23 xen"; and a bare part
/// below a hundred that ends the clause, "hai đô 23", "c $ 100 and fifty".
/// Only a whole amount with no scale takes one.
pub(super) fn minor_part(cx: &Context, c: &mut Candidate, n: &Numeral) {
    let t = cx.t;
    let Value::Number(major) = c.value else {
        return;
    };
    if n.scaled || major.fract() != 0.0 || major < 0.0 || c.high.is_some() {
        return;
    }
    let Some(mut j) = t.next(c.last) else {
        return;
    };
    let linked = MINOR_LINKS.at(t, j);
    if linked {
        let Some(after) = t.next(j) else { return };
        j = after;
    }
    if t.kind(j) == Some(TokKind::Digits)
        && t.kind(j + 1) == Some(TokKind::Punct)
        && t.kind(j + 2) == Some(TokKind::Digits)
        && t.touch(j + 1, j + 2)
    {
        return; // "2 đô 23.5", "$5 and 10,000"
    }
    let Some(m) = numeral(cx, j, false) else {
        return;
    };
    if m.scaled || m.value.fract() != 0.0 || m.value < 1.0 {
        return;
    }
    let unit = c.unit.clone().unwrap_or_default();
    let (last, per) = match follower(t, m.last).and_then(|k| minor_unit(cx, k).map(|u| (k, u))) {
        Some((k, (code, per))) if code.is_empty() || code == unit => (k, per),
        Some(_) => return,
        None => {
            // A bare part: two digits ("hai đô 23"), or words after a link
            // ("and fifty"; "10$ một" is ten dollars for one), and nothing
            // after it in its clause but a stop.
            let ends = match t.next(m.last) {
                None => true,
                Some(k) => t.is_punct_in(k, ".,;:!?)"),
            };
            let two_digits = m.digits && t.raw(m.first).len() == 2;
            if !ends || !(two_digits || linked && !m.digits) {
                return;
            }
            (m.last, 100.0)
        }
    };
    if m.value >= per {
        return;
    }
    c.value = Value::Number((major * per + m.value) / per);
    c.last = last;
}

/// The pound words of the text's language ("pounds") at `k`, after the
/// number `n`: money (GBP) where the text is about money, else none (the
/// unit reader makes them pounds of weight). Money after a scale ("361
/// million pounds"), in a text that writes "£", or in a sentence with a
/// money word; weight before "of" ("5 million pounds of beef") or in a
/// sentence with a weight word ("weighs").
pub(super) fn pound_money(cx: &Context, first: usize, n: &Numeral, k: usize) -> Option<Candidate> {
    let t = cx.t;
    let w = cx.p.words;
    let word = t.word(k)?;
    if !w.pound_words.contains(word) {
        return None;
    }
    // "pounds sterling" is the currency's own name.
    if CURRENCY_AFTER_SET
        .longest_at(t, k)
        .is_some_and(|(end, _)| end > k)
    {
        return None;
    }
    if t.next(k)
        .and_then(|j| t.word(j))
        .is_some_and(|x| w.weight_links.contains(x))
    {
        return None;
    }
    // The words near it, within its sentence: a window of tokens each side.
    // A sentence that prices in another currency weighs in pounds ("a
    // twenty pound bag of beans for $13").
    let (s, e) = cx.sentence_of(k);
    let mut money_cue = false;
    let before = cx.reach.back(first, 0, NEAR);
    for i in before.chain(cx.reach.ahead(k + 1, t.len(), NEAR)) {
        if t.start(i) < s || t.start(i) >= e {
            continue;
        }
        match t.word(i) {
            Some(x) if w.weight_cues.contains(x) => return None,
            Some(x) => money_cue |= w.money_cues.contains(x),
            None if t.is_punct_in(i, "$€¥") => return None,
            None => {}
        }
    }
    let money = n.scaled || cx.facts.pound || money_cue;
    money.then(|| Candidate::new(Kind::Money, first, k, Value::Number(n.value)).unit("GBP"))
}

/// How many tokens each side of a pound word are read for what the
/// sentence speaks of (words and the spaces between them: about a dozen words).
const NEAR: usize = 24;

/// "20 MUSD", "5 MEUR": a currency code in capitals after a scale letter.
pub(super) fn scaled_code(cx: &Context, first: usize, n: &Numeral, k: usize) -> Option<Candidate> {
    let t = cx.t;
    let raw = t.raw(k);
    if n.scaled || raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let (letter, code) = t.word(k)?.split_at(1);
    let &(_, m) = CODE_SCALES.find(|(l, _)| *l == letter)?;
    let &(_, normal) = CURRENCY_AFTER
        .iter()
        .find(|(e, c)| *e == code && c.eq_ignore_ascii_case(e))?;
    let value = scale::times(n.value, m);
    let mut c = Candidate::new(Kind::Money, first, k, Value::Number(value)).unit(normal);
    c.scale = m;
    Some(c)
}

#[cfg(test)]
mod tests {
    use crate::model::Language::{self, En, Vi};

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, &str)] = &[
            // Currency names (CLDR) and the bare words several share.
            ("a fine of 10,000 swiss francs", En, "10,000 swiss francs", "money 10000 CHF"),
            ("paid 50 Canadian dollars", En, "50 Canadian dollars", "money 50 CAD"),
            ("worth 528 million francs", En, "528 million francs", "money 528000000 CHF"),
            ("250 million dutch guilders of bonds", En, "250 million dutch guilders", "money 250000000 NLG"),
            ("for 6.65 billion pesetas", En, "6.65 billion pesetas", "money 6650000000 ESP"),
            ("bought for 20 million marks", En, "20 million marks", "money 20000000 DEM"),
            ("it cost 10 us dollar", En, "10 us dollar", "money 10 USD"),
            ("costs 40 rmb", En, "40 rmb", "money 40 CNY"),
            ("giá 100 franc Thụy Sĩ", Vi, "100 franc Thụy Sĩ", "money 100 CHF"),
            ("thu 5 triệu đô la Mỹ", Vi, "5 triệu đô la Mỹ", "money 5000000 USD"),
            ("khoảng 20 bảng Anh", Vi, "20 bảng Anh", "money 20 GBP"),
            // Signs of one currency, before or after the amount.
            ("The price is 100 ₡", En, "100 ₡", "money 100 CRC"),
            ("I spent 100₾ on it", En, "100₾", "money 100 GEL"),
            ("won 100,000 ₭ there", En, "100,000 ₭", "money 100000 LAK"),
            ("the cost is 100元!", En, "100元", "money 100 CNY"),
            ("a ₺500 fine", En, "₺500", "money 500 TRY"),
            ("raised R$ 40 million", En, "R$ 40 million", "money 40000000 BRL"),
            ("sold for c $ 16.4 million", En, "c $ 16.4 million", "money 16400000 CAD"),
            // Pounds: money where money is spoken of, weight where weight.
            ("profit rose to 361 million pounds", En, "361 million pounds", "money 361000000 GBP"),
            ("It cost 20 pounds.", En, "20 pounds", "money 20 GBP"),
            ("buy 5 pounds of beef", En, "5 pounds", "quantity 5 lb"),
            ("he weighs 200 pounds", En, "200 pounds", "quantity 200 lb"),
            ("a twenty pound bag of beans for $13", En, "twenty pound", "quantity 20 lb"),
            ("chín pounds", Vi, "chín pounds", "money 9 GBP"),
            // Minor units, as fractions of the currency.
            ("prices averaged 64.2 cents a dozen", En, "64.2 cents", "money 0.642 USD"),
            ("far below the 210 pence level", En, "210 pence", "money 2.1 GBP"),
            ("a 12-cent-a-share dividend", En, "12-cent", "money 0.12 USD"),
            ("it only cost thirteen dollars and forty-five cents", En, "thirteen dollars and forty-five cents", "money 13.45 USD"),
            ("me c $ 100 and fifty.", En, "c $ 100 and fifty", "money 100.5 CAD"),
            ("hai đô la và 23 xen", Vi, "hai đô la và 23 xen", "money 2.23 USD"),
            ("2 đô 23 xu", Vi, "2 đô 23 xu", "money 2.23 USD"),
            ("hai đô 23", Vi, "hai đô 23", "money 2.23 USD"),
            ("between $5 and 10 people", En, "$5", "money 5 USD"),
            ("tặng 2 đồng xu", Vi, "2 đồng xu", "count 2 đồng xu"),
            // Abbreviated scales.
            ("It cost $3MM last year", En, "$3MM", "money 3000000 USD"),
            ("raised 20 MUSD in funding", En, "20 MUSD", "money 20000000 USD"),
            ("a deficit of 5 bln euros", En, "5 bln euros", "money 5000000000 EUR"),
            ("valued at $1.9T today", En, "$1.9T", "money 1900000000000 USD"),
            ("raised US$ 40 million", En, "US$ 40 million", "money 40000000 USD"),
            // Signs: only where the text writes one.
            ("It is -15€ ($-99.99).", En, "$-99.99", "money -99.99 USD"),
            // Brackets are no sign in prose: a conversion or an aside.
            ("The annual revenue is ($99.99).", En, "$99.99", "money 99.99 USD"),
            ("rise to 1 trillion yen ($12.54 billion), its highest", En, "$12.54 billion", "money 12540000000 USD"),
            ("fell to minus $3m", En, "minus $3m", "money -3000000 USD"),
            ("a fine of £80 ($100) was paid", En, "$100", "money 100 USD"),
            ("a loss of $3m", En, "$3m", "money 3000000 USD"),
            ("lỗ 12 tỷ đồng", Vi, "12 tỷ đồng", "money 12000000000 VND"),
            ("âm 4 tỷ đồng", Vi, "âm 4 tỷ đồng", "money -4000000000 VND"),
            ("Quỹ bảo hiểm y tế (49.282 tỷ đồng).", Vi, "49.282 tỷ đồng", "money 49282000000000 VND"),
            // Letters before a sign apart from it: no article, no word's end.
            ("won a $70,000 prize", En, "$70,000", "money 70000 USD"),
            ("Trader Joe's $6.99 wine", En, "$6.99", "money 6.99 USD"),
        ];
        for &(input, lang, text, expect) in rows {
            crate::testing::check(input, lang, text, expect);
        }
    }

    #[test]
    fn not_money() {
        for (input, lang) in [
            ("he got 5 marks out of 10", En),
            ("two question marks", En),
            ("the lira fell", En),
        ] {
            let a = crate::testing::analyze_as(input, lang);
            assert!(
                a.figures
                    .iter()
                    .all(|f| f.kind != crate::model::Kind::Money),
                "{input}: {:?}",
                a.figures
            );
        }
    }
}
