//! The CLI as a user meets it: real binary, real files, exit codes and messages.

use std::io::Write;
use std::process::{Command, Stdio};

fn solieu(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_solieu"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("solieu-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn json_from_a_file_and_from_stdin() {
    let path = temp_file("a.txt", "Khám 1.038 lượt (đương chức 150 lượt).".as_bytes());
    let (code, out, _) = solieu(&["analyze", path.to_str().unwrap()], None);
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["figures"][0]["text"], "1.038 lượt");
    assert_eq!(doc["figures"][0]["value"], 1038);

    let (code, out2, _) = solieu(
        &["analyze", "-"],
        Some("Khám 1.038 lượt (đương chức 150 lượt).".as_bytes()),
    );
    assert_eq!(code, 0);
    assert_eq!(out, out2);
}

#[test]
fn text_format_and_language_override() {
    let (code, out, _) = solieu(
        &["analyze", "--format", "text", "--lang", "en"],
        Some(b"Sales 1.038 units\n"),
    );
    assert_eq!(code, 0);
    assert!(out.contains("language en"), "{out}");
    assert!(out.contains("1.038"), "{out}");
    let (_, json, _) = solieu(&["analyze", "--lang", "en"], Some(b"Sales 1.038 units\n"));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["figures"][0]["value"], 1.038);
}

#[test]
fn missing_file() {
    let (code, out, err) = solieu(&["analyze", "/nonexistent/article.txt"], None);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("solieu: cannot read /nonexistent/article.txt"),
        "{err}"
    );
}

#[test]
fn a_directory() {
    let dir = std::env::temp_dir();
    let (code, _, err) = solieu(&["analyze", dir.to_str().unwrap()], None);
    assert_eq!(code, 2);
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn invalid_utf8_says_where() {
    let path = temp_file("bad.txt", b"line one\nline \xff two\n");
    let (code, _, err) = solieu(&["analyze", path.to_str().unwrap()], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("not UTF-8") && err.contains("offset 14") && err.contains("line 2"),
        "{err}"
    );
}

#[test]
fn an_unreadable_file() {
    // Permissions don't stop root, which runs CI here; reading /proc/self/mem
    // from its start fails for everyone with an I/O error.
    let (code, out, err) = solieu(&["analyze", "/proc/self/mem"], None);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("solieu: cannot read /proc/self/mem"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    let article = "Khám 1.038 lượt vào năm 2023.\n".repeat(20_000);
    let path = temp_file("long.txt", article.as_bytes());
    for format in ["json", "text"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_solieu"))
            .args(["analyze", "--format", format, path.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        // Read a little, then close the pipe, as `| head -1` does.
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(141), "{format}: {err}");
        assert!(err.is_empty(), "{format}: {err}");
    }
}
