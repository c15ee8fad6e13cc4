//! PDF pastes: the articles of both corpora typeset to PDF and turned back
//! into text by real tools (`tests/pdf/`, made by `tools/pdf_fixtures/make.py`:
//! Chromium's print to PDF, poppler's `pdftotext` with and without
//! `-layout`, PDF.js, groff for the English ones). Their scores against the typed
//! articles are `make score`'s (`tools/pdf_bars.py`); here, what must hold
//! on every one of them.

use solieu::{analyze, Analysis, Options};
use std::path::{Path, PathBuf};

/// Every fixture, with the typed article it was made from.
fn fixtures() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let typed_dirs = [root.join("../shared/corpus"), root.join("tests/corpus")];
    let mut out = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(root.join("tests/pdf"))
        .expect("tests/pdf")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for pdf in names {
        let file = pdf.file_name().unwrap().to_str().unwrap();
        let article = file.split('.').next().unwrap();
        let typed = typed_dirs
            .iter()
            .map(|d| d.join(format!("{article}.txt")))
            .find(|p| p.exists())
            .unwrap_or_else(|| panic!("no typed article for {file}"));
        out.push((pdf, typed));
    }
    assert!(out.len() >= 90, "the fixtures are there: {}", out.len());
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn run(text: &str) -> Analysis {
    analyze(text, &Options::default())
}

/// White space as one space, and a hyphen that wraps a word joined.
fn flat(s: &str) -> String {
    let mut out = String::new();
    let mut words = s.split_whitespace().peekable();
    while let Some(w) = words.next() {
        out.push_str(w);
        let wraps = w.ends_with('-')
            && w.chars().rev().nth(1).is_some_and(char::is_alphabetic)
            && words
                .peek()
                .is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
        if wraps && s.contains(&format!("{w}\n")) {
            out.pop();
        } else if words.peek().is_some() {
            out.push(' ');
        }
    }
    out
}

#[test]
fn no_wrapped_line_is_taken_for_a_heading() {
    // A heading of a PDF copy is one the typed article has, or a whole line
    // of it: never the piece of a paragraph a page's width cut off.
    let mut wrong = Vec::new();
    for (pdf, typed) in fixtures() {
        let typed_text = read(&typed);
        let lines: Vec<String> = typed_text.lines().map(flat).collect();
        let typed_heads: Vec<String> = run(&typed_text)
            .outline
            .sections
            .iter()
            .map(|s| flat(&s.heading))
            .collect();
        for s in run(&read(&pdf)).outline.sections {
            let h = flat(&s.heading);
            let whole = lines.contains(&h);
            // "Công tác dân vận" before "tiếp tục được quan tâm" is a topic
            // the typed text's analysis infers too.
            if !whole && !typed_heads.contains(&h) {
                wrong.push(format!("{}: {h:?}", pdf.display()));
            }
        }
    }
    // Two that are no wrap: a whole-line lead of a byline (in the pdftotext
    // and the PDF.js copy), and a line of a council's list the text around
    // it is too short to show as wrapped.
    assert!(wrong.len() <= 3, "{wrong:#?}");
    for w in &wrong {
        assert!(
            w.contains("Written by Agencies") || w.contains("fayetteville"),
            "{w}"
        );
    }
}

#[test]
fn page_numbers_are_chrome_and_no_figure() {
    let page_number = |line: &str| {
        let l = line.trim();
        let digits = l.trim_matches(|c: char| c == '-' || c == ' ');
        (!digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()))
            || l.strip_prefix("Trang ")
                .or_else(|| l.strip_prefix("Page "))
                .is_some_and(|r| {
                    r.split([' ', '/'])
                        .next()
                        .is_some_and(|n| n.parse::<u32>().is_ok())
                })
    };
    let mut seen = 0;
    for (pdf, _) in fixtures() {
        let text = read(&pdf);
        let a = run(&text);
        // The page-number lines that close a page (a form feed after them).
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let next = &text[at + line.len()..];
            let closes_page = next.trim_start_matches(['\n', ' ']).starts_with('\u{c}');
            if page_number(line) && closes_page {
                seen += 1;
                let start = text[..at + (line.len() - line.trim_start().len())]
                    .encode_utf16()
                    .count();
                assert!(
                    a.outline.boilerplate.iter().any(|b| b.start == start),
                    "{}: page number {:?} is chrome",
                    pdf.display(),
                    line.trim()
                );
                let end = start + line.trim().encode_utf16().count();
                assert!(
                    !a.figures.iter().any(|f| f.start >= start && f.end <= end),
                    "{}: no figure in page number {:?}",
                    pdf.display(),
                    line.trim()
                );
            }
            at += line.len();
        }
    }
    assert!(seen >= 100, "page numbers checked: {seen}");
}

#[test]
fn every_promise_holds_on_pdf_copies() {
    for (pdf, _) in fixtures() {
        let text = read(&pdf);
        let a = run(&text);
        if let Err(e) = solieu::invariants::check(&text, &a) {
            panic!("{}: {e}", pdf.display());
        }
    }
}
