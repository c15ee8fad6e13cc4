//! The figures as a table to take away: one row per figure, in the columns
//! the page's exports write (`www/export.js`, which this mirrors cell for
//! cell: `tests/cli.rs` runs both on the same documents and compares), as
//! tab-separated text or RFC 4180 CSV.
//!
//! Values are written machine-readably (1038, 12.5, 2023-Q1), never in a
//! reader's locale, and numbers as JavaScript writes them (`String(n)`), so
//! that a row reads the same from the page, the command line or a package.

use crate::model::{Analysis, Direction, Figure, Kind, Qualifier, Value};

/// The columns, by key: the figure as written and its kind; its value in
/// one typed column per type of value (a number, with the upper end of a
/// range; a date, period or duration as its ISO 8601 code; any other value,
/// a ratio, a score or a reference, as a short code); its unit, qualifier
/// and change; where it stands (section, table, row and column labels); its
/// sentence; and last its id in the JSON document.
pub const COLUMNS: [&str; 15] = [
    "text",
    "kind",
    "number",
    "high",
    "unit",
    "date",
    "other",
    "qualifier",
    "change",
    "section",
    "table",
    "row_label",
    "column_label",
    "sentence",
    "id",
];

/// `n` as JavaScript's `String(n)` writes it: integers without a point,
/// the shortest digits that read back to `n`, an exponent from 1e21 up and
/// below 1e-6; nothing for a number that is not finite (JSON's null).
pub fn js_number(n: f64) -> String {
    if !n.is_finite() {
        return String::new();
    }
    if n == 0.0 {
        return "0".into();
    }
    let abs = n.abs();
    if (1e-6..1e21).contains(&abs) {
        return format!("{n}");
    }
    // Rust writes "1.5e-7" and "1e21"; JavaScript "1.5e-7" and "1e+21".
    let s = format!("{n:e}");
    match s.split_once('e') {
        Some((mantissa, exp)) if !exp.starts_with('-') => format!("{mantissa}e+{exp}"),
        _ => s,
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::Over => "over",
        Qualifier::Under => "under",
    }
}

fn is_iso(kind: Kind) -> bool {
    matches!(kind, Kind::Date | Kind::Period | Kind::Duration)
}

/// A value that is neither a number nor an ISO code, as a short code: a
/// ratio "1899/1899", a score "3-1", a reference "Nghị quyết 16/2021/NQ-HĐND".
fn other_cell(f: &Figure) -> String {
    match &f.value {
        Value::Pair(a, b) => {
            let sep = if f.kind == Kind::Score { "-" } else { "/" };
            format!("{}{sep}{}", js_number(*a), js_number(*b))
        }
        Value::Reference(r) => {
            let tail: Vec<&str> = [
                Some(r.number.as_str()),
                r.year.as_deref(),
                r.code.as_deref(),
            ]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
            let tail = tail.join("/");
            [r.doc_type.as_str(), tail.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        }
        Value::Number(n) => js_number(*n),
        Value::Iso(s) => s.clone(),
    }
}

fn value_cell(v: &Value) -> String {
    match v {
        Value::Number(n) => js_number(*n),
        Value::Iso(s) => s.clone(),
        Value::Pair(a, b) => format!("[{},{}]", js_number(*a), js_number(*b)),
        Value::Reference(r) => r.number.clone(),
    }
}

/// The text's UTF-16 code units, which the document's offsets count.
struct Units(Vec<u16>);

impl Units {
    fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.0.len());
        String::from_utf16_lossy(&self.0[start.min(end)..end])
    }
}

/// The rows of cells for the figures of `analysis` (of `text`), in
/// [`COLUMNS`]' order.
pub fn figure_rows(analysis: &Analysis, text: &str) -> Vec<Vec<String>> {
    let units = Units(text.encode_utf16().collect());
    analysis
        .figures
        .iter()
        .map(|f| figure_row(f, analysis, &units))
        .collect()
}

fn figure_row(f: &Figure, analysis: &Analysis, units: &Units) -> Vec<String> {
    let iso = is_iso(f.kind);
    let number = !iso && matches!(f.value, Value::Number(n) if n.is_finite());
    let high_number = match (&f.high, number) {
        (Some(Value::Number(h)), true) => js_number(*h),
        _ => String::new(),
    };
    let date = if iso {
        std::iter::once(value_cell(&f.value))
            .chain(f.high.as_ref().map(value_cell))
            .collect::<Vec<_>>()
            .join("/")
    } else {
        String::new()
    };
    let change = f.change.as_ref().map_or(String::new(), |c| {
        let sign = if c.direction == Direction::Down {
            '-'
        } else {
            '+'
        };
        format!("{sign}{}", js_number(c.by))
    });
    let section = f.section.map_or(String::new(), |id| {
        analysis
            .outline
            .sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.heading.clone())
            .unwrap_or_default()
    });
    let cell = f.cell.as_ref();
    vec![
        f.text.clone(),
        f.kind.as_str().to_string(),
        if number {
            value_cell(&f.value)
        } else {
            String::new()
        },
        high_number,
        f.unit.clone().unwrap_or_default(),
        date,
        if !iso && !number {
            other_cell(f)
        } else {
            String::new()
        },
        qualifier_name(f.qualifier).to_string(),
        change,
        section,
        cell.map_or(String::new(), |c| (c.table + 1).to_string()),
        cell.and_then(|c| c.row_label.clone()).unwrap_or_default(),
        cell.and_then(|c| c.column_label.clone())
            .unwrap_or_default(),
        units.slice(f.sentence[0], f.sentence[1]).trim().to_string(),
        f.id.to_string(),
    ]
}

/// One line of tab-separated cells; tabs and line breaks inside a cell
/// become one space.
pub fn tsv_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = String::new();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        let mut gap = false;
        for ch in c.as_ref().chars() {
            if matches!(ch, '\t' | '\r' | '\n') {
                if !gap {
                    out.push(' ');
                }
                gap = true;
            } else {
                out.push(ch);
                gap = false;
            }
        }
    }
    out.push('\n');
    out
}

/// One RFC 4180 line: CRLF at the end, a field with a comma, quote or line
/// break quoted, quotes doubled.
pub fn csv_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = String::new();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let c = c.as_ref();
        if c.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&c.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(c);
        }
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_javascript_writes_them() {
        for (n, s) in [
            (1038.0, "1038"),
            (36_208_000_000.0, "36208000000"),
            (12.5, "12.5"),
            (0.1, "0.1"),
            (-2.0, "-2"),
            (1e21, "1e+21"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (-0.0, "0"),
            (f64::NAN, ""),
        ] {
            assert_eq!(js_number(n), s, "{n}");
        }
    }

    #[test]
    fn cells_are_quoted_or_flattened() {
        assert_eq!(
            csv_line(&["a", "b,c", "say \"hi\""]),
            "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
        );
        assert_eq!(tsv_line(&["a\tb", "c\r\n\nd"]), "a b\tc d\n");
    }
}
