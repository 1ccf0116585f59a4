//! Golden fixtures: every folder under `tests/fixtures/` holds `input.txt` (or
//! `input.html`), `expected.json` and `checks.json`. Folders are found by walking
//! the directory, so adding a case needs no edit here.
//!
//! Two tests read them:
//! - `every_fixture_parses_to_its_expected_json`: the full article JSON is a
//!   snapshot. Run with `KLIPING_BLESS=1` to rewrite the expected files, then
//!   review the change as a diff.
//! - `every_fixture_meets_its_checks`: `checks.json` says, by hand, what a careful
//!   reader says the parse must give (title, dates, people, paragraph count,
//!   text that must stay out of the body...). It is the truth the snapshot is
//!   judged by. A check the parser still gets wrong is listed under
//!   `known_failures` with the reason; it is printed, not failed. A listed check
//!   that now passes fails the test, so the list only ever shrinks.
//!
//! `checks.json` fields (all compared after whitespace normalisation: NBSP to
//! space, runs of spaces collapsed, trimmed):
//! - `title`, `lead`, `section`, `published`, `modified`, `retrieved`,
//!   `dateline`, `agency`, `language`: a string or `null`, or a list of accepted
//!   values when the page honestly allows more than one reading;
//! - `authors`, `editors`: the exact list of names, in page order, compared
//!   without regard to case (bylines are often set in capitals);
//! - `paragraphs`: the number of body paragraphs;
//! - `first_paragraph_starts`, `last_paragraph_starts`: how those paragraphs begin
//!   (the first one without its dateline);
//! - `related_must_include`, `tags_must_include`: entries that must be among the
//!   article's related titles or tags; `related_must_not_include`: entries that
//!   must not (a block's heading taken for a title);
//! - `image_credits_must_include`: text that some image credit must contain;
//!   `image_captions_must_not_include`: text no caption may contain (buttons,
//!   datelines or dates taken for captions);
//! - `must_not_appear_in_body`: text that must not occur in the body;
//! - `known_failures`: check name → why it fails today (see the check names
//!   printed by the test: a field name, or `list_field: entry`).
//!
//! Fields starting with `_` are notes for people. Any other field is an error,
//! so a misspelt check cannot pass silently.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// The fewest fixtures the suite accepts: a guard against a walker that finds nothing.
const MIN_FIXTURES: usize = 14;

/// Checks a `checks.json` must have.
const REQUIRED: [&str; 9] = [
    "title",
    "published",
    "authors",
    "editors",
    "language",
    "paragraphs",
    "first_paragraph_starts",
    "last_paragraph_starts",
    "must_not_appear_in_body",
];

/// Metadata fields compared as one value (or one of a list of accepted values).
const SCALARS: [&str; 9] =
    ["title", "lead", "section", "published", "modified", "retrieved", "dateline", "agency", "language"];

/// Name lists compared as a whole, in order, without regard to case.
const NAME_LISTS: [&str; 2] = ["authors", "editors"];

/// Every other field a `checks.json` may hold.
const OTHERS: [&str; 10] = [
    "paragraphs",
    "first_paragraph_starts",
    "last_paragraph_starts",
    "related_must_include",
    "related_must_not_include",
    "tags_must_include",
    "image_credits_must_include",
    "image_captions_must_not_include",
    "must_not_appear_in_body",
    "known_failures",
];

fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= MIN_FIXTURES, "expected at least {MIN_FIXTURES} fixtures, found {}", dirs.len());
    dirs
}

fn name_of(dir: &Path) -> String {
    dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Parses a fixture's input the way `kliping parse FILE` does: bytes decoded, then parsed.
fn parse_fixture(dir: &Path) -> kliping::Article {
    let inputs: Vec<PathBuf> =
        ["input.txt", "input.html"].iter().map(|n| dir.join(n)).filter(|p| p.is_file()).collect();
    assert!(inputs.len() == 1, "{} needs exactly one of input.txt and input.html", dir.display());
    let bytes = std::fs::read(&inputs[0]).expect("read the fixture input");
    kliping::parse_bytes(&bytes, &kliping::Options::default())
        .unwrap_or_else(|e| panic!("{} does not parse: {e}", dir.display()))
}

#[test]
fn every_fixture_parses_to_its_expected_json() {
    let bless = std::env::var_os("KLIPING_BLESS").is_some();
    let mut failures = Vec::new();
    for dir in &fixture_dirs() {
        let got = kliping::to_json(&parse_fixture(dir), true);
        let path = dir.join("expected.json");
        if bless {
            std::fs::write(&path, &got).expect("write expected.json");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!("{}: {}", name_of(dir), first_difference(&want, &got))),
            Err(_) => failures.push(format!("{}: no expected.json (run with KLIPING_BLESS=1)", name_of(dir))),
        }
    }
    assert!(failures.is_empty(), "fixtures differ (KLIPING_BLESS=1 rewrites them):\n{}", failures.join("\n"));
}

fn first_difference(want: &str, got: &str) -> String {
    for (n, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}: expected {w:?}, got {g:?}", n + 1);
        }
    }
    format!("expected {} lines, got {}", want.lines().count(), got.lines().count())
}

#[test]
fn every_fixture_meets_its_checks() {
    let mut report = String::new();
    let mut failed = 0;
    let mut known = 0;
    for dir in &fixture_dirs() {
        let name = name_of(dir);
        let text = std::fs::read_to_string(dir.join("checks.json"))
            .unwrap_or_else(|_| panic!("{name} has no checks.json: write what the parse must give"));
        let checks: Map<String, Value> = match serde_json::from_str(&text) {
            Ok(Value::Object(map)) => map,
            _ => panic!("{name}/checks.json is not a JSON object"),
        };
        let article = serde_json::to_value(parse_fixture(dir)).expect("the article serialises");
        let outcome = run_checks(&checks, &article);
        for (check, message) in &outcome.failures {
            match outcome.known.get(check) {
                Some(reason) => {
                    known += 1;
                    let _ =
                        writeln!(report, "known failure  {name} [{check}]: {message}\n               why: {reason}");
                }
                None => {
                    failed += 1;
                    let _ = writeln!(report, "FAILED         {name} [{check}]: {message}");
                }
            }
        }
        for check in outcome.known.keys().filter(|k| !outcome.failures.iter().any(|(c, _)| c == *k)) {
            failed += 1;
            let what = if outcome.names.contains(check) {
                "now passes: remove it from known_failures"
            } else {
                "is not a check of this fixture"
            };
            let _ = writeln!(report, "FAILED         {name} [{check}]: listed in known_failures but {what}");
        }
        for problem in &outcome.malformed {
            failed += 1;
            let _ = writeln!(report, "FAILED         {name}: checks.json {problem}");
        }
    }
    println!("{report}{known} known failure(s), {failed} failure(s)");
    assert!(failed == 0, "fixture checks failed:\n{report}");
}

/// What one fixture's checks found.
#[derive(Default)]
struct Outcome {
    /// Every check run, by name.
    names: Vec<String>,
    /// Failed checks: name and what was wrong.
    failures: Vec<(String, String)>,
    /// `known_failures` from the file: check name → reason.
    known: Map<String, Value>,
    /// Problems with the file itself.
    malformed: Vec<String>,
}

impl Outcome {
    fn check(&mut self, name: String, problem: Option<String>) {
        if let Some(problem) = problem {
            self.failures.push((name.clone(), problem));
        }
        self.names.push(name);
    }
}

fn run_checks(checks: &Map<String, Value>, article: &Value) -> Outcome {
    let mut out = Outcome::default();
    for field in REQUIRED.iter().filter(|f| !checks.contains_key(**f)) {
        out.malformed.push(format!("lacks the required field {field:?}"));
    }
    for (field, want) in checks {
        let field = field.as_str();
        if field.starts_with('_') {
            continue;
        }
        if SCALARS.contains(&field) {
            out.check(field.to_string(), scalar_problem(want, &article[field]));
        } else if NAME_LISTS.contains(&field) {
            out.check(field.to_string(), names_problem(want, &article[field]));
        } else if !OTHERS.contains(&field) {
            out.malformed.push(format!("has an unknown field {field:?}"));
        }
    }
    let paragraphs = texts(&article["paragraphs"], None);
    if let Some(want) = checks.get("paragraphs") {
        let problem = (want.as_u64() != Some(paragraphs.len() as u64))
            .then(|| format!("expected {want} paragraphs, got {}", paragraphs.len()));
        out.check("paragraphs".into(), problem);
    }
    for (field, paragraph) in
        [("first_paragraph_starts", paragraphs.first()), ("last_paragraph_starts", paragraphs.last())]
    {
        if let Some(want) = checks.get(field).and_then(Value::as_str) {
            let problem = match paragraph {
                Some(p) if p.starts_with(&ws(want)) => None,
                Some(p) => Some(format!("expected it to start with {want:?}, got {:?}", opening(p))),
                None => Some("there is no paragraph".to_string()),
            };
            out.check(field.into(), problem);
        }
    }
    for (field, list) in [("related_must_include", "related"), ("tags_must_include", "tags")] {
        let have = texts(&article[list], None);
        for want in strings(checks.get(field)) {
            let problem = (!have.contains(&ws(want))).then(|| format!("not among {have:?}"));
            out.check(format!("{field}: {want}"), problem);
        }
    }
    let related: Vec<String> = texts(&article["related"], None);
    for unwanted in strings(checks.get("related_must_not_include")) {
        let problem = related.contains(&ws(unwanted)).then(|| format!("it is among {related:?}"));
        out.check(format!("related_must_not_include: {unwanted}"), problem);
    }
    let credits = texts(&article["images"], Some("credit"));
    for want in strings(checks.get("image_credits_must_include")) {
        let problem = (!credits.iter().any(|c| c.contains(&ws(want))))
            .then(|| format!("no credit contains it; credits: {credits:?}"));
        out.check(format!("image_credits_must_include: {want}"), problem);
    }
    let captions = texts(&article["images"], Some("caption"));
    for unwanted in strings(checks.get("image_captions_must_not_include")) {
        let problem = captions.iter().any(|c| c.contains(&ws(unwanted))).then(|| format!("captions: {captions:?}"));
        out.check(format!("image_captions_must_not_include: {unwanted}"), problem);
    }
    let body = article["body"].as_str().unwrap_or_default();
    let body_ws = ws(body);
    for needle in strings(checks.get("must_not_appear_in_body")) {
        // Invisible or whitespace-only needles (zero-width spaces, "\r") are looked
        // for in the raw body, since normalising them would make them vanish.
        let found = body.contains(needle) || (!ws(needle).is_empty() && body_ws.contains(&ws(needle)));
        let problem = found.then(|| format!("the body contains it: {:?}", context(&body_ws, &ws(needle))));
        out.check(format!("must_not_appear_in_body: {}", needle.escape_default()), problem);
    }
    match checks.get("known_failures") {
        None => {}
        Some(Value::Object(known)) => out.known = known.clone(),
        Some(_) => out.malformed.push("has a known_failures that is not an object".to_string()),
    }
    out
}

/// A scalar field: equal to the expected value, or to one of a list of accepted values.
fn scalar_problem(want: &Value, got: &Value) -> Option<String> {
    let accepted: Vec<&Value> = match want {
        Value::Array(options) => options.iter().collect(),
        one => vec![one],
    };
    let got_ws = got.as_str().map(ws);
    let ok = accepted.iter().any(|w| match (w, &got_ws) {
        (Value::Null, None) => got.is_null(),
        (Value::String(w), Some(g)) => ws(w) == *g,
        _ => false,
    });
    (!ok).then(|| format!("expected {want}, got {got}"))
}

/// A list of names: the same names in the same order, case aside.
fn names_problem(want: &Value, got: &Value) -> Option<String> {
    let fold = |v: &Value| -> Vec<String> {
        v.as_array().into_iter().flatten().filter_map(Value::as_str).map(|s| ws(s).to_lowercase()).collect()
    };
    (fold(want) != fold(got)).then(|| format!("expected {want}, got {got}"))
}

/// The strings of a JSON list, or of one field of each object in it, normalised.
fn texts(list: &Value, field: Option<&str>) -> Vec<String> {
    let items = list.as_array().into_iter().flatten();
    let values = items.map(|item| match field {
        Some(field) => &item[field],
        None => item,
    });
    values.filter_map(Value::as_str).map(ws).collect()
}

fn strings(value: Option<&Value>) -> Vec<&str> {
    value.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect()
}

/// Unicode whitespace normalisation, as the seed's `expected.json` defines it:
/// NBSP to space, runs of spaces collapsed, trimmed.
fn ws(s: &str) -> String {
    s.replace('\u{a0}', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of a paragraph, for messages.
fn opening(paragraph: &str) -> String {
    paragraph.chars().take(90).collect()
}

/// A little text around the first occurrence of `needle`, for messages.
fn context(body: &str, needle: &str) -> String {
    let Some(at) = body.find(needle).or_else(|| needle.is_empty().then_some(0)) else {
        return needle.to_string();
    };
    let start = body[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
    let end = body[at..].char_indices().nth(needle.chars().count() + 30).map_or(body.len(), |(i, _)| at + i);
    body[start..end].to_string()
}
