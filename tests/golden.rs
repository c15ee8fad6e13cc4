//! Golden tests: the real CLI binary over every corpus article, its JSON
//! document written in a compact form, one line per figure, outline item and
//! check (see [`compact`]), and compared with the snapshots in
//! `tests/snapshots/`, so that a change in output shows in review as the lines
//! of the items that changed. Accept intended changes with `cargo insta review`
//! (or `INSTA_UPDATE=always cargo test --test golden`).
//!
//! Articles come from the project's own `tests/corpus/` and from the shared
//! corpus beside the checkout (`../shared/corpus`, or `$CORPUS`).
//!
//! # The compact form
//!
//! ```text
//! solieu version=1 language=vi
//! stats chars=12345 words=2100 sentences=80 paragraphs=25 figures=93
//! fig #17 count "1.038 lượt" 4211..4221 exact value=1038 unit="lượt" section=2 sentence=4100..4390
//! title "Kết quả" 0..66
//! section #2 L1 inferred "Về công tác tổ chức, cán bộ" 3900..6120 heading=3900..3928 figures=[12,13,14]
//! caption[0] "Ảnh" 67..180
//! boilerplate "Phản hồi" 12001..12009
//! byline "Theo Báo Hậu Giang" 12010..12028
//! check sum ok total=17 parts=[18,19,20] expected=1038 actual=1038 "150 + 863 + 25 = 1.038 ✓"
//! ```
//!
//! Each line starts with what it is; the items come in the document's order.
//! Strings are quoted and escaped as in JSON, so that a line stays one line;
//! numbers are written as serde_json writes them (`1038`, `1.74`). A figure's
//! and an outline item's `start..end` come after its text; `#` is an `id`, `L`
//! a section's `level`, `[i]` a caption's index (what `duplicate_of` names);
//! `inferred`/`explicit` and `ok`/`FAIL` are the two booleans; `change=up:61`
//! is `{"direction": "up", "by": 61}`; a `key=value` field is left out where
//! the value is `null`, every other field is always there.
//!
//! Nothing of the document is dropped, so that any difference between two
//! documents is a difference between their compact forms: a key the layout
//! does not know is written `key=value` at the end of its item's line, or
//! `+path …` on lines of its own outside an item; a known key that is missing
//! is written `!key`; a value of another shape than expected (and every
//! nested value) is written in a generic form, `[a,b]` and `{key=value …}`.
//! Key order is not kept: it carries no meaning in JSON, and `serde_json::Value`
//! sorts it.

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

// ---- the compact form -------------------------------------------------------

/// How one value is written.
#[derive(Clone, Copy)]
enum Style {
    /// The generic form: `"text"`, `12`, `null`, `[1,2]`, `{key=value …}`.
    Json,
    /// A plain word (`money`, `exact`) bare, anything else in the generic form.
    Word,
    /// `#` and the value: an id.
    Hash,
    /// `L` and the value: a level.
    Level,
    /// One word for `true`, another for `false`.
    Flag(&'static str, &'static str),
    /// A two-element array as `a..b`.
    Range,
    /// `{"direction": d, "by": n}` as `d:n`.
    Change,
}

/// One field of an item's line.
enum Field {
    /// The value alone, in its place (or `!key` where the key is missing).
    Bare(&'static str, Style),
    /// `key=value`; left out where the value is `null`, `!key` where missing.
    Named(&'static str, Style),
    /// `start..end` of two keys after a label (`""`, `"heading="`); `!` for a missing end.
    Span(&'static str, &'static str, &'static str),
}

/// One part of an object that holds items.
enum Entry {
    /// Fields of the object itself, on one line after a label.
    Head(&'static str, &'static [Field]),
    /// The item at a key, on one line after a label.
    One(&'static str, &'static str, &'static [Field]),
    /// Each item of the array at a key on a line of its own after a label;
    /// `true`: the label carries the index, `caption[3]`.
    Many(&'static str, &'static str, bool, &'static [Field]),
    /// The object at a key, with its own entries.
    Block(&'static str, &'static [Entry]),
}

use Field::{Bare, Named, Span};
use Style::{Change, Flag, Hash, Json, Level, Range, Word};

const HEAD: &[Field] = &[Named("version", Json), Named("language", Word)];
const STATS: &[Field] = &[
    Named("chars", Json),
    Named("words", Json),
    Named("sentences", Json),
    Named("paragraphs", Json),
    Named("figures", Json),
];
const FIGURE: &[Field] = &[
    Bare("id", Hash),
    Bare("kind", Word),
    Bare("text", Json),
    Span("", "start", "end"),
    Bare("qualifier", Word),
    Named("value", Json),
    Named("high", Json),
    Named("unit", Json),
    Named("change", Change),
    Named("section", Json),
    Named("sentence", Range),
];
const TEXT_SPAN: &[Field] = &[Bare("text", Json), Span("", "start", "end")];
const SECTION: &[Field] = &[
    Bare("id", Hash),
    Bare("level", Level),
    Bare("inferred", Flag("inferred", "explicit")),
    Bare("heading", Json),
    Span("", "start", "end"),
    Span("heading=", "heading_start", "heading_end"),
    Named("figures", Json),
];
const CAPTION: &[Field] = &[
    Bare("text", Json),
    Span("", "start", "end"),
    Named("duplicate_of", Json),
];
const CHECK: &[Field] = &[
    Bare("kind", Word),
    Bare("ok", Flag("ok", "FAIL")),
    Named("total", Json),
    Named("parts", Json),
    Named("expected", Json),
    Named("actual", Json),
    Bare("explanation", Json),
];
const OUTLINE: &[Entry] = &[
    Entry::One("title", "title", TEXT_SPAN),
    Entry::Many("sections", "section", false, SECTION),
    Entry::Many("captions", "caption", true, CAPTION),
    Entry::Many("boilerplate", "boilerplate", false, TEXT_SPAN),
    Entry::Many("bylines", "byline", false, TEXT_SPAN),
];
const DOCUMENT: &[Entry] = &[
    Entry::Head("solieu", HEAD),
    Entry::One("stats", "stats", STATS),
    Entry::Many("figures", "fig", false, FIGURE),
    Entry::Block("outline", OUTLINE),
    Entry::Many("checks", "check", false, CHECK),
];

/// Keys written first in a nested object, in this order (a reference's
/// `type number year code` reads as the reference); the rest follow sorted.
const NESTED_ORDER: &[&str] = &["type", "number", "year", "code", "direction", "by"];

/// The analysis document in the compact form, one line per item.
fn compact(doc: &Value) -> String {
    let mut lines = Vec::new();
    match doc {
        Value::Object(m) => block(&mut lines, "", m, DOCUMENT),
        v => lines.push(format!("!document ={}", json(v))),
    }
    lines.join("\n")
}

/// A plain word stands bare without being taken for a number, a string or a literal.
fn is_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !matches!(s, "null" | "true" | "false")
}

/// A key bare where it is an identifier, quoted otherwise.
fn key(k: &str) -> String {
    let mut chars = k.chars();
    let ident = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ident {
        k.to_string()
    } else {
        Value::from(k).to_string()
    }
}

/// The generic form of a value.
fn json(v: &Value) -> String {
    match v {
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(json).collect();
            format!("[{}]", items.join(","))
        }
        Value::Object(m) => {
            let first = NESTED_ORDER.iter().filter_map(|&k| m.get_key_value(k));
            let rest = m
                .iter()
                .filter(|(k, _)| !NESTED_ORDER.contains(&k.as_str()));
            let fields: Vec<String> = first
                .chain(rest)
                .map(|(k, v)| format!("{}={}", key(k), json(v)))
                .collect();
            format!("{{{}}}", fields.join(" "))
        }
        // null, booleans, numbers and strings as serde_json writes them.
        v => v.to_string(),
    }
}

fn styled(v: &Value, style: Style) -> String {
    match (style, v) {
        (Word, Value::String(s)) if is_word(s) => s.clone(),
        (Hash, v) => format!("#{}", json(v)),
        (Level, v) => format!("L{}", json(v)),
        (Flag(yes, _), Value::Bool(true)) => yes.to_string(),
        (Flag(_, no), Value::Bool(false)) => no.to_string(),
        (Range, Value::Array(pair)) if pair.len() == 2 => {
            format!("{}..{}", json(&pair[0]), json(&pair[1]))
        }
        (Change, Value::Object(m)) if m.len() == 2 => match (m.get("direction"), m.get("by")) {
            (Some(Value::String(d)), Some(by)) if is_word(d) => format!("{d}:{}", json(by)),
            _ => json(v),
        },
        (_, v) => json(v),
    }
}

fn field_keys(f: &Field) -> Vec<&'static str> {
    match *f {
        Bare(k, _) | Named(k, _) => vec![k],
        Span(_, s, e) => vec![s, e],
    }
}

/// One item on one line: its label, its fields, then the keys the layout does not know.
fn item(label: &str, v: &Value, fields: &[Field]) -> String {
    let Value::Object(m) = v else {
        return format!("{label} ={}", json(v));
    };
    let mut out = label.to_string();
    for f in fields {
        let token = match *f {
            Bare(k, style) => Some(m.get(k).map_or(format!("!{k}"), |v| styled(v, style))),
            Named(k, style) => match m.get(k) {
                None => Some(format!("!{k}")),
                Some(Value::Null) => None,
                Some(v) => Some(format!("{k}={}", styled(v, style))),
            },
            Span(label, s, e) => {
                let end = |k| m.get(k).map_or("!".to_string(), json);
                Some(format!("{label}{}..{}", end(s), end(e)))
            }
        };
        if let Some(token) = token {
            out.push(' ');
            out.push_str(&token);
        }
    }
    let known: Vec<&str> = fields.iter().flat_map(field_keys).collect();
    for (k, v) in m.iter().filter(|(k, _)| !known.contains(&k.as_str())) {
        out.push_str(&format!(" {}={}", key(k), json(v)));
    }
    out
}

/// The entries of an object holding items, then its keys the layout does not
/// know, as `+path` lines: one per element of a non-empty array.
fn block(lines: &mut Vec<String>, path: &str, m: &Map<String, Value>, entries: &[Entry]) {
    let mut known: Vec<&str> = Vec::new();
    for entry in entries {
        match *entry {
            Entry::Head(label, fields) => {
                let keys: Vec<&str> = fields.iter().flat_map(field_keys).collect();
                let own: Map<String, Value> = m
                    .iter()
                    .filter(|(k, _)| keys.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                lines.push(item(label, &Value::Object(own), fields));
                known.extend(keys);
            }
            Entry::One(k, label, fields) => {
                known.push(k);
                lines.push(match m.get(k) {
                    None => format!("!{k}"),
                    Some(v) => item(label, v, fields),
                });
            }
            Entry::Many(k, label, numbered, fields) => {
                known.push(k);
                match m.get(k) {
                    None => lines.push(format!("!{k}")),
                    Some(Value::Array(items)) => {
                        for (i, v) in items.iter().enumerate() {
                            let label = if numbered {
                                format!("{label}[{i}]")
                            } else {
                                label.to_string()
                            };
                            lines.push(item(&label, v, fields));
                        }
                    }
                    Some(v) => lines.push(format!("!{k} ={}", json(v))),
                }
            }
            Entry::Block(k, entries) => {
                known.push(k);
                match m.get(k) {
                    None => lines.push(format!("!{k}")),
                    Some(Value::Object(inner)) => {
                        block(lines, &format!("{path}{k}."), inner, entries)
                    }
                    Some(v) => lines.push(format!("!{k} ={}", json(v))),
                }
            }
        }
    }
    for (k, v) in m.iter().filter(|(k, _)| !known.contains(&k.as_str())) {
        let label = format!("+{path}{}", key(k));
        match v {
            Value::Array(items) if !items.is_empty() => {
                for (i, v) in items.iter().enumerate() {
                    lines.push(item(&format!("{label}[{i}]"), v, &[]));
                }
            }
            v => lines.push(format!("{label} ={}", json(v))),
        }
    }
}

// ---- the corpus -------------------------------------------------------------

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
        let doc: Value = serde_json::from_str(&json).unwrap();
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
        insta::assert_snapshot!(format!("{prefix}{stem}"), compact(&doc));
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

// ---- the compact form's own tests -------------------------------------------

/// The example document of `docs/FORMAT.md`, with a range, a change and a reference.
fn example() -> Value {
    serde_json::json!({
        "version": 1,
        "language": "vi",
        "stats": {"chars": 12345, "words": 2100, "sentences": 80, "paragraphs": 25, "figures": 93},
        "figures": [
            {"id": 17, "kind": "count", "text": "1.038 lượt", "start": 4211, "end": 4221,
             "value": 1038, "high": null, "unit": "lượt", "qualifier": "exact", "change": null,
             "section": 2, "sentence": [4100, 4390]},
            {"id": 18, "kind": "percent", "text": "từ 5 đến 7,5%", "start": 4300, "end": 4313,
             "value": 5, "high": 7.5, "unit": "%", "qualifier": "approx",
             "change": {"direction": "up", "by": 2.5}, "section": null, "sentence": [4100, 4390]},
            {"id": 19, "kind": "reference", "text": "Nghị định 15/2020/NĐ-CP", "start": 5000,
             "end": 5023, "value": {"type": "Nghị định", "number": "15", "year": "2020",
             "code": "NĐ-CP"}, "high": null, "unit": null, "qualifier": "exact", "change": null,
             "section": 2, "sentence": [4990, 5100]}
        ],
        "outline": {
            "title": {"text": "Kết quả \"năm\"\nhai dòng", "start": 0, "end": 66},
            "sections": [
                {"id": 2, "heading": "Về công tác tổ chức, cán bộ", "level": 1, "inferred": true,
                 "start": 3900, "end": 6120, "heading_start": 3900, "heading_end": 3928,
                 "figures": [12, 13, 14]}
            ],
            "captions": [{"text": "Ảnh", "start": 67, "end": 180, "duplicate_of": null},
                         {"text": "Ảnh", "start": 181, "end": 184, "duplicate_of": 0}],
            "boilerplate": [{"text": "Phản hồi", "start": 12001, "end": 12009}],
            "bylines": [{"text": "Theo Báo Hậu Giang", "start": 12010, "end": 12028}]
        },
        "checks": [
            {"kind": "sum", "total": 17, "parts": [18, 19, 20], "expected": 1038, "actual": 1011,
             "ok": false, "explanation": "150 + 836 + 25 = 1.011 ≠ 1.038 ✗"}
        ]
    })
}

#[test]
fn compact_form_of_the_format_example() {
    let expected = r#"solieu version=1 language=vi
stats chars=12345 words=2100 sentences=80 paragraphs=25 figures=93
fig #17 count "1.038 lượt" 4211..4221 exact value=1038 unit="lượt" section=2 sentence=4100..4390
fig #18 percent "từ 5 đến 7,5%" 4300..4313 approx value=5 high=7.5 unit="%" change=up:2.5 sentence=4100..4390
fig #19 reference "Nghị định 15/2020/NĐ-CP" 5000..5023 exact value={type="Nghị định" number="15" year="2020" code="NĐ-CP"} section=2 sentence=4990..5100
title "Kết quả \"năm\"\nhai dòng" 0..66
section #2 L1 inferred "Về công tác tổ chức, cán bộ" 3900..6120 heading=3900..3928 figures=[12,13,14]
caption[0] "Ảnh" 67..180
caption[1] "Ảnh" 181..184 duplicate_of=0
boilerplate "Phản hồi" 12001..12009
byline "Theo Báo Hậu Giang" 12010..12028
check sum FAIL total=17 parts=[18,19,20] expected=1038 actual=1011 "150 + 836 + 25 = 1.011 ≠ 1.038 ✗""#;
    assert_eq!(compact(&example()), expected);
}

#[test]
fn fields_the_layout_does_not_know_still_show() {
    let mut doc = example();
    doc["figures"][0]["confidence"] = 0.75.into();
    doc["figures"][1]["change"]["from"] = 2.into();
    doc["figures"][2]["value"]["article"] = "5".into();
    doc["stats"]["tables"] = 1.into();
    doc["outline"]["sections"][0]["numbering"] = "I.".into();
    doc["outline"]["tables"] = serde_json::json!([{"text": "Bảng 1", "start": 7, "end": 13}]);
    doc["outline"]["lead"] = Value::Null;
    doc["notes"] = serde_json::json!(["one"]);
    doc["source"] = serde_json::json!({"url": "https://example.com/a b"});
    doc["warnings"] = serde_json::json!([]);
    let out = compact(&doc);
    let lines: Vec<&str> = out.lines().collect();
    for (starts, ends) in [
        ("fig #17 ", " confidence=0.75"),
        (
            "fig #18 ",
            " change={direction=\"up\" by=2.5 from=2} sentence=4100..4390",
        ),
        (
            "fig #19 ",
            " code=\"NĐ-CP\" article=\"5\"} section=2 sentence=4990..5100",
        ),
        ("stats ", " figures=93 tables=1"),
        ("section #2 ", " numbering=\"I.\""),
        ("+outline.tables[0] ", " end=13 start=7 text=\"Bảng 1\""),
        ("+outline.lead ", " =null"),
        ("+notes[0] ", " =\"one\""),
        ("+source ", " ={url=\"https://example.com/a b\"}"),
        ("+warnings ", " =[]"),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(starts) && l.ends_with(ends)),
            "no line `{starts}…{ends}` in:\n{out}"
        );
    }
}

#[test]
fn missing_and_null_and_misshapen_fields_differ() {
    let base = example();
    let mut seen = std::collections::HashSet::new();
    seen.insert(compact(&base));
    let variants: Vec<Box<dyn Fn(&mut Value)>> = vec![
        Box::new(|d| d["figures"][0]["unit"] = Value::Null),
        Box::new(|d| {
            d["figures"][0].as_object_mut().unwrap().remove("unit");
        }),
        Box::new(|d| d["figures"][0]["unit"] = "null".into()),
        Box::new(|d| d["figures"][0]["kind"] = "count ".into()),
        Box::new(|d| d["figures"][0]["value"] = 1038.0.into()),
        Box::new(|d| d["figures"][0]["value"] = "1038".into()),
        Box::new(|d| d["figures"][0]["sentence"] = serde_json::json!([4100, 4390, 4400])),
        Box::new(|d| d["figures"][1]["change"] = serde_json::json!({"direction": "up"})),
        Box::new(|d| d["outline"]["title"] = Value::Null),
        Box::new(|d| {
            d["outline"].as_object_mut().unwrap().remove("title");
        }),
        Box::new(|d| d["outline"]["sections"][0]["inferred"] = "inferred".into()),
        Box::new(|d| d["checks"] = Value::Null),
        Box::new(|d| d["checks"] = serde_json::json!([])),
        Box::new(|d| d["checks"] = serde_json::json!([null])),
    ];
    for (i, change) in variants.iter().enumerate() {
        let mut doc = base.clone();
        change(&mut doc);
        assert!(
            seen.insert(compact(&doc)),
            "variant {i} written like another"
        );
    }
}
