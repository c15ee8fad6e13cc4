//! Features of each line, for the learned line model ([`super::model`]).
//!
//! A line is described by what a reader sees at a glance: how long it is,
//! how it ends, its capitals, digits and marks, whether it reads as prose
//! (function words, a full stop), whether the same line stands elsewhere in
//! the text, where it stands (inside the run of prose or before or after
//! it, how far from the nearest paragraph), what its neighbours look like,
//! and what the rules already said of it (chrome, byline, caption). The
//! rules stay where they are certain; their verdicts are features here.
//!
//! The same function serves the model at run time and its training
//! (`tools/outline_model/`, through `examples/line_features.rs`), so the two
//! never describe a line differently. One pass over the lines and a map of
//! repeated lines: linear in the text.

use super::blocks::{Block, Line};
use super::Role;
use crate::text::substrings::AnyOf;

/// How many features a line has (each named in a comment where
/// [`of_lines`] makes it).
pub const COUNT: usize = 46;

/// A line of at most this many words is short (a menu item, a link).
const SHORT_WORDS: usize = 4;

/// The words a line's shares (capitals, function words, short words) are
/// counted over.
const SHARE_WORDS: usize = 24;
const SHARE_BYTES: usize = 200;

/// What one line says of itself.
#[derive(Clone, Copy, Default)]
struct Own {
    chars: usize,
    log_chars: f32,
    prose: bool,
    short: bool,
    /// Ends cut off ("…", "..."): the teaser of another story.
    truncated: bool,
}

/// A logarithm of `1 + x`, in bits rather than nats and approximate (the
/// exponent of `1 + x` as a float, plus its mantissa as the fraction): what
/// a length or a count is on a scale where doubling adds one. Exact at the
/// powers of two, monotonic, and without the `libm` code a true logarithm
/// would bring into the WebAssembly; the model learns on the same scale.
fn ln1(x: usize) -> f32 {
    let bits = (x as f32 + 1.0).to_bits();
    let exponent = ((bits >> 23) & 0xff) as f32 - 127.0;
    let mantissa = (bits & 0x7f_ffff) as f32 / (1u32 << 23) as f32;
    exponent + mantissa
}

/// The features of the lines, and which lines the model decides.
pub struct Lines {
    /// Each line's features (zero where the model does not decide it).
    pub rows: Vec<[f32; COUNT]>,
    pub decided: Vec<bool>,
    /// Where the main run of prose starts (the longest stretch of the text
    /// that is mostly prose), past the questions and exclamations it may
    /// open with (a headline that asks, "… bắt đầu từ đâu?"): the headline
    /// stands before it, so the lines before it have their features even
    /// where the model does not decide them.
    pub title_end: usize,
}

/// The features of every line: `lines` and `blocks` as [`super::build`]
/// has them, `roles` as the rules left them before the model, `table` the
/// rows of tables ([`super::tables::find`]).
pub fn of_lines(lines: &[Line], blocks: &[Block], roles: &[Role], table: &[bool]) -> Lines {
    let n = lines.len();
    let own: Vec<Own> = lines
        .iter()
        .map(|l| {
            let words = l
                .text
                .split_ascii_whitespace()
                .take(SHORT_WORDS + 1)
                .count();
            let chars = char_count(l.text);
            Own {
                chars,
                log_chars: ln1(chars),
                prose: super::headings::is_prose(l.text),
                short: words <= SHORT_WORDS,
                truncated: l.text.ends_with("...") || l.text.ends_with('…'),
            }
        })
        .collect();
    let repeats = repeat_counts(lines);
    let first_prose = own.iter().position(|o| o.prose);
    let last_prose = own.iter().rposition(|o| o.prose);
    // Lines to the nearest line of prose, before and after.
    let mut distance = vec![usize::MAX; n];
    let mut last = None;
    for k in 0..n {
        if own[k].prose {
            last = Some(k);
        }
        if let Some(p) = last {
            distance[k] = k - p;
        }
    }
    last = None;
    for k in (0..n).rev() {
        if own[k].prose {
            last = Some(k);
        }
        if let Some(p) = last {
            distance[k] = distance[k].min(p - k);
        }
    }
    // The run of short lines each line stands in.
    let short_run = run_lengths(own.iter().map(|o| o.short));
    // Prose lines in each window of seven lines, by a running count.
    let prose_before: Vec<usize> = std::iter::once(0)
        .chain(own.iter().scan(0, |c, o| {
            *c += usize::from(o.prose);
            Some(*c)
        }))
        .collect();
    let (main_start, main_end) = main_run(&own);
    // The run of lines that are no prose and at most fifteen words (a list
    // of links to other stories) each line stands in.
    let teaser_run = run_lengths(
        lines
            .iter()
            .zip(&own)
            .map(|(l, o)| !o.prose && l.text.split_whitespace().take(16).count() <= 15),
    );
    // The lines the model decides: those the rules left as the article's
    // own (a paragraph, the title), but for a table's rows and the prose
    // of the main run (cut-off teasers aside), which are the article's
    // whatever else they show.
    let decided: Vec<bool> = (0..n)
        .map(|k| {
            matches!(roles[k], Role::Paragraph | Role::Title)
                && !table[k]
                && !(own[k].prose && !own[k].truncated && k >= main_start && k <= main_end)
        })
        .collect();
    // Past the questions and exclamations the main run opens with.
    let mut title_end = main_start;
    while title_end < n
        && title_end <= main_end
        && lines[title_end].text.trim_end().ends_with(['?', '!'])
        && lines[title_end].text.split_whitespace().take(25).count() < 25
    {
        title_end += 1;
    }
    let rows = (0..n)
        .map(|k| {
            if !decided[k] && k >= title_end {
                return [0.0; COUNT];
            }
            let l = lines[k];
            let o = own[k];
            let h = head(l);
            let word_count = h.word_n.max(1) as f32;
            let chars = h.chars.max(1);
            let inside = first_prose.is_some_and(|f| k >= f) && last_prose.is_some_and(|l| k <= l);
            let before = first_prose.is_none_or(|f| k < f);
            let dist = distance[k];
            let log_dist = if dist == usize::MAX { 5.0 } else { ln1(dist) };
            let prev = k.checked_sub(1).map(|p| own[p]).unwrap_or_default();
            let next = own.get(k + 1).copied().unwrap_or_default();
            let (w0, w1) = (k.saturating_sub(3), (k + 4).min(n));
            let window = (prose_before[w1] - prose_before[w0]) as f32 / (w1 - w0) as f32;
            let repeats = repeats[k];
            let short = f32::from(u8::from(o.short));
            let b = |x: bool| f32::from(u8::from(x));
            [
                // bias
                1.0,
                // log_chars
                o.log_chars,
                // log_words
                ln1(h.word_n),
                // ends_sentence
                b(matches!(
                    h.last_char,
                    '.' | '!' | '?' | '…' | '”' | '"' | '»'
                )),
                // ends_colon
                b(h.last_char == ':'),
                // ends_alnum
                b(h.last_char.is_alphanumeric()),
                // commas_per_word
                h.commas as f32 / word_count,
                // capitalised_share
                h.capitalised as f32 / word_count,
                // upper_case
                b(h.letters >= 2 && h.uppers == h.letters),
                // digit_share
                h.digits as f32 / chars as f32,
                // separators
                ln1(h.separators),
                // opens_with_mark
                b(!h.first_char.is_alphanumeric()
                    && !matches!(h.first_char, '"' | '“' | '(' | '‘')),
                // address_like
                b(h.address_like),
                // function_word_share
                h.function_words as f32 / word_count,
                // count_in_brackets
                b(h.count_in_brackets),
                // log_repeats
                ln1(repeats - 1),
                // position
                k as f32 / n.max(1) as f32,
                // inside_prose
                b(inside),
                // before_prose
                b(before),
                // log_prose_distance
                log_dist,
                // prose
                b(o.prose),
                // after_blank
                b(blocks[k].after_blank),
                // prev_log_chars
                prev.log_chars,
                // prev_prose
                b(prev.prose),
                // next_log_chars
                next.log_chars,
                // next_prose
                b(next.prose),
                // log_short_run
                ln1(short_run[k]),
                // window_prose_share
                window,
                // rule_chrome
                b(roles[k] == Role::Boilerplate),
                // rule_byline
                b(roles[k] == Role::Byline),
                // rule_caption
                b(roles[k] == Role::Caption),
                // short_outside_prose
                short * b(!inside),
                // short_in_short_run
                short * b(short_run[k] >= 3),
                // repeated_short
                short * b(repeats > 1),
                // first_lines
                b(k < 3),
                // last_lines
                b(k + 3 >= n),
                // inside_main
                b(k >= main_start && k <= main_end),
                // log_lines_before_main
                ln1(main_start.saturating_sub(k)),
                // log_lines_after_main
                ln1(k.saturating_sub(main_end)),
                // short_inside_main
                short * b(k >= main_start && k <= main_end),
                // short_word_share
                h.short_words as f32 / word_count,
                // table_row
                b(table[k]),
                // numbered_item
                b(numbered_item(l.text)),
                // log_teaser_run
                ln1(teaser_run[k]),
                // teaser_run_outside_main
                ln1(teaser_run[k]) * b(k < main_start || k > main_end),
                // truncated
                b(o.truncated),
            ]
        })
        .collect();
    Lines {
        rows,
        decided,
        title_end,
    }
}

/// The article's main run of lines: the stretch where prose outweighs the
/// rest most (the largest sum of a score that a line of prose adds to by its
/// length, and any other line takes from), as body-text extractors find the
/// densest run of text. Its first and last line; (1, 0) where there is none.
fn main_run(own: &[Own]) -> (usize, usize) {
    let (mut best, mut best_at) = (0.0f32, (1, 0));
    let (mut sum, mut start) = (0.0f32, 0);
    for (k, o) in own.iter().enumerate() {
        let chars = o.chars as f32;
        let score = if o.prose && !o.truncated {
            chars
        } else {
            -(20.0f32).max(chars * 0.5)
        };
        if sum <= 0.0 {
            sum = 0.0;
            start = k;
        }
        sum += score;
        if sum > best {
            best = sum;
            best_at = (start, k);
        }
    }
    best_at
}

/// For each item, the length of the run of `true` it stands in (0 where it
/// is `false`).
fn run_lengths(flags: impl Iterator<Item = bool>) -> Vec<usize> {
    let flags: Vec<bool> = flags.collect();
    let mut runs = vec![0; flags.len()];
    let mut k = 0;
    while k < flags.len() {
        let start = k;
        while k < flags.len() && flags[k] {
            k += 1;
        }
        runs[start..k].fill(k - start);
        k = k.max(start + 1);
    }
    runs
}

/// "3) …", "12. …": an item of a numbered list.
fn numbered_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && matches!(text.as_bytes().get(digits), Some(b')' | b'.'))
        && text.as_bytes().get(digits + 1) == Some(&b' ')
}

/// The characters of `s`, counted on its bytes.
fn char_count(s: &str) -> usize {
    s.bytes().filter(|b| b & 0xC0 != 0x80).count()
}

/// How often each line stands in the text (in lower case), itself included:
/// the lines ordered by their text, and equal neighbours counted.
fn repeat_counts(lines: &[Line]) -> Vec<usize> {
    use std::hash::Hasher;
    let key = |l: &Line| {
        let mut h = crate::text::phrases::Fnv::default();
        h.write(l.lower.as_bytes());
        h.finish()
    };
    let order = crate::text::order::stable_order(lines.iter().map(key));
    let mut counts = vec![1; lines.len()];
    let mut k = 0;
    while k < order.len() {
        let mut end = k + 1;
        while end < order.len() && lines[order[end]].lower == lines[order[k]].lower {
            end += 1;
        }
        for &i in &order[k..end] {
            counts[i] = end - k;
        }
        k = end;
    }
    counts
}

/// What a line's head says (see [`of_lines`]), counted apart from the
/// rest so that its loops are one function's.
struct Head {
    commas: usize,
    word_n: usize,
    capitalised: usize,
    short_words: usize,
    function_words: usize,
    separators: usize,
    letters: usize,
    uppers: usize,
    digits: usize,
    chars: usize,
    first_char: char,
    last_char: char,
    address_like: bool,
    count_in_brackets: bool,
}

/// Separators of menu items and breadcrumbs, standing alone.
static SEPARATORS: [&str; 9] = ["|", "»", "›", "•", "·", "/", "-", "–", ">"];

#[inline(never)]
fn head(l: Line) -> Head {
    // What is counted is counted in the line's head (its first
    // bytes and words): a paragraph shows its kind there, and the
    // cost of a line stays bounded. Counted on bytes, with no
    // Unicode tables: a capital is a character the lower-case copy
    // writes otherwise (the copy keeps every offset), a letter any
    // ASCII letter or character past ASCII, a word what ASCII white
    // space separates.
    let mut cut = l.text.len().min(SHARE_BYTES);
    while !l.text.is_char_boundary(cut) {
        cut -= 1;
    }
    let (text, lower) = (&l.text[..cut], &l.lower[..cut]);
    let (tb, lb) = (text.as_bytes(), lower.as_bytes());
    let (mut letters, mut uppers, mut digits, mut chars) = (0usize, 0usize, 0usize, 0usize);
    for (k, &c) in tb.iter().enumerate() {
        if c & 0xC0 == 0x80 {
            continue; // inside a character
        }
        chars += 1;
        letters += usize::from(c.is_ascii_alphabetic() || c >= 0x80);
        uppers += usize::from(c != lb[k]);
        digits += usize::from(c.is_ascii_digit());
    }
    let (mut word_n, mut capitalised, mut short_words) = (0usize, 0usize, 0usize);
    let (mut function_words, mut separators) = (0usize, 0usize);
    for w in text.split_ascii_whitespace().take(SHARE_WORDS) {
        separators += usize::from(w.len() <= 3 && SEPARATORS.contains(&w));
        word_n += 1;
        // The same word in lower case: the same bytes of `lower`.
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        let lw = &lower[at..at + w.len()];
        capitalised += usize::from(tb[at] != lb[at]);
        short_words += usize::from(w.bytes().filter(|b| b & 0xC0 != 0x80).nth(3).is_none());
        function_words += usize::from(crate::figures::lexicon::is_not_noun(
            lw.trim_matches(|c: char| c.is_ascii_punctuation()),
        ));
    }
    let last_char = l.text.chars().last().unwrap_or(' ');
    let first_char = text.chars().next().unwrap_or(' ');
    static ADDRESS: AnyOf = AnyOf::new(&["@", "://", "www.", ".com", ".vn", ".html"]);
    let address_like = ADDRESS.is_in(lower);
    let count_in_brackets = l.text.ends_with(')')
        && l.text
            .rsplit('(')
            .next()
            .is_some_and(|c| c.trim_end_matches(')').chars().all(|c| c.is_ascii_digit()));
    Head {
        commas: text.matches(',').count(),
        word_n,
        capitalised,
        short_words,
        function_words,
        separators,
        letters,
        uppers,
        digits,
        chars,
        first_char,
        last_char,
        address_like,
        count_in_brackets,
    }
}
