//! Stage 5: entities. People, organisations, places, events, other named
//! things, dates and quantities, with every mention; acronyms with their
//! expansions; quotes with their speakers.
//!
//! [`extract`] reads the title, lead, dateline and body and runs, in order:
//! 1. tokens and sentences of each text ([`text`]);
//! 2. names per sentence: the CRF tagger when a model is given ([`ner`]), trigger
//!    words, lists and capitalised runs ([`names`], [`lexicon`]); in English
//!    text, rules for what the tagger, trained on Indonesian news, never saw:
//!    teams named after towns, the speaker after a quote, "US", towns before
//!    their state ([`english`]); in Indonesian text, rules for how crime and
//!    regional news writes: people by alias, nickname or initials ("Faisal
//!    (37) alias Komeng", "Basuki Tjahaja Purnama atau Ahok", "berinisial AS
//!    (34) dan RH (28)"), an organisation with its place after its
//!    acronym ("Pengadilan Negeri (PN) Lhoksukon"), places listed each after its
//!    region word, and occupations as roles ("Pengamat telekomunikasi Heru
//!    Setiadi") ([`names`]); in both, a role written after the name between
//!    commas or after "sebagai" ("Hendra Wibisana, Kepala Pelaksana BPBD Kota
//!    Bekasi, mengatakan", "Bahlil Lahadalia sebagai Menteri ESDM", "Phil Levy,
//!    chief economist at Flexport") and places joined by a hyphen
//!    ("Rusia-Ukraina");
//! 3. acronyms defined in the text or known to the curated list ([`acronyms`]);
//! 4. dates resolved against the publication date, on the side of it that
//!    "lalu" or "mendatang" names ([`dates`]), and quantities ([`quantities`]);
//! 5. document-level clean-up: full names given to short mentions, roles and
//!    title abbreviations to people, listed nicknames ("Jokowi") and initials
//!    in parentheses ("AHY") to the person named in full, acronyms to
//!    organisations, kinds fixed by lists ([`document`]);
//! 6. quotes and their speakers, pronouns and descriptions closed by "itu"
//!    ("kata politisi Partai Hanura itu") resolved to the last person named
//!    before the quote whose role says all the description says, an office to
//!    the one person who holds it ([`quotes`]).
//!
//! Offsets in the output count Unicode code points into the text named by the
//! mention's `part`: the body (paragraphs joined by `"\n\n"`) unless it says
//! title, lead or dateline.
//!
//! The stage works without a model, on rules and lists alone, so the web page
//! can show a first parse before the model has loaded; with a model
//! ([`ner::NerModel`]) it finds more names and finds them better.

pub mod acronyms;
mod crf;
pub mod dates;
pub mod document;
pub mod english;
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
    /// The article's language (ISO 639-1, as [`crate::lang::detect`] tells it),
    /// empty when not known: common English words are judged only in text that is
    /// not Indonesian ("Tempo berupaya ..." opens with the magazine's name).
    pub language: &'a str,
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

/// Bodies longer than this many bytes are read a piece at a time (see [`extract`]).
pub const PIECE_BYTES: usize = 128 * 1024;

/// Finds the entities, acronyms and quotes of an article.
///
/// The document-level work (linking short names to full ones, acronyms to what
/// they stand for) compares names with names, which costs more than linear time
/// in the number of names. News bodies are far shorter than [`PIECE_BYTES`]; a
/// longer one (a whole site pasted at once) is read in pieces of about that
/// size, cut between paragraphs where possible, and their findings merged, so
/// time and memory stay linear in the input.
pub fn extract(input: &Input<'_>) -> Found {
    if input.body.len() <= PIECE_BYTES {
        return document::extract(input, &lexicon::LISTS);
    }
    let mut found = Found::default();
    let mut index = Index::default();
    let (mut from, mut chars_before) = (0usize, 0u32);
    while from < input.body.len() {
        let to = piece_end(input.body, from);
        let piece = &input.body[from..to];
        let piece_input = if from == 0 { Input { body: piece, ..*input } } else { Input { title: None, lead: None, dateline: None, body: piece, ..*input } };
        merge(&mut found, &mut index, document::extract(&piece_input, &lexicon::LISTS), chars_before);
        chars_before = chars_before.saturating_add(u32::try_from(piece.chars().count()).unwrap_or(u32::MAX));
        from = to;
    }
    found
}

/// Where the piece of `body` that starts at `from` ends: at a paragraph break
/// in its second half, else after a sentence, else after a space, else at a
/// character boundary.
fn piece_end(body: &str, from: usize) -> usize {
    let mut limit = from + PIECE_BYTES;
    if limit >= body.len() {
        return body.len();
    }
    while !body.is_char_boundary(limit) {
        limit -= 1;
    }
    let mut half = from + PIECE_BYTES / 2;
    while !body.is_char_boundary(half) {
        half -= 1;
    }
    let window = &body[half..limit];
    let cut = window.rfind("\n\n").map(|i| i + 2).or_else(|| window.rfind(". ").map(|i| i + 2)).or_else(|| window.rfind(' ').map(|i| i + 1));
    cut.map_or(limit, |i| half + i).max(from + 1)
}

/// Where each entity (by kind and name) and acronym is in the merged findings.
#[derive(Default)]
struct Index {
    entities: rustc_hash::FxHashMap<(crate::model::EntityKind, String), usize>,
    acronyms: rustc_hash::FxHashSet<String>,
}

/// Adds what one piece of the body found, its body offsets moved by the code
/// points before the piece: entities of the same kind and name become one.
fn merge(into: &mut Found, index: &mut Index, mut piece: Found, chars_before: u32) {
    for entity in &mut piece.entities {
        for m in entity.mentions.iter_mut().filter(|m| m.part == crate::model::TextPart::Body) {
            m.start = m.start.saturating_add(chars_before);
            m.end = m.end.saturating_add(chars_before);
        }
    }
    for entity in piece.entities {
        match index.entities.get(&(entity.kind, entity.name.clone())).and_then(|&i| into.entities.get_mut(i)) {
            Some(same) => {
                same.mentions.extend(entity.mentions);
                for alias in entity.aliases {
                    if !same.aliases.contains(&alias) {
                        same.aliases.push(alias);
                    }
                }
                same.role = same.role.take().or(entity.role);
                same.acronym = same.acronym.take().or(entity.acronym);
            }
            None => {
                index.entities.insert((entity.kind, entity.name.clone()), into.entities.len());
                into.entities.push(entity);
            }
        }
    }
    for acronym in piece.acronyms {
        if index.acronyms.insert(acronym.short.clone()) {
            into.acronyms.push(acronym);
        }
    }
    for mut quote in piece.quotes {
        quote.start = quote.start.saturating_add(chars_before);
        quote.end = quote.end.saturating_add(chars_before);
        into.quotes.push(quote);
    }
}

/// Tags one tokenised sentence in IOB2, as `kliping tag` prints it: `B-PER`,
/// `I-ORG`, `B-LOC`, `B-EVENT`, `B-MISC` (other named things), `O`. The same
/// sentence-level rules as [`extract`], without the document-level clean-up.
pub fn tag_sentence(tokens: &[&str], model: Option<&NerModel>) -> Vec<String> {
    let lists = &*lexicon::LISTS;
    let mut buf = String::new();
    let lower = text::lower_words(tokens, &mut buf);
    let tags = match model.map(|m| m.tagger()) {
        Some(t) => t.tag_lowered(tokens, &lower),
        None => vec![ner::Tag::O; tokens.len()],
    };
    let spans = names::find(tokens, &lower, &tags, lists, model.is_some());
    names::iob2(tokens.len(), &spans)
}

/// Sorts `items` by `key` stably, exactly like the standard `sort_by_key`
/// (equal keys keep their order). Each call of the standard sort with its own
/// closure compiles its own copy of the sort, about 4 KB of WebAssembly; this
/// stage sorts in nine places, so they share one copy that orders positions
/// ([`stable_order`]), and only moving the items is compiled per type.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = stable_order(keys.len(), &|a, b| keys.get(a).cmp(&keys.get(b)));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// The positions `0..len` in the order `compare` gives them, ties in position
/// order. Not generic and never inlined, so the sort inside exists once.
#[inline(never)]
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, TextPart};

    #[test]
    fn a_long_body_is_read_in_pieces_with_offsets_into_the_whole_body() {
        let paragraph = "Menteri Luar Negeri Retno Marsudi bertemu pejabat di Phnom Penh pada Rabu (21/8). “Kami akan bekerja sama lebih erat,” kata Retno.";
        let body = [paragraph; 2500].join("\n\n") + "\n\nAkhirnya Sri Mulyani datang ke Surabaya.";
        assert!(body.len() > 2 * PIECE_BYTES);
        let found = extract(&Input { body: &body, ..Input::default() });
        let chars: Vec<char> = body.chars().collect();
        for e in &found.entities {
            for m in e.mentions.iter().filter(|m| m.part == TextPart::Body) {
                let at: String = chars[m.start as usize..m.end as usize].iter().collect();
                assert_eq!(at, m.text, "{} mention at {}", e.name, m.start);
            }
        }
        let retno: Vec<_> = found.entities.iter().filter(|e| e.kind == EntityKind::Person && e.name.contains("Retno")).collect();
        assert_eq!(retno.len(), 1, "one person across the pieces: {retno:?}");
        assert!(retno[0].mentions.len() >= 5000, "{} mentions", retno[0].mentions.len());
        assert!(found.entities.iter().any(|e| e.name == "Surabaya"), "the last piece is read");
        for q in &found.quotes {
            let at: String = chars[q.start as usize..q.end as usize].iter().collect();
            assert_eq!(at, q.text);
        }
        assert_eq!(found.quotes.len(), 2500);
    }

    #[test]
    fn pieces_cut_at_character_boundaries_without_spaces() {
        let body = "é".repeat(PIECE_BYTES * 2);
        let mut from = 0;
        while from < body.len() {
            let to = piece_end(&body, from);
            assert!(to > from && body.is_char_boundary(to));
            from = to;
        }
    }
}
