//! English: what the language decides.

pub mod cldr_currencies;
pub mod cldr_dates;
pub mod cldr_units;
pub mod numbers;
pub mod words;

use super::{CountedNoun, Profile, COMMA_GROUPS};
use crate::model::Language;

pub static PROFILE: Profile = Profile {
    language: Language::En,
    marks: Some(COMMA_GROUPS),
    number_words: Some(numbers::read),
    reads_words: true,
    common_words: &[
        "the", "and", "of", "to", "in", "is", "was", "for", "on", "that", "with", "by", "as", "at",
        "from", "it", "be", "are", "has", "its",
    ],
    month_first_slash_dates: true,
    day_month_without_year: true,
    counted_noun: CountedNoun::EndsAtPlural,
    plain_four_digits_are_years: Some(&[
        "about", "some", "nearly", "around", "over", "than", "almost",
    ]),
    scaled_amounts_currency: None,
    bare_number_words_from: Some(2.0),
    names_before_nouns: true,
    names_capitalise_first_syllable: false,
    consecutive_digits_are_ranges: false,
    yearless_quarters_are_ordinals: true,
    ages_after_names: true,
    ordinal_words: &[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("fortieth", 40),
        ("fiftieth", 50),
        ("sixtieth", 60),
        ("seventieth", 70),
        ("eightieth", 80),
        ("ninetieth", 90),
        ("hundredth", 100),
        ("thousandth", 1000),
        ("millionth", 1000000),
        ("billionth", 1000000000),
    ],
    // "won" is the Korean currency only with a scale ("5 billion won").
    own_currency_words: &["won", "marks"],
    words: &words::WORDS,
};
