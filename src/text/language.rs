//! Which language a text is in, from the letters it uses.

use crate::model::Language;

/// Letters that only Vietnamese among our languages uses (lower case; the text is
/// lower-cased letter by letter before the test).
const VI_LETTERS: &str = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

/// Detects the language of `text`.
///
/// Vietnamese writes a tone or vowel mark on most syllables, so even a short
/// Vietnamese text has far more than 3% such letters, while English has none
/// beyond the odd loan word ("café"). Combining marks (text in NFD) count as
/// such letters too. A text without letters is taken as Vietnamese, the
/// product's first language.
pub fn detect(text: &str) -> Language {
    let mut letters = 0usize;
    let mut marked = 0usize;
    for c in text.chars().take(200_000) {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            marked += 1;
        } else if c.is_alphabetic() {
            letters += 1;
            if c.to_lowercase().any(|l| VI_LETTERS.contains(l)) {
                marked += 1;
            }
        }
    }
    if letters == 0 || marked * 100 >= letters * 3 {
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
            ("Tinh da phat đong 1.038 luot", Language::Vi),
        ] {
            assert_eq!(detect(text), want, "{text}");
        }
    }
}
