//! Checks of the line rules over every line of `../shared/eval-dev` (skipped
//! with a note without the folder; fails in CI).

mod common;

use kliping::model::Label;
use kliping::rules::{LINE_RULES, code_marks};

/// `code_marks` is written by hand from the markup pattern, which may change:
/// the pattern matches only lines with code marks.
#[test]
fn dev_page_lines_the_markup_pattern_matches_have_code_marks() {
    let Some(shared) = common::shared_dir("eval-dev") else { return };
    let markup = LINE_RULES.iter().find(|r| r.label == Label::Markup).expect("a markup rule");
    let pattern = regex::Regex::new(markup.pattern).expect("the markup pattern compiles");
    let (mut lines, mut matched) = (0, 0);
    for entry in std::fs::read_dir(shared.join("eval-dev")).expect("eval-dev is readable").flatten() {
        let Ok(raw) = std::fs::read_to_string(entry.path().join("raw.txt")) else { continue };
        for line in raw.lines().map(kliping::normalize::clean_line).filter(|l| !l.is_empty()) {
            lines += 1;
            if line.chars().count() <= markup.max_chars && pattern.is_match(&line) {
                matched += 1;
                assert!(code_marks(line.as_bytes()), "{line:?}");
            }
        }
    }
    assert!(lines > 10_000 && matched > 0, "only {lines} lines and {matched} matches under {}", shared.display());
}
