//! Stage 5: entities. Reserved: the entity stage (people, organisations, places,
//! events, dates, quantities, acronyms, quotes) plugs in here; until then it finds
//! nothing, and the article's `entities`, `acronyms` and `quotes` stay empty.

use crate::dates::Stamp;
use crate::model::{Acronym, Entity, Quote};

/// What the entity stage reads.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The headline.
    pub title: Option<&'a str>,
    /// The standfirst.
    pub lead: Option<&'a str>,
    /// The body: paragraphs joined by blank lines. Mention offsets point into it.
    pub body: &'a str,
    /// The publication date, against which relative dates are resolved.
    pub published: Option<&'a Stamp>,
}

/// What the entity stage found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub entities: Vec<Entity>,
    pub acronyms: Vec<Acronym>,
    pub quotes: Vec<Quote>,
}

/// Finds the entities of an article.
pub fn extract(_input: &Input<'_>) -> Found {
    Found::default()
}
