//! The JSON contract: every type Kliping serialises, and nothing else.
//!
//! One casing (`snake_case`) for every field and enum value. The JSON Schema in
//! `schema/article.schema.json` is generated from these types (`kliping schema`),
//! and a test fails when the committed file and the types disagree, so the schema
//! is never written twice.
//!
//! Offsets: entity mentions and quotes count Unicode scalar values (code points)
//! into [`Article::body`]; lines are numbered from 1 in the text the parser read.

mod entity;

pub use entity::{Acronym, AcronymSource, Entity, EntityKind, EntityValue, Mention, Quote, TextPart};

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// Version of this contract. Bump the minor part for added fields, the major part
/// for renamed or removed ones.
pub const SCHEMA_VERSION: &str = "1.2";

/// A parsed news article: the clean text, its metadata, and how every input line
/// was treated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Article {
    /// Version of this JSON contract. Example: `"1.0"`.
    pub schema_version: String,
    /// The article's headline; never the site name or a menu item. Example: `"Indonesia Gandeng Kamboja Cegah TPPO"`.
    pub title: Option<String>,
    /// The standfirst (dek) shown under the title, when the page has one apart from the body.
    pub lead: Option<String>,
    /// Section or rubric label of the page. Example: `"NASIONAL"`.
    pub section: Option<String>,
    /// Publication date-time, ISO 8601; with its UTC offset when the page names the zone. Example: `"2024-08-22T10:32:00+07:00"`.
    pub published: Option<String>,
    /// The text the publication date was read from. Example: `"22 Agustus 2024 10:32 WIB"`.
    pub published_text: Option<String>,
    /// Last modification date-time, when the page says the article was updated. Example: `"2024-08-22T14:05:00+07:00"`.
    pub modified: Option<String>,
    /// The text the modification date was read from.
    pub modified_text: Option<String>,
    /// The page-header "today" date: the day the page was viewed, not published. Example: `"2025-11-04"`.
    pub retrieved: Option<String>,
    /// Names of the writers (role `author` or `reporter`), in page order. Example: `["Aldiansyah Nurrahman"]`.
    pub authors: Vec<String>,
    /// Names of the editors, in page order. Example: `["Leo Wisnu Susapto"]`.
    pub editors: Vec<String>,
    /// Every credited person with their role, in page order.
    pub people: Vec<Person>,
    /// The place named at the start of the first paragraph ("JAKARTA -"). Example: `"JAKARTA"`.
    pub dateline: Option<String>,
    /// The news agency or outlet named in the dateline ("Reuters", "KOMPAS.com"). Example: `"KOMPAS.com"`.
    pub agency: Option<String>,
    /// Language of the article: an ISO 639-1 code, or `und` when unsure. Example: `"id"`.
    pub language: String,
    /// Pictures named by their captions, with the photo credit when given.
    pub images: Vec<Image>,
    /// Titles of the related articles the page links to ("Baca juga: ..."). Example: `["Kemenlu Edukasi Bahaya Online Scamming"]`.
    pub related: Vec<String>,
    /// Topic tags listed with the article.
    pub tags: Vec<String>,
    /// The article's body paragraphs, in order, without the title, lead or dateline.
    pub paragraphs: Vec<String>,
    /// The paragraphs joined by blank lines (`"\n\n"`).
    pub body: String,
    /// Words in the body (runs of letters or digits). Example: `312`.
    pub word_count: u32,
    /// Minutes to read the body at 200 words a minute, rounded up. Example: `2`.
    pub reading_time_minutes: u32,
    /// Named entities found in the title, lead and body.
    pub entities: Vec<Entity>,
    /// Acronyms with their expansions.
    pub acronyms: Vec<Acronym>,
    /// Direct quotes with their speakers.
    pub quotes: Vec<Quote>,
    /// Every non-blank input line with the label it got and the rule that decided it.
    pub lines: Vec<Line>,
    /// Non-fatal notes about the parse ("no byline found").
    pub diagnostics: Vec<Diagnostic>,
}

/// A person credited by the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person {
    /// The name as written, without the role word. Example: `"Aldiansyah Nurrahman"`.
    pub name: String,
    /// What they did for the article.
    pub role: Role,
}

/// The part a credited person played.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Wrote the article ("Penulis:", "By", "Oleh", "Von").
    Author,
    /// Reported it ("Reporter:", "Pewarta:").
    Reporter,
    /// Edited it ("Editor:", "Redaktur:", editor codes such as "(rdp/imk)").
    Editor,
    /// Took the pictures ("Fotografer:", "Foto:").
    Photographer,
    /// Contributed otherwise ("Kontributor:", "Contributor", "with reporting by").
    Contributor,
}

/// A picture, known only by its caption and credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Image {
    /// The caption without the credit. Example: `"Illustrasi perdagangan orang."`.
    pub caption: String,
    /// The photographer or agency credited. Example: `"Shutterstock"`.
    pub credit: Option<String>,
}

/// One non-blank line of the input and what the parser did with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Line {
    /// Line number, from 1, in the text the parser read (the input, or the text
    /// rendered from HTML input). Example: `28`.
    pub number: u32,
    /// The line after normalisation (entities decoded, spaces collapsed). Example: `"Baca: Kemenlu Edukasi Bahaya Online Scamming"`.
    pub text: String,
    /// What the line is.
    pub label: Label,
    /// Id of the rule that decided the label. Example: `"related.read_also"`.
    // Borrowed from the rule table when parsed, owned when read back from JSON.
    pub rule: Cow<'static, str>,
    /// Why that rule applies, in words. Example: `""Baca:" / "Baca juga:" links to another article"`.
    pub reason: Cow<'static, str>,
}

/// What a line of the page is. Only `body` lines become paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// The headline.
    Title,
    /// The standfirst under the headline.
    Lead,
    /// A section or rubric label, or a breadcrumb.
    Section,
    /// The publication or modification date.
    Date,
    /// A credit line naming authors, editors, reporters or photographers.
    Byline,
    /// A dateline standing on a line of its own.
    Dateline,
    /// A paragraph of the article.
    Body,
    /// A picture caption or photo credit.
    Caption,
    /// A link to another article ("Baca juga:", "Read more").
    Related,
    /// Menus, breadcrumbs and other site navigation.
    Navigation,
    /// Share buttons and social prompts.
    Share,
    /// Advertising.
    Advertisement,
    /// A prompt to the reader: subscribe, scroll, log in, download the app.
    Prompt,
    /// The comment section.
    Comments,
    /// Footer, copyright and legal lines.
    Footer,
    /// Leaked HTML or script residue.
    Markup,
    /// A repeat of a line already seen.
    Duplicate,
    /// The page header's "today" date.
    PageDate,
    /// Topic tags.
    Tags,
    /// Anything else outside the article.
    Other,
}

/// A non-fatal note about the parse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Diagnostic {
    /// Stable machine-readable code.
    pub code: DiagnosticCode,
    /// What happened, for people. Example: `"no byline found"`.
    pub message: String,
}

/// Kinds of non-fatal notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticCode {
    /// The input was HTML and was rendered to text first.
    HtmlInput,
    /// No title was found.
    NoTitle,
    /// No byline was found.
    NoByline,
    /// No publication date was found.
    NoDate,
    /// The body was chosen by a fallback rule, not the main one.
    BodyFallback,
    /// No body paragraph was found.
    NoBody,
    /// The language could not be told.
    UnknownLanguage,
    /// Some characters could not be decoded and were replaced.
    ReplacementCharacters,
    /// The input was not UTF-8 and was decoded from another encoding
    /// (Windows-1252, UTF-16); the message names it.
    Decoded,
}

/// One output line of `kliping batch`: a record's article, or why it failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BatchRecord {
    /// The record's id: the `id` field of a JSONL record, its line number when it
    /// has none, or the file name for a directory of files. Example: `"article-0001"`.
    pub id: String,
    /// Whether the record was parsed.
    pub status: BatchStatus,
    /// The parsed article, when `status` is `ok`.
    pub article: Option<Article>,
    /// Why the record failed, when `status` is `failed`. Example: `"line 3 is not valid JSON: expected value at column 1"`.
    pub error: Option<String>,
}

/// Outcome of one batch record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BatchStatus {
    /// Parsed.
    Ok,
    /// Not parsed; see `error`.
    Failed,
}
