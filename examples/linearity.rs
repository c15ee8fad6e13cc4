//! Times `analyze` on each pattern of `tests/common/patterns.rs` at 150 kB and
//! 300 kB (best of three each) and writes the worst ratio to
//! `target/bench/linearity.json` for `make bench`'s summary. The test suite
//! proves the same linearity by counting work (`tests/extremes.rs`); this is
//! the wall-clock view of it, which only a benchmark may take.
//!
//!     cargo run --release --example linearity

#[path = "../tests/common/patterns.rs"]
mod patterns;

use std::time::Instant;

fn best_of_three(text: &str) -> f64 {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(solieu::analyze(text, &solieu::Options::default()));
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let mut worst = (0.0f64, "");
    for (name, unit) in patterns::PATTERNS {
        let small = unit.repeat(150_000 / unit.len());
        let large = unit.repeat(300_000 / unit.len());
        let ratio = best_of_three(&large) / best_of_three(&small).max(1e-6);
        println!("{name:<36} 2× input: {ratio:.2}× the time");
        if ratio > worst.0 {
            worst = (ratio, name);
        }
    }
    std::fs::create_dir_all("target/bench").expect("target/bench");
    let json = format!(
        "{{\"worstRatio\": {:.3}, \"worstPattern\": {:?}, \"patterns\": {}}}\n",
        worst.0,
        worst.1,
        patterns::PATTERNS.len()
    );
    std::fs::write("target/bench/linearity.json", json).expect("write");
}
