//! What several test files share: the articles to test on.

use std::path::Path;

/// `(file name, text)` of every `.txt` article in the project's own corpus,
/// then in `www/samples/` if asked, then in the shared corpus beside the
/// checkout (`../shared/corpus`, or `$CORPUS`); sorted by name in each.
pub fn articles(with_samples: bool) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = std::env::var("CORPUS").unwrap_or_else(|_| "../shared/corpus".into());
    let mut dirs = vec![root.join("tests/corpus")];
    if with_samples {
        dirs.push(root.join("www/samples"));
    }
    dirs.push(root.join(corpus));
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&p).expect("corpus article is UTF-8");
            out.push((name, text));
        }
    }
    assert!(out.len() >= 8, "the corpus is beside the crate");
    out
}
