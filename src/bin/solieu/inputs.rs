//! What the command line reads: files, directories walked for articles,
//! standard input, or (`--jsonl`) one `{"id", "text"}` object per line; and
//! how each becomes an article's text, with the block hints of an HTML file.

use std::io::{self, BufRead, IsTerminal, Read};
use std::path::{Path, PathBuf};

use solieu::BlockHint;

/// The extensions a directory's files are read for (case aside). Markdown
/// is left out of a walk (a folder's README is seldom one of its articles)
/// but read when named, as is any file named on the command line.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text"];
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];

/// One article to analyse, by where it comes from.
pub enum Source {
    File(PathBuf),
    Stdin,
    /// A line of `--jsonl` input: its id (any JSON value) and text, or
    /// what was wrong with the line.
    Line {
        number: usize,
        id: serde_json::Value,
        text: Result<String, String>,
    },
}

impl Source {
    /// What the output calls it: the path, `-`, or the line's id.
    pub fn label(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".into(),
            Source::Line { number, id, .. } => match id {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => format!("line {number}"),
                other => other.to_string(),
            },
        }
    }
}

/// An article's text and the block hints its markup gave.
pub struct Article {
    pub text: String,
    pub blocks: Vec<BlockHint>,
    /// Made from HTML: the text is not the input's bytes.
    pub converted: bool,
}

/// The inputs the arguments name, directories walked in name order (hidden
/// entries skipped); a path that cannot be listed is an input that fails.
pub fn gather(args: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    if args.is_empty() {
        out.push(Source::Stdin);
    }
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if arg.is_dir() {
            walk(arg, &mut out);
        } else {
            out.push(Source::File(arg.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Source>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => {
            out.push(Source::File(dir.to_path_buf()));
            return;
        }
    };
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        // A symbolic link is followed; one that leads nowhere is an input
        // that fails (so that it is named), not one silently left out.
        if path.is_dir() {
            walk(&path, out);
        } else if is_article(&path) {
            out.push(Source::File(path));
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn is_article(path: &Path) -> bool {
    let ext = extension(path);
    TEXT_EXTENSIONS.contains(&ext.as_str()) || HTML_EXTENSIONS.contains(&ext.as_str())
}

/// Reads a source's article, with a one-line message for each way that
/// can fail.
pub fn read(source: &Source) -> Result<Article, String> {
    let (bytes, html) = match source {
        Source::Line { text, .. } => {
            return text.clone().map(|text| Article {
                text,
                blocks: Vec::new(),
                converted: false,
            })
        }
        Source::File(path) => {
            if path.is_dir() {
                return Err(format!("{} is a directory, not a file", path.display()));
            }
            let bytes = std::fs::read(path).map_err(|e| {
                format!(
                    "cannot read {}: {}",
                    path.display(),
                    lower_first(&e.to_string())
                )
            })?;
            (bytes, HTML_EXTENSIONS.contains(&extension(path).as_str()))
        }
        Source::Stdin => {
            if io::stdin().is_terminal() {
                eprintln!("solieu: reading the article from standard input (end with Ctrl-D)");
            }
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            (buf, false)
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let name = match source {
            Source::File(p) => format!("{} is", p.display()),
            _ => "the input is".into(),
        };
        format!("{name} not UTF-8 text (invalid byte at offset {at}, line {line})")
    })?;
    if html {
        let (text, blocks) = solieu::html::to_text(&text);
        return Ok(Article {
            text,
            blocks,
            converted: true,
        });
    }
    Ok(Article {
        text,
        blocks: Vec::new(),
        converted: false,
    })
}

/// The `--jsonl` lines of the inputs (standard input when none is named),
/// read as they come.
pub struct Lines {
    inner: Box<dyn Iterator<Item = io::Result<String>>>,
    number: usize,
}

impl Lines {
    /// The lines of `paths` in turn (`-`: standard input); a file that
    /// cannot be opened is a message.
    pub fn open(paths: &[PathBuf]) -> Result<Self, String> {
        let mut readers: Vec<Box<dyn BufRead>> = Vec::new();
        if paths.is_empty() {
            readers.push(Box::new(io::BufReader::new(io::stdin())));
        }
        for p in paths {
            if p.as_os_str() == "-" {
                readers.push(Box::new(io::BufReader::new(io::stdin())));
                continue;
            }
            let file = std::fs::File::open(p).map_err(|e| {
                format!(
                    "cannot read {}: {}",
                    p.display(),
                    lower_first(&e.to_string())
                )
            })?;
            readers.push(Box::new(io::BufReader::new(file)));
        }
        Ok(Lines {
            inner: Box::new(readers.into_iter().flat_map(|r| r.lines())),
            number: 0,
        })
    }
}

impl Iterator for Lines {
    type Item = Source;

    fn next(&mut self) -> Option<Source> {
        loop {
            let line = self.inner.next()?;
            self.number += 1;
            let number = self.number;
            let line = match line {
                Ok(line) => line,
                Err(e) => {
                    return Some(Source::Line {
                        number,
                        id: serde_json::Value::Null,
                        text: Err(format!("line {number}: cannot read: {e}")),
                    })
                }
            };
            if line.trim().is_empty() {
                continue; // a blank line is no record
            }
            return Some(parse_line(number, &line));
        }
    }
}

fn parse_line(number: usize, line: &str) -> Source {
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return Source::Line {
                number,
                id: serde_json::Value::Null,
                text: Err(format!("line {number}: not JSON ({e})")),
            }
        }
    };
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let text = match value.get("text") {
        Some(serde_json::Value::String(s)) => Ok(s.clone()),
        _ => Err(format!("line {number}: no \"text\" string")),
    };
    Source::Line { number, id, text }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
