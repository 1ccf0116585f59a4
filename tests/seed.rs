//! The seed article: the first real input Kliping was given. Its parse must match
//! every exact field of `examples/id-validnews-tppo/expected.json` (the entity,
//! acronym and quote minimums are checked by the entity tests).

mod common;

use serde_json::Value;

const RAW: &str = include_str!("../examples/id-validnews-tppo/raw.txt");
const EXPECTED: &str = include_str!("../examples/id-validnews-tppo/expected.json");

/// Unicode whitespace normalisation, as `expected.json` says: NBSP to space, runs
/// of spaces collapsed, trimmed.
fn ws(s: &str) -> String {
    s.replace('\u{a0}', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn normalised(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(ws(s)),
        Value::Array(a) => Value::Array(a.iter().map(normalised).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), normalised(v))).collect()),
        other => other.clone(),
    }
}

#[test]
fn seed_matches_every_exact_field() {
    let expected: Value = serde_json::from_str(EXPECTED).expect("expected.json is JSON");
    let article = kliping::parse(RAW, &kliping::Options::default()).expect("the seed parses");
    let got = serde_json::to_value(&article).expect("the article serialises");
    let mut checked = 0;
    for (field, want) in expected.as_object().expect("an object") {
        if field.starts_with('_') || field.ends_with("_must_include") || field.ends_with("_must_not_include") || field == "must_not_appear_in_body" {
            continue;
        }
        assert_eq!(normalised(&got[field]), normalised(want), "field {field}");
        checked += 1;
    }
    assert!(checked >= 11, "only {checked} fields checked");
}

#[test]
fn seed_body_has_none_of_the_removed_text() {
    let expected: Value = serde_json::from_str(EXPECTED).expect("expected.json is JSON");
    let article = kliping::parse(RAW, &kliping::Options::default()).expect("the seed parses");
    for needle in expected["must_not_appear_in_body"].as_array().expect("a list") {
        let needle = needle.as_str().expect("a string");
        assert!(!article.body.contains(needle), "body contains {needle:?}");
    }
}

#[test]
fn seed_copy_matches_the_shared_original() {
    // The repo carries the seed as its sample; make sure the copy has not drifted.
    let Some(shared) = common::shared_dir("examples/id-validnews-tppo") else { return };
    let dir = shared.join("examples/id-validnews-tppo");
    let raw = std::fs::read_to_string(dir.join("raw.txt")).expect("read the shared raw.txt");
    let expected = std::fs::read_to_string(dir.join("expected.json")).expect("read the shared expected.json");
    assert_eq!(raw, RAW, "examples/id-validnews-tppo/raw.txt differs from ../shared");
    assert_eq!(expected, EXPECTED, "examples/id-validnews-tppo/expected.json differs from ../shared");
}
