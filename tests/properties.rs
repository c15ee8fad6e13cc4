//! Property tests: whatever the text, `analyze` returns and keeps every promise
//! of [`solieu::invariants::check`] (offsets on character boundaries and equal
//! to their text, figures sorted and disjoint, ids valid, numbers finite).
//!
//! Three sources of text: every corpus article as it is; arbitrary Unicode;
//! and corpus text after random edits (cuts, insertions of number-like pieces,
//! repeats), which reaches the recognisers' corner cases far more often than
//! random characters do.

use proptest::prelude::*;
use solieu::text::{tokens::Tokens, Lower};
use solieu::{analyze, invariants, Language, Options};
use std::sync::LazyLock;

mod common;

/// Every corpus article and sample, read once.
static ARTICLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    common::articles(true)
        .into_iter()
        .map(|(_, text)| text)
        .collect()
});

/// Pieces that make recognisers fire: numerals in both formats, scale and
/// unit words, date and reference shapes, separators, and the characters that
/// stress offsets (combining marks, astral characters, zero-width, NBSP).
const PIECES: &[&str] = &[
    "0",
    "1",
    "7",
    "12",
    "2023",
    "1.038",
    "36,5",
    "1,234.5",
    "99999999999999999999999",
    "½",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ".",
    ",",
    ":",
    ";",
    "/",
    "-",
    "–",
    "%",
    "(",
    ")",
    "+",
    "$",
    "€",
    "đ",
    "hơn ",
    "khoảng ",
    "tỷ",
    "triệu",
    "nghìn",
    "đồng",
    "USD",
    "ha",
    "km2",
    "m³",
    "lượt",
    "người",
    "năm ",
    "quý I",
    "tháng ",
    "ngày ",
    "Nghị quyết số ",
    "/NQ-HĐND",
    "từ ",
    " đến ",
    "trong đó",
    "gồm",
    "tổng",
    "chiếm",
    "tăng",
    "giảm",
    "so với",
    "Về ",
    "million",
    "billion",
    "percent",
    "about ",
    "from ",
    " to ",
    "up ",
    "Q3",
    "March ",
    "th",
    "first",
    "twenty-one",
    "hundred",
    "I.",
    "II.",
    "a)",
    "# ",
    "Phản hồi",
    "Share",
    "Ảnh: ",
    "e\u{0323}\u{0302}",
    "\u{0301}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{00A0}",
    "\u{2009}",
    "１２",
    "😀",
    "𝟙",
    "\u{2028}",
    "ǅ",
    "İ",
    "ß",
    "\u{0}",
];

fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(PIECES).prop_map(str::to_string)
}

/// Text built from [`PIECES`] and arbitrary characters.
fn pieced_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![4 => piece(), 1 => any::<char>().prop_map(String::from)],
        0..120,
    )
    .prop_map(|v| v.concat())
}

/// One edit of a text, at positions given as fractions of its length so the
/// strategy does not depend on the text.
#[derive(Clone, Debug)]
enum Edit {
    Cut(f64, f64),
    Insert(f64, String),
    Repeat(f64, f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0, 0.0..0.02).prop_map(|(a, l)| Edit::Cut(a, l)),
        (0.0..1.0, piece()).prop_map(|(a, p)| Edit::Insert(a, p)),
        (0.0..1.0, 0.0..0.01).prop_map(|(a, l)| Edit::Repeat(a, l)),
    ]
}

/// The char boundary nearest below `fraction` of the text.
fn boundary(text: &str, fraction: f64) -> usize {
    let mut at = ((text.len() as f64) * fraction) as usize;
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, e: &Edit) {
    match e {
        Edit::Cut(a, l) => {
            let s = boundary(text, *a);
            let e = boundary(text, (*a + *l).min(1.0)).max(s);
            text.replace_range(s..e, "");
        }
        Edit::Insert(a, p) => {
            let s = boundary(text, *a);
            text.insert_str(s, p);
        }
        Edit::Repeat(a, l) => {
            let s = boundary(text, *a);
            let e = boundary(text, (*a + *l).min(1.0)).max(s);
            let copy = text[s..e].to_string();
            text.insert_str(e, &copy);
        }
    }
}

fn options(lang: Option<Language>) -> Options {
    Options {
        language: lang,
        ..Options::default()
    }
}

fn holds(text: &str, lang: Option<Language>) -> Result<(), TestCaseError> {
    let a = analyze(text, &options(lang));
    invariants::check(text, &a).map_err(|e| TestCaseError::fail(format!("{e}\ntext: {text:?}")))
}

#[test]
fn every_corpus_article_keeps_the_promises() {
    for text in ARTICLES.iter() {
        let a = analyze(text, &Options::default());
        assert!(!a.figures.is_empty());
        if let Err(e) = invariants::check(text, &a) {
            panic!(
                "{e}\nin the article beginning {:?}",
                &text[..text.len().min(80)]
            );
        }
    }
}

fn lang() -> impl Strategy<Value = Option<Language>> {
    prop_oneof![
        Just(None),
        Just(Some(Language::Vi)),
        Just(Some(Language::En))
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(text in any::<String>(), lang in lang()) {
        holds(&text, lang)?;
    }

    #[test]
    fn number_like_text(text in pieced_text(), lang in lang()) {
        holds(&text, lang)?;
    }

    /// The outline slices the tokeniser's lower-case copy of the text, and
    /// the figures read its words: both must be the text's own lower case.
    /// The ranges are the scripts with case (Latin, Greek, Cyrillic,
    /// Armenian, Georgian, Glagolitic, Deseret, Adlam) and symbols around them.
    #[test]
    fn token_lower_case_is_the_lower_case_of_the_text(
        text in "[\\x00-\\u{2fff}\\u{a640}-\\u{a7ff}\\u{ff21}-\\u{ff5a}\\u{10400}-\\u{1044f}\\u{1e900}-\\u{1e943}]{0,40}"
    ) {
        let tokens = Tokens::new(&text);
        prop_assert_eq!(tokens.lower_text(), text.lower());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn corpus_text_after_random_edits(
        article in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..12),
        lang in lang(),
    ) {
        let mut text = ARTICLES[article.index(ARTICLES.len())].clone();
        for e in &edits {
            apply(&mut text, e);
        }
        holds(&text, lang)?;
    }
}
