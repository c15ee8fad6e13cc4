//! Any bytes: the first picks the language, the rest is the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use solieu::{Language, Options};

fuzz_target!(|data: &[u8]| {
    let (language, rest) = match data.split_first() {
        Some((&b, rest)) => (
            match b % 3 {
                0 => None,
                1 => Some(Language::Vi),
                _ => Some(Language::En),
            },
            rest,
        ),
        None => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    let options = Options {
        language,
        ..Options::default()
    };
    let analysis = solieu::analyze(&text, &options);
    if let Err(message) = solieu::invariants::check(&text, &analysis) {
        panic!("invariant broken: {message}");
    }
});
