//! What the page derives from an [`Article`] for people: dates in words, the
//! article as Markdown or plain text, download file names, and the spans of
//! entity mentions inside each paragraph.

use super::i18n::{self, Lang, Text, tr};
use crate::model::{Article, EntityKind, Role, TextPart};

/// Month names, January first; facts of each language.
const MONTHS: [[&str; 12]; 2] = [
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
];

/// Day names, Monday first.
const DAYS: [[&str; 7]; 2] = [
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
];

/// Indonesia's three zones, by their UTC offset: the names its pages print.
const INDONESIAN_ZONES: [(&str, &str); 3] = [("+07:00", "WIB"), ("+08:00", "WITA"), ("+09:00", "WIT")];

/// A date-time read from the ISO 8601 forms the parser writes: `2025-11-03`,
/// `2025-11-03T10:32:00` or `2025-11-03T10:32:00+07:00` (or `Z`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct IsoDate<'a> {
    year: i32,
    month: u32,
    day: u32,
    /// Hours and minutes, when the date has a time.
    time: Option<(u32, u32)>,
    /// `Z` or `±hh:mm`, when the date has a zone.
    offset: Option<&'a str>,
}

fn read_iso(iso: &str) -> Option<IsoDate<'_>> {
    let number = |s: &str| -> Option<u32> { if s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None } };
    let (date, rest) = iso.split_at_checked(10)?;
    let mut parts = date.split('-');
    let year = i32::try_from(number(parts.next()?)?).ok()?;
    let month = number(parts.next()?)?;
    let day = number(parts.next()?)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut out = IsoDate { year, month, day, time: None, offset: None };
    let Some(rest) = rest.strip_prefix('T') else {
        return rest.is_empty().then_some(out);
    };
    let hour = number(rest.get(0..2)?)?;
    let minute = number(rest.get(3..5)?)?;
    out.time = Some((hour, minute));
    let zone_start = rest.find(['Z', '+', '-']).unwrap_or(rest.len());
    let zone = &rest[zone_start..];
    out.offset = (!zone.is_empty()).then_some(zone);
    Some(out)
}

/// Day of the week, 0 = Monday, by the proleptic Gregorian calendar.
fn weekday(year: i32, month: u32, day: u32) -> usize {
    // 1970-01-01, day 0 of the parser's calendar, was a Thursday (3).
    usize::try_from((crate::dates::days_from_civil(year, month, day) + 3).rem_euclid(7)).unwrap_or(0)
}

/// A date for people: "Monday, 3 November 2025, 10:32 WIB (UTC+07:00)".
///
/// Indonesian zone names are used for Indonesian articles only, since the same
/// offset elsewhere (Bangkok, Perth) has other names. Text that is not one of
/// the parser's ISO forms is shown as it is.
pub fn human_date(iso: &str, lang: Lang, article_language: &str) -> String {
    let Some(d) = read_iso(iso) else { return iso.to_string() };
    let l = lang as usize;
    let month = MONTHS[l][(d.month - 1) as usize];
    let day = DAYS[l][weekday(d.year, d.month, d.day)];
    let mut out = format!("{day}, {} {month} {}", d.day, d.year);
    let Some((h, m)) = d.time else { return out };
    out.push_str(&format!(", {h:02}:{m:02}"));
    match d.offset {
        None => out.push_str(&format!(" ({})", tr(lang, Text::ZoneUnknown))),
        Some("Z" | "+00:00") => out.push_str(" UTC"),
        Some(offset) => {
            let local = INDONESIAN_ZONES.iter().find(|(o, _)| *o == offset).map(|(_, name)| *name);
            match local.filter(|_| article_language == "id") {
                Some(name) => out.push_str(&format!(" {name} (UTC{offset})")),
                None => out.push_str(&format!(" UTC{offset}")),
            }
        }
    }
    out
}

/// A file name stem from the title: lower-case words joined by hyphens, at most
/// 80 characters; `article` when there is no usable title.
pub fn file_stem(title: Option<&str>) -> String {
    let mut stem = String::new();
    for word in title.unwrap_or_default().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let word = word.to_lowercase();
        if stem.chars().count() + word.chars().count() + 1 > 80 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word);
    }
    if stem.is_empty() { "article".to_string() } else { stem }
}

/// The credits as one line: "Author: A, B · Editor: C", roles named in `lang`.
pub fn byline(article: &Article, lang: Lang) -> String {
    let mut groups: Vec<(Role, Vec<&str>)> = Vec::new();
    for person in &article.people {
        match groups.iter_mut().find(|(role, _)| *role == person.role) {
            Some((_, names)) => names.push(&person.name),
            None => groups.push((person.role, vec![&person.name])),
        }
    }
    groups
        .iter()
        .map(|(role, names)| format!("{}: {}", tr(lang, i18n::role(*role)), names.join(", ")))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The first paragraph with its dateline put back in front ("JAKARTA – ...").
fn paragraphs_with_dateline(article: &Article) -> Vec<String> {
    let mut paragraphs = article.paragraphs.clone();
    if let (Some(place), Some(first)) = (&article.dateline, paragraphs.first_mut()) {
        *first = format!("{place} – {first}");
    }
    paragraphs
}

/// The article as Markdown: title, lead, credits, date, paragraphs, captions.
pub fn markdown(article: &Article, lang: Lang) -> String {
    let mut blocks = Vec::new();
    if let Some(title) = &article.title {
        blocks.push(format!("# {}", escape_markdown(title)));
    }
    if let Some(lead) = &article.lead {
        blocks.push(format!("_{}_", escape_markdown(lead)));
    }
    let meta = credits_and_date(article, lang);
    if !meta.is_empty() {
        blocks.push(meta.join("  \n"));
    }
    blocks.extend(paragraphs_with_dateline(article).iter().map(|p| escape_markdown(p)));
    for image in &article.images {
        blocks.push(match &image.credit {
            Some(credit) => format!("> {} ({} {})", escape_markdown(&image.caption), tr(lang, Text::PhotoCredit), escape_markdown(credit)),
            None => format!("> {}", escape_markdown(&image.caption)),
        });
    }
    blocks.join("\n\n") + "\n"
}

/// The article as plain text: title, lead, credits, date and paragraphs.
pub fn plain_text(article: &Article, lang: Lang) -> String {
    let mut blocks = Vec::new();
    blocks.extend(article.title.clone());
    blocks.extend(article.lead.clone());
    let meta = credits_and_date(article, lang);
    if !meta.is_empty() {
        blocks.push(meta.join("\n"));
    }
    blocks.extend(paragraphs_with_dateline(article));
    blocks.join("\n\n") + "\n"
}

fn credits_and_date(article: &Article, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let credits = byline(article, lang);
    if !credits.is_empty() {
        lines.push(credits);
    }
    if let Some(published) = &article.published {
        lines.push(human_date(published, lang, &article.language));
    }
    lines
}

/// Escapes what Markdown would read as markup: emphasis and link characters
/// anywhere, and a heading, quote or list marker at the start.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    let starts_list = out.starts_with(['-', '+']) || {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && out[digits..].starts_with(". ")
    };
    if starts_list {
        out.insert(out.find(['-', '+', '.']).unwrap_or(0), '\\');
    }
    out
}

/// What a date or quantity entity resolves to, with its unit: `2024-08-21`,
/// `1250000000000 IDR`, `3703 WNI`.
pub fn entity_value(entity: &crate::model::Entity) -> Option<String> {
    let value = match entity.value.as_ref()? {
        crate::model::EntityValue::Number(n) => n.to_string(),
        crate::model::EntityValue::Iso(iso) => iso.clone(),
    };
    Some(match &entity.unit {
        Some(unit) => format!("{value} {unit}"),
        None => value,
    })
}

/// A highlighted stretch of a paragraph, in code points from the paragraph's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// The entity's index in [`Article::entities`].
    pub entity: usize,
}

/// The entity mentions of each paragraph, in order, without overlaps.
///
/// Mentions count code points into `body`, the paragraphs joined by blank
/// lines; a mention that crosses a paragraph break is dropped.
pub fn paragraph_spans(article: &Article) -> Vec<Vec<Span>> {
    let mut starts = Vec::with_capacity(article.paragraphs.len());
    let mut at = 0usize;
    for p in &article.paragraphs {
        let len = p.chars().count();
        starts.push((at, at + len));
        at += len + 2;
    }
    let mut mentions: Vec<(usize, usize, EntityKind, usize)> = article
        .entities
        .iter()
        // Mentions in the title, lead or dateline count into those texts, not the body.
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions.iter().filter(|m| m.part == TextPart::Body).map(move |m| (m.start as usize, m.end as usize, e.kind, i))
        })
        .filter(|(s, e, _, _)| s < e)
        .collect();
    mentions.sort_by_key(|&(s, e, _, i)| (s, std::cmp::Reverse(e), i));
    let mut out = vec![Vec::new(); article.paragraphs.len()];
    let mut covered = 0usize;
    for (start, end, kind, entity) in mentions {
        if start < covered {
            continue;
        }
        let Some(i) = starts.iter().position(|&(s, e)| s <= start && end <= e) else { continue };
        out[i].push(Span { start: start - starts[i].0, end: end - starts[i].0, kind, entity });
        covered = end;
    }
    out
}

/// Cuts a paragraph into plain pieces and highlighted ones (with their span).
pub fn segments<'a>(text: &'a str, spans: &'a [Span]) -> Vec<(&'a str, Option<&'a Span>)> {
    let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
    let byte = |cp: usize| offsets.get(cp).copied().unwrap_or(text.len());
    let mut out = Vec::new();
    let mut at = 0;
    for span in spans {
        let (s, e) = (byte(span.start), byte(span.end));
        if s < at || e <= s {
            continue;
        }
        if at < s {
            out.push((&text[at..s], None));
        }
        out.push((&text[s..e], Some(span)));
        at = e;
    }
    if at < text.len() || out.is_empty() {
        out.push((&text[at..], None));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, Image, Mention, Person};

    fn seed() -> Article {
        crate::parse(include_str!("../../examples/id-validnews-tppo/raw.txt"), &crate::Options::default()).expect("the seed parses")
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(human_date("2025-11-03T10:32:00+07:00", Lang::En, "id"), "Monday, 3 November 2025, 10:32 WIB (UTC+07:00)");
        assert_eq!(human_date("2025-11-03T10:32:00+07:00", Lang::Id, "id"), "Senin, 3 November 2025, 10:32 WIB (UTC+07:00)");
        assert_eq!(human_date("2025-11-03T10:32:00+07:00", Lang::En, "en"), "Monday, 3 November 2025, 10:32 UTC+07:00");
        assert_eq!(human_date("2019-03-03T16:05:00-05:00", Lang::En, "en"), "Sunday, 3 March 2019, 16:05 UTC-05:00");
        assert_eq!(human_date("2024-02-29T08:00:00Z", Lang::Id, "en"), "Kamis, 29 Februari 2024, 08:00 UTC");
        assert_eq!(human_date("2024-08-22T10:32:00", Lang::En, "id"), "Thursday, 22 August 2024, 10:32 (time zone not given)");
        assert_eq!(human_date("2000-01-01", Lang::En, "en"), "Saturday, 1 January 2000");
        assert_eq!(human_date("yesterday", Lang::En, "en"), "yesterday");
        assert_eq!(human_date("2024-13-01", Lang::En, "en"), "2024-13-01");
    }

    #[test]
    fn file_names_come_from_the_title() {
        assert_eq!(file_stem(Some("Indonesia Gandeng Kamboja Cegah TPPO")), "indonesia-gandeng-kamboja-cegah-tppo");
        assert_eq!(file_stem(Some("  «Ça va?» — Überall: 3,5% ")), "ça-va-überall-3-5");
        assert_eq!(file_stem(Some("!!!")), "article");
        assert_eq!(file_stem(None), "article");
        assert!(file_stem(Some(&"kata ".repeat(100))).len() <= 80);
    }

    #[test]
    fn markdown_escapes_markup_and_keeps_the_article() {
        let mut a = seed();
        a.paragraphs = vec!["1. Bukan daftar *tebal*".into(), "- juga bukan".into()];
        a.dateline = None;
        a.images = vec![Image { caption: "Ilustrasi.".into(), credit: Some("Shutterstock".into()) }];
        let md = markdown(&a, Lang::En);
        assert!(md.starts_with(&format!("# {}\n\n", a.title.clone().unwrap_or_default())), "{md}");
        assert!(md.contains("\n\n1\\. Bukan daftar \\*tebal\\*\n\n\\- juga bukan\n\n> Ilustrasi. (Photo: Shutterstock)\n"), "{md}");
    }

    #[test]
    fn the_seed_copies_as_text_with_credits_and_dateline() {
        let a = seed();
        let text = plain_text(&a, Lang::En);
        let title = a.title.clone().unwrap_or_default();
        assert!(text.starts_with(&title), "{text}");
        for p in &a.paragraphs[1..] {
            assert!(text.contains(p.as_str()));
        }
        for person in &a.people {
            assert!(text.contains(&person.name), "{} missing", person.name);
        }
        if let Some(place) = &a.dateline {
            assert!(text.contains(&format!("{place} – ")));
        }
        assert!(!text.contains("Baca:"));
    }

    #[test]
    fn byline_groups_names_by_role() {
        let mut a = seed();
        a.people = vec![
            Person { name: "A".into(), role: Role::Author },
            Person { name: "B".into(), role: Role::Editor },
            Person { name: "C".into(), role: Role::Author },
        ];
        assert_eq!(byline(&a, Lang::En), "Author: A, C · Editor: B");
        assert_eq!(byline(&a, Lang::Id), "Penulis: A, C · Editor: B");
    }

    #[test]
    fn mentions_land_in_their_paragraphs() {
        let mut a = seed();
        a.paragraphs = vec!["Retno di Jakarta.".into(), "Lalu ke Phnom Penh.".into()];
        a.body = crate::assemble::join_body(&a.paragraphs);
        let at = |needle: &str| u32::try_from(a.body[..a.body.find(needle).unwrap_or(0)].chars().count()).unwrap_or(0);
        let mention = |text: &str| Mention { text: text.into(), start: at(text), end: at(text) + text.chars().count() as u32, part: TextPart::Body };
        let entity = |kind, name: &str, mentions| Entity {
            kind,
            name: name.into(),
            role: None,
            aliases: Vec::new(),
            acronym: None,
            text: None,
            value: None,
            unit: None,
            mentions,
        };
        a.entities = vec![
            entity(EntityKind::Location, "Jakarta", vec![mention("Jakarta")]),
            entity(EntityKind::Location, "Phnom Penh", vec![mention("Phnom Penh")]),
            entity(EntityKind::Person, "Retno", vec![
                mention("Retno"),
                Mention { text: "x".into(), start: 15, end: 21, part: TextPart::Body },
                Mention { text: "Jakarta".into(), start: 0, end: 7, part: TextPart::Title },
            ]),
        ];
        let spans = paragraph_spans(&a);
        assert_eq!(spans[0], vec![
            Span { start: 0, end: 5, kind: EntityKind::Person, entity: 2 },
            Span { start: 9, end: 16, kind: EntityKind::Location, entity: 0 }
        ]);
        let phnom_penh = Span { start: 8, end: 18, kind: EntityKind::Location, entity: 1 };
        assert_eq!(spans[1], vec![phnom_penh]);
        assert_eq!(segments(&a.paragraphs[1], &spans[1]), vec![("Lalu ke ", None), ("Phnom Penh", Some(&phnom_penh)), (".", None)]);
        assert_eq!(segments("Tanpa entitas.", &[]), vec![("Tanpa entitas.", None)]);
    }

    #[test]
    fn weekdays_follow_the_calendar() {
        assert_eq!(weekday(1970, 1, 1), 3);
        assert_eq!(weekday(2025, 11, 4), 1);
        assert_eq!(weekday(1900, 3, 1), 3);
    }
}
