//! Native benchmarks of `analyze`: each article of the corpora, and synthetic
//! inputs of 10 KB, 100 KB, 1 MB and 10 MB made of real articles in both
//! languages, each reported as throughput.
//!
//!     cargo bench --bench analyze            # all
//!     cargo bench --bench analyze -- size/   # the size series only

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn articles() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared =
        std::env::var_os("CORPUS").map_or_else(|| root.join("../shared/corpus"), Into::into);
    let mut out = Vec::new();
    for dir in [root.join("tests/corpus"), shared] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_stem().unwrap().to_string_lossy().to_string();
            out.push((name, std::fs::read_to_string(&f).unwrap()));
        }
    }
    out
}

/// Real articles, Vietnamese and English in turn, concatenated to `size` bytes.
pub fn synthetic(articles: &[(String, String)], size: usize) -> String {
    let mut out = String::with_capacity(size + 16_384);
    'fill: loop {
        for (_, text) in articles {
            if out.len() >= size {
                break 'fill;
            }
            out.push_str(text);
            out.push_str("\n\n");
        }
    }
    let cut = (0..=size.min(out.len()))
        .rev()
        .find(|&i| out.is_char_boundary(i))
        .unwrap_or(0);
    out.truncate(cut);
    out
}

fn bench(c: &mut Criterion) {
    let articles = articles();
    let options = solieu::Options::default();
    let mut group = c.benchmark_group("article");
    for (name, text) in &articles {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| solieu::analyze(text, &options))
        });
    }
    group.finish();
    let mut group = c.benchmark_group("size");
    for (label, size) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = synthetic(&articles, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 1_000_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| solieu::analyze(text, &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
