//! Parser speed: the seed, every page of `../shared/eval-dev` (skipped with a
//! note when it is missing), and adversarial shapes at 1 MB (and 10 MB when
//! `KLIPING_BENCH_10MB` is set). Criterion reports time and MB/s for each; a
//! summary printed first gives the eval-dev per-article times and the slowest
//! pages. Run with `cargo bench`; `cargo bench -- shapes` for one group.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kliping::Options;

/// The command-line tool's allocator, so the figures are the tool's.
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(dead_code)]
mod shapes;

const MB: usize = 1_000_000;

/// The raw texts of `../shared/eval-dev` (or `$KLIPING_SHARED/eval-dev`), by case id.
fn eval_dev() -> Option<Vec<(String, String)>> {
    let shared = std::env::var_os("KLIPING_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = shared.join("eval-dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIPPED: {} is not here; the eval-dev benchmark needs the shared data folder", dir.display());
        return None;
    };
    let mut pages: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path().join("raw.txt")).ok()?;
            Some((e.file_name().to_string_lossy().into_owned(), text))
        })
        .collect();
    pages.sort();
    Some(pages)
}

/// Prints per-article times over eval-dev, measured directly: criterion's
/// figure is for the whole corpus, this one shows the spread and the worst pages.
fn summary(pages: &[(String, String)]) {
    let options = Options::default();
    let mut times: Vec<(Duration, usize, &str)> = pages
        .iter()
        .map(|(id, text)| {
            let start = Instant::now();
            let _ = black_box(kliping::parse(black_box(text), &options));
            (start.elapsed(), text.len(), id.as_str())
        })
        .collect();
    let total: Duration = times.iter().map(|t| t.0).sum();
    let bytes: usize = times.iter().map(|t| t.1).sum();
    times.sort();
    let pct = |p: usize| times[(times.len() - 1) * p / 100].0;
    eprintln!(
        "eval-dev: {} pages, {:.1} MB in {:.2?}: {:.1} MB/s; per article mean {:.2?}, p50 {:.2?}, p90 {:.2?}, max {:.2?}",
        times.len(),
        bytes as f64 / MB as f64,
        total,
        bytes as f64 / MB as f64 / total.as_secs_f64(),
        total / times.len() as u32,
        pct(50),
        pct(90),
        pct(100),
    );
    for (time, len, id) in times.iter().rev().take(5) {
        eprintln!("  slowest: {id} {:.2?} for {} KB ({:.1} MB/s)", time, len / 1000, *len as f64 / MB as f64 / time.as_secs_f64());
    }
}

fn bench_articles(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("articles");
    group.throughput(Throughput::Bytes(shapes::SEED.len() as u64));
    group.bench_function("seed", |b| b.iter(|| kliping::parse(black_box(shapes::SEED), &options)));
    if let Some(pages) = eval_dev() {
        summary(&pages);
        let bytes: usize = pages.iter().map(|p| p.1.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function(format!("eval-dev ({} pages, time for all)", pages.len()), |b| {
            b.iter(|| {
                for (_, text) in &pages {
                    let _ = black_box(kliping::parse(black_box(text), &options));
                }
            })
        });
    }
    group.finish();
}

fn bench_shapes(c: &mut Criterion) {
    let options = Options::default();
    let mut sizes = vec![MB];
    if std::env::var_os("KLIPING_BENCH_10MB").is_some() {
        sizes.push(10 * MB);
    }
    let mut group = c.benchmark_group("shapes");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    for &size in &sizes {
        for (name, _) in shapes::SHAPES {
            let Some(input) = shapes::build(name, size) else { continue };
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_function(format!("{name}/{}MB", size / MB), |b| b.iter(|| kliping::parse(black_box(&input), &options)));
        }
    }
    group.finish();
}

criterion_group!(benches, bench_articles, bench_shapes);
criterion_main!(benches);
