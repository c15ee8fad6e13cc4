//! Times each stage of `analyze` on each file given (median of 15 runs),
//! natively: where the time of an analysis goes. The set-up below is the
//! first lines of `analysis::analyze`, stage by stage; keep the two in step.
//!
//!     cargo run --release --example stages -- /tmp/1mb.txt

use solieu::figures::{self, Context};
use solieu::text::{lines::Layout, normal::Normal, sentences, tokens::Tokens, utf16::Utf16Map};
use std::hint::black_box;
use std::time::Instant;

fn median(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..15)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    for path in std::env::args().skip(1) {
        let source = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let normal = Normal::new(&source);
        let text: &str = &normal.text;
        let lang = solieu::lang::detect(text);
        let layout = Layout::of(text);
        let tokens = Tokens::reflowed(text, &layout.reflow);
        let sents = sentences::split_reflowed(text, &layout.reflow);
        let cx = Context::new(&tokens, lang, &sents).on_page(&layout.furniture, &layout.reflow);
        let found = figures::find(&cx);
        let rows = [
            ("normal", median(|| drop(black_box(Normal::new(&source))))),
            (
                "language",
                median(|| {
                    black_box(solieu::lang::detect(text));
                }),
            ),
            ("layout", median(|| drop(black_box(Layout::of(text))))),
            (
                "tokens",
                median(|| drop(black_box(Tokens::reflowed(text, &layout.reflow)))),
            ),
            (
                "sentences",
                median(|| drop(black_box(sentences::split_reflowed(text, &layout.reflow)))),
            ),
            ("figures", median(|| drop(black_box(figures::find(&cx))))),
            (
                "outline",
                median(|| {
                    drop(black_box(solieu::outline::build(
                        text,
                        tokens.lower_text(),
                        &[],
                        &layout,
                    )))
                }),
            ),
            (
                "checks",
                median(|| drop(black_box(solieu::checks::find(&cx, &found, None, &[], &[])))),
            ),
            ("utf16", median(|| drop(black_box(Utf16Map::new(&source))))),
            (
                "analyze",
                median(|| drop(black_box(solieu::analyze(&source, &Default::default())))),
            ),
        ];
        println!("{path} ({} bytes)", source.len());
        for (name, ms) in rows {
            println!("  {name:<10} {ms:>8.2} ms");
        }
    }
}
