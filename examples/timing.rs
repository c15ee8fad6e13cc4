//! Times `analyze` on each file given: the median of repeated runs, natively.
//!
//!     cargo run --release --example timing -- ../shared/corpus/*.txt

use std::time::Instant;

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let options = solieu::Options::default();
        let mut times: Vec<f64> = (0..50)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(solieu::analyze(&text, &options));
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!(
            "{:>8.3} ms  {:>7} bytes  {:>6.1} MB/s  {}",
            median,
            text.len(),
            text.len() as f64 / 1e6 / (median / 1e3),
            path
        );
    }
}
