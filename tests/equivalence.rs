//! Equivalent spellings of a text give the same analysis: NFC and NFD, CRLF
//! and LF, a byte-order mark, zero-width characters inside numbers, fullwidth
//! digits, no-break and thin spaces between digit groups. Offsets always point
//! into the text as given, and every analysis keeps the promises of
//! [`solieu::invariants::check`].

use solieu::{analyze, invariants, Analysis, Options};
use unicode_normalization::UnicodeNormalization;

mod common;

fn articles() -> Vec<(String, String)> {
    common::articles(false)
}

fn analysed(text: &str) -> Analysis {
    let a = analyze(text, &Options::default());
    if let Err(e) = invariants::check(text, &a) {
        panic!("{e}");
    }
    a
}

/// What a figure says, without where it is: kind, value, unit, qualifier,
/// and its text passed through `canon` (to compare NFD text with NFC text).
fn readings(a: &Analysis, canon: impl Fn(&str) -> String) -> Vec<String> {
    a.figures
        .iter()
        .map(|f| {
            format!(
                "{} {} {:?} {:?} {:?}",
                f.kind.as_str(),
                serde_json::to_string(&f.value).unwrap(),
                f.unit,
                f.qualifier,
                canon(&f.text)
            )
        })
        .collect()
}

fn outline(a: &Analysis, canon: impl Fn(&str) -> String) -> Vec<String> {
    let o = &a.outline;
    let mut v: Vec<String> = o
        .title
        .iter()
        .map(|t| format!("title {}", canon(&t.text)))
        .collect();
    v.extend(
        o.sections
            .iter()
            .map(|s| format!("h{} {}", s.level, canon(&s.heading))),
    );
    v.extend(
        o.captions
            .iter()
            .map(|c| format!("caption {}", canon(&c.text))),
    );
    v.extend(
        o.boilerplate
            .iter()
            .map(|b| format!("chrome {}", canon(&b.text))),
    );
    v.extend(
        a.checks
            .iter()
            .map(|c| format!("check {} {}", c.ok, c.explanation.nfc())),
    );
    v
}

fn same_analysis(name: &str, given: &str, variant: &str, canon: impl Fn(&str) -> String + Copy) {
    let (a, b) = (analysed(given), analysed(variant));
    assert_eq!(
        readings(&a, canon),
        readings(&b, canon),
        "{name}: figures differ"
    );
    assert_eq!(
        outline(&a, canon),
        outline(&b, canon),
        "{name}: outline or checks differ"
    );
}

#[test]
fn nfd_reads_as_nfc() {
    for (name, text) in articles() {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        if name.starts_with("vi-") {
            assert_ne!(nfc, nfd, "{name} has letters with marks");
        }
        same_analysis(&name, &nfc, &nfd, |s| s.nfc().collect());
    }
}

#[test]
fn crlf_reads_as_lf() {
    for (name, text) in articles() {
        let crlf = text.replace('\n', "\r\n");
        same_analysis(&format!("{name} CRLF"), &text, &crlf, |s| {
            s.replace("\r\n", "\n")
        });
        let cr = text.replace('\n', "\r");
        same_analysis(&format!("{name} CR"), &text, &cr, |s| s.replace('\r', "\n"));
    }
}

#[test]
fn a_byte_order_mark_changes_nothing_but_offsets() {
    for (name, text) in articles() {
        let with_bom = format!("\u{feff}{text}");
        same_analysis(&name, &text, &with_bom, |s| s.to_string());
        let (a, b) = (analysed(&text), analysed(&with_bom));
        for (x, y) in a.figures.iter().zip(&b.figures) {
            assert_eq!((x.start + 1, x.end + 1), (y.start, y.end), "{name}");
        }
    }
}

/// One figure's kind, value and text in `text`.
fn only_figure(text: &str) -> (String, String, String) {
    let a = analysed(text);
    assert_eq!(
        a.figures.len(),
        1,
        "{text:?}: {:?}",
        readings(&a, |s| s.into())
    );
    let f = &a.figures[0];
    (
        f.kind.as_str().to_string(),
        serde_json::to_string(&f.value).unwrap(),
        f.text.clone(),
    )
}

#[test]
fn digits_written_otherwise_read_the_same() {
    let cases: &[(&str, &str, &str)] = &[
        // (variant, the figure's text in it, the plain spelling)
        (
            "Bệnh viện khám 1\u{200b}038 lượt.",
            "1\u{200b}038 lượt",
            "Bệnh viện khám 1038 lượt.",
        ),
        (
            "Bệnh viện khám 1.\u{200b}038 lượt.",
            "1.\u{200b}038 lượt",
            "Bệnh viện khám 1.038 lượt.",
        ),
        (
            "Bệnh viện khám 1\u{2060}038 lượt.",
            "1\u{2060}038 lượt",
            "Bệnh viện khám 1038 lượt.",
        ),
        (
            "Bệnh viện khám １．０３８ lượt.",
            "１．０３８ lượt",
            "Bệnh viện khám 1.038 lượt.",
        ),
        (
            "Doanh thu đạt ３６,５ tỷ đồng.",
            "３６,５ tỷ đồng",
            "Doanh thu đạt 36,5 tỷ đồng.",
        ),
        (
            "Bệnh viện khám 1\u{a0}038 lượt.",
            "1\u{a0}038 lượt",
            "Bệnh viện khám 1.038 lượt.",
        ),
        (
            "Bệnh viện khám 1\u{2009}038 lượt.",
            "1\u{2009}038 lượt",
            "Bệnh viện khám 1.038 lượt.",
        ),
        (
            "Bệnh viện khám 1\u{202f}038 lượt.",
            "1\u{202f}038 lượt",
            "Bệnh viện khám 1.038 lượt.",
        ),
        (
            "Revenue rose to $1\u{202f}250\u{202f}000.",
            "$1\u{202f}250\u{202f}000",
            "Revenue rose to $1,250,000.",
        ),
        (
            "Revenue rose to $1\u{a0}250\u{a0}000.",
            "$1\u{a0}250\u{a0}000",
            "Revenue rose to $1,250,000.",
        ),
        (
            "Revenue rose to $１,２５０.",
            "$１,２５０",
            "Revenue rose to $1,250.",
        ),
        ("Khám 1.038 lượt\u{feff}.", "1.038 lượt", "Khám 1.038 lượt."),
    ];
    for (variant, text, plain) in cases {
        let (kind, value, found) = only_figure(variant);
        let (plain_kind, plain_value, _) = only_figure(plain);
        assert_eq!((&kind, &value), (&plain_kind, &plain_value), "{variant:?}");
        assert_eq!(&found, text, "{variant:?}: offsets into the text as given");
    }
}
