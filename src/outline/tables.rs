//! Which lines are the rows of a table: the article's content, whatever
//! else they look like (short, full of digits, standing after the last
//! paragraph, like a page's menu or its footer).
//!
//! A table reaches a plain-text paste in three shapes:
//!
//! - **cells separated by tabs**, as a spreadsheet, a web table or
//!   `pdftotext` give them;
//! - **rows between pipes**, as Markdown and a wiki's copy give them
//!   ("Party | Candidate | Votes", "---|---|---"), as many pipes in each;
//! - **tallies**, a label and its number on each line ("Labour 41",
//!   "Undecided 10", "9 6"), as a web table whose cells were joined by
//!   spaces or a results list gives them.
//!
//! A lone mark above the rows ("%") is their header. Three lines in a row make a table; fewer say too little (a line that
//! ends in a number is common prose). A tally's number is no year: a run of
//! "March 2016", "February 2016" is an archive menu. One pass: linear.

use super::blocks::Line;

/// The fewest rows in a row that make a table.
const ROWS: usize = 3;

/// The most words of a tally's label.
const LABEL_WORDS: usize = 8;

/// The shapes a table's rows take in plain text.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Tabbed,
    Piped,
    Tally,
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
        self.fits(line) && (self != Shape::Piped || pipes(line) == pipes(first))
    }
}

/// Whether each line is a row of a table.
pub fn rows(lines: &[Line]) -> Vec<bool> {
    let mut table = vec![false; lines.len()];
    for shape in [Shape::Tabbed, Shape::Piped, Shape::Tally] {
        let mut k = 0;
        while k < lines.len() {
            let start = k;
            while k < lines.len() && shape.goes_on(lines[start].text, lines[k].text) {
                k += 1;
            }
            // A tally's rows must differ, as a menu's do not (a tab or a
            // pipe is no menu's).
            if k - start >= ROWS && (shape != Shape::Tally || varied(&lines[start..k])) {
                table[start..k].fill(true);
                // A lone mark above the rows is their header ("%").
                if start > 0 && only_marks(lines[start - 1].text) {
                    table[start - 1] = true;
                }
            }
            k = k.max(start + 1);
        }
    }
    table
}

/// Rows that differ both in their first word and in their last: a
/// table's rows name different things and give different numbers; a menu
/// repeats them ("Fórmula 1" in every item, "SN 590", "SN 650": a range
/// of models).
fn varied(rows: &[Line]) -> bool {
    let differ = |pick: fn(&str) -> Option<&str>| {
        let first = pick(rows[0].text);
        rows.iter().any(|r| pick(r.text) != first)
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

fn year(word: &str) -> bool {
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
        rows(&lines)
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
    fn tabbed_rows() {
        assert_eq!(of("a\tb\nc\td\ne\tf\ng"), [true, true, true, false]);
    }
}
