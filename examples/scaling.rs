//! Time of `analyze` on a pattern repeated to two sizes, and the ratio:
//! finds the inputs whose cost grows faster than their length.
//!
//!     cargo run --release --example scaling -- "1.038 lượt, " 150000

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let unit = args.next().expect("a pattern").replace("\\n", "\n");
    let size: usize = args
        .next()
        .map_or(100_000, |s| s.parse().expect("a size in bytes"));
    let mut last = None;
    for n in [size, 2 * size] {
        let text = unit.repeat((n / unit.len()).max(1));
        let t = Instant::now();
        let a = solieu::analyze(&text, &solieu::Options::default());
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{:>9} bytes  {:>8.1} ms  {} figures",
            text.len(),
            secs * 1e3,
            a.figures.len()
        );
        if let Some(prev) = last {
            println!("ratio {:.2}", secs / prev);
        }
        last = Some(secs);
    }
}
