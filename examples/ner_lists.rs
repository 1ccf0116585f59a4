//! Generates the compact gazetteer lists in `src/entities/data/` from the shared
//! gazetteers (`../shared/gazetteers`, or `$KLIPING_SHARED/gazetteers`).
//!
//! ```text
//! cargo run --example ner_lists
//! ```
//!
//! The lists are derived, not copied: names are trimmed, administrative prefixes
//! ("Kabupaten", "Kota Administrasi") are taken off, columns the entity stage does
//! not use (codes, notes) are dropped, and every file starts with a provenance
//! header naming its source, commit and licence. `train_ner` calls the same code
//! first, so a model is always trained on the lists it is shipped with.

use std::path::PathBuf;

#[path = "ner_common/mod.rs"]
mod ner_common;

fn main() -> std::process::ExitCode {
    let shared = ner_common::shared_dir();
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/entities/data");
    match ner_common::write_lists(&shared.join("gazetteers"), &out) {
        Ok(report) => {
            println!("{report}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ner_lists: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
