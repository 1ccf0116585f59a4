//! The body: the densest run of prose on the page.

use super::{Decided, Page, Shape};
use crate::model::Label;
use crate::rules;

/// Prose score from which a line inside the main run is a paragraph.
const PARAGRAPH_PROSE: f32 = 0.35;

/// Picks the body lines of a page whose line rules have run.
pub fn select(page: &mut Page<'_>) {
    let mut body: Vec<usize> = Vec::new();
    if let Some((start, end)) = densest_run(&page.shapes, &page.decided) {
        for i in start..=end {
            if page.decided[i].is_none() && page.shapes[i].prose() >= PARAGRAPH_PROSE {
                body.push(i);
                page.set(i, rules::BODY_MAIN_RUN);
            }
        }
        // Short headings between body paragraphs.
        for i in start..=end {
            if page.decided[i].is_none() && is_subheading(page, i) {
                body.push(i);
                page.set(i, rules::BODY_HEADING);
            }
        }
        body.sort_unstable();
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

/// The densest run of prose: the run of lines with the largest sum of weights,
/// where prose counts for and everything else against. A comment section
/// after the run's first paragraph ends it.
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
    let (s, e) = best_run?;
    let first_prose = (s..=e).find(|&i| decided[i].is_none() && shapes[i].prose() >= PARAGRAPH_PROSE).unwrap_or(s);
    match (first_prose..=e).find(|&i| decided[i].is_some_and(|d| d.label == Label::Comments)) {
        Some(stop) if stop > s => Some((s, stop - 1)),
        Some(_) => None,
        None => Some((s, e)),
    }
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

/// A short line between two body paragraphs that reads like a heading.
fn is_subheading(page: &Page<'_>, i: usize) -> bool {
    let s = &page.shapes[i];
    if s.words == 0 || s.words > 14 || s.is_date || !page.lines[i].blank_before {
        return false;
    }
    let skippable = |j: usize| page.label(j) == Some(Label::Advertisement);
    let prev = (0..i).rev().find(|&j| !skippable(j));
    let next = (i + 1..page.lines.len()).find(|&j| !skippable(j));
    prev.is_some_and(|j| page.label(j) == Some(Label::Body)) && next.is_some_and(|j| page.label(j) == Some(Label::Body))
}
