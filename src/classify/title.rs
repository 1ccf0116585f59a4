//! The headline: a learned ranking of the candidate lines around the body's start.
//!
//! Candidates are the lines from [`WINDOW_ABOVE`] lines above the first body line
//! to [`WINDOW_BELOW`] below it that no boilerplate rule claimed. Each gets the
//! features below; [`crate::weights::TITLE`] scores them and the best one wins.

use super::Page;
use crate::lang;
use crate::learn::flag;
use crate::model::Label;
use crate::weights;
use std::collections::HashSet;

/// How far above the first body line a headline is looked for.
pub const WINDOW_ABOVE: usize = 40;
/// How far into the body (the run may have swallowed the headline).
pub const WINDOW_BELOW: usize = 2;

/// How far from the window a longer line holding the candidate is looked for.
const INSIDE_RANGE: usize = 200;

/// Number of features of a headline candidate.
pub const FEATURES: usize = 36;

/// Feature names, in order; the trainer and the weights file use them.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "first_body_line", "after_body_start", "dist_1", "dist_2_3", "dist_4_6", "dist_7_12", "dist_13_25",
    "dist_over_25", "candidate_rank_inv", "page_position", "words_1_2", "words_3_5", "words_6_10",
    "words_11_16", "words_17_25", "words_over_25", "ends_period", "ends_question_or_bang", "ends_colon",
    "blank_around", "all_caps", "title_case_share", "digit_share", "stop_ratio", "prose", "has_site_separator",
    "quoted", "repeats", "inside_other_line", "body_overlap", "lead_overlap", "label_duplicate_or_markup",
    "label_other", "byline_or_date_below", "prose_below", "short_lines_above",
];

/// One candidate line and its features.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub line: usize,
    pub features: [f32; FEATURES],
}

/// Labels a boilerplate rule gives that rule a line out as a headline.
fn excluded(label: Option<Label>) -> bool {
    matches!(
        label,
        Some(
            Label::Date
                | Label::PageDate
                | Label::Byline
                | Label::Related
                | Label::Share
                | Label::Advertisement
                | Label::Prompt
                | Label::Comments
                | Label::Footer
                | Label::Tags
                | Label::Caption
        )
    )
}

/// The headline candidates of a page, nearest the body first.
pub fn candidates(page: &Page<'_>) -> Vec<Candidate> {
    let n = page.lines.len();
    let first_body = page.body.first().copied().unwrap_or(n);
    let lo = first_body.saturating_sub(WINDOW_ABOVE);
    let hi = (first_body + WINDOW_BELOW + 1).min(n);
    let body_words = content_words(page, page.body.iter().copied(), page.language);
    let lead_words = content_words(page, page.body.iter().copied().take(2), page.language);
    let mut out = Vec::new();
    let mut rank = 0f32;
    for i in (lo..hi).rev() {
        let s = &page.shapes[i];
        if excluded(page.label(i)) || s.words == 0 || s.chars > 300 {
            continue;
        }
        // A body line past the first is a headline only when it is short.
        if page.label(i) == Some(Label::Body) && i != first_body && s.words > 25 {
            continue;
        }
        let text = page.lines[i].text.as_str();
        let dist = first_body as i64 - i as i64;
        let words = s.words;
        let last = text.chars().last().unwrap_or(' ');
        let caps_words = text.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count();
        let digits = text.chars().filter(char::is_ascii_digit).count();
        let (overlap_body, overlap_lead) = overlaps(text, &body_words, &lead_words, page.language);
        let below = |j: usize| page.label(j).is_some_and(|l| matches!(l, Label::Byline | Label::Date));
        let short_above = (i.saturating_sub(10)..i).filter(|&j| page.shapes[j].words <= 3).count();
        let key = text.to_lowercase();
        // "1 Comment on <headline>", "<headline> - Site": the headline inside a longer line nearby.
        let near = lo.saturating_sub(INSIDE_RANGE)..(hi + INSIDE_RANGE).min(n);
        let inside_other = near
            .into_iter()
            .any(|k| k != i && page.lines[k].text.len() > text.len() && page.lines[k].text.to_lowercase().contains(&key));
        let features = [
            flag(dist == 0),
            flag(dist < 0),
            flag(dist == 1),
            flag((2..=3).contains(&dist)),
            flag((4..=6).contains(&dist)),
            flag((7..=12).contains(&dist)),
            flag((13..=25).contains(&dist)),
            flag(dist > 25),
            1.0 / (1.0 + rank),
            i as f32 / n.max(1) as f32,
            flag(words <= 2),
            flag((3..=5).contains(&words)),
            flag((6..=10).contains(&words)),
            flag((11..=16).contains(&words)),
            flag((17..=25).contains(&words)),
            flag(words > 25),
            flag(last == '.'),
            flag(matches!(last, '?' | '!')),
            flag(last == ':'),
            flag(page.lines[i].blank_before && page.lines[i].blank_after),
            flag(s.upper_ratio > 0.8),
            caps_words as f32 / words.max(1) as f32,
            digits as f32 / s.chars.max(1) as f32,
            s.stops as f32 / words.max(1) as f32,
            s.prose(),
            flag(text.contains(" | ") || text.contains(" - ") || text.contains(" – ") || text.contains(" — ")),
            flag(text.starts_with(['"', '“', '„', '«', '\''])),
            (page.repeats[i].saturating_sub(1)).min(3) as f32 / 3.0,
            flag(inside_other),
            overlap_body,
            overlap_lead,
            flag(matches!(page.label(i), Some(Label::Duplicate | Label::Markup))),
            flag(page.label(i).is_some_and(|l| !matches!(l, Label::Duplicate | Label::Markup | Label::Body))),
            flag((i + 1..(i + 4).min(n)).any(below)),
            flag(page.shapes.get(i + 1).is_some_and(|s| s.prose() >= 0.35)),
            short_above as f32 / 10.0,
        ];
        out.push(Candidate { line: i, features });
        rank += 1.0;
    }
    out
}

/// The headline's line, if any candidate stands.
pub fn pick(page: &Page<'_>) -> Option<usize> {
    let cands = candidates(page);
    weights::TITLE.best(cands.iter().map(|c| &c.features)).map(|(i, _)| cands[i].line)
}

/// Lower-case content words (not stop words, three letters or more) of some lines.
fn content_words(page: &Page<'_>, lines: impl Iterator<Item = usize>, language: &str) -> HashSet<String> {
    let mut set = HashSet::new();
    for i in lines {
        for w in words(&page.lines[i].text) {
            if w.chars().count() >= 3 && !lang::is_stop_word(&w, language) {
                set.insert(w);
            }
        }
    }
    set
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// Shares of a line's content words found in the body and in its first paragraphs.
fn overlaps(text: &str, body: &HashSet<String>, lead: &HashSet<String>, language: &str) -> (f32, f32) {
    let mut n = 0usize;
    let (mut in_body, mut in_lead) = (0usize, 0usize);
    for w in words(text) {
        if w.chars().count() < 3 || lang::is_stop_word(&w, language) {
            continue;
        }
        n += 1;
        in_body += usize::from(body.contains(&w));
        in_lead += usize::from(lead.contains(&w));
    }
    if n == 0 { (0.0, 0.0) } else { (in_body as f32 / n as f32, in_lead as f32 / n as f32) }
}

/// The standfirst: the first prose line between the headline and the body.
pub fn find_lead(page: &Page<'_>, title: usize, first_body: usize) -> Option<usize> {
    (title + 1..first_body).find(|&i| page.decided[i].is_none() && page.shapes[i].words >= 8 && page.shapes[i].prose() >= 0.3)
}
