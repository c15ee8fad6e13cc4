//! Tables set out in columns by position, as `pdftotext -layout` and a
//! fixed-width report print them: each row a label and its numbers, the
//! columns lined up by where their numbers end, not by a separator. Two
//! wide numbers often stand one space apart ("1.167.489 1.422.524"), a
//! column may be empty in a row, and a header's words stand over the
//! columns they name ("U.S. & Canada EMEA Greater China"), one space apart
//! too.
//!
//! So the columns are read down the rows, in three steps:
//!
//! 1. **Rows.** A line is a row of numbers when it is set out (a run of two
//!    spaces or an indent) and ends in numbers: its last words that are
//!    numbers ("$747", "(19)", "—", "31.005,00") are its cells, the words
//!    before them, cut at runs of spaces, its labels ("1", "Vốn thực
//!    hiện", "triệu USD"). A short number or a year one space after a word
//!    belongs to the label ("Ahd 54", "Q2 2024", "(loss) (2)"), as does
//!    what is no number alone ("(1)-(2)"). Three rows or more make a table;
//!    a line or two of words among them are its rows too ("Long Grain",
//!    "Phân theo cấp quản lý").
//! 2. **Columns.** The rows with the most numbers fix each number column's
//!    right edge (the median of their ends: numbers are set flush right,
//!    and a row here or there is shifted). A row with fewer numbers puts
//!    each at the nearest edge, in order.
//! 3. **Header.** The set-out lines just above the first row (no blank
//!    line between) are the header. Each word goes to the first column
//!    whose right edge is at or right of its middle (a header is centred
//!    over its column or flush right), or of its end where that names more
//!    columns (a copy that packed a header one space apart sets it drifting
//!    left of its columns), a year one space after a word staying with it
//!    ("Oct. 2019"); a phrase wholly left of the numbers names a label
//!    column. A header line that only fills columns the line above filled
//!    wraps it ("June" over "30"), unless it is a line of units in brackets
//!    ("(ha)  (tấn)").
//!
//! Cost: each line is cut into words once; the columns are a pass over a
//! table's rows per column. Linear in the text.

use super::tables::{year, Table};

/// The most lines of a header.
const HEADER_LINES: usize = 5;

/// The most lines of words in a row between two rows of numbers.
const WORD_LINES: usize = 2;

/// The most numbers, or labels, of a row: more is a list, not a table's
/// row (and each row's cells cost a walk over the columns).
const MAX_COLUMNS: usize = 64;

/// The fewest rows of numbers that make a table.
const ROWS: usize = 3;

/// A word of a line, or a phrase of words: its bytes in the text and its
/// columns (in characters) on its line.
#[derive(Clone, Copy, Debug)]
struct Span {
    start: usize,
    end: usize,
    from: usize,
    to: usize,
}

impl Span {
    /// Twice its middle column.
    fn middle2(self) -> usize {
        self.from + self.to
    }
}

/// A line cut into words: `words[numbers..]` are its number cells, and
/// `labels` the words before them cut at runs of two spaces.
struct Row {
    words: Vec<Span>,
    labels: Vec<Span>,
    numbers: usize,
    /// A row of numbers: set out (a run of two spaces between its words),
    /// its numbers apart (a run of spaces before them or among them), not
    /// all years, with a label or two numbers.
    numeric: bool,
    /// Set out or indented by two: a header's line, above rows.
    header: bool,
    after_blank: bool,
    /// Holds a tab (a spreadsheet's row) or nothing.
    unfit: bool,
}

impl Row {
    /// The line of `text` at byte `at`; only its flags where `light` and
    /// it is neither set out nor indented (prose: most lines).
    fn read(text: &str, (at, line, after_blank): (usize, &str, bool), light: bool) -> Row {
        // The columns count from the line's start, before its indent.
        let head = text[..at].rfind('\n').map_or(0, |k| k + 1);
        let indent = text[head..at].chars().count();
        let mut words: Vec<Span> = Vec::new();
        if light && indent < 2 && !line.contains("  ") {
            return Row {
                unfit: line.contains('\t') || line.trim().is_empty(),
                header: false,
                numeric: false,
                words,
                labels: Vec::new(),
                numbers: 0,
                after_blank,
            };
        }
        let mut open = None;
        for (col, (i, c)) in (indent..).zip(line.char_indices().chain([(line.len(), ' ')])) {
            match (c.is_whitespace(), open) {
                (true, Some((s, f))) => {
                    words.push(Span {
                        start: at + s,
                        end: at + i,
                        from: f,
                        to: col,
                    });
                    open = None;
                }
                (false, None) => open = Some((i, col)),
                _ => {}
            }
        }
        let word = |w: &Span| &text[w.start..w.end];
        let mut numbers = words.len();
        while numbers > 0 && number(word(&words[numbers - 1])) {
            numbers -= 1;
        }
        // A number one space after a word is the word's ("Ahd 54").
        while numbers > 0
            && numbers < words.len()
            && !gap(words[numbers - 1], words[numbers])
            && of_label(word(&words[numbers]))
        {
            numbers += 1;
        }
        let labels = phrases(&words[..numbers]);
        // A block of lines is a paragraph reflowed, no row.
        let one_line = !line.contains(['\n', '\r']);
        let set_out = one_line && words.windows(2).any(|p| gap(p[0], p[1]));
        let cells = &words[numbers..];
        let apart = cells
            .first()
            .is_some_and(|&c| numbers == 0 || gap(words[numbers - 1], c))
            || cells.windows(2).any(|p| gap(p[0], p[1]));
        let numeric = set_out
            && !cells.is_empty()
            && cells.len() <= MAX_COLUMNS
            && labels.len() <= MAX_COLUMNS
            && apart
            && (numbers > 0 || cells.len() >= 2)
            && !cells.iter().all(|w| year(word(w)));
        Row {
            unfit: line.contains('\t') || words.is_empty(),
            header: one_line && (set_out || indent >= 2),
            numeric,
            words,
            labels,
            numbers,
            after_blank,
        }
    }

    fn cells(&self) -> &[Span] {
        &self.words[self.numbers..]
    }
}

/// A run of two spaces or more between two words.
fn gap(a: Span, b: Span) -> bool {
    b.from >= a.to + 2
}

/// The tables set out by position among `lines` (each line's start and
/// text, and whether a blank line stands before it): each table's first
/// and last line (its header's first line and its last row) and its cells.
pub fn find(text: &str, lines: &[(usize, &str, bool)]) -> Vec<(usize, usize, Table)> {
    let rows: Vec<Row> = lines.iter().map(|&l| Row::read(text, l, true)).collect();
    let free = |k: usize| !rows[k].unfit;
    // A row of numbers that goes on the rows above it.
    let goes_on = |k: usize| k < rows.len() && rows[k].numeric && free(k) && !rows[k].after_blank;
    let mut out = Vec::new();
    let mut k = 0;
    while k < rows.len() {
        if !rows[k].numeric || !free(k) {
            k += 1;
            continue;
        }
        let first = k;
        let mut count = 0;
        let mut j = k;
        let mut end = k;
        loop {
            if j == first || goes_on(j) {
                count += 1;
                j += 1;
                end = j;
                continue;
            }
            // A line or two of words, then numbers again.
            let mut q = j;
            while q < rows.len()
                && q - j < WORD_LINES
                && free(q)
                && !rows[q].numeric
                && !rows[q].after_blank
            {
                q += 1;
            }
            if q > j && goes_on(q) {
                j = q;
                continue;
            }
            break;
        }
        k = end;
        if count < ROWS {
            continue;
        }
        let mut body = first;
        // A line of words right under the header opens the rows ("Long
        // Grain" under "2008  2009").
        if body >= 2
            && free(body - 1)
            && free(body - 2)
            && !rows[body].after_blank
            && !rows[body - 1].after_blank
            && !rows[body - 1].header
            && rows[body - 2].header
            && !rows[body - 2].numeric
        {
            body -= 1;
        }
        let mut top = body;
        while top > 0
            && body - top < HEADER_LINES
            && !rows[top].after_blank
            && free(top - 1)
            && rows[top - 1].header
            && !rows[top - 1].numeric
        {
            top -= 1;
        }
        let table: Vec<Row> = lines[top..end]
            .iter()
            .map(|&l| Row::read(text, l, false))
            .collect();
        out.push((top, end, cut(text, &table, body - top)));
    }
    out
}

/// One table's cells: `rows[..header]` its header lines, the rest its rows.
fn cut(text: &str, rows: &[Row], header: usize) -> Table {
    let data: Vec<&Row> = rows[header..].iter().filter(|r| r.numeric).collect();
    let labels = data.iter().map(|r| r.labels.len()).max().unwrap_or(0);
    let width = data.iter().map(|r| r.cells().len()).max().unwrap_or(0);
    let columns = labels + width;
    // Each column's right edge: the median end of the rows that fill every
    // label column, or every number column.
    let mut edges = Vec::with_capacity(columns);
    for c in 0..columns {
        let mut ends: Vec<(u64, u64)> = Vec::new();
        for r in &data {
            let (spans, k, n) = if c < labels {
                (&r.labels[..], c, labels)
            } else {
                (r.cells(), c - labels, width)
            };
            if spans.len() == n {
                ends.push((spans[k].to as u64, 0));
            }
        }
        crate::text::order::sort_pairs(&mut ends);
        edges.push(ends.get(ends.len() / 2).map_or(0, |e| e.0 as usize));
    }
    let numbers_from = data
        .iter()
        .flat_map(|r| r.cells().first())
        .map(|w| w.from)
        .min()
        .unwrap_or(usize::MAX);
    let mut out: Vec<Vec<(usize, usize)>> = Vec::with_capacity(rows.len());
    let mut wraps = Vec::with_capacity(header);
    let mut above: Vec<bool> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let mut cells: Vec<Option<Span>> = vec![None; columns];
        if i < header {
            // Each word at the first column whose edge is at or right of
            // its middle (a header centred over its column); or, where that
            // names more columns, of its end (a header flush right that the
            // copy packed one space apart, drifting left of its columns).
            let by_middle = header_cells(text, r, &edges, labels, numbers_from, Span::middle2);
            let by_end = header_cells(text, r, &edges, labels, numbers_from, |w| 2 * w.to);
            let named = |cells: &[Option<Span>]| cells.iter().filter(|c| c.is_some()).count();
            cells = if named(&by_end) > named(&by_middle) {
                by_end
            } else {
                by_middle
            };
            // A line of units in brackets is a row of its own.
            let units = r.words.iter().all(|w| text[w.start..].starts_with('('));
            let fills: Vec<bool> = cells.iter().map(Option::is_some).collect();
            wraps.push(
                !above.is_empty() && !units && fills.iter().zip(&above).all(|(&f, &a)| a || !f),
            );
            above = fills;
        } else {
            // A line of words with more phrases than the table has label
            // columns puts the rest in the last.
            let fit = r.labels.len().min(labels);
            place(&r.labels[..fit], &edges[..labels], &mut cells[..labels]);
            for &p in &r.labels[fit..] {
                join(&mut cells[labels.max(1) - 1], p);
            }
            place(r.cells(), &edges[labels..], &mut cells[labels..]);
        }
        // A cell a row lacks is empty where the one before it ends.
        let mut at = r.words.first().map_or(0, |w| w.start);
        out.push(
            cells
                .iter()
                .map(|c| {
                    let c = c.map_or((at, at), |c| (c.start, c.end));
                    at = c.1;
                    c
                })
                .collect(),
        );
    }
    Table {
        rows: out,
        header,
        wraps,
    }
}

/// A header line's words in `edges`' columns: each word at the first
/// column whose edge is at or right of `at(word)` (twice a column), a year
/// one space after a word with it ("Oct. 2019", "Năm 2020", "Sept.
/// 2020(p)": one column's name); a phrase wholly left of the numbers at a
/// label column.
fn header_cells(
    text: &str,
    r: &Row,
    edges: &[usize],
    labels: usize,
    numbers_from: usize,
    at: fn(Span) -> usize,
) -> Vec<Option<Span>> {
    let mut cells: Vec<Option<Span>> = vec![None; edges.len()];
    let first = |edges: &[usize], w: Span| {
        edges
            .iter()
            .position(|&e| 2 * e >= at(w))
            .unwrap_or(edges.len().max(1) - 1)
    };
    let word = |w: &Span| &text[w.start..w.end];
    let mut next = 0;
    for p in phrases(&r.words) {
        let words = &r.words[next..];
        let words = &words[..words.iter().take_while(|w| w.to <= p.to).count()];
        next += words.len();
        if labels > 0 && p.to < numbers_from {
            join(&mut cells[first(&edges[..labels], p)], p);
            continue;
        }
        let mut units: Vec<Span> = Vec::with_capacity(words.len());
        for &w in words {
            match units.last_mut() {
                Some(u) if dated(word(&w)) && !number(&text[u.start..u.end]) => {
                    u.end = w.end;
                    u.to = w.to;
                }
                _ => units.push(w),
            }
        }
        for u in units {
            join(&mut cells[first(edges, u)], u);
        }
    }
    cells
}

/// A year, or a year with a note in brackets ("2020(p)", "2021(*)").
fn dated(word: &str) -> bool {
    let bare = word.find('(').map_or(word, |k| &word[..k]);
    year(bare) && (bare.len() == word.len() || word.ends_with(')'))
}

/// Words cut at runs of two spaces or more, each run of words one span.
fn phrases(words: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for &w in words {
        match out.last_mut() {
            Some(p) if !gap(*p, w) => {
                p.end = w.end;
                p.to = w.to;
            }
            _ => out.push(w),
        }
    }
    out
}

/// Widens `cell` to take in `span`.
fn join(cell: &mut Option<Span>, span: Span) {
    let start = cell.map_or(span.start, |c| c.start);
    *cell = Some(Span { start, ..span });
}

/// Puts each of `spans` (in order, at most as many as `edges`) in `cells`:
/// in order where there are as many as columns, else each at the column
/// whose edge is nearest its end, after the one before it.
fn place(spans: &[Span], edges: &[usize], cells: &mut [Option<Span>]) {
    // A line of words among the rows may end in more numbers than the
    // table has columns: its last ones.
    let spans = &spans[spans.len().saturating_sub(edges.len())..];
    let mut next = 0;
    for (i, s) in spans.iter().enumerate() {
        let last = edges.len() - (spans.len() - i);
        let c = if spans.len() == edges.len() {
            i
        } else {
            (next..=last)
                .min_by_key(|&c| edges[c].abs_diff(s.to))
                .unwrap_or(next)
        };
        cells[c] = Some(*s);
        next = c + 1;
    }
}

/// A number as a table's cell writes it ("$1,044", "(19)", "96,5%",
/// "31.005,00"), a year among them, or a dash for none.
fn number(word: &str) -> bool {
    matches!(word, "-" | "—" | "–" | "−")
        || (word.bytes().any(|b| b.is_ascii_digit())
            && word.chars().all(|c| {
                c.is_ascii_digit()
                    || matches!(c, '.' | ',' | '%' | '+' | '-' | '−' | '*' | '(' | ')')
                    || crate::figures::lexicon::is_currency_sign(c.encode_utf8(&mut [0; 4]))
            }))
}

/// A number word that, one space after a word, is the word's: a year, a
/// short number ("54", "(2)"), or what is no one number ("(1)-(2)").
fn of_label(word: &str) -> bool {
    let inner = word.trim_matches(|c: char| !c.is_ascii_digit());
    year(word)
        || word.chars().count() <= 3
        || inner
            .bytes()
            .any(|b| !matches!(b, b'0'..=b'9' | b'.' | b','))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(text: &str) -> Vec<(usize, usize, Table)> {
        let blocks = crate::outline::blocks::split(text);
        let rows: Vec<(usize, &str, bool)> = blocks
            .iter()
            .map(|b| (b.start, &text[b.start..b.end], b.after_blank))
            .collect();
        find(text, &rows)
    }

    fn cell(text: &str, t: &Table, r: usize, c: usize) -> String {
        let (s, e) = t.rows[r][c];
        text[s..e].to_string()
    }

    #[test]
    fn columns_by_where_their_numbers_end() {
        let text = "Schedule of Segment Revenues\n\n\
                    \x20                (in millions)          U.S. & Canada EMEA Greater China APEC    Total\n\
                    Gross fee revenues                              $747   $153         $62   $82 $1,044\n\
                    Contract investment amortization                (19)    (3)          —     (2)     (24)\n\
                    Net fee revenues                                 728    150          62    80     1,020\n\
                    Unallocated corporate and other                                                    652\n";
        let found = tables(text);
        assert_eq!(found.len(), 1);
        let (top, end, t) = &found[0];
        assert_eq!((*top, *end, t.header), (1, 6, 1));
        let heads: Vec<String> = (0..6).map(|c| cell(text, t, 0, c)).collect();
        assert_eq!(
            heads,
            [
                "(in millions)",
                "U.S. & Canada",
                "EMEA",
                "Greater China",
                "APEC",
                "Total"
            ]
        );
        assert_eq!(cell(text, t, 2, 3), "—");
        // A row with one number puts it under its column.
        assert_eq!(cell(text, t, 4, 5), "652");
        assert_eq!(cell(text, t, 4, 1), "");
        let label = t.column_label(4, 5).map(|l| l.read(text));
        assert_eq!(label.as_deref(), Some("Total"));
    }

    #[test]
    fn a_wrapped_header_and_labels_that_hold_numbers() {
        let text = "                         June     September       Full\n\
                    \x20                          30           30       Year\n\
                    Revenues                  $3,670        $3,766    $14,810\n\
                    Net income (loss) (2)        470           495      1,504\n\
                    Ali Fawzi Rebaine Ahd 54      61            63        124\n";
        let (_, _, t) = &tables(text)[0];
        assert_eq!(t.header, 2);
        assert_eq!(cell(text, t, 3, 0), "Net income (loss) (2)");
        assert_eq!(cell(text, t, 4, 0), "Ali Fawzi Rebaine Ahd 54");
        let label = t.column_label(2, 1).map(|l| l.read(text));
        assert_eq!(label.as_deref(), Some("June 30"));
    }

    #[test]
    fn a_header_packed_one_space_apart_names_each_column() {
        // The copy packed the header, which drifts left of its columns: by
        // their middles, "Năm" of 2021 stood over 2020's numbers.
        let text = "Chỉ tiêu                  Năm 2019 Năm 2020 Năm 2021(ư) Năm 2022(ư)\n\
                    Diện tích gieo trồng           41.123       42.510       43.002       44.118\n\
                    Sản lượng                      210.456      220.781      231.009      240.332\n\
                    Năng suất                       51,2         51,9         53,7         54,5\n";
        let (_, _, t) = &tables(text)[0];
        assert_eq!(t.header, 1);
        let heads: Vec<String> = (1..5).map(|c| cell(text, t, 0, c)).collect();
        assert_eq!(
            heads,
            ["Năm 2019", "Năm 2020", "Năm 2021(ư)", "Năm 2022(ư)"]
        );
        // Years one space apart are a column each, not one name.
        let text = "Chỉ tiêu                      2019 2020 2021\n\
                    Diện tích                 41.123   42.510   43.002\n\
                    Sản lượng                210.456  220.781  231.009\n\
                    Năng suất                   51,2     51,9     53,7\n";
        let (_, _, t) = &tables(text)[0];
        let heads: Vec<String> = (1..4).map(|c| cell(text, t, 0, c)).collect();
        assert_eq!(heads, ["2019", "2020", "2021"]);
    }

    #[test]
    fn a_line_among_the_rows_with_more_numbers_than_columns() {
        let text = "Revenues          $3,670    $3,766\n\
                    Costs 10000 20000 30000\n\
                    Net income           470       495\n\
                    Tax                   70        95\n";
        let (_, _, t) = &tables(text)[0];
        assert_eq!(t.rows.len(), 4);
        assert_eq!(cell(text, t, 1, 2), "30000");
    }

    #[test]
    fn prose_and_runs_of_years_are_no_table() {
        assert!(tables("The council met in 2019.  It spent 1,200\nand then 1,300 more.  In all 2,500\nwere spent.").is_empty());
        assert!(
            tables("   2018   2019   2020\n   2021   2022   2023\n   2024   2025   2026")
                .is_empty()
        );
    }
}
