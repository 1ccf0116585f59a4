//! The committed JSON Schema (`schema/article.schema.json`) is the one the output
//! types generate (`kliping schema`), and the parser's output validates against it.
//! `KLIPING_BLESS=1` rewrites the committed file.

mod common;

use std::path::Path;

fn committed_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/article.schema.json")
}

#[test]
fn committed_schema_matches_the_types() {
    let generated = kliping::schema::schema_json();
    let path = committed_path();
    if std::env::var_os("KLIPING_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create schema/");
        std::fs::write(&path, &generated).expect("write the schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == generated, "schema/article.schema.json is stale: run KLIPING_BLESS=1 cargo test --test schema");
}

/// The validator of the committed schema.
fn validator() -> jsonschema::Validator {
    let committed = std::fs::read_to_string(committed_path()).expect("schema/article.schema.json is committed");
    let schema: serde_json::Value = serde_json::from_str(&committed).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

/// Why the CLI's output for `input` does not validate (an empty list when it does).
/// The output is read back from the bytes the CLI prints, not from the types.
fn violations(validator: &jsonschema::Validator, name: &str, input: &[u8]) -> Vec<String> {
    let Ok(article) = kliping::parse_bytes(input, &kliping::Options::default()) else { return Vec::new() };
    let value: serde_json::Value = serde_json::from_str(&kliping::to_json(&article, false)).expect("the output is JSON");
    validator.iter_errors(&value).map(|e| format!("{name}: {e} at {}", e.instance_path())).collect()
}

#[test]
fn seed_output_validates_against_the_schema() {
    let raw = include_bytes!("../examples/id-validnews-tppo/raw.txt");
    let validator = validator();
    let errors = violations(&validator, "seed", raw);
    assert!(errors.is_empty(), "{errors:#?}");
    // The schema has teeth: a wrong type or a missing field does not pass.
    let article = kliping::parse_bytes(raw, &kliping::Options::default()).expect("the seed parses");
    let mut value = serde_json::to_value(&article).expect("serialises");
    value["word_count"] = serde_json::json!("many");
    assert!(!validator.is_valid(&value));
    let mut value = serde_json::to_value(&article).expect("serialises");
    value.as_object_mut().expect("an object").remove("body");
    assert!(!validator.is_valid(&value));
}

#[test]
fn every_fixture_output_validates_against_the_schema() {
    let validator = validator();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut count = 0;
    let mut errors = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/fixtures is here").filter_map(Result::ok) {
        let Some(input) = ["input.txt", "input.html"].iter().map(|f| entry.path().join(f)).find(|p| p.exists()) else { continue };
        errors.extend(violations(&validator, &entry.file_name().to_string_lossy(), &std::fs::read(&input).expect("read the fixture")));
        count += 1;
    }
    assert!(count >= 10, "only {count} fixtures found in {}", dir.display());
    assert!(errors.is_empty(), "{errors:#?}");
}

/// Needs `../shared/eval-dev` (skips visibly without it, fails in CI).
#[test]
fn every_dev_page_output_validates_against_the_schema() {
    let Some(shared) = common::shared_dir("eval-dev") else { return };
    let validator = validator();
    let mut count = 0;
    let mut errors = Vec::new();
    for entry in std::fs::read_dir(shared.join("eval-dev")).expect("eval-dev lists").filter_map(Result::ok) {
        let Ok(raw) = std::fs::read(entry.path().join("raw.txt")) else { continue };
        errors.extend(violations(&validator, &entry.file_name().to_string_lossy(), &raw));
        count += 1;
    }
    assert!(count >= 100, "only {count} pages in eval-dev");
    assert!(errors.is_empty(), "{} violations, first: {:#?}", errors.len(), &errors[..errors.len().min(10)]);
}

/// Every line `kliping batch` writes, failed ones too, validates against the
/// schema's `BatchRecord` definition.
#[test]
fn batch_lines_validate_against_the_batch_record_definition() {
    let committed = std::fs::read_to_string(committed_path()).expect("schema/article.schema.json is committed");
    let mut schema: serde_json::Value = serde_json::from_str(&committed).expect("the schema is JSON");
    // The same document, with the batch record as its subject.
    schema["$ref"] = serde_json::json!("#/$defs/BatchRecord");
    let root = schema.as_object_mut().expect("an object");
    let article_keys = ["type", "properties", "required", "title", "description"];
    let article: serde_json::Map<String, serde_json::Value> = article_keys.iter().filter_map(|k| root.remove(*k).map(|v| (k.to_string(), v))).collect();
    root["$defs"]["Article"] = serde_json::Value::Object(article);
    let text = serde_json::to_string(&schema).expect("serialises").replace("\"$ref\":\"#\"", "\"$ref\":\"#/$defs/Article\"");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("the batch schema compiles");
    let seed = include_str!("../examples/id-validnews-tppo/raw.txt");
    let input = format!("{}\nnot json\n{{\"id\": 3}}\n", serde_json::json!({"id": "seed", "text": seed}));
    let mut lines = 0;
    for (number, line) in kliping::batch::jsonl_lines(input.as_bytes()) {
        let record = kliping::batch::parse_record(&kliping::batch::jsonl_record(line, number), &kliping::Options::default());
        let value: serde_json::Value = serde_json::from_str(&kliping::batch::record_line(&record)).expect("a JSON line");
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "line {number}: {errors:#?}");
        lines += 1;
    }
    assert_eq!(lines, 3);
    let bad = serde_json::json!({"id": "x", "status": "maybe"});
    assert!(!validator.is_valid(&bad), "an unknown status does not pass");
}
