//! Text plus block hints from the page: the hints may be anything (out of
//! range, inverted, overlapping, inside a surrogate pair), and the core must
//! tolerate them.
//!
//! Input layout: byte 0 picks the language, byte 1 the number of hints
//! (mod 17); then 5 bytes a hint (start: u16 LE, end: u16 LE, kind); the rest
//! is the text. An input too short for its hints is all text, no hints.
#![no_main]

use libfuzzer_sys::fuzz_target;
use solieu::{BlockHint, BlockKind, Language, Options};

fn language(b: u8) -> Option<Language> {
    match b % 3 {
        0 => None,
        1 => Some(Language::Vi),
        _ => Some(Language::En),
    }
}

fn kind(b: u8) -> BlockKind {
    match b % 10 {
        // 0 and 7 are outside h1–h6 on purpose.
        0..=5 => BlockKind::Heading(b % 8),
        6 => BlockKind::Paragraph,
        7 => BlockKind::ListItem,
        8 => BlockKind::Caption,
        _ => BlockKind::Quote,
    }
}

/// Mostly the offset as written, else in or just past the text, sometimes
/// near `usize::MAX`.
fn offset(raw: u16, units: usize) -> usize {
    match raw >> 14 {
        0 => usize::from(raw),
        3 if raw & 1 == 1 => usize::MAX - usize::from(raw & 0xff),
        _ => usize::from(raw) % (units + 2),
    }
}

fn split(data: &[u8]) -> (Options, String) {
    let (language, count) = match data {
        [l, c, ..] => (language(*l), usize::from(*c % 17)),
        [l] => (language(*l), 0),
        [] => (None, 0),
    };
    let header = (2 + 5 * count).min(data.len());
    let (head, text) = data.split_at(header);
    if head.len() < 2 + 5 * count {
        let text = String::from_utf8_lossy(data.get(2..).unwrap_or_default());
        let options = Options {
            language,
            ..Options::default()
        };
        return (options, text.into_owned());
    }
    let text = String::from_utf8_lossy(text).into_owned();
    let units = text.encode_utf16().count();
    let blocks = head[2..]
        .chunks_exact(5)
        .map(|h| BlockHint {
            start: offset(u16::from_le_bytes([h[0], h[1]]), units),
            end: offset(u16::from_le_bytes([h[2], h[3]]), units),
            kind: kind(h[4]),
        })
        .collect();
    (Options { language, blocks }, text)
}

fuzz_target!(|data: &[u8]| {
    let (options, text) = split(data);
    let analysis = solieu::analyze(&text, &options);
    if let Err(message) = solieu::invariants::check(&text, &analysis) {
        panic!("invariant broken: {message} (hints {:?})", options.blocks);
    }
});
