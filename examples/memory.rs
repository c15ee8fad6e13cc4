//! Peak heap of `analyze` on each file given, natively, with a counting
//! allocator: the high-water mark of live bytes during one analysis, the
//! input itself not counted.
//!
//!     cargo run --release --example memory -- /tmp/1mb.txt

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let live = LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(live, Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let before = LIVE.load(Relaxed);
        PEAK.store(before, Relaxed);
        let analysis = solieu::analyze(&text, &solieu::Options::default());
        let peak = PEAK.load(Relaxed) - before;
        let kept = LIVE.load(Relaxed) - before;
        drop(analysis);
        println!(
            "{:>8.1} MB peak ({:>4.1}× input)  {:>8.1} MB result  {:>9} bytes  {}",
            peak as f64 / 1e6,
            peak as f64 / text.len() as f64,
            kept as f64 / 1e6,
            text.len(),
            path
        );
    }
}
