//! Stage 5: entities. People, organisations, places, events, other named
//! things, dates and quantities, with every mention; acronyms with their
//! expansions; quotes with their speakers.
//!
//! [`extract`] reads the title, lead, dateline and body and runs, in order:
//! 1. tokens and sentences of each text ([`text`]);
//! 2. names per sentence: the CRF tagger when a model is given ([`ner`]), trigger
//!    words, lists and capitalised runs ([`names`], [`lexicon`]);
//! 3. acronyms defined in the text or known to the curated list ([`acronyms`]);
//! 4. dates resolved against the publication date ([`dates`]) and quantities
//!    ([`quantities`]);
//! 5. document-level clean-up: full names given to short mentions, roles and
//!    title abbreviations to people, acronyms to organisations, kinds fixed by
//!    lists ([`document`]);
//! 6. quotes and their speakers, pronouns resolved to the last person named
//!    ([`quotes`]).
//!
//! Offsets in the output count Unicode code points into the text named by the
//! mention's `part`: the body (paragraphs joined by `"\n\n"`) unless it says
//! title, lead or dateline.
//!
//! The stage works without a model, on rules and lists alone, so the web page
//! can show a first parse before the model has loaded; with a model
//! ([`ner::NerModel`]) it finds more names and finds them better.

pub mod acronyms;
pub mod dates;
pub mod document;
pub mod lexicon;
pub mod names;
pub mod ner;
pub mod quantities;
pub mod quotes;
pub mod text;

use crate::dates::Stamp;
use crate::model::{Acronym, Entity, Quote};

pub use ner::{ModelError, NerModel};

/// What the entity stage reads.
#[derive(Debug, Clone, Copy, Default)]
pub struct Input<'a> {
    /// The headline.
    pub title: Option<&'a str>,
    /// The standfirst.
    pub lead: Option<&'a str>,
    /// The dateline ("JAKARTA"), a place named before the body.
    pub dateline: Option<&'a str>,
    /// The body: paragraphs joined by `"\n\n"`. Mention offsets count code points into it.
    pub body: &'a str,
    /// The publication date, against which relative dates are resolved.
    pub published: Option<&'a Stamp>,
    /// The NER model, when loaded; without it names come from rules and lists only.
    pub model: Option<&'a NerModel>,
}

/// What the entity stage found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// Named things, dates and quantities, in order of first mention (title, lead, dateline, body).
    pub entities: Vec<Entity>,
    /// Acronyms with their expansions, in order of first appearance.
    pub acronyms: Vec<Acronym>,
    /// Direct quotes in the body, in order.
    pub quotes: Vec<Quote>,
}

/// Finds the entities, acronyms and quotes of an article.
pub fn extract(input: &Input<'_>) -> Found {
    document::extract(input, &lexicon::LISTS)
}

/// Tags one tokenised sentence in IOB2, as `kliping tag` prints it: `B-PER`,
/// `I-ORG`, `B-LOC`, `B-EVENT`, `B-MISC` (other named things), `O`. The same
/// sentence-level rules as [`extract`], without the document-level clean-up.
pub fn tag_sentence(tokens: &[&str], model: Option<&NerModel>) -> Vec<String> {
    let lists = &*lexicon::LISTS;
    let tags = match model.and_then(|m| m.tagger()) {
        Some(t) => t.tag(tokens),
        None => vec![ner::Tag::O; tokens.len()],
    };
    let spans = names::find(tokens, &tags, lists, model.is_some());
    names::iob2(tokens.len(), &spans)
}
