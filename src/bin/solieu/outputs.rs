//! What the command line writes: the JSON document (one, or an array of
//! records), JSON lines, the figures as CSV or TSV in the page's export
//! columns (`solieu::export`), or a table for reading in a terminal. A batch
//! (`many`) writes one record per input, in the inputs' order, each naming
//! its input; in JSON and JSON lines an input that failed is a record too,
//! `{"path": …, "error": …}`, so that line N of the output is input N.

use clap::ValueEnum;
use solieu::export::{csv_line, figure_rows, tsv_line, COLUMNS};
use solieu::Analysis;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The JSON document (docs/FORMAT.md); for several inputs, an array of
    /// them, each with its input's path (or id) first.
    Json,
    /// One JSON document per line, each with its input's path (or id).
    Jsonl,
    /// The figures, one per row, in the page's export columns (RFC 4180).
    Csv,
    /// The same columns, tab-separated (pastes into a spreadsheet).
    Tsv,
    /// The figures, outline and checks, for reading in a terminal.
    Text,
}

/// How one run writes: its format, whether it is a batch, and the key that
/// names an input in a record (`path`, or `id` for `--jsonl` input).
pub struct Output {
    pub format: Format,
    pub many: bool,
    pub key: &'static str,
}

/// The column that names a figure's article in a batch's CSV or TSV.
const ARTICLE: &str = "article";

impl Output {
    /// What comes before the first record.
    pub fn begin(&self) -> String {
        let header = || {
            let mut h: Vec<&str> = Vec::with_capacity(COLUMNS.len() + 1);
            if self.many {
                h.push(ARTICLE);
            }
            h.extend(COLUMNS);
            h
        };
        match self.format {
            Format::Json if self.many => "[\n".into(),
            Format::Csv => csv_line(&header()),
            Format::Tsv => tsv_line(&header()),
            _ => String::new(),
        }
    }

    /// What comes after the last of `count` records.
    pub fn end(&self, count: usize) -> String {
        match self.format {
            Format::Json if self.many && count > 0 => "\n]\n".into(),
            Format::Json if self.many => "]\n".into(),
            _ => String::new(),
        }
    }

    fn separator(&self, index: usize) -> &'static str {
        if self.format == Format::Json && self.many && index > 0 {
            ",\n"
        } else {
            ""
        }
    }

    /// Record `index` (from 0): the analysis of `text`, the input named
    /// `label` (as text) and `id` (as JSON). `converted`: the text was made
    /// from HTML, and a JSON record carries it, which its offsets count in.
    pub fn document(
        &self,
        index: usize,
        label: &str,
        id: &serde_json::Value,
        text: &str,
        converted: bool,
        analysis: &Analysis,
    ) -> String {
        let sep = self.separator(index);
        let json = |v: &serde_json::Value| serde_json::to_string(v).unwrap_or_default();
        let text_key = |pretty: bool| {
            if !converted {
                return String::new();
            }
            let t = serde_json::to_string(text).unwrap_or_default();
            if pretty {
                format!("\n  \"text\": {t},")
            } else {
                format!("\"text\":{t},")
            }
        };
        match self.format {
            Format::Json if !self.many => {
                let body = serde_json::to_string_pretty(analysis).unwrap_or_default();
                format!("{{{}{}\n", text_key(true), &body[1..])
            }
            Format::Json => {
                let body = serde_json::to_string_pretty(analysis).unwrap_or_default();
                format!(
                    "{sep}{{\n  \"{}\": {},{}{}",
                    self.key,
                    json(id),
                    text_key(true),
                    &body[1..]
                )
            }
            Format::Jsonl => {
                let body = serde_json::to_string(analysis).unwrap_or_default();
                format!(
                    "{{\"{}\":{},{}{}\n",
                    self.key,
                    json(id),
                    text_key(false),
                    &body[1..]
                )
            }
            Format::Csv | Format::Tsv => {
                let line = if self.format == Format::Csv {
                    csv_line::<String>
                } else {
                    tsv_line::<String>
                };
                let mut out = String::new();
                for mut row in figure_rows(analysis, text) {
                    if self.many {
                        row.insert(0, label.to_string());
                    }
                    out.push_str(&line(&row));
                }
                out
            }
            Format::Text if self.many => {
                format!("== {label} ==\n{}\n", crate::text::render(analysis))
            }
            Format::Text => crate::text::render(analysis),
        }
    }

    /// Record `index` for an input that failed, where the format has one.
    pub fn failure(&self, index: usize, id: &serde_json::Value, message: &str) -> String {
        let sep = self.separator(index);
        let id = serde_json::to_string(id).unwrap_or_default();
        let message = serde_json::to_string(message).unwrap_or_default();
        match self.format {
            Format::Json if self.many => {
                format!(
                    "{sep}{{\n  \"{}\": {id},\n  \"error\": {message}\n}}",
                    self.key
                )
            }
            Format::Jsonl => format!("{{\"{}\":{id},\"error\":{message}}}\n", self.key),
            _ => String::new(),
        }
    }
}
