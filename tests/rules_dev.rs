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

/// Every rule with a prefilter runs only on the lines that pass it: each
/// dev-page line the rule's pattern matches must pass.
#[test]
fn dev_page_lines_a_prefiltered_rule_matches_pass_its_prefilter() {
    let Some(shared) = common::shared_dir("eval-dev") else { return };
    /// A rule, its pattern compiled as the parser runs it (on the line as
    /// written, or lower-cased for a `(?i)` pattern), whether it reads the
    /// lower-cased line, and its prefilter (which reads the line as written).
    type Prefiltered = (&'static kliping::rules::LineRule, regex::Regex, bool, fn(&str) -> bool);
    let rules: Vec<Prefiltered> = LINE_RULES
        .iter()
        .filter_map(|r| {
            let first_look = kliping::rules::prefilter(r.id)?;
            let (pattern, lower) = r.pattern.strip_prefix("(?i)").map_or((r.pattern, false), |p| (p, true));
            Some((r, regex::Regex::new(pattern).expect("the pattern compiles"), lower, first_look))
        })
        .collect();
    assert_eq!(rules.len(), 3, "the markup, bracketed-credit and breadcrumb rules have prefilters");
    let mut matched = vec![0usize; rules.len()];
    for entry in std::fs::read_dir(shared.join("eval-dev")).expect("eval-dev is readable").flatten() {
        let Ok(raw) = std::fs::read_to_string(entry.path().join("raw.txt")) else { continue };
        for line in raw.lines().map(kliping::normalize::clean_line).filter(|l| !l.is_empty()) {
            let lower = kliping::chars::to_lowercase(&line);
            for (k, (rule, pattern, on_lower, first_look)) in rules.iter().enumerate() {
                if line.chars().count() <= rule.max_chars && pattern.is_match(if *on_lower { &lower } else { &line }) {
                    matched[k] += 1;
                    assert!(first_look(&line), "{}: {line:?}", rule.id);
                }
            }
        }
    }
    assert!(matched.iter().all(|&m| m > 0), "a prefiltered rule matched no dev line: {matched:?}");
}
