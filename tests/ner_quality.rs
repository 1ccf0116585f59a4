//! Quality gate for the sentence tagger: entity-level micro F1 (exact span and
//! kind, PER/ORG/LOC) on the dev parts of `../shared/ner` must not fall below a
//! pinned floor. Raising the floor is a deliberate edit; `cargo run --release
//! --example eval_ner` prints the full per-kind report.
#![cfg(feature = "embedded-model")]

mod common;
#[path = "../examples/ner_common/mod.rs"]
mod ner_common;

use ner_common::{Counts, spans};

/// Micro F1 floors, with the built-in model and with rules and lists only
/// (measured: 0.782 and 0.481 when the floors were set).
const FLOOR_WITH_MODEL: f64 = 0.77;
const FLOOR_RULES_ONLY: f64 = 0.47;

fn micro_f1(model: Option<&kliping::entities::NerModel>) -> Option<f64> {
    let shared = common::shared_dir("ner")?;
    let mut all = Counts::default();
    for (_, _, dev) in ner_common::corpora(&shared) {
        for s in ner_common::read_conll(&dev).expect("the dev file reads") {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let got = spans(&kliping::entities::tag_sentence(&toks, model));
            let gold = spans(&s.tags);
            let tp = got.iter().filter(|g| gold.contains(g)).count();
            all.add(Counts { tp, fp: got.len() - tp, fn_: gold.len() - tp });
        }
    }
    Some(all.prf().2)
}

#[test]
fn dev_f1_with_the_model_stays_above_the_floor() {
    let model = kliping::entities::NerModel::embedded().expect("the built-in model loads");
    let Some(f1) = micro_f1(Some(&model)) else { return };
    assert!(f1 >= FLOOR_WITH_MODEL, "micro F1 {f1:.3} fell below {FLOOR_WITH_MODEL}");
}

#[test]
fn dev_f1_without_a_model_stays_above_the_floor() {
    let Some(f1) = micro_f1(None) else { return };
    assert!(f1 >= FLOOR_RULES_ONLY, "micro F1 {f1:.3} fell below {FLOOR_RULES_ONLY}");
}
