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

/// A fresh, empty directory for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("solieu-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_directory_is_walked_for_text_and_html_files_in_name_order() {
    let dir = temp_dir("walk");
    std::fs::write(dir.join("b.txt"), "Khám 1.038 lượt.").unwrap();
    std::fs::write(
        dir.join("a.html"),
        "<nav><a href=/>Home</a> <a href=/w>World</a></nav><h1>Sales rose</h1><p>Up 14% to 3 million units.</p>",
    )
    .unwrap();
    std::fs::write(dir.join("notes.json"), "{}").unwrap();
    std::fs::write(dir.join(".hidden.txt"), "7 figures").unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/c.txt"), "Revenue was $5 billion.").unwrap();
    let (code, out, err) = solieu(
        &["analyze", dir.to_str().unwrap(), "--format", "jsonl"],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let docs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let paths: Vec<&str> = docs.iter().map(|d| d["path"].as_str().unwrap()).collect();
    let want: Vec<String> = ["a.html", "b.txt", "sub/c.txt"]
        .iter()
        .map(|f| dir.join(f).display().to_string())
        .collect();
    assert_eq!(paths, want);
    // The HTML file's markup: its nav is chrome, its h1 the title, and the
    // text is the page's, not its tags.
    let html = &docs[0];
    assert_eq!(html["outline"]["title"]["text"], "Sales rose");
    assert_eq!(html["outline"]["boilerplate"][0]["text"], "Home World");
    assert_eq!(html["figures"][0]["text"], "14%");
    assert_eq!(docs[1]["figures"][0]["value"], 1038);
    assert_eq!(docs[2]["figures"][0]["unit"], "USD");
}

#[test]
fn a_batch_with_an_unreadable_and_a_non_utf8_file_writes_the_rest_and_names_both() {
    let dir = temp_dir("bad");
    std::fs::write(dir.join("1-good.txt"), "Khám 1.038 lượt.").unwrap();
    std::fs::write(dir.join("2-latin1.txt"), b"Caf\xe9 sales: 3 million").unwrap();
    // Root reads any file whatever its mode, so "unreadable" is a link to
    // nothing (reading it fails for everyone).
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("3-gone.txt")).unwrap();
    std::fs::write(dir.join("4-good.txt"), "Revenue was $5 billion.").unwrap();
    let (code, out, err) = solieu(&["analyze", dir.to_str().unwrap(), "--format", "csv"], None);
    assert_eq!(code, 2, "{err}");
    let latin1 = dir.join("2-latin1.txt").display().to_string();
    let gone = dir.join("3-gone.txt").display().to_string();
    assert!(err.contains(&format!("{latin1} is not UTF-8")), "{err}");
    assert!(err.contains(&format!("cannot read {gone}")), "{err}");
    assert!(err.contains("2 of 4 inputs failed"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let articles: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let good = |f: &str| dir.join(f).display().to_string();
    assert_eq!(articles, [good("1-good.txt"), good("4-good.txt")]);
    assert!(out.starts_with("article,text,kind,number,high,unit,date,other,qualifier,change,section,table,row_label,column_label,sentence,id\r\n"));
}

#[test]
fn jsonl_in_gives_one_line_out_per_line_in_in_order_on_any_number_of_threads() {
    let mut input = String::new();
    for i in 0..300 {
        if i == 150 {
            input.push_str("not json\n");
        } else {
            input.push_str(&format!(
                "{{\"id\": {i}, \"text\": \"Doanh thu đạt {i}.000 tỷ đồng, tăng {} %.\"}}\n",
                i % 40
            ));
        }
    }
    let (code, out, err) = solieu(
        &["analyze", "--jsonl", "--format", "jsonl", "--jobs", "4"],
        Some(input.as_bytes()),
    );
    assert_eq!(code, 2, "one bad line: {err}");
    assert!(err.contains("line 151: not JSON"), "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 300);
    for (i, l) in lines.iter().enumerate() {
        if i == 150 {
            assert!(l["error"].is_string() && l["id"].is_null(), "{l}");
            continue;
        }
        assert_eq!(l["id"], i, "in order");
        assert_eq!(l["figures"][0]["value"], i as f64 * 1e12, "{l}");
    }
    let (_, one, _) = solieu(
        &["analyze", "--jsonl", "--format", "jsonl", "--jobs", "1"],
        Some(input.as_bytes()),
    );
    assert_eq!(one, out, "the same on one thread");
}

#[test]
fn json_for_several_inputs_is_an_array_of_documents_with_their_paths() {
    let a = temp_file("arr-a.txt", b"Up 14% to 3 million units.");
    let b = temp_file("arr-b.txt", "Khám 1.038 lượt.".as_bytes());
    let (code, out, err) = solieu(&["analyze", a.to_str().unwrap(), b.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    let docs: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["path"], a.display().to_string());
    assert_eq!(docs[1]["figures"][0]["value"], 1038);
    // The document's own keys, in the document's order, after the path.
    let keys: Vec<&str> = out.lines().take(4).collect();
    assert_eq!(
        keys[2].trim(),
        format!(
            "\"path\": {},",
            serde_json::to_string(&a.display().to_string()).unwrap()
        )
    );
    assert_eq!(keys[3].trim(), "\"version\": 1,");
}

/// The page's exports (www/export.js) of `doc`'s figures, as CSV and as
/// TSV, by Node.
fn page_exports(text: &str, doc: &str) -> (String, String) {
    let script = r#"
        import { figureRow, toCsv, toTsv } from './www/export.js';
        let input = '';
        process.stdin.on('data', (d) => (input += d));
        process.stdin.on('end', () => {
          const { text, doc } = JSON.parse(input);
          const sections = new Map(doc.outline.sections.map((s) => [s.id, s.heading]));
          const rows = doc.figures.map((f) => figureRow(f, text, (id) => sections.get(id) ?? ''));
          process.stdout.write(JSON.stringify([toCsv(rows), toTsv(rows)]));
        });
    "#;
    let mut child = Command::new("node")
        .args(["--input-type=module", "-e", script])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs (make setup-node)");
    let input = format!(
        "{{\"text\": {}, \"doc\": {doc}}}",
        serde_json::to_string(text).unwrap()
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn csv_and_tsv_are_the_pages_export_cell_for_cell() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut rows = 0;
    for path in &names {
        let text = std::fs::read_to_string(path).unwrap();
        let (_, doc, _) = solieu(&["analyze", path.to_str().unwrap()], None);
        let (code, csv, err) = solieu(
            &["analyze", path.to_str().unwrap(), "--format", "csv"],
            None,
        );
        assert_eq!(code, 0, "{err}");
        let (page_csv, page_tsv) = page_exports(&text, &doc);
        assert_eq!(csv, page_csv, "{}", path.display());
        let (_, tsv, _) = solieu(
            &["analyze", path.to_str().unwrap(), "--format", "tsv"],
            None,
        );
        assert_eq!(tsv, page_tsv, "{}", path.display());
        rows += csv.lines().count() - 1;
    }
    assert!(
        names.len() >= 10 && rows > 200,
        "{} articles, {rows} rows",
        names.len()
    );
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

/// The examples of the README's "Command line" section, each line run by
/// `sh` as written (from a scratch directory whose `tests` is this one's),
/// with what each should give.
#[test]
fn readme_examples_run_as_written() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let section = &readme[readme.find("## Command line").expect("the section")..];
    let block = section
        .split("```sh\n")
        .nth(2)
        .and_then(|b| b.split("```").next())
        .expect("the examples' block");
    let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 6, "{block}");
    let dir = temp_dir("readme");
    std::os::unix::fs::symlink(root.join("tests"), dir.join("tests")).unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_solieu"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut outs = Vec::new();
    for line in &lines {
        let out = Command::new("sh")
            .args(["-c", line])
            .current_dir(&dir)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{line}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        outs.push(String::from_utf8(out.stdout).unwrap());
    }
    let doc: serde_json::Value = serde_json::from_str(&outs[0]).unwrap();
    assert_eq!(doc["language"], "vi");
    assert!(
        outs[1].starts_with("Doanh thu quý I tăng 12%\n"),
        "{}",
        outs[1]
    );
    assert!(
        outs[1].contains("chrome: Trang chủ Kinh tế Xã hội"),
        "{}",
        outs[1]
    );
    assert!(
        outs[1].contains("Tổng cộng, Doanh thu (tỷ đồng): 700 + 500 = 1.200 ✓"),
        "{}",
        outs[1]
    );
    let csv = std::fs::read_to_string(dir.join("figures.csv")).unwrap();
    assert!(csv.starts_with("article,text,kind,number,"));
    assert!(
        csv.contains(
            "tests/cli/vi-doanh-thu-trang.html,hơn 36 tỷ 208 triệu đồng,money,36208000000,"
        ),
        "{csv:.300}"
    );
    let articles = ["tests/corpus", "tests/cli"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d)).unwrap())
        .filter(|e| {
            let p = e.as_ref().unwrap().path();
            p.extension().is_some_and(|x| x == "txt" || x == "html")
        })
        .count();
    let jsonl = std::fs::read_to_string(dir.join("docs.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), articles);
    let line: serde_json::Value = serde_json::from_str(outs[4].trim()).unwrap();
    assert_eq!(line["id"], 1);
    assert_eq!(line["figures"][0]["value"], 1_200_000_000_000i64);
    assert!(
        outs[5].starts_with("text\tkind\tnumber\t"),
        "{:.100}",
        outs[5]
    );
}
