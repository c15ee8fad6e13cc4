//! The house rules ARCHITECTURE.md states about the code's shape, checked on
//! the source itself so that a change that breaks one fails here:
//!
//! - no stage tests which language it is in (`== Language::…`): it asks the
//!   profile (`src/lang/`), or matches exhaustively;
//! - one slice sort in the crate (`text::order`), since each sort
//!   instantiation costs kilobytes of WebAssembly;
//! - no module of the page over 400 lines.

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
        if path.ends_with("text/order.rs") {
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
