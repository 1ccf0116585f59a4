//! Speed of `dates::find` over every line of `../shared/eval-dev/*/raw.txt`, and the
//! cost of its first call (the month and weekday indexes are built then). Run with `cargo bench --bench dates`.
//! It reports; it asserts nothing (speed targets live in reports, not tests).

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let shared = std::env::var_os("KLIPING_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = shared.join("eval-dev");

    let first = Instant::now();
    let warm = kliping::dates::find("Senin, 16 Juni 2025 | 15:20 WIB");
    let first_call = first.elapsed();
    assert!(!warm.is_empty(), "the warm-up line has a date");

    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("SKIPPED: {} is not here; only the first-call time was measured", dir.display());
        println!("dates first call (builds the name indexes): {:.1} ms", first_call.as_secs_f64() * 1e3);
        return;
    };
    let mut text = String::new();
    for entry in entries.flatten() {
        if let Ok(raw) = std::fs::read_to_string(entry.path().join("raw.txt")) {
            text.push_str(&raw);
            text.push('\n');
        }
    }
    let lines: Vec<&str> = text.lines().collect();
    let rounds = 5;
    let mut found = 0usize;
    let start = Instant::now();
    for _ in 0..rounds {
        for line in &lines {
            found += std::hint::black_box(kliping::dates::find(line)).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (text.len() * rounds) as f64 / 1e6;
    println!("dates first call (builds the name indexes): {:.1} ms", first_call.as_secs_f64() * 1e3);
    println!(
        "dates::find over {} lines, {:.1} MB x {rounds}: {:.1} MB/s, {:.0} ns/line, {} finds/round",
        lines.len(),
        text.len() as f64 / 1e6,
        mb / secs,
        secs * 1e9 / (lines.len() * rounds) as f64,
        found / rounds
    );
}
