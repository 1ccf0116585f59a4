//! Output types of the entity stage: named things with their mentions,
//! acronyms with their expansions, and quotes with their speakers.
//!
//! Offsets (`start`, `end`) count Unicode code points into [`crate::model::Article::body`]
//! (the paragraphs joined by `"\n\n"`); mentions found in the title, lead or
//! dateline say so in `part` and count into that text instead.
//!
//! Kind-specific fields are left out of the JSON when they do not apply, so a
//! person has `role` and `aliases`, an organisation `acronym`, a date `text` and
//! `value`, a quantity `text`, `value` and `unit`.

use serde::{Deserialize, Serialize};

/// A named thing found in the article, with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entity {
    /// What kind of thing it is. Example: `"person"`.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Canonical name: the fullest form in the text, or for a date its ISO value and
    /// for a quantity its text. Example: `"Retno Marsudi"`.
    pub name: String,
    /// Person only: the office or title the text gives them. Example: `"Menteri Luar Negeri"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Other ways the text refers to the entity: short names, title
    /// abbreviations, acronyms. Example: `["Retno", "Menlu"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Organisation, place or event: its acronym, when the text or the curated list
    /// gives one. Example: `"JCBC"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Date and quantity: the first mention as written. Example: `"16-19 Agustus"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Date: the ISO 8601 value, reduced precision for a month or year, an interval
    /// with `/` (example: `"2024-08-16/2024-08-19"`). Quantity: the number
    /// (example: `1250000000000` for "Rp1,25 triliun", `12.5` for "12,5 persen").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<EntityValue>,
    /// Quantity: what is counted or measured. Currencies are ISO 4217 codes,
    /// percentages `"percent"`, other units as written in lower case, counted
    /// things as written. Example: `"IDR"`, `"percent"`, `"km"`, `"kasus"`, `"WNI"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Where it is mentioned, in text order. Example: `[{"text": "Retno Marsudi", "start": 32, "end": 45}]`.
    pub mentions: Vec<Mention>,
}

/// The value of a date or quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum EntityValue {
    /// A number. Whole numbers are written without a fraction. Example: `3703`.
    Number(#[serde(serialize_with = "number")] f64),
    /// An ISO 8601 date, reduced-precision date or interval. Example: `"2024-08-21"`.
    Iso(String),
}

/// Writes whole numbers as integers (`842`, not `842.0`), other numbers as they are.
fn number<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// Kinds of entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person. Example: `"Retno Marsudi"`.
    Person,
    /// An organisation: a government body, company, party, embassy. Example: `"PT PINDAD"`.
    Organization,
    /// A place: country, province, city, port. Example: `"Phnom Penh"`.
    Location,
    /// A named event: a fair, summit, election. Example: `"Indo Defence Expo and Forum"`.
    Event,
    /// A named thing of another kind: a ship, a product. Example: `"KRI Bima Suci"`.
    Other,
    /// A date, interval or time resolved against the publication date. Example: `"Rabu (21/8)"`.
    Date,
    /// A number with its unit: money, percentages, counts. Example: `"842 kasus"`.
    Quantity,
}

/// Where a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TextPart {
    /// The article body (`Article::body`).
    #[default]
    Body,
    /// The headline (`Article::title`).
    Title,
    /// The standfirst (`Article::lead`).
    Lead,
    /// The dateline (`Article::dateline`).
    Dateline,
}

impl TextPart {
    fn is_body(&self) -> bool {
        *self == TextPart::Body
    }
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Mention {
    /// The mention as written. Example: `"Menlu"`.
    pub text: String,
    /// Start, in code points into the text named by `part`. Example: `0`.
    pub start: u32,
    /// End (exclusive), in code points into the text named by `part`. Example: `5`.
    pub end: u32,
    /// Which text the offsets count into; left out for the body. Example: `"title"`.
    #[serde(default, skip_serializing_if = "TextPart::is_body")]
    pub part: TextPart,
}

/// An acronym and its expansion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Acronym {
    /// The short form as written. Example: `"TPPO"`.
    pub short: String,
    /// The expansion. Example: `"tindak pidana perdagangan orang"`.
    pub long: String,
    /// Where the expansion comes from. Example: `"text"`.
    pub source: AcronymSource,
}

/// Where an acronym's expansion was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AcronymSource {
    /// The article spells it out: "tindak pidana perdagangan orang (TPPO)".
    Text,
    /// Kliping's curated list of Indonesian institutions and common acronyms.
    List,
}

/// A direct quote and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quote {
    /// The quoted words, with their quote marks. Example: `"“Dalam pertemuan saya mendorong penguatan kemitraan ...,”"`.
    pub text: String,
    /// The speaker's canonical name, when known. Example: `"Retno Marsudi"`.
    pub speaker: Option<String>,
    /// How the text names the speaker next to the quote. Example: `"Menlu"` in "lanjut Menlu".
    pub speaker_text: Option<String>,
    /// The speech verb that attributes the quote. Example: `"lanjut"`.
    pub cue: Option<String>,
    /// Start of the quote, in code points into `body`. Example: `511`.
    pub start: u32,
    /// End (exclusive) of the quote, in code points into `body`. Example: `689`.
    pub end: u32,
}
