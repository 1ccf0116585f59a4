//! Parses every page of `../shared/eval-dev` (or the folder given) a few times,
//! for a profiler to watch: `perf record cargo run --release --example
//! profile_corpus`. Prints the rate it reached.

use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval-dev").to_string());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("profile_corpus: cannot read {dir}");
        std::process::exit(2);
    };
    let pages: Vec<String> = entries.filter_map(Result::ok).filter_map(|e| std::fs::read_to_string(e.path().join("raw.txt")).ok()).collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let options = kliping::Options::default();
    let start = Instant::now();
    for _ in 0..3 {
        for page in &pages {
            let _ = std::hint::black_box(kliping::parse(page, &options));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{} pages x3, {:.1} MB/s, {:.2} ms per article", pages.len(), 3.0 * bytes as f64 / 1e6 / secs, secs * 1000.0 / (3 * pages.len()) as f64);
}
