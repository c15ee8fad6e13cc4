//! Golden tests: the real CLI binary over every corpus article, its JSON
//! compared with the snapshots in `tests/snapshots/`, so that any change in
//! output shows in review. Accept intended changes with `cargo insta review`
//! (or `INSTA_UPDATE=always cargo test --test golden`).
//!
//! Articles come from the project's own `tests/corpus/` and from the shared
//! corpus beside the checkout (`../shared/corpus`, or `$CORPUS`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn articles(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn analyse(file: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(["analyze", "--format", "json"])
        .arg(file)
        .output()
        .expect("the solieu binary runs");
    assert!(
        out.status.success(),
        "{}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn snapshot_all(dir: &Path, prefix: &str) -> usize {
    let files = articles(dir);
    for file in &files {
        let stem = file.file_stem().unwrap().to_string_lossy().to_string();
        let json = analyse(file);
        // Every figure's text must be the UTF-16 slice its offsets name.
        let text = std::fs::read_to_string(file).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        for f in doc["figures"].as_array().unwrap() {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                String::from_utf16(&units[s..e]).unwrap(),
                f["text"].as_str().unwrap(),
                "{stem}"
            );
        }
        insta::assert_snapshot!(format!("{prefix}{stem}"), json);
    }
    files.len()
}

#[test]
fn own_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    snapshot_all(&dir, "own-");
}

#[test]
fn shared_corpus() {
    let dir = std::env::var_os("CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if !dir.is_dir() {
        // Outside the project's workspace the shared corpus is not there; CI has it.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have the shared corpus at {}",
            dir.display()
        );
        eprintln!("skipping: no shared corpus at {}", dir.display());
        return;
    }
    let n = snapshot_all(&dir, "shared-");
    assert!(n > 0, "no articles in {}", dir.display());
}
