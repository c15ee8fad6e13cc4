//! The words the recognisers look for around a number: every known
//! language's (each kept in its profile, `lang::{vi,en}::words`) and the
//! common signs and codes (`lang::common`), joined into lists and indexed
//! phrase sets.
//!
//! Phrases are lower case with single spaces between words; a `-` inside a
//! phrase matches a hyphen in the text ("percentage points", "per-cent").

use crate::lang::known_words;
use crate::text::Lower;
use std::sync::LazyLock;

use crate::lang::DateCue;
use crate::model::{Direction, Qualifier};
use crate::text::phrases::{KeyFilter, PhraseSet, WordTable};

use crate::lang::known;

fn firsts<T>(list: &'static [(&'static str, T)]) -> Vec<&'static str> {
    list.iter().map(|(w, _)| *w).collect()
}

/// The lists below as indexed phrase sets, built once on first use.
pub static QUALIFIER_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&firsts(&QUALIFIERS)));
pub static CHANGE_BEFORE_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&firsts(&CHANGE_BEFORE)));
pub static CHANGE_AFTER_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&firsts(&CHANGE_AFTER)));
pub static CHANGE_TO_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&CHANGE_TO.to_vec()));
pub static CURRENCY_AFTER_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&firsts(&CURRENCY_AFTER)));
pub static PERCENT_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&firsts(&PERCENT_AFTER)));
pub static BASIS_POINTS_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&BASIS_POINTS.to_vec()));
pub static UNIT_PHRASE_SET: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(
        &UNITS
            .iter()
            .map(|(w, _)| *w)
            .filter(|w| w.contains(' '))
            .collect::<Vec<_>>(),
    )
});
pub static TIME_UNIT_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&TIME_UNITS.iter().map(|(w, _, _)| *w).collect::<Vec<_>>()));
pub static REFERENCE_TYPE_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&REFERENCE_TYPES.to_vec()));
pub static ORDINAL_NOUN_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&ORDINAL_NOUNS.to_vec()));
pub static ORDINAL_BEFORE_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&ORDINAL_BEFORE));
// (Maps of one type, `&str` to `usize`, here and in the outline: each other
// type of hash map is another copy of its code in the WebAssembly.)
static NOT_NOUN_SET: LazyLock<crate::text::phrases::Map<&'static str, usize>> =
    LazyLock::new(|| NOT_NOUNS.iter().map(|&w| (w, 0)).collect());

/// True when a mark is a currency sign ("₡", "₾", "฿"): the Unicode block of
/// currency symbols and the signs outside it.
pub fn is_currency_sign(mark: &str) -> bool {
    mark.chars()
        .all(|c| matches!(c, '\u{20a0}'..='\u{20cf}' | '$' | '£' | '¥' | '฿' | '៛'))
}

/// True when a list entry is a sign or a code, no word of any language, so
/// that a text in a language solieu does not know still reads it: it has no
/// letters ("%", "£"), a sign of its own ("us$", "km/h", "°c"), or it is
/// written as the code or symbol it stands for ("usd", "km", "kwh").
pub fn is_symbol(entry: &str, normal: &str) -> bool {
    !entry.chars().any(char::is_alphabetic)
        || entry
            .chars()
            .any(|c| !c.is_alphanumeric() && c != ' ' && c != '-')
        || entry.eq_ignore_ascii_case(normal)
}

/// Range links, period leads, change fillers and compared-period words, for
/// `figures::ranges` and `figures::context`.
pub static LINK_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.links)));
pub static PERIOD_LEAD_SET: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.period_leads)));
pub static CHANGE_FILLERS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.change_fillers)));
pub static COMPARED: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.compared)));

/// Cue words of dates written with numbers, for `figures::dates`.
pub static DATE_CUES: LazyLock<WordTable<(&str, DateCue)>> =
    LazyLock::new(|| WordTable::new(known(|w| w.date_cues), |e| e.0));

/// The cue a word gives, if it is one.
pub fn date_cue(w: &str) -> Option<DateCue> {
    DATE_CUES.get(w).map(|&(_, cue)| cue)
}

/// Month names and the words that let a bare one stand alone, for
/// `figures::dates`.
pub static MONTH_NAMES: LazyLock<WordTable<(&str, u32, bool)>> =
    LazyLock::new(|| WordTable::new(known(|w| w.month_names), |e| e.0));
pub static MONTH_LEADS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.month_leads);

/// The cues of the checks (`checks::*`).
pub static EXHAUSTIVE: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.breakdown_all)));
pub static PARTIAL: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.breakdown_some)));
pub static OPENS_PARTS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.breakdown_openings)));
pub static SUMMING_UP: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.summing_up)));
pub static DEFICIT: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.deficit_words)));
pub static SURPLUS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.surplus_words)));
pub static MARGIN: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.margin_words)));
/// The sides of a balance, in pairs: phrase `2p` comes in, `2p + 1` goes
/// out, of pair `p`.
pub static BALANCE_SIDES: LazyLock<PhraseSet> = LazyLock::new(|| {
    let pairs = known(|w| w.balance_sides);
    PhraseSet::new(&pairs.iter().flat_map(|&(a, b)| [a, b]).collect::<Vec<_>>())
});
pub static FROM: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.earlier_value)));
pub static SHARE_OF: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.share_phrases)));
pub static SHARE_WHOLES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&known_words(|w| w.share_wholes)));
/// The words that join two items of a list ("và", "and").
pub static AND_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.and_words);
pub static SHARE_CUES: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.share_cues);
pub static SHARE_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.share_words);

/// Scale words and suffixes, for `numbers::scale`.
pub static SCALES: LazyLock<Vec<(&str, f64)>> = LazyLock::new(|| {
    let mut all = known(|w| w.scales);
    all.extend(known(|w| w.scale_abbreviations));
    all
});
pub static SCALE_SUFFIXES: LazyLock<Vec<(&str, f64, bool)>> = LazyLock::new(|| {
    let mut all = known(|w| w.scale_suffixes);
    all.extend(known(|w| w.money_scale_suffixes));
    all
});

/// True when `w` (lower case) cannot be the counted noun after a number.
pub fn is_not_noun(w: &str) -> bool {
    NOT_NOUN_SET.contains_key(w)
}

/// The unit symbol of a unit word or symbol (lower case).
pub fn unit_symbol(w: &str) -> Option<&'static str> {
    // Each word to its last entry, as a map collected from the list keeps.
    static MAP: LazyLock<crate::text::phrases::Map<&'static str, usize>> = LazyLock::new(|| {
        UNITS
            .iter()
            .enumerate()
            .map(|(i, &(w, _))| (w, i))
            .collect()
    });
    MAP.get(w).map(|&i| UNITS[i].1)
}

/// Words before a figure that say how exact it is. Longest match wins.
pub static QUALIFIERS: LazyLock<Vec<(&'static str, Qualifier)>> =
    LazyLock::new(|| crate::lang::known_by(|w| w.qualifiers));

/// Words before a figure that state a change by it ("tăng 12,8%", "up 61%",
/// "declined by about 1½%"). Words after it are in [`CHANGE_AFTER`].
pub static CHANGE_BEFORE: LazyLock<Vec<(&'static str, Direction)>> =
    LazyLock::new(|| crate::lang::known_by(|w| w.change_before));

/// Words after a figure that make it a change ("a 78% increase", "5% higher").
pub static CHANGE_AFTER: LazyLock<Vec<(&'static str, Direction)>> =
    LazyLock::new(|| crate::lang::known_by(|w| w.change_after));

/// Words after a change verb that make the figure the new level, not the
/// amount of the change ("tăng lên 5%", "rose to 5%").
pub static CHANGE_TO: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.change_to);

/// Currencies written after the amount, with their ISO code: the profiles'
/// own, CLDR's names, our additions to them, and the signs of one currency.
pub static CURRENCY_AFTER: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut all = lines(|w| w.currency_after);
    all.extend(lines(|w| w.currency_names));
    all.extend(lines(|w| w.currency_words));
    all.extend(lines(|w| w.currency_signs));
    all
});

/// The pairs of a generated table written as lines "name\tCODE" (or
/// "name\tsymbol"), every
/// known language's and the common one's.
fn lines(
    list: fn(&'static crate::lang::Words) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    let mut all = Vec::new();
    for l in crate::lang::KNOWN {
        all.extend(
            list(l.profile().words)
                .lines()
                .filter_map(|r| r.split_once('\t')),
        );
    }
    all.extend(
        list(&crate::lang::common::WORDS)
            .lines()
            .filter_map(|r| r.split_once('\t')),
    );
    all
}

/// Currency signs and codes written before the amount.
pub static CURRENCY_BEFORE: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut all = lines(|w| w.currency_before);
    all.extend(lines(|w| w.currency_signs));
    all
});

/// The token keys of [`CURRENCY_BEFORE`] in lower case, as tokens key their
/// words: the many tokens that are no sign nor code are told without a
/// look through the list (see [`KeyFilter`]), in any case of their letters.
pub static CURRENCY_BEFORE_KEYS: LazyLock<KeyFilter> = LazyLock::new(|| {
    let lower: Vec<String> = CURRENCY_BEFORE.iter().map(|(k, _)| k.lower()).collect();
    KeyFilter::new(lower.iter().map(String::as_str))
});

/// Signs of percent.
pub static PERCENT_AFTER: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| known(|w| w.percent_after));

/// Basis points, a hundredth of a percentage point.
pub static BASIS_POINTS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.basis_points);

/// Physical units, with the symbol they normalise to: CLDR's names, then the
/// profiles' own (which win where both name a form).
pub static UNITS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut all = lines(|w| w.cldr_units);
    all.extend(lines(|w| w.units));
    all
});

/// Units of time and the ISO 8601 designator with the multiplier into it.
pub static TIME_UNITS: LazyLock<Vec<(&'static str, &'static str, f64)>> = LazyLock::new(|| {
    let mut all = known(|w| w.time_units);
    all.extend(known(|w| w.time_unit_additions));
    all
});

/// Words that cannot be the counted noun after a number: function words,
/// common verbs and adverbs. After one of these a bare number stays a number.
pub static NOT_NOUNS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.not_nouns);

/// Vietnamese classifiers: a counted noun starting with one takes the next
/// words too ("cuộc kiểm tra", "căn nhà").
pub static CLASSIFIERS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.classifiers);

/// Vietnamese nouns that make a whole counted noun on their own ("19 người
/// chết": the noun is "người").
pub static SINGLE_NOUNS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.single_nouns);

/// Sports and vote words that make "4-1" a score.
pub static SCORE_CUES: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.score_cues);

/// Document types of Vietnamese legal and administrative references, and the
/// English ones.
pub static REFERENCE_TYPES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.reference_types);

/// Words that may stand before "thứ N" as part of the ordinal ("lần thứ nhất",
/// "năm thứ 2").
pub static ORDINAL_NOUNS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.ordinal_nouns);

/// Words after which a number is a position in a structure ("Điều 6", "khóa XI").
pub static ORDINAL_BEFORE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all = known_words(|w| w.ordinal_before);
    all.extend(ORDINAL_BEFORE_CAPITALISED.iter());
    all
});
/// The structure words of [`ORDINAL_BEFORE_SET`] that need a capital.
pub static ORDINAL_BEFORE_CAPITALISED: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.ordinal_before_capitalised);
/// Units of time written in the singular after "a" or before "-old".
pub static SINGULAR_TIME_UNITS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.singular_time_units);
