//! Helpers the unit tests share: analyse in a given language, and find a
//! figure by its text with a message that lists what was found instead.

use crate::model::{Analysis, Figure, Language, Options};

/// Analyses `text` as `lang`.
pub fn analyze_as(text: &str, lang: Language) -> Analysis {
    crate::analyze(
        text,
        &Options {
            language: Some(lang),
            ..Default::default()
        },
    )
}

/// The figure whose text is `text`; panics naming `input` and every figure found.
pub fn figure<'a>(a: &'a Analysis, text: &str, input: &str) -> &'a Figure {
    a.figures
        .iter()
        .find(|f| f.text == text)
        .unwrap_or_else(|| {
            let found: Vec<&str> = a.figures.iter().map(|f| f.text.as_str()).collect();
            panic!("{input}: no {text:?} in {found:?}")
        })
}

/// Asserts that `input`, analysed as `lang`, holds no figure.
pub fn assert_no_figures(input: &str, lang: Language) {
    let a = analyze_as(input, lang);
    assert!(a.figures.is_empty(), "{input}: {:?}", a.figures);
}
