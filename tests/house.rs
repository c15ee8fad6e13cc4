//! The house rules ARCHITECTURE.md states about the code's shape, checked on
//! the source itself so that a change that breaks one fails here:
//!
//! - no stage tests which language it is in (`== Language::…`): it asks the
//!   profile (`src/lang/`), or matches exhaustively;
//! - one slice sort in the crate (`text::order`), since each sort
//!   instantiation costs kilobytes of WebAssembly;
//! - no module of the page over 400 lines;
//! - no words of a language in the recognisers' code: vocabulary lives in
//!   the profiles (`src/lang/`);
//! - one reader of decimals (`numbers::decimal`): the standard float
//!   parser's tables cost about 14 kB of the WebAssembly's gzip.

use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

/// Each Rust source file of the crate, without its test module.
fn sources() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "rs",
        &mut paths,
    );
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let code = text
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap()
                .to_string();
            (p, code)
        })
        .collect()
}

#[test]
fn no_stage_tests_which_language_it_is_in() {
    let mut found = Vec::new();
    for (path, code) in sources() {
        for (n, line) in code.lines().enumerate() {
            if line.contains("== Language::") || line.contains("!= Language::") {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "ask the profile instead: {found:#?}");
}

#[test]
fn one_sort_for_the_crate() {
    let mut found = Vec::new();
    for (path, code) in sources() {
        // The rule is for the WebAssembly's size; the command line (native
        // only) sorts file names, which are not u64 keys.
        if path.ends_with("text/order.rs") || path.components().any(|c| c.as_os_str() == "bin") {
            continue;
        }
        for (n, line) in code.lines().enumerate() {
            let sorts = [
                ".sort()",
                ".sort_by(",
                ".sort_by_key(",
                ".sort_unstable",
                ".sort_by_cached_key(",
            ];
            if sorts.iter().any(|s| line.contains(s)) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "use text::order: {found:#?}");
}

#[test]
fn one_reader_of_decimals() {
    // The explicit forms, and a line that names `f64` and parses: a parse
    // whose type is inferred from further away is the reviewer's to see.
    let mut found = Vec::new();
    for (path, code) in sources() {
        if path.ends_with("numbers/decimal.rs") {
            continue;
        }
        for (n, line) in code.lines().enumerate() {
            let explicit = [
                "parse::<f64>",
                "parse::<f32>",
                "f64::from_str",
                "f32::from_str",
            ];
            let typed = (line.contains("f64") || line.contains("f32")) && line.contains(".parse()");
            if explicit.iter().any(|s| line.contains(s)) || typed {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "use numbers::decimal::parse: {found:#?}");
}

#[test]
fn page_modules_stay_small() {
    let mut paths = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("www"),
        "js",
        &mut paths,
    );
    let big: Vec<String> = paths
        .iter()
        .filter(|p| !p.components().any(|c| c.as_os_str() == "pkg"))
        .filter_map(|p| {
            let n = std::fs::read_to_string(p).unwrap().lines().count();
            (n > 400).then(|| format!("{}: {n} lines", p.display()))
        })
        .collect();
    assert!(big.is_empty(), "split these: {big:?}");
}

/// The string literals of Rust code (comments and char literals skipped).
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let b = code.as_bytes();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    while i < b.len() {
        match b[i] {
            b'\n' => line += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            // A char literal ('"', '\'', 'x'), not a lifetime ('a).
            b'\'' => {
                let rest = &code[i + 1..];
                let len = if let Some(escaped) = rest.strip_prefix('\\') {
                    escaped.get(1..).and_then(|e| e.find('\'')).map(|k| k + 2)
                } else {
                    rest.chars()
                        .next()
                        .filter(|c| rest[c.len_utf8()..].starts_with('\''))
                        .map(char::len_utf8)
                };
                if let Some(len) = len {
                    i += len + 2;
                    continue;
                }
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                out.push((line, code[start..i].to_string()));
                line += code[start..i].matches('\n').count();
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// True when a literal holds a word of a language: two letters or more in a
/// row (one lower case), outside `{…}` format arguments. ISO designators
/// ("PT", "MIN"), unit codes ("GBP") and URL or file pieces (".com",
/// "https://", ".jpg") are not words of a language.
fn holds_a_word(lit: &str) -> bool {
    if lit.starts_with('.') || lit.contains("://") || lit.starts_with("www.") {
        return false;
    }
    let mut depth = 0;
    let mut run = String::new();
    let mut found = false;
    for c in lit.chars().chain([' ']) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 && c.is_alphabetic() => {
                run.push(c);
                continue;
            }
            _ => {}
        }
        found |= run.chars().count() >= 2 && run.chars().any(char::is_lowercase);
        run.clear();
    }
    found
}

#[test]
fn no_words_of_a_language_in_the_recognisers() {
    // Literals that are not vocabulary: messages and keys of the code itself,
    // and output codes.
    const NOT_WORDS: &[&str] = &[
        "checked",                           // an `expect` message
        "score cue",                         // a cache key
        "the lower case keeps every offset", // a `debug_assert` message
        "pp",                                // the unit of percentage points
        "YMWDhms",                           // ISO 8601 duration designators
    ];
    let mut found = Vec::new();
    for (path, code) in sources() {
        let p = path.to_string_lossy().replace('\\', "/");
        let recogniser = [
            "/src/figures/",
            "/src/checks/",
            "/src/outline/",
            "/src/text/sentences.rs",
        ]
        .iter()
        .any(|d| p.contains(d));
        if !recogniser {
            continue;
        }
        for (line, lit) in string_literals(&code) {
            if holds_a_word(&lit) && !NOT_WORDS.contains(&lit.as_str()) {
                found.push(format!("{p}:{line}: {lit:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words belong in the language profiles (src/lang/*/words.rs): {found:#?}"
    );
}

#[test]
fn the_word_finder_finds_words() {
    let lits = string_literals(
        "let a = '\"'; let q = '\\''; let b = \"ngày\"; // \"not\"\nf(\"{y:04}-Q{q}\", 'x', \"a\\\"b\");",
    );
    let lits: Vec<&str> = lits.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(lits, ["ngày", "{y:04}-Q{q}", "a\\\"b"]);
    assert!(holds_a_word("ngày") && holds_a_word(" said "));
    assert!(!holds_a_word("{y:04}-Q{q}") && !holds_a_word("PT{num}H") && !holds_a_word(".jpg"));
    assert!(!holds_a_word("GBP") && !holds_a_word("{lhs} = {total} ✓"));
}
