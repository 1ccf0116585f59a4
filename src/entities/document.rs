//! Document-level work: the parts of the article read together, so that what
//! one sentence says clearly ("Menteri Luar Negeri (Menlu) Retno Marsudi")
//! explains the others ("papar Retno", "lanjut Menlu", "jelas dia").

use crate::entities::acronyms::{self, AcronymFound};
use crate::entities::lexicon::{self, AcronymClass, Class, FeatureLists, Lists};
use crate::entities::names::{self, Evidence};
use crate::entities::quantities::{self, DecimalMark};
use crate::entities::text::{self, CharOffsets, Token};
use crate::entities::{Found, Input, NerModel, dates, english, quotes};
use crate::model::{Acronym, AcronymSource, Entity, EntityKind, EntityValue, Mention, Quote, TextPart};

/// One text of the article with its tokens.
struct Part<'a> {
    part: TextPart,
    text: &'a str,
    tokens: Vec<Token<'a>>,
}

/// A mention of a name, before mentions are grouped into entities.
#[derive(Debug, Clone)]
struct Named {
    part: usize,
    /// Byte span in the part's text.
    start: usize,
    end: usize,
    kind: EntityKind,
    role: Option<String>,
    evidence: Evidence,
}

/// An entity being built: its mentions and what is known of it.
#[derive(Debug, Clone)]
struct Group {
    kind: EntityKind,
    name: String,
    role: Option<String>,
    aliases: Vec<String>,
    acronym: Option<String>,
    mentions: Vec<(usize, usize, usize)>,
}

/// A person named with "alias": the part, and the byte spans of the name and the alias.
type AliasPair = (usize, (usize, usize), (usize, usize));

/// Runs the entity stage (see the module docs of [`crate::entities`]).
pub fn extract(input: &Input<'_>, lists: &Lists) -> Found {
    let mut parts: Vec<Part<'_>> = Vec::new();
    for (part, text) in [
        (TextPart::Title, input.title),
        (TextPart::Lead, input.lead),
        (TextPart::Dateline, input.dateline),
        (TextPart::Body, Some(input.body)),
    ] {
        if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
            parts.push(Part { part, text, tokens: text::tokenize(text) });
        }
    }
    let tagger = input.model.map(|m| m.tagger());
    // Text that is not Indonesian goes through the same tagger, trained on
    // Indonesian news; its names get an English clean-up (`trim_english`).
    let english = input.language != "id";
    let extra = input.model.map(NerModel::lists);
    // Only read with the model's English words (`trim_english`).
    let inner_caps = if english && extra.is_some() { capitalised_inside_sentences(&parts) } else { Default::default() };
    let mut named: Vec<Named> = Vec::new();
    let mut aliases: Vec<AliasPair> = Vec::new();
    // Nicknames given through a noun for the person named before them: (part, span).
    let mut nicknamed: Vec<(usize, (usize, usize))> = Vec::new();
    // The lower-case forms of a sentence's words, which the tagger and the rules all read.
    let mut lower_buf = String::new();
    for (p, part) in parts.iter().enumerate() {
        if part.part == TextPart::Dateline {
            named.extend(dateline(p, part, lists));
            continue;
        }
        // A headline in capitals or in title case says little about which words are
        // names: it only gets mentions of names found elsewhere (see `link_repeats`).
        if part.part == TextPart::Title && is_title_case(part.text) {
            continue;
        }
        for range in text::sentences(part.text, &part.tokens) {
            let toks = &part.tokens[range];
            let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
            let lower = text::lower_words(&words, &mut lower_buf);
            let tags = match &tagger {
                Some(t) => t.tag_lowered(&words, &lower),
                None => vec![crate::entities::ner::Tag::O; words.len()],
            };
            let mut found = names::find(&words, &lower, &tags, lists, tagger.is_some());
            if tagger.is_some() {
                // The sentence tagger follows the model for people, organisations and places
                // (as `kliping tag` shows); for the article, what the rules find where the
                // model found nothing is kept too: a title's person, an organisation head's
                // organisation, a listed place.
                // A role is taken from its title on; a name before the title, in the office
                // that English writes first, is named too: "[Nissan] Chairman and CEO Carlos
                // Ghosn", "[Oracle] CEO Larry Ellison".
                let title_at = |(a, b): (usize, usize)| (a..b).find(|&k| lists.longest_match(&lower, k, Class::Title).is_some()).unwrap_or(a);
                let occupied = |l: &names::NameSpan, f: &names::NameSpan| {
                    let (ls, fs) = (l.role.map_or(l.start, |r| r.0.min(l.start)), f.role.map_or(f.start, |r| title_at(r).min(f.start)));
                    ls < f.end && fs < l.end
                };
                let mut extra = names::rules_in(&words, &lower, lists);
                // A titled person inside another person's role is named there, and the role
                // is the other's titles after it: "Vice President Mike Pence and Lt. Col.
                // Alexander Vindman".
                for l in extra.iter().filter(|l| l.kind == EntityKind::Person && l.role.is_some()) {
                    let inside = |f: &names::NameSpan| f.role.is_some_and(|(a, b)| a <= l.role.map_or(l.start, |r| r.0) && l.end <= b);
                    // Only where titles of the other's own follow it; otherwise the name is the
                    // complement of the other's title ("Walikota Cekmekoy Ahmet Poyraz").
                    if let Some(f) = found.iter_mut().find(|f| f.kind == EntityKind::Person && inside(f))
                        && let Some(role) = f.role.and_then(|r| names::role_after(&lower, lists, r, l.end))
                    {
                        f.role = Some(role);
                    }
                }
                if !english {
                    extra = extra.into_iter().flat_map(|s| names::split_at_region_words(&words, &lower, s)).collect();
                }
                extra.retain(|l| !found.iter().any(|f| occupied(l, f)));
                found.extend(extra);
            }
            if !english && let Some(extra) = extra {
                // In Indonesian, a title before one common word names an office, not a
                // person: "Panglima Muda", "Kompas100 CEO Forum". (Not in English, where
                // surnames are words: "President Trump", "Sheriff Marsh".)
                let common = |w: &str| extra.is_word(w) && !extra.is_name(w);
                found.retain(|s| !(s.kind == EntityKind::Person && s.role.is_some() && s.end == s.start + 1 && common(lower[s.start])));
            }
            if !english {
                found = found.into_iter().flat_map(|s| names::split_at_region_words(&words, &lower, s)).collect();
                names::join_units_and_places(&words, &lower, lists, &mut found);
                // "di Jalan Pemuda, Rawamangun, Jakarta Timur": one word after a street and a
                // comma, closed by punctuation or another name, is the street's neighbourhood,
                // whatever the tagger made of it ("di Jalan Merdeka, Budi mengatakan" is Budi).
                let streets: Vec<usize> = found.iter().filter(|f| {
                    let street = |k: usize| matches!(lower[k], "jalan" | "jl" | "jln" | "gang" | "gg");
                    f.kind == EntityKind::Location && (street(f.start) || (f.start > 0 && street(f.start - 1)))
                }).map(|f| f.end).collect();
                for f in found.iter_mut() {
                    if f.kind == EntityKind::Person && f.role.is_none() && f.end == f.start + 1 && f.start >= 2 && words[f.start - 1] == "," && streets.contains(&(f.start - 1)) && words.get(f.end).is_none_or(|w| matches!(*w, "," | "." | ";") || names::is_cap(w)) {
                        f.kind = EntityKind::Location;
                    }
                }
                // "Pengamat telekomunikasi Heru Setiadi": the occupation is the role.
                for s in found.iter_mut().filter(|s| s.kind == EntityKind::Person && s.role.is_none()) {
                    s.role = names::occupation_before(&words, &lower, s);
                }
                // "Faisal (37) alias Komeng", "berinisial HS": people, whatever the model
                // made of the words; a name the model ran into them keeps its other words.
                for (name, alias) in names::aliased_people(&words, &lower, lists) {
                    for r in std::iter::once(&name).chain(&alias) {
                        if let Some(f) = found.iter_mut().find(|f| (f.start, f.end) == (r.start, r.end)) {
                            f.kind = EntityKind::Person;
                            continue;
                        }
                        found = found
                            .into_iter()
                            .flat_map(|f| {
                                if f.end <= r.start || r.end <= f.start {
                                    return vec![f];
                                }
                                let before = names::NameSpan { end: r.start, ..f.clone() };
                                let after = names::NameSpan { start: r.end, role: None, ..f };
                                [before, after].into_iter().filter(|x| x.start < x.end).collect()
                            })
                            .collect();
                        found.push(r.clone());
                    }
                    if let Some(a) = alias {
                        let span = |x: &names::NameSpan| (toks[x.start].start, toks[x.end - 1].end);
                        aliases.push((p, span(&name), span(&a)));
                    }
                }
                // "Pria yang akrab disapa Dani ini": the nickname of the person named before.
                for r in names::described_nicknames(&words, &lower, lists) {
                    found.retain(|f| f.end <= r.start || r.end <= f.start);
                    nicknamed.push((p, (toks[r.start].start, toks[r.end - 1].end)));
                    found.push(r);
                }
            }
            if english {
                for s in &mut found {
                    trim_english(&words, &lower, s, extra, &inner_caps);
                }
                found.retain(|s| s.end > s.start);
                // A title in lower case before a name makes it a person ("Labour leader Keir
                // Starmer"), whatever else the model called the same words.
                for t in names::people_after_lower_case_titles(&words, &lower, lists) {
                    if let Some(f) = found.iter_mut().find(|f| (f.start, f.end) == (t.start, t.end)) {
                        f.kind = EntityKind::Person;
                        f.role = f.role.or(t.role);
                    } else if !found.iter().any(|f| f.start < t.end && t.start < f.end) {
                        found.push(t);
                    }
                }
                // What English writes that the tagger does not know (teams, a speaker after a
                // quote, "US", a town before its state) wins over the names it found inside.
                let rules = if input.language == "en" { english::spans(&words, &lower, lists, extra) } else { Vec::new() };
                for r in rules {
                    let overlaps = |f: &names::NameSpan| f.role.map_or(f.start, |(a, _)| a.min(f.start)) < r.end && r.start < f.end;
                    if found.iter().filter(|f| overlaps(f)).all(|f| r.start <= f.start && f.end <= r.end && f.role.is_none()) {
                        found.retain(|f| !overlaps(f));
                        found.push(r);
                    }
                }
                found = found.into_iter().flat_map(|s| english::split_at_and(&words, &lower, s)).collect();
                // "Joaquín Guzmán, known as El Chapo": the second name of a person just named.
                for (at, (a, b)) in english::known_as(&words, &lower) {
                    let Some(f) = found.iter().find(|f| f.kind == EntityKind::Person && f.end == at) else { continue };
                    let span = |x: (usize, usize)| (toks[x.0].start, toks[x.1 - 1].end);
                    aliases.push((p, span((f.start, f.end)), span((a, b))));
                    found.retain(|f| f.end <= a || b <= f.start);
                    found.push(names::NameSpan { start: a, end: b, kind: EntityKind::Person, role: None, evidence: Evidence::Trigger });
                }
                for s in &mut found {
                    if english::holiday(&words, s) {
                        s.kind = EntityKind::Event;
                    }
                    english::role_inside(&lower, lists, s);
                }
            }
            for s in &mut found {
                // "U.S." and "D.C." end with their last full stop, not before it.
                if s.end >= s.start + 3
                    && words.get(s.end) == Some(&".")
                    && words[s.end - 2] == "."
                    && words[s.end - 1].chars().count() == 1
                    && words[s.end - 1].chars().all(char::is_uppercase)
                {
                    s.end += 1;
                }
            }
            let spans: Vec<names::NameSpan> = found.into_iter().flat_map(|s| split_at_punctuation(&words, s)).collect();
            for s in &spans {
                let mut s = s.clone();
                if !english && let Some(extra) = extra {
                    trim_indonesian_opener(&words, &lower, lists, extra, &mut s);
                }
                let text_of = |(a, b): (usize, usize)| role_text(&part.text[toks[a].start..toks[b - 1].end]);
                let role = s.role.map(|r| match office_before_rank(&words, &lower, lists, r) {
                    Some(office) => format!("{} {}", text_of(office), text_of(r)),
                    None => text_of(r),
                });
                // "Hendra Wibisana, Kepala Pelaksana BPBD Kota Bekasi, mengatakan": the role after the name.
                let after = || names::role_after_name(&words, &lower, lists, &s, &spans).map(text_of);
                let role = if s.kind == EntityKind::Person { role.or_else(after) } else { role };
                // An Indonesian clitic on a name's last word is no part of the name: "Piala Dunia-nya".
                let last = toks[s.end - 1].text;
                let clitic = last.len() > 4 && last.get(last.len() - 4..).is_some_and(|t| t.eq_ignore_ascii_case("-nya"));
                let end = toks[s.end - 1].end - if clitic { 4 } else { 0 };
                if s.end == s.start + 1 && s.kind == EntityKind::Location && places_joined(toks[s.start].text, lists).is_some() {
                    continue;
                }
                named.push(Named { part: p, start: toks[s.start].start, end, kind: s.kind, role, evidence: s.evidence });
            }
            // Places joined by a hyphen are each a place: "konflik Rusia-Ukraina", "laga
            // Indonesia-Vietnam" (not inside a longer name: "Tol Jakarta-Cikampek").
            for (k, t) in toks.iter().enumerate() {
                // Not a token inside a longer name, nor one the model named otherwise.
                let named_otherwise = spans.iter().any(|s| s.start <= k && k < s.end && (s.end - s.start > 1 || s.kind != EntityKind::Location));
                if let Some(pieces) = places_joined(t.text, lists).filter(|_| !named_otherwise) {
                    for (a, b) in pieces {
                        named.push(Named { part: p, start: t.start + a, end: t.start + b, kind: EntityKind::Location, role: None, evidence: Evidence::List });
                    }
                }
            }
        }
    }

    // Acronyms: defined in the text first, then known to the list.
    let mut defined: Vec<(usize, AcronymFound)> = Vec::new();
    let mut listed: Vec<(usize, AcronymFound)> = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        for a in acronyms::find_defined(part.text, &part.tokens) {
            if !defined.iter().any(|(_, d)| d.short == a.short) {
                defined.push((p, a));
            }
        }
    }
    let defined_only: Vec<AcronymFound> = defined.iter().map(|(_, a)| a.clone()).collect();
    for (p, part) in parts.iter().enumerate() {
        let already: Vec<AcronymFound> = defined_only.iter().chain(listed.iter().map(|(_, a)| a)).cloned().collect();
        for a in acronyms::find_listed(&part.tokens, lists, &already) {
            listed.push((p, a));
        }
    }

    let mut groups = group_names(&parts, named, lists);
    link_aliases(&mut groups, &aliases);
    link_nicknames(&parts, &mut groups);
    link_short_names(&parts, &mut groups);
    for &(p, (s, e)) in &nicknamed {
        let holder = groups.iter().position(|g| g.kind == EntityKind::Person && g.mentions.contains(&(p, s, e)));
        let named_before = |g: &Group| g.mentions.iter().filter(|&&(gp, gs, _)| gp == p && gs < s).map(|&(_, gs, _)| gs).max();
        let before = groups.iter().enumerate().filter(|(_, g)| g.kind == EntityKind::Person && !g.mentions.contains(&(p, s, e))).filter_map(|(i, g)| named_before(g).map(|at| (at, i))).max();
        if let (Some(j), Some((_, i))) = (holder, before) {
            merge_group(&mut groups, i, j);
        }
    }
    if input.language == "en" {
        // A team is named again by its nickname alone: "the Lakers".
        for g in groups.iter_mut().filter(|g| g.kind == EntityKind::Organization) {
            let words: Vec<&str> = g.name.split_whitespace().collect();
            let lower = text::words_lower(&g.name);
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            if words.len() == lower.len()
                && let Some(at) = english::nickname_at(&words, &lower, lists, input.model.map(NerModel::lists))
            {
                g.aliases.push(words[at..].join(" "));
            }
        }
    }
    link_acronyms(&parts, &mut groups, &defined, &listed, lists);
    link_people(&parts, &mut groups, &defined, lists);
    drop_offices_of_organisations(&mut groups);
    // (A person's initials may spell a word: "berinisial AS".)
    let initials = |g: &Group| g.kind == EntityKind::Person && g.name.chars().count() >= 2 && g.name.chars().all(|c| c.is_uppercase());
    groups.retain(|g| !g.mentions.is_empty() && (initials(g) || !lexicon::NOT_NAMES.contains(&g.name.to_lowercase())));
    link_repeats(&parts, &mut groups);
    places_by_their_first_word(&mut groups);
    if let Some(model) = input.model {
        groups.retain(|g| !is_capitalised_word(&parts, g, model.lists(), lists, english));
    }

    let offsets: Vec<CharOffsets> = parts.iter().map(|p| CharOffsets::new(p.text)).collect();
    let mention = |p: usize, s: usize, e: usize| Mention {
        text: parts[p].text[s..e].to_string(),
        start: offsets[p].char_of(s),
        end: offsets[p].char_of(e),
        part: parts[p].part,
    };
    let mut entities: Vec<(usize, usize, Entity)> = Vec::new();
    for g in &groups {
        let mut ms = g.mentions.clone();
        ms.sort_unstable();
        ms.dedup();
        let first = ms[0];
        entities.push((
            first.0,
            first.1,
            Entity {
                kind: g.kind,
                name: g.name.clone(),
                role: g.role.clone(),
                aliases: g.aliases.clone(),
                acronym: g.acronym.clone(),
                text: None,
                value: None,
                unit: None,
                mentions: ms.iter().map(|&(p, s, e)| mention(p, s, e)).collect(),
            },
        ));
    }
    entities.extend(dates_and_quantities(&parts, input, &mention));
    super::sort_by_key(&mut entities, |(p, s, _)| (*p, *s));

    let people: Vec<&Group> = groups.iter().filter(|g| g.kind == EntityKind::Person).collect();
    let body = parts.iter().position(|p| p.part == TextPart::Body);
    let quotes = match body {
        Some(b) => speakers(&parts[b], b, &people, &offsets[b]),
        None => Vec::new(),
    };
    let mut acronyms_out: Vec<(usize, usize, Acronym)> = Vec::new();
    // Initials that spell a listed acronym name a person, not the acronym: "berinisial AS (34)".
    let a_person = |p: usize, a: &AcronymFound| !a.in_text && groups.iter().any(|g| g.kind == EntityKind::Person && g.mentions.contains(&(p, a.short_span.0, a.short_span.1)));
    for (p, a) in defined.iter().chain(&listed).filter(|(p, a)| !a_person(*p, a)) {
        let source = if a.in_text { AcronymSource::Text } else { AcronymSource::List };
        acronyms_out.push((*p, a.short_span.0, Acronym { short: a.short.clone(), long: a.long.clone(), source }));
    }
    super::sort_by_key(&mut acronyms_out, |(p, s, _)| (*p, *s));
    Found {
        entities: entities.into_iter().map(|(_, _, e)| e).collect(),
        acronyms: acronyms_out.into_iter().map(|(_, _, a)| a).collect(),
        quotes,
    }
}

/// Whether a headline is in capitals or title case: most of its words of four
/// letters or more start with a capital.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.len() >= 3 && caps * 4 >= words.len() * 3
}

/// The words, lower-case, that the body and the other parts write with a
/// capital inside a sentence, where the capital is the word's own.
fn capitalised_inside_sentences(parts: &[Part<'_>]) -> rustc_hash::FxHashSet<String> {
    let mut out = rustc_hash::FxHashSet::default();
    for part in parts.iter().filter(|p| !(p.part == TextPart::Title && is_title_case(p.text))) {
        for range in text::sentences(part.text, &part.tokens) {
            let toks = &part.tokens[range];
            for (k, t) in toks.iter().enumerate().skip(1) {
                if t.text.chars().next().is_some_and(char::is_uppercase) && !names::opens_sentence(toks[k - 1].text) {
                    out.insert(t.text.to_lowercase());
                }
            }
        }
    }
    out
}

/// In text that is not Indonesian, a name has no lower-case word inside it but
/// a connector ("Bank of England", "Ludwig van Beethoven") or a particle ("Lula
/// da Silva"): the tagger, trained on Indonesian, runs names on over English
/// verbs ("Dodgers made their L.A"), so a name ends before one (and before the
/// possessive "'s": "NASA's Goddard", before a connector that leads to a date:
/// "D.C. on Tuesday", and before a score: "Committee 15-4") and starts after one
/// ("conservative-leaning Tax Foundation"); "al-Assad", with a capital, is no
/// such word. A person's first word opening a sentence ("Hi Pamela", "Summary
/// Drinking") that is a common English word, no known name and nowhere
/// capitalised inside a sentence (`inner_caps`: "Matt" is, in "said Matt
/// Bevin") is no part of the name; nor is the person, when all that is left is
/// one more common word. Other kinds keep their first word ("Supreme Court").
fn trim_english(words: &[&str], lower: &[&str], s: &mut names::NameSpan, extra: Option<&FeatureLists>, inner_caps: &rustc_hash::FxHashSet<String>) {
    const PARTICLES: [&str; 18] = ["da", "di", "do", "dos", "das", "du", "del", "della", "des", "es", "le", "la", "y", "ibn", "bint", "ter", "ten", "zu"];
    let plain = |k: usize| {
        !words[k].chars().any(char::is_uppercase)
            && words[k].chars().next().is_some_and(char::is_lowercase)
            && !lexicon::CONNECTORS.contains(&lower[k])
            && !PARTICLES.contains(&lower[k])
    };
    let lower_case = |k: usize| words[k].chars().next().is_some_and(char::is_lowercase);
    while s.start < s.end && (plain(s.start) || lower_case(s.start) && lexicon::CONNECTORS.contains(&lower[s.start])) {
        s.start += 1;
    }
    let dated = |k: usize| lower_case(k) && words.get(k + 1).is_some_and(|w| dates::is_month_word(w));
    if let Some(k) = (s.start + 1..s.end).find(|&k| plain(k) || dated(k)) {
        s.end = k;
    }
    // A score or a time after a name is none of it: "the Natural Resources Committee 15-4".
    let score = |w: &str| w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic) && w.chars().any(|c| !c.is_ascii_digit());
    while s.end > s.start
        && (matches!(words[s.end - 1], "'" | "’") || lower_case(s.end - 1) && lexicon::CONNECTORS.contains(&lower[s.end - 1]) || score(words[s.end - 1]))
    {
        s.end -= 1;
    }
    let Some(extra) = extra else { return };
    let common = |k: usize| extra.is_english_word(lower[k]) && !extra.is_name(lower[k]);
    if s.kind == EntityKind::Person && s.end > s.start + 1 && (s.start == 0 || names::opens_sentence(words[s.start - 1])) && common(s.start) && !inner_caps.contains(lower[s.start]) {
        s.start += 1;
        if s.end == s.start + 1 && common(s.start) {
            s.end = s.start;
        }
    }
    // What is left may be a people's name alone: "An Israeli tank" -> "Israeli".
    if s.end == s.start + 1 && lexicon::DEMONYMS.contains(lower[s.start]) {
        s.end = s.start;
    }
    // A "person" named only with common English words, two or more of them no
    // known name, is a thing written in title case: "Wireless Charging Case",
    // "Training Workshop" ("Bill Powers", "Will Smith" stay).
    let span = s.start..s.end;
    if s.kind == EntityKind::Person && span.len() > 1 && span.clone().all(|k| extra.is_english_word(lower[k])) && span.clone().filter(|&k| !extra.is_name(lower[k])).count() >= 2 {
        s.end = s.start;
    }
    // Nor is a heading in capitals of three common words or more: "IDENTIFIED AS
    // PRESS", "DEATH BEHIND BARS".
    if span.len() > 2 && span.clone().all(|k| extra.is_english_word(lower[k]) && !words[k].chars().any(char::is_lowercase)) {
        s.end = s.start;
    }
}

/// Indonesian words for relatives that stand before the name of the person they are
/// related to (lower case).
const KINSHIP: [&str; 10] = ["suami", "istri", "isteri", "adik", "kakak", "cucu", "keponakan", "mertua", "sepupu", "menantu"];

/// A common Indonesian word that opens the sentence, or ends an office, before
/// an organisation's head or a place word is no part of the name: "ANTARA -
/// Petugas Polda Lampung menangkap ..." names Polda Lampung, "Panglima Muda
/// Komite Peralihan Aceh" Komite Peralihan Aceh. (Names that begin with a common
/// word and go on with no head, "Garuda Indonesia", keep it.) And the place of an
/// office goes with the office, not its holder's name: "Kajari Lhoksukon Teuku
/// Rahmatsyah" is Teuku Rahmatsyah, Kajari Lhoksukon; and a word for a relative
/// with the relative: "Suami Donna" names Donna.
fn trim_indonesian_opener(words: &[&str], lower: &[&str], lists: &Lists, extra: &FeatureLists, s: &mut names::NameSpan) {
    let after_title = (s.start.saturating_sub(3)..s.start).any(|k| lists.longest_match(lower, k, Class::Title) == Some(s.start - k));
    let opening = s.start == 0 || names::opens_sentence(words[s.start - 1]) || after_title;
    let headed = |k: usize| [Class::OrgHead, Class::PlaceWord].iter().any(|c| lists.longest_match(lower, k, *c).is_some());
    if s.end > s.start + 1
        && opening
        && is_indonesian_word(lower[s.start], extra)
        && !extra.is_name(lower[s.start])
        && lists.matches_at(lower, s.start).is_empty()
        && headed(s.start + 1)
    {
        s.start += 1;
    }
    // A kinship word before a name says whose relative is meant: "Suami Donna, Nicky,
    // menemukan ..." names Donna. ("Anak Agung" is a Balinese title, and stays.)
    if s.kind == EntityKind::Person && s.end > s.start + 1 && KINSHIP.contains(&lower[s.start]) {
        s.start += 1;
    }
    // A given name the tagger left in the office is the person's: "Hakim Ketua
    // [Wahyu] Iman Santoso" (not a word of a listed name: "Kapolda Metro Jaya").
    if s.kind == EntityKind::Person
        && let Some((a, b)) = s.role.filter(|&(_, b)| b == s.start)
    {
        let listed = |k: usize| (a..=k).any(|j| lists.matches_at(lower, j).iter().any(|&(n, _)| j + n > k));
        let mut k = b;
        while k > a + 1 && words[k - 1].starts_with(char::is_uppercase) && extra.is_name(lower[k - 1]) && !listed(k - 1) && !lexicon::is_office_field(lower[k - 1]) {
            k -= 1;
        }
        s.role = Some((a, k));
        s.start = k;
    }
    if s.kind == EntityKind::Person
        && let Some((a, b)) = s.role.filter(|&(_, b)| b == s.start)
        && let Some(n) = lists.longest_match(lower, s.start, Class::Place).or_else(|| extra.city_at(lower, s.start))
        && s.end >= s.start + n + 2
        && !extra.is_name(lower[s.start])
    {
        s.role = Some((a, b + n));
        s.start += n;
    }
}

/// The byte ranges of the places a word joins with hyphens, when every piece
/// is a listed place of one word: "Rusia-Ukraina", "AS-China".
fn places_joined(word: &str, lists: &Lists) -> Option<Vec<(usize, usize)>> {
    if !word.contains('-') {
        return None;
    }
    let mut pieces = Vec::new();
    let mut at = 0;
    for piece in word.split('-') {
        let place = piece.starts_with(char::is_uppercase) && lists.is(piece, Class::Place);
        if !place {
            return None;
        }
        pieces.push((at, at + piece.len()));
        at += piece.len() + 1;
    }
    Some(pieces)
}

/// A name never runs across punctuation other than an initial's full stop, the
/// full stop of an abbreviation names are written with ("St. Louis", "Los
/// Angeles, Calif.", "Martin Luther King Jr."), a hyphen or an ampersand:
/// "ANTARA News) - Petugas Polda Lampung" is two names.
fn split_at_punctuation(words: &[&str], s: names::NameSpan) -> Vec<names::NameSpan> {
    let mut out = Vec::new();
    let mut from = s.start;
    for k in s.start..=s.end {
        let breaks = k == s.end || {
            let w = words[k];
            let kept_stop = w == "." && k > s.start && (words[k - 1].chars().count() == 1 || names::abbreviation_in_names(&words[k - 1].to_lowercase()));
            // An organisation's acronym between its name and its place stays in it:
            // "Pengadilan Negeri (PN) Lhoksukon" (`names::join_units_and_places`).
            let acronym = s.kind == EntityKind::Organization && ((w == "(" && k + 3 < s.end && words[k + 2] == ")") || (w == ")" && k >= s.start + 3 && words[k - 2] == "("));
            !w.chars().next().is_some_and(char::is_alphanumeric) && !kept_stop && !acronym && !matches!(w, "&" | "'" | "’")
        };
        if breaks {
            if k > from && words[from..k].iter().any(|w| w.chars().next().is_some_and(char::is_uppercase)) {
                let role = if from == s.start { s.role } else { None };
                out.push(names::NameSpan { start: from, end: k, role, ..s.clone() });
            }
            from = k + 1;
        }
    }
    out
}

/// A one-word person or organisation named like a place of the article without
/// its place word is that place: "in Harlan, Pike and Mercer counties" after
/// "Harlan County". The mentions join the place.
fn places_by_their_first_word(groups: &mut Vec<Group>) {
    let mut i = 0;
    while i < groups.len() {
        let g = &groups[i];
        let single = matches!(g.kind, EntityKind::Person | EntityKind::Organization) && g.role.is_none() && g.aliases.is_empty() && !g.name.contains(' ');
        let place = single.then(|| {
            groups.iter().position(|p| {
                p.kind == EntityKind::Location
                    && p.name.strip_prefix(g.name.as_str()).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|tail| lexicon::PLACE_TAILS.contains(&tail.to_lowercase()))
            })
        });
        match place.flatten() {
            Some(p) => {
                let mentions = std::mem::take(&mut groups[i].mentions);
                groups[p].mentions.extend(mentions);
                groups.remove(i);
            }
            None => i += 1,
        }
    }
}

/// Every further occurrence of a name, written exactly as the entity's name or an
/// alias, in any part, is a mention (the tagger may miss a name it found elsewhere).
fn link_repeats(parts: &[Part<'_>], groups: &mut [Group]) {
    for i in 0..groups.len() {
        if !matches!(groups[i].kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location | EntityKind::Event | EntityKind::Other) {
            continue;
        }
        let mut forms: Vec<String> = vec![groups[i].name.clone()];
        forms.extend(groups[i].aliases.iter().cloned());
        forms.extend(groups[i].acronym.iter().cloned());
        for form in forms {
            let words: Vec<&str> = text::tokenize(&form).iter().map(|t| t.text).collect();
            if words.is_empty() {
                continue;
            }
            for (p, part) in parts.iter().enumerate() {
                for k in 0..part.tokens.len() {
                    let fits = words.iter().enumerate().all(|(n, w)| part.tokens.get(k + n).is_some_and(|t| t.text == *w));
                    if !fits {
                        continue;
                    }
                    let (s, e) = (part.tokens[k].start, part.tokens[k + words.len() - 1].end);
                    let taken = groups.iter().any(|g| g.mentions.iter().any(|&(gp, gs, ge)| gp == p && gs < e && s < ge));
                    if !taken {
                        groups[i].mentions.push((p, s, e));
                    }
                }
            }
        }
    }
}

/// Whether a name is one word that only ever opens a sentence, a paragraph or
/// a headline and is a common word, so that the capital came with the position
/// and the tagger took the word for a name: "Susunan pemain Maroko ...", "Bond
/// had not been set.", "Import ...". A common word is an Indonesian one (a root
/// word of the model's list, or one with a prefix or suffix: "Susunan",
/// "Pertandingan") that is no known name, or, when `english` (the text is not
/// Indonesian), an English one; an English word that is also a known name
/// ("Bond", "Price") only when it is named once, since a person the article
/// calls by surname alone is named again. Organisations and places of the lists
/// stay ("China", "Shell"), and so does any name with a role, an alias or an
/// acronym.
fn is_capitalised_word(parts: &[Part<'_>], g: &Group, extra: &FeatureLists, lists: &Lists, english: bool) -> bool {
    if g.role.is_some() || !g.aliases.is_empty() || g.acronym.is_some() || g.name.contains(char::is_whitespace) {
        return false;
    }
    let lower = g.name.to_lowercase();
    let common = match g.kind {
        EntityKind::Person => {
            let name = extra.is_name(&lower);
            (!name && is_indonesian_word(&lower, extra)) || (english && extra.is_english_word(&lower) && (!name || g.mentions.len() == 1))
        }
        EntityKind::Organization | EntityKind::Location => {
            english && lists.matches_at(&[lower.as_str()], 0).is_empty() && !extra.is_name(&lower) && extra.is_english_word(&lower)
        }
        _ => false,
    };
    common
        && g.mentions.iter().all(|&(p, s, _)| {
            let part = &parts[p];
            let before = part.text[..s].trim_end_matches([' ', '\t', '\u{a0}']);
            (part.part == TextPart::Title && is_title_case(part.text))
                || before.is_empty()
                || before.ends_with(['\n', '.', '!', '?', ':', ';', '"', '“', '”', '\'', '‘', '’', '(', '-', '–', '—', '•'])
        })
}

/// Whether `lower` is an Indonesian root word of the model's list, or one with
/// a common prefix or suffix (a root of four letters at least then: "dani" is
/// not "dan" with "-i").
fn is_indonesian_word(lower: &str, extra: &FeatureLists) -> bool {
    const PREFIXES: [&str; 15] = ["", "ber", "ter", "per", "di", "ke", "se", "me", "mem", "men", "meng", "pe", "pem", "pen", "peng"];
    const SUFFIXES: [&str; 5] = ["", "nya", "kan", "an", "i"];
    PREFIXES.iter().any(|p| {
        SUFFIXES.iter().any(|s| {
            let root = lower.strip_prefix(p).and_then(|r| r.strip_suffix(s));
            let min = if p.is_empty() && s.is_empty() { 3 } else { 4 };
            root.is_some_and(|r| r.chars().count() >= min && extra.is_word(r))
        })
    })
}

/// The role as it names the office: without a bracketed abbreviation ("Menteri
/// Luar Negeri (Menlu)" → "Menteri Luar Negeri").
fn role_text(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The office written before a rank and a comma, when the rank alone is the
/// role: "Kasubdit IV Renakta Ditreskrimum Polda Lampung, AKBP Ferdiyan Fahmi"
/// (the role is the office and the rank, as it is without the comma). The
/// office is a run of capitalised words (or Roman numerals) that starts with a
/// title, at most eight words.
fn office_before_rank(words: &[&str], lower: &[&str], lists: &Lists, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let rank = lexicon::CORPS_RANKS.contains(lower[a]) && lower[a + 1..b].iter().all(|w| lexicon::CORPS.contains(w));
    if !rank || a < 2 || words[a - 1] != "," {
        return None;
    }
    let end = a - 1;
    let office = |k: usize| names::is_cap(words[k]) && words[k].chars().any(char::is_alphanumeric);
    (end.saturating_sub(8)..end).rev().take_while(|&k| office(k)).filter(|&k| lists.longest_match(lower, k, Class::Title).is_some()).last().map(|k| (k, end))
}

/// The dateline names a place: "JAKARTA" is Jakarta.
fn dateline(p: usize, part: &Part<'_>, lists: &Lists) -> Option<Named> {
    let first = part.tokens.first()?;
    let words: Vec<&str> = part.tokens.iter().map(|t| t.text).collect();
    let mut buf = String::new();
    let lower = text::lower_words(&words, &mut buf);
    let n = lists.longest_match(&lower, 0, Class::Place)?;
    Some(Named { part: p, start: first.start, end: part.tokens[n - 1].end, kind: EntityKind::Location, role: None, evidence: Evidence::List })
}

/// The canonical name of a mention: places as the list writes them, without a
/// leading place word ("Pelabuhan Sihanoukville" → "Sihanoukville").
fn canonical(text: &str, kind: EntityKind, lists: &Lists) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if kind == EntityKind::Organization
        && let Some((head, rest)) = text.split_once(" (")
        && let Some((_, place)) = rest.split_once(") ")
    {
        // "Pengadilan Negeri (PN) Lhoksukon" is "Pengadilan Negeri Lhoksukon".
        return format!("{head} {place}");
    }
    if kind != EntityKind::Location {
        return text;
    }
    if let Some(name) = lists.place_name(&text) {
        return name.to_string();
    }
    let words = text::words_lower(&text);
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    if let Some(n) = lists.longest_match(&refs, 0, Class::PlaceWord).filter(|&n| n < refs.len()) {
        let rest: Vec<&str> = text.split_whitespace().skip(n).collect();
        let rest = rest.join(" ");
        return lists.place_name(&rest).map_or(rest.clone(), str::to_string);
    }
    text
}

/// Groups mentions into entities: people by their fullest name, the rest by name.
fn group_names(parts: &[Part<'_>], mut named: Vec<Named>, lists: &Lists) -> Vec<Group> {
    let text_of = |n: &Named| parts[n.part].text[n.start..n.end].to_string();
    // People first, longest names first, so short mentions find their full name.
    super::sort_by_key(&mut named, |n| (n.kind != EntityKind::Person, std::cmp::Reverse(n.end - n.start), n.part, n.start));
    let mut groups: Vec<Group> = Vec::new();
    // Each group's name in lower case, for the same-name test below.
    let mut lower_names: Vec<String> = Vec::new();
    for mut n in named {
        let text = text_of(&n);
        // Initials a rule named a person stay one, whatever they spell: "berinisial AS (34)".
        let initials = n.kind == EntityKind::Person && n.evidence == Evidence::Trigger && text.chars().all(char::is_uppercase);
        if !initials {
            n.kind = fixed_kind(&text, n.kind, lists);
        }
        let name = canonical(&text, n.kind, lists);
        let words: Vec<&str> = name.split_whitespace().collect();
        let person_match = groups.iter().position(|g| {
            g.kind == EntityKind::Person && n.kind == EntityKind::Person && contains_words(&g.name, &words)
        });
        // A one-word mention of another kind that is part of a person's name is that person
        // ("Retno" tagged as a place), unless a list says it is a place or organisation.
        let retagged = (words.len() == 1 && n.kind != EntityKind::Person && n.evidence <= Evidence::Model && !is_listed(&name, lists))
            .then(|| groups.iter().position(|g| g.kind == EntityKind::Person && contains_words(&g.name, &words)))
            .flatten();
        if let Some(i) = person_match.or(retagged) {
            let g = &mut groups[i];
            if name != g.name && !g.aliases.contains(&name) {
                g.aliases.push(name);
            }
            if g.role.is_none() {
                g.role = n.role;
            }
            g.mentions.push((n.part, n.start, n.end));
            continue;
        }
        let lower = name.to_lowercase();
        if let Some(g) = groups.iter_mut().zip(&lower_names).find(|(g, l)| **l == lower && (g.kind == n.kind || n.evidence < Evidence::Model)).map(|(g, _)| g) {
            g.mentions.push((n.part, n.start, n.end));
            continue;
        }
        lower_names.push(lower);
        groups.push(Group { kind: n.kind, name, role: n.role, aliases: Vec::new(), acronym: None, mentions: vec![(n.part, n.start, n.end)] });
    }
    groups
}

/// "Direktur Utama Jakarta Propertindo mengatakan": a one-word person the tagger
/// found after an office, which with the office's last word is part of an
/// organisation's name the article writes ("PT Jakarta Propertindo"), is the end
/// of that name, and names no one.
fn drop_offices_of_organisations(groups: &mut Vec<Group>) {
    let bodies: Vec<String> = groups
        .iter()
        .filter(|g| g.kind == EntityKind::Organization)
        .flat_map(|g| std::iter::once(g.name.clone()).chain(g.aliases.iter().cloned()))
        .collect();
    groups.retain(|g| {
        if g.kind != EntityKind::Person || g.name.contains(char::is_whitespace) {
            return true;
        }
        let Some(last) = g.role.as_deref().and_then(|r| r.split_whitespace().last()) else { return true };
        !bodies.iter().any(|b| contains_words(b, &[last, g.name.as_str()]))
    });
}

/// A person named "X alias Y" is one entity: Y's mentions become X's, and Y an alias.
fn link_aliases(groups: &mut Vec<Group>, aliases: &[AliasPair]) {
    for &(p, name, alias) in aliases {
        let holder = |groups: &[Group], (s, e): (usize, usize)| groups.iter().position(|g| g.kind == EntityKind::Person && g.mentions.contains(&(p, s, e)));
        let (Some(i), Some(j)) = (holder(groups, name), holder(groups, alias)) else { continue };
        if i == j {
            continue;
        }
        merge_group(groups, i, j);
    }
}

/// A person the article names in full is also the one its listed nickname
/// names ("Joko Widodo" and "Jokowi"): the nickname's entity joins the person's,
/// or, where the tagger did not find it, becomes an alias whose every
/// occurrence is a mention (see `link_repeats`).
fn link_nicknames(parts: &[Part<'_>], groups: &mut Vec<Group>) {
    let written = |parts: &[Part<'_>], name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        parts.iter().any(|p| p.tokens.windows(words.len()).any(|w| w.iter().zip(&words).all(|(t, n)| t.text == *n)))
    };
    for &(nick, full) in lexicon::NICKNAMES {
        // A one-word name only whole: "Pak Harto" is Soeharto, not Tommy Soeharto.
        let full_words: Vec<&str> = full.split_whitespace().collect();
        let named = |g: &Group| g.kind == EntityKind::Person && if full_words.len() == 1 { g.name == full } else { contains_words(&g.name, &full_words) };
        let Some(i) = groups.iter().position(named) else { continue };
        match groups.iter().position(|g| g.name == nick && g.kind != EntityKind::Location) {
            Some(j) if j != i => merge_group(groups, i, j),
            Some(_) => {}
            None if !groups[i].aliases.iter().any(|a| a == nick) && written(parts, nick) => groups[i].aliases.push(nick.to_string()),
            None => {}
        }
    }
}

/// An organisation's short name in parentheses after it, one capitalised word
/// that is no acronym of it ("PT Hutchison 3 Indonesia (Tri)"), names the
/// organisation wherever the article uses it: the tagger's person of that name
/// joins it, and the name becomes an alias.
fn link_short_names(parts: &[Part<'_>], groups: &mut Vec<Group>) {
    let mut i = 0;
    while i < groups.len() {
        let short = (groups[i].kind == EntityKind::Organization)
            .then(|| {
                groups[i].mentions.iter().find_map(|&(p, _, e)| {
                    let rest = parts[p].text.get(e..)?.strip_prefix(" (")?;
                    let word = &rest[..rest.find(')')?];
                    let capitalised = word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase) && word.chars().count() >= 3;
                    capitalised.then(|| word.to_string())
                })
            })
            .flatten();
        // (A place in parentheses says where: "Deutschen Film Hansa (Hamburg)".)
        match short.and_then(|w| groups.iter().position(|g| g.name == w && g.kind == EntityKind::Person)) {
            Some(j) => {
                groups[j].role = None;
                merge_group(groups, i, j);
                i = 0;
            }
            None => i += 1,
        }
    }
}

/// Moves group `from` into group `into`: its mentions, its name and aliases as
/// aliases, and its role where `into` has none.
fn merge_group(groups: &mut Vec<Group>, into: usize, from: usize) {
    let other = groups.remove(from);
    let into = if from < into { into - 1 } else { into };
    let g = &mut groups[into];
    g.mentions.extend(other.mentions);
    for a in std::iter::once(other.name).chain(other.aliases) {
        if a != g.name && !g.aliases.contains(&a) {
            g.aliases.push(a);
        }
    }
    g.role = g.role.take().or(other.role);
}

/// The kind a name's own words give it, where they overrule the tagger: a listed
/// place or institution, an organisation head or tail ("Alaska Airlines"), an
/// event word ("Global Climate Summit").
fn fixed_kind(name: &str, kind: EntityKind, lists: &Lists) -> EntityKind {
    if !matches!(kind, EntityKind::Person | EntityKind::Organization | EntityKind::Location) {
        return kind;
    }
    if lists.is(name, Class::Place) && kind != EntityKind::Organization {
        return EntityKind::Location;
    }
    if lists.is(name, Class::Org) {
        return EntityKind::Organization;
    }
    let words = text::words_lower(name);
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    if refs.len() < 2 {
        return kind;
    }
    if (0..refs.len()).any(|k| lists.longest_match(&refs, k, Class::EventHead).is_some()) {
        return EntityKind::Event;
    }
    let tail = lists.longest_match(&refs, refs.len() - 1, Class::OrgTail).is_some();
    let head = lists.longest_match(&refs, 0, Class::OrgHead).is_some();
    if kind == EntityKind::Person && (tail || head) { EntityKind::Organization } else { kind }
}

fn is_listed(name: &str, lists: &Lists) -> bool {
    lists.is(name, Class::Place) || lists.is(name, Class::Org)
}

/// Whether `words` appear, in order and whole, in `name`.
fn contains_words(name: &str, words: &[&str]) -> bool {
    let have: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty() && have.len() >= words.len() && have.windows(words.len()).any(|w| w == words)
}

/// Gives organisations their acronyms and the acronyms' mentions; drops
/// acronyms of common nouns ("tindak pidana perdagangan orang (TPPO)") as names.
fn link_acronyms(parts: &[Part<'_>], groups: &mut Vec<Group>, defined: &[(usize, AcronymFound)], listed: &[(usize, AcronymFound)], lists: &Lists) {
    for (p, a) in defined {
        let Some((ls, le)) = a.long_span else { continue };
        let long_is_name = a.long.split_whitespace().filter(|w| w.chars().count() > 3).all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !long_is_name {
            // A common noun or a crime: not a name, however the tagger saw it.
            groups.retain(|g| g.name != a.short);
            continue;
        }
        if lists.is(&a.long, Class::Title) || lists.acronym(&a.short).is_some_and(|k| k.class == AcronymClass::Title) {
            continue; // A title: handled with people.
        }
        let head = a.long.split_whitespace().next().map(str::to_lowercase).unwrap_or_default();
        // The organisation's mention may hold a little more than the long form, or a short
        // word in capitals before it: "PT", "US".
        let capitals_before = |s: usize| parts[*p].text.get(s..ls).is_some_and(|t| t.len() <= 3 && t.ends_with(' ') && t.trim_end().chars().all(|c| c.is_ascii_uppercase()));
        let spans_long = |g: &Group| g.mentions.iter().any(|&(gp, s, e)| gp == *p && s <= ls && le <= e && ((e - s) <= (le - ls) + 2 || (e == le && capitals_before(s))));
        if lexicon::NOT_BODY_HEADS.contains(&head) {
            // A fee, a measure or a programme: not a name, however the tagger saw it.
            groups.retain(|g| g.name != a.short && !spans_long(g));
            continue;
        }
        let short_mentions = token_mentions(parts, &a.short);
        // A person's initials: "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY)" is
        // one person, AHY an alias. Only a person with a title in the role: the tagger takes
        // bodies for people ("Verein Deutsche Sprache (VDS)", "peneliti Indonesia Corruption
        // Watch (ICW)").
        let titled = |role: &str| {
            let words = text::words_lower(role);
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            (0..refs.len()).any(|k| lists.longest_match(&refs, k, Class::Title).is_some())
        };
        if let Some(i) = groups.iter().position(|g| g.kind == EntityKind::Person && g.role.as_deref().is_some_and(titled) && g.mentions.contains(&(*p, ls, le))) {
            if !groups[i].aliases.contains(&a.short) {
                groups[i].aliases.push(a.short.clone());
            }
            groups[i].mentions.extend(short_mentions);
            let short = a.short.clone();
            groups.retain(|g| g.name != short || g.kind == EntityKind::Person && g.aliases.contains(&short));
            continue;
        }
        // The name as defined, or with its place after the acronym: "Pengadilan Negeri (PN) Lhoksukon".
        let with_place = |s: usize, e: usize| s == ls && parts[*p].text.get(le..e).is_some_and(|t| t.trim_start().starts_with(&format!("({})", a.short)));
        let holder = groups.iter().position(|g| g.kind != EntityKind::Person && (spans_long(g) || g.mentions.iter().any(|&(gp, s, e)| gp == *p && with_place(s, e))));
        let i = match holder {
            Some(i) => i,
            None => {
                let words = text::words_lower(&a.long);
                let refs: Vec<&str> = words.iter().map(String::as_str).collect();
                let kind = if (0..refs.len()).any(|k| lists.longest_match(&refs, k, Class::EventHead).is_some()) {
                    EntityKind::Event
                } else if lists.is(&a.long, Class::Place) {
                    EntityKind::Location
                } else {
                    EntityKind::Organization
                };
                groups.push(Group { kind, name: a.long.clone(), role: None, aliases: Vec::new(), acronym: None, mentions: vec![(*p, ls, le)] });
                groups.len() - 1
            }
        };
        if lexicon::MEETING_HEADS.contains(&head) {
            groups[i].kind = EntityKind::Event;
        }
        groups[i].acronym = Some(a.short.clone());
        groups[i].mentions.extend(short_mentions);
        let short = a.short.clone();
        let keep = i;
        let mut k = 0;
        groups.retain(|g| {
            let drop = k != keep && g.name == short;
            k += 1;
            !drop
        });
    }
    // Organisations the list knows by an acronym: "Kedutaan Besar Republik Indonesia" is KBRI,
    // and a separate "KBRI" entity is the same organisation.
    for i in 0..groups.len() {
        if groups[i].kind != EntityKind::Organization || groups[i].acronym.is_some() {
            continue;
        }
        let Some(short) = lists.short_of(&groups[i].name).filter(|s| *s != groups[i].name).map(str::to_string) else { continue };
        if let Some(j) = groups.iter().position(|g| g.name == short && g.kind == EntityKind::Organization) {
            let moved = std::mem::take(&mut groups[j].mentions);
            groups[i].mentions.extend(moved);
        }
        groups[i].acronym = Some(short);
    }
    // "BPBD Kota Bekasi" after "Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi":
    // the acronym and the place name the same organisation.
    let mut j = 0;
    while j < groups.len() {
        let same = groups[j].name.split_once(' ').and_then(|(short, place)| {
            groups.iter().position(|g| g.kind == EntityKind::Organization && g.acronym.as_deref() == Some(short) && g.name.ends_with(&format!(" {place}")))
        });
        match same {
            Some(i) if i != j && groups[j].kind != EntityKind::Person => merge_group(groups, i, j),
            _ => j += 1,
        }
    }
    // Listed acronyms of things that are not names (WNI, UU) are not entities.
    for (_, a) in listed {
        if a.class == Some(AcronymClass::Other) {
            groups.retain(|g| g.name != a.short);
        }
    }
}

/// Every token of the parts written exactly `word`, as mentions.
fn token_mentions(parts: &[Part<'_>], word: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        for t in &part.tokens {
            if t.text == word {
                out.push((p, t.start, t.end));
            }
        }
    }
    out
}

/// People: their title abbreviations become aliases ("Menlu" for the Menteri
/// Luar Negeri), and every later use of a short name or title is a mention.
fn link_people(parts: &[Part<'_>], groups: &mut [Group], defined: &[(usize, AcronymFound)], lists: &Lists) {
    let covered = |groups: &[Group], p: usize, s: usize, e: usize| groups.iter().any(|g| g.mentions.iter().any(|&(gp, gs, ge)| gp == p && gs < e && s < ge));
    for i in 0..groups.len() {
        if groups[i].kind != EntityKind::Person {
            continue;
        }
        // The title's abbreviation: defined in the text next to the role, or in the list.
        if let Some(role) = groups[i].role.clone() {
            let from_text = defined.iter().find(|(_, a)| a.long.eq_ignore_ascii_case(&role)).map(|(_, a)| a.short.clone());
            let from_list = lists.short_of(&role).filter(|s| lists.acronym(s).is_some_and(|k| k.class == AcronymClass::Title)).map(str::to_string);
            let holders = groups.iter().filter(|g| g.role.as_deref() == Some(role.as_str())).count();
            if let Some(short) = from_text.or(from_list).filter(|s| holders == 1 && !groups[i].aliases.contains(s)) {
                groups[i].aliases.push(short);
            }
        }
        // Short names: each word of a full name of two or more words that is itself name-like.
        let full: Vec<String> = groups[i].name.split_whitespace().map(str::to_string).collect();
        let mut shorts: Vec<String> = groups[i].aliases.clone();
        if full.len() >= 2 {
            for w in &full {
                let unique = groups.iter().filter(|g| g.kind == EntityKind::Person && g.name.split_whitespace().any(|x| x == w)).count() == 1;
                if w.chars().count() >= 3 && unique && !lexicon::NOT_NAMES.contains(&w.to_lowercase()) && !is_listed(w, lists) {
                    shorts.push(w.clone());
                }
            }
        }
        for short in shorts {
            for (p, s, e) in token_mentions(parts, &short) {
                if !covered(groups, p, s, e) {
                    groups[i].mentions.push((p, s, e));
                    if !groups[i].aliases.contains(&short) && short != groups[i].name {
                        groups[i].aliases.push(short.clone());
                    }
                }
            }
        }
    }
}

/// Dates and quantities of every part, as entities grouped by value.
fn dates_and_quantities(parts: &[Part<'_>], input: &Input<'_>, mention: &dyn Fn(usize, usize, usize) -> Mention) -> Vec<(usize, usize, Entity)> {
    let anchor = input.published.map(|s| s.date);
    let mark = decimal_mark(input.body);
    let mut out: Vec<(usize, usize, Entity)> = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        if part.part == TextPart::Dateline {
            continue;
        }
        let found = dates::find(part.text, anchor);
        let taken: Vec<(usize, usize)> = found.iter().map(|d| (d.start, d.end)).collect();
        for d in found {
            let m = mention(p, d.start, d.end);
            match out.iter_mut().find(|(_, _, e)| e.kind == EntityKind::Date && e.name == d.value) {
                Some((_, _, e)) => e.mentions.push(m),
                None => out.push((p, d.start, valued(EntityKind::Date, d.value.clone(), EntityValue::Iso(d.value), None, m))),
            }
        }
        for q in quantities::find(part.text, mark, &taken) {
            let m = mention(p, q.start, q.end);
            let same = |e: &Entity| e.kind == EntityKind::Quantity && e.unit.as_deref() == Some(q.unit.as_str()) && e.value == Some(EntityValue::Number(q.value));
            match out.iter_mut().find(|(_, _, e)| same(e)) {
                Some((_, _, e)) => e.mentions.push(m),
                None => out.push((p, q.start, valued(EntityKind::Quantity, m.text.clone(), EntityValue::Number(q.value), Some(q.unit), m))),
            }
        }
    }
    out
}

/// A date or quantity entity with its first mention.
fn valued(kind: EntityKind, name: String, value: EntityValue, unit: Option<String>, first: Mention) -> Entity {
    Entity {
        kind,
        name,
        role: None,
        aliases: Vec::new(),
        acronym: None,
        text: Some(first.text.clone()),
        value: Some(value),
        unit,
        mentions: vec![first],
    }
}

/// Indonesian text uses a decimal comma, English a decimal point: the stop words tell.
fn decimal_mark(body: &str) -> DecimalMark {
    let (mut id, mut en) = (0, 0);
    let mut w = String::new();
    for word in body.split(|c: char| !c.is_alphabetic()).take(2000) {
        w.clear();
        text::push_lower(word, &mut w);
        id += usize::from(crate::lang::is_stop_word(&w, "id"));
        en += usize::from(crate::lang::is_stop_word(&w, "en"));
    }
    if en > id { DecimalMark::Point } else { DecimalMark::Comma }
}

/// Quotes of the body with their speakers resolved to people.
fn speakers(part: &Part<'_>, p: usize, people: &[&Group], offsets: &CharOffsets) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut last_speaker: Option<(usize, String)> = None;
    for q in quotes::find(part.text) {
        let said = q.speaker.clone();
        let resolved = said.as_ref().and_then(|(s, start, end)| {
            let lower = s.to_lowercase();
            if quotes::refers_back(s) {
                // The person named last before the quote: one the quote itself names is
                // spoken of, not speaking ("“… Millie …,” pungkasnya").
                let before = if *start >= q.end { q.start } else { *start };
                // A description is the person named last whose role says what it says
                // ("kata politisi Partai Hanura itu", "the prime minister said").
                if let Some((head, certain)) = quotes::description(s) {
                    // Indonesian: every word of it is a word of the role ("mantan Ketua Umum
                    // Hipmi itu" is not the "Ketua DPR"); English: the office before its "of" or
                    // "at" ("the bureau" is not the "president of the American Farm Bureau").
                    let office = |r: &str| {
                        let r = r.to_lowercase();
                        let words: Vec<&str> = r.split_whitespace().take_while(|w| !matches!(*w, "of" | "at" | "for" | "in")).collect();
                        // Its first word and its capitalised words: "politikus senior itu" is any politikus.
                        let said = head.split_whitespace().enumerate().filter(|(k, w)| *k == 0 || w.starts_with(char::is_uppercase)).map(|(_, w)| w.to_lowercase());
                        if certain { said.into_iter().all(|h| r.split_whitespace().any(|w| w == h)) } else { words.join(" ").ends_with(&head) }
                    };
                    let holds = |g: &&&Group| g.role.as_deref().is_some_and(office);
                    let holders: Vec<&Group> = people.iter().filter(holds).copied().collect();
                    let found = last_person_before(&holders, p, before);
                    return if certain { found.or_else(|| last_person_before(people, p, before)) } else { found };
                }
                // A suspect named by initials ("berinisial BS") is spoken of, seldom quoted: the
                // speaker before is meant ("Ia menambahkan, ... pelaku berinisial BS. “…,” ujarnya").
                let initials = |n: &String| {
                    let after_inisial = |s: usize| {
                        let mut from = s.saturating_sub(40);
                        while !part.text.is_char_boundary(from) {
                            from -= 1;
                        }
                        part.text[from..s].contains("inisial")
                    };
                    people.iter().any(|g| g.name == *n && g.mentions.iter().any(|&(gp, s, _)| gp == p && after_inisial(s)))
                };
                // "she" is no man the text names so ("Mr", "father", "John"), "he" no such woman.
                let other = match lower.as_str() {
                    "she" => Some(Gender::Male),
                    "he" => Some(Gender::Female),
                    _ => None,
                };
                let fits = |g: &&Group| other.is_none() || gender(part, p, g) != other;
                let candidates: Vec<&Group> = people.iter().copied().filter(fits).collect();
                let named = last_person_before(&candidates, p, before);
                let speaker_before = last_speaker.as_ref().map(|(_, n)| n.clone()).filter(|n| candidates.iter().any(|g| g.name == *n));
                return match named {
                    Some(n) if initials(&n) && speaker_before.is_some() => speaker_before,
                    named => named.or(speaker_before),
                };
            }
            let words: Vec<&str> = s.split_whitespace().collect();
            // A speaker named by the office alone is the one person who holds it:
            // "kata Kepala Pelaksana BPBD Kota Bekasi, Hendra Wibisana".
            // (The office written whole, or its first words before a rank; not "Microsoft
            // said" for "Microsoft President Brad Smith".)
            let holds = |g: &&&Group| g.role.as_deref().is_some_and(|r| r.eq_ignore_ascii_case(s) || (words.len() >= 3 && r.to_lowercase().starts_with(&format!("{lower} "))));
            let holder = Some(people.iter().filter(holds).collect::<Vec<_>>()).filter(|h| h.len() == 1).map(|h| h[0].name.clone());
            people
                .iter()
                .filter(|g| {
                    contains_words(s, &g.name.split_whitespace().collect::<Vec<_>>())
                        || contains_words(&g.name, &words)
                        || g.aliases.iter().any(|a| a == s || contains_words(s, &[a.as_str()]))
                })
                .max_by_key(|g| g.mentions.len())
                .map(|g| g.name.clone())
                .or(holder)
                // A person named inside the speaker as written, though past its last word: "kata
                // Kasat Resnarkoba Polrestabes Medan AKBP Jhonny Edison Isir".
                .or_else(|| {
                    let inside = |g: &&&Group| g.mentions.iter().filter(|&&(gp, ms, me)| gp == p && ms < *end && *start < me).map(|&(_, ms, _)| ms).max();
                    people.iter().filter_map(|g| inside(&g).map(|at| (at, g))).max_by_key(|(at, _)| *at).map(|(_, g)| g.name.clone())
                })
                .or_else(|| Some(s.clone()))
        });
        if let Some(name) = &resolved {
            last_speaker = Some((q.start, name.clone()));
        }
        out.push(Quote {
            text: part.text[q.start..q.end].to_string(),
            speaker: resolved,
            speaker_text: said.map(|(s, _, _)| s),
            cue: q.cue,
            start: offsets.char_of(q.start),
            end: offsets.char_of(q.end),
        });
    }
    out
}

/// What the text says of a person's sex.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// What the text says of a person's sex, for "she" and "he": a courtesy title
/// or a word for a woman or a man right before a mention ("Mrs Thatcher", "his
/// wife Sarah") or in the role ("actress"), else the given name.
fn gender(part: &Part<'_>, p: usize, g: &Group) -> Option<Gender> {
    let of_word = |w: &str| {
        let w = w.to_lowercase();
        if lexicon::FEMALE_WORDS.contains(&w) {
            Some(Gender::Female)
        } else if lexicon::MALE_WORDS.contains(&w) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    let before_mention = g.mentions.iter().filter(|&&(gp, _, _)| gp == p).find_map(|&(_, s, _)| of_word(part.text.get(..s)?.split_whitespace().next_back()?));
    let in_role = || g.role.as_deref().and_then(|r| r.split_whitespace().find_map(of_word));
    let given = || {
        let first = g.name.split_whitespace().next()?;
        if lexicon::FEMALE_GIVEN_NAMES.contains(first) {
            Some(Gender::Female)
        } else if lexicon::MALE_GIVEN_NAMES.contains(first) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    before_mention.or_else(in_role).or_else(given)
}

/// The person mentioned last before byte `at` of part `p`.
fn last_person_before(people: &[&Group], p: usize, at: usize) -> Option<String> {
    people
        .iter()
        .filter_map(|g| g.mentions.iter().filter(|&&(gp, s, _)| gp == p && s < at).map(|&(_, s, _)| s).max().map(|s| (s, g)))
        .max_by_key(|(s, _)| *s)
        .map(|(_, g)| g.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::{Date, Stamp};
    use crate::entities::lexicon::LISTS;

    fn run(body: &str) -> Found {
        let stamp = Stamp { date: Date { year: 2024, month: 3, day: 14 }, time: None, offset_minutes: None };
        extract(&Input { body, published: Some(&stamp), ..Default::default() }, &LISTS)
    }

    #[test]
    fn long_forms_of_fees_and_programmes_are_no_organisations_and_meetings_are_events() {
        let found = run("Bank Indonesia menerbitkan Sekuritas Rupiah Bank Indonesia (SRBI) setelah Rapat Dewan Gubernur (RDG) pada Rabu. Biaya Perjalanan Ibadah Haji (Bipih) naik. Komisi Pemberantasan Korupsi (KPK) memeriksa SRBI.");
        let kind_of = |name: &str| found.entities.iter().find(|e| e.name == name || e.acronym.as_deref() == Some(name)).map(|e| e.kind);
        assert_eq!(kind_of("SRBI"), None);
        assert_eq!(kind_of("Bipih"), None);
        assert_eq!(kind_of("RDG"), Some(EntityKind::Event));
        assert_eq!(kind_of("KPK"), Some(EntityKind::Organization));
        assert_eq!(kind_of("Bank Indonesia"), Some(EntityKind::Organization));
        // The acronyms are still listed with their long forms.
        assert!(found.acronyms.iter().any(|a| a.short == "SRBI" && a.long == "Sekuritas Rupiah Bank Indonesia"));
    }

    #[test]
    fn a_common_word_that_only_opens_sentences_is_no_person() {
        let extra = FeatureLists::from_sources("Budi\tgiven\n", "susun\nbudi\ndan\ntanding\n", "");
        for (word, common) in [("susunan", true), ("susun", true), ("pertandingan", true), ("dani", false), ("budinya", true), ("retno", false)] {
            assert_eq!(is_indonesian_word(word, &extra), common, "{word}");
        }
        let body = "Susunan pemain Maroko sudah keluar. \"Susunan kami tetap,\" kata pelatih.\n\nSusunan pemain Portugal: Costa.";
        let title = "Susunan Pemain Maroko Vs Portugal";
        let parts: Vec<Part<'_>> = [(TextPart::Title, title), (TextPart::Body, body)].into_iter().map(|(part, text)| Part { part, text, tokens: text::tokenize(text) }).collect();
        let person = |name: &str, mentions: Vec<(usize, usize, usize)>| Group { kind: EntityKind::Person, name: name.to_string(), role: None, aliases: Vec::new(), acronym: None, mentions };
        let at = |needle: &str, from: usize| body[from..].find(needle).map(|i| (1, from + i, from + i + needle.len())).expect("in the body");
        let openers = vec![(0, 0, 7), at("Susunan", 0), at("Susunan", 10), at("Susunan", 40)];
        assert!(is_capitalised_word(&parts, &person("Susunan", openers.clone()), &extra, &lexicon::LISTS, false));
        // Mid-sentence once, a known name, or with a role: kept.
        let mut mid = openers.clone();
        mid.push(at("Maroko", 0));
        assert!(!is_capitalised_word(&parts, &person("Susunan", mid), &extra, &lexicon::LISTS, false));
        assert!(!is_capitalised_word(&parts, &person("Budi", openers.clone()), &extra, &lexicon::LISTS, false));
        let mut with_role = person("Susunan", openers);
        with_role.role = Some("Pelatih".to_string());
        assert!(!is_capitalised_word(&parts, &with_role, &extra, &lexicon::LISTS, false));
    }

    #[test]
    fn a_name_that_is_a_place_without_its_place_word_is_the_place() {
        let group = |kind: EntityKind, name: &str, at: usize| Group { kind, name: name.to_string(), role: None, aliases: Vec::new(), acronym: None, mentions: vec![(0, at, at + name.len())] };
        let mut groups = vec![
            group(EntityKind::Person, "Harlan", 10),
            group(EntityKind::Location, "Harlan County", 40),
            group(EntityKind::Person, "Pike", 60),
            group(EntityKind::Person, "Mercer", 80),
            group(EntityKind::Location, "Mercer Street", 90),
        ];
        places_by_their_first_word(&mut groups);
        let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["Harlan County", "Pike", "Mercer", "Mercer Street"], "a street is no place word of the list");
        assert_eq!(groups[0].mentions, [(0, 40, 53), (0, 10, 16)]);
    }

    #[test]
    fn english_names_have_no_plain_lower_case_words_or_common_first_words() {
        let extra = FeatureLists::from_sources("Pamela\tgiven\nBill\tgiven\nPowers\tfamily\nSmith\tfamily\nCase\tfamily\n", "", "")
            .with_english("hi\nsummary\ndrinking\nmatt\nmade\ntheir\nbill\npowers\nwireless\ncharging\ncase\nwill\nsmith\n");
        // (sentence, the tokens of the name the tagger gave, what is left of it).
        let cases: &[(&str, (usize, usize), &str)] = &[
            ("The Dodgers made their L.A debut", (1, 8), "Dodgers"),
            ("the conservative-leaning Tax Foundation said", (1, 6), "Tax Foundation"),
            ("NASA's Goddard Space Flight Center", (0, 7), "NASA"),
            ("President Bashar al-Assad left", (1, 5), "Bashar al-Assad"),
            ("President Lula da Silva spoke", (1, 4), "Lula da Silva"),
            ("Hi Pamela, welcome", (0, 2), "Pamela"),
            ("Summary Drinking water is", (0, 2), ""),
            ("Matt Bevin won", (0, 2), "Matt Bevin"),
            ("the Natural Resources Committee 15-4 and", (1, 5), "Natural Resources Committee"),
            ("on board Apollo 11 in", (2, 4), "Apollo 11"),
            // Named only with common words, two of them no known name: a thing.
            ("the new Wireless Charging Case is", (2, 5), ""),
            ("the actor Will Smith said", (2, 4), "Will Smith"),
            ("the critic Bill Powers said", (2, 4), "Bill Powers"),
        ];
        // "Matt" is written with a capital inside a sentence elsewhere in the article.
        let inner: rustc_hash::FxHashSet<String> = ["matt".to_string()].into_iter().collect();
        check_trims(cases, EntityKind::Person, false, |words, lower, span| trim_english(words, lower, span, Some(&extra), &inner));
    }

    /// Each case's name (a sentence, the tokens of the name the tagger gave, what
    /// is left of it) as `trim` leaves it. With `titled`, the name comes with the
    /// role of all the words before it, and that role must still end where the
    /// name starts.
    fn check_trims(cases: &[(&str, (usize, usize), &str)], kind: EntityKind, titled: bool, trim: impl Fn(&[&str], &[&str], &mut names::NameSpan)) {
        for &(sentence, (start, end), want) in cases {
            let tokens = text::tokenize(sentence);
            let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
            let mut buf = String::new();
            let lower = text::lower_words(&words, &mut buf);
            let role = titled.then_some((0, start));
            let mut span = names::NameSpan { start, end, kind, role, evidence: Evidence::Model };
            trim(&words, &lower, &mut span);
            let got = if span.end > span.start { &sentence[tokens[span.start].start..tokens[span.end - 1].end] } else { "" };
            assert_eq!(got, want, "{sentence:?}: {:?}", &words[start..end]);
            if titled {
                assert_eq!(span.role, Some((0, span.start)), "{sentence:?}");
            }
        }
    }

    #[test]
    fn a_common_english_word_that_only_opens_sentences_is_no_name_in_english_text() {
        let extra = FeatureLists::from_sources("Bond\tfamily\n", "", "").with_english("bond\nsuspects\nimport\nchina\n");
        let body = "Bond had not been set. Suspects were held.\n\nImport duties rose. China said Bond was high.";
        let parts = vec![Part { part: TextPart::Body, text: body, tokens: text::tokenize(body) }];
        let named = |kind: EntityKind, name: &str, nth: &[usize]| {
            let starts: Vec<usize> = body.match_indices(name).map(|(i, _)| i).collect();
            Group { kind, name: name.to_string(), role: None, aliases: Vec::new(), acronym: None, mentions: nth.iter().map(|&k| (0, starts[k], starts[k] + name.len())).collect() }
        };
        let dropped = |g: &Group, english: bool| is_capitalised_word(&parts, g, &extra, &lexicon::LISTS, english);
        // English words opening sentences, in English text: no names.
        assert!(dropped(&named(EntityKind::Person, "Suspects", &[0]), true));
        assert!(dropped(&named(EntityKind::Person, "Bond", &[0]), true), "a known surname named once");
        assert!(dropped(&named(EntityKind::Organization, "Import", &[0]), true));
        // In Indonesian text the English list is not read ("Tempo berupaya ...").
        assert!(!dropped(&named(EntityKind::Person, "Suspects", &[0]), false));
        assert!(!dropped(&named(EntityKind::Organization, "Import", &[0]), false));
        // A known surname named twice, once mid-sentence, or a listed place: kept.
        let twice = named(EntityKind::Person, "Bond", &[0, 1]);
        assert!(!dropped(&twice, true));
        let mut both_open = twice;
        both_open.mentions.truncate(1);
        both_open.mentions.push((0, body.find("Suspects").unwrap_or(0), body.find("Suspects").unwrap_or(0) + 4));
        assert!(!dropped(&both_open, true), "a known surname named at two openings");
        assert!(!dropped(&named(EntityKind::Location, "China", &[0]), true));
    }

    fn entity<'a>(found: &'a Found, name: &str) -> &'a Entity {
        found.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}: {:#?}", found.entities))
    }

    #[test]
    fn role_acronym_and_speaker_across_paragraphs() {
        let body = "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto meninjau lokasi banjir pada Rabu (13/3).\n\n\
                    “Kami menyiagakan seluruh personel di lapangan,” kata Suharyanto.\n\n\
                    BNPB mencatat 12 orang mengungsi.";
        let found = run(body);
        let person = entity(&found, "Suharyanto");
        assert_eq!(person.kind, EntityKind::Person);
        assert_eq!(person.role.as_deref(), Some("Kepala Badan Nasional Penanggulangan Bencana"));
        assert_eq!(person.mentions.len(), 2);
        let org = entity(&found, "Badan Nasional Penanggulangan Bencana");
        assert_eq!(org.acronym.as_deref(), Some("BNPB"));
        assert_eq!(org.mentions.len(), 3, "{:?}", org.mentions);
        assert_eq!(found.quotes[0].speaker.as_deref(), Some("Suharyanto"));
        assert_eq!(entity(&found, "2024-03-13").text.as_deref(), Some("Rabu (13/3)"));
        assert_eq!(entity(&found, "12 orang").unit.as_deref(), Some("orang"));
    }

    #[test]
    fn a_common_indonesian_word_opening_before_a_head_is_no_part_of_the_name() {
        let extra = FeatureLists::from_sources("Budi\tgiven\n", "tugas\ngaruda\nwarga\nmuda\n", "");
        // (sentence, the name's tokens, what is left of it).
        let cases: &[(&str, (usize, usize), &str)] = &[
            ("- Petugas Polda Lampung menangkap", (1, 4), "Polda Lampung"),
            ("Warga Desa Sukamaju mengungsi", (0, 3), "Desa Sukamaju"),
            // No head after it, or not opening the sentence: kept.
            ("Garuda Indonesia menambah", (0, 2), "Garuda Indonesia"),
            ("kata Petugas Polda Lampung", (1, 4), "Petugas Polda Lampung"),
            // After an office the common word is the office's: "Panglima Muda".
            ("penculikan Panglima Muda Komite Peralihan Aceh", (2, 6), "Komite Peralihan Aceh"),
        ];
        check_trims(cases, EntityKind::Organization, false, |words, lower, span| trim_indonesian_opener(words, lower, &LISTS, &extra, span));
        // The place of an office goes with it, when the holder's name has two words more.
        let extra = FeatureLists::from_sources("Budi\tgiven\n", "", "Lhoksukon\tID\n");
        let cases: &[(&str, (usize, usize), &str)] = &[
            ("Kajari Lhoksukon Teuku Rahmatsyah menyebutkan", (1, 4), "Teuku Rahmatsyah"),
            ("Kapolres Bogor Budi Santoso mengatakan", (1, 4), "Budi Santoso"),
            ("Kajari Lhoksukon Rahmatsyah menyebutkan", (1, 3), "Lhoksukon Rahmatsyah"),
        ];
        check_trims(cases, EntityKind::Person, true, |words, lower, span| trim_indonesian_opener(words, lower, &LISTS, &extra, span));
        let kin = [("Suami Donna , Nicky , menemukan", (0, 2), "Donna"), ("kata Anak Agung Gede Agung", (1, 5), "Anak Agung Gede Agung")];
        check_trims(&kin, EntityKind::Person, false, |words, lower, span| trim_indonesian_opener(words, lower, &LISTS, &extra, span));
    }

    #[test]
    fn a_clitic_on_a_name_is_no_part_of_it() {
        let found = run("Maroko lolos ke semifinal Piala Dunia. Perjalanan Maroko di Piala Dunia-nya kali ini mengejutkan.");
        let event = entity(&found, "Piala Dunia");
        assert_eq!(event.mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["Piala Dunia", "Piala Dunia"]);
    }

    #[test]
    fn common_noun_acronyms_are_not_names() {
        let found = run("Polisi menangkap tiga tersangka tindak pidana perdagangan orang (TPPO). Kasus TPPO itu melibatkan 20 WNI.");
        assert!(found.entities.iter().all(|e| e.name != "TPPO" && e.name != "WNI"), "{:#?}", found.entities);
        assert!(found.acronyms.iter().any(|a| a.short == "TPPO" && a.source == AcronymSource::Text));
        assert!(found.acronyms.iter().any(|a| a.short == "WNI" && a.source == AcronymSource::List));
    }

    #[test]
    fn english_pronoun_speaker_is_the_last_person_named() {
        let body = "Finance Minister Sri Mulyani Indrawati met investors in Singapore on Monday.\n\n\
                    \"The budget will stay below the legal limit,\" she said.";
        let found = run(body);
        assert_eq!(entity(&found, "Sri Mulyani Indrawati").role.as_deref(), Some("Finance Minister"));
        assert_eq!(found.quotes[0].speaker.as_deref(), Some("Sri Mulyani Indrawati"));
        assert_eq!(entity(&found, "Singapore").kind, EntityKind::Location);
        assert_eq!(entity(&found, "2024-03-11").text.as_deref(), Some("Monday"));
    }

    #[test]
    fn listed_institutions_get_their_acronym() {
        let found = run("Pegawai Kedutaan Besar Republik Indonesia di Tokyo menerima laporan itu. KBRI lalu menghubungi keluarga korban.");
        let org = entity(&found, "Kedutaan Besar Republik Indonesia");
        assert_eq!(org.acronym.as_deref(), Some("KBRI"));
        assert_eq!(org.mentions.len(), 2);
    }
}
