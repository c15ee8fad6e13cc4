//! Inputs that once broke a promise of [`solieu::invariants::check`] or
//! panicked, found by the property tests and the fuzzer. Each stays here,
//! checked in both languages and with detection, so the bug cannot return.

use solieu::{analyze, invariants, Language, Options};

/// (where it was found and what broke, the input)
const FOUND: &[(&str, &str)] = &[
    (
        "fuzz 01: a month abbreviation after glued digits or a stop ('6Aug.', '.Feb.') \
         ended the sentence in the middle of the date read across it",
        ".Feb. 2",
    ),
    ("fuzz 01, second form", "6Aug. 18"),
    (
        "fuzz 02: a reference read past the stop after 'số' ('số. 2'), which the \
         sentence splitter took as an end: the figure was outside its sentence",
        " Nghị quyết số. 2n",
    ),
    ("fuzz 02, second form", "Nghị quyết số . 21"),
    (
        "fuzz 03 (panic): topic phrases sliced a line with offsets found in its \
         lower-case copy, which 'İ' makes a byte longer",
        "c.\nBan xem İ đã x\nBan xem c\nBan xem x",
    ),
    (
        "proptest, corpus edit: a period's lead word 'giai đoạn' was taken into the \
         period though the count before it already held 'giai' (overlapping figures)",
        "Quyết định số 153 giao dự toán là 5.397 tỷ ội giai đoạn 2012 - 2015 là 1.263 tỷ đồng.",
    ),
];

#[test]
fn every_input_that_broke_an_invariant_now_keeps_them() {
    for (why, text) in FOUND {
        for language in [None, Some(Language::Vi), Some(Language::En)] {
            let options = Options {
                language,
                ..Options::default()
            };
            let a = analyze(text, &options);
            if let Err(e) = invariants::check(text, &a) {
                panic!("{why}\n{language:?}: {e}\ninput: {text:?}");
            }
        }
    }
}
