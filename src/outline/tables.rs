//! Which lines are the rows of a table: the article's content, whatever
//! else they look like (short, full of digits, standing after the last
//! paragraph, like a page's menu or its footer).
//!
//! A table reaches a plain-text paste in four shapes:
//!
//! - **cells separated by tabs**, as a spreadsheet, a web table or
//!   `pdftotext` give them;
//! - **columns set out by position**, as `pdftotext -layout` prints a
//!   table ("Doanh thu   12.300 13.846"): [`super::columns`] reads them, down
//!   the rows (words set out in columns without numbers, as a page's two
//!   columns of text side by side, are no table);
//! - **rows between pipes**, as Markdown and a wiki's copy give them
//!   ("Party | Candidate | Votes", "---|---|---"), as many pipes in each;
//! - **tallies**, a label and its number on each line ("Labour 41",
//!   "Undecided 10", "9 6"), as a web table whose cells were joined by
//!   spaces or a results list gives them.
//!
//! A lone mark above the rows ("%") is their header. Three lines in a row
//! make a table; fewer say too little (a line that ends in a number is
//! common prose). A tally's number is no year: a run of "March 2016",
//! "February 2016" is an archive menu. One pass a shape: linear.
//!
//! [`find`] also gives each table's rows cut into cells ([`Table`]) and
//! its header: the rows above the first that gives a number, as many as
//! name the columns ("Chỉ tiêu | 2022 | Sơ bộ 2023", then "| (ha) | (tấn)";
//! "Three Months Ended", then "2017 | March 31 | June 30"). A row label is
//! the row's first cell that is no number (a row's index, "1", "2.1",
//! comes before it); a column label the lowest header cell above that is
//! not empty (a header's upper row spans the columns under it).

use super::blocks::Line;

/// The fewest rows in a row that make a table.
const ROWS: usize = 3;

/// The most words of a tally's label.
const LABEL_WORDS: usize = 8;

/// The shapes a table's rows take in plain text.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Shape {
    Tabbed,
    Piped,
    Tally,
}

/// The most rows of a header.
const HEADER_ROWS: usize = 4;

/// A table: its rows, each cut into cells (byte ranges of the text), and
/// how many of its first rows are its header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Vec<(usize, usize)>>,
    pub header: usize,
    /// Which header rows wrap the one above them ("June" over "30"): a
    /// column's label is then both ([`super::columns`]). Empty where none
    /// does.
    pub wraps: Vec<bool>,
}

/// A column's label: its lowest header cell, and the cell above it where
/// that row wraps into this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub above: Option<(usize, usize)>,
    pub cell: (usize, usize),
}

impl Label {
    /// The label's words, one line.
    pub fn read(&self, text: &str) -> String {
        let mut out = String::new();
        if let Some(a) = self.above {
            out.push_str(&text[a.0..a.1]);
            out.push(' ');
        }
        out.push_str(&text[self.cell.0..self.cell.1]);
        out
    }
}

impl Table {
    /// The label of row `row` for its cell `column`: the first cell before
    /// it that is neither empty nor a number, else the row's first cell
    /// (none for a header's own cells: its first cell heads the labels).
    pub fn row_label(&self, text: &str, row: usize, column: usize) -> Option<(usize, usize)> {
        if row < self.header {
            return None;
        }
        let cells = self.rows.get(row)?.get(..column)?;
        let filled = |c: &&(usize, usize)| c.0 < c.1;
        cells
            .iter()
            .filter(filled)
            .find(|c| !numeric(&text[c.0..c.1]))
            .or_else(|| cells.first().filter(filled))
            .copied()
    }

    /// The label of column `column`: the lowest header cell above it that
    /// is not empty (none for a header's own cells), with the one above it
    /// where its row wraps.
    pub fn column_label(&self, row: usize, column: usize) -> Option<Label> {
        if row < self.header {
            return None;
        }
        let filled = |r: usize| self.rows[r].get(column).filter(|c| c.0 < c.1).copied();
        let (r, cell) = (0..self.header).rev().find_map(|r| Some((r, filled(r)?)))?;
        let above = (r > 0 && self.wraps.get(r) == Some(&true))
            .then(|| filled(r - 1))
            .flatten();
        Some(Label { above, cell })
    }
}

impl Shape {
    fn fits(self, line: &str) -> bool {
        match self {
            Shape::Tabbed => line.contains('\t'),
            Shape::Piped => pipes(line) >= 2,
            Shape::Tally => tally(line),
        }
    }

    /// Whether `line` goes on the rows that `first` opened: rows between
    /// pipes have as many pipes each, which a run of menus does not.
    fn goes_on(self, first: &str, line: &str) -> bool {
        self.fits(line)
            && match self {
                Shape::Piped => pipes(line) == pipes(first),
                _ => true,
            }
    }

    /// The cells of a row, as byte ranges of `line` (which starts at byte
    /// `at` of the text), trimmed.
    fn cells(self, line: &str, at: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut push = |s: usize, e: usize| {
            let cell = &line[s..e];
            let lead = cell.len() - cell.trim_start().len();
            let ink = cell.trim();
            out.push((at + s + lead, at + s + lead + ink.len()));
        };
        match self {
            Shape::Tabbed | Shape::Piped => {
                let sep = if self == Shape::Tabbed { '\t' } else { '|' };
                let mut start = 0;
                for (i, _) in line.match_indices(sep) {
                    push(start, i);
                    start = i + 1;
                }
                push(start, line.len());
                if self == Shape::Piped {
                    // The empty cells outside the first and last pipe.
                    if out.first().is_some_and(|c| c.0 == c.1) {
                        out.remove(0);
                    }
                    if out.last().is_some_and(|c| c.0 == c.1) {
                        out.pop();
                    }
                }
            }
            Shape::Tally => {
                let last = line.trim_end().rfind(' ').map_or(0, |k| k + 1);
                push(0, last);
                push(last, line.len());
            }
        }
        out
    }
}

/// Whether each line is a row of a table, and the tables, their cells in
/// byte ranges of the text (each line's block gives its offset; with no
/// blocks, no tables are cut). A row's tabs at either end are its empty
/// cells ("\t2018\t2019": the header's corner), which the block leaves out.
pub fn find(
    text: &str,
    lines: &[Line],
    blocks: &[super::blocks::Block],
) -> (Vec<bool>, Vec<Table>) {
    let rows: Vec<(usize, &str)> = if blocks.len() == lines.len() {
        blocks
            .iter()
            .map(|b| {
                let tab = |c: &&u8| **c == b'\t';
                let start = b.start
                    - text.as_bytes()[..b.start]
                        .iter()
                        .rev()
                        .take_while(tab)
                        .count();
                let end = b.end + text.as_bytes()[b.end..].iter().take_while(tab).count();
                (start, &text[start..end])
            })
            .collect()
    } else {
        lines.iter().map(|l| (0, l.text)).collect()
    };
    // From here a line is its row: where it starts, and its text with the
    // tabs at its ends.
    let lines = &rows;
    let mut table = vec![false; lines.len()];
    // Tables set out by position first (a tab is a spreadsheet's row, not
    // theirs), each with its first line and cells.
    let set: Vec<(usize, &str, bool)> = lines
        .iter()
        .enumerate()
        .map(|(k, &(at, line))| (at, line, blocks.get(k).is_some_and(|b| b.after_blank)))
        .collect();
    let mut laid: Vec<(usize, Table)> = Vec::new();
    for (s, e, cut) in super::columns::find(text, &set) {
        table[s..e].fill(true);
        laid.push((s, cut));
    }
    // Where each table of a shape starts: its end and shape.
    let mut runs: Vec<Option<(usize, Shape)>> = vec![None; lines.len()];
    for shape in [Shape::Tabbed, Shape::Piped, Shape::Tally] {
        let mut k = 0;
        while k < lines.len() {
            let start = k;
            while k < lines.len() && !table[k] && shape.goes_on(lines[start].1, lines[k].1) {
                k += 1;
            }
            // A tally's rows must differ, as a menu's do not (a tab or a
            // pipe is no menu's).
            if k - start >= ROWS && (shape != Shape::Tally || varied(&lines[start..k])) {
                table[start..k].fill(true);
                // A lone mark above the rows is their header ("%").
                if start > 0 && only_marks(lines[start - 1].1) {
                    table[start - 1] = true;
                }
                runs[start] = Some((k, shape));
            }
            k = k.max(start + 1);
        }
    }
    // The tables in the text's order.
    // The tables in the text's order (the layout's are found in order).
    let mut tables = Vec::new();
    if blocks.len() == lines.len() {
        let mut laid = laid.into_iter().peekable();
        for (s, run) in runs.iter().enumerate() {
            if let Some((e, shape)) = *run {
                tables.push(cut(shape, &lines[s..e]));
            } else if let Some((_, t)) = laid.next_if(|l| l.0 == s) {
                tables.push(t);
            }
        }
    }
    (table, tables)
}

/// A cell's place: its table, row and column.
pub type Place = (usize, usize, usize);

/// The cell of `tables` that holds each of `spans` (byte ranges, sorted
/// and disjoint, as figures are), in one walk over both.
pub fn places(tables: &[Table], spans: &[(usize, usize)]) -> Vec<Option<Place>> {
    let mut cells: Vec<(usize, usize, Place)> = Vec::new();
    for (t, table) in tables.iter().enumerate() {
        for (r, row) in table.rows.iter().enumerate() {
            for (c, &(s, e)) in row.iter().enumerate() {
                cells.push((s, e, (t, r, c)));
            }
        }
    }
    let mut k = 0;
    spans
        .iter()
        .map(|&(s, e)| {
            while k < cells.len() && cells[k].1 <= s {
                k += 1;
            }
            cells.get(k).filter(|c| c.0 <= s && e <= c.1).map(|c| c.2)
        })
        .collect()
}

/// The rows of one table cut into cells, in byte ranges of the text.
fn cut(shape: Shape, lines: &[(usize, &str)]) -> Table {
    let mut rows = Vec::with_capacity(lines.len());
    // The header: the first rows where no cell past the first is a number
    // other than a year.
    let mut header = 0;
    let mut numbers_seen = false;
    for &(at, line) in lines {
        // A piped table's rule ("---|:--:|---") is no row.
        if line
            .bytes()
            .all(|b| matches!(b, b'-' | b':' | b'|' | b' ' | b'+' | b'='))
        {
            continue;
        }
        let cells = shape.cells(line, at);
        if !numbers_seen {
            numbers_seen = cells
                .iter()
                .skip(1)
                .any(|&(s, e)| numeric(&line[s - at..e - at]));
            header += usize::from(!numbers_seen);
        }
        rows.push(cells);
    }
    // A table of words names its columns in its first row.
    if !numbers_seen || header > HEADER_ROWS {
        header = usize::from(!rows.is_empty());
    }
    Table {
        rows,
        header,
        wraps: Vec::new(),
    }
}

/// A cell that is a number, as tables write them ("1.038", "$3,546",
/// "(19)", "96,5%", "−2.1"), and no year ("2023" labels a column).
fn numeric(cell: &str) -> bool {
    let t = cell.trim();
    t.bytes().any(|b| b.is_ascii_digit())
        && !year(t)
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '.' | ',' | '%' | '+' | '-' | '−' | '*' | '(' | ')' | ' ')
                || crate::figures::lexicon::is_currency_sign(c.encode_utf8(&mut [0; 4]))
        })
}

/// Rows that differ both in their first word and in their last: a
/// table's rows name different things and give different numbers; a menu
/// repeats them ("Fórmula 1" in every item, "SN 590", "SN 650": a range
/// of models).
fn varied(rows: &[(usize, &str)]) -> bool {
    let differ = |pick: fn(&str) -> Option<&str>| {
        let first = pick(rows[0].1);
        rows.iter().any(|r| pick(r.1) != first)
    };
    differ(|t| t.split_whitespace().next()) && differ(|t| t.split_whitespace().next_back())
}

fn pipes(line: &str) -> usize {
    line.bytes().filter(|&b| b == b'|').count()
}

/// "Labour 41", "Refused *", "10 -- absolutely certain to vote 64", "9 6".
fn tally(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    let label = words.take(LABEL_WORDS + 1).count();
    (1..=LABEL_WORDS).contains(&label) && (cell(last) || last == "*") && !year(last)
}

/// A number as a table's cell writes it: "41", "1.009", "−2,5", "64%".
/// A count in brackets ("Politics (15)") is a menu's.
fn cell(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '+' | '-' | '−' | '*'))
}

/// A year ("2023"): a table names a column by it.
pub(super) fn year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u16>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

fn only_marks(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().all(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Vec<bool> {
        let lines: Vec<Line> = text.lines().map(|t| Line { text: t, lower: t }).collect();
        find(text, &lines, &[]).0
    }

    #[test]
    fn tallies_of_three_or_more_are_a_table_with_their_header() {
        let t = of(
            "Who will you vote for?\n%\nConservative 29\nLabour 39\nRefused *\nThanks for reading.",
        );
        assert_eq!(t, [false, true, true, true, true, false]);
        assert_eq!(of("9 6\n8 7\n7 4"), [true, true, true]);
    }

    #[test]
    fn two_tallies_prose_and_years_are_none() {
        assert_eq!(of("Labour 39\nOther 2\nThe rest."), [false, false, false]);
        assert_eq!(of("March 2016\nFebruary 2016\nJanuary 2016"), [false; 3]);
        assert_eq!(of("Blog (2)\nEvents (56)\nIndia (9048)"), [false; 3]);
        assert_eq!(of("News of F 1\nTeams of F 1\nCars of F 1"), [false; 3]);
        assert_eq!(of("0\n1\n1"), [false; 3]);
        assert_eq!(
            of("The party won 41\nseats in the chamber of 120\nafter the recount of 2 districts and more votes"),
            [false; 3]
        );
    }

    #[test]
    fn piped_rows_with_as_many_pipes() {
        let t = of("Result\nParty | Votes | % |\n---|---|---|\nLabour | 26,294 | 57.0 |\nHome | News | Sport | Contact | Help\nA | B");
        assert_eq!(t, [false, true, true, true, false, false]);
        assert_eq!(
            of("Home | News | Sport\nAbout | Contact\nTerms | Privacy | Cookies | Help"),
            [false; 3]
        );
    }

    #[test]
    fn a_header_cell_has_no_row_label() {
        let t = Table {
            rows: vec![vec![(0, 2), (3, 7)], vec![(8, 9), (10, 12)]],
            header: 1,
            wraps: Vec::new(),
        };
        let text = "TT\t2023\nA\t12";
        assert_eq!(t.row_label(text, 0, 1), None);
        assert_eq!(t.row_label(text, 1, 1), Some((8, 9)));
    }

    #[test]
    fn tabbed_rows() {
        assert_eq!(of("a\tb\nc\td\ne\tf\ng"), [true, true, true, false]);
    }
}
