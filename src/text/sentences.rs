//! Sentence bounds, for the `sentence` of each figure and for the context rules
//! (a date's year, a change's verb) that must not reach across a sentence.

use super::tokens::{is_line_break, may_open_line_break};
use super::wraps;
use crate::text::Lower;

/// Words after which a full stop does not end a sentence ("TP. Vị Thanh",
/// "Oct. 6", "Apple Inc. reported").
pub(crate) static ABBREVIATIONS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.abbreviations);

/// Splits `text` into sentences; returns byte ranges without the surrounding
/// white space. Every line break ends a sentence but one that only wraps it
/// (`text::wraps`).
pub fn split(text: &str) -> Vec<(usize, usize)> {
    split_reflowed(text, &super::reflow::Reflow::none())
}

/// [`split`], a soft break of wrapped text (`text::reflow`) a space too.
pub fn split_reflowed(text: &str, reflow: &super::reflow::Reflow) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Inside a sentence only line breaks and sentence marks matter; "…"
        // opens with 0xE2 like LS and PS, so every other byte is stepped
        // over without decoding.
        if start.is_some()
            && !(may_open_line_break(bytes[i]) || matches!(bytes[i], b'.' | b'!' | b'?'))
        {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let next = i + c.len_utf8();
        if is_line_break(c) {
            if let Some(s) = start {
                // A break that only wraps the sentence is a space in it.
                let from = trim_end(text, s, i);
                let to = text.len() - text[i..].trim_start().len();
                if reflow.is_soft(from, to) || wraps::is_wrap(text, from, to) {
                    i = to;
                    continue;
                }
                start = None;
                out.push((s, from));
            }
            i = next;
            continue;
        }
        if start.is_none() {
            if c.is_whitespace() {
                i = next;
                continue;
            }
            start = Some(i);
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            i = next;
            continue;
        }
        // The mark and the closing marks after it: "?!", ".”", ".)".
        let mark = i;
        let mut end = next;
        while let Some(d) = text[end..].chars().next() {
            if !matches!(d, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '»') {
                break;
            }
            end += d.len_utf8();
        }
        i = end;
        if !text[end..].starts_with([' ', '\t']) {
            continue;
        }
        let after = text[end..].trim_start_matches([' ', '\t']);
        let opens = after.chars().next().is_some_and(|d| {
            d.is_uppercase() || d.is_ascii_digit() || matches!(d, '"' | '“' | '‘' | '(' | '–' | '-')
        });
        if !opens || (c == '.' && is_abbreviation(text, mark)) {
            continue;
        }
        let s = start.take().unwrap_or(mark);
        out.push((s, end));
    }
    if let Some(s) = start {
        out.push((s, trim_end(text, s, bytes.len())));
    }
    out
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// True when the word before the full stop at `dot` is an abbreviation or an
/// initial.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // Digits or stops glued in front are not part of an abbreviation
    // ("6Aug.", ".Feb."); "25B." is a road's number, not an initial.
    let word = word.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let lower = word.lower();
    ABBREVIATIONS.contains(lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn splits() {
        assert_eq!(
            texts("Nhân dân TP. Vị Thanh. Tỉnh đã làm. \nDòng hai"),
            ["Nhân dân TP. Vị Thanh.", "Tỉnh đã làm.", "Dòng hai"]
        );
        assert_eq!(
            texts("It began Oct. 6, 2020. Apple Inc. reported 3.5 million."),
            ["It began Oct. 6, 2020.", "Apple Inc. reported 3.5 million."]
        );
        assert_eq!(texts("“Quote.” Next one"), ["“Quote.”", "Next one"]);
        assert!(split("").is_empty());
    }
}
