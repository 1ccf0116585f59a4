//! Output types of the entity stage. Reserved: the stage is not built yet, so the
//! lists are always empty, but their place in the contract is fixed.

use serde::{Deserialize, Serialize};

/// A named thing found in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entity {
    /// What kind of thing it is.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Canonical name. Example: `"Retno Marsudi"`.
    pub name: String,
    /// Where it is mentioned.
    pub mentions: Vec<Mention>,
}

/// Kinds of entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A place.
    Location,
    /// A named event.
    Event,
    /// A date or time.
    Date,
    /// A number with its unit.
    Quantity,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Mention {
    /// The mention as written.
    pub text: String,
    /// Start, in code points into `body`.
    pub start: u32,
    /// End (exclusive), in code points into `body`.
    pub end: u32,
}

/// An acronym and its expansion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Acronym {
    /// The short form. Example: `"TPPO"`.
    pub short: String,
    /// The expansion. Example: `"tindak pidana perdagangan orang"`.
    pub long: String,
}

/// A direct quote and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quote {
    /// The quoted words, with their quote marks.
    pub text: String,
    /// The speaker's canonical name, when known.
    pub speaker: Option<String>,
}
