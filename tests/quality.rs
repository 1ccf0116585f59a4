//! The quality gate: parses every page of `../shared/eval-dev`, scores the
//! output with the corpus' own `score.py`, and fails when a score falls below its
//! pinned floor. Raising a floor is a deliberate edit here. Also checks that no
//! Indonesian body keeps a byline, "Baca" link, comment prompt, ad marker or
//! leaked markup line.

mod common;

use serde_json::{Value, json};
use std::path::Path;

/// Floors on the dev corpus (the rates the parser reaches, less a small margin
/// for changes that trade one case for another).
const FLOORS: &[(&str, &[&str], f64)] = &[
    ("body F1, all sources with gold bodies", &["ALL", "body", "f1"], 0.91),
    ("body F1, aeb", &["aeb", "body", "f1"], 0.88),
    ("body F1, fundus", &["fundus", "body", "f1"], 0.91),
    ("body F1, idnews", &["idnews", "body", "f1"], 0.95),
    ("body F1, Indonesian pages", &["lang=id", "body", "f1"], 0.93),
    ("snippet pass rate", &["ALL", "snippets", "pass"], 0.87),
    ("title", &["ALL", "title", "rate"], 0.79),
    ("date", &["ALL", "date", "rate"], 0.82),
    ("author", &["ALL", "author", "rate"], 0.69),
];

/// Starts of lines that must never stay in an Indonesian body.
const NEVER_IN_ID_BODY: &[&str] = &["Baca", "Penulis", "Editor", "KOMENTAR", "ADVERTISEMENT", "<", "&nbsp"];

#[test]
fn dev_corpus_scores_stay_above_their_floors() {
    let Some(shared) = common::shared_dir("eval-dev/score.py") else { return };
    let eval = shared.join("eval-dev");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("quality");
    let pred = out.join("pred");
    let _ = std::fs::remove_dir_all(&pred);
    std::fs::create_dir_all(&pred).expect("create the prediction folder");

    let mut id_leaks = Vec::new();
    let mut cases = 0;
    for entry in std::fs::read_dir(&eval).expect("read eval-dev").filter_map(Result::ok) {
        let dir = entry.path();
        let (Ok(raw), Ok(gold)) = (std::fs::read(dir.join("raw.txt")), std::fs::read_to_string(dir.join("gold.json"))) else {
            continue;
        };
        cases += 1;
        let id = entry.file_name().to_string_lossy().into_owned();
        let article = kliping::parse_bytes(&raw, &kliping::Options { entities: false, ..Default::default() });
        let prediction = match &article {
            Ok(a) => json!({"title": a.title, "authors": a.authors, "published": a.published, "language": a.language, "body": a.body}),
            Err(_) => json!({}),
        };
        std::fs::write(pred.join(format!("{id}.json")), prediction.to_string()).expect("write a prediction");
        let gold: Value = serde_json::from_str(&gold).unwrap_or(Value::Null);
        if gold["language"] == "id" {
            for p in article.iter().flat_map(|a| &a.paragraphs) {
                if NEVER_IN_ID_BODY.iter().any(|bad| p.starts_with(bad)) {
                    id_leaks.push(format!("{id}: {}", p.chars().take(80).collect::<String>()));
                }
            }
        }
    }
    assert!(cases >= 400, "only {cases} cases in {}", eval.display());
    assert!(id_leaks.is_empty(), "boilerplate left in Indonesian bodies:\n{}", id_leaks.join("\n"));

    let scores = out.join("scores.json");
    let run = std::process::Command::new("python3")
        .arg(eval.join("score.py"))
        .args([pred.as_os_str(), eval.as_os_str()])
        .arg("--json")
        .arg(&scores)
        .output()
        .expect("python3 runs score.py");
    let report = String::from_utf8_lossy(&run.stdout);
    eprintln!("{report}");
    assert!(run.status.success(), "score.py failed: {}", String::from_utf8_lossy(&run.stderr));
    let results: Value = serde_json::from_str(&std::fs::read_to_string(&scores).expect("scores written")).expect("scores are JSON");
    let mut below = Vec::new();
    for (what, path, floor) in FLOORS {
        let value = path.iter().fold(&results, |v, k| &v[*k]).as_f64().unwrap_or(0.0);
        if value < *floor {
            below.push(format!("{what}: {value:.3} < {floor}"));
        }
    }
    assert!(below.is_empty(), "below the pinned floors:\n{}", below.join("\n"));
}
