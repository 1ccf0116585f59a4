//! The body: the lines a learned classifier takes for article text.
//!
//! Each line gets the features below: its own shape (length, stop words,
//! sentence punctuation), the rule that labelled it if any, its neighbours'
//! prose, and where it stands against the densest run of prose on the page (the
//! run of lines with the largest sum of prose weights). Leaked markup is no
//! feature: pages whose paragraphs all carry leaked `<p>` tags are common in
//! scraped Indonesian news, and the training pages have too few of them to
//! teach that. [`crate::weights::BODY`]
//! turns them into a score; lines scoring over zero are body, and short gaps
//! between body lines are closed when they read as headings.

use super::{Decided, Page, Shape};
use crate::learn::{Model, flag};
use crate::model::Label;
use crate::rules;
use crate::weights;

/// Prose score from which a line counts as prose in the densest run.
const PARAGRAPH_PROSE: f32 = 0.35;

/// Number of features of a line.
pub const FEATURES: usize = 41;

/// Feature names, in order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "prose", "log_chars", "words_1_3", "words_4_9", "words_10_19", "words_20_39", "words_40_plus", "stop_ratio",
    "ends_sentence", "upper_ratio", "digit_share", "blank_around", "boilerplate_words",
    "starts_with_symbol", "separators", "is_date", "label_related", "label_advertisement", "label_caption",
    "label_byline", "label_duplicate", "label_markup", "label_end", "label_share_prompt_tags", "label_date_section",
    "label_navigation", "prev_prose", "next_prose", "prose_window_3", "prose_window_10", "in_run", "from_run_start",
    "to_run_end", "outside_run", "after_comments", "page_position", "repeated", "prose_chars_before",
    "density_5", "relative_length", "ideographic",
];

/// Picks the body lines of a page whose line rules have run.
pub fn select(page: &mut Page<'_>) {
    select_with(page, &weights::BODY);
}

/// [`select`] with a given model (the trainer tries its own).
pub fn select_with(page: &mut Page<'_>, model: &Model) {
    let features = features(page);
    let scores: Vec<f32> = features.iter().map(|f| model.score(f)).collect();
    let mut body: Vec<usize> = (0..page.lines.len()).filter(|&i| scores[i] > 0.0 && takeable(page, i)).collect();
    // Close one-line gaps between body lines: headings, short paragraphs.
    let mut filled = Vec::new();
    for w in body.windows(2) {
        if w[1] == w[0] + 2 && takeable(page, w[0] + 1) && scores[w[0] + 1] > GAP_SCORE {
            filled.push(w[0] + 1);
        }
    }
    body.extend(filled);
    body.sort_unstable();
    extend_tail(page, &scores, &mut body);
    for &i in &body {
        let rule = if page.shapes[i].prose() >= PARAGRAPH_PROSE { rules::BODY_MAIN_RUN } else { rules::BODY_HEADING };
        page.set(i, rule);
    }
    if body.is_empty() {
        // Fallback: every undecided line with some prose in it.
        page.fallback = true;
        for i in 0..page.lines.len() {
            if page.decided[i].is_none() && page.shapes[i].prose() >= 0.2 {
                body.push(i);
                page.set(i, rules::BODY_MAIN_RUN);
            }
        }
    }
    page.body = body;
}

/// Score over which a line between two body lines joins them.
const GAP_SCORE: f32 = -2.0;

/// Score over which a paragraph right after the body's last line joins it.
/// On the dev pages, -1 and -2 pick the same lines.
const TAIL_SCORE: f32 = -1.0;

/// An article's last paragraph stands next to what follows the article (related
/// links, share buttons, footers), so its neighbours make it look like them and
/// it scores low. A sentence-shaped line after the body's last line, or past an
/// ad marker or an inline "Baca juga" link there, is still a paragraph of the
/// article when no word of cookie notices, newsletters or comment sections is in
/// it and it is not a teaser cut short ("…").
fn extend_tail(page: &Page<'_>, scores: &[f32], body: &mut Vec<usize>) {
    let Some(&last) = body.last() else { return };
    for (j, (s, line)) in page.shapes.iter().zip(page.lines).enumerate().skip(last + 1) {
        let text = line.text.trim_end();
        match page.label(j) {
            Some(Label::Advertisement | Label::Related) => {}
            None if s.ends_sentence
                && !text.ends_with("...")
                && !text.ends_with('…')
                && s.words >= 6
                && s.boilerplate == 0
                && s.prose() >= PARAGRAPH_PROSE
                && scores[j] > TAIL_SCORE =>
            {
                body.push(j);
            }
            _ => break,
        }
    }
}

/// Whether a line may be body at all: the rules that name boilerplate outright
/// keep their lines out of the body, whatever the model says.
fn takeable(page: &Page<'_>, i: usize) -> bool {
    match page.decided[i] {
        None => true,
        Some(d) => d.label == Label::Duplicate && page.shapes[i].words >= 8,
    }
}

/// How many times " | " stands in a line, as `str::matches` counts (no two
/// sharing a space), found from the bars alone: most lines have none.
fn separators(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut count, mut free_from) = (0, 0);
    for i in memchr::memchr_iter(b'|', b) {
        if i > free_from && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') {
            count += 1;
            free_from = i + 2;
        }
    }
    count
}

/// The features of every line.
pub fn features(page: &Page<'_>) -> Vec<[f32; FEATURES]> {
    let n = page.lines.len();
    let prose: Vec<f32> = page.shapes.iter().map(Shape::prose).collect();
    let run = densest_run(&page.shapes, &page.decided);
    let comments_at = run.and_then(|(s, e)| {
        let first = (s..=e).find(|&i| page.decided[i].is_none() && prose[i] >= PARAGRAPH_PROSE).unwrap_or(s);
        (first..n).find(|&i| page.label(i) == Some(Label::Comments))
    });
    // Prefix sums for windowed means.
    let mut prose_sum = vec![0f32; n + 1];
    let mut prose_chars = vec![0f32; n + 1];
    let mut chars = vec![0f32; n + 1];
    for i in 0..n {
        prose_sum[i + 1] = prose_sum[i] + prose[i];
        let c = page.shapes[i].chars as f32;
        chars[i + 1] = chars[i] + c;
        prose_chars[i + 1] = prose_chars[i] + if prose[i] >= PARAGRAPH_PROSE { c } else { 0.0 };
    }
    let window_mean = |i: usize, r: usize| {
        let (a, b) = (i.saturating_sub(r), (i + r + 1).min(n));
        (prose_sum[b] - prose_sum[a]) / (b - a) as f32
    };
    let density = |i: usize, r: usize| {
        let (a, b) = (i.saturating_sub(r), (i + r + 1).min(n));
        let total = chars[b] - chars[a];
        if total > 0.0 { (prose_chars[b] - prose_chars[a]) / total } else { 0.0 }
    };
    let total_prose_chars = prose_chars[n].max(1.0);
    let mut lengths: Vec<usize> = page.shapes.iter().filter(|s| s.prose() >= PARAGRAPH_PROSE).map(|s| s.chars).collect();
    lengths.sort_unstable();
    let median = lengths.get(lengths.len() / 2).copied().unwrap_or(100).max(40) as f32;

    (0..n)
        .map(|i| {
            let s = &page.shapes[i];
            let line = &page.lines[i];
            let label = page.label(i);
            let is = |l: Label| flag(label == Some(l));
            let (in_run, from_start, to_end, outside) = match run {
                Some((a, b)) if (a..=b).contains(&i) => (1.0, (i - a) as f32, (b - i) as f32, 0.0),
                Some((a, b)) => (0.0, 0.0, 0.0, (if i < a { a - i } else { i - b }) as f32),
                None => (0.0, 0.0, 0.0, 50.0),
            };
            let first = line.text.chars().next().unwrap_or(' ');
            [
                prose[i],
                (1.0 + s.chars as f32).ln() / 6.0,
                flag((1..=3).contains(&s.words)),
                flag((4..=9).contains(&s.words)),
                flag((10..=19).contains(&s.words)),
                flag((20..=39).contains(&s.words)),
                flag(s.words >= 40),
                s.stops as f32 / s.words.max(1) as f32,
                flag(s.ends_sentence),
                s.upper_ratio,
                line.text.bytes().filter(u8::is_ascii_digit).count() as f32 / s.chars.max(1) as f32,
                flag(line.blank_before && line.blank_after),
                (f32::from(s.boilerplate)).min(3.0) / 3.0,
                flag(matches!(first, '|' | '>' | '»' | '•' | '·' | '-' | '–' | '*' | '→' | '▶' | '►')),
                (separators(&line.text) as f32).min(3.0) / 3.0,
                flag(s.is_date),
                is(Label::Related),
                is(Label::Advertisement),
                is(Label::Caption),
                is(Label::Byline),
                is(Label::Duplicate),
                is(Label::Markup),
                flag(matches!(label, Some(Label::Comments | Label::Footer))),
                flag(matches!(label, Some(Label::Share | Label::Prompt | Label::Tags))),
                flag(matches!(label, Some(Label::Date | Label::PageDate | Label::Section))),
                is(Label::Navigation),
                if i > 0 { prose[i - 1] } else { 0.0 },
                prose.get(i + 1).copied().unwrap_or(0.0),
                window_mean(i, 3),
                window_mean(i, 10),
                in_run,
                (from_start / 50.0).min(1.0),
                (to_end / 50.0).min(1.0),
                (outside / 20.0).min(1.0),
                flag(comments_at.is_some_and(|c| i > c)),
                i as f32 / n.max(1) as f32,
                flag(page.repeats[i] > 1),
                prose_chars[i] / total_prose_chars,
                density(i, 5),
                (s.chars as f32 / median).min(3.0) / 3.0,
                flag(s.words > 0 && line.text.chars().any(super::shape::is_ideograph)),
            ]
        })
        .collect()
}

/// The densest run of prose: the run of lines with the largest sum of weights,
/// where prose counts for and everything else against.
fn densest_run(shapes: &[Shape], decided: &[Option<Decided>]) -> Option<(usize, usize)> {
    let (mut best, mut best_run) = (0.0f32, None);
    let (mut sum, mut start) = (0.0f32, 0usize);
    for (i, (s, d)) in shapes.iter().zip(decided).enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += weight(s, d.as_ref());
        if sum > best {
            best = sum;
            best_run = Some((start, i));
        }
    }
    best_run
}

fn weight(shape: &Shape, decided: Option<&Decided>) -> f32 {
    match decided.map(|d| d.label) {
        // Interruptions inside articles: cost a little, so the run can bridge them.
        Some(Label::Related | Label::Advertisement | Label::Caption | Label::Duplicate | Label::Markup | Label::Byline) => -25.0,
        Some(Label::Comments | Label::Footer) => -200.0,
        Some(_) => -60.0,
        None => {
            let p = shape.prose();
            if p >= PARAGRAPH_PROSE { shape.chars as f32 * p } else { -(15.0 + shape.chars as f32 * 0.2) }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn separators_count_as_str_matches_does() {
        for text in ["", "|", " | ", "a | b | c", " | | ", "a  |  b", "x || y", " | |  | ", "Home | News | Sport | ", "a|b", "é | ü | "] {
            assert_eq!(super::separators(text), text.matches(" | ").count(), "{text:?}");
        }
    }
}
