//! Names in one sentence: the tagger's spans combined with rules and lists.
//!
//! The rules, strongest first:
//! 1. triggers: a title before capitalised words makes a person and gives the
//!    role ("Menteri Luar Negeri (Menlu) Retno Marsudi"); a courtesy title makes a
//!    person ("Dr. Ali", "Mr Smith"); an organisation head starts or ends an
//!    organisation ("Kedutaan Besar Republik Indonesia", "Harvard University",
//!    "PT PINDAD"); an event word makes an event ("Indo Defence Expo and Forum");
//!    a place word makes a place ("Pelabuhan Sihanoukville"); a vessel prefix makes
//!    another named thing ("KRI Bima Suci");
//! 2. the CRF's spans (when a model is loaded);
//! 3. list entries: places, institutions and their acronyms;
//! 4. without a model, runs of two or three capitalised words with no other
//!    evidence, taken as people (English news names people this way).
//!
//! Common acronyms that are not organisations (WNI, TPPO) and capitalised
//! function words ("Dia", "Dalam") are never names.

use crate::entities::acronyms::looks_short;
use crate::entities::lexicon::{self, Class, Lists};
use crate::entities::ner::{NerKind, Tag};
use crate::model::EntityKind;

/// Why a span was taken: the stronger evidence wins where spans overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// A run of capitalised words and nothing else.
    Shape,
    /// A list entry.
    List,
    /// The CRF tagger.
    Model,
    /// A trigger word (title, organisation head, event word, place word).
    Trigger,
}

/// A name in a sentence, as a token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it names.
    pub kind: EntityKind,
    /// Person only: the token range of the role before the name.
    pub role: Option<(usize, usize)>,
    /// Why it was taken.
    pub evidence: Evidence,
}

pub(super) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
}

/// Spans of the IOB2 tags.
fn tag_spans(tags: &[Tag]) -> Vec<NameSpan> {
    let mut out: Vec<NameSpan> = Vec::new();
    for (i, t) in tags.iter().enumerate() {
        match t {
            Tag::B(k) => out.push(NameSpan { start: i, end: i + 1, kind: kind_of(*k), role: None, evidence: Evidence::Model }),
            Tag::I(_) => {
                if let Some(last) = out.last_mut().filter(|l| l.end == i) {
                    last.end = i + 1;
                }
            }
            Tag::O => {}
        }
    }
    out
}

fn kind_of(k: NerKind) -> EntityKind {
    match k {
        NerKind::Per => EntityKind::Person,
        NerKind::Org => EntityKind::Organization,
        NerKind::Loc => EntityKind::Location,
    }
}

/// The names in one tokenised sentence, given its words' lower-case forms
/// ([`crate::entities::text::lower_words`]) and the CRF's tags (all `O` without a model).
///
/// With a model, the model's spans stand and the rules only add what it left
/// out (and roles to its people); without one, the rules and lists do the work.
pub fn find(words: &[&str], lower: &[&str], tags: &[Tag], lists: &Lists, with_model: bool) -> Vec<NameSpan> {
    let model = tag_spans(tags);
    let add = |candidates: Vec<NameSpan>, spans: &mut Vec<NameSpan>| {
        for c in candidates {
            // A span's role ("Menteri Luar Negeri (Menlu)") is taken too.
            let taken = |s: &NameSpan| {
                let from = s.role.map_or(s.start, |(a, _)| a.min(s.start));
                from < c.end && c.start < s.end
            };
            if !spans.iter().any(taken) {
                spans.push(c);
            }
        }
    };
    let mut spans: Vec<NameSpan> = Vec::new();
    if with_model {
        let mut people = model;
        let mut after_offices = Vec::new();
        for s in people.iter_mut().filter(|s| s.kind == EntityKind::Organization) {
            s.end = before_titled_person(words, lower, lists, s);
        }
        for s in people.iter_mut() {
            if let Some(k) = name_after_office(words, lower, lists, s) {
                after_offices.push(NameSpan { start: k, end: s.end, kind: EntityKind::Person, role: None, evidence: Evidence::Model });
                s.end = k;
            }
        }
        people.extend(after_offices);
        let bounds: Vec<(usize, usize)> = people.iter().filter(|s| s.kind == EntityKind::Person).map(|s| (s.start, s.end)).collect();
        for s in people.iter_mut().filter(|s| s.kind == EntityKind::Person) {
            let name_start = after_leading_titles(lower, lists, s);
            // The role is looked for after the person named before this one ("Sen.
            // Lindsey Graham and Rep. Robert Aderholt"), and an office before a comma is
            // this person's unless another person is named inside it ("Presiden Joko
            // Widodo, Retno Marsudi": Retno holds no office here).
            let floor = bounds.iter().filter(|&&(_, e)| e <= s.start).map(|&(_, e)| e).max().unwrap_or(0);
            // Nor is an office before a comma this person's when it follows "sebagai" after
            // another name: "A sebagai Menteri Hukum dan HAM, Bahlil Lahadalia sebagai ...".
            let anothers = |a: usize| a >= 2 && matches!(lower[a - 1], "sebagai" | "selaku") && bounds.iter().any(|&(_, e)| e == a - 1);
            s.role = role_before(words, lower, lists, name_start, floor).filter(|&(a, b)| b == name_start || !(anothers(a) || bounds.iter().any(|&(p, _)| a <= p && p < b)));
            s.start = name_start;
        }
        // A name the model gave an office that ends with its title is the role of the
        // person after it, not an organisation: "[White House Press Secretary]
        // Stephanie Grisham".
        let roles: Vec<(usize, usize)> = people.iter().filter_map(|s| s.role).collect();
        let titled = |s: &NameSpan| (s.start..s.end).any(|k| lists.longest_match(lower, k, Class::Title) == Some(s.end - k));
        people.retain(|s| s.kind == EntityKind::Person || !(roles.iter().any(|&(a, b)| a <= s.start && s.end == b) && titled(s)));
        add(people, &mut spans);
        // The model decides people, organisations and places (it learned the corpora's
        // conventions for them); triggers add the kinds it does not know, and an
        // organisation or place a trigger word makes wins over the shorter names of
        // the model's inside it ("Pengadilan Negeri Jakarta Selatan" over "Jakarta
        // Selatan", "Harlan County" over "Harlan").
        let mut others = Vec::new();
        for t in triggers(words, lower, lists, &spans) {
            if t.kind == EntityKind::Other {
                // A vessel's prefix makes the model's name inside it the vessel: "KRI Bima Suci".
                let overlaps = |s: &NameSpan| s.role.map_or(s.start, |(a, _)| a.min(s.start)) < t.end && t.start < s.end;
                let mut inside = spans.iter().filter(|s| overlaps(s));
                if let (Some(only), None) = (inside.next(), inside.next())
                    && only.start == t.start + 1
                    && only.end <= t.end
                {
                    spans.retain(|s| !overlaps(s));
                }
            }
            if matches!(t.kind, EntityKind::Event | EntityKind::Other) {
                others.push(t);
                continue;
            }
            // A titled person the model took with the end of the office for a place or
            // an organisation: "Menteri Luar Negeri (Menlu) [RI Arif Wicaksono]".
            if t.kind == EntityKind::Person
                && let Some((role_start, role_end)) = t.role.filter(|&(_, end)| end == t.start)
            {
                // A person the model starts inside the office is given back only when it took
                // the office's place or a minister's portfolio ("Presiden [Sudan Omar Beshir]",
                // "Menteri Kelautan dan [Perikanan Sakti Wahyu Trenggono]"): "Prince Andrew"
                // and "Martin Luther King Jr" keep their titles.
                let office_words = |s: &NameSpan| {
                    lists.longest_match(lower, s.start, Class::Place) == Some(t.start - s.start)
                        || lower[s.start..t.start].iter().all(|w| lists.is_portfolio_word(w) || *w == "dan")
                };
                // ("Camat [Bekasi Utara]" is the place: a direction names no one.)
                let swallowed = |s: &NameSpan| {
                    s.end == t.end
                        && role_start <= s.start
                        && s.start < role_end
                        && (s.kind != EntityKind::Person || office_words(s))
                        && !PLACE_ENDINGS.contains(&lower[t.start])
                        // A short form in parentheses after it names a body: "Direktur Utama
                        // Jakarta Propertindo (Jakpro)".
                        && !(words.get(t.end) == Some(&"(") && words.get(t.end + 1).is_some_and(|w| is_cap(w)))
                };
                if let Some(at) = spans.iter().position(swallowed) {
                    spans[at] = t;
                    continue;
                }
            }
            // The trigger's span is a model span with just the head word before it or the tail word after it.
            // "Pemerintah Kabupaten Wakatobi": the government of a place, which the corpora leave the place.
            // Head words may come one after another: "Ditreskrimum Polda Lampung".
            let head_words = |class: Class| {
                let mut k = t.start;
                while let Some(n) = lists.longest_match(lower, k, class).filter(|_| !matches!(lower[k], "pemerintah" | "government")) {
                    k += n;
                }
                k - t.start
            };
            let heads = [head_words(Class::OrgHead), head_words(Class::PlaceWord)];
            let tail = lists.longest_match(lower, t.end - 1, Class::OrgTail) == Some(1) || lexicon::PLACE_TAILS.contains(lower[t.end - 1]);
            // A model name that starts at the trigger's tail word cut the name after its
            // first word: "Calder [County Sheriff's Office]" is Calder County.
            let extends = |s: &NameSpan| {
                (s.end == t.end && s.start > t.start && heads.contains(&(s.start - t.start)))
                    || (s.start == t.start && s.end + 1 == t.end && tail)
                    || (tail && t.end == s.start + 1 && s.start > t.start)
                    // ... or kept only its last words: "Energy and Natural Resources [Committee]".
                    || (tail && s.end == t.end && s.start > t.start && s.kind == t.kind)
            };
            let overlaps = |s: &NameSpan| s.role.map_or(s.start, |(a, _)| a.min(s.start)) < t.end && t.start < s.end;
            let mut inside = spans.iter().filter(|s| overlaps(s));
            match (inside.next(), inside.next()) {
                (Some(only), None) if extends(only) => {
                    spans.retain(|s| !overlaps(s));
                    spans.push(t);
                }
                (None, _) if t.kind == EntityKind::Person && t.end - t.start >= 2 && t.role.is_some_and(|(a, b)| lower[a..b].contains(&"menteri")) => spans.push(t),
                _ => {}
            }
        }
        add(others, &mut spans);
    } else {
        add(triggers(words, lower, lists, &[]), &mut spans);
        add(listed(words, lower, lists), &mut spans);
        add(shaped(words, lower, lists), &mut spans);
    }
    abbreviated_places(words, lower, lists, &mut spans);
    parenthesised_short_forms(words, &mut spans);
    for s in &mut spans {
        trim_function_words(words, lower, lists, s);
        // A company's or club's last word makes an organisation of what the model
        // called a place or a person: "Sriwijaya FC", "Astra International Tbk".
        if matches!(s.kind, EntityKind::Person | EntityKind::Location) && s.end > s.start + 1 && is_company_or_club_tail(lower[s.end - 1].trim_end_matches('.')) {
            s.kind = EntityKind::Organization;
            s.role = None;
        }
        // People's names have no digits: "Galaxy S6 Edge", "Boeing 737 Max" name things.
        if s.kind == EntityKind::Person && words[s.start..s.end].iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
            s.kind = EntityKind::Other;
        }
    }
    spans.retain(|s| s.end > s.start && !vetoed(words, lower, s, lists));
    super::sort_by_key(&mut spans, |s| s.start);
    spans
}

/// A short form in parentheses written as one token right after the
/// organisation or place it abbreviates is part of that name: "Mahkamah
/// Konstitusi (MK)", "PT Pertamina (Persero)". Tokenisers that keep the
/// parentheses on the word (as idner-news-2k's does: 38 of 43 such tokens after
/// an organisation or place are inside it) mean the whole written name, as the
/// document stage takes it from running text. After a person it stays a name
/// of its own ("Joko Widodo (Jokowi)"), and a date or figure in parentheses is
/// none ("Rabu (22/8)").
fn parenthesised_short_forms(words: &[&str], spans: &mut Vec<NameSpan>) {
    let short_form = |w: &str| {
        w.strip_prefix('(').and_then(|w| w.strip_suffix(')')).is_some_and(|inner| {
            inner.chars().next().is_some_and(char::is_uppercase) && inner.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        })
    };
    let ends: Vec<usize> = spans
        .iter()
        .filter(|s| matches!(s.kind, EntityKind::Organization | EntityKind::Location) && words.get(s.end).is_some_and(|w| short_form(w)))
        .map(|s| s.end)
        .collect();
    for end in ends {
        spans.retain(|s| !(s.start == end && s.end == end + 1));
        for s in spans.iter_mut().filter(|s| s.end == end) {
            s.end = end + 1;
        }
    }
}

/// English places written with an abbreviation: "St. Louis", "Mt. Everest",
/// "Ft. Lauderdale" (a name after "St." is a place, not a person titled saint,
/// and keeps the abbreviation), and a US state abbreviated after a town and a
/// comma, with its full stop, and that town: "Fresno, Calif.", "FRANKFORT, Ky.
/// (AP)".
fn abbreviated_places(words: &[&str], lower: &[&str], lists: &Lists, spans: &mut Vec<NameSpan>) {
    for i in 0..words.len() {
        if !is_cap(words[i]) {
            continue;
        }
        let stop = words.get(i + 1) == Some(&".");
        if lexicon::PLACE_ABBREVIATIONS.contains(lower[i]) {
            let name = i + 1 + usize::from(stop);
            if !words.get(name).is_some_and(|w| is_cap(w) && is_word(w)) {
                continue;
            }
            let covering = spans.iter().position(|s| s.start <= name && name < s.end);
            match covering {
                Some(k) if spans[k].start >= i => {
                    let s = &mut spans[k];
                    s.start = i;
                    if s.kind == EntityKind::Person {
                        // "St. Lucia Times" is a newspaper.
                        let org = lists.longest_match(lower, s.end - 1, Class::OrgTail) == Some(1);
                        s.kind = if org { EntityKind::Organization } else { EntityKind::Location };
                        s.role = None;
                    }
                }
                Some(_) => {}
                None => {
                    let end = run_end(words, lower, name, false);
                    spans.push(NameSpan { start: i, end, kind: EntityKind::Location, role: None, evidence: Evidence::Trigger });
                }
            }
        } else if stop && i > 0 && words[i - 1] == "," && lexicon::STATE_ABBREVIATIONS.contains(lower[i]) {
            spans.retain(|s| !(s.start <= i && i < s.end && s.end - s.start == 1));
            // The town before it is a place too: "Fresno, Calif.".
            if let Some(town) = spans.iter_mut().find(|s| s.end + 1 == i && s.kind == EntityKind::Person) {
                town.kind = EntityKind::Location;
                town.role = None;
            }
            if !spans.iter().any(|s| s.start <= i && i < s.end) {
                spans.push(NameSpan { start: i, end: i + 2, kind: EntityKind::Location, role: None, evidence: Evidence::Trigger });
            }
        }
    }
}

/// Whether a name keeps the full stop after this (lower-case) word: an
/// abbreviation that is part of names ("St. Louis", "Calif.", "King Jr.",
/// "Warner Bros.").
pub(super) fn abbreviation_in_names(lower: &str) -> bool {
    lexicon::PLACE_ABBREVIATIONS.contains(lower)
        || lexicon::STATE_ABBREVIATIONS.contains(lower)
        || lexicon::COMPANY_ENDINGS.contains(lower)
        || matches!(lower, "jr" | "sr")
}

/// Whether a lower-case word ends only the names of companies and clubs.
fn is_company_or_club_tail(word: &str) -> bool {
    lexicon::COMPANY_ENDINGS.contains(word) || lexicon::CLUB_AND_GROUP_ENDINGS.contains(word)
}

/// Function words at the edges of a span are not part of the name: "Edward
/// Russell Is", nor is a weekday at a person's end; and at its start, written in lower case or capitalised only
/// because they open the sentence: "the U.S. Forest Service", "Since March",
/// "The Environment Agency said", "Menurut Andri". Capitalised inside a
/// sentence they may belong to it ("the band The Virgin"), and a list name that
/// begins with one keeps it ("The Guardian").
fn trim_function_words(words: &[&str], lower: &[&str], lists: &Lists, s: &mut NameSpan) {
    let function = |w: &str| crate::lang::is_stop_word(w, "en") && w.len() > 1;
    while s.end > s.start + 1 && function(lower[s.end - 1]) && !lexicon::CONNECTORS.contains(&lower[s.end - 1]) {
        s.end -= 1;
    }
    // An academic degree after a person's name is not part of it ("Abdullah Sitopan BA").
    while s.kind == EntityKind::Person && s.end > s.start + 2 && lexicon::DEGREES.contains(words[s.end - 1]) {
        s.end -= 1;
    }
    // A weekday after a person's name says when: "John Rankin said Thursday" is
    // often written "Police Chief John Rankin Thursday said".
    if s.kind == EntityKind::Person && s.end > s.start + 2 && crate::entities::dates::is_weekday_word(words[s.end - 1]) {
        s.end -= 1;
    }
    // Indonesian news writes the day right after a person or a body ("kata Financial
    // Times Senin (18/8)"; places keep theirs: "Pasar Minggu"), and a count word may
    // open the next clause ("... Sanchez Ratusan warga").
    let dated = matches!(s.kind, EntityKind::Person | EntityKind::Organization) && crate::entities::dates::is_indonesian_weekday(words[s.end - 1]);
    if s.end > s.start + 1 && (dated || COUNT_WORDS.contains(&lower[s.end - 1])) {
        s.end -= 1;
    }
    while s.end > s.start + 1
        && lexicon::NOT_NAME_OPENERS.contains(lower[s.start])
        && (!is_cap(words[s.start]) || s.start == 0 || opens_sentence(words[s.start - 1]))
        && lists.matches_at(lower, s.start).iter().all(|&(n, _)| n < 2)
    {
        s.start += 1;
    }
}

/// Whether the word after this token starts a sentence of its own, so that its
/// capital may come with the position: a quote, a bracket, a colon, a dash.
pub(super) fn opens_sentence(before: &str) -> bool {
    matches!(before, "\"" | "“" | "'" | "‘" | "(" | ":" | "-" | "–" | "—")
}

/// How many tokens at `i` name the corps of the rank before them: "Irjen [Pol]
/// Karyoto", "Kolonel [Inf] Deddy Suryadi" (a retired officer's "(Purn)" too).
fn corps_at(lower: &[&str], i: usize) -> usize {
    let ranked = i > 0 && lexicon::CORPS_RANKS.contains(lower[i - 1]);
    match lower.get(i..i + 3) {
        _ if !ranked => 0,
        Some(["(", "purn", ")"]) => 3,
        _ => usize::from(lower.get(i).is_some_and(|w| lexicon::CORPS.contains(w))),
    }
}

/// Where the name of a person span starts once the titles and courtesy words it
/// begins with are left out: "Wapres Boediono", "Ny Herawati Boediono", "Haji
/// Abdurrachman" name Boediono, Herawati Boediono and Abdurrachman. Indonesian
/// news annotation (both training corpora) keeps offices and courtesy words
/// outside the name, but counts titles of nobility and religious rank as part of
/// it ("Sultan Hamengkubuwono X", "Raden Ajeng Kartini", "KH Hasyim Asy'ari"):
/// those, [`lexicon::TITLES_IN_NAMES`], stay. A span that is all titles is kept
/// as it is (the veto decides it). A demonym before them goes too.
fn after_leading_titles(lower: &[&str], lists: &Lists, s: &NameSpan) -> usize {
    let mut i = s.start;
    // A people's name before a person's says where they are from, and goes with
    // the role: "Australian Timothy Weeks", "Indonesian Foreign Minister Retno
    // Marsudi" ("French Alps", with one word after it, is left alone).
    if s.end - s.start > 2 && lexicon::DEMONYMS.contains(lower[i]) {
        i += 1;
    }
    // The model may start the name at the corps of a rank it left out: "Irjen [Pol Karyoto]".
    if s.end - i > 1 {
        i += corps_at(lower, i).min(s.end - i - 1);
    }
    while i < s.end && !lexicon::TITLES_IN_NAMES.contains(&lower[i]) {
        let title = [Class::Title, Class::Honorific].iter().filter_map(|c| lists.longest_match(lower, i, *c)).max();
        match title {
            Some(n) if i + n < s.end => i += n + corps_at(lower, i + n).min(s.end - i - n - 1),
            _ => break,
        }
    }
    // A full stop after an abbreviated title ("Ny. Herawati") goes with the title.
    while i < s.end && i > s.start && lower[i] == "." {
        i += 1;
    }
    if i < s.end { i } else { s.start }
}

/// Where an organisation span of the tagger ends when a titled person follows
/// its place inside it: "Kasat Reskrim Polres Lhokseumawe AKP Yasir" tagged as
/// one organisation is Polres Lhokseumawe, then AKP Yasir. (A title right after
/// a head word, "Jalan Jenderal Sudirman", "RSUD Sultan Agung", is the name's.)
fn before_titled_person(words: &[&str], lower: &[&str], lists: &Lists, s: &NameSpan) -> usize {
    let place_ends_at = |k: usize| (s.start..k).any(|j| lists.longest_match(lower, j, Class::Place) == Some(k - j));
    (s.start + 2..s.end.saturating_sub(1))
        .find(|&k| {
            is_cap(words[k])
                && !lexicon::TITLES_IN_NAMES.contains(&lower[k])
                && [Class::Title, Class::Honorific].iter().filter_map(|c| lists.longest_match(lower, k, *c)).any(|n| k + n < s.end && is_cap(words[k + n]))
                && place_ends_at(k)
        })
        .unwrap_or(s.end)
}

/// Indonesian words of rough counts ("ratusan warga"), never the end of a name.
const COUNT_WORDS: [&str; 6] = ["puluhan", "belasan", "ratusan", "ribuan", "jutaan", "miliaran"];

/// Words that go on a place's name after it ("Bekasi Utara", "Jakarta Raya"), not
/// names of people.
const PLACE_ENDINGS: [&str; 10] = ["utara", "selatan", "timur", "barat", "tengah", "raya", "jaya", "baru", "hilir", "hulu"];

/// Where the name of a person starts inside a place span of the tagger that
/// comes after an office and ends with a listed place before the name: "Ketua
/// DPRD [Kota Bekasi Saifuddaulah]" is Kota Bekasi, then the DPRD's chairman.
/// The name is one to three capitalised words that no list knows and that do
/// not go on a place's name ("Utara", "Raya"), and ends the capitalised run
/// ("Polda Metro Jaya Kombes Pol ..." goes on to a rank) before a verb or
/// punctuation, not a short form in parentheses ("Jakarta Propertindo
/// (Jakpro)" is a company; an age may follow: "Saifuddaulah (45)"). An
/// organisation span keeps its words: "Direktur Utama [Jakarta Propertindo]".
fn name_after_office(words: &[&str], lower: &[&str], lists: &Lists, s: &NameSpan) -> Option<usize> {
    let office = (s.start.saturating_sub(4)..s.start)
        .any(|j| lists.longest_match(lower, j, Class::Title).is_some() && words[j..s.start].iter().all(|w| is_cap(w) && is_word(w)));
    let run_ends = words.get(s.end).is_none_or(|w| !is_cap(w)) && (words.get(s.end) != Some(&"(") || words.get(s.end + 1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())));
    if !office || !run_ends || s.kind != EntityKind::Location {
        return None;
    }
    let unknown = |k: usize| {
        is_cap(words[k]) && is_word(words[k]) && !is_acronym(words[k]) && lists.matches_at(lower, k).is_empty() && !PLACE_ENDINGS.contains(&lower[k])
    };
    (s.start + 1..s.end)
        .filter(|&k| s.end - k <= 3 && (k..s.end).all(unknown))
        .find(|&k| (s.start..k).any(|j| lists.longest_match(lower, j, Class::Place) == Some(k - j)))
}

/// The role of a person named at token `start`, as a token range: a capitalised
/// title ending right before the name, with its complement ("Menteri Luar Negeri
/// (Menlu)", "Kepala Badan Nasional Penanggulangan Bencana (BNPB)"), or set off
/// by a comma before it ("Direktur Jenderal Penyelenggaraan Haji dan Umrah
/// Kemenag, Rudi Hartono").
fn role_before(words: &[&str], lower: &[&str], lists: &Lists, start: usize, floor: usize) -> Option<(usize, usize)> {
    let end = if start > 1 && words[start - 1] == "," { start - 1 } else { start };
    let mut best = None;
    let mut i = end;
    while i > floor && end - i < 10 {
        i -= 1;
        let w = words[i];
        // The full stop of an abbreviated title goes with it: "Gov. Matt Bevin".
        let abbreviated = w == "." && i > 0 && is_cap(words[i - 1]) && lists.longest_match(lower, i - 1, Class::Title) == Some(1);
        let fits = is_cap(w) || abbreviated || matches!(w, "(" | ")") || lexicon::CONNECTORS.contains(&lower[i]);
        if !fits {
            break;
        }
        if is_cap(w) && lists.longest_match(lower, i, Class::Title).is_some() {
            best = Some(i);
        }
    }
    best.map(|b| (office_before(words, lower, b, floor), end))
}

/// Where the office that English writes before a title at `title` starts: up to
/// three capitalised words, none before `floor` ("Health Secretary Matt
/// Hancock", "Oracle CEO Larry Ellison", "Sinn Fein leader"). An article or
/// another function word is none of it ("Der Berliner Imam"), nor is a party
/// right before a capitalised title ("Republican Gov. Matt Bevin"; "Liberal
/// Democratic Party President" and "Labour leader" are offices).
fn office_before(words: &[&str], lower: &[&str], title: usize, floor: usize) -> usize {
    const PARTIES: [&str; 7] = ["republican", "democrat", "democratic", "conservative", "labour", "liberal", "tory"];
    let party_before_title = |k: usize| k + 1 == title && is_cap(words[title]) && PARTIES.contains(&lower[k]);
    let office = |k: usize| {
        is_cap(words[k])
            && is_word(words[k])
            && !lexicon::NOT_NAMES.contains(lower[k])
            // The articles that start Spanish and French place names start offices too:
            // "Los Angeles Times publisher" (but "Der Berliner Imam" is "Berliner Imam").
            && (is_acronym(words[k]) || !crate::lang::is_stop_word(lower[k], "any") || (k + 1 < title && matches!(lower[k], "los" | "las" | "la" | "el" | "le")))
            && !party_before_title(k)
    };
    (floor.max(title.saturating_sub(3))..title).rev().take_while(|&k| office(k)).last().unwrap_or(title)
}

/// The role of a person, as a token range, once a name inside it is left out:
/// the titles after `from` ("Vice President Mike Pence and Lt. Col. Alexander
/// Vindman": Mike Pence is another person, and Alexander Vindman's role is "Lt.
/// Col."), or none.
pub(super) fn role_after(lower: &[&str], lists: &Lists, role: (usize, usize), from: usize) -> Option<(usize, usize)> {
    (from..role.1).find(|&k| lists.longest_match(lower, k, Class::Title).is_some()).map(|k| (k, role.1))
}

/// A span that is a function word, a common acronym, a title alone or a pair of
/// places is not a name.
fn vetoed(words: &[&str], lower: &[&str], s: &NameSpan, lists: &Lists) -> bool {
    let toks = &lower[s.start..s.end];
    if toks.iter().all(|w| !is_word(w)) {
        return true;
    }
    if s.end - s.start == 1 {
        let w = toks[0];
        // An English adverb opening a sentence ("Eventually, ...") is not a name.
        if s.start == 0 && w.len() > 4 && w.ends_with("ly") && lists.matches_at(toks, 0).is_empty() {
            return true;
        }
        let known_org = lists.acronym(words[s.start]).is_some_and(|a| a.class == lexicon::AcronymClass::Organization);
        // "WHO" and "AS" are names; "Who" and "As" opening a sentence are not. After a
        // courtesy title, a month or a function word is a name: "Mrs May".
        let honoured = s.start > 0 && lists.longest_match(lower, s.start - 1, Class::Honorific) == Some(1);
        let function_word = !is_acronym(words[s.start])
            && !honoured
            && (crate::lang::is_stop_word(w, "id") || crate::lang::is_stop_word(w, "en"));
        return lexicon::NOT_NAMES.contains(w)
            || lexicon::DEMONYMS.contains(w)
            || lexicon::COMPANY_ENDINGS.contains(w)
            || function_word
            || (lists.longest_match(toks, 0, Class::CommonAcronym) == Some(1) && !known_org)
            || (lists.longest_match(toks, 0, Class::Title) == Some(1) && s.kind != EntityKind::Organization)
            || (crate::entities::dates::is_month_word(words[s.start]) && !honoured)
            // Two places joined by a hyphen name a pair of them, not someone: "perang Rusia-Ukraina".
            || (s.kind == EntityKind::Person && w.contains('-') && words[s.start].split('-').all(|p| !p.is_empty() && lists.is(p, Class::Place)));
    }
    // A span that is only a title ("Menteri Luar Negeri") names a role, not a person.
    s.kind == EntityKind::Person && lists.longest_match(toks, 0, Class::Title) == Some(toks.len())
}

/// Where a capitalised run starting at `i` ends: capitalised words, joined by
/// connectors that are followed by another capitalised word.
pub(super) fn run_end(words: &[&str], lower: &[&str], i: usize, connectors: bool) -> usize {
    let mut j = i;
    while j < words.len() {
        if is_cap(words[j]) && is_word(words[j]) || words[j].chars().next().is_some_and(|c| c.is_ascii_digit()) && j > i {
            j += 1;
        } else if connectors
            && j > i
            && lexicon::CONNECTORS.contains(&lower[j])
            && words.get(j + 1).is_some_and(|w| is_cap(w) && !is_acronym(w) && !crate::entities::dates::is_month_word(w))
        {
            // "Energi dan Sumber Daya Mineral" is one name; "PT PINDAD dan PTDI" are two;
            // "the County Jail on Thursday" runs into no date.
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Spans made by trigger words.
fn triggers(words: &[&str], lower: &[&str], lists: &Lists, model: &[NameSpan]) -> Vec<NameSpan> {
    let mut out: Vec<NameSpan> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_cap(words[i]) {
            i += 1;
            continue;
        }
        let titled = person_after_title(words, lower, lists, model, i);
        if let Some(s) = titled.or_else(|| person_after_honorific(words, lower, lists, i)) {
            i = s.end;
            out.push(s);
            continue;
        }
        let end = run_end(words, lower, i, true);
        // Numbers after an organisation's tail word are no part of it: "the Energy and
        // Natural Resources Committee 15-4" (they are of an event's: "Piala Dunia 2022").
        let digits = (i..end).rev().take_while(|&k| words[k].starts_with(|c: char| c.is_ascii_digit())).count();
        let end = if digits > 0 && end - digits > i + 1 && lists.longest_match(lower, end - digits - 1, Class::OrgTail) == Some(1) { end - digits } else { end };
        let run = &lower[i..end];
        let head_at = |k: usize| lists.longest_match(run, k, Class::OrgHead);
        let kind = if lexicon::THING_PREFIXES.contains(&words[i]) && end > i + 1 {
            Some(EntityKind::Other)
        } else if (0..run.len()).any(|k| lists.longest_match(run, k, Class::EventHead).is_some()) && end > i + 1 {
            Some(EntityKind::Event)
        } else if head_at(0).is_some_and(|n| n < run.len()) || (run.len() > 1 && lists.longest_match(run, run.len() - 1, Class::OrgTail) == Some(1)) {
            Some(EntityKind::Organization)
        } else if let Some(k) = (1..run.len()).find(|&k| lexicon::PLACE_TAILS.contains(run[k])) {
            // English names the place before its place word: "Harlan County Sheriff's Office".
            out.push(NameSpan { start: i, end: i + k + 1, kind: EntityKind::Location, role: None, evidence: Evidence::Trigger });
            i += k + 1;
            continue;
        } else if !lexicon::PLACE_TAILS.contains(run[0]) && lists.longest_match(run, 0, Class::PlaceWord).is_some_and(|n| n < run.len()) {
            Some(EntityKind::Location)
        } else {
            None
        };
        match kind {
            Some(kind) => {
                let mut span = NameSpan { start: i, end, kind, role: None, evidence: Evidence::Trigger };
                if kind == EntityKind::Organization {
                    span.end = before_titled_person(words, lower, lists, &span);
                }
                i = span.end;
                out.push(span);
            }
            None => i += 1,
        }
    }
    out
}

/// "Menteri Luar Negeri (Menlu) Retno Marsudi", "Gubernur Jawa Barat Ridwan Kamil",
/// "President Joe Biden": the person after a capitalised title and its complement.
fn person_after_title(words: &[&str], lower: &[&str], lists: &Lists, model: &[NameSpan], i: usize) -> Option<NameSpan> {
    let n = lists.longest_match(lower, i, Class::Title)?;
    // A generic title ("Menteri", "Kepala") names an office only with what follows it;
    // unless that is known, the capitalised words after it may be the office, not a
    // name ("Menteri Perumahan Rakyat").
    let generic = n == 1 && lexicon::GENERIC_TITLES.contains(&lower[i]);
    let mut j = i + n;
    // An abbreviated title's full stop: "Gov. Matt Bevin", "Lt. Gov. Jenean Hampton".
    let stop = |j: usize| usize::from(words.get(j) == Some(&"."));
    j += stop(j);
    j += corps_at(lower, j);
    // English puts the office before the title: "Finance Minister", "Defence Secretary".
    let mut role_start = office_before(words, lower, i, 0);
    // ... and a longer title may hold the first of those words: "Kasat Reskrim
    // Polres Lhokseumawe AKP Yasir".
    if let Some(t) = (role_start.saturating_sub(2)..role_start)
        .find(|&t| (t..i).all(|k| is_cap(words[k])) && lists.longest_match(lower, t, Class::Title).is_some_and(|n| t + n > role_start))
    {
        role_start = t;
    }
    let mut known_complement = role_start < i;
    let ministerial = lower[i..i + n].contains(&"menteri");
    loop {
        if words.get(j) == Some(&"(") && words.get(j + 2) == Some(&")") && words.get(j + 1).is_some_and(|w| looks_short(w)) {
            j += 3;
        } else if let Some(m) = [Class::Place, Class::Org].iter().filter_map(|c| lists.longest_match(lower, j, *c)).max() {
            if !is_cap(words[j]) {
                break;
            }
            j += m;
            known_complement = true;
        } else if let Some(m) = lists.longest_match(lower, j, Class::Title).filter(|_| is_cap(words[j])) {
            j += m;
            j += stop(j);
            j += corps_at(lower, j);
        } else if ministerial && j < words.len() && is_cap(words[j]) && lists.is_portfolio_word(lower[j]) {
            // A minister's portfolio: "Menteri Pertanian Syahrul Yasin Limpo", "Menteri
            // Kelautan dan Perikanan Sakti Wahyu Trenggono".
            j += 1;
            if lower.get(j) == Some(&"dan") && words.get(j + 1).is_some_and(|w| is_cap(w)) && lower.get(j + 1).is_some_and(|w| lists.is_portfolio_word(w)) {
                j += 1;
            }
            known_complement = true;
        } else if words.get(j).is_some_and(|w| is_cap(w)) && lexicon::is_office_field(lower[j]) && words.get(j + 1).is_some_and(|w| is_cap(w)) {
            // The field or unit of the office: "Direktur Perlindungan WNI Judha
            // Nugraha", "Kepala Bidang Humas Polda Metro Jaya Kombes Ade Ary".
            j += 1;
            known_complement = true;
        } else if words.get(j).is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())) && words.get(j + 1).is_some_and(|w| is_cap(w)) {
            // An acronym of the office: "Menteri BUMN Erick Thohir".
            j += 1;
            known_complement = true;
        } else {
            break;
        }
    }
    if generic && !known_complement {
        return None;
    }
    let name_end = match model.iter().find(|s| s.kind == EntityKind::Person && s.start <= j && j < s.end) {
        Some(s) => s.end,
        None => {
            let mut k = j;
            let mut count = 0;
            while k < words.len() && count < 4 && is_cap(words[k]) && is_word(words[k]) && lists.matches_at(lower, k).is_empty() && !lexicon::NOT_NAMES.contains(lower[k]) {
                k += 1;
                count += 1;
                // An initial inside a name: "Retno L. Marsudi".
                if words.get(k) == Some(&".") && words[k - 1].chars().count() == 1 && words.get(k + 1).is_some_and(|w| is_cap(w)) {
                    k += 1;
                }
            }
            // A capitalised word before an organisation's head word names a unit of
            // it, part of the office: "Kasubdit IV Renakta Ditreskrimum Polda Lampung".
            if words.get(k).is_some_and(|w| is_cap(w)) && lists.longest_match(lower, k, Class::OrgHead).is_some() {
                return None;
            }
            k
        }
    };
    // A name of one letter is none: "Gen Z".
    let named = words[j..name_end.max(j)].iter().any(|w| w.chars().count() > 1);
    (name_end > j && named).then_some(NameSpan { start: j, end: name_end, kind: EntityKind::Person, role: Some((role_start, j)), evidence: Evidence::Trigger })
}

/// "Dr. Ali", "Mr Smith", "Pak Budi": the person after a courtesy title.
fn person_after_honorific(words: &[&str], lower: &[&str], lists: &Lists, i: usize) -> Option<NameSpan> {
    let n = lists.longest_match(lower, i, Class::Honorific)?;
    let mut j = i + n;
    if words.get(j) == Some(&".") {
        j += 1;
    }
    let mut k = j;
    while k < words.len() && k < j + 4 && is_cap(words[k]) && is_word(words[k]) && lists.matches_at(lower, k).iter().all(|(_, c)| *c == Class::Honorific) {
        k += 1;
    }
    (k > j).then_some(NameSpan { start: j, end: k, kind: EntityKind::Person, role: None, evidence: Evidence::Trigger })
}

/// What the rules alone find in a sentence, strongest first: trigger words, then
/// list entries (for the document stage to fill what the model left out).
/// `lower` holds the words' lower-case forms ([`crate::entities::text::lower_words`]).
pub fn rules_in(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<NameSpan> {
    let mut spans = triggers(words, lower, lists, &[]);
    for l in listed(words, lower, lists) {
        if !spans.iter().any(|s| s.start.min(s.role.map_or(s.start, |r| r.0)) < l.end && l.start < s.end) {
            spans.push(l);
        }
    }
    for s in &mut spans {
        trim_function_words(words, lower, lists, s);
    }
    spans.retain(|s| !vetoed(words, lower, s, lists));
    spans
}

/// People that English news names after a title in lower case: "Labour leader
/// Keir Starmer", "Sinn Fein leader Mary Lou McDonald", "Apple chief executive
/// Tim Cook". The name is two to four capitalised words that no list knows; the
/// role is the title, the lower-case title words before it, and up to three
/// capitalised words before those (the organisation or place of the office).
/// Only for English text: Indonesian writes such titles before names too
/// ("pengamat politik"), and the tagger, trained on Indonesian news, finds those.
pub fn people_after_lower_case_titles(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let name_word = |k: usize| {
        is_cap(words[k])
            && is_word(words[k])
            && !is_acronym(words[k])
            && !lexicon::NOT_NAMES.contains(lower[k])
            && !crate::entities::dates::is_month_word(words[k])
            && lists.matches_at(lower, k).is_empty()
    };
    for k in 0..words.len() {
        if !lexicon::LOWER_CASE_TITLES.contains(words[k]) {
            continue;
        }
        let end = (k + 1..words.len().min(k + 5)).find(|&j| !name_word(j)).unwrap_or(words.len().min(k + 5));
        // Two to four words ("leader Keir Starmer"), and no capitalised word right after
        // them: a longer run of capitals is a headline or a title more often than a name.
        if end - k - 1 < 2 || words.get(end).is_some_and(|w| is_cap(w) && is_word(w)) {
            continue;
        }
        let mut role_start = k;
        while role_start > 0 && k - role_start < 3 && lexicon::LOWER_CASE_TITLE_WORDS.contains(words[role_start - 1]) {
            role_start -= 1;
        }
        let role_start = office_before(words, lower, role_start, 0);
        out.push(NameSpan { start: k + 1, end, kind: EntityKind::Person, role: Some((role_start, k + 1)), evidence: Evidence::Trigger });
    }
    out
}

/// Whether the word at `k` names an occupation ([`lexicon::OCCUPATIONS`]; "juru"
/// only in "juru bicara").
fn is_occupation(lower: &[&str], k: usize) -> bool {
    lexicon::OCCUPATIONS.contains(lower[k]) && (lower[k] != "juru" || lower.get(k + 1) == Some(&"bicara"))
}

/// The role of a person that Indonesian news writes before the name with an
/// occupation ([`lexicon::OCCUPATIONS`]), in lower case or capitalised, up to
/// four words after it and a comma before the name: "Pengamat telekomunikasi
/// Heru Setiadi", "Ekonom Universitas Padjadjaran Kurniawati Siregar",
/// "Juru bicara KPK, Yudha Prasetyo". A function word between them ("warga
/// yang ditemui") or other punctuation means the occupation is not this name's.
pub fn occupation_before(words: &[&str], lower: &[&str], s: &NameSpan) -> Option<(usize, usize)> {
    let end = if s.start > 0 && words[s.start - 1] == "," { s.start - 1 } else { s.start };
    // At most two words in lower case after the occupation: "sutradara film asing peraih
    // nominasi Oscar" describes a film, not a person named Oscar.
    let joins = |w: &str| matches!(w, "sekaligus" | "dan");
    let mut lower_case = 0;
    for k in (end.saturating_sub(5)..end).rev() {
        if is_occupation(lower, k) {
            // "aktor sekaligus komedian": two occupations joined are one role.
            let mut from = k;
            while from >= 2 && joins(lower[from - 1]) && lexicon::OCCUPATIONS.contains(lower[from - 2]) {
                from -= 2;
            }
            return Some((from, end));
        }
        lower_case += usize::from(!is_cap(words[k]));
        if !is_word(words[k]) || (crate::lang::is_stop_word(lower[k], "id") && !joins(lower[k])) || lower_case > 2 {
            return None;
        }
    }
    None
}

/// The role of a person written after the name and a comma, or after "selaku"
/// or "sebagai", as a token range: "Hendra Wibisana, Kepala Pelaksana BPBD Kota
/// Bekasi, mengatakan", "Darmaji, pedagang di Pasar Baru.", "Ahmad, selaku
/// Ketua RT, ...", "Bahlil Lahadalia sebagai Menteri ESDM,", "John Smith, a
/// spokesman for the agency, said". The phrase opens with a title or an
/// occupation (after "selaku", "sebagai" or an article) and is closed by a
/// comma, a full stop or the sentence's end within ten words (without a comma,
/// by a speech verb too: "Budi selaku Ketua RT mengatakan"); its words in
/// lower case are titles, occupations, organisation words or the small words
/// of an office ("di", "of", "the"), so a clause is no role ("Menurut Budi,
/// warga sekitar sudah mengungsi"), nor is a subject before its verb ("Usai
/// bertemu Prabowo, Menteri Keuangan mengatakan"). It names no other person
/// (`people`): "Presiden Joko Widodo, Wakil Presiden Ma'ruf Amin" is a list.
pub fn role_after_name(words: &[&str], lower: &[&str], lists: &Lists, s: &NameSpan, people: &[NameSpan]) -> Option<(usize, usize)> {
    const OFFICE_SMALL_WORDS: [&str; 16] = ["di", "dari", "pada", "untuk", "bidang", "of", "at", "for", "in", "on", "with", "the", "a", "an", "and", "dan"];
    // "Bahlil Lahadalia sebagai Menteri ESDM": "selaku" or "sebagai" right after the name.
    let as_word = |w: &&str| matches!(*w, "selaku" | "sebagai");
    // (Not after a verb of replacing: "Bahlil menggantikan Arifin Tasrif sebagai Menteri ESDM".)
    let replaced = s.start > 0 && matches!(lower[s.start - 1], "menggantikan" | "mengganti" | "menggeser" | "mencopot" | "mengalahkan" | "replacing" | "replaced" | "succeeding" | "succeeded");
    let mut a = match words.get(s.end) {
        Some(&",") => s.end + 1,
        _ if lower.get(s.end).is_some_and(as_word) && !replaced => s.end,
        _ => return None,
    };
    let bare = a == s.end;
    if lower.get(a).is_some_and(|w| as_word(w) || matches!(*w, "a" | "an" | "the")) {
        a += 1;
    }
    let titled = |k: usize| lists.longest_match(lower, k, Class::Title).is_some() || lexicon::LOWER_CASE_TITLE_WORDS.contains(lower[k]);
    if a >= words.len() || !(titled(a) || is_occupation(lower, a)) {
        return None;
    }
    let office_word = |k: usize| {
        is_cap(words[k])
            || words[k].starts_with(|c: char| c.is_ascii_digit())
            || titled(k)
            || is_occupation(lower, k)
            || [Class::OrgHead, Class::OrgTail].iter().any(|&c| lists.longest_match(lower, k, c).is_some())
            // "dan" and "and" only inside an office: "Menteri Kelautan dan Perikanan".
            || (OFFICE_SMALL_WORDS.contains(&lower[k]) && (!matches!(lower[k], "dan" | "and") || words.get(k + 1).is_some_and(|w| is_cap(w))))
    };
    let mut b = a + 1;
    // Other words in lower case: English offices have some ("the chief commercial officer
    // at Etlaq"), before the body they end with.
    let mut other = 0;
    while b < words.len() && b - a <= 10 {
        // An acronym or short name in parentheses belongs to the office: "Kepala Badan
        // Nasional Penanggulangan Bencana (BNPB)", "... PT Hutchison 3 Indonesia (Tri)".
        if words[b] == "(" && words.get(b + 2) == Some(&")") && (is_acronym(words[b + 1]) || is_cap(words[b + 1])) {
            b += 3;
            continue;
        }
        // "the U.K.": an initial's full stop.
        if words[b] == "." && words[b - 1].chars().count() == 1 && is_cap(words[b - 1]) && words.get(b + 1).is_some_and(|w| w.chars().count() == 1 && is_cap(w)) {
            b += 1;
            continue;
        }
        if !is_word(words[b]) || crate::entities::quotes::VERBS_AFTER_SPEAKER.contains(lower[b]) {
            break;
        }
        other += usize::from(!office_word(b));
        b += 1;
    }
    // After "sebagai" the office may run into the verb: "Budi selaku Ketua RT mengatakan".
    // A body's short name in parentheses is no other person ("Wakil Presiden Direktur PT
    // Hutchison 3 Indonesia (Tri)").
    let in_parentheses = |p: &NameSpan| p.start > 0 && words[p.start - 1] == "(" && words.get(p.end) == Some(&")");
    let closed = b == words.len() || matches!(words[b], "," | "." | ";") || (bare && crate::entities::quotes::VERBS_AFTER_SPEAKER.contains(lower[b]));
    let ends_in_a_name = is_cap(words[b - 1]) || words[b - 1] == ")";
    // A title or occupation of its own, not only a word before one ("the finance, economic
    // development ... member").
    let office = (a..b).any(|k| lists.longest_match(lower, k, Class::Title).is_some() || is_occupation(lower, k))
        || (is_cap(words[a]) && lexicon::LOWER_CASE_TITLE_WORDS.contains(lower[a]));
    if b - a > 10 || !closed || !office || other > if ends_in_a_name { 2 } else { 0 } || people.iter().any(|p| p.kind == EntityKind::Person && p.start < b && a < p.end && !in_parentheses(p)) {
        return None;
    }
    Some((a, b))
}

/// Organisations that Indonesian news names with their place after them, which
/// the tagger cuts off as a place of its own:
/// - after the acronym defined in parentheses: "Pengadilan Negeri (PN)
///   Lhoksukon", "Badan Penanggulangan Bencana Daerah (BPBD) Kota Surabaya";
/// - after an acronym, a city, regency or province: "BPBD Kota Bekasi", "KPU
///   Kabupaten Bogor" ("KBRI di Phnom Penh" and "DPR RI" are left alone).
///
/// The first needs an organisation before the parentheses: the tagger's, or a
/// name starting with an organisation's head word ("Kejaksaan Negeri"), or a
/// listed organisation's acronym.
pub fn join_units_and_places(words: &[&str], lower: &[&str], lists: &Lists, found: &mut Vec<NameSpan>) {
    let org_acronym = |w: &str| lists.acronym(w).is_some_and(|a| a.class == lexicon::AcronymClass::Organization);
    let region = |k: usize| lexicon::REGION_WORDS.contains(lower[k]);
    let mut i = 0;
    while i < found.len() {
        let g = found[i].clone();
        if g.kind != EntityKind::Location || g.start == 0 {
            i += 1;
            continue;
        }
        // The place may start after a region word the tagger left out: "(PN) Kota [Medan]".
        let at = if g.start >= 2 && region(g.start - 1) && is_cap(words[g.start - 1]) { g.start - 1 } else { g.start };
        let before = |end: usize| found.iter().position(|f| f.end == end && f.kind != EntityKind::Person);
        let joined = if at >= 4 && words[at - 1] == ")" && words[at - 3] == "(" && crate::entities::acronyms::looks_short(words[at - 2]) {
            // The tagger may have run the name into the parenthesis: "Pengadilan Negeri ( PN".
            let ends_in = |j: usize| (at - 3..at).contains(&found[j].end) && found[j].start < at - 3 && found[j].kind != EntityKind::Person;
            (0..found.len()).find(|&j| ends_in(j)).filter(|&j| {
                let f = &found[j];
                f.kind == EntityKind::Organization || lists.longest_match(lower, f.start, Class::OrgHead).is_some() || org_acronym(words[at - 2])
            })
            .map(|j| (j, found[j].start))
        } else if at >= 1 && region(at) && is_acronym(words[at - 1]) && !lists.acronym(words[at - 1]).is_some_and(|a| a.class == lexicon::AcronymClass::Place) {
            Some(before(at).filter(|&j| found[j].start == at - 1).map_or((usize::MAX, at - 1), |j| (j, at - 1)))
        } else {
            None
        };
        let Some((j, start)) = joined else {
            i += 1;
            continue;
        };
        found[i] = NameSpan { start, end: g.end, kind: EntityKind::Organization, role: None, evidence: Evidence::Trigger };
        if j != usize::MAX {
            found.remove(j);
            if j < i {
                i -= 1;
            }
        }
        i += 1;
    }
}

/// Places that Indonesian news lists from the smallest, each after its region
/// word, which the tagger runs together: "Desa Alue Papeun Kecamatan Nisam
/// Antara" is two places. A region word inside a place's span starts another.
pub fn split_at_region_words(words: &[&str], lower: &[&str], s: NameSpan) -> Vec<NameSpan> {
    if s.kind != EntityKind::Location {
        return vec![s];
    }
    let region = |k: usize| is_cap(words[k]) && lexicon::REGION_WORDS.contains(lower[k]);
    let mut out = Vec::new();
    let mut from = s.start;
    for k in s.start + 1..s.end {
        // A place word needs a name after it: "Kota" ends "Jakarta Kota".
        if region(k) && k + 1 < s.end {
            out.push(NameSpan { start: from, end: k, ..s.clone() });
            from = k;
        }
    }
    out.push(NameSpan { start: from, end: s.end, ..s });
    out
}

/// People that Indonesian news names by an alias, a nickname or initials:
/// "Faisal (37) alias Komeng", "Nurdin Ismail alias Din Minimi", "Basuki Tjahaja
/// Purnama atau Ahok", "Muhaimin Iskandar yang akrab disapa Cak Imin", "tersangka
/// berinisial HS". Each pair is the name and, after "alias" (or "atau", or
/// "disapa"), the other name of the same person. Before "alias" the name is the capitalised words (at most
/// four) back to a word of a listed place, organisation or title ("KPA Daerah II
/// Aceh Utara Mahmudsyah alias Ayah Mud"); after it, up to three capitalised
/// words. Initials are one capitalised token of two to four letters, dots allowed.
pub fn aliased_people(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<(NameSpan, Option<NameSpan>)> {
    let person = |start: usize, end: usize| NameSpan { start, end, kind: EntityKind::Person, role: None, evidence: Evidence::Trigger };
    let name_word = |k: usize| is_cap(words[k]) && is_word(words[k]) && !lexicon::NOT_NAMES.contains(lower[k]) && !crate::lang::is_stop_word(lower[k], "id");
    let mut out = Vec::new();
    if !lower.iter().any(|w| matches!(*w, "alias" | "berinisial" | "inisial" | "atau" | "disapa" | "dipanggil" | "sapaan" | "panggilan")) {
        return out;
    }
    // Words inside a listed place, organisation or title.
    let mut listed = vec![false; words.len()];
    for k in 0..words.len() {
        for (n, c) in lists.matches_at(lower, k) {
            if matches!(c, Class::Place | Class::Org | Class::Title | Class::OrgHead | Class::EventHead | Class::PlaceWord) {
                listed[k..k + n].iter_mut().for_each(|b| *b = true);
            }
        }
    }
    // The capitalised words before `end`, back to a listed word or an acronym (at most four).
    let name_before = |end: usize| {
        let mut start = end;
        while start > 0 && end - start < 4 && name_word(start - 1) && !listed[start - 1] && !is_acronym(words[start - 1]) {
            start -= 1;
        }
        start
    };
    // Up to `most` capitalised words from `from`, none listed.
    let name_after = |from: usize, most: usize| (from..words.len().min(from + most)).find(|&j| !name_word(j) || listed[j]).unwrap_or(words.len().min(from + most));
    for (k, &w) in lower.iter().enumerate().skip(1) {
        match w {
            // "Mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok", "Muhaimin Iskandar
            // atau yang akrab disapa Cak Imin": a shorter name after "atau" is the same
            // person's. With "atau" alone the full name follows an office or a body, and the
            // other name is no acronym and is closed by a small word or punctuation, so that
            // "Jakarta atau Bandung", "memilih Ganjar Pranowo atau Anies", "Bantuan Langsung
            // Tunai atau BLT" are no pairs.
            "atau" | "yang" => {
                let (j, called) = called_at(lower, k);
                if (w == "yang" && !called) || j >= words.len() {
                    continue;
                }
                let end = if k >= 2 && words[k - 1] == "," { k - 1 } else { k };
                let start = name_before(end);
                let after_end = name_after(j, if called { 3 } else { 2 });
                let closed = words.get(after_end).is_none_or(|w| !is_cap(w));
                let introduced = start > 0 && (listed[start - 1] || is_acronym(words[start - 1]));
                let shorter = if called { after_end > j } else { introduced && after_end > j && after_end - j < end - start && !is_acronym(words[j]) };
                if end - start >= 2 && shorter && closed {
                    out.push((person(start, end), Some(person(j, after_end))));
                }
            }
            "berinisial" | "inisial" => {
                let initials = |w: &str| {
                    let letters: Vec<char> = w.chars().filter(|c| *c != '.').collect();
                    (2..=4).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
                };
                // "berinisial AS (34) dan RH (28)", "berinisial AB, CD, dan EF": each is a person.
                // After the first, only initials in a list: after "dan", or before an age, a comma
                // or "dan" ("berinisial AS, ASN di Pemkab" names one person).
                let listed_on = |j: usize| {
                    matches!(lower[j - 1], "dan" | "serta") || words.get(j + 1).is_some_and(|w| matches!(*w, "(" | ",")) || lower.get(j + 1).is_some_and(|w| matches!(*w, "dan" | "serta"))
                };
                let mut j = k + 1;
                while words.get(j).is_some_and(|w| initials(w) && lists.acronym(w).is_none_or(|_| j == k + 1) && (j == k + 1 || listed_on(j))) {
                    out.push((person(j, j + 1), None));
                    j += 1;
                    if j + 2 < words.len() && words[j] == "(" && words[j + 1].chars().all(|c| c.is_ascii_digit()) && words[j + 2] == ")" {
                        j += 3;
                    }
                    if words.get(j) == Some(&",") {
                        j += 1;
                    }
                    if lower.get(j).is_some_and(|w| matches!(*w, "dan" | "serta")) {
                        j += 1;
                    }
                }
            }
            "alias" => {
                let after_end = (k + 1..words.len().min(k + 4)).find(|&j| !name_word(j)).unwrap_or(words.len().min(k + 4));
                if after_end == k + 1 {
                    continue;
                }
                // "Faisal (37) alias": the age stands between the name and "alias".
                let mut end = k;
                if end >= 3 && words[end - 1] == ")" && words[end - 2].chars().all(|c| c.is_ascii_digit()) && words[end - 3] == "(" {
                    end -= 3;
                }
                let start = name_before(end);
                if start < end {
                    out.push((person(start, end), Some(person(k + 1, after_end))));
                }
            }
            _ => {}
        }
    }
    out
}

/// Nicknames Indonesian news gives a person it has just named, through a noun
/// for them: "Pria yang akrab disapa Dani ini mengatakan", "perempuan yang
/// biasa disapa Bu Tejo itu". Each span is the nickname (up to three
/// capitalised words); the entity stage joins it to the person named before.
pub fn described_nicknames(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<NameSpan> {
    const PEOPLE_NOUNS: [&str; 15] = ["pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "pemuda", "pemudi", "gadis", "bocah", "remaja", "ibu", "bapak", "kakek", "nenek"];
    let mut out = Vec::new();
    for k in 1..lower.len() {
        if lower[k] != "yang" || !(PEOPLE_NOUNS.contains(&lower[k - 1]) || is_occupation(lower, k - 1)) {
            continue;
        }
        let (j, called) = called_at(lower, k);
        if !called {
            continue;
        }
        let body = |e: usize| lists.matches_at(lower, e).iter().any(|(_, c)| matches!(c, Class::Place | Class::Org | Class::OrgHead | Class::EventHead));
        let name = |e: usize| is_cap(words[e]) && is_word(words[e]) && !is_acronym(words[e]) && !body(e);
        let end = (j..words.len().min(j + 3)).find(|&e| !name(e)).unwrap_or(words.len().min(j + 3));
        // Closed by "ini" or "itu", which point back to the person.
        if end > j && lower.get(end).is_some_and(|w| matches!(*w, "ini" | "itu")) {
            out.push(NameSpan { start: j, end, kind: EntityKind::Person, role: None, evidence: Evidence::Trigger });
        }
    }
    out
}

/// Where the name starts after the words that say a person is called so, from
/// `lower[k]` ("atau yang akrab disapa", "yang biasa dipanggil"), and whether
/// they say it: "disapa" and "dipanggil" alone are "greeted" and "summoned"
/// ("yang disapa Prabowo", "yang dipanggil KPK"), so they need "akrab" or
/// "biasa"; "sapaan" and "panggilan" need nothing.
fn called_at(lower: &[&str], k: usize) -> (usize, bool) {
    const CALLED: [&str; 9] = ["yang", "akrab", "biasa", "disapa", "dipanggil", "dikenal", "dengan", "sapaan", "panggilan"];
    let mut j = k + 1;
    while j < lower.len() && j - k <= 4 && CALLED.contains(&lower[j]) {
        j += 1;
    }
    let has = |set: &[&str]| lower[k + 1..j].iter().any(|w| set.contains(w));
    (j, has(&["sapaan", "panggilan"]) || (has(&["disapa", "dipanggil"]) && has(&["akrab", "biasa"])))
}

/// Capitalised list entries: places and institutions.
fn listed(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let found = lists
            .matches_at(lower, i)
            .into_iter()
            .filter(|(n, c)| {
                matches!(c, Class::Place | Class::Org)
                    && words[i..i + n].iter().zip(&lower[i..i + n]).all(|(w, l)| is_cap(w) || !is_word(w) || lexicon::CONNECTORS.contains(l))
            })
            .max_by_key(|(n, _)| *n);
        match found {
            // A list acronym must be written as listed ("AS", not "as").
            Some((1, Class::Org | Class::Place)) if lists.acronym(words[i]).is_none() && words[i].chars().filter(|c| c.is_uppercase()).count() > 1 && words[i].len() <= 3 => i += 1,
            Some((n, c)) => {
                let kind = if c == Class::Place { EntityKind::Location } else { EntityKind::Organization };
                out.push(NameSpan { start: i, end: i + n, kind, role: None, evidence: Evidence::List });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Without a model: runs of two or three capitalised words, not at the start of
/// the sentence and not list words, taken as people.
fn shaped(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < words.len() {
        let end = run_end(words, lower, i, false);
        if end == i {
            i += 1;
            continue;
        }
        let plain = (i..end).all(|k| lists.matches_at(lower, k).is_empty() && !lexicon::NOT_NAMES.contains(lower[k]) && words[k].chars().any(char::is_lowercase));
        if (2..=3).contains(&(end - i)) && plain {
            out.push(NameSpan { start: i, end, kind: EntityKind::Person, role: None, evidence: Evidence::Shape });
        }
        i = end;
    }
    out
}

/// IOB2 labels of a sentence's spans, as `kliping tag` prints them: PER, ORG,
/// LOC, and EVENT and MISC for the other kinds.
pub fn iob2(len: usize, spans: &[NameSpan]) -> Vec<String> {
    let mut out = vec!["O".to_string(); len];
    for s in spans {
        let k = match s.kind {
            EntityKind::Person => "PER",
            EntityKind::Organization => "ORG",
            EntityKind::Location => "LOC",
            EntityKind::Event => "EVENT",
            _ => "MISC",
        };
        for (n, t) in out.iter_mut().enumerate().take(s.end.min(len)).skip(s.start) {
            *t = format!("{}-{k}", if n == s.start { "B" } else { "I" });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::LISTS;
    use crate::entities::text::tokenize;

    /// [`find`] with the lists, lower-casing the words itself.
    fn find_in(words: &[&str], tags: &[Tag], with_model: bool) -> Vec<NameSpan> {
        let mut buf = String::new();
        find(words, &crate::entities::text::lower_words(words, &mut buf), tags, &LISTS, with_model)
    }

    /// (sentence, expected spans as "kind:text" in order), without a model.
    const CASES: &[(&str, &[&str])] = &[
        ("Menteri Luar Negeri (Menlu) Retno Marsudi, mendorong pembentukan mekanisme", &["person:Retno Marsudi"]),
        ("Kedutaan Besar Republik Indonesia di Phnom Penh telah menangani", &["organization:Kedutaan Besar Republik Indonesia", "location:Phnom Penh"]),
        ("seperti ke PT PINDAD dan PTDI dan juga", &["organization:PT PINDAD", "organization:PTDI"]),
        ("berpartisipasi dalam Indo Defence Expo and Forum yang akan", &["event:Indo Defence Expo and Forum"]),
        ("kunjungan KRI Bima Suci ke Pelabuhan Sihanoukville pada", &["other:KRI Bima Suci", "location:Pelabuhan Sihanoukville"]),
        ("Dia mengatakan, isu TPPO menjadi perhatian serius", &[]),
        ("President Joe Biden met Prime Minister Anthony Albanese in Washington.", &["person:Joe Biden", "person:Anthony Albanese", "location:Washington"]),
        ("The statement from Harvard University came as Mr. Smith left.", &["organization:Harvard University", "person:Smith"]),
        ("Gubernur Jawa Barat Ridwan Kamil meninjau lokasi", &["person:Ridwan Kamil"]),
        // English names the place before "County"; "County" before a name is none.
        ("the Harlan County Sheriff's Office said.", &["location:Harlan County"]),
        ("held at the County Jail on Thursday.", &[]),
        // The field or unit of an office is part of it, not of the name after it.
        ("Direktur Perlindungan WNI Judha Nugraha menambahkan", &["person:Judha Nugraha"]),
        ("kata Manajer Komunikasi Eksekutif Budi Santoso kemarin", &["person:Budi Santoso"]),
        ("Direktur Perlindungan mengatakan", &[]),
    ];

    #[test]
    fn rules_find_names_without_a_model() {
        for (text, want) in CASES {
            let toks = tokenize(text);
            let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
            let spans = find_in(&words, &vec![Tag::O; words.len()], false);
            let got: Vec<String> = spans
                .iter()
                .map(|s| format!("{}:{}", serde_json::to_value(s.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(), &text[toks[s.start].start..toks[s.end - 1].end]))
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    #[test]
    fn title_gives_the_role() {
        let text = "Menteri Luar Negeri (Menlu) Retno Marsudi, mendorong";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        let spans = find_in(&words, &vec![Tag::O; words.len()], false);
        assert_eq!(spans[0].role, Some((0, 6)));
    }

    /// Runs `f` on a sentence's tokens, words and their lower-case forms.
    fn on_words<T>(sentence: &str, f: impl FnOnce(&[crate::entities::text::Token<'_>], &[&str], &[&str]) -> T) -> T {
        let tokens = tokenize(sentence);
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let mut buf = String::new();
        let lower = crate::entities::text::lower_words(&words, &mut buf);
        f(&tokens, &words, &lower)
    }

    /// The spans [`find`] gives `sentence` with a model that tagged `tagged` (token ranges).
    fn find_with_model<'a>(sentence: &'a str, tagged: &[(usize, usize, NerKind)]) -> (Vec<crate::entities::text::Token<'a>>, Vec<NameSpan>) {
        let tokens = tokenize(sentence);
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let mut tags = vec![Tag::O; words.len()];
        for &(start, end, kind) in tagged {
            tags[start] = Tag::B(kind);
            tags[start + 1..end].fill(Tag::I(kind));
        }
        let spans = find_in(&words, &tags, true);
        (tokens, spans)
    }

    /// The people `find` gives `sentence` (see [`find_with_model`]), with their roles.
    fn person<'a>(sentence: &'a str, tagged: &[(usize, usize, NerKind)]) -> Vec<(&'a str, Option<&'a str>)> {
        let (tokens, spans) = find_with_model(sentence, tagged);
        let text = |a: usize, b: usize| &sentence[tokens[a].start..tokens[b - 1].end];
        spans.into_iter().filter(|s| s.kind == EntityKind::Person).map(|s| (text(s.start, s.end), s.role.map(|(a, b)| text(a, b)))).collect()
    }

    /// The spans [`find`] gives with the model's tags, as "kind:text".
    fn with_model(sentence: &str, tagged: &[(usize, usize, NerKind)]) -> Vec<String> {
        let (tokens, spans) = find_with_model(sentence, tagged);
        let kind = |k: EntityKind| serde_json::to_value(k).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        spans.iter().map(|s| format!("{}:{}", kind(s.kind), &sentence[tokens[s.start].start..tokens[s.end - 1].end])).collect()
    }

    #[test]
    fn a_trigger_name_wins_over_the_model_name_it_adds_a_head_or_tail_to() {
        use crate::entities::ner::NerKind::{Loc, Org, Per};
        assert_eq!(with_model("Sidang di Pengadilan Negeri Jakarta Selatan ditunda", &[(4, 6, Loc)]), ["organization:Pengadilan Negeri Jakarta Selatan"]);
        assert_eq!(with_model("in Harlan County on Monday", &[(1, 2, Per)]), ["location:Harlan County"]);
        assert_eq!(with_model("the Calder County Sheriff's Office said", &[(2, 5, Loc)]), ["location:Calder County"]);
        assert_eq!(with_model("passed the Energy and Natural Resources Committee 15-4", &[(6, 7, Org)]), ["organization:Energy and Natural Resources Committee"]);
        // The government of a place stays the place, as the corpora annotate it.
        assert_eq!(with_model("Pemerintah Kabupaten Wakatobi menolak", &[(1, 3, Loc)]), ["location:Kabupaten Wakatobi"]);
        // A trigger run over two model names takes neither.
        assert_eq!(with_model("Partai Golkar Aburizal Bakrie hadir", &[(0, 2, Org), (2, 4, Per)]), ["organization:Partai Golkar", "person:Aburizal Bakrie"]);
    }

    #[test]
    fn a_ministers_portfolio_is_the_office_and_the_words_after_it_the_minister() {
        use crate::entities::ner::NerKind::{Org, Per};
        // The model names no one here; the portfolio tells the office from the name.
        assert_eq!(person("diresmikan oleh Menteri Perhubungan Jusman Syafii Djamal sekaligus", &[]), [("Jusman Syafii Djamal", Some("Menteri Perhubungan"))]);
        assert_eq!(person("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono berkata", &[]), [("Sakti Wahyu Trenggono", Some("Menteri Kelautan dan Perikanan"))]);
        // The model took the portfolio into the name, as a person or an organisation.
        assert_eq!(person("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono berkata", &[(3, 7, Per)]), [("Sakti Wahyu Trenggono", Some("Menteri Kelautan dan Perikanan"))]);
        assert_eq!(person("Menteri Pertanian Syahrul Yasin Limpo hadir", &[(1, 5, Org)]), [("Syahrul Yasin Limpo", Some("Menteri Pertanian"))]);
        // A portfolio alone names no one, and an unknown one stays the model's call.
        assert_eq!(person("kata Menteri Perhubungan kemarin", &[]), []);
        assert_eq!(person("Menteri Perumahan Rakyat berkata", &[]), []);
    }

    #[test]
    fn a_name_the_tagger_ran_into_an_office_s_place_is_a_person() {
        use crate::entities::ner::NerKind::{Loc, Org};
        let got = with_model("Ketua DPRD Kota Bekasi Saifuddaulah meminta drainase diperbaiki.", &[(1, 2, Org), (2, 5, Loc)]);
        assert!(got.contains(&"person:Saifuddaulah".to_string()) && got.contains(&"location:Kota Bekasi".to_string()), "{got:?}");
        assert_eq!(person("Ketua DPRD Kota Bekasi Saifuddaulah meminta drainase diperbaiki.", &[(1, 2, Org), (2, 5, Loc)]), [("Saifuddaulah", Some("Ketua DPRD Kota Bekasi"))]);
        // A direction goes on the place's name; without an office before it, the tagger's place stands.
        assert_eq!(with_model("Camat Bekasi Utara meminta warga waspada.", &[(1, 3, Loc)]), ["location:Bekasi Utara"]);
        assert_eq!(with_model("Warga Kota Bekasi Saifuddaulah meminta drainase diperbaiki.", &[(1, 4, Loc)]), ["location:Kota Bekasi Saifuddaulah"]);
        assert!(!with_model("Kepala Bidang Humas Polda Metro Jaya Kombes Pol Anton Sihombing berkata.", &[(2, 6, Org)]).contains(&"person:Jaya".to_string()));
        assert!(!with_model("Direktur Utama Jakarta Propertindo (Jakpro) mengatakan.", &[(2, 4, Loc)]).contains(&"person:Propertindo".to_string()));
    }

    #[test]
    fn company_and_club_endings_weekdays_and_counts_at_the_edges_of_names() {
        use crate::entities::ner::NerKind::{Loc, Org, Per};
        assert_eq!(with_model("Pemain Sriwijaya FC berlatih di Palembang.", &[(1, 3, Loc), (5, 6, Loc)]), ["organization:Sriwijaya FC", "location:Palembang"]);
        assert_eq!(with_model("Laporan Financial Times Senin menyebut itu.", &[(1, 4, Org)]), ["organization:Financial Times"]);
        assert_eq!(with_model("Kata Sanchez Ratusan warga datang.", &[(1, 3, Per)]), ["person:Sanchez"]);
        assert_eq!(with_model("Warga Pasar Minggu antre.", &[(1, 3, Loc)]), ["location:Pasar Minggu"]);
    }

    /// The tokens of CoNLL files keep a short form's parentheses on it: "(MK)".
    #[test]
    fn a_short_form_in_parentheses_as_one_token_ends_the_name_it_abbreviates() {
        use crate::entities::ner::NerKind::{Org, Per};
        let words = ["ketua", "Mahkamah", "Konstitusi", "(MK)", "Mahfud", "MD", "dan", "Joko", "Widodo", "(Jokowi)", "hadir"];
        let mut buf = String::new();
        let lower = crate::entities::text::lower_words(&words, &mut buf);
        let mut tags = vec![Tag::O; words.len()];
        for (start, end, kind) in [(1, 3, Org), (3, 4, Org), (4, 6, Per), (7, 9, Per), (9, 10, Per)] {
            tags[start] = Tag::B(kind);
            tags[start + 1..end].fill(Tag::I(kind));
        }
        let got: Vec<(usize, usize)> = find(&words, &lower, &tags, &LISTS, true).iter().map(|s| (s.start, s.end)).collect();
        // After a person the short form stays a name of its own.
        assert_eq!(got, [(1, 4), (4, 6), (7, 9), (9, 10)]);
    }

    #[test]
    fn a_unit_and_its_place_are_one_organisation() {
        use crate::entities::ner::NerKind::{Loc, Org};
        let joined = |sentence: &str, tagged: &[(usize, usize, crate::entities::ner::NerKind)]| {
            on_words(sentence, |tokens, words, lower| {
                let mut found: Vec<NameSpan> = tagged.iter().map(|&(start, end, k)| NameSpan { start, end, kind: kind_of(k), role: None, evidence: Evidence::Model }).collect();
                join_units_and_places(words, lower, &LISTS, &mut found);
                found.iter().map(|s| (sentence[tokens[s.start].start..tokens[s.end - 1].end].to_string(), s.kind)).collect::<Vec<_>>()
            })
        };
        let org = |t: &str| (t.to_string(), EntityKind::Organization);
        assert_eq!(joined("ke Pengadilan Negeri (PN) Lhoksukon kemarin", &[(1, 3, Org), (6, 7, Loc)]), [org("Pengadilan Negeri (PN) Lhoksukon")]);
        assert_eq!(joined("ke Pengadilan Negeri (PN) Lhoksukon kemarin", &[(1, 5, Org), (6, 7, Loc)]), [org("Pengadilan Negeri (PN) Lhoksukon")]);
        assert_eq!(joined("ke Kejaksaan Negeri (Kejari) Kota Medan", &[(1, 3, Loc), (7, 8, Loc)]), [org("Kejaksaan Negeri (Kejari) Kota Medan")]);
        assert_eq!(joined("kata Kepala BPBD Kota Bekasi itu", &[(3, 5, Loc)]), [org("BPBD Kota Bekasi")]);
        // A place after a place, or after a place's acronym, stays a place.
        assert_eq!(joined("di Jakarta (Indonesia) Kota Tua", &[(1, 2, Loc), (4, 6, Loc)]).len(), 2);
        assert_eq!(joined("KBRI di Phnom Penh", &[(0, 1, Org), (2, 4, Loc)]).len(), 2);
    }

    #[test]
    fn region_words_split_a_run_of_places() {
        let got: Vec<(usize, usize)> = on_words("Desa Alue Papeun Kecamatan Nisam Antara Jakarta Kota", |_, words, lower| {
            let s = NameSpan { start: 0, end: words.len(), kind: EntityKind::Location, role: None, evidence: Evidence::Model };
            split_at_region_words(words, lower, s).iter().map(|s| (s.start, s.end)).collect()
        });
        assert_eq!(got, [(0, 3), (3, 8)]);
    }

    #[test]
    fn an_occupation_before_a_name_is_its_role() {
        let role = |sentence: &str, start: usize, end: usize| {
            on_words(sentence, |tokens, words, lower| {
                let s = NameSpan { start, end, kind: EntityKind::Person, role: None, evidence: Evidence::Model };
                occupation_before(words, lower, &s).map(|(a, b)| sentence[tokens[a].start..tokens[b - 1].end].to_string())
            })
        };
        assert_eq!(role("Pengamat telekomunikasi Heru Setiadi menilai", 2, 4).as_deref(), Some("Pengamat telekomunikasi"));
        assert_eq!(role("Juru bicara KPK, Yudha Prasetyo, mengatakan", 4, 6).as_deref(), Some("Juru bicara KPK"));
        assert_eq!(role("hadir pula aktor sekaligus komedian, Indra Birowo, dalam", 6, 8).as_deref(), Some("aktor sekaligus komedian"));
        // A function word between them: the occupation is another's, or no role.
        assert_eq!(role("Warga yang ditemui, Budi Santoso, mengaku", 4, 6), None);
        assert_eq!(role("kata juru kunci Budi Santoso", 3, 5), None);
        assert_eq!(role("dipimpin sutradara film asing peraih nominasi Oscar, Children", 6, 7), None);
    }

    #[test]
    fn a_nickname_given_through_a_noun_for_the_person() {
        let names = |sentence: &str| {
            on_words(sentence, |tokens, words, lower| {
                described_nicknames(words, lower, &LISTS).iter().map(|s| sentence[tokens[s.start].start..tokens[s.end - 1].end].to_string()).collect::<Vec<_>>()
            })
        };
        assert_eq!(names("Pria yang akrab disapa Dani ini mengatakan"), ["Dani"]);
        assert_eq!(names("perempuan yang biasa dipanggil Bu Tejo itu"), ["Bu Tejo"]);
        assert!(names("kucing yang akrab disapa Mimi ini").is_empty());
        assert!(names("pria yang dipanggil penyidik kemarin").is_empty());
        assert!(names("Pria yang dipanggil KPK itu tidak hadir").is_empty());
        assert!(names("pria yang akrab disapa Dani mengatakan").is_empty());
    }

    #[test]
    fn an_alias_or_initials_name_a_person() {
        let pairs = |sentence: &str| {
            on_words(sentence, |tokens, words, lower| {
                let text = |s: &NameSpan| sentence[tokens[s.start].start..tokens[s.end - 1].end].to_string();
                aliased_people(words, lower, &LISTS).iter().map(|(a, b)| (text(a), b.as_ref().map(text))).collect::<Vec<_>>()
            })
        };
        let pair = |a: &str, b: Option<&str>| vec![(a.to_string(), b.map(String::from))];
        assert_eq!(pairs("menangkap Faisal (37) alias Komeng di rumahnya"), pair("Faisal", Some("Komeng")));
        assert_eq!(pairs("pimpinan Nurdin Ismail alias Din Minimi menyerahkan diri"), pair("Nurdin Ismail", Some("Din Minimi")));
        assert_eq!(pairs("Ketua KPA Daerah II Aceh Utara Mahmudsyah alias Ayah Mud hadir"), pair("Mahmudsyah", Some("Ayah Mud")));
        assert_eq!(pairs("polisi menahan tersangka berinisial HS (42) kemarin"), pair("HS", None));
        let each = |names: &[&str]| names.iter().map(|n| (n.to_string(), None)).collect::<Vec<_>>();
        assert_eq!(pairs("masing-masing berinisial AS (34) dan RH (28), warga"), each(&["AS", "RH"]));
        assert_eq!(pairs("tiga pelaku berinisial AB, CD, dan EF ditahan"), each(&["AB", "CD", "EF"]));
        assert_eq!(pairs("pelaku berinisial AB dan rekannya"), each(&["AB"]));
        // Lower case after "alias", or a word that is not initials, names no one.
        assert!(pairs("barang itu alias barang bekas").is_empty());
        assert!(pairs("seorang pria berinisial sama").is_empty());
        assert!(pairs("berinisial Rahmat yang").is_empty());
        // A shorter name after "atau", or after "akrab disapa".
        assert_eq!(pairs("Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok tidak hadir"), pair("Basuki Tjahaja Purnama", Some("Ahok")));
        assert_eq!(pairs("Muhaimin Iskandar atau yang akrab disapa Cak Imin menilai"), pair("Muhaimin Iskandar", Some("Cak Imin")));
        assert_eq!(pairs("kata Abdul Somad, yang akrab disapa Ustaz Somad, kepada"), pair("Abdul Somad", Some("Ustaz Somad")));
        // Either-or: places, one-word names, names as long as the one before.
        assert!(pairs("pindah ke Jakarta atau Bandung tahun ini").is_empty());
        assert!(pairs("memilih Anies Baswedan atau Ganjar Pranowo pada pemilu").is_empty());
        assert!(pairs("apakah Budi atau Andi yang datang").is_empty());
        assert!(pairs("warga yang tinggal di sana").is_empty());
        assert!(pairs("Bupati Budi Santoso yang dipanggil Kejaksaan pekan lalu").is_empty());
        assert!(pairs("Wali Kota Gibran Rakabuming yang disapa Prabowo Subianto saat tiba").is_empty());
        assert!(pairs("relawan memilih Ganjar Pranowo atau Anies dalam pemilu").is_empty());
        assert!(pairs("program Bantuan Langsung Tunai atau BLT disalurkan").is_empty());
        assert!(pairs("Presiden Joko Widodo atau BLT disalurkan").is_empty());
        assert!(pairs("Hari Raya Idul Fitri atau Lebaran tiba").is_empty());
        assert_eq!(pairs("tersangka berinisial AS, ASN di Pemkab Bogor"), vec![("AS".to_string(), None)]);
    }

    #[test]
    fn a_lower_case_english_title_names_the_person_after_it() {
        let people = |sentence: &str| {
            on_words(sentence, |tokens, words, lower| {
                let text = |a: usize, b: usize| sentence[tokens[a].start..tokens[b - 1].end].to_string();
                people_after_lower_case_titles(words, lower, &LISTS).iter().map(|s| (text(s.start, s.end), s.role.map(|(a, b)| text(a, b)))).collect::<Vec<_>>()
            })
        };
        let one = |name: &str, role: &str| vec![(name.to_string(), Some(role.to_string()))];
        assert_eq!(people("Labour leader Keir Starmer said on Monday"), one("Keir Starmer", "Labour leader"));
        assert_eq!(people("said Apple chief executive Tim Cook, who"), one("Tim Cook", "Apple chief executive"));
        assert_eq!(people("Sinn Fein leader Mary Lou McDonald called"), one("Mary Lou McDonald", "Sinn Fein leader"));
        // A name of the office may start with another language's article.
        assert_eq!(people("Los Angeles Times publisher Patrick Soon-Shiong said"), one("Patrick Soon-Shiong", "Los Angeles Times publisher"));
        // One word, a place or a run of five is no name here.
        assert!(people("the party leader Smith said").is_empty());
        assert!(people("the opposition leader in Paris said").is_empty());
        assert!(people("its director Anna Maria Lopez Brown Kowalski said").is_empty());
        // A title in capitals is `person_after_title`'s.
        assert!(people("Prime Minister Boris Johnson said").is_empty());
    }

    #[test]
    fn the_corps_after_a_rank_is_part_of_the_rank() {
        use crate::entities::ner::NerKind::Per;
        assert_eq!(person("Kapolda Metro Jaya Irjen Pol Karyoto mengatakan", &[(4, 6, Per)]), [("Karyoto", Some("Kapolda Metro Jaya Irjen Pol"))]);
        assert_eq!(person("kata Kombes Pol Trunoyudo Wisnu Andiko kepada wartawan", &[(2, 6, Per)]), [("Trunoyudo Wisnu Andiko", Some("Kombes Pol"))]);
        assert_eq!(person("kata Brigjen TNI (Purn) Hendra Saputra kemarin", &[(6, 8, Per)]), [("Hendra Saputra", Some("Brigjen TNI (Purn)"))]);
        // Only after a rank: "Pol Pot" is a name.
        assert_eq!(person("Perdana Menteri Pol Pot memerintah", &[(2, 4, Per)]), [("Pol Pot", Some("Perdana Menteri"))]);
    }

    #[test]
    fn openers_and_demonyms_are_no_names() {
        use crate::entities::ner::NerKind::{Org, Per};
        assert_eq!(with_model("The Environment Agency said it would act.", &[(0, 3, Org)]), ["organization:Environment Agency"]);
        assert_eq!(with_model("Since March, residents have reported thefts.", &[(0, 2, Per)]), Vec::<String>::new());
        assert_eq!(with_model("officials of the U.S. Forest Service said", &[(2, 9, Org)]), ["organization:U.S. Forest Service"]);
        // Capitalised inside a sentence, "The" may be the name's own.
        assert_eq!(with_model("a song by the band The Virgin last year", &[(5, 7, Org)]), ["organization:The Virgin"]);
        assert_eq!(with_model("French officials said", &[(0, 1, Per)]), Vec::<String>::new());
    }

    #[test]
    fn an_organisation_ends_before_a_titled_person_after_its_place() {
        use crate::entities::ner::NerKind::Org;
        assert_eq!(with_model("Kasat Reskrim Polres Lhokseumawe Kompol Yasir kepada wartawan", &[(2, 6, Org)]), ["organization:Polres Lhokseumawe"]);
        // A title right after the head word is the name's own.
        assert_eq!(with_model("dirawat di RSUD Jenderal Ahmad Yani kemarin", &[(2, 6, Org)]), ["organization:RSUD Jenderal Ahmad Yani"]);
    }

    #[test]
    fn a_rank_after_an_office_and_its_place_gives_the_whole_role() {
        let words = ["Kasat", "Reskrim", "Polres", "Lhokseumawe", "AKP", "Yasir", "kepada", "wartawan"];
        let people: Vec<_> = find_in(&words, &[Tag::O; 8], false).into_iter().filter(|s| s.kind == EntityKind::Person).map(|s| (s.start, s.end, s.role)).collect();
        assert_eq!(people, [(5, 6, Some((0, 5)))]);
    }

    #[test]
    fn a_vessel_prefix_takes_the_model_name_inside_it() {
        use crate::entities::ner::NerKind::Loc;
        assert_eq!(with_model("kunjungan KRI Bima Suci ke Pelabuhan Sihanoukville", &[(2, 4, Loc), (6, 7, Loc)]), ["other:KRI Bima Suci", "location:Pelabuhan Sihanoukville"]);
        // Without the prefix the model's place stays.
        assert_eq!(with_model("kunjungan ke Bima Suci kemarin", &[(2, 4, Loc)]), ["location:Bima Suci"]);
    }

    #[test]
    fn abbreviated_places_and_states() {
        use crate::entities::ner::NerKind::{Org, Per};
        // "St. Louis": the tagger's person after "St." is the place, with its abbreviation.
        assert_eq!(with_model("officers from St. Louis helped", &[(4, 5, Per)]), ["location:St. Louis"]);
        assert_eq!(with_model("readers of the St. Lucia Times wrote", &[(5, 7, Per)]), ["organization:St. Lucia Times"]);
        // With nothing tagged, the rule finds the place itself.
        assert_eq!(with_model("climbers on Mt. Everest said", &[]), ["location:Mt. Everest"]);
        // A state after a town and a comma; the town is a place too.
        assert_eq!(with_model("police in Fresno, Calif., said", &[(2, 3, Per), (4, 5, Org)]), ["location:Fresno", "location:Calif."]);
        // Without the comma, an abbreviation is left to the tagger.
        assert_eq!(with_model("the Calif. law", &[]), Vec::<String>::new());
    }

    #[test]
    fn abbreviated_titles_give_roles_and_weekdays_end_names() {
        use crate::entities::ner::NerKind::{Org, Per};
        let words: Vec<&str> = tokenize("Republican Gov. Matt Bevin signed").iter().map(|t| t.text).collect();
        let tags = [Tag::O, Tag::O, Tag::O, Tag::B(Per), Tag::I(Per), Tag::O];
        let spans = find_in(&words, &tags, true);
        assert_eq!(spans.iter().map(|s| (s.start, s.end, s.role)).collect::<Vec<_>>(), [(3, 5, Some((1, 3)))]);
        // The role is looked for after the person named before.
        let words: Vec<&str> = tokenize("Sen. Lindsey Graham and Rep. Robert Aderholt").iter().map(|t| t.text).collect();
        let tags = [Tag::O, Tag::O, Tag::B(Per), Tag::I(Per), Tag::O, Tag::O, Tag::O, Tag::B(Per), Tag::I(Per)];
        let spans = find_in(&words, &tags, true);
        assert_eq!(spans.iter().map(|s| s.role).collect::<Vec<_>>(), [Some((0, 2)), Some((5, 7))]);
        // Without a model, the title's person: "Gen Z" names nobody.
        assert_eq!(find_in(&["Gen", ".", "Mark", "Milley"], &[Tag::O; 4], false).iter().map(|s| (s.start, s.role)).collect::<Vec<_>>(), [(2, Some((0, 2)))]);
        assert!(find_in(&["the", "Gen", "Z", "vote"], &[Tag::O; 4], false).is_empty());
        // A weekday after a name of two words or more is no part of it; "Black Friday" keeps it.
        assert_eq!(with_model("Chief John Rankin Thursday said", &[(1, 4, Per)]), ["person:John Rankin"]);
        assert_eq!(with_model("shoppers on Black Friday said", &[(2, 4, Per)]), ["person:Black Friday"]);
        // A company ending alone is no name: "Loges + Co.".
        assert_eq!(with_model("Loges + Co. said", &[(2, 3, Org)]), Vec::<String>::new());
    }

    /// The tagger's person spans, given as tags, lose the offices and courtesy
    /// words they start with but keep titles of nobility and rank.
    #[test]
    fn a_model_person_span_loses_its_leading_title() {
        use crate::entities::ner::NerKind::Per;
        // (words, tokens the tagger tagged as one person from the first, the name kept, its role).
        type Case<'a> = (&'a [&'a str], usize, &'a str, Option<(usize, usize)>);
        let cases: &[Case<'_>] = &[
            (&["Wapres", "Boediono", "hadir"], 2, "Boediono", Some((0, 1))),
            (&["Haji", "Abdurrachman", "bin", "Ali", "datang"], 4, "Abdurrachman bin Ali", None),
            (&["Presiden", "Joko", "Widodo"], 3, "Joko Widodo", Some((0, 1))),
            (&["Sultan", "Hamengkubuwono", "X", "hadir"], 3, "Sultan Hamengkubuwono X", None),
            // A courtesy title goes, as English news writes later mentions: "Mr Hancock".
            (&["Dr", "Ali", "hadir"], 2, "Ali", None),
            (&["Bapak", "Presiden", "Joko", "Widodo"], 4, "Joko Widodo", Some((1, 2))),
            // All titles: nothing is left to be the name, so the span stays for the veto.
            (&["Menteri", "Keuangan", "hadir"], 2, "", None),
        ];
        for &(words, name_len, want, role) in cases {
            let mut tags = vec![Tag::O; words.len()];
            tags[0] = Tag::B(Per);
            for t in tags.iter_mut().take(name_len).skip(1) {
                *t = Tag::I(Per);
            }
            let spans = find_in(words, &tags, true);
            let got: Vec<String> = spans.iter().filter(|s| s.kind == EntityKind::Person).map(|s| words[s.start..s.end].join(" ")).collect();
            if want.is_empty() {
                assert!(got.is_empty(), "{words:?}: {got:?}");
                continue;
            }
            assert_eq!(got, [want], "{words:?}");
            assert_eq!(spans[0].role, role, "{words:?}");
        }
    }

    /// "Office, Name": the person the tagger names after the comma holds the
    /// office, however long, unless the tagger names a person inside it.
    #[test]
    fn an_office_before_a_comma_belongs_to_the_person_after_it() {
        use crate::entities::ner::NerKind::Per;
        let text = "Direktur Jenderal Penyelenggaraan Haji dan Umrah Kemenag , Rudi Hartono , menjelaskan kenaikan";
        let words: Vec<&str> = text.split(' ').collect();
        let mut tags = vec![Tag::O; words.len()];
        tags[8] = Tag::B(Per);
        tags[9] = Tag::I(Per);
        /// A person's first token, end and role.
        type Person = (usize, usize, Option<(usize, usize)>);
        let people = |tags: &[Tag]| -> Vec<Person> {
            find_in(&words, tags, true).iter().filter(|s| s.kind == EntityKind::Person).map(|s| (s.start, s.end, s.role)).collect()
        };
        assert_eq!(people(&tags), [(8, 10, Some((0, 7)))]);
        // "Wakil Presiden Jusuf Kalla, Rudi Hartono": the office is Jusuf Kalla's.
        tags[2] = Tag::B(Per);
        assert_eq!(people(&tags), [(2, 3, Some((0, 2))), (8, 10, None)]);
        let short = ["Menteri", "Luar", "Negeri", ",", "Retno", "Marsudi", ",", "berkata"];
        let mut tags = vec![Tag::O; short.len()];
        tags[4] = Tag::B(Per);
        tags[5] = Tag::I(Per);
        let spans = find_in(&short, &tags, true);
        assert_eq!(spans.iter().find(|s| s.kind == EntityKind::Person).map(|s| (s.start, s.end, s.role)), Some((4, 6, Some((0, 3)))));
        // A comma after a plain clause gives no role.
        let plain = ["Kemarin", "hujan", ",", "Retno", "Marsudi", "berkata"];
        let mut tags = vec![Tag::O; plain.len()];
        tags[3] = Tag::B(Per);
        tags[4] = Tag::I(Per);
        assert_eq!(find_in(&plain, &tags, true).iter().find(|s| s.kind == EntityKind::Person).map(|s| s.role), Some(None));
    }

    #[test]
    fn degrees_units_and_pairs_of_places_are_not_names() {
        use crate::entities::ner::NerKind::{Loc, Per};
        assert_eq!(with_model("yang pertama adalah Bapak Abdullah Sitopan BA .", &[(4, 7, Per)]), ["person:Abdullah Sitopan"]);
        assert_eq!(with_model("kata Siti Aminah MSi di Medan", &[(1, 4, Per)]), ["person:Siti Aminah"]);
        assert_eq!(with_model("said Councillor Afrasiab Anwar MBE on Friday", &[(2, 5, Per)]), ["person:Afrasiab Anwar"]);
        // A degree is written so; a name that is the same word in lower case stays.
        assert_eq!(with_model("kata Nguyen Van Ba di Hanoi", &[(1, 4, Per)]), ["person:Nguyen Van Ba"]);
        assert_eq!(with_model("akibat perang Rusia-Ukraina yang belum selesai", &[(2, 3, Per)]), Vec::<String>::new());
        assert_eq!(with_model("kata Al-Hasan kemarin", &[(1, 2, Per)]), ["person:Al-Hasan"]);
        // A unit before its force's head words is part of the office, not a person.
        assert_eq!(
            with_model("kata Kasubdit IV Renakta Ditreskrimum Polda Lampung , AKBP Ferdiyan Fahmi , di", &[(6, 7, Loc), (9, 11, Per)]),
            ["organization:Ditreskrimum Polda Lampung", "person:Ferdiyan Fahmi"]
        );
        // A titled person the model took with the end of the office for a place.
        let people: Vec<_> = find_in(
            &["Menteri", "Luar", "Negeri", "(", "Menlu", ")", "RI", "Arif", "Wicaksono", "bertemu"],
            &[Tag::O, Tag::O, Tag::O, Tag::O, Tag::O, Tag::O, Tag::B(Loc), Tag::I(Loc), Tag::I(Loc), Tag::O],
            true,
        )
        .into_iter()
        .map(|s| (s.start, s.end, s.kind, s.role))
        .collect();
        assert_eq!(people, [(7, 9, EntityKind::Person, Some((0, 7)))]);
        // A name with a digit names a thing.
        assert_eq!(with_model("Google Umbar Kelemahan Galaxy S6 Edge", &[(3, 6, Per)]), ["other:Galaxy S6 Edge"]);
    }
}
