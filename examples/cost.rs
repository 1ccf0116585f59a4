//! Parses one adversarial input shape once and prints what it cost, for
//! `scripts/cost.sh`, which runs it under `/usr/bin/time` to read the peak
//! memory: `cargo run --release --example cost -- nested_html 10`.
//! With no arguments it lists the shapes.

use std::time::Instant;

#[path = "../benches/shapes/mod.rs"]
mod shapes;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(name), Some(mb)) = (args.first(), args.get(1).and_then(|m| m.parse::<f64>().ok())) else {
        eprintln!("usage: cost SHAPE MEGABYTES\nshapes:");
        for (name, what) in shapes::SHAPES {
            eprintln!("  {name:14} {what}");
        }
        std::process::exit(2);
    };
    let Some(input) = shapes::build(name, (mb * 1e6) as usize) else {
        eprintln!("cost: no shape named {name:?}");
        std::process::exit(2);
    };
    let start = Instant::now();
    let result = kliping::parse(&input, &kliping::Options::default());
    let elapsed = start.elapsed();
    let (lines, paragraphs) = match &result {
        Ok(a) => (a.lines.len(), a.paragraphs.len()),
        Err(e) => {
            eprintln!("cost: {name}: {e}");
            (0, 0)
        }
    };
    let input_mb = input.len() as f64 / 1e6;
    println!(
        "{name} {input_mb:.2} MB: {:.3} s, {:.3} s/MB, {:.1} MB/s ({lines} lines, {paragraphs} paragraphs)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() / input_mb,
        input_mb / elapsed.as_secs_f64()
    );
}
