//! A language solieu does not know (Korean, Portuguese, Italian…): figures
//! are read from digits and symbols alone ("12%", "$5", "2023-01-05",
//! "3 km"), with no language's words, and the digit marks are read off the
//! text (`lang::marks_of`). The page says the language is not supported.

use super::{CountedNoun, Profile};
use crate::model::Language;

pub static PROFILE: Profile = Profile {
    language: Language::Und,
    marks: None,
    number_words: None,
    reads_words: false,
    common_words: &[],
    month_first_slash_dates: false,
    day_month_without_year: false,
    counted_noun: CountedNoun::None,
    plain_four_digits_are_years: None,
    scaled_amounts_currency: None,
    bare_number_words_from: None,
    names_before_nouns: false,
    names_capitalise_first_syllable: false,
    consecutive_digits_are_ranges: false,
    yearless_quarters_are_ordinals: false,
    ages_after_names: false,
    ordinal_words: &[],
    own_currency_words: &[],
    // Signs, codes and symbols only.
    words: &super::common::WORDS,
};
