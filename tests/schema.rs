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

#[test]
fn seed_output_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(&kliping::schema::schema_json()).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let raw = include_str!("../examples/id-validnews-tppo/raw.txt");
    let article = kliping::parse(raw, &kliping::Options::default()).expect("the seed parses");
    let value = serde_json::to_value(&article).expect("serialises");
    let errors: Vec<String> = validator.iter_errors(&value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
