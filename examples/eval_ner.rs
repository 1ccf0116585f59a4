//! Evaluates the tagger on the dev parts of `../shared/ner` and measures it:
//!
//! ```text
//! cargo run --release --example eval_ner                  # the committed model
//! cargo run --release --example eval_ner -- --rules-only  # lists and rules, no model
//! cargo run --release --example eval_ner -- --crf-only    # the model's tags alone
//! cargo run --release --example eval_ner -- --errors      # list missed and wrong spans
//! cargo run --release --example eval_ner -- --model other.model
//! cargo run --release --example eval_ner -- --holdout     # on the fifth of train held out by NER_HOLDOUT=1
//! ```
//!
//! Prints entity-level precision, recall and F1 per kind (exact span and kind,
//! PER/ORG/LOC; the tagger's other kinds count as O) for each corpus and for
//! both together, the tagging speed in tokens a second (one core, the same
//! `kliping::entities::tag_sentence` that `kliping tag` calls), and the model's
//! size raw and gzipped. This is the benchmark: no test times anything.

#[path = "ner_common/mod.rs"]
mod ner_common;

use kliping::entities::ner::NerModel;
use kliping::entities::tag_sentence;
use ner_common::{Counts, spans};
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rules_only = args.iter().any(|a| a == "--rules-only");
    // The CRF's own tags, without the rules and lists: shows what the rules add.
    let crf_only = args.iter().any(|a| a == "--crf-only");
    // Print every missed and every wrong span, for error analysis.
    let show_errors = args.iter().any(|a| a == "--errors");
    // Score on the training sentences a `NER_HOLDOUT=1` model did not see, for tuning.
    let holdout = args.iter().any(|a| a == "--holdout");
    let path = args
        .iter()
        .position(|a| a == "--model")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/ner.model"));
    let model = if rules_only {
        None
    } else {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("eval_ner: cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = gz.write_all(&bytes);
        let gz_len = gz.finish().map(|v| v.len()).unwrap_or(0);
        println!("model {}: {} bytes raw, {} bytes gzip -9", path.display(), bytes.len(), gz_len);
        match NerModel::from_bytes(bytes) {
            Ok(m) => {
                let [names, words, cities, english, seen] = m.lists().sizes();
                println!("its lists: {names} names, {words} words, {cities} cities, {english} English words, {seen} names from training");
                Some(m)
            }
            Err(e) => {
                eprintln!("eval_ner: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    let shared = ner_common::shared_dir();
    let mut all: BTreeMap<String, Counts> = BTreeMap::new();
    let mut tokens = 0usize;
    let mut seconds = 0.0f64;
    let mut cpu = 0.0f64;
    let part = if holdout { "held-out train" } else { "dev" };
    for (name, train, dev) in ner_common::corpora(&shared) {
        let read = if holdout {
            ner_common::read_conll(&train).map(|s| s.into_iter().enumerate().filter(|(i, _)| ner_common::is_held_out(*i)).map(|(_, s)| s).collect())
        } else {
            ner_common::read_conll(&dev)
        };
        let sentences: Vec<ner_common::Sentence> = match read {
            Ok(s) => s,
            Err(e) => {
                eprintln!("eval_ner: {e}");
                return ExitCode::FAILURE;
            }
        };
        let mut per: BTreeMap<String, Counts> = BTreeMap::new();
        let started = std::time::Instant::now();
        let cpu_started = cpu_seconds();
        let predicted: Vec<Vec<String>> = sentences
            .iter()
            .map(|s| {
                let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
                match (crf_only, model.as_ref().map(|m| m.tagger())) {
                    (true, Some(t)) => t.tag(&toks).iter().map(ToString::to_string).collect(),
                    _ => tag_sentence(&toks, model.as_ref()),
                }
            })
            .collect();
        seconds += started.elapsed().as_secs_f64();
        cpu += cpu_seconds().zip(cpu_started).map_or(0.0, |(b, a)| b - a);
        for (s, pred) in sentences.iter().zip(&predicted) {
            tokens += s.tokens.len();
            let gold = spans(&s.tags);
            let got = spans(pred);
            if show_errors {
                let text = |x: &(usize, usize, String)| format!("{}:{}", x.2, s.tokens[x.0..x.1].join(" "));
                for g in gold.iter().filter(|g| !got.contains(g)) {
                    println!("MISS {}", text(g));
                }
                for g in got.iter().filter(|g| !gold.contains(g)) {
                    println!("FALSE {}", text(g));
                }
            }
            for kind in ["PER", "ORG", "LOC"] {
                let g: Vec<_> = gold.iter().filter(|x| x.2 == kind).collect();
                let p: Vec<_> = got.iter().filter(|x| x.2 == kind).collect();
                let tp = p.iter().filter(|x| g.contains(x)).count();
                let c = Counts { tp, fp: p.len() - tp, fn_: g.len() - tp };
                per.entry(kind.to_string()).or_default().add(c);
            }
        }
        println!("\n{name} {part} ({} sentences)", sentences.len());
        let mut micro = Counts::default();
        for (k, c) in &per {
            println!("  {}", c.line(k));
            micro.add(*c);
            all.entry(k.clone()).or_default().add(*c);
        }
        println!("  {}", micro.line("micro"));
    }
    println!("\nboth {part} sets");
    let mut micro = Counts::default();
    for (k, c) in &all {
        println!("  {}", c.line(k));
        micro.add(*c);
    }
    println!("  {}", micro.line("micro"));
    println!("\nspeed: {tokens} tokens in {seconds:.3} s = {:.0} tokens/s (one core, wall clock)", tokens as f64 / seconds.max(1e-9));
    if cpu > 0.0 {
        // On a shared machine the wall clock counts other processes' time too.
        println!("       {tokens} tokens in {cpu:.3} s of CPU time = {:.0} tokens/s", tokens as f64 / cpu);
    }
    ExitCode::SUCCESS
}

/// CPU time this process has spent on a core, where Linux tells it (`/proc/self/schedstat`).
fn cpu_seconds() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
