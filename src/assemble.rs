//! Stage 6: build the output article from what the stages found.

use std::borrow::Cow;

use crate::classify::Classified;
use crate::entities;
use crate::meta::Metadata;
use crate::model::{self, Article, Diagnostic, DiagnosticCode, Role};
use crate::normalize::Text;
use crate::segment::Line;

/// Reading speed used for `reading_time_minutes`, in words a minute.
const WORDS_PER_MINUTE: u32 = 200;

/// Joins paragraphs into the `body` string: blank lines between them.
pub fn join_body(paragraphs: &[String]) -> String {
    paragraphs.join("\n\n")
}

/// Builds the article.
pub fn assemble(text: &Text, lines: Vec<Line>, classified: Classified, meta: Metadata, found: entities::Found) -> Article {
    let body = join_body(&meta.paragraphs);
    let word_count = u32::try_from(count_words(&body)).unwrap_or(u32::MAX);
    // Each person once, where first named: a reporter's credit ("Pewarta: X")
    // and the author's ("Penulis: X") often name the same person.
    let names = |roles: &[Role]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for p in meta.people.iter().filter(|p| roles.contains(&p.role)) {
            if !out.iter().any(|n| n.to_lowercase() == p.name.to_lowercase()) {
                out.push(p.name.clone());
            }
        }
        out
    };
    let mut diagnostics = Vec::new();
    let mut note = |code: DiagnosticCode, message: &str| diagnostics.push(Diagnostic { code, message: message.to_string() });
    if text.from_html {
        note(DiagnosticCode::HtmlInput, "the input was HTML; it was rendered to text first");
    }
    if text.had_replacements {
        note(DiagnosticCode::ReplacementCharacters, "the input holds U+FFFD replacement characters: it was decoded wrongly before it got here");
    }
    if meta.title.is_none() {
        note(DiagnosticCode::NoTitle, "no title found");
    }
    // An editor's initials alone ("(rdp/imk)") name no writer.
    if !meta.people.iter().any(|p| matches!(p.role, Role::Author | Role::Reporter)) {
        note(DiagnosticCode::NoByline, "no byline found");
    }
    if meta.published.is_none() {
        note(DiagnosticCode::NoDate, "no publication date found");
    }
    if meta.paragraphs.is_empty() {
        note(DiagnosticCode::NoBody, "no body paragraph found");
    } else if classified.fallback {
        note(DiagnosticCode::BodyFallback, "no dense run of prose stood out; the body was chosen by a fallback rule");
    }
    if classified.language == crate::lang::UNDETERMINED {
        note(DiagnosticCode::UnknownLanguage, "the language could not be told");
    }
    Article {
        schema_version: model::SCHEMA_VERSION.to_string(),
        title: meta.title.clone(),
        lead: meta.lead.clone(),
        section: meta.section.clone(),
        published: meta.published.map(|s| s.to_iso()),
        published_text: meta.published_text.clone(),
        modified: meta.modified.map(|s| s.to_iso()),
        modified_text: meta.modified_text.clone(),
        retrieved: meta.retrieved.map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        authors: names(&[Role::Author, Role::Reporter]),
        editors: names(&[Role::Editor]),
        people: meta.people.clone(),
        dateline: meta.dateline.clone(),
        agency: meta.agency.clone(),
        language: classified.language.to_string(),
        images: meta.images.clone(),
        related: meta.related.clone(),
        tags: meta.tags.clone(),
        word_count,
        reading_time_minutes: word_count.div_ceil(WORDS_PER_MINUTE),
        paragraphs: meta.paragraphs,
        body,
        entities: found.entities,
        acronyms: found.acronyms,
        quotes: found.quotes,
        lines: lines
            .into_iter()
            .zip(&classified.decided)
            .map(|(l, d)| model::Line {
                number: l.number,
                text: l.text,
                label: d.label,
                rule: Cow::Borrowed(d.rule),
                reason: Cow::Borrowed(d.reason),
            })
            .collect(),
        diagnostics,
    }
}

/// Counts runs of letters or digits, as `chars::words(text).count()` would,
/// without cutting the words out (which costs twice as much).
pub fn count_words(text: &str) -> usize {
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while let Some((word, len)) = crate::chars::word_char_at(text, i) {
        count += usize::from(word && !in_word);
        in_word = word;
        i += len;
    }
    count
}
