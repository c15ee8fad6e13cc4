//! Which language a text is in, from the letters it uses.

use crate::model::Language;
use crate::text::tokens::is_word_char;

/// Letters that only Vietnamese among our languages uses (lower case; the text is
/// lower-cased letter by letter before the test).
const VI_LETTERS: &str = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

/// True for the letters of [`VI_LETTERS`], in either case.
fn is_vietnamese_letter(c: char) -> bool {
    let lower = c.to_lowercase().next().unwrap_or(c);
    // Most of them are in Latin Extended Additional; the rest are few.
    ('\u{1ea0}'..='\u{1ef9}').contains(&lower) || (!lower.is_ascii() && VI_LETTERS.contains(lower))
}

/// Common short words of each language, written without marks so that text
/// typed without diacritics still counts.
const VI_WORDS: &[&str] = &[
    "va", "cua", "cac", "duoc", "la", "co", "trong", "cho", "voi", "nhung", "nguoi", "da", "nay",
    "khong", "nam", "tinh", "ty", "dong", "theo", "mot",
];
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "was", "for", "on", "that", "with", "by", "as", "at",
    "from", "it", "be", "are", "has", "its",
];

/// Detects the language of `text`.
///
/// Vietnamese writes a tone or vowel mark on most syllables (a fifth of all
/// letters or more), while English has none beyond the odd loan word
/// ("café"), so 8% marked letters settles it. Combining marks (text in NFD)
/// count as such letters too. Below that, the commoner short words decide,
/// which also catches Vietnamese typed without marks. A text without letters
/// is taken as Vietnamese, the product's first language.
pub fn detect(text: &str) -> Language {
    let mut letters = 0usize;
    let mut marked = 0usize;
    // A sample is enough to tell, on a char boundary.
    let end = text
        .char_indices()
        .nth(200_000)
        .map_or(text.len(), |(i, _)| i);
    let sample = &text[..end];
    for c in sample.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            marked += 1;
        } else if !c.is_ascii() && is_word_char(c) {
            letters += 1;
            if is_vietnamese_letter(c) {
                marked += 1;
            }
        }
    }
    if letters == 0 || marked * 100 >= letters * 8 {
        return Language::Vi;
    }
    let (mut vi, mut en) = (0usize, 0usize);
    for word in sample.split(|c: char| !is_word_char(c)) {
        let w = word.to_lowercase();
        vi += VI_WORDS.contains(&w.as_str()) as usize;
        en += EN_WORDS.contains(&w.as_str()) as usize;
    }
    if vi > en || (marked > 0 && en == 0) {
        Language::Vi
    } else {
        Language::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        for (text, want) in [
            ("Tỉnh đã phát động cuộc thi viết", Language::Vi),
            (
                "Apple sold 3.47 million Macs during the quarter",
                Language::En,
            ),
            (
                "The café opened in 2021 and sold 300 cups a day",
                Language::En,
            ),
            ("1.038 2.000", Language::Vi),
            ("Tinh da phat dong 1.038 luot cho cac nguoi", Language::Vi),
        ] {
            assert_eq!(detect(text), want, "{text}");
        }
    }
}
