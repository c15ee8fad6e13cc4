//! What a table says of the numbers in its cells: the unit and the scale
//! its header, its unit column or the line above it gives them.
//!
//! A report's table writes its numbers bare and says once what they are:
//!
//! - a **unit line** above it or a header row of its own ("Đơn vị:
//!   1.000.000đ", "ĐVT: Triệu đồng - Unit: Mill. dongs", "[In thousands]",
//!   "(in millions, except per share data)", "1,000 Acres"), for every cell;
//! - a **column's header** ("(ha)", "Sản lượng (tấn)", "%", "Votes"), for
//!   the cells under it;
//! - a **unit column** (headed "Đơn vị tính", "Unit"), for the cells of
//!   each row ("triệu USD", "dự án", "lượt dự án": named whole);
//! - a **caption** that names what the table counts ("Employment of …
//!   employees", "Số lượng doanh nghiệp …"), where no unit line names a
//!   unit and the table holds no money.
//!
//! Each such phrase is read by the recognisers themselves, as the figure
//! "1 triệu USD" (or, when it starts with a number, "1.000.000đ" as it
//! stands): what they make of it is its kind, unit and scale, so no word
//! of a unit is written here. A phrase is taken only when the recognisers
//! read all of it as one amount (a count, money, a quantity, a percentage,
//! a bare scale); a line above the table only when it is a unit line,
//! bracketed or led by one of the profiles' `unit_cues` ("đơn vị tính",
//! "in"), or is one amount and nothing else. The nearest says most: a
//! row's unit cell over its column's header over the table's line; a bare
//! scale takes the unit of what it narrows.
//!
//! A bare number in a cell then becomes an amount of that unit, its value
//! scaled; a cell's own money ("$3,546") takes the scale; a cell that
//! says what it is otherwise ("96.5%", "2.1 ha") keeps it. Where a table's
//! scale stands alone and its cells write one currency ("$3,546" on its
//! first row, "(in millions)"), its bare numbers are that money, as an
//! accounts table writes the sign on its first and total rows only. An
//! amount of money in brackets that fill its cell ("(19)") is below zero,
//! as accounts write it.
//!
//! Cost: a few short phrases read per table (its unit lines, its header
//! cells, one cell a row), then one step per figure in a cell.

use super::{Candidate, Context};
use crate::lang::{CountedNoun, KnownWords};
use crate::model::{Kind, Value};
use crate::outline::tables::{Place, Table};
use crate::text::tokens::Tokens;

/// Words that open a unit line or head a unit column, in every known
/// language.
static UNIT_CUES: KnownWords = KnownWords::new(|w| w.unit_cues);

/// Words after which a unit line names the rows it does not hold for
/// ("except per share data").
static UNIT_EXCEPTIONS: KnownWords = KnownWords::new(|w| w.unit_exceptions);

/// Words after which a table's caption names what it counts, and the words
/// that end that noun, in every known language.
static COUNT_CAPTIONS: KnownWords = KnownWords::new(|w| w.count_captions);
static CAPTION_NOUN_ENDS: KnownWords = KnownWords::new(|w| w.caption_noun_ends);

/// The most lines above a table read as its unit line.
const LINES_ABOVE: usize = 3;

/// The most bytes of a phrase read as a unit: a unit line is short.
const PHRASE_BYTES: usize = 120;

/// How a phrase stands: after a unit cue or in brackets ("ĐVT:", "(ha)"),
/// where it can only be a unit, or as a plain column head, which may name
/// a place or a sum ("Europe", "Total") and counts only where `counts`.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    Cued,
    Plain { counts: bool },
}

/// What a phrase says of a number: its kind, its unit and the factor its
/// scale gives ("triệu USD": money, USD, a million).
#[derive(Debug)]
struct Reading {
    kind: Kind,
    unit: Option<String>,
    scale: f64,
}

impl Reading {
    /// A scale and nothing else ("in millions").
    fn scale_only(&self) -> bool {
        self.kind == Kind::Number
    }
}

/// What the layers that speak of a cell say, nearest first (its row's unit
/// cell, its column's head, its table's unit line): the kind and unit of
/// the nearest with a unit; the scale of the nearest if it is a bare
/// scale, else that unit's scale times a bare scale outside it ("(ha)"
/// under "[In thousands]").
fn resolve(layers: [Option<&Reading>; 3]) -> Option<(Kind, Option<&str>, f64)> {
    let nearest = layers.iter().flatten().next()?;
    let Some(u) = layers
        .iter()
        .position(|l| l.is_some_and(|r| !r.scale_only()))
    else {
        return Some((Kind::Number, None, nearest.scale));
    };
    let unit = layers[u]?;
    let scale = if nearest.scale_only() {
        nearest.scale
    } else {
        let outside = layers[u + 1..].iter().flatten().find(|r| r.scale_only());
        unit.scale * outside.map_or(1.0, |r| r.scale)
    };
    Some((unit.kind, unit.unit.as_deref(), scale))
}

/// Gives the figures in `tables`' cells (`places`, by figure) what their
/// table says of them.
pub fn apply(cx: &Context, tables: &[Table], places: &[Option<Place>], figs: &mut [Candidate]) {
    let text = cx.t.text;
    // Figures are in text order, so each table's are one run of them.
    let mut at = 0;
    while at < figs.len() {
        let Some((ti, _, _)) = places[at] else {
            at += 1;
            continue;
        };
        let run = at..places[at..]
            .iter()
            .position(|p| !matches!(p, Some((t, _, _)) if *t == ti))
            .map_or(figs.len(), |n| at + n);
        at = run.end;
        let table = &tables[ti];
        let mine: Vec<usize> = run
            .filter(|&i| matches!(places[i], Some((_, r, _)) if r >= table.header))
            .collect();
        if mine.is_empty() {
            continue;
        }
        let currency = one_currency(mine.iter().map(|&i| &figs[i]));
        let says = Says::of(cx, table, text, currency.is_none());
        // Figures come row by row: each row is read once.
        let mut row: Option<(usize, RowSays)> = None;
        for &i in &mine {
            let Some((_, r, c)) = places[i] else { continue };
            if row.as_ref().is_none_or(|(at, _)| *at != r) {
                row = Some((r, says.row(table, text, r)));
            }
            let Some((_, row_says)) = row.as_ref() else {
                continue;
            };
            let (s, e) = table.rows[r][c];
            let (fs, fe) = (cx.t.start(figs[i].first), cx.t.end(figs[i].last));
            // Only a figure that is its cell's one word: "1 tackle, 2
            // sacks" in a cell says what it counts itself.
            let cell = &text[s..e];
            let alone = |part: &str| !part.contains(char::is_alphanumeric);
            if !(alone(&cell[..fs - s]) && alone(&cell[fe - s..])) {
                continue;
            }
            let in_brackets = bracketed(cell, fs - s, fe - s);
            if in_brackets {
                sign_outside(cx, &mut figs[i], &cell[..fs - s]);
            }
            let f = &mut figs[i];
            if let Some(said) = says.at(row_says, r, c) {
                give(f, said, currency.as_deref());
            }
            // Accounts write money below zero in brackets.
            if f.kind == Kind::Money && in_brackets {
                if let Value::Number(v) = &mut f.value {
                    *v = -*v;
                }
            }
        }
    }
}

/// What one table says: its own reading, each column's, and which column
/// gives each row its unit.
struct Says {
    table: Option<Reading>,
    /// The rows the table's unit line leaves out (see [`exception`]).
    except: Option<String>,
    columns: Vec<Option<Reading>>,
    /// Each row's unit cell's reading, where a column holds units.
    rows: Vec<Option<Reading>>,
    /// The columns of numbers, in order, and by column.
    numeric_columns: Vec<usize>,
    /// The first column past the rows' labels: the columns before them
    /// number the rows ("1", "2.1" under "TT"), and say no amount.
    first_data: usize,
    numeric: Vec<bool>,
}

impl Says {
    fn of(cx: &Context, table: &Table, text: &str, moneyless: bool) -> Says {
        let width = table.rows.iter().map(Vec::len).max().unwrap_or(0);
        let cell = |r: usize, c: usize| {
            table.rows[r]
                .get(c)
                .filter(|x| x.0 < x.1)
                .map(|x| text[x.0..x.1].trim())
        };
        // The label columns: those whose body holds no figure-like cell.
        // The columns of numbers: more of their body's cells numbers than
        // words ("Votes", not "Candidate", whose "6,783" is a row's
        // majority slipped a column left).
        let numeric: Vec<bool> = (0..width)
            .map(|c| {
                let (mut numbers, mut words) = (0, 0);
                for x in table.rows[table.header..]
                    .iter()
                    .filter_map(|row| row.get(c))
                {
                    match starts_numeric(&text[x.0..x.1]) {
                        true => numbers += 1,
                        false if x.0 < x.1 => words += 1,
                        false => {}
                    }
                }
                numbers > words
            })
            .collect();
        let by_column = numeric;
        let numeric = |c: usize| by_column[c];
        // The rows' labels stand in the first column of text.
        let label_column = (0..width).find(|&c| {
            !numeric(c)
                && table.rows[table.header..]
                    .iter()
                    .any(|row| row.get(c).is_some_and(|x| x.0 < x.1))
        });
        let mut whole =
            lines_above(table, text).find_map(|line| Some((unit_line(cx, line)?, line)));
        // A plain head that is a counted noun ("Votes", "Seats") says what
        // its cells count in a language whose reader takes a capitalised
        // word for the counted noun only as a plural (English's
        // `CountedNoun::EndsAtPlural`: "Total" and "Europe" count
        // nothing), and in a table without money, where "Revenues" heads
        // an amount.
        let plain_counts = moneyless && cx.p.counted_noun == CountedNoun::EndsAtPlural;
        let mut columns: Vec<Option<Reading>> = (0..width).map(|_| None).collect();
        let mut unit_column = None;
        for r in 0..table.header {
            let filled = table.rows[r].iter().filter(|x| x.0 < x.1).count();
            for (c, column) in columns.iter_mut().enumerate() {
                let Some(head) = cell(r, c) else { continue };
                if Some(c) != label_column
                    && UNIT_CUES.contains(&crate::text::Lower::lower(head.trim_end_matches(':')))
                {
                    // Not the labels' own column: "Đơn vị" over districts
                    // names the reporting unit, not a unit of measure.
                    unit_column = Some(c);
                } else if filled == 1 || !numeric(c) {
                    // A unit line among the header's rows, or over the labels.
                    if whole.is_none() {
                        whole = unit_line(cx, head).map(|r| (r, head));
                    }
                } else if let Some(r) = read(
                    cx,
                    head,
                    Cue::Plain {
                        counts: plain_counts,
                    },
                )
                .or_else(|| tail_brackets(head).and_then(|b| read(cx, b, Cue::Cued)))
                {
                    column.get_or_insert(r);
                }
            }
        }
        // A caption that names what the table counts ("Employment of …
        // employees", over "[In thousands]") gives a bare scale, or no
        // unit line at all, its noun.
        if moneyless && whole.as_ref().is_none_or(|(r, _)| r.scale_only()) {
            if let Some(noun) = lines_above(table, text).find_map(|l| caption_count(cx, l)) {
                let (scale, line) = whole.as_ref().map_or((1.0, ""), |(r, l)| (r.scale, *l));
                let reading = Reading {
                    kind: Kind::Count,
                    unit: Some(noun),
                    scale,
                };
                whole = Some((reading, line));
            }
        }
        let rows = match unit_column {
            Some(u) => (0..table.rows.len())
                .map(|r| {
                    cell(r, u)
                        .filter(|_| r >= table.header)
                        .and_then(|x| read(cx, x, Cue::Cued))
                })
                .collect(),
            None => Vec::new(),
        };
        let first_data = label_column.map_or(0, |l| l + 1);
        Says {
            numeric_columns: (first_data..width).filter(|&c| by_column[c]).collect(),
            first_data,
            numeric: by_column,
            except: whole.as_ref().and_then(|(_, line)| exception(line)),
            table: whole.map(|(r, _)| r),
            columns,
            rows,
        }
    }

    /// What cell `c` of row `r` is, from the layers that say.
    /// What a row says: whether the unit line excepts it, and the column
    /// each of its cells reads as. One pass over the row.
    fn row(&self, table: &Table, text: &str, r: usize) -> RowSays {
        let row = &table.rows[r];
        // A row the unit line excepts ("except per share data") keeps its own.
        let excepted = self.except.as_deref().is_some_and(|words| {
            table
                .row_label(text, r, row.len())
                .is_some_and(|l| crate::text::Lower::lower(&text[l.0..l.1]).contains(words))
        });
        // A row whose numbers slipped into a column of words ("Majority |
        // 6,783 | 14.7" under "Party | Candidate | Votes | %"): its numbers
        // are the columns of numbers, in order.
        let numbers: Vec<bool> = row
            .iter()
            .map(|x| starts_numeric(&text[x.0..x.1]))
            .collect();
        let slipped = numbers
            .iter()
            .enumerate()
            .any(|(k, &n)| n && !self.numeric.get(k).copied().unwrap_or(false));
        let mut nth = 0;
        let columns = (0..row.len())
            .map(|k| match slipped {
                true if numbers[k] => {
                    nth += 1;
                    self.numeric_columns
                        .get(nth - 1)
                        .copied()
                        .unwrap_or(usize::MAX)
                }
                true => usize::MAX,
                false => k,
            })
            .collect();
        RowSays { excepted, columns }
    }

    /// What cell `c` of row `r` (whose [`RowSays`] is `row`) is, from the
    /// layers that say.
    fn at(&self, row: &RowSays, r: usize, c: usize) -> Option<(Kind, Option<&str>, f64)> {
        let c = *row.columns.get(c)?;
        if c < self.first_data {
            return None;
        }
        resolve([
            self.rows.get(r).and_then(Option::as_ref),
            self.columns.get(c).and_then(Option::as_ref),
            self.table.as_ref().filter(|_| !row.excepted),
        ])
    }
}

/// What one row says (see [`Says::row`]).
struct RowSays {
    excepted: bool,
    columns: Vec<usize>,
}

/// The rows a unit line leaves out: the first two words, in lower case,
/// after one of the profiles' `unit_exceptions` ("per share" of "except
/// per share data"); a row whose label holds them keeps its own figures.
fn exception(line: &str) -> Option<String> {
    let lower = crate::text::Lower::lower(line);
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.by_ref().find(|w| UNIT_EXCEPTIONS.contains(w))?;
    let mut named = words.next()?.to_string();
    if let Some(second) = words.next() {
        named.push(' ');
        named.push_str(second);
    }
    Some(named)
}

/// The lines above a table, nearest first, up to a third blank line (a
/// PDF's copy sets a blank line between each paragraph and the table).
fn lines_above<'a>(table: &Table, text: &'a str) -> impl Iterator<Item = &'a str> {
    let start = table
        .rows
        .first()
        .and_then(|r| r.first())
        .map_or(0, |c| c.0);
    let mut end = text[..start].rfind('\n');
    std::iter::from_fn(move || {
        let e = end?;
        let s = text[..e].rfind('\n').map_or(0, |n| n + 1);
        end = s.checked_sub(1);
        Some(text[s..e].trim())
    })
    .scan(0, |blanks, l| {
        *blanks += usize::from(l.is_empty());
        (*blanks < 3).then_some(l)
    })
    .filter(|l| !l.is_empty())
    .take(LINES_ABOVE)
}

/// A unit line's reading: a bracketed phrase or one led by a unit cue, or
/// a line that is one amount and nothing else ("1,000 Acres").
fn unit_line(cx: &Context, line: &str) -> Option<Reading> {
    let bracketed = line.starts_with(['(', '[']) && line.ends_with([')', ']']);
    let leading_number = line.starts_with(|c: char| c.is_ascii_digit());
    if !(bracketed || leading_number || cue_length(line).is_some()) {
        return None;
    }
    read(cx, line, Cue::Cued)
}

/// The noun a table's caption says its cells count: the noun phrase after
/// one of the profiles' `count_captions` ("Employment of production and
/// nonsupervisory employees on private nonfarm payrolls …", "Số lượng
/// doanh nghiệp phân theo huyện"), up to one of its `caption_noun_ends`
/// ("on", "phân theo"), read by the recognisers as the count "1 <noun>":
/// its head alone where the language names a phrase's head last
/// ("employees"), else as the recognisers count the phrase ("doanh
/// nghiệp").
fn caption_count(cx: &Context, line: &str) -> Option<String> {
    if line.len() > 2 * PHRASE_BYTES {
        return None;
    }
    // The caption's words, in lower case, one space between ("(1)" and
    // other notes' numbers left out), so that a phrase is found whole.
    let lower = crate::text::Lower::lower(line);
    let mut flat = String::from(" ");
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.contains(char::is_alphabetic))
    {
        flat.push_str(w);
        flat.push(' ');
    }
    let find = |hay: &str, w: &str| hay.find(format!(" {w} ").as_str());
    let from = COUNT_CAPTIONS
        .iter()
        .filter_map(|cue| Some(find(&flat, cue)? + cue.len() + 1))
        .min()?;
    let rest = &flat[from..];
    let to = CAPTION_NOUN_ENDS
        .iter()
        .filter_map(|w| find(rest, w))
        .min()
        .unwrap_or(rest.len());
    let phrase = rest[..to].trim();
    let head_last = crate::lang::CountedNoun::head_last(cx.p.counted_noun);
    let noun = match head_last {
        true => phrase.rsplit(' ').next()?,
        false => phrase,
    };
    let (f, _, whole) = figure_at_start(cx, &format!("1 {noun}"))?;
    (f.kind == Kind::Count && (whole || !head_last)).then_some(f.unit?)
}

/// The bytes of the unit cue that opens `phrase`, if one does (a whole
/// word, case aside).
fn cue_length(phrase: &str) -> Option<usize> {
    let lower = crate::text::Lower::lower(phrase);
    UNIT_CUES
        .iter()
        .filter(|cue| {
            lower.starts_with(**cue)
                && lower[cue.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|cue| cue.len())
        // The longest: "đơn vị tính", not "đơn vị". (Lower case keeps
        // every byte offset, so the length cuts `phrase` too.)
        .max()
}

/// The phrase in brackets at the end of a header cell ("Sản lượng (tấn)").
fn tail_brackets(cell: &str) -> Option<&str> {
    let inner = cell.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    (open > 0).then(|| &inner[open + 1..])
}

/// What a phrase says of the numbers it heads: the first of its parts
/// (between commas, semicolons and spaced dashes: "ĐVT: Doanh nghiệp -
/// Unit: Enterprise") that the recognisers read whole as one amount.
fn read(cx: &Context, phrase: &str, cue: Cue) -> Option<Reading> {
    if phrase.len() > PHRASE_BYTES {
        return None;
    }
    let phrase = phrase.trim();
    let bracketed = phrase
        .strip_prefix(['(', '['])
        .and_then(|p| p.strip_suffix([')', ']']));
    let cue = if bracketed.is_some() { Cue::Cued } else { cue };
    parts(bracketed.unwrap_or(phrase))
        .into_iter()
        .find_map(|part| read_part(cx, part, cue))
}

/// A phrase's parts: between commas and semicolons that a space follows
/// (not those inside "1,000") and between spaced dashes.
fn parts(phrase: &str) -> Vec<&str> {
    const BETWEEN: [&str; 4] = [", ", "; ", " - ", " – "];
    let mut out = Vec::new();
    let mut rest = phrase;
    while let Some((at, len)) = BETWEEN
        .iter()
        .filter_map(|b| Some((rest.find(b)?, b.len())))
        .min()
    {
        out.push(&rest[..at]);
        rest = &rest[at + len..];
    }
    out.push(rest);
    out
}

fn read_part(cx: &Context, part: &str, cue: Cue) -> Option<Reading> {
    let mut part = part.trim();
    let mut cued = cue == Cue::Cued;
    if let Some(n) = cue_length(part) {
        part = part[n..].trim_start_matches([':', '-', '–', ' ']).trim();
        cued = true;
    }
    if part.is_empty() {
        return None;
    }
    let leading_number = part.starts_with(|c: char| c.is_ascii_digit());
    // A capitalised word is the word ("Triệu đồng", "Ha"); an acronym
    // ("USD") stays as written.
    let mut chars = part.chars();
    let first = chars.next()?;
    let folded = if cued && first.is_uppercase() && chars.next().is_some_and(char::is_lowercase) {
        let mut s: String = crate::text::case::lower(first).collect();
        s.push_str(&part[first.len_utf8()..]);
        s
    } else {
        part.to_string()
    };
    let phrase = if leading_number {
        folded
    } else {
        format!("1 {folded}")
    };
    let phrase = phrase.trim_end_matches('.');
    let f = match figure_at_start(cx, phrase)? {
        (f, _, true) => f,
        // A unit cell names its unit whole: "lượt dự án", where running
        // text counts "lượt" and goes on.
        (mut f, end, false)
            if cued && !leading_number && f.kind == Kind::Count && words_only(&phrase[end..]) =>
        {
            f.unit = Some(phrase[2..].to_string());
            f
        }
        _ => return None,
    };
    let value = f.value.as_number()?;
    // What follows a number as a count can be any noun: only a cued
    // phrase says its cells count one ("ĐVT: Doanh nghiệp"); a plain head
    // ("Europe", "Doanh thu") names what is counted or where.
    let counts = cued || cue == Cue::Plain { counts: true };
    let amount = matches!(f.kind, Kind::Money | Kind::Quantity | Kind::Percent)
        || (f.kind == Kind::Count && counts);
    let scale_only = f.kind == Kind::Number && !leading_number && value > 1.0;
    // A letter alone is no counted noun but a note's mark ("2020(p)").
    let noun = f.kind != Kind::Count || f.unit.as_ref().is_some_and(|u| u.chars().count() > 1);
    if !(amount || scale_only) || value <= 0.0 || !noun {
        return None;
    }
    // A capitalised head's noun as running text writes it ("Votes").
    let unit = match f.unit {
        Some(u) if !cued && f.kind == Kind::Count => Some(crate::text::Lower::lower(u.as_str())),
        u => u,
    };
    Some(Reading {
        kind: f.kind,
        unit,
        scale: value,
    })
}

/// The figure the recognisers read at the start of `phrase` (no range),
/// the byte its reading ends at, and whether it is all of `phrase`.
fn figure_at_start(cx: &Context, phrase: &str) -> Option<(Candidate, usize, bool)> {
    let t = Tokens::new(phrase);
    // A unit phrase is one sentence.
    let sents = [(0, phrase.len())];
    let mut inner = Context::new(&t, cx.p.language, &sents);
    inner.marks = cx.marks;
    let mut found = super::find(&inner);
    let whole = found.len() == 1;
    if found.is_empty() {
        return None;
    }
    let f = found.swap_remove(0);
    if t.start(f.first) != 0 || f.high.is_some() {
        return None;
    }
    let end = t.end(f.last);
    Some((f, end, whole && end == phrase.len()))
}

/// True when `rest` is words and spaces only, and some word.
fn words_only(rest: &str) -> bool {
    rest.contains(char::is_alphabetic) && rest.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// The one currency the money among `figs` is in, if there is money and
/// one currency.
fn one_currency<'a>(figs: impl Iterator<Item = &'a Candidate>) -> Option<String> {
    let mut one: Option<&String> = None;
    for f in figs.filter(|f| f.kind == Kind::Money) {
        let unit = f.unit.as_ref()?;
        if one.is_some_and(|u| u != unit) {
            return None;
        }
        one = Some(unit);
    }
    one.cloned()
}

/// Gives `f` what its table says (`kind`, `unit`, `scale`), where the
/// cell does not say otherwise.
fn give(f: &mut Candidate, (kind, unit, scale): (Kind, Option<&str>, f64), currency: Option<&str>) {
    let Value::Number(v) = &mut f.value else {
        return;
    };
    if f.high.is_some() || f.scale > 1.0 {
        return;
    }
    match f.kind {
        Kind::Number if f.unit.is_none() => {
            if kind == Kind::Number {
                if let Some(cur) = currency {
                    f.kind = Kind::Money;
                    f.unit = Some(cur.to_string());
                }
            } else if kind == Kind::Count && scale == 1.0 && v.fract() != 0.0 {
                // A count is whole: "14.7" under "Votes" stands in a row
                // whose cells have slipped a column.
                return;
            } else {
                f.kind = kind;
                f.unit = unit.map(str::to_string);
            }
        }
        Kind::Money
            if kind == Kind::Number || (kind == Kind::Money && unit == f.unit.as_deref()) => {}
        _ => return,
    }
    *v *= scale;
    f.scale = scale;
}

/// A currency's sign before the brackets of a bare number ("$(0.03)", as
/// accounts write a loss per share) makes it that money.
fn sign_outside(cx: &Context, f: &mut Candidate, before: &str) {
    let sign = before.trim().trim_end_matches('(').trim_end();
    if sign.is_empty() || f.kind != Kind::Number || f.unit.is_some() {
        return;
    }
    if let Some((m, _, true)) = figure_at_start(cx, &format!("{sign}1")) {
        if m.kind == Kind::Money {
            f.kind = Kind::Money;
            f.unit = m.unit;
        }
    }
}

/// True when the figure at bytes `s..e` of `cell` is written in brackets
/// that fill the cell, a sign before them aside ("(19)", "$(0.03)").
fn bracketed(cell: &str, s: usize, e: usize) -> bool {
    let (before, after) = (cell[..s].trim(), cell[e..].trim());
    before.ends_with('(')
        && after == ")"
        && before[..before.len() - 1]
            .chars()
            .all(|c| !c.is_alphanumeric())
}

/// True when a cell starts as a number does ("12.300", "-4", "(19)",
/// "$3,546").
fn starts_numeric(cell: &str) -> bool {
    cell.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::model::{Analysis, Language};
    use crate::testing::analyze_as;

    /// The figure in cell (row, column) of the first table, in compact form.
    fn cell(a: &Analysis, row: usize, column: usize) -> String {
        let f = a
            .figures
            .iter()
            .find(|f| {
                f.cell
                    .as_ref()
                    .is_some_and(|c| c.row == row && c.column == column)
            })
            .unwrap_or_else(|| panic!("no figure in r{row}c{column}: {:?}", a.figures));
        crate::testing::compact(f)
    }

    #[test]
    fn a_unit_line_above_gives_its_unit_and_scale() {
        let text = "Bảng 1. Thu ngân sách\nĐơn vị: tỷ đồng\n\
                    Chỉ tiêu\t2022\t2023\nThu nội địa\t12.300\t13.846\nThu hải quan\t1.200\t1.500\n\
                    Tổng cộng\t13.500\t15.346\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 1, 1), "money 12300000000000 VND");
        assert_eq!(cell(&a, 3, 2), "money 15346000000000 VND");
        // A bilingual line: the first part that reads.
        let text = "ĐVT: Doanh nghiệp - Unit: Enterprise\n\t2014\t2015\nTỔNG SỐ\t2.801\t2.811\n\
                    Huyện A\t1.561\t1.557\nHuyện B\t1.240\t1.254\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 1, 2), "count 2811 doanh nghiệp");
    }

    #[test]
    fn a_scale_alone_takes_the_tables_currency_and_spares_what_it_excepts() {
        let text = "Summary\n\tQ1\tQ2\n(in millions, except per share data)\t\t\n\
                    Revenues\t$3,546\t$3,670\nCost of revenues\t2,194\t2,261\n\
                    Net income\t557\t(18)\nEarnings per share\t$0.92\t$0.80\n";
        let a = analyze_as(text, Language::En);
        assert_eq!(cell(&a, 2, 1), "money 3546000000 USD");
        assert_eq!(cell(&a, 3, 2), "money 2261000000 USD");
        // Brackets that fill a cell of money: below zero.
        assert_eq!(cell(&a, 4, 2), "money -18000000 USD");
        assert_eq!(cell(&a, 5, 1), "money 0.92 USD");
    }

    #[test]
    fn column_heads_and_a_unit_column_say_what_their_cells_are() {
        let text = "Năm\tDiện tích\tSản lượng\tTỷ lệ\n\t(ha)\t(tấn)\t%\n\
                    2010\t748.700\t751.700\t12,5\n2011\t801.600\t789.300\t13,1\n2012\t917.900\t877.100\t14,0\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 2, 1), "quantity 748700 ha");
        assert_eq!(cell(&a, 2, 2), "quantity 751700 t");
        assert_eq!(cell(&a, 3, 3), "percent 13.1 %");
        let text =
            "TT\tChỉ tiêu\tĐơn vị tính\t2020\t2021\n1\tVốn thực hiện\ttriệu USD\t13.760\t13.280\n\
                    2\tCấp mới\tdự án\t1.947\t1.212\n3\tTăng vốn\tlượt\t798\t678\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 1, 3), "money 13760000000 USD");
        assert_eq!(cell(&a, 2, 4), "count 1212 dự án");
        assert_eq!(cell(&a, 3, 3), "count 798 lượt");
        // The index before the rows' labels numbers the row: no amount.
        assert_eq!(cell(&a, 1, 0), "number 1");
        // "Đơn vị" over the rows' labels names who reports, not a unit.
        let text = "Đơn vị\tNam\tNữ\nHuyện A\t150\t120\nHuyện B\t863\t700\nTổng cộng\t1.013\t820\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 1, 1), "number 150");
    }

    #[test]
    fn a_plain_head_names_a_count_only_when_it_is_a_counted_noun() {
        let text = "Candidate\tVotes\t%\nA. Smith\t8,651,723\t85.0\nB. Jones\t653,951\t6.4\n\
                    C. Brown\t511,526\t5.0\n";
        let a = analyze_as(text, Language::En);
        assert_eq!(cell(&a, 1, 1), "count 8651723 votes");
        assert_eq!(cell(&a, 2, 2), "percent 6.4 %");
        // "Europe" and "Total" are places and sums, not what is counted;
        // a Vietnamese head ("Doanh thu") never makes a count.
        let text =
            "Region\tEurope\tTotal\nBiscuits\t752\t2,947\nChocolate\t1,177\t1,928\nGum\t165\t838\n";
        let a = analyze_as(text, Language::En);
        assert_eq!(cell(&a, 1, 1), "number 752");
        assert_eq!(cell(&a, 2, 2), "number 1928");
        let text = "Chỉ tiêu\tDoanh thu\tLao động\nA\t752\t12\nB\t1.177\t15\nC\t165\t9\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 2, 1), "number 1177");
    }

    #[test]
    fn a_caption_that_names_what_is_counted_gives_a_bare_scale_its_noun() {
        let text =
            "Table B-6a. Employment of production employees on private payrolls by industry(1)\n\
                    [In thousands]\nIndustry\tOct. 2019\tSept. 2020(p)\nMining\t535\t437\n\
                    Logging\t46.2\t43.6\nOil and gas\t488.8\t393.4\n";
        let a = analyze_as(text, Language::En);
        assert_eq!(cell(&a, 2, 1), "count 46200 employees");
        // "(p)" marks a preliminary column: a note, not a unit.
        assert_eq!(cell(&a, 2, 2), "count 43600 employees");
        let text = "Số lượng doanh nghiệp đang hoạt động phân theo huyện\n\
                    Huyện\t2014\t2015\nHuyện A\t1.561\t1.557\nHuyện B\t1.240\t1.254\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 1, 2), "count 1557 doanh nghiệp");
        // A caption that counts nothing says nothing.
        let text =
            "Employment by industry\n[In thousands]\nIndustry\t2019\t2020\nMining\t535\t437\n\
                    Logging\t46.2\t43.6\n";
        let a = analyze_as(text, Language::En);
        assert_eq!(cell(&a, 2, 1), "number 46200");
    }

    #[test]
    fn a_unit_cell_names_its_unit_whole_and_a_sign_outside_brackets_is_money() {
        let text = "TT\tChỉ tiêu\tĐơn vị tính\t2020\t2021\n1\tCấp mới\tdự án\t1.947\t1.212\n\
                    2\tTăng vốn\tlượt dự án\t798\t678\n3\tNăng suất\tkg/ha/năm\t1.712\t1.716\n";
        let a = analyze_as(text, Language::Vi);
        assert_eq!(cell(&a, 2, 4), "count 678 lượt dự án");
        assert_eq!(cell(&a, 3, 3), "quantity 1712 kg/ha");
        let text = "Summary\n\tQ1\tQ2\n(in millions, except per share data)\t\t\n\
                    Revenues\t$3,546\t$3,670\nNet income\t557\t(18)\n\
                    Earnings per share\t$0.92\t$(0.03)\n";
        let a = analyze_as(text, Language::En);
        assert_eq!(cell(&a, 4, 2), "money -0.03 USD");
    }

    #[test]
    fn a_line_above_that_is_no_unit_line_says_nothing() {
        // Prose above the table, a year in it: no scale of 2020.
        let text = "In 2020 the district counted these.\nHuyện\t2019\t2020\nA\t120\t130\nB\t140\t150\nC\t160\t170\n";
        let a = analyze_as(text, Language::En);
        assert_eq!(cell(&a, 1, 1), "number 120");
    }
}
