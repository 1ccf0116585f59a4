//! The HTML renderer on any text: no panic, and its output is trimmed lines
//! with at most one blank line in a row.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let _ = kliping::html::looks_like_html(html);
    let text = kliping::html::to_text(html);
    assert!(!text.starts_with('\n') && !text.ends_with('\n'), "blank lines at an end");
    assert!(!text.contains("\n\n\n"), "two blank lines in a row");
    assert!(text.split('\n').all(|l| l.trim() == l), "an untrimmed line");
});
