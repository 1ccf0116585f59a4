//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The shared data folder (`../shared` beside the checkout, or `$KLIPING_SHARED`).
///
/// Tests that need it call this first. When it is missing:
/// - in CI (`CI` or `KLIPING_REQUIRE_SHARED` set), the test fails and says so;
/// - on a user's machine, the test prints a visible "skipped" line and returns `None`.
pub fn shared_dir(what: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("KLIPING_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let ok = dir.join(what).exists();
    if ok {
        return Some(dir);
    }
    let required = std::env::var_os("CI").is_some() || std::env::var_os("KLIPING_REQUIRE_SHARED").is_some();
    assert!(
        !required,
        "this test needs {}/{what} (the shared data folder beside the checkout, or KLIPING_SHARED); it is missing",
        dir.display()
    );
    eprintln!("SKIPPED: {}/{what} is not here; this test needs the shared data folder", dir.display());
    None
}
