//! Kliping turns the raw text dump of a news page into a clean article.
//!
//! # The map
//!
//! ```text
//! raw text or HTML ──▶ normalize ──▶ segment ──▶ classify ──▶ metadata ──▶ entities ──▶ assemble ──▶ Article (JSON)
//! ```
//!
//! One module a stage, run in order by [`parse`]:
//!
//! - [`normalize`]: decoding checks, HTML to text, line breaks, spaces, entities.
//! - [`segment`]: numbered lines with their shape (blank lines around, leaked markup).
//! - [`classify`]: every line gets a [`model::Label`] and the rule that decided it;
//!   the article body is the densest run of sentence-like lines.
//! - [`meta`]: title, lead, section, dates, people, dateline, images, related links.
//! - [`entities`]: people, organisations, places, events, dates, quantities,
//!   acronyms and quotes, by rules, lists and (when loaded) a CRF tagger.
//! - [`assemble`]: the output [`model::Article`].
//!
//! Supporting modules: [`model`] (the JSON contract, the only serialised types),
//! [`rules`] (the rule tables, with examples that tests run), [`lexicon`]
//! (vocabulary tables), [`lang`] (language guess), [`dates`] (date parsing),
//! [`html`] (HTML to text), [`batch`] (JSON Lines records, shared by the CLI and the app).
//!
//! The web app lives in `app` (feature `app`) and only calls [`parse`] and
//! [`to_json`]: it sits on top of the parser, never inside it.
//!
//! # Invariants
//!
//! - The parser modules never import yew, web-sys, wasm-bindgen or `std::fs`:
//!   the same input gives byte-identical JSON natively and in WebAssembly.
//! - Parsing never panics, whatever the input; bad input is a [`ParseError`],
//!   anything less is a [`model::Diagnostic`].
//! - Parsing is deterministic: no clocks, no randomness, no hash-order output.
#![forbid(unsafe_code)]

pub mod assemble;
pub mod batch;
pub mod classify;
pub mod chars;
pub mod dates;
pub mod entities;
pub mod html;
pub mod lang;
pub mod learn;
pub mod lexicon;
pub mod meta;
pub mod model;
pub mod normalize;
pub mod rules;
pub mod segment;
pub mod weights;

mod error;

/// The web app (feature `app`): Yew components and browser glue for wasm32, and
/// the plain state and formatting code they use, which also builds natively.
#[cfg(feature = "app")]
pub mod app;

pub use error::ParseError;
pub use model::Article;

/// Default limit on input size: 10 MB.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// How to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Inputs longer than this many bytes are refused with [`ParseError::TooLarge`].
    pub max_bytes: usize,
    /// Run the entity stage.
    pub entities: bool,
    /// The NER model the entity stage tags names with. Without it names come from
    /// rules and lists only. The default is the model built into native builds
    /// (feature `embedded-model`, on for the CLI); the web page has none at first
    /// and loads it after first paint ([`entities::NerModel::from_bytes`]).
    pub ner: Option<std::sync::Arc<entities::NerModel>>,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_bytes: DEFAULT_MAX_BYTES, entities: true, ner: entities::NerModel::embedded() }
    }
}

/// Parses the raw text (or HTML) of one news page.
///
/// The stages, in order:
/// 1. normalize: refuse what cannot be parsed, render HTML to text, clean characters;
/// 2. segment: split into numbered lines and note their shape;
/// 3. classify: label every line and pick the body;
/// 4. metadata: read title, lead, dates, people and the rest from the labelled lines;
/// 5. entities: find named things in the clean text;
/// 6. assemble: build the [`Article`].
pub fn parse(input: &str, options: &Options) -> Result<Article, ParseError> {
    let text = normalize::normalize(input, options)?;
    let lines = segment::segment(&text.text);
    let classified = classify::classify(&lines);
    let metadata = meta::extract(&lines, &classified);
    let found = if options.entities {
        let body = assemble::join_body(&metadata.paragraphs);
        entities::extract(&entities::Input {
            title: metadata.title.as_deref(),
            lead: metadata.lead.as_deref(),
            dateline: metadata.dateline.as_deref(),
            body: &body,
            published: metadata.published.as_ref(),
            model: options.ner.as_deref(),
            language: classified.language,
        })
    } else {
        entities::Found::default()
    };
    Ok(assemble::assemble(&text, lines, classified, metadata, found))
}

/// Serialises an article as `kliping parse` prints it: compact (or indented when
/// `pretty`), ending with a newline. The same bytes natively and in WebAssembly.
pub fn to_json(article: &Article, pretty: bool) -> String {
    let json = if pretty { serde_json::to_string_pretty(article) } else { serde_json::to_string(article) };
    // The model holds only strings, numbers, lists and enums: serialising cannot fail.
    let mut json = json.unwrap_or_default();
    json.push('\n');
    json
}

/// Decodes and parses the bytes of a file (UTF-8, UTF-16 with BOM, or Windows-1252).
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Article, ParseError> {
    if bytes.len() > options.max_bytes {
        return Err(ParseError::TooLarge { bytes: bytes.len(), limit: options.max_bytes });
    }
    let decoded = normalize::decode(bytes)?;
    let mut article = parse(&decoded.text, options)?;
    // Never decode silently from another encoding: say which one was read.
    if decoded.encoding != "utf-8" {
        article.diagnostics.push(model::Diagnostic {
            code: model::DiagnosticCode::Decoded,
            message: format!("the input is not UTF-8: it was decoded as {}", decoded.encoding),
        });
    }
    Ok(article)
}

/// The JSON Schema of the output, generated from the [`model`] types.
#[cfg(feature = "schema")]
pub mod schema {
    /// The schema of [`crate::model::Article`] (with [`crate::model::BatchRecord`]
    /// among its definitions), pretty-printed, ending with a newline.
    pub fn schema_json() -> String {
        let mut schema = schemars::schema_for!(crate::model::Article);
        let batch = schemars::schema_for!(crate::model::BatchRecord);
        // The batch record's own definitions join the article's; its article is
        // this schema's root, so its references to `Article` point there.
        let batch_json = serde_json::to_string(batch.as_value()).unwrap_or_default().replace("\"#/$defs/Article\"", "\"#\"");
        let mut record: serde_json::Value = serde_json::from_str(&batch_json).unwrap_or_default();
        let batch_defs = record.as_object_mut().and_then(|o| {
            o.remove("$schema");
            o.remove("$defs")
        });
        if let Some(defs) = schema.ensure_object().entry("$defs").or_insert_with(|| serde_json::json!({})).as_object_mut() {
            for (name, def) in batch_defs.and_then(|d| d.as_object().cloned()).unwrap_or_default() {
                if name != "Article" {
                    defs.entry(name).or_insert(def);
                }
            }
            defs.insert("BatchRecord".to_string(), record);
        }
        let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
        out.push('\n');
        out
    }
}
