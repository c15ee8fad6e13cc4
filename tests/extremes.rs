//! Extreme inputs: empty, huge, a million digits, a hundred thousand figures,
//! numbers past the range of f64, and repeated patterns that would expose a
//! quadratic path. Each must finish, keep the promises of
//! [`solieu::invariants::check`] and, where it says so, scale linearly.
//!
//! Linearity is proved by counting work (`solieu::analysis::Work`), never by
//! timing: no test here reads a clock.

#[path = "common/patterns.rs"]
mod patterns;
use patterns::PATTERNS;
use solieu::analysis::analyze_counted;
use solieu::{analyze, invariants, Analysis, Options};

fn checked(text: &str) -> Analysis {
    let a = analyze(text, &Options::default());
    if let Err(e) = invariants::check(text, &a) {
        panic!("{e}");
    }
    a
}

#[test]
fn empty_and_blank_text() {
    for text in ["", " ", "\n\n\n", "\u{feff}", "\r\n", "\t \u{a0}"] {
        let a = checked(text);
        assert!(
            a.figures.is_empty() && a.outline.sections.is_empty(),
            "{text:?}"
        );
        assert!(a.outline.title.is_none(), "{text:?}");
        // The document serialises.
        serde_json::to_string(&a).unwrap();
    }
}

#[test]
fn a_line_of_a_million_digits() {
    let digits = "7".repeat(1_000_000);
    for text in [
        digits.clone(),
        format!("Thu {digits} đồng."),
        format!("{digits}.5%"),
    ] {
        let a = checked(&text);
        let json = serde_json::to_string(&a).unwrap();
        assert!(!json.contains("inf") && !json.contains("NaN"));
    }
}

#[test]
fn numbers_past_f64_range_are_never_infinite() {
    let huge = "9".repeat(400);
    let cases = [
        format!("Doanh thu đạt {huge} tỷ đồng."),
        format!("Revenue was ${huge} billion, up {huge}%."),
        format!("Có {huge} nghìn tỷ tỷ người, tăng {huge} lần."),
        "Nợ 1e308 tỷ tỷ tỷ đồng và 179.769.313.486.231.570.000.000 nghìn tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ đồng.".to_string(),
        format!("Tổng {huge} người, gồm {huge} nam và {huge} nữ."),
        format!("Tỷ lệ {huge}/{huge}, tức {huge}%."),
    ];
    for text in &cases {
        let a = checked(text); // invariants: every value finite
        let json = serde_json::to_string(&a).unwrap();
        assert!(!json.contains("inf") && !json.contains("NaN"), "{json}");
    }
}

#[test]
fn a_hundred_thousand_figures() {
    let text = "Khám 1.038 lượt, 25 ca mổ.\n".repeat(50_000);
    let a = checked(&text);
    assert_eq!(a.figures.len(), 100_000);
    assert_eq!(a.figures[99_999].value.as_number(), Some(25.0));
}

#[test]
fn ten_megabytes() {
    let sample = include_str!("../www/samples/vi-haugiang-q1-2023.txt");
    let mut text = String::with_capacity(10_100_000);
    while text.len() < 10_000_000 {
        text.push_str(sample);
        text.push_str("\n\n");
    }
    let a = checked(&text);
    assert!(a.figures.len() > 40_000);
}

/// The work an analysis of `text` did (tokens, walk steps, bytes scanned).
fn work(text: &str) -> u64 {
    let (a, w) = analyze_counted(text, &Options::default());
    if let Err(e) = invariants::check(text, &a) {
        panic!("{e}");
    }
    w.total()
}

/// Patterns that repeat without a paragraph break, list after list, or one
/// character over and over: twice the input must cost at most 2.1× the work.
/// Work is counted, not timed (`solieu::analysis::Work`), so the test gives
/// the same answer on a busy machine; `make bench` times the same patterns.
#[test]
fn repeated_patterns_scale_linearly() {
    let mut failures = Vec::new();
    for (name, unit) in PATTERNS {
        let small = unit.repeat(150_000 / unit.len());
        let large = unit.repeat(300_000 / unit.len());
        let ratio = work(&large) as f64 / work(&small).max(1) as f64;
        eprintln!("{name}: 2× input took {ratio:.2}× the work");
        if ratio > 2.1 {
            failures.push(format!("{name}: {ratio:.2}×"));
        }
    }
    assert!(failures.is_empty(), "superlinear: {failures:?}");
}

/// The work counter sees what a walk does: a look that went back to the start
/// of the text at every figure would show as quadratic here.
#[test]
fn the_work_counter_counts_walks() {
    let small = work(&"Tổng 25 người, gồm 19 nam và 6 nữ. ".repeat(1000));
    let (_, w) = analyze_counted(
        &"Tổng 25 người, gồm 19 nam và 6 nữ. ".repeat(1000),
        &Options::default(),
    );
    assert!(w.walk_steps > 0 && w.bytes_scanned > 0 && w.tokens > 0);
    assert_eq!(w.total(), small, "the count is the same for the same text");
}
