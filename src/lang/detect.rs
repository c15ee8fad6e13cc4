//! Which language a text is in, from the letters it uses and its commonest
//! words; `und` when it is in neither of ours.

use super::{en, vi};
use crate::model::Language;
use crate::text::tokens::is_word_char;
use crate::text::Lower;

/// True for the letters of [`vi::LETTERS`], in either case.
fn is_vietnamese_letter(c: char) -> bool {
    let lower = crate::text::case::lower(c).next().unwrap_or(c);
    // Most of them are in Latin Extended Additional; the rest are few.
    ('\u{1ea0}'..='\u{1ef9}').contains(&lower) || (!lower.is_ascii() && vi::LETTERS.contains(lower))
}

/// True for letters of the Latin script (with Vietnamese's and combining
/// marks): the script both our languages write in.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' | '\u{300}'..='\u{36f}')
}

/// With at least this many words, a text whose common words of either
/// language make under [`MIN_COMMON_PERCENT`] of them is in neither.
const MIN_WORDS: usize = 40;
/// English prose has a quarter of its words among its 20 commonest, and
/// Vietnamese typed without marks a tenth or more; Portuguese or Italian
/// text shares a few ("da", "la", "in", "as") with them.
const MIN_COMMON_PERCENT: usize = 5;
/// Above this share of f, j, w and z among the ASCII letters (per mille),
/// a text without Vietnamese's marks is not Vietnamese.
const FOREIGN_PER_MILLE: usize = 15;

/// Detects the language of `text`.
///
/// Vietnamese writes a tone or vowel mark on most syllables (a fifth of all
/// letters or more), while English has none beyond the odd loan word
/// ("café"), so 8% marked letters settles it. Combining marks (text in NFD)
/// count as such letters too. Below that, the commoner short words decide,
/// which also catches Vietnamese typed without marks. A text without letters
/// is taken as Vietnamese, the product's first language.
///
/// `und` when the text says it is in neither: most of its letters are of
/// another script (Hangul, Han, Cyrillic…), or it has enough words
/// ([`MIN_WORDS`]) and few of them are common words of either language
/// (German, Indonesian…), or its common words look Vietnamese but it writes
/// f, j, w and z as no Vietnamese text does (Portuguese, Italian). A short
/// text without such evidence keeps the reading it had before `und` existed.
pub fn detect(text: &str) -> Language {
    let mut letters = 0usize;
    let mut marked = 0usize;
    let mut latin = 0usize;
    // ASCII letters, and those of them Vietnamese writes only in loan words
    // and names (f, j, w, z).
    let (mut ascii, mut foreign) = (0usize, 0usize);
    // A sample is enough to tell, on a char boundary.
    let end = text
        .char_indices()
        .nth(200_000)
        .map_or(text.len(), |(i, _)| i);
    let sample = &text[..end];
    for c in sample.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
            latin += 1;
            ascii += 1;
            foreign += matches!(c.to_ascii_lowercase(), 'f' | 'j' | 'w' | 'z') as usize;
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            marked += 1;
            latin += 1;
        } else if !c.is_ascii() && is_word_char(c) {
            letters += 1;
            latin += is_latin(c) as usize;
            if is_vietnamese_letter(c) {
                marked += 1;
            }
        }
    }
    if letters == 0 {
        return Language::Vi;
    }
    if latin * 2 < letters {
        return Language::Und;
    }
    if marked * 100 >= letters * 8 {
        return Language::Vi;
    }
    let (mut vi, mut en, mut words) = (0usize, 0usize, 0usize);
    for word in sample.split(|c: char| !is_word_char(c)) {
        if word.is_empty() {
            continue;
        }
        words += 1;
        let w = word.lower();
        vi += vi::PROFILE.common_words.contains(&w.as_str()) as usize;
        en += en::PROFILE.common_words.contains(&w.as_str()) as usize;
    }
    let enough = words >= MIN_WORDS;
    let common = |hits: usize| hits * 100 >= words * MIN_COMMON_PERCENT;
    // Vietnamese writes no f, j, w or z but in loan words and names; Portuguese
    // or Italian, which share "da", "la" and "co" with it, write them often.
    let vietnamese_alphabet = foreign * 1000 < ascii * FOREIGN_PER_MILLE;
    if (vi > en || (marked > 0 && en == 0)) && (!enough || (vietnamese_alphabet && common(vi))) {
        return Language::Vi;
    }
    if enough && !common(en) {
        return Language::Und;
    }
    Language::En
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
            ("3.5years", Language::En),
            (
                "삼성전자는 올해 3분기 매출이 67조 원을 기록했다고 밝혔다.",
                Language::Und,
            ),
            (
                "Выручка компании выросла на 12% до 5 млрд рублей.",
                Language::Und,
            ),
        ] {
            assert_eq!(detect(text), want, "{text}");
        }
    }

    #[test]
    fn knows_when_it_does_not_know() {
        let pt = "O governo anunciou nesta segunda-feira um pacote de medidas para conter a \
                  inflação, que chegou a 5,8% em doze meses. Segundo o ministro, as ações \
                  devem reduzir o preço dos combustíveis e dos alimentos até o fim do ano, \
                  quando o Banco Central espera uma taxa menor. A oposição criticou o plano.";
        let it = "Il governo ha approvato ieri sera il decreto sulle bollette: secondo il \
                  ministro, le famiglie risparmieranno in media 300 euro all'anno. La misura \
                  costerà allo Stato circa 4 miliardi e sarà finanziata con i fondi europei \
                  già stanziati per la transizione energetica del paese nei prossimi mesi.";
        assert_eq!(detect(pt), Language::Und);
        assert_eq!(detect(it), Language::Und);
    }
}
