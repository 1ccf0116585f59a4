//! Parses every page of `../shared/eval-dev` (or the folder given) a few times,
//! for a profiler to watch: `perf record cargo run --release --example
//! profile_corpus`. Prints the rate it reached.

use std::time::Instant;

/// The command-line tool's allocator, so the rate is the tool's.
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval-dev").to_string());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("profile_corpus: cannot read {dir}");
        std::process::exit(2);
    };
    let pages: Vec<String> = entries.filter_map(Result::ok).filter_map(|e| std::fs::read_to_string(e.path().join("raw.txt")).ok()).collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    // KLIPING_NO_ENTITIES=1 measures the parser without the entity stage.
    let options = kliping::Options { entities: std::env::var_os("KLIPING_NO_ENTITIES").is_none(), ..kliping::Options::default() };
    // KLIPING_PASSES=1 parses each page once (for callgrind, which is slow).
    let passes: usize = std::env::var("KLIPING_PASSES").ok().and_then(|p| p.parse().ok()).unwrap_or(3);
    // One pass first, untimed: the rate is the steady one of a batch, without
    // compiling the patterns and filling their caches, which a process does once.
    for page in &pages {
        let _ = std::hint::black_box(kliping::parse(page, &options));
    }
    let start = Instant::now();
    for _ in 0..passes {
        for page in &pages {
            let _ = std::hint::black_box(kliping::parse(page, &options));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{} pages x{passes}, {:.1} MB/s, {:.2} ms per article", pages.len(), (passes * bytes) as f64 / 1e6 / secs, secs * 1000.0 / (passes * pages.len()) as f64);
}
