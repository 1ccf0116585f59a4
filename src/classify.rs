//! Stage 3: give every line a label and pick the article body.
//!
//! 1. Line rules ([`crate::rules::LINE_RULES`]) label what is boilerplate by itself.
//! 2. Lines that are only dates, and repeats of earlier lines, are marked.
//! 3. Each remaining line is scored for how much it reads like prose (length,
//!    stop words, sentence punctuation); the densest run of prose, found as the
//!    maximum-sum run of line weights, is the article. A comment section after it
//!    ends it.
//! 4. Around the body: the headline above it, the standfirst between them, the
//!    section label above the headline, the publication date nearby, captions.
//! 5. Everything else is navigation or other text outside the article.

use crate::dates;
use crate::lang;
use crate::model::Label;
use crate::rules::{self, Decision, LineRule};
use crate::segment::Line;
use std::collections::HashMap;

/// The label of one line and the rule that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decided {
    pub label: Label,
    pub rule: &'static str,
    pub reason: &'static str,
}

impl From<&LineRule> for Decided {
    fn from(r: &LineRule) -> Self {
        Decided { label: r.label, rule: r.id, reason: r.reason }
    }
}

impl From<&Decision> for Decided {
    fn from(d: &Decision) -> Self {
        Decided { label: d.label, rule: d.id, reason: d.reason }
    }
}

/// What the classifier found.
#[derive(Debug, Clone, PartialEq)]
pub struct Classified {
    /// One decision per input line, same order.
    pub decided: Vec<Decided>,
    /// Indices (into the lines) of the body lines, in order.
    pub body: Vec<usize>,
    /// The body lines' text, in order.
    pub paragraphs: Vec<String>,
    /// Index of the headline, if found.
    pub title: Option<usize>,
    /// Index of the standfirst, if found.
    pub lead: Option<usize>,
    /// Guessed language code.
    pub language: &'static str,
    /// No run of prose stood out; the body is the best guess of a fallback rule.
    pub fallback: bool,
}

/// The shape of a line, computed once.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// Characters.
    pub chars: usize,
    /// Words (runs of letters or digits; ideographs count half a word each).
    pub words: usize,
    /// Stop words of the page's language.
    pub stops: usize,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, a closing quote, `:`.
    pub ends_sentence: bool,
    /// Share of letters that are upper-case.
    pub upper_ratio: f32,
    /// A date or time makes up most of the line.
    pub is_date: bool,
}

impl Shape {
    fn stop_ratio(&self) -> f32 {
        if self.words == 0 { 0.0 } else { self.stops as f32 / self.words as f32 }
    }

    /// How much the line reads like a sentence of prose, from 0 to 1.
    pub fn prose(&self) -> f32 {
        let length = ((self.words as f32 - 4.0) / 16.0).clamp(0.0, 1.0);
        let stops = (self.stop_ratio() / 0.25).clamp(0.0, 1.0);
        let end = if self.ends_sentence { 1.0 } else { 0.6 };
        let caps = if self.upper_ratio > 0.6 { 0.3 } else { 1.0 };
        length * (0.35 + 0.65 * stops) * end * caps
    }
}

/// Labels every line and picks the body.
pub fn classify(lines: &[Line]) -> Classified {
    let language = lang::detect(lines.iter().filter(|l| l.text.len() > 40).map(|l| l.text.as_str()));
    let shapes: Vec<Shape> = lines.iter().map(|l| shape(&l.text, language)).collect();
    let mut decided: Vec<Option<Decided>> = lines
        .iter()
        .zip(&shapes)
        .map(|(l, s)| {
            if s.is_date {
                return Some(Decided::from(rules::DATE_OTHER));
            }
            rules::match_line(&l.text, s.chars).map(Decided::from)
        })
        .collect();
    mark_repeats(lines, &mut decided);
    mark_names_after_bare_by(&shapes, &mut decided);

    let (start, end) = densest_run(&shapes, &decided);
    let mut body: Vec<usize> = Vec::new();
    let mut fallback = false;
    if let Some((start, end)) = start.zip(end) {
        for i in start..=end {
            if decided[i].is_some() {
                continue;
            }
            if shapes[i].prose() >= 0.35 {
                body.push(i);
                decided[i] = Some(Decided::from(rules::BODY_MAIN_RUN));
            }
        }
        // Short headings between body paragraphs.
        for i in start..=end {
            if decided[i].is_none() && is_subheading(i, &shapes, &decided, lines) {
                body.push(i);
                decided[i] = Some(Decided::from(rules::BODY_HEADING));
            }
        }
        body.sort_unstable();
    }
    if body.is_empty() {
        // Fallback: every unlabelled line with some prose in it.
        fallback = true;
        for (i, s) in shapes.iter().enumerate() {
            if decided[i].is_none() && s.prose() >= 0.2 {
                body.push(i);
                decided[i] = Some(Decided::from(rules::BODY_MAIN_RUN));
            }
        }
    }

    let first_body = body.first().copied().unwrap_or(lines.len());
    let title = find_title(lines, &shapes, &decided, first_body);
    if let Some(t) = title {
        decided[t] = Some(Decided::from(rules::TITLE_NEAR_BODY));
    }
    let lead = title.and_then(|t| find_lead(&shapes, &decided, t, first_body));
    if let Some(l) = lead {
        decided[l] = Some(Decided::from(rules::LEAD_BELOW_TITLE));
    }
    if let Some(t) = title {
        mark_section(lines, &shapes, &mut decided, t);
    }
    mark_dates(&mut decided, title.unwrap_or(first_body));
    mark_pre_body_captions(&shapes, &mut decided, title, first_body);

    // Where a comment section follows the body, all after it is past the article's end.
    let end_marker = body.last().and_then(|&last| {
        (last + 1..lines.len()).find(|&i| decided[i].is_some_and(|d| d.label == Label::Comments))
    });
    let decided: Vec<Decided> = decided
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            d.unwrap_or_else(|| {
                if end_marker.is_some_and(|m| i > m) {
                    Decided::from(rules::AFTER_END)
                } else if shapes[i].prose() < 0.2 {
                    Decided::from(rules::NAV_OUTSIDE)
                } else {
                    Decided::from(rules::OTHER_OUTSIDE)
                }
            })
        })
        .collect();
    let paragraphs = body.iter().map(|&i| lines[i].text.clone()).collect();
    Classified { decided, body, paragraphs, title, lead, language, fallback }
}

/// Measures a line.
pub fn shape(text: &str, language: &str) -> Shape {
    let mut s = Shape::default();
    let mut upper = 0usize;
    let mut letters = 0usize;
    let mut ideographs = 0usize;
    let mut word = String::new();
    for c in text.chars() {
        s.chars += 1;
        if c.is_alphanumeric() {
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    upper += 1;
                }
            }
            if is_ideograph(c) {
                ideographs += 1;
                if !word.is_empty() {
                    finish_word(&mut s, &mut word, language);
                }
            } else {
                word.extend(c.to_lowercase());
            }
        } else if !word.is_empty() && !matches!(c, '\'' | '’' | '-') {
            finish_word(&mut s, &mut word, language);
        }
    }
    if !word.is_empty() {
        finish_word(&mut s, &mut word, language);
    }
    s.words += ideographs / 2;
    // Text in ideographic scripts has no stop words to count; its punctuation says enough.
    if ideographs > letters / 2 {
        s.stops = s.words / 4;
    }
    s.upper_ratio = if letters == 0 { 0.0 } else { upper as f32 / letters as f32 };
    let last = text.trim_end().chars().last().unwrap_or(' ');
    s.ends_sentence = matches!(last, '.' | '!' | '?' | '…' | '"' | '”' | '»' | '“' | ':' | '。' | '！' | '？' | ')' | '’');
    s.is_date = is_date_line(text);
    s
}

fn finish_word(s: &mut Shape, word: &mut String, language: &str) {
    s.words += 1;
    if lang::is_stop_word(word, language) {
        s.stops += 1;
    }
    word.clear();
}

fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// Words that may stand beside a date on a date line ("Updated", "Diperbarui").
const DATE_WORDS: &[&str] = &[
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs",
    "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
    "jueves", "viernes", "sábado", "domingo", "updated", "update", "published", "posted", "diperbarui",
    "dipublikasikan", "diterbitkan", "terbit", "aktualisiert", "veröffentlicht", "am", "um", "uhr", "on",
    "at", "publié", "le", "mis", "à", "jour", "publicado", "actualizado", "el", "de", "the", "last",
    "modified", "original", "pukul", "wib", "wita", "wit", "et", "gmt", "utc", "pm", "am", "a", "m", "p",
    "stand", "vom", "first", "created", "date", "tanggal", "waktu", "datum", "h", "cet", "cest", "bst",
    "est", "edt", "pst", "pdt", "ist", "z", "den", "dnia", "opublikowano", "aktualizacja", "min", "read",
];

/// Whether a line is only a date or time (with weekday names and words such as
/// "Updated" around it).
fn is_date_line(text: &str) -> bool {
    if text.len() > 120 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let found = dates::find(text);
    if found.is_empty() {
        return false;
    }
    let mut rest = String::with_capacity(text.len());
    let mut last = 0;
    for f in &found {
        rest.push_str(&text[last..f.start]);
        rest.push(' ');
        last = f.end;
    }
    rest.push_str(&text[last..]);
    rest.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 2 || DATE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Marks lines that repeat an earlier line (case and spaces aside). Leaked
/// markup that repeats other text is markup.
fn mark_repeats(lines: &[Line], decided: &mut [Option<Decided>]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        let key = line.text.to_lowercase();
        match seen.get(&key) {
            Some(_) if line.text.chars().count() >= 15 || line.had_markup => {
                if decided[i].is_none() || line.had_markup {
                    decided[i] = Some(Decided::from(if line.had_markup { rules::MARKUP_REPEAT } else { rules::DUPLICATE }));
                }
            }
            Some(_) => {}
            None => {
                seen.insert(key, i);
            }
        }
    }
}

/// The line after a lone "By" holds the names.
fn mark_names_after_bare_by(shapes: &[Shape], decided: &mut [Option<Decided>]) {
    for i in 1..decided.len() {
        let after_bare = decided[i - 1].is_some_and(|d| d.rule == "byline.bare");
        if after_bare && decided[i].is_none() && (1..=8).contains(&shapes[i].words) {
            decided[i] = Some(Decided::from(rules::BYLINE_NAME));
        }
    }
}

/// The densest run of prose: the run of lines with the largest sum of weights,
/// where prose counts for and everything else against.
fn densest_run(shapes: &[Shape], decided: &[Option<Decided>]) -> (Option<usize>, Option<usize>) {
    let weights: Vec<f32> = shapes.iter().zip(decided).map(|(s, d)| weight(s, d.as_ref())).collect();
    let (mut best, mut best_start, mut best_end) = (0.0f32, None, None);
    let (mut sum, mut start) = (0.0f32, 0usize);
    for (i, w) in weights.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += w;
        if sum > best {
            best = sum;
            best_start = Some(start);
            best_end = Some(i);
        }
    }
    // A comment section ends the article, whatever follows it.
    if let (Some(s), Some(e)) = (best_start, best_end) {
        let first_prose = (s..=e).find(|&i| decided[i].is_none() && shapes[i].prose() >= 0.35).unwrap_or(s);
        if let Some(stop) = (first_prose..=e).find(|&i| decided[i].is_some_and(|d| d.label == Label::Comments)) {
            best_end = stop.checked_sub(1).filter(|&x| x >= s);
        }
    }
    (best_start, best_end)
}

fn weight(shape: &Shape, decided: Option<&Decided>) -> f32 {
    match decided.map(|d| d.label) {
        // Interruptions inside articles: cost a little, so the run can bridge them.
        Some(Label::Related | Label::Advertisement | Label::Caption | Label::Duplicate | Label::Markup | Label::Byline) => -25.0,
        Some(Label::Comments | Label::Footer) => -200.0,
        Some(_) => -60.0,
        None => {
            let p = shape.prose();
            if p >= 0.35 {
                shape.chars as f32 * p
            } else {
                -(15.0 + shape.chars as f32 * 0.2)
            }
        }
    }
}

/// A short line between two body paragraphs that reads like a heading.
fn is_subheading(i: usize, shapes: &[Shape], decided: &[Option<Decided>], lines: &[Line]) -> bool {
    let s = &shapes[i];
    if s.words == 0 || s.words > 14 || s.is_date || !lines[i].blank_before {
        return false;
    }
    let is_body = |j: usize| decided[j].is_some_and(|d| d.label == Label::Body);
    let prev = (0..i).rev().find(|&j| decided[j].is_none_or(|d| d.label != Label::Advertisement));
    let next = (i + 1..shapes.len()).find(|&j| decided[j].is_none_or(|d| d.label != Label::Advertisement));
    prev.is_some_and(is_body) && next.is_some_and(is_body)
}

/// The headline: the best short line in the window above the body.
fn find_title(lines: &[Line], shapes: &[Shape], decided: &[Option<Decided>], first_body: usize) -> Option<usize> {
    let window_start = first_body.saturating_sub(30);
    let mut best: Option<(f32, usize)> = None;
    let mut rank = 0f32;
    for i in (window_start..first_body.min(lines.len())).rev() {
        if decided[i].is_some() {
            continue;
        }
        let s = &shapes[i];
        if s.words < 2 || s.words > 40 || s.chars < 10 {
            continue;
        }
        let mut score = 10.0 - rank * 1.5;
        rank += 1.0;
        if (4..=25).contains(&s.words) {
            score += 3.0;
        }
        if s.ends_sentence && lines[i].text.ends_with('.') {
            score -= 3.0;
        }
        if s.prose() > 0.6 && s.words > 25 {
            score -= 4.0;
        }
        if lines[i].blank_before && lines[i].blank_after {
            score += 1.0;
        }
        // A headline is often repeated (in leaked markup, in the share box).
        let key = lines[i].text.to_lowercase();
        if lines.iter().enumerate().any(|(j, l)| j != i && l.text.to_lowercase() == key) {
            score += 3.0;
        }
        // Bylines and dates stand just around the headline.
        let near = |j: usize| decided.get(j).copied().flatten().is_some_and(|d| matches!(d.label, Label::Byline | Label::Date));
        if (i + 1..(i + 5).min(lines.len())).any(near) || (i.saturating_sub(3)..i).any(near) {
            score += 2.0;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The standfirst: the first prose line between the headline and the body.
fn find_lead(shapes: &[Shape], decided: &[Option<Decided>], title: usize, first_body: usize) -> Option<usize> {
    (title + 1..first_body).find(|&i| decided[i].is_none() && shapes[i].words >= 8 && shapes[i].prose() >= 0.3)
}

/// A short label just above the headline, past date lines: the section.
fn mark_section(lines: &[Line], shapes: &[Shape], decided: &mut [Option<Decided>], title: usize) {
    for i in (title.saturating_sub(5)..title).rev() {
        match decided[i] {
            Some(d) if d.label == Label::Date => continue,
            Some(_) => return,
            None => {
                let s = &shapes[i];
                if (1..=3).contains(&s.words) && !lines[i].text.chars().any(|c| c.is_ascii_digit()) && s.chars <= 30 {
                    decided[i] = Some(Decided::from(rules::SECTION_ABOVE_TITLE));
                }
                return;
            }
        }
    }
}

/// Date lines near the headline are the publication date; a date line above
/// them, apart from them, is the page header's "today".
fn mark_dates(decided: &mut [Option<Decided>], anchor: usize) {
    let is_date = |d: &Option<Decided>| d.is_some_and(|d| d.rule == rules::DATE_OTHER.id);
    let Some(nearest) = (0..decided.len()).filter(|&i| is_date(&decided[i])).min_by_key(|&i| (i.abs_diff(anchor), i)) else {
        return;
    };
    // The publication date and its time may take adjacent lines.
    let mut first = nearest;
    while first > 0 && is_date(&decided[first - 1]) {
        first -= 1;
    }
    let mut last = nearest;
    while last + 1 < decided.len() && is_date(&decided[last + 1]) {
        last += 1;
    }
    for i in 0..decided.len() {
        if (first..=last).contains(&i) {
            decided[i] = Some(Decided::from(rules::DATE_PUBLISHED));
        } else if i < first && is_date(&decided[i]) && first.min(anchor) - i >= 2 {
            decided[i] = Some(Decided::from(rules::PAGE_DATE));
        }
    }
}

/// Short lines between the headline and the body that are not prose are
/// picture captions more often than anything else.
fn mark_pre_body_captions(shapes: &[Shape], decided: &mut [Option<Decided>], title: Option<usize>, first_body: usize) {
    let Some(t) = title else { return };
    for i in t + 1..first_body {
        if decided[i].is_none() && shapes[i].words >= 3 {
            decided[i] = Some(Decided::from(rules::CAPTION_NEAR_BYLINE));
        }
    }
}
