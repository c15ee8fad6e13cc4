//! The analysis document: the types of `docs/FORMAT.md`, serialised with serde.
//!
//! Everything here is plain data. Offsets are UTF-16 code units into the text as
//! given (what JavaScript's `String.prototype.slice` takes), end exclusive.

use serde::{Serialize, Serializer};

/// The version of the JSON document; raised when a field is renamed or changes meaning.
pub const FORMAT_VERSION: u32 = 1;

/// A language whose number format and vocabulary the analysis knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Vietnamese: `.` groups thousands, `,` is the decimal mark.
    Vi,
    /// English: `,` groups thousands, `.` is the decimal mark.
    En,
    /// Neither: a language solieu does not know. Figures are read from digits
    /// and symbols alone, with the digit marks the text shows.
    Und,
}

impl Language {
    /// Parses a language code such as `vi` or `en` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "vi" | "vie" | "vietnamese" => Some(Language::Vi),
            "en" | "eng" | "english" => Some(Language::En),
            "und" => Some(Language::Und),
            _ => None,
        }
    }

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Vi => "vi",
            Language::En => "en",
            Language::Und => "und",
        }
    }
}

/// What the caller can set.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The language of the text; detected from the text when `None`.
    pub language: Option<Language>,
    /// The block structure the source marked, if it had one (an HTML paste's
    /// `h2`, `p`, `figcaption`…). Empty for plain text.
    pub blocks: Vec<BlockHint>,
}

/// What the source marked a block as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `h1`–`h6`, with its level.
    Heading(u8),
    Paragraph,
    ListItem,
    Caption,
    Quote,
    /// Page chrome, as the markup shows it: inside `nav`, `footer` or
    /// `aside`, or a block that is mostly links (the page's conversion
    /// writes these as `chrome`).
    Chrome,
}

impl BlockKind {
    /// Reads an HTML element name: `h2`, `p`, `li`, `figcaption`,
    /// `blockquote`, `nav`, `footer`, `aside`; and `chrome`, the kind the
    /// page gives a block of links.
    pub fn from_tag(tag: &str) -> Option<BlockKind> {
        let tag = tag.to_ascii_lowercase();
        Some(match tag.as_str() {
            "p" | "div" => BlockKind::Paragraph,
            "li" | "dt" | "dd" => BlockKind::ListItem,
            "figcaption" | "caption" => BlockKind::Caption,
            "blockquote" => BlockKind::Quote,
            "chrome" | "nav" | "footer" | "aside" => BlockKind::Chrome,
            _ => match tag.strip_prefix('h').and_then(|n| n.parse::<u8>().ok()) {
                Some(level @ 1..=6) => BlockKind::Heading(level),
                _ => return None,
            },
        })
    }

    /// The element name `from_tag` reads back as this kind: `h2`, `p`,
    /// `li`, `figcaption`, `blockquote`, `chrome`.
    pub fn tag(self) -> String {
        match self {
            BlockKind::Heading(level) => format!("h{level}"),
            BlockKind::Paragraph => "p".into(),
            BlockKind::ListItem => "li".into(),
            BlockKind::Caption => "figcaption".into(),
            BlockKind::Quote => "blockquote".into(),
            BlockKind::Chrome => "chrome".into(),
        }
    }
}

/// A stretch of the text the source marked as one block, in UTF-16 offsets
/// like every offset of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockHint {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

/// The whole analysis of one text.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Analysis {
    pub version: u32,
    pub language: Language,
    /// The marks the text writes its numbers in, which the checks'
    /// explanations use: `{"group": ".", "decimal": ","}`.
    pub numbers: crate::lang::Marks,
    pub stats: Stats,
    pub figures: Vec<Figure>,
    pub outline: Outline,
    pub checks: Vec<Check>,
}

/// Counts over the whole text.
#[derive(Clone, Debug, Default, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Stats {
    pub chars: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub figures: usize,
}

/// What a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Count,
    Number,
    Money,
    Percent,
    Quantity,
    Date,
    Period,
    Duration,
    Ratio,
    Score,
    Ordinal,
    Reference,
}

impl Kind {
    /// The name used in the JSON document.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Number => "number",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Quantity => "quantity",
            Kind::Date => "date",
            Kind::Period => "period",
            Kind::Duration => "duration",
            Kind::Ratio => "ratio",
            Kind::Score => "score",
            Kind::Ordinal => "ordinal",
            Kind::Reference => "reference",
        }
    }
}

/// How exact the text says a figure is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    #[default]
    Exact,
    /// khoảng, gần, about, nearly
    Approx,
    /// hơn, trên, ít nhất, more than, at least
    Over,
    /// dưới, chưa đến, less than, up to
    Under,
}

/// The direction of a stated change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

/// A change the text states ("giảm 2 đảng viên", "up 3%").
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Change {
    pub direction: Direction,
    #[serde(serialize_with = "serialize_number")]
    pub by: f64,
}

/// A document reference: "Nghị quyết số 16/NQ-HĐND", "Decree 15/2020/ND-CP".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Reference {
    #[serde(rename = "type")]
    pub doc_type: String,
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// The normalised value of a figure; its shape depends on the kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// count, number, money, percent, quantity, ordinal
    Number(f64),
    /// date, period, duration: an ISO 8601 string
    Iso(String),
    /// ratio, score: two numbers
    Pair(f64, f64),
    /// reference (boxed: it is four strings, and most values are one number)
    Reference(Box<Reference>),
}

impl Value {
    /// The number, for the kinds whose value is one.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// `Value` as its `Serialize` below writes it, for the npm package's
/// declarations (the rest of the document's are derived).
#[cfg(feature = "package")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const VALUE_TS: &str = r#"
/** A figure's value; its shape depends on the figure's kind (docs/FORMAT.md):
 * a number for count, number, money, percent, quantity and ordinal; an ISO 8601
 * string for date, period and duration; [part, whole] or [first, second] for
 * ratio and score; a Reference for reference. */
export type Value = number | string | [number, number] | Reference;
"#;

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) => serialize_number(n, s),
            Value::Iso(text) => s.serialize_str(text),
            Value::Pair(a, b) => {
                use serde::ser::SerializeSeq;
                let mut seq = s.serialize_seq(Some(2))?;
                seq.serialize_element(&JsonNumber(*a))?;
                seq.serialize_element(&JsonNumber(*b))?;
                seq.end()
            }
            Value::Reference(r) => r.serialize(s),
        }
    }
}

/// Largest integer an f64 (and a JavaScript number) holds exactly.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Writes whole numbers as integers (`1038`, not `1038.0`), and never a
/// non-finite number, which JSON cannot carry: those become `null`.
fn serialize_number<S: Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
    let n = *n;
    if !n.is_finite() {
        s.serialize_none()
    } else if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER {
        s.serialize_i64(n as i64)
    } else {
        s.serialize_f64(n)
    }
}

fn serialize_opt_number<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => serialize_number(n, s),
        None => s.serialize_none(),
    }
}

fn serialize_opt_value<S: Serializer>(v: &Option<Value>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => v.serialize(s),
        None => s.serialize_none(),
    }
}

/// An array as a sequence, which every serializer writes as a list (JSON's
/// array; pythonize would write a fixed-size array as a Python tuple).
fn serialize_list<S: Serializer>(items: &[usize; 2], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items)
}

struct JsonNumber(f64);

impl Serialize for JsonNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(&self.0, s)
    }
}

/// One figure of the text.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Figure {
    pub id: usize,
    pub kind: Kind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Value,
    #[serde(serialize_with = "serialize_opt_value")]
    #[cfg_attr(feature = "package", tsify(type = "Value | null"))]
    pub high: Option<Value>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    pub change: Option<Change>,
    pub section: Option<usize>,
    /// The sentence the figure stands in, as `[start, end]`.
    #[serde(serialize_with = "serialize_list")]
    pub sentence: [usize; 2],
    /// The table cell the figure stands in, if it stands in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<Cell>,
}

/// Where in a table a figure stands, and what its row and column are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Cell {
    /// Indices into `outline.tables`, its `rows`, and the row's cells.
    pub table: usize,
    pub row: usize,
    pub column: usize,
    /// The text of the row's first cell (not for a figure in the first cell).
    pub row_label: Option<String>,
    /// The text of the header's cell above (for a table with a header).
    pub column_label: Option<String>,
}

/// A table: its rows, each a list of cells, and whether the first row is
/// the header that names the columns.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Table {
    pub start: usize,
    pub end: usize,
    pub header: bool,
    /// How many of the first rows are the header (a header's upper row
    /// spans the columns of the lower).
    pub header_rows: usize,
    pub rows: Vec<Vec<Span>>,
}

/// A span of text with its words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Span {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The shape of the article.
#[derive(Clone, Debug, Default, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Outline {
    pub title: Option<Span>,
    pub sections: Vec<Section>,
    pub captions: Vec<Caption>,
    pub boilerplate: Vec<Span>,
    /// Author and source lines ("By …", "Theo …", "PV").
    pub bylines: Vec<Span>,
    /// Tables (tab-separated rows, columns aligned by spaces, rows between
    /// pipes, a label and its number on each line).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "package", tsify(optional))]
    pub tables: Vec<Table>,
}

/// A section: from its heading to the next heading of the same or a higher level.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Section {
    pub id: usize,
    pub heading: String,
    pub level: u8,
    /// True where the heading is a paragraph's lead ("Về công tác tổ chức, cán bộ: …")
    /// rather than a line of its own.
    pub inferred: bool,
    pub start: usize,
    pub end: usize,
    pub heading_start: usize,
    pub heading_end: usize,
    pub figures: Vec<usize>,
}

/// A photo caption; `duplicate_of` points at the caption it repeats (alt text).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Caption {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub duplicate_of: Option<usize>,
}

/// The unit of a change in percentage points ("2 điểm phần trăm", "2
/// percentage points"), as figures and checks write it.
pub const POINTS: &str = "pp";

/// What a check verifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum CheckKind {
    Sum,
    Ratio,
    Change,
    /// A change between two percentages, in percentage points: stated in
    /// points, or stated in per cent where the difference is in points.
    Points,
    /// A rate against its total and count: total = count × rate.
    Average,
    /// A figure of the title told again in the body.
    Restatement,
    /// A part of a whole with the share stated for it: share = part / whole.
    Share,
}

/// A relation the text states between figures, verified.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Check {
    pub kind: CheckKind,
    pub total: usize,
    pub parts: Vec<usize>,
    #[serde(serialize_with = "serialize_number")]
    pub expected: f64,
    #[serde(serialize_with = "serialize_number")]
    pub actual: f64,
    pub ok: bool,
    pub explanation: String,
    /// The scale the explanation's amounts are written in: 1e9 when its
    /// "1,9" is 1,9 tỷ (of the unit of its total, or of its part for a
    /// `share` or `ratio`, of its values for a `change`); 1 when they are
    /// the values themselves; `None` when its numbers are percentages.
    #[serde(serialize_with = "serialize_opt_number")]
    pub scale: Option<f64>,
}
