//! Checks on real text with planted errors: change one part of a real
//! breakdown and the check must fail with the right explanation.

use solieu::{analyze, CheckKind, Language, Options};

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/samples/vi-haugiang-q1-2023.txt"
    ))
    .unwrap()
}

fn explanations(text: &str, lang: Option<Language>) -> Vec<(bool, String)> {
    let a = analyze(
        text,
        &Options {
            language: lang,
            ..Default::default()
        },
    );
    a.checks
        .iter()
        .map(|c| (c.ok, c.explanation.clone()))
        .collect()
}

#[test]
fn the_sample_adds_up() {
    let got = explanations(&sample(), None);
    assert!(
        got.contains(&(true, "150 + 863 + 25 = 1.038 ✓".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(true, "19 + 2 + 1 + 3 = 25 ✓".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(true, "1.899 / 1.899 = 100% ✓".into())),
        "{got:?}"
    );
    assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
}

#[test]
fn planted_errors_in_vietnamese() {
    let text = sample().replace("hưu trí 863 lượt", "hưu trí 836 lượt");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(false, "150 + 836 + 25 = 1.011 ≠ 1.038 ✗".into())),
        "{got:?}"
    );

    let text = sample().replace("khiển trách 19,", "khiển trách 18,");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(false, "18 + 2 + 1 + 3 = 24 ≠ 25 ✗".into())),
        "{got:?}"
    );

    let text = sample().replace("(1.462 chi bộ có chi ủy", "(1.426 chi bộ có chi ủy");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(false, "1.426 + 437 = 1.863 ≠ 1.899 ✗".into())),
        "{got:?}"
    );
}

#[test]
fn planted_errors_in_english() {
    let good = "The county spent $4.5 million on roads last year, consisting of $3.2 million for repairs and $1.3 million for new lanes. It hired 45 workers (30 workers in parks and 15 workers in libraries). Sales rose 12% to 1.34 million units from 1.2 million units.";
    let got = explanations(good, Some(Language::En));
    assert_eq!(
        got,
        [
            (true, "3.2 + 1.3 = 4.5 ✓".to_string()),
            (true, "30 + 15 = 45 ✓".to_string()),
            (true, "1.2 → 1.34 = +12% ✓".to_string()),
        ]
    );
    let bad = good
        .replace("$1.3 million", "$1.1 million")
        .replace("15 workers", "12 workers")
        .replace("rose 12%", "rose 21%");
    let got = explanations(&bad, Some(Language::En));
    assert_eq!(
        got,
        [
            (false, "3.2 + 1.1 = 4.3 ≠ 4.5 ✗".to_string()),
            (false, "30 + 12 = 42 ≠ 45 ✗".to_string()),
            (false, "1.2 → 1.34 = +11.67% ≠ +21% ✗".to_string()),
        ]
    );
    let a = analyze(
        &bad,
        &Options {
            language: Some(Language::En),
            ..Default::default()
        },
    );
    assert_eq!(
        a.checks
            .iter()
            .filter(|c| c.kind == CheckKind::Change)
            .count(),
        1
    );
}
