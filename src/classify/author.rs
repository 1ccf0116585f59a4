//! The byline: a learned ranking of the person names that stand where bylines
//! stand.
//!
//! Candidates come from short lines around the headline, the date and the
//! body's ends: a name after a byline word ("By", "Von", "Oleh", "Par", "Por",
//! "Penulis:"), or a line that is a name followed by a date or an outlet. One
//! more candidate stands for "no byline here". [`crate::weights::AUTHOR`] scores
//! them all and the best one wins.

use super::Page;
use crate::learn::flag;
use crate::model::Label;
use crate::weights;
use regex::Regex;
use std::sync::LazyLock;

/// How many body lines a byline's name is looked for in.
const BODY_LINES: usize = 40;

/// How far from a byline its name's repeats are counted.
const REPEAT_RANGE: usize = 40;

/// Number of features of a byline candidate.
pub const FEATURES: usize = 40;

/// Feature names, in order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "is_none", "by_word", "author_label", "no_trigger", "editor_word", "title_minus", "title_plus_1_2",
    "title_plus_3_6", "title_plus_7_15", "title_far", "no_title", "date_same_line", "date_adjacent",
    "date_near", "before_body", "inside_body", "after_body", "after_body_distance", "line_short",
    "line_medium", "line_long", "one_name_word", "two_name_words", "three_name_words", "four_name_words",
    "all_caps_name", "has_initial", "name_repeats", "name_in_body", "label_byline", "label_other",
    "label_body", "has_email_or_handle", "outlet_words", "role_word_after", "co_authors", "page_position",
    "candidate_rank_inv", "starts_line", "name_then_separator",
];

/// A byline candidate: the names it gives and the line they stand on.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The line, or `None` for the "no byline" candidate.
    pub line: Option<usize>,
    /// The names, first author first.
    pub names: Vec<String>,
    pub features: [f32; FEATURES],
}

/// A person's name: capitalised words, with the particles names carry.
const NAME: &str = r"\p{Lu}[\p{Ll}\p{Lu}'’.\-]*(?:[ \t]+(?:(?:von|van|der|den|de|da|del|della|di|du|la|le|bin|binti|al|el|ter|ten|zu|y|dos|das)[ \t]+)*\p{Lu}[\p{Ll}\p{Lu}'’.\-]*){0,3}";

/// A byline word and the first letter of the name after it: where a name
/// starts, [`NAME_FIRST`] reads it. (One pattern with the name in it found the
/// same, but to report where the match starts the regex engine searched it
/// backwards, and the reverse automaton of a name pattern is so large that
/// each search built much of it anew: a third of the byline ranker's time.)
static BY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[\s|(•·,/])(?P<word>(?i:by|von|oleh|par|por|door|av|przez|escribe|written by|reported by|words by|text|texto|testo|autor|autorin|author|penulis|reporter|pewarta|laporan wartawan|kontributor))(?:\s*:\s*|\s+|)\p{Lu}",
    )
    .expect("byline pattern compiles")
});

/// A line that starts with a name (the name is the whole match, as long as the
/// pattern allows).
static NAME_FIRST: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^(?:{NAME})")).expect("name pattern compiles"));

/// More names after the first: "and Jane Roe", ", Jane Roe".
static CO_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:\s*,\s*|\s+(?:and|und|dan|et|y|e|i|&|och|og|en)\s+)(?P<name>{NAME})")).expect("co-author pattern compiles")
});

/// Words after a name that say what the person does at the outlet.
pub(crate) const ROLE_WORDS: &[&str] = &[
    "reporter", "writer", "editor", "correspondent", "contributor", "redakteur", "redakteurin", "redaktion",
    "korrespondent", "korrespondentin", "autor", "autorin", "journalist", "journalistin", "wartawan",
    "kontributor", "staff", "columnist", "kolumnist", "chefredakteur", "political", "senior", "reportero",
    "periodista", "rédacteur", "journaliste", "dziennikarz", "jurnalis", "penulis", "redaktur", "koresponden",
];

/// Words that make a line an editor credit rather than a byline.
const EDITOR_WORDS: &[&str] = &["editor:", "redaktur", "editing by", "edited by", "penyunting", "redaksi:", "editor :"];

/// Words of outlets and agencies standing beside names.
const OUTLET_WORDS: &[&str] = &[
    ".com", "news", "press", "agency", "agencies", "reuters", "dpa", "afp", "staff", "redaktion", "media", "online",
    "zeitung", "times", "post", "tribun", "kompas", "detik", "antara",
];

/// Every byline candidate of a page, the "no byline" one first.
pub fn candidates(page: &Page<'_>, title: Option<usize>, date_line: Option<usize>) -> Vec<Candidate> {
    let n = page.lines.len();
    let first_body = page.body.first().copied().unwrap_or(n);
    let last_body = page.body.last().copied().unwrap_or(0);
    let anchor = title.unwrap_or(first_body);
    // Without a body, the window ends a little after the anchor, not at the page's end.
    let window_end = if page.body.is_empty() { anchor + 40 } else { first_body + 12 };
    let mut lines: Vec<usize> = (anchor.saturating_sub(25)..window_end.min(n)).collect();
    if !page.body.is_empty() {
        lines.extend(last_body.saturating_sub(2)..(last_body + 12).min(n));
    }
    lines.sort_unstable();
    lines.dedup();

    let mut out = vec![Candidate { line: None, names: Vec::new(), features: none_features() }];
    let mut rank = 0f32;
    for i in lines {
        let text = page.lines[i].text.as_str();
        if page.shapes[i].chars > 200 {
            continue;
        }
        let found = by_name(text)
            .or_else(|| {
                // A name standing alone has two words or more, the first two capitalised
                // (or joined by a particle): "Maren Estrada", "Christoph von Ritter".
                let mut tokens = text.split_whitespace();
                let looks_named = tokens.next().is_some_and(|t| t.starts_with(char::is_uppercase))
                    && tokens.next().is_some_and(|t| t.starts_with(char::is_uppercase) || PARTICLES.contains(&t));
                if page.shapes[i].words > 12 || !looks_named {
                    return None;
                }
                let name = NAME_FIRST.find(text)?;
                let rest = &text[name.end()..];
                let plain = page.shapes[i].words <= 12 && (rest.is_empty() || rest.starts_with([' ', ',', '|', '-', '–', '—', '•', '·', '/']) || rest.starts_with(char::is_numeric));
                plain.then(|| (Trigger::None, name.range()))
            })
            .or_else(|| name_after_date(text, page.dates_in(i)).map(|range| (Trigger::None, range)));
        let Some((trigger, range)) = found else { continue };
        // A date after the name is no part of it, though its month is
        // capitalised: "By Paul Serran Jul 19, 2026", "by Regan December 6, 2017".
        let range = match page.dates_in(i).iter().find(|f| f.date.is_some() && range.start < f.start && f.start < range.end) {
            Some(f) => range.start..f.start,
            None => range,
        };
        let names = names_from(text, range.clone());
        let Some(first) = names.first().cloned() else { continue };
        let features = features(page, i, &first, &names, trigger, range, title, date_line, rank);
        out.push(Candidate { line: Some(i), names, features });
        rank += 1.0;
    }
    out
}

/// A name after the date on a dated line: "19.6.2007 9:40 Uhr Christoph Becker
/// 71 Kommentare", "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias
/// Költzsch". The name has two to four words and nothing but a count or a
/// separator after it.
fn name_after_date(text: &str, found: &[crate::dates::Found]) -> Option<std::ops::Range<usize>> {
    // The date's span takes in its time and a zone or "Uhr" after it.
    let end = found.iter().filter(|f| f.date.is_some() || f.time.is_some()).map(|f| f.end).max()?;
    let rest = &text[end..];
    let start = end + rest.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '–' | '—' | '·' | '•')).len();
    let name = NAME_FIRST.find(&text[start..])?;
    let after = text[start + name.end()..].trim();
    // The words a name keeps once glued-on words and jobs are cut ("Author Redaktion" keeps one).
    let words = clean_name(name.as_str()).map_or(0, |n| n.split_whitespace().count());
    let plain = after.is_empty() || after.starts_with(char::is_numeric) || after.starts_with(['|', '·', '•', '(']);
    ((2..=4).contains(&words) && plain).then(|| start + name.start()..start + name.end())
}

/// The byline the ranker chose: its line and names, unless "no byline" won.
pub fn pick(page: &Page<'_>, title: Option<usize>, date_line: Option<usize>) -> Option<Candidate> {
    let mut cands = candidates(page, title, date_line);
    let best = weights::AUTHOR.best(cands.iter().map(|c| &c.features))?.0;
    let c = cands.swap_remove(best);
    c.line.map(|_| c)
}

/// The first byline word with a name after it. A lower-case particle after a
/// single first name ("Christoph von Ritter") is part of the name, not a byline word.
fn by_name(text: &str) -> Option<(Trigger, std::ops::Range<usize>)> {
    let mut from = 0;
    while let Some(c) = BY_WORD.captures_at(text, from) {
        let (Some(word), Some(whole)) = (c.name("word"), c.get(0)) else { break };
        // The name starts at the capital the match ends with and runs as far as the name pattern goes.
        let start = whole.end() - text[..whole.end()].chars().next_back().map_or(0, char::len_utf8);
        let name = start..start + NAME_FIRST.find(&text[start..]).map_or(0, |m| m.end());
        // The next search starts after the name, as a search for word and name together would.
        from = name.end.max(whole.end());
        // The byline word starts the line or follows a separator, not inside a word.
        let starts_word = text[..word.start()].chars().next_back().is_none_or(|p| p.is_whitespace() || "|(•·,/".contains(p));
        if !starts_word {
            continue;
        }
        let before = text[..word.start()].trim();
        let particle = PARTICLES.contains(&word.as_str())
            && !before.is_empty()
            && before.split_whitespace().count() == 1
            && before.starts_with(char::is_uppercase);
        if !particle {
            return Some((Trigger::of(&word.as_str().to_lowercase()), name));
        }
    }
    None
}

/// Byline words that are also name particles.
const PARTICLES: &[&str] = &["von", "van", "de", "di", "da", "du", "der"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// "By", "Von", "Oleh"...
    By,
    /// "Penulis:", "Author:", "Reporter:"...
    Label,
    /// A name standing at the start of the line.
    None,
}

impl Trigger {
    fn of(word: &str) -> Trigger {
        match word {
            "by" | "von" | "oleh" | "par" | "por" | "door" | "av" | "przez" | "escribe" => Trigger::By,
            _ => Trigger::Label,
        }
    }
}

/// The first name and the co-authors after it, each cut where a role word or
/// a run-together word ("ThorntonNews") begins.
fn names_from(text: &str, first: std::ops::Range<usize>) -> Vec<String> {
    let mut names = Vec::new();
    let mut end = first.end;
    if let Some(name) = clean_name(&text[first]) {
        names.push(name);
    }
    while let Some(c) = CO_NAME.captures(&text[end..]) {
        let Some(m) = c.name("name") else { break };
        if let Some(name) = clean_name(m.as_str()) {
            names.push(name);
        }
        end += c.get(0).map_or(0, |g| g.end());
        if names.len() >= 6 {
            break;
        }
    }
    // "Galih Prasetyo | Rendi Saputra": after a bar most sites print the outlet or
    // a job ("| Kompas.com", "| Fox News", "| Senior Reporter"); a part that is
    // only a person's name of two to four words is another person.
    if let Some(part) = text[end..].split('|').nth(1).map(str::trim) {
        let words: Vec<&str> = part.split_whitespace().collect();
        let lower = part.to_lowercase();
        let person = (2..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
            && !lower.split_whitespace().any(|w| ROLE_WORDS.contains(&w))
            && !OUTLET_WORDS.iter().any(|o| lower.contains(o));
        if person && names.len() < 6 {
            names.push(part.to_string());
        }
    }
    names
}

/// Trims a captured name: drops a glued-on capitalised word ("ThorntonNews"),
/// a trailing role word and the trailing period.
fn clean_name(raw: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    for w in raw.split_whitespace() {
        // "ThorntonNews": a lower-case letter followed by an upper-case one ends the name.
        let chars: Vec<char> = w.chars().collect();
        let cut = (1..chars.len()).find(|&k| chars[k - 1].is_lowercase() && chars[k].is_uppercase());
        if let Some(k) = cut {
            words.push(chars[..k].iter().collect());
            break;
        }
        if ROLE_WORDS.contains(&w.to_lowercase().as_str()) {
            break;
        }
        // "Ryan Reed's Most Recent Stories": a possessive ends the name.
        if let Some(owner) = crate::meta::possessive_owner(w) {
            words.push(owner.to_string());
            break;
        }
        words.push(w.to_string());
    }
    let name = words.join(" ");
    let name = name.trim_end_matches(['.', ',', '-', '–']).trim();
    (!name.is_empty() && name.chars().filter(|c| c.is_alphabetic()).count() >= 2).then(|| name.to_string())
}

fn none_features() -> [f32; FEATURES] {
    let mut f = [0.0; FEATURES];
    f[0] = 1.0;
    f
}

#[allow(clippy::too_many_arguments)]
fn features(
    page: &Page<'_>,
    i: usize,
    first: &str,
    names: &[String],
    trigger: Trigger,
    range: std::ops::Range<usize>,
    title: Option<usize>,
    date_line: Option<usize>,
    rank: f32,
) -> [f32; FEATURES] {
    let n = page.lines.len();
    let text = page.lines[i].text.as_str();
    let lower = page.lower[i].as_str();
    let first_body = page.body.first().copied().unwrap_or(n);
    let last_body = page.body.last().copied().unwrap_or(0);
    let dt = title.map(|t| i as i64 - t as i64);
    let d = |lo: i64, hi: i64| flag(dt.is_some_and(|x| (lo..=hi).contains(&x)));
    let date_dist = date_line.map(|l| l.abs_diff(i));
    let name_words = first.split_whitespace().count();
    let name_lower = first.to_lowercase();
    let around = i.saturating_sub(REPEAT_RANGE)..(i + REPEAT_RANGE).min(n);
    let lower_finder = memchr::memmem::Finder::new(&name_lower);
    let repeats = page.lower[around].iter().filter(|l| lower_finder.find(l.as_bytes()).is_some()).count();
    let finder = memchr::memmem::Finder::new(first);
    let in_body = page.body.iter().take(BODY_LINES).any(|&b| finder.find(page.lines[b].text.as_bytes()).is_some());
    let after = &text[range.end..];
    let after_word = after.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("").to_lowercase();
    let words = page.shapes[i].words;
    [
        0.0,
        flag(trigger == Trigger::By),
        flag(trigger == Trigger::Label),
        flag(trigger == Trigger::None),
        flag(EDITOR_WORDS.iter().any(|w| lower.contains(w))),
        flag(dt.is_some_and(|x| x < 0)),
        d(1, 2),
        d(3, 6),
        d(7, 15),
        flag(dt.is_some_and(|x| x > 15)),
        flag(title.is_none()),
        flag(date_dist == Some(0)),
        flag(date_dist == Some(1)),
        flag(date_dist.is_some_and(|x| (2..=3).contains(&x))),
        flag(i < first_body),
        flag(i >= first_body && i <= last_body),
        flag(!page.body.is_empty() && i > last_body),
        if !page.body.is_empty() && i > last_body { ((i - last_body) as f32 / 10.0).min(1.5) } else { 0.0 },
        flag(words <= 4),
        flag((5..=10).contains(&words)),
        flag(words > 10),
        flag(name_words == 1),
        flag(name_words == 2),
        flag(name_words == 3),
        flag(name_words >= 4),
        flag(first.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)),
        flag(first.split_whitespace().any(|w| w.len() <= 2 && w.ends_with('.'))),
        (repeats.saturating_sub(1) as f32).min(3.0) / 3.0,
        flag(in_body),
        flag(page.label(i) == Some(Label::Byline)),
        flag(page.label(i).is_some_and(|l| !matches!(l, Label::Byline | Label::Body))),
        flag(page.label(i) == Some(Label::Body)),
        flag(text.contains('@')),
        flag(OUTLET_WORDS.iter().any(|w| lower.contains(w))),
        flag(ROLE_WORDS.contains(&after_word.as_str())),
        (names.len().saturating_sub(1) as f32).min(3.0) / 3.0,
        i as f32 / n.max(1) as f32,
        1.0 / (1.0 + rank),
        flag(range.start == 0 || text[..range.start].trim().is_empty()),
        flag(after.trim_start().starts_with(['|', '-', '–', '—', '•', '·', ',', '/'])),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_after_a_name_is_no_part_of_it() {
        let text = "Lifestyle\nMeet the Artist\n\nBy Paul Serran Jul 19, 2026\n\nCultivation is more than a metaphor for creativity in the work of this artist and educator, who grows her own materials.\n\nHer solo project opens this weekend at a studio in the south of the city, with works made over two years.\n";
        let text = crate::normalize::normalize(text, &crate::Options::default()).expect("normalises");
        let lines = crate::segment::segment(&text.text);
        let page = Page::prepare(&lines);
        let cands = candidates(&page, super::super::title::pick(&page), None);
        assert!(cands.iter().any(|c| c.names == ["Paul Serran"]), "{:?}", cands.iter().map(|c| &c.names).collect::<Vec<_>>());
        assert!(cands.iter().all(|c| c.names.iter().all(|n| !n.contains("Jul"))));
    }

    fn first_name(line: &str) -> Option<String> {
        let (_, range) = by_name(line)?;
        names_from(line, range).first().cloned()
    }

    #[test]
    fn a_name_after_a_bar_is_another_person_an_outlet_or_job_is_not() {
        let names = |line: &str| names_from(line, 0..line.find(" |").unwrap_or(line.len()));
        assert_eq!(names("Galih Prasetyo | Rendi Saputra"), ["Galih Prasetyo", "Rendi Saputra"]);
        for line in ["Andy Roe | Fox News", "Dina Lestari | Senior Reporter", "Arif Budi | Kompas.com", "Arif Budi | Jakarta"] {
            assert_eq!(names(line).len(), 1, "{line}");
        }
    }

    #[test]
    fn reads_names_after_byline_words() {
        assert_eq!(first_name("By Al Root").as_deref(), Some("Al Root"));
        assert_eq!(first_name("Von Juliane Rohr 28.04.2023, 18:11 Uhr").as_deref(), Some("Juliane Rohr"));
        assert_eq!(first_name("01. Dez. 2022 | 14:08 Uhr | von Jona Göbelbecker").as_deref(), Some("Jona Göbelbecker"));
        assert_eq!(first_name("byRahimu Fadhili").as_deref(), Some("Rahimu Fadhili"));
        assert_eq!(first_name("By Lucy ThorntonNews Reporter").as_deref(), Some("Lucy Thornton"));
        assert_eq!(first_name("Penulis: Aldiansyah Nurrahman").as_deref(), Some("Aldiansyah Nurrahman"));
        assert_eq!(first_name("Par Nicolas Gutierrez C. le 14.09.2020").as_deref(), Some("Nicolas Gutierrez C"));
        assert_eq!(first_name("Christoph von Ritter"), None);
        assert_eq!(first_name("By the time the police arrived"), None);
    }

    #[test]
    fn reads_a_name_after_the_date() {
        let name = |line: &str| name_after_date(line, &crate::dates::find(line)).map(|r| line[r].to_string());
        assert_eq!(name("19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare").as_deref(), Some("Christoph Becker"));
        assert_eq!(name("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch").as_deref(), Some("Tobias Költzsch"));
        assert_eq!(name("November 20, 2019 Emiliano Bellini").as_deref(), Some("Emiliano Bellini"));
        assert_eq!(name("Posted on 25. Januar 2022Author Redaktion"), None, "a byline word and a job are no name");
        assert_eq!(name("20 November 2019 Pemerintah Kota Bandung menggelar rapat"), None, "a sentence goes on after the capitals");
        assert_eq!(name("Christoph Becker"), None, "no date");
    }

    #[test]
    fn reads_co_authors() {
        let line = "By STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX";
        let (_, name) = by_name(line).expect("matches");
        let names = names_from(line, name);
        assert_eq!(names, ["STEVE PEOPLES", "THOMAS BEAUMONT", "AMELIA THOMSON-DEVEAUX"]);
    }
}
