//! Stage 4: read the metadata out of the labelled lines.
//!
//! The classifier said which lines are the headline, dates, bylines, captions and
//! related links; this stage reads their text: names and roles, ISO dates with
//! zones, captions and credits, related titles, the dateline at the start of the
//! first paragraph.

use crate::classify::Classified;
use crate::dates::{self, Stamp};
use crate::model::{Image, Label, Person, Role};
use crate::rules;
use crate::segment::Line;
use regex::Regex;
use std::sync::LazyLock;

/// What the metadata stage found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metadata {
    pub title: Option<String>,
    pub lead: Option<String>,
    pub section: Option<String>,
    pub published: Option<Stamp>,
    pub published_text: Option<String>,
    pub modified: Option<Stamp>,
    pub modified_text: Option<String>,
    pub retrieved: Option<dates::Date>,
    pub people: Vec<Person>,
    pub dateline: Option<String>,
    pub agency: Option<String>,
    pub images: Vec<Image>,
    pub related: Vec<String>,
    pub tags: Vec<String>,
    /// The body paragraphs, with the dateline and closing editor codes taken off.
    pub paragraphs: Vec<String>,
}

/// Reads the metadata of a classified page.
pub fn extract(lines: &[Line], classified: &Classified) -> Metadata {
    let text = |i: usize| lines[i].text.as_str();
    let labelled = |label: Label| classified.decided.iter().enumerate().filter(move |(_, d)| d.label == label).map(|(i, _)| i);

    let mut meta = Metadata {
        title: classified.title.map(|i| headline_text(lines, i)),
        lead: classified.lead.map(|i| text(i).to_string()),
        section: labelled(Label::Section).next().map(|i| text(i).to_string()),
        ..Metadata::default()
    };
    if meta.section.is_none() {
        // Without a label above the headline, the breadcrumb before it names the section.
        let before_title = classified.title.unwrap_or(lines.len());
        meta.section = (0..before_title)
            .filter(|&i| classified.decided[i].rule == "navigation.breadcrumb")
            .find_map(|i| breadcrumb_section(text(i)))
            .map(str::to_string);
    }

    read_dates(lines, classified, &mut meta);
    meta.retrieved = classified
        .decided
        .iter()
        .position(|d| d.rule == rules::PAGE_DATE.id)
        .and_then(|i| dates::find(text(i)).into_iter().find_map(|f| f.date));

    // Credit lines that name a role ("Editor:", "Reporter:") name people.
    let mut credited = Vec::new();
    for (i, d) in classified.decided.iter().enumerate() {
        if d.rule == rules::BYLINE_NAME_OVER_AFFILIATION.id {
            let name = text(i).trim().trim_end_matches(',');
            if looks_like_name(name) {
                credited.push(Person { name: name.to_string(), role: Role::Author });
            }
            continue;
        }
        if d.rule == "byline.credit_parts" {
            read_credit_parts(text(i), &mut credited);
            continue;
        }
        let role_line = match d.rule {
            r if r == rules::BYLINE_NAME.id && i > 0 => Some(text(i - 1)),
            r if r == rules::BYLINE_NAME_ABOVE.id && i + 1 < lines.len() => Some(text(i + 1)),
            "byline.credit" => None,
            _ => continue,
        };
        read_byline(text(i), role_line, &mut credited);
    }
    // The ranked byline comes first, unless a credit line names its person
    // in another role ("Editor" / "Fajar Pebrianto" is no author).
    if let Some(b) = &classified.byline {
        let line = b.line.map(|i| text(i).to_lowercase()).unwrap_or_default();
        let role = if EDITOR_CREDITS.iter().any(|w| line.contains(w)) { Role::Editor } else { Role::Author };
        let credited_otherwise = |name: &str| credited.iter().any(|p: &Person| p.role != role && p.role != Role::Reporter && p.name.eq_ignore_ascii_case(name));
        let names = b.names.iter().map(|name| without_agency(name)).filter(|name| !credited_otherwise(name) && !is_job(name));
        meta.people.extend(names.map(|name| Person { name: name.to_string(), role }));
    }
    meta.people.extend(credited);
    // Without a named editor, the last initials of a closing code "(rdp/imk)" are the editor's.
    if !meta.people.iter().any(|p| p.role == Role::Editor)
        && let Some(code) = classified.decided.iter().rposition(|d| d.rule == "byline.editor_code").and_then(|i| editor_initials(text(i)))
    {
        meta.people.push(Person { name: code.to_string(), role: Role::Editor });
    }
    dedup_people(&mut meta.people);

    meta.images = labelled(Label::Caption).map(|i| split_caption(text(i))).collect();
    // Each linked title once: pages list the same links in several blocks.
    for title in labelled(Label::Related).filter_map(|i| related_title(text(i))) {
        if !meta.related.contains(&title) {
            meta.related.push(title);
        }
    }
    meta.tags = labelled(Label::Tags).flat_map(|i| read_tags(text(i))).collect();
    meta.tags.dedup();

    meta.paragraphs = classified.paragraphs.clone();
    let alone = classified.decided.iter().position(|d| d.rule == rules::DATELINE_LINE.id);
    if let Some(dl) = alone.and_then(|i| read_dateline(text(i), Standing::Alone)) {
        meta.dateline = dl.place;
        meta.agency = dl.agency;
    } else if let Some(first) = meta.paragraphs.first_mut()
        && let Some(dl) = read_dateline(first, Standing::OpensParagraph)
    {
        meta.dateline = dl.place;
        meta.agency = dl.agency;
        *first = first[dl.len..].trim_start().to_string();
    }
    meta.paragraphs.retain(|p| !p.is_empty());
    // The outlet the dateline names ("Jakarta, CNN Indonesia --") is no person.
    if let Some(agency) = meta.agency.as_deref() {
        meta.people.retain(|p| !p.name.eq_ignore_ascii_case(agency));
    }
    meta
}

/// The editor's initials in a closing code: "imk" in "(rdp/imk)".
fn editor_initials(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix('(')?.strip_suffix(')')?;
    let last = inner.rsplit('/').next()?.trim();
    (!last.is_empty()).then_some(last)
}

/// The publication date the classifier chose, and a modification date when a
/// line near it or near the headline says the article was updated.
fn read_dates(lines: &[Line], classified: &Classified, meta: &mut Metadata) {
    if let Some(p) = &classified.published {
        let line = lines[p.line].text.as_str();
        if let Some(date) = p.found.date {
            let mut text = line[p.found.start..p.found.end].to_string();
            let (mut time, mut offset) = (p.found.time, p.found.offset_minutes);
            if let Some((j, t)) = p.time {
                text = format!("{text} {}", &lines[j].text[t.start..t.end]);
                time = t.time;
                offset = t.offset_minutes;
            }
            meta.published = Some(Stamp { date, time, offset_minutes: offset });
            meta.published_text = Some(text);
        }
    }
    let anchor = classified.published.as_ref().map(|p| p.line).or(classified.title).unwrap_or(0);
    // Lines near the date or the headline first, then date lines anywhere
    // ("Last modified on ..." under the article).
    let near = anchor.saturating_sub(3)..(anchor + 4).min(lines.len());
    let far_dates = (0..lines.len()).filter(|i| !near.contains(i) && classified.decided[*i].label == Label::Date);
    for i in near.clone().chain(far_dates) {
        if classified.decided[i].label == Label::Body {
            continue;
        }
        let line = lines[i].text.as_str();
        for f in dates::find(line) {
            let Some(date) = f.date else { continue };
            let before = line[..f.start].to_lowercase();
            let says_update = UPDATE_WORDS.iter().any(|w| before.contains(w));
            let stamp = Stamp { date, time: f.time, offset_minutes: f.offset_minutes };
            if says_update && meta.modified.is_none() && Some(stamp) != meta.published {
                meta.modified = Some(stamp);
                meta.modified_text = Some(line[f.start..f.end].to_string());
            }
        }
    }
}

/// Words that make a byline an editor's credit.
const EDITOR_CREDITS: &[&str] = &["editor:", "editor :", "redaktur", "edited by", "editing by", "penyunting"];

const UPDATE_WORDS: &[&str] = &[
    "updated", "update:", "last modified", "modified", "diperbarui", "diupdate", "aktualisiert", "stand:",
    "mis à jour", "mise à jour", "actualizado", "actualización", "aktualizacja", "zaktualizowano", "atualizado",
];

/// Reads the people named on a byline line. `role_line` is the line before a
/// name line that followed a lone "By".
fn read_byline(line: &str, role_line: Option<&str>, people: &mut Vec<Person>) {
    let (role, names) = match role_line {
        Some(prev) => (role_of(prev).unwrap_or(Role::Author), line),
        None => match BYLINE_PREFIX.captures(line) {
            Some(c) => {
                let word = c.get(1).map_or("", |m| m.as_str());
                (role_of(word).unwrap_or(Role::Author), &line[c.get(0).map_or(0, |m| m.end())..])
            }
            None => return,
        },
    };
    for name in split_names(names) {
        people.push(Person { name, role });
    }
}

/// A role in an agency's credit line: "Reporting by", "additional reporting by",
/// "Writing by", "Editing by".
static CREDIT_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[;,.]\s*)((?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|research)(?:\s+and\s+(?:reporting|writing|editing))?)\s+by\s+").unwrap()
});

/// Reads "Reporting by Maya Gebeily in Beirut and David Clarke in London;
/// Additional reporting by Tom Okafor; Editing by Mark Potter": each part
/// names people in its role, without the places they reported from.
fn read_credit_parts(line: &str, people: &mut Vec<Person>) {
    let parts: Vec<(Role, std::ops::Range<usize>)> = CREDIT_PART
        .captures_iter(line)
        .filter_map(|c| {
            let (phrase, whole) = (c.get(1)?, c.get(0)?);
            let phrase = phrase.as_str().to_lowercase();
            let role = if phrase.starts_with("additional") || phrase.starts_with("further") || phrase.starts_with("research") {
                Role::Contributor
            } else if phrase.starts_with("reporting") {
                Role::Reporter
            } else if phrase.starts_with("editing") {
                Role::Editor
            } else {
                Role::Author
            };
            Some((role, whole.start()..whole.end()))
        })
        .collect();
    for (k, (role, at)) in parts.iter().enumerate() {
        let end = parts.get(k + 1).map_or(line.len(), |(_, next)| next.start);
        for name in NAME_SEPARATORS.split(&line[at.end..end]) {
            // "Anthony Deutsch in The Hague": the place is where the reporter was.
            let name = name.split(" in ").next().unwrap_or("").trim().trim_end_matches(['.', ';', ',']);
            if looks_like_name(name) {
                people.push(Person { name: name.to_string(), role: *role });
            }
        }
    }
}

static BYLINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(penulis|editor|reporter|pewarta|redaktur|penyunting|fotografer|kontributor|laporan wartawan|wartawan|jurnalis|authors?|writer|written by|words by|edited by|reported by|photographer|autor(?:in|en)?|redakteur(?:in)?|auteur|rédacteur|redactor|by|oleh|von|par|por)\b\s*:?\s*")
        .unwrap()
});

fn role_of(word: &str) -> Option<Role> {
    let w = word.trim().trim_end_matches(':').to_lowercase();
    Some(match w.as_str() {
        "editor" | "redaktur" | "penyunting" | "edited by" | "redakteur" | "redakteurin" | "rédacteur" | "redactor" => Role::Editor,
        "reporter" | "pewarta" | "laporan wartawan" | "wartawan" | "jurnalis" | "reported by" => Role::Reporter,
        "fotografer" | "photographer" => Role::Photographer,
        "kontributor" => Role::Contributor,
        "" => return None,
        _ => Role::Author,
    })
}

/// Splits "A, B dan C | Kompas.com" into person names, dropping outlets and dates.
fn split_names(text: &str) -> Vec<String> {
    let cut = text.find(['|', '•', '·', '(', '—', '–']).unwrap_or(text.len());
    let text = &text[..cut];
    NAME_SEPARATORS
        .split(text)
        .map(|n| without_agency(before_possessive(n).trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '.').trim()))
        .filter(|n| looks_like_name(n))
        .map(str::to_string)
        .collect()
}

/// The owner a possessive word names: "Reed" for "Reed's" or "Reed’s".
pub(crate) fn possessive_owner(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// A name up to a possessive, which ends it: "Ryan Reed's Most Recent Stories"
/// is "Ryan Reed".
fn before_possessive(name: &str) -> &str {
    let mut start = 0;
    for word in name.split(' ') {
        if let Some(owner) = possessive_owner(word) {
            return &name[..start + owner.len()];
        }
        start += word.len() + 1;
    }
    name
}

/// A name without the agency glued after it: "MARCUS REILLY Associated Press"
/// is "MARCUS REILLY", "Jane Roe The Associated Press" is "Jane Roe".
fn without_agency(name: &str) -> &str {
    for agency in AGENCIES {
        let Some(cut) = name.len().checked_sub(agency.len()) else { continue };
        if cut > 0 && name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(agency) && name[..cut].ends_with(' ') {
            let rest = name[..cut].trim_end();
            let rest = rest.strip_suffix(" The").or_else(|| rest.strip_suffix(" the")).unwrap_or(rest).trim_end();
            if !rest.is_empty() && !rest.eq_ignore_ascii_case("the") {
                return rest;
            }
        }
    }
    name
}

static NAME_SEPARATORS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*,\s*|\s+(?:and|dan|und|et|y|e|i|&)\s+|\s*/\s*").unwrap());

fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && s.chars().count() <= 60
        && words[0].starts_with(|c: char| c.is_uppercase())
        && !s.contains(".com")
        && !s.chars().any(|c| c.is_ascii_digit())
        && !AGENCIES.iter().any(|a| s.eq_ignore_ascii_case(a))
        && !is_job(s)
}

/// Whether a "name" is only a job that bylines print after a name
/// ("Fahreza Rizky, Jurnalis", "Staff Writer"): not a second person.
fn is_job(name: &str) -> bool {
    let mut words = name.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| crate::classify::author::ROLE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// News agencies and outlets that bylines name beside people.
const AGENCIES: &[&str] = &[
    "Reuters", "AP", "AFP", "dpa", "Associated Press", "Antara", "ANTARA", "Bloomberg", "Xinhua", "EPA",
    "Staff", "Redaksi", "Tim Redaksi", "Admin", "CNN", "BBC", "KOMPAS.com", "detikcom", "Tribunnews.com",
];

fn dedup_people(people: &mut Vec<Person>) {
    let mut seen: Vec<(String, Role)> = Vec::new();
    people.retain(|p| {
        let key = (p.name.to_lowercase(), p.role);
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}

/// A dateline at the start of the first paragraph.
struct Dateline {
    /// `None` when the outlet alone opens the paragraph: "Suara.com - ".
    place: Option<String>,
    agency: Option<String>,
    /// Bytes of the paragraph the dateline takes, separator included.
    len: usize,
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // "JAKARTA, KOMPAS.com -", "LONDON (Reuters) -", "Jakarta (ANTARA) -", "JAKARTA -",
        // "Jakarta, CNN Indonesia --"
        r"^(?P<place>\p{Lu}[\p{L} .'’-]+?)",
        // "LONDON, June 18 (Reuters) -": the agency's dateline may carry the day.
        r"(?:\s*,\s*(?P<agency1>[\p{L}\d.]+\.(?:com|co\.id|id|net|tv|co)|[\p{Lu}\d]{2,}[\p{L}\d.]*(?:\s\p{Lu}[\p{L}\d.]*)?)|(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*\((?P<agency2>[^)]+)\))?",
        r"\s*[-–—]{1,2}(?:\s+|$)"
    ))
    .unwrap()
});

static DATELINE_AGENCY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    // "Liputan6.com, Jakarta:" / "Liputan6.com, Jakarta -" / "TEMPO.CO, Jakarta -" / "TRIBUNNEWS.COM, JAKARTA -"
    Regex::new(r"^(?P<agency>[\p{L}\d]+\.(?i:com|co\.id|co|id|net|tv)),\s*(?P<place>\p{Lu}[\p{L} .'-]+?)\s*[-–—:]\s+").unwrap()
});

static DATELINE_OUTLET_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    // "Suara.com - Ratusan rumah...": the outlet's domain and a dash, no place.
    Regex::new(r"^(?P<agency>\p{Lu}[\p{L}\d]*\.(?i:com|co\.id|co|id|net|tv))\s*[-–—]\s+").unwrap()
});

/// Where a dateline is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// At the start of the first paragraph: the place must be in capitals or
    /// have an agency beside it, or "Indonesia - Kamboja sepakat" would be one.
    OpensParagraph,
    /// Alone on its line before the first paragraph: the line's shape says it.
    Alone,
}

/// Whether a whole line is a dateline standing alone: "Jakarta -",
/// "Jakarta, CNN Indonesia --", "JAKARTA (ANTARA) -".
pub(crate) fn is_dateline_line(line: &str) -> bool {
    read_dateline(line, Standing::Alone).is_some_and(|d| d.len == line.len())
}

fn read_dateline(paragraph: &str, standing: Standing) -> Option<Dateline> {
    if let Some(c) = DATELINE_OUTLET_ONLY.captures(paragraph) {
        return Some(Dateline { place: None, agency: c.name("agency").map(|m| m.as_str().to_string()), len: c.get(0)?.end() });
    }
    if let Some(c) = DATELINE_AGENCY_FIRST.captures(paragraph) {
        return Some(Dateline {
            place: Some(c.name("place")?.as_str().trim().to_string()),
            agency: c.name("agency").map(|m| m.as_str().to_string()),
            len: c.get(0)?.end(),
        });
    }
    let c = DATELINE.captures(paragraph)?;
    let place = c.name("place")?.as_str().trim();
    let agency = c.name("agency1").or(c.name("agency2")).map(|m| m.as_str().trim().to_string());
    // A place in capitals, or any place when an agency stands beside it: "Jakarta (ANTARA) -".
    let capitals = place.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if !capitals && agency.is_none() && standing == Standing::OpensParagraph {
        return None;
    }
    // Unbounded in the patterns (bounded repeats of letter classes are costly to
    // compile), bounded here: a place of at most four words, an agency of 30 letters.
    if place.split_whitespace().count() > 4 || place.chars().count() > 40 || agency.as_ref().is_some_and(|a| a.chars().count() > 30) {
        return None;
    }
    Some(Dateline { place: Some(place.to_string()), agency, len: c.get(0)?.end() })
}

static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[.(\[|]\s*|\s)(?:\(?(?:foto|photo|photograph|image|bild|gambar|ilustrasi|credit|kredit|sumber foto|quelle)\s*(?:by\s|:|/|©)\s*)?(?P<credit>(?:shutterstock|getty images|istock(?:photo)?|antara foto|ap photo|picture[- ]alliance|imago|unsplash|pexels|reuters|afp|epa|dpa|antara|anadolu|xinhua|[\p{Lu}][\p{L}\d.]*(?:\s[\p{Lu}][\p{L}\d.]*){0,3}/[^\s].*?)(?:/[^\s]+)*)\W*$")
        .unwrap()
});

static CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[(\[]?\s*(?:(?:foto|photo|photograph|image|bild|gambar|credit|kredit|sumber foto|quelle)\s*(?:by\s|:|©|courtesy(?: of)?\s)|courtesy of\s)\s*(?:the\s+)?(?P<credit>[^)\]]+?)\s*[)\]]?\s*\.?$").unwrap()
});

static CREDIT_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<credit>[\p{Lu}\d]+(?:\.(?i:com|co\.id|co|id))?/\p{Lu}+(?:[ .]+\p{Lu}+)*)\s+(?P<rest>\p{Lu}\p{Ll}.*)$").unwrap());

/// Most words of a line that is a credit and nothing else.
const CREDIT_LINE_WORDS: usize = 5;

/// A caption without the licensing button an agency prints after its credit
/// ("REUTERS/Hannah McKay Purchase Licensing Rights, opens new tab").
fn without_licensing_button(line: &str) -> &str {
    let cut = ["purchase licensing rights, opens new tab", "purchase licensing rights"].iter().find_map(|button| {
        let at = line.len().checked_sub(button.len())?;
        (line.is_char_boundary(at) && line[at..].eq_ignore_ascii_case(button)).then_some(at)
    });
    cut.map_or(line, |at| line[..at].trim_end())
}

/// Splits a caption line into caption and credit.
pub fn split_caption(line: &str) -> Image {
    let line = without_licensing_button(line.trim());
    if let Some(c) = CREDIT_HEAD.captures(line) {
        return Image { caption: c["rest"].trim().to_string(), credit: Some(c["credit"].trim().to_string()) };
    }
    for re in [&*CREDIT_LABEL, &*CREDIT_TAIL] {
        if let Some(c) = re.captures(line) {
            let m = c.name("credit").map_or(0..0, |m| m.range());
            let whole = c.get(0).map_or(0, |m| m.start());
            let caption = line[..whole].trim().trim_end_matches(['(', '[', '|', '-', '–']).trim();
            let credit = line[m].trim().trim_end_matches('.').trim();
            // A whole line is a credit when it is short ("Getty Images", "APA/Georg
            // Hochmuth"), not a sentence with a slash in it.
            let whole_line_sentence = whole == 0 && credit.split_whitespace().count() > CREDIT_LINE_WORDS;
            if !credit.is_empty() && !whole_line_sentence {
                let caption = if line[whole..].starts_with('.') { format!("{caption}.") } else { caption.to_string() };
                return Image { caption: caption.trim().to_string(), credit: Some(credit.to_string()) };
            }
        }
    }
    Image { caption: line.to_string(), credit: None }
}

static RELATED_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"(?i)^(?:", crate::rules::read_also_words!(), r")\s*[:>»|\-–—]?\s*")).unwrap()
});

/// The section a breadcrumb trail ends in: its last step of at most three
/// words past the home page ("Home » News » Megapolitan" → "Megapolitan").
fn breadcrumb_section(line: &str) -> Option<&str> {
    // A slash separates steps only with spaces around it: "Schauspieler/innen" is one word.
    let steps: Vec<&str> = line.split(['»', '›', '>', '|']).flat_map(|s| s.split(" / ")).map(str::trim).filter(|s| !s.is_empty()).collect();
    if steps.len() < 2 {
        return None;
    }
    steps
        .iter()
        .rev()
        .find(|s| {
            !HOME_WORDS.contains(&s.to_lowercase().as_str())
                && s.split_whitespace().count() <= 3
                && s.chars().count() <= 30
                && !s.chars().any(|c| c.is_ascii_digit())
        })
        .copied()
}

/// Words that open a breadcrumb trail: the site's home page.
const HOME_WORDS: &[&str] = &["home", "homepage", "beranda", "startseite", "start", "accueil", "inicio", "início", "strona główna", "главная", "domů", "首页"];

/// The headline without a breadcrumb trail the page printed before it on the
/// same line: "home / InfoStream / Eigentumsvorbehalt: …" → "Eigentumsvorbehalt: …".
/// Only a trail that starts at the home page and has short steps is cut.
fn headline(line: &str) -> &str {
    for sep in [" / ", " › ", " » ", " > "] {
        let Some((first, _)) = line.split_once(sep) else { continue };
        if !HOME_WORDS.contains(&first.trim().to_lowercase().as_str()) {
            continue;
        }
        let steps: Vec<&str> = line.split(sep).collect();
        let Some((last, trail)) = steps.split_last() else { continue };
        if trail.iter().all(|s| s.split_whitespace().count() <= 4) && last.split_whitespace().count() >= 2 {
            return last.trim();
        }
    }
    line
}

/// The headline's text. A headline line that opens with a colon (": Stadt der
/// Superlative") is the rest of a "Kicker: Headline" the page set on two lines,
/// the kicker in its own block; the kicker is the short phrase on the line above.
fn headline_text(lines: &[Line], i: usize) -> String {
    let line = headline(&lines[i].text);
    let kicker = i.checked_sub(1).map(|k| lines[k].text.trim()).filter(|k| is_kicker(k));
    match (line.strip_prefix(':').map(str::trim_start), kicker) {
        (Some(rest), Some(kicker)) if !rest.is_empty() => format!("{kicker}: {rest}"),
        _ => without_glued_kicker(lines, i, line).to_string(),
    }
}

/// How many lines either side of the headline a copy of it with its kicker is looked for.
const KICKER_COPY_RANGE: usize = 6;

/// The headline without a kicker the page glued to it. A page that sets its
/// kicker in its own element prints the headline once as "Kicker: Headline"
/// (the share or reader text) and once rendered, the kicker run into the
/// headline ("Neue Schule Judy Lybke, ganz …") or set off by a spaced colon
/// ("Abstandsregeln : Wie Firmen …"). When the headline line is such a
/// rendering of a "Kicker: Headline" copy near it, the kicker is a topic label
/// and the headline is what follows it. A breadcrumb trail that ends in the
/// headline ("home / Betrieb / IT / Cyber-Angriffe: …") shows where the kicker
/// ends just as well.
fn without_glued_kicker<'a>(lines: &[Line], i: usize, line: &'a str) -> &'a str {
    let from = i.saturating_sub(KICKER_COPY_RANGE);
    let near = &lines[from..(i + KICKER_COPY_RANGE + 1).min(lines.len())];
    for (at, copy) in (from..).zip(near) {
        let tail = headline(&copy.text);
        if at != i && tail.len() < copy.text.len() && tail.split_whitespace().count() >= 3 && kicker_before(line, tail).is_some_and(is_kicker) {
            return &line[line.len() - tail.len()..];
        }
        // French sets every colon off with a space ("Covid-19 : une rumeur"), so
        // only a copy with a tight colon tells a kicker from the headline.
        let Some((kicker, rest)) = copy.text.split_once(": ") else { continue };
        if !kicker.ends_with(char::is_whitespace) && is_kicker(kicker) && rest.split_whitespace().count() >= 3 && kicker_before(line, rest) == Some(kicker) {
            return &line[line.len() - rest.len()..];
        }
    }
    line
}

/// What stands before `rest` at the end of the headline line, run in with a
/// space or set off by a spaced colon: "Kicker rest", "Kicker : rest".
fn kicker_before<'a>(line: &'a str, rest: &str) -> Option<&'a str> {
    let before = line.strip_suffix(rest)?;
    before.strip_suffix(" : ").or_else(|| before.strip_suffix(' '))
}

/// A kicker: a short phrase (one to six words) that does not end a sentence or a label.
fn is_kicker(text: &str) -> bool {
    (1..=6).contains(&text.split_whitespace().count()) && !text.ends_with(['.', ':', '!', '?', ',', ';'])
}

fn related_title(line: &str) -> Option<String> {
    let rest = RELATED_PREFIX.find(line).map_or(line, |m| &line[m.end()..]).trim();
    (rest.split_whitespace().count() >= 3).then(|| rest.to_string())
}

/// A tags heading standing alone: "Tags", "Topik:", "TOPIK TERKAIT", "Related
/// topics", "Explore more on these topics". The topics are on the lines below.
static TAGS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"(?i)^(?:", crate::rules::tag_heading_words!(), r")\s*[:\-–—_=.]*$")).unwrap()
});

/// Whether a line is only a tags heading, with the topics on the lines below it.
pub(crate) fn is_tags_heading(line: &str) -> bool {
    TAGS_HEADING.is_match(line.trim())
}

fn read_tags(line: &str) -> Vec<String> {
    if is_tags_heading(line) {
        return Vec::new();
    }
    let rest = line.split_once(':').map_or(line, |(head, rest)| if head.split_whitespace().count() <= 2 { rest } else { line });
    let rest = rest.trim();
    if rest.starts_with('#') {
        return rest.split('#').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect();
    }
    if rest.split_whitespace().count() <= 2 && !rest.contains(',') {
        return if rest.is_empty() { Vec::new() } else { vec![rest.to_string()] };
    }
    rest.split([',', ';', '|']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each person's name and role.
    fn roles(people: &[Person]) -> Vec<(&str, Role)> {
        people.iter().map(|p| (p.name.as_str(), p.role)).collect()
    }

    #[test]
    fn an_agency_credit_line_names_each_part_in_its_role() {
        let mut people = Vec::new();
        read_credit_parts(
            "Reporting by Maya Karam in Beirut and David Clarke in London; Additional reporting by Tom Okafor; Writing by David Clarke; Editing by Mark Potter",
            &mut people,
        );
        assert_eq!(
            roles(&people),
            [
                ("Maya Karam", Role::Reporter),
                ("David Clarke", Role::Reporter),
                ("Tom Okafor", Role::Contributor),
                ("David Clarke", Role::Author),
                ("Mark Potter", Role::Editor)
            ]
        );
        people.clear();
        read_credit_parts("Reporting by Gopal Sharma, additional reporting by Lisa Barrington, Editing by Alex Richardson", &mut people);
        assert_eq!(roles(&people), [("Gopal Sharma", Role::Reporter), ("Lisa Barrington", Role::Contributor), ("Alex Richardson", Role::Editor)]);
    }

    #[test]
    fn a_possessive_ends_a_name() {
        assert_eq!(split_names("Ryan Reed's Most Recent Stories"), ["Ryan Reed"]);
        assert_eq!(split_names("Sean O'Shea, Jane Roe"), ["Sean O'Shea", "Jane Roe"]);
    }

    #[test]
    fn closing_codes_give_the_editors_initials_and_jobs_are_no_names() {
        assert_eq!(editor_initials("(rdp/imk)"), Some("imk"));
        assert_eq!(editor_initials("(ant / hrv)"), Some("hrv"));
        assert_eq!(editor_initials("rdp/imk"), None);
        assert_eq!(split_names("Fahreza Rizky, Jurnalis"), ["Fahreza Rizky"]);
    }

    #[test]
    fn a_breadcrumb_ends_in_its_section() {
        assert_eq!(breadcrumb_section("Home » News » Megapolitan"), Some("Megapolitan"));
        assert_eq!(breadcrumb_section("Home / City"), Some("City"));
        assert_eq!(breadcrumb_section("Homepage » Militär » CAE bildet künftig Luftwaffen-Piloten in Bremen aus"), Some("Militär"));
        assert_eq!(breadcrumb_section("Home"), None);
        assert_eq!(breadcrumb_section("Start » Filme & Serien » Schauspieler/innen"), Some("Schauspieler/innen"));
        assert_eq!(breadcrumb_section("Accueil › Culture › 30 septembre 2018"), Some("Culture"));
    }

    #[test]
    fn a_tags_heading_alone_is_no_tag() {
        for heading in ["Tags", "TOPIK TERKAIT", "Topik:", "Related Topics ------", "Explore more on these topics"] {
            assert!(read_tags(heading).is_empty(), "{heading}");
        }
        assert_eq!(read_tags("Tags: politik, ekonomi"), ["politik", "ekonomi"]);
        assert_eq!(read_tags("banjir rob"), ["banjir rob"]);
    }

    #[test]
    fn datelines() {
        let read = |p: &str| read_dateline(p, Standing::OpensParagraph).map(|d| (d.place, d.agency, p[d.len..].to_string()));
        let some = |place: Option<&str>, agency: Option<&str>, rest: &str| Some((place.map(String::from), agency.map(String::from), rest.to_string()));
        assert_eq!(read("JAKARTA - Menteri Luar Negeri"), some(Some("JAKARTA"), None, "Menteri Luar Negeri"));
        assert_eq!(read("JAKARTA, KOMPAS.com — Menteri"), some(Some("JAKARTA"), Some("KOMPAS.com"), "Menteri"));
        assert_eq!(read("LONDON (Reuters) - Britain's"), some(Some("LONDON"), Some("Reuters"), "Britain's"));
        assert_eq!(read("LONDON, June 18 (Reuters) - Britain's"), some(Some("LONDON"), Some("Reuters"), "Britain's"));
        assert_eq!(read("Liputan6.com, Jakarta: Tri Indonesia"), some(Some("Jakarta"), Some("Liputan6.com"), "Tri Indonesia"));
        assert_eq!(read("Suara.com - Ratusan rumah"), some(None, Some("Suara.com"), "Ratusan rumah"));
        assert_eq!(read("Jakarta, IDN Times - Pemerintah resmi"), some(Some("Jakarta"), Some("IDN Times"), "Pemerintah resmi"));
        assert_eq!(read("TEMPO.CO, Jakarta - Komisi"), some(Some("Jakarta"), Some("TEMPO.CO"), "Komisi"));
        assert_eq!(read("TRIBUNNEWS.COM, JAKARTA - Komisi VIII"), some(Some("JAKARTA"), Some("TRIBUNNEWS.COM"), "Komisi VIII"));
        for p in ["suara.com - ratusan rumah", "Indonesia - Kamboja sepakat", "Menteri Luar Negeri (Menlu) Retno Marsudi, mendorong"] {
            assert!(read_dateline(p, Standing::OpensParagraph).is_none(), "{p}");
        }
        let alone = |p: &str| read_dateline(p, Standing::Alone).map(|d| (d.place, d.agency));
        let owned = |place: &str, agency: Option<&str>| Some((Some(place.to_string()), agency.map(String::from)));
        assert_eq!(alone("Jakarta -"), owned("Jakarta", None));
        assert_eq!(alone("Jakarta, CNN Indonesia --"), owned("Jakarta", Some("CNN Indonesia")));
        assert_eq!(alone("JAKARTA (ANTARA) -"), owned("JAKARTA", Some("ANTARA")));
        assert!(is_dateline_line("Jakarta, CNN Indonesia --") && is_dateline_line("Doha -"));
        assert!(!is_dateline_line("Jakarta - Menteri") && !is_dateline_line("Jakarta"));
    }

    #[test]
    fn captions_and_credits() {
        let cases = [
            ("Illustrasi perdagangan orang. Shutterstock.", "Illustrasi perdagangan orang.", Some("Shutterstock")),
            ("KOMPAS.com/NABILLA TASHANDRA Menteri Yuddy di Kantor Kemenpan RB", "Menteri Yuddy di Kantor Kemenpan RB", Some("KOMPAS.com/NABILLA TASHANDRA")),
            ("KOMPAS.COM/MASRIADI Penyidik Polres Lhokseumawe", "Penyidik Polres Lhokseumawe", Some("KOMPAS.COM/MASRIADI")),
            ("Petugas memeriksa kendaraan. (Foto: Dok. Istimewa)", "Petugas memeriksa kendaraan.", Some("Dok. Istimewa")),
            // The full stop of a domain is no sentence end.
            ("Pengunjung di Bandung, Jawa Barat. (Liputan6.com/Angga Yuniar)", "Pengunjung di Bandung, Jawa Barat.", Some("Liputan6.com/Angga Yuniar")),
            ("Tribunnews.com/Jeprima", "", Some("Tribunnews.com/Jeprima")),
            ("Deputies display the parts. (Photo courtesy of the Harlan County Sheriff's Office)", "Deputies display the parts.", Some("Harlan County Sheriff's Office")),
            ("Courtesy of Andrew Vaughan", "", Some("Andrew Vaughan")),
            // Reuters' licensing button after the credit is no part of it.
            (
                "A shopper walks past a store in London, March 4, 2025. REUTERS/Hannah McKay/File Photo Purchase Licensing Rights, opens new tab",
                "A shopper walks past a store in London, March 4, 2025.",
                Some("REUTERS/Hannah McKay/File Photo"),
            ),
            // A sentence with a slash in it is no credit.
            ("BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew fired", "BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew fired", None),
        ];
        for (line, caption, credit) in cases {
            let img = split_caption(line);
            assert_eq!((img.caption.as_str(), img.credit.as_deref()), (caption, credit), "{line}");
        }
    }

    #[test]
    fn bylines() {
        let mut people = Vec::new();
        read_byline("Penulis: Aldiansyah Nurrahman", None, &mut people);
        read_byline("Editor: Leo Wisnu Susapto", None, &mut people);
        read_byline("By JANE DOE and John Roe, Associated Press", None, &mut people);
        read_byline("By MARCUS REILLY The Associated Press", None, &mut people);
        read_byline("Al Root", Some("By"), &mut people);
        let got: Vec<(&str, Role)> = people.iter().map(|p| (p.name.as_str(), p.role)).collect();
        assert_eq!(
            got,
            [
                ("Aldiansyah Nurrahman", Role::Author),
                ("Leo Wisnu Susapto", Role::Editor),
                ("JANE DOE", Role::Author),
                ("John Roe", Role::Author),
                ("MARCUS REILLY", Role::Author),
                ("Al Root", Role::Author)
            ]
        );
    }

    #[test]
    fn breadcrumbs_before_a_headline_are_cut() {
        assert_eq!(headline("home / InfoStream / Eigentumsvorbehalt: Das sollten Käufer wissen"), "Eigentumsvorbehalt: Das sollten Käufer wissen");
        assert_eq!(headline("Beranda › Nasional › Indonesia Gandeng Kamboja Cegah TPPO"), "Indonesia Gandeng Kamboja Cegah TPPO");
        assert_eq!(headline("Homepage » Militär » CAE bildet künftig Piloten in Bremen aus"), "CAE bildet künftig Piloten in Bremen aus");
        assert_eq!(headline("Donnerstag / Freitag: Was das Wetter bringt"), "Donnerstag / Freitag: Was das Wetter bringt", "no home step");
        assert_eq!(headline("Home / Away"), "Home / Away", "a one-word last step is not a headline");
        assert_eq!(headline("Indonesia Gandeng Kamboja Cegah TPPO"), "Indonesia Gandeng Kamboja Cegah TPPO");
    }

    #[test]
    fn a_headline_opening_with_a_colon_takes_the_kicker_above() {
        let page = "Kultur\nBerlin kann es\n: Die Stadt der langen Nächte\nEin Kommentar von Anna Weber\n";
        let lines = crate::segment::segment(page);
        let at = |t: &str| lines.iter().position(|l| l.text.starts_with(t)).expect("a line");
        assert_eq!(headline_text(&lines, at(": Die")), "Berlin kann es: Die Stadt der langen Nächte");
        assert_eq!(headline_text(&lines, at("Berlin")), "Berlin kann es", "no colon, no change");
        // A label line above ("Penulis" / ": Nama") or a sentence is no kicker.
        let byline = crate::segment::segment("Die Lage ist ernst.\n: Die Stadt der langen Nächte\n");
        assert_eq!(headline_text(&byline, 1), ": Die Stadt der langen Nächte");
        assert!(!is_kicker("Ein Kommentar von Anna Weber, Redakteurin der Zeitung"));
    }

    #[test]
    fn a_kicker_glued_to_the_headline_is_cut_when_a_kicker_colon_copy_is_near() {
        let page = "Neue Berliner Schule: Ein Galerist, ganz und gar nicht gewöhnlich\nKultur\n\
                    Neue Berliner Schule Ein Galerist, ganz und gar nicht gewöhnlich\n\
                    Hitze im Büro : Wie Firmen ihre Leute vor der Sonne schützen\nHitze im Büro: Wie Firmen ihre Leute vor der Sonne schützen\n\
                    Bei Protesten: Bericht: Aktivistin getötet\nBei Protesten Bericht: Aktivistin getötet\n\
                    Ärger um neue Regeln für Radfahrer in der Innenstadt\n";
        let lines = crate::segment::segment(page);
        let at = |t: &str| lines.iter().position(|l| l.text == t).expect("a line");
        let title = |t: &str| headline_text(&lines, at(t));
        assert_eq!(title("Neue Berliner Schule Ein Galerist, ganz und gar nicht gewöhnlich"), "Ein Galerist, ganz und gar nicht gewöhnlich");
        assert_eq!(title("Hitze im Büro : Wie Firmen ihre Leute vor der Sonne schützen"), "Wie Firmen ihre Leute vor der Sonne schützen");
        // The "Kicker: Headline" copy itself keeps its kicker.
        assert_eq!(title("Hitze im Büro: Wie Firmen ihre Leute vor der Sonne schützen"), "Hitze im Büro: Wie Firmen ihre Leute vor der Sonne schützen");
        assert_eq!(title("Bei Protesten: Bericht: Aktivistin getötet"), "Bei Protesten: Bericht: Aktivistin getötet");
        // A breadcrumb trail that ends in the headline marks the kicker too; one that
        // does not start at the home page, or the headline's own line, does not.
        let trail = crate::segment::segment(
            "home / Betrieb / IT / Cyber-Angriffe: Firmen investieren mehr in Sicherheit\nKurz notiert\n\
             Investitionen in IT Cyber-Angriffe: Firmen investieren mehr in Sicherheit\n\
             Betrieb / IT / Neue Regeln für den Datenschutz im Handwerk\nTipps Neue Regeln für den Datenschutz im Handwerk\n",
        );
        assert_eq!(headline_text(&trail, 2), "Cyber-Angriffe: Firmen investieren mehr in Sicherheit");
        assert_eq!(headline_text(&trail, 4), "Tipps Neue Regeln für den Datenschutz im Handwerk");
        assert_eq!(headline_text(&trail, 0), "Cyber-Angriffe: Firmen investieren mehr in Sicherheit", "the trail alone loses its steps, nothing more");
        assert_eq!(kicker_before("ITCyber-Angriffe: Firmen investieren", "Cyber-Angriffe: Firmen investieren"), None, "the cut falls between words");
        // French spaced colons are no sign of a kicker set apart.
        let french = crate::segment::segment("Covid-19 et infox : comment une rumeur devient réalité\nActualités\n");
        assert_eq!(headline_text(&french, 0), "Covid-19 et infox : comment une rumeur devient réalité");
        // Without a copy that shows where the kicker ends, nothing is cut.
        assert_eq!(title("Ärger um neue Regeln für Radfahrer in der Innenstadt"), "Ärger um neue Regeln für Radfahrer in der Innenstadt");
    }

    #[test]
    fn related_titles() {
        assert_eq!(related_title("Baca: Tipu-Tipu Online Scam Tenaga Kerja Indonesia").as_deref(), Some("Tipu-Tipu Online Scam Tenaga Kerja Indonesia"));
        assert_eq!(related_title("Berita Terkait"), None);
    }
}
