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

/// One figure in the compact form the recogniser tables write their
/// expectations in: `kind value [unit]`, the value as JSON ("1038",
/// "\"P20Y\"", "{...}").
pub fn compact(f: &Figure) -> String {
    let kind = serde_json::to_value(f.kind).unwrap_or_default();
    let value = serde_json::to_string(&f.value).unwrap_or_default();
    let mut out = format!("{} {value}", kind.as_str().unwrap_or("?"));
    if let Some(unit) = &f.unit {
        out.push(' ');
        out.push_str(unit);
    }
    out
}

/// The test-table helper: analyses `input` as `lang` and asserts that a
/// figure whose text is `text` (or ends with it, for a qualifier read before
/// it) reads as `expect`, in [`compact`] form: `check("khám 1.038 lượt", Vi,
/// "1.038 lượt", "count 1038 lượt")`. A failure lists every figure found.
pub fn check(input: &str, lang: Language, text: &str, expect: &str) {
    let a = analyze_as(input, lang);
    let all = || -> Vec<String> {
        a.figures
            .iter()
            .map(|f| format!("{:?} = {}", f.text, compact(f)))
            .collect()
    };
    let Some(f) = a
        .figures
        .iter()
        .find(|f| f.text == text || f.text.ends_with(text))
    else {
        panic!("{input}: no figure {text:?} in {:?}", all());
    };
    assert_eq!(compact(f), expect, "{input}: {:?}", all());
}

/// Every check of `text` (language detected): whether it holds, and its
/// explanation.
pub fn checks(text: &str) -> Vec<(bool, String)> {
    crate::analyze(text, &Options::default())
        .checks
        .iter()
        .map(|c| (c.ok, c.explanation.clone()))
        .collect()
}

/// What a reader of numbers in words reads at the start of `s`: the value
/// and the text it covers.
pub fn number_words(
    read: fn(&crate::text::tokens::Tokens, usize) -> Option<crate::numbers::Numeral>,
    s: &str,
) -> Option<(f64, String)> {
    let t = crate::text::tokens::Tokens::new(s);
    let n = read(&t, 0)?;
    Some((n.value, s[t.start(n.first)..t.end(n.last)].to_string()))
}
