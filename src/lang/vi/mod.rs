//! Vietnamese: what the language decides.

pub mod cldr_currencies;
pub mod cldr_dates;
pub mod cldr_units;
pub mod numbers;
pub mod words;

use super::{CountedNoun, Profile, DOT_GROUPS};
use crate::model::Language;

pub static PROFILE: Profile = Profile {
    language: Language::Vi,
    marks: Some(DOT_GROUPS),
    number_words: Some(numbers::read),
    reads_words: true,
    // Written without marks, so that text typed without diacritics counts.
    common_words: &[
        "va", "cua", "cac", "duoc", "la", "co", "trong", "cho", "voi", "nhung", "nguoi", "da",
        "nay", "khong", "nam", "tinh", "ty", "dong", "theo", "mot",
    ],
    month_first_slash_dates: false,
    day_month_without_year: true,
    counted_noun: CountedNoun::Classifiers,
    plain_four_digits_are_years: None,
    scaled_amounts_currency: Some("VND"),
    bare_number_words_from: None,
    names_before_nouns: false,
    names_capitalise_first_syllable: true,
    consecutive_digits_are_ranges: true,
    yearless_quarters_are_ordinals: false,
    ages_after_names: false,
    ordinal_words: &[],
    // "đ" against a number is money in any text ("500đ"); "đô" only here.
    own_currency_words: &["đ", "đô", "pound", "pounds"],
    words: &words::WORDS,
};

/// Letters that only Vietnamese among our languages uses (lower case).
pub const LETTERS: &str = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
