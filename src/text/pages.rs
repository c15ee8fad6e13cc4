//! Page furniture: the lines a copy out of a PDF repeats on every page.
//!
//! A report copied out of a PDF viewer, or turned into text by `pdftotext`,
//! carries what the printed page had around its text: page numbers ("Trang
//! 3/12", "- 3 -", "Page 3 of 12", "3") and running headers and footers (the
//! report's title, its date, the issuer's name) once a page. They are no
//! part of the article: the outline takes them for chrome and no figure is
//! read in them (a page number is no count, a running title's figures are
//! the title's, told once).
//!
//! The evidence is the text's own, two kinds of it:
//!
//! - **Page breaks.** `pdftotext` ends each page with a form feed (U+000C):
//!   the lines on either side of one are a page's edges.
//! - **Page numbers.** A line of only a page number's words (the profiles'
//!   `page_words`: "trang", "page", "of"), marks and one or two numbers is
//!   a page number when another of the same shape, three lines or more
//!   away, numbers the page before or after it (3 after 2, or after 1
//!   where a page went without), or when it stands at a page break, or
//!   when, with a page word or a mark, it ends the text and numbers the last
//!   page ("Page 1 of 1", "- 1 -": a one-page PDF as a browser's viewer
//!   copies it, which writes no page break; the short line before it is
//!   then the page's running line). A lone "3" or a list's "1", "2" on
//!   lines of their own are not (too close), unless one running line
//!   stands before each (a short page's "Fayetteville Flyer" and "1", then
//!   "Fayetteville Flyer" and "2").
//!
//! A running header or footer is a line at a page's edge (beside a page
//! break or a page number, or the text's first or last line in a text that
//! has page breaks) whose text, digits aside, stands at two edges or more.
//! (A viewer's copy, with no page breaks, gives a page's header and footer
//! together beside its number, PDF.js after the page's text: there the
//! text's first line, the headline under its running copy, is no edge.) A line like it elsewhere (the title under its running
//! copy) is the article's. A text with neither kind of evidence has no
//! furniture: it reads exactly as if this module did not exist.
//!
//! Cost: one pass over the lines, a look at most 400 lines either way from
//! each page number, and a sort of the edge lines' keys.

use super::lines::PageLine;
use crate::lang::KnownWords;

/// Words of a page number ("trang", "page", "of"), in every known language.
static PAGE_WORDS: KnownWords = KnownWords::new(|w| w.page_words);

/// Lines longer than this, in bytes, are never furniture (a header is a
/// short line); a page number is shorter than [`MAX_NUMBER`].
const MAX_LINE: usize = 200;
const MAX_NUMBER: usize = 40;

/// Lines between two page numbers of one run: fewer is a list, not pages.
/// A bare number ("3") must stand a page's worth of lines from the next
/// (a ranked list numbers its items on lines of their own); one with a
/// page word or a mark ("Trang 3", "- 3 -") only a few. The next page's
/// number is looked for at most [`MAX_PAGE_LINES`] lines away.
const MIN_PAGE_LINES: usize = 3;
const MIN_PAGE_LINES_BARE: usize = 10;
const MAX_PAGE_LINES: usize = 400;

/// The byte ranges of the page-furniture lines of `text` (trimmed, sorted,
/// disjoint), read off its `lines` ([`lines::of`](super::lines::of)).
pub fn find(text: &str, lines: &[PageLine]) -> Vec<(usize, usize)> {
    let n = lines.len();
    let feeds = text.as_bytes().contains(&0x0c);
    // A page's edge: the line after a form feed, or before one.
    let at_feed = |k: usize| lines[k].after_feed || lines.get(k + 1).is_some_and(|l| l.after_feed);
    let numbers: Vec<Option<PageNumber>> = lines
        .iter()
        .map(|l| page_number(&text[l.start..l.end]))
        .collect();
    // The text's last line that is not blank.
    let last = (0..n).rev().find(|&k| lines[k].start < lines[k].end);
    // ("-1" alone is a number: a page's has a word or closes its marks,
    // "Page 1 of 1", "- 1 -", under a page of lines.)
    let ends_text = |k: usize, p: PageNumber| {
        let line = text[lines[k].start..lines[k].end].trim_end();
        Some(k) == last
            && k >= MIN_PAGE_LINES
            && !p.bare
            && (line.contains(char::is_alphabetic) || !line.ends_with(|c: char| c.is_ascii_digit()))
            && (p.first == 1 || p.of == Some(p.first))
    };
    let mut furniture: Vec<bool> = (0..n)
        .map(|k| {
            numbers[k].is_some_and(|p| {
                at_feed(k) || (feeds && k + 1 == n) || next_page(&numbers, k, p) || ends_text(k, p)
            })
        })
        .collect();
    // Bare numbers of short pages ("1" and, eight lines on, "2"): pages
    // when the line before each is one running line, word for word.
    let line_text = |k: usize| text[lines[k].start..lines[k].end].trim();
    for k in 1..n {
        let Some(p) = numbers[k].filter(|p| p.bare && !furniture[k]) else {
            continue;
        };
        let next = (k + MIN_PAGE_LINES..n.min(k + MIN_PAGE_LINES_BARE))
            .find(|&j| numbers[j].is_some_and(|q| q.bare && q.first == p.first + 1));
        if let Some(j) = next.filter(|&j| {
            lines[k - 1].start < lines[k - 1].end && line_text(k - 1) == line_text(j - 1)
        }) {
            furniture[k] = true;
            furniture[j] = true;
        }
    }
    if !feeds && !furniture.contains(&true) {
        return Vec::new();
    }
    // A viewer's copy of a one-page PDF: the running line the viewer gives
    // just before the last page's number, once ("Fayetteville Flyer"), a
    // short line with no sentence's stop.
    if let Some(k) = last.filter(|&k| !feeds && k > 0 && furniture[k]) {
        let before = &text[lines[k - 1].start..lines[k - 1].end];
        if numbers[k].is_some_and(|p| ends_text(k, p))
            && before.len() <= MAX_LINE / 2
            && !before.trim_end().ends_with(['.', '!', '?', ':', ';', ','])
        {
            furniture[k - 1] = true;
        }
    }
    // Running lines: twice or more at a page's edge, digits aside. A header
    // may be two lines (a title and a date), so the edge moves in once.
    for _ in 0..2 {
        let edge = |k: usize| {
            (feeds && (k == 0 || k + 1 == n))
                || at_feed(k)
                || (k > 0 && furniture[k - 1])
                || furniture.get(k + 1) == Some(&true)
        };
        let keys: Vec<(u64, usize)> = (0..n)
            .filter(|&k| !furniture[k] && edge(k) && lines[k].end - lines[k].start <= MAX_LINE)
            .map(|k| (key(&text[lines[k].start..lines[k].end]), k))
            .collect();
        let order = super::order::stable_order(keys.iter().map(|k| k.0));
        let mut found = false;
        for (a, b) in order.iter().zip(order.iter().skip(1)) {
            if keys[*a].0 == keys[*b].0 {
                furniture[keys[*a].1] = true;
                furniture[keys[*b].1] = true;
                found = true;
            }
        }
        if !found {
            break;
        }
    }
    (0..n)
        .filter(|&k| furniture[k])
        .map(|k| (lines[k].start, lines[k].end))
        .collect()
}

/// Whether the byte range `start..end` lies inside one of `spans` (sorted,
/// disjoint ranges, such as [`find`] gives).
pub fn covers(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    let k = spans.partition_point(|s| s.0 <= start);
    k > 0 && end <= spans[k - 1].1
}

/// Whether the nearest page number of `p`'s shape either way, a few lines
/// or more from line `k`, numbers the page after or before it (a page may
/// go without).
fn next_page(numbers: &[Option<PageNumber>], k: usize, p: PageNumber) -> bool {
    let apart = if p.bare {
        MIN_PAGE_LINES_BARE
    } else {
        MIN_PAGE_LINES
    };
    let step = |j: usize, sign: i64| {
        numbers[j].filter(|q| q.shape == p.shape).map(|q| {
            let d = (q.first - p.first) * sign;
            j.abs_diff(k) >= apart && (d == 1 || d == 2) && q.of == p.of
        })
    };
    let after = (k + 1..numbers.len().min(k + MAX_PAGE_LINES)).find_map(|j| step(j, 1));
    let before = (k.saturating_sub(MAX_PAGE_LINES)..k)
        .rev()
        .find_map(|j| step(j, -1));
    after == Some(true) || before == Some(true)
}

/// A line read as a page number.
#[derive(Clone, Copy)]
struct PageNumber {
    /// The line's words and marks, its digits aside, as a hash.
    shape: u64,
    /// The page's number.
    first: i64,
    /// The page count after it ("3/12", "Page 3 of 12"), if any.
    of: Option<i64>,
    /// A number alone, no word or mark with it.
    bare: bool,
}

/// Reads a line of only page words (compared ignoring ASCII case), marks
/// and one or two numbers.
fn page_number(line: &str) -> Option<PageNumber> {
    if line.len() > MAX_NUMBER {
        return None;
    }
    let mut numbers: [Option<i64>; 2] = [None, None];
    let mut shape = FNV;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let len = if c.is_ascii_digit() {
            let len = rest.bytes().take_while(u8::is_ascii_digit).count();
            let slot = numbers.iter_mut().find(|n| n.is_none())?;
            if len > 4 {
                return None;
            }
            *slot = Some(
                rest.bytes()
                    .take(len)
                    .fold(0, |n, d| n * 10 + i64::from(d - b'0')),
            );
            shape = mix(shape, b'#');
            len
        } else if c.is_alphabetic() {
            let len = rest
                .find(|d: char| !d.is_alphabetic())
                .unwrap_or(rest.len());
            let word = &rest[..len];
            if !PAGE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
                return None;
            }
            shape = word
                .bytes()
                .fold(mix(shape, b' '), |h, b| mix(h, b.to_ascii_lowercase()));
            len
        } else if c.is_whitespace()
            || matches!(c, '-' | '–' | '—' | '/' | '|' | '(' | ')' | '[' | ']')
        {
            if !c.is_whitespace() {
                shape = mix(shape, c as u8 ^ (c as u32 >> 8) as u8);
            }
            c.len_utf8()
        } else {
            return None;
        };
        rest = &rest[len..];
    }
    Some(PageNumber {
        bare: shape == mix(FNV, b'#'),
        shape,
        first: numbers[0]?,
        of: numbers[1],
    })
}

const FNV: u64 = 0xcbf2_9ce4_8422_2325;

fn mix(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// A line's key as a running line: its bytes, ASCII letters in lower case,
/// a digit run as one mark and a run of white space as one space ("Báo cáo
/// số 3" and "Báo cáo số 4" are one header).
fn key(line: &str) -> u64 {
    let mut h = FNV;
    let mut last = 0u8;
    for b in line.bytes() {
        let b = match b {
            b'0'..=b'9' => b'#',
            b' ' | b'\t' | 0x0c => b' ',
            b => b.to_ascii_lowercase(),
        };
        if (b == b'#' || b == b' ') && b == last {
            continue;
        }
        h = mix(h, b);
        last = b;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(text: &str) -> Vec<&str> {
        find(text, &crate::text::lines::of(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    fn pages(n: usize, page: &dyn Fn(usize) -> String) -> String {
        (1..=n).map(page).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn page_numbers_in_a_run_are_furniture() {
        let words = ["Doanh thu", "Lợi nhuận", "Chi phí"];
        let body = |k: usize| {
            let w = words[k - 1];
            // A page's worth of lines: a bare number needs ten between.
            let more: String = (0..8).map(|i| format!("Dòng {i} của {w}.\n")).collect();
            format!("{w} đạt 12.300 tỷ đồng.\n{w} tăng 5%.\n{more}")
        };
        for footer in ["Trang {}/3", "- {} -", "{}", "Page {} of 3"] {
            let text = pages(3, &|k| {
                format!("{}{}", body(k), footer.replace("{}", &k.to_string()))
            });
            let found = furniture(&text);
            assert_eq!(found.len(), 3, "{footer}: {found:?}");
        }
        // Three lines apart, only a number with a word or mark is a page's.
        let short = |footer: &str| {
            pages(3, &|k| {
                let w = words[k - 1];
                format!(
                    "{w} tăng.\n{w} giảm.\n{w} ổn.\n{}",
                    footer.replace("{}", &k.to_string())
                )
            })
        };
        assert_eq!(furniture(&short("- {} -")).len(), 3);
        assert!(furniture(&short("{}")).is_empty());
    }

    #[test]
    fn numbers_that_number_no_pages_are_not() {
        for text in [
            "Kết quả:\n1\n2\n3\nHết.",
            "Năm 2023 tăng.\n12\nGiảm mạnh.\nTăng lại.\nỔn định.\n15",
            "Một dòng.\n3\nHai dòng.\nBa dòng.\nBốn dòng.\n3",
            // A ranked list's numbers, on lines of their own.
            "Most popular\n7\nA story\n20h\n8\nAnother story\n6h\n9\nA third\n5d",
            "A plain article.\nWith lines.\nAnd no pages.",
        ] {
            assert!(furniture(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn a_viewer_s_copy_gives_header_and_number_after_the_page() {
        // PDF.js: no page breaks; each page's running line and number after
        // its text. The headline on the first line is the article's.
        let one = "Apple beats expectations\nRevenue rose 61% to $15.7 billion.\n\
                   Shares rose 3%.\nApple beats expectations\nPage 1 of 1\n";
        assert_eq!(furniture(one), ["Apple beats expectations", "Page 1 of 1"]);
        let spans = find(one, &crate::text::lines::of(one));
        assert!(spans[0].0 > 0, "{spans:?}");
        // Short pages: "1" and "2" eight lines apart, each under one running line.
        let short = "Council agenda\nItem one.\nItem two.\nItem three.\nItem four.\n\
                     Item five.\nItem six.\nThe Flyer\n1\nItem seven.\nItem eight.\n\
                     Item nine.\nItem ten.\nItem eleven.\nItem twelve.\nThe Flyer\n2\n";
        assert_eq!(furniture(short), ["The Flyer", "1", "The Flyer", "2"]);
        // A last line "1" alone, or a page number opening the text, is none.
        for text in [
            "Kết quả bầu cử\nPhiếu thuận.\n1",
            "- 1 -\nBody line.\nAnother.",
            "Điểm số\nHà Nội thua.\nTỷ số chung cuộc:\n-1",
            " -1",
        ] {
            assert!(furniture(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn running_headers_at_page_breaks_are_furniture() {
        let text = "Báo cáo kinh tế quý I\nBáo cáo kinh tế quý I\nDoanh thu đạt 12 tỷ.\nTăng 5%.\n\u{c}Báo cáo kinh tế quý I\nChi phí giảm 3%.\nLãi 2 tỷ.\n\u{c}";
        // The first line and the line after the break; not the title under it.
        let found = furniture(text);
        assert_eq!(found, ["Báo cáo kinh tế quý I", "Báo cáo kinh tế quý I"]);
        let spans = find(text, &crate::text::lines::of(text));
        assert_eq!(spans[0].0, 0);
        assert!(spans[1].0 > text.find("Tăng").unwrap());
    }

    #[test]
    fn a_header_with_its_page_number_is_one_key() {
        // At page breaks; with no page break nor page number, a repeated
        // numbered line is a list's ("Bước 1", "Bước 2"), not furniture.
        let text = pages(3, &|k| {
            let body = [
                "Revenue rose 5% to $12 million.",
                "Costs fell.",
                "Margins grew.",
            ];
            format!(
                "Annual report 2023 | {k}\n{}\nThe end of {}.\x0c",
                body[k - 1],
                body[3 - k]
            )
        });
        assert_eq!(furniture(&text).len(), 3);
        assert!(furniture(&text.replace('\u{c}', "")).is_empty());
    }
}
