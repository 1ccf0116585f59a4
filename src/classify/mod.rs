//! Stage 3: give every line a label and pick the article body.
//!
//! 1. Line rules ([`crate::rules::LINE_RULES`]) label what is boilerplate by itself;
//!    lines that are only dates, and repeats of earlier lines, are marked.
//! 2. [`body`]: each remaining line is scored for how much it reads like prose;
//!    the densest run of prose is the article, and a comment section ends it.
//! 3. [`title`]: the headline is the best-ranked candidate line around the body's
//!    start (a learned ranker, [`crate::learn`]); the standfirst stands between it
//!    and the body.
//! 4. Around them: the section label, the publication date, captions.
//! 5. Everything else is navigation or other text outside the article.

pub mod author;
pub mod body;
pub mod date;
pub mod shape;
pub mod title;

pub use shape::{Shape, shape};

use crate::dates;
use crate::lang;
use crate::model::Label;
use crate::rules::{self, Decision, LineRule};
use crate::segment::Line;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::OnceCell;

/// The label of one line and the rule that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decided {
    pub label: Label,
    pub rule: &'static str,
    pub reason: &'static str,
}

impl From<&LineRule> for Decided {
    fn from(r: &LineRule) -> Self {
        Decided { label: r.label, rule: r.id, reason: r.reason }
    }
}

impl From<&Decision> for Decided {
    fn from(d: &Decision) -> Self {
        Decided { label: d.label, rule: d.id, reason: d.reason }
    }
}

/// What the classifier found.
#[derive(Debug, Clone, PartialEq)]
pub struct Classified {
    /// One decision per input line, same order.
    pub decided: Vec<Decided>,
    /// Indices (into the lines) of the body lines, in order.
    pub body: Vec<usize>,
    /// The body lines' text, in order.
    pub paragraphs: Vec<String>,
    /// Index of the headline, if found.
    pub title: Option<usize>,
    /// Index of the standfirst, if found.
    pub lead: Option<usize>,
    /// The byline the byline ranker chose.
    pub byline: Option<author::Candidate>,
    /// The publication date the date ranker chose.
    pub published: Option<date::Candidate>,
    /// Guessed language code.
    pub language: &'static str,
    /// No run of prose stood out; the body is the best guess of a fallback rule.
    pub fallback: bool,
}

/// A page being classified: the lines, their shapes, and the decisions so far.
#[derive(Debug, Clone)]
pub struct Page<'a> {
    pub lines: &'a [Line],
    pub shapes: Vec<Shape>,
    /// `None` where no rule has decided yet.
    pub decided: Vec<Option<Decided>>,
    /// Body line indices, in order.
    pub body: Vec<usize>,
    pub language: &'static str,
    pub fallback: bool,
    /// How many lines carry each line's text (lower-cased), the line itself included.
    pub repeats: Vec<u32>,
    /// Each line's text, lower-cased once for every comparison that ignores case.
    pub lower: Vec<String>,
    /// Each line's dates and times, read once when first asked for ([`Page::dates_in`]).
    dates: Vec<OnceCell<Vec<dates::Found>>>,
}

impl<'a> Page<'a> {
    /// Labels what line rules decide and picks the body: everything up to the
    /// headline.
    pub fn prepare(lines: &'a [Line]) -> Page<'a> {
        let mut page = Page::new(lines);
        body::select(&mut page);
        page
    }

    /// Labels what line rules decide: boilerplate, dates, repeats.
    pub fn new(lines: &'a [Line]) -> Page<'a> {
        // One reading of each line gives its shape, its stop words in every
        // language, and (from the first lines of prose) the page's language.
        let mut votes = lang::Votes::default();
        let mut voting = 0usize;
        let measured: Vec<(Shape, shape::StopCounts, Option<Vec<dates::Found>>)> = lines
            .iter()
            .map(|l| {
                let vote = l.text.len() > 40 && voting < lang::DETECT_LINES;
                voting += usize::from(vote);
                shape::measure(&l.text, vote.then_some(&mut votes))
            })
            .collect();
        let language = votes.decide();
        let mut dates = Vec::with_capacity(measured.len());
        let shapes: Vec<Shape> = measured
            .into_iter()
            .map(|(mut s, counts, found)| {
                s.stops = counts.of(language);
                dates.push(found.map_or_else(OnceCell::new, OnceCell::from));
                s
            })
            .collect();
        let lower: Vec<String> = lines.iter().map(|l| crate::chars::to_lowercase(&l.text)).collect();
        let decided: Vec<Option<Decided>> = lines
            .iter()
            .zip(&shapes)
            .zip(&lower)
            .map(|((l, s), low)| {
                if s.is_date {
                    return Some(Decided::from(rules::DATE_OTHER));
                }
                rules::match_line(&l.text, low, s.chars).map(Decided::from)
            })
            .collect();
        let mut page = Page { lines, shapes, decided, body: Vec::new(), language, fallback: false, repeats: Vec::new(), lower, dates };
        page.count_repeats();
        page.mark_repeats();
        page.mark_names_by_bare_roles();
        page.mark_related_lists();
        page
    }

    /// The dates and times in line `i` ([`dates::find`]): the headline,
    /// date and byline stages all read the lines around the body's start, and
    /// each line is read once.
    pub fn dates_in(&self, i: usize) -> &[dates::Found] {
        match (self.dates.get(i), self.lines.get(i)) {
            (Some(cell), Some(line)) => cell.get_or_init(|| dates::find(&line.text)),
            _ => &[],
        }
    }

    /// The label decided for line `i`, if any.
    pub fn label(&self, i: usize) -> Option<Label> {
        self.decided.get(i).copied().flatten().map(|d| d.label)
    }

    fn set(&mut self, i: usize, decision: &Decision) {
        self.decided[i] = Some(Decided::from(decision));
    }

    fn count_repeats(&mut self) {
        // Each distinct text gets a number once, in one look-up per line; the
        // counts are then read by number, without hashing the lines again.
        let mut numbers: FxHashMap<&str, usize> = FxHashMap::with_capacity_and_hasher(self.lower.len(), Default::default());
        let mut counts: Vec<u32> = Vec::new();
        let line_numbers: Vec<usize> = self
            .lower
            .iter()
            .map(|k| {
                let number = *numbers.entry(k.as_str()).or_insert(counts.len());
                if number == counts.len() {
                    counts.push(0);
                }
                if let Some(c) = counts.get_mut(number) {
                    *c += 1;
                }
                number
            })
            .collect();
        self.repeats = line_numbers.iter().map(|&number| counts.get(number).copied().unwrap_or(1)).collect();
    }

    /// Marks lines that repeat an earlier line (case aside). Leaked markup that
    /// repeats other text is markup.
    fn mark_repeats(&mut self) {
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        let lower = std::mem::take(&mut self.lower);
        for (i, line) in self.lines.iter().enumerate() {
            if self.repeats[i] < 2 {
                continue;
            }
            let key = lower[i].as_str();
            if !seen.insert(key) {
                if line.had_markup {
                    self.set(i, rules::MARKUP_REPEAT);
                } else if self.decided[i].is_none() && line.text.chars().count() >= 15 {
                    self.set(i, rules::DUPLICATE);
                }
            }
        }
        self.lower = lower;
    }

    /// A related-links header standing alone ("Baca Juga:", "Berita Terkait")
    /// heads a list: the headline-shaped lines right after it (a few words, no
    /// full stop, up to [`RELATED_LIST_LINES`], until a blank line) are its links.
    fn mark_related_lists(&mut self) {
        let n = self.decided.len();
        let mut i = 0;
        while i < n {
            let header = self.decided[i].is_some_and(|d| d.rule == "related.read_also") && self.shapes[i].words <= 4;
            i += 1;
            if !header {
                continue;
            }
            let mut taken = 0;
            while i < n && taken < RELATED_LIST_LINES {
                let (s, line) = (&self.shapes[i], &self.lines[i]);
                let headline = self.decided[i].is_none() && (3..=20).contains(&s.words) && !line.text.trim_end().ends_with(['.', ',', ';', ':']);
                if !headline || (taken > 0 && line.blank_before) {
                    break;
                }
                self.set(i, rules::RELATED_LIST_ITEM);
                taken += 1;
                i += 1;
            }
        }
    }

    /// The line by a lone role word ("By", "Penulis", "Editor") holds the
    /// names: the line after it, or in a team block the line before it.
    fn mark_names_by_bare_roles(&mut self) {
        let n = self.lines.len();
        let bare = |page: &Self, i: usize| page.decided.get(i).copied().flatten().is_some_and(|d| d.rule == "byline.bare");
        let mut i = 0;
        while i < n {
            if !bare(self, i) {
                i += 1;
                continue;
            }
            // A block of role words a line apart ("Penulis" / name / "Editor"):
            // the names stand after their role words, or before them.
            let mut last = i;
            while bare(self, last + 2) && !bare(self, last + 1) {
                last += 2;
            }
            let free_name = |page: &Self, j: usize| j < n && page.decided[j].is_none() && page.name_shaped(j);
            // Names above their role words (Kompas' "Tim Redaksi" block: "Muhammad
            // Fajar" / "Penulis" / "Lutfi Ramadhan" / "Editor") when a name stands
            // above the first role word and none below the last.
            let above = i > 0 && free_name(self, i - 1) && !free_name(self, last + 1);
            for r in (i..=last).step_by(2) {
                if above {
                    if self.decided[r - 1].is_none() {
                        self.set(r - 1, rules::BYLINE_NAME_ABOVE);
                    }
                } else if r + 1 < n && self.decided[r + 1].is_none() && (1..=8).contains(&self.shapes[r + 1].words) {
                    self.set(r + 1, rules::BYLINE_NAME);
                }
            }
            i = last + 1;
        }
    }

    /// A line that reads as a person's name: two to five capitalised words and
    /// nothing else ("Muhammad Fajar", "Isna Rifka Sri Rahayu").
    fn name_shaped(&self, i: usize) -> bool {
        let text = self.lines[i].text.trim_end_matches(',');
        let words = text.split_whitespace();
        (2..=5).contains(&self.shapes[i].words)
            && words.clone().count() == self.shapes[i].words
            && words.into_iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')))
    }
}

/// Most links a lone related-links header is taken to head.
const RELATED_LIST_LINES: usize = 6;

/// Labels every line and picks the body.
pub fn classify(lines: &[Line]) -> Classified {
    let mut page = Page::prepare(lines);
    let title = title::pick(&page);
    if let Some(t) = title {
        // A headline the body run swallowed is the headline, not body.
        page.body.retain(|&b| b != t);
        page.set(t, rules::TITLE_NEAR_BODY);
    }
    let first_body = page.body.first().copied().unwrap_or(lines.len());
    let lead = title.and_then(|t| title::find_lead(&page, t, first_body));
    if let Some(l) = lead {
        page.set(l, rules::LEAD_BELOW_TITLE);
    }
    if let Some(t) = title {
        mark_section(&mut page, t);
    }
    let published = date::pick(&page, title);
    mark_dates(&mut page.decided, published.as_ref(), title.unwrap_or(first_body));
    let byline = author::pick(&page, title, published.as_ref().map(|p| p.line));
    if let Some(line) = byline.as_ref().and_then(|b| b.line)
        && page.label(line) != Some(Label::Byline)
        && page.shapes[line].words <= 16
    {
        page.body.retain(|&b| b != line);
        page.set(line, rules::BYLINE_RANKED);
    }
    if let Some(t) = title {
        mark_name_over_affiliation(&mut page, t, first_body);
    }
    mark_author_bio(&mut page, byline.as_ref().map_or(&[][..], |b| &b.names[..]));
    mark_dateline_line(&mut page, first_body);
    mark_published_line(&mut page, published.as_ref());
    mark_tag_lists(&mut page);
    mark_pre_body_captions(&mut page, title, first_body);
    finish(page, Found { title, lead, published, byline })
}

/// A writer's name alone on its line between the headline and the body, over
/// the writer's job or newsroom ("Carys Pritchard" / "BBC News, Aberystwyth",
/// "Andrew Woodcock" / "Political Editor"): both lines are the byline.
fn mark_name_over_affiliation(page: &mut Page<'_>, title: usize, first_body: usize) {
    for i in title + 1..first_body.saturating_sub(1) {
        let affiliation = i + 1;
        if page.decided[i].is_none()
            && page.decided[affiliation].is_none()
            && page.name_shaped(i)
            && page.shapes[affiliation].chars <= 60
            && AFFILIATION.is_match(&page.lines[affiliation].text)
        {
            page.set(i, rules::BYLINE_NAME_OVER_AFFILIATION);
            page.set(affiliation, rules::BYLINE_AFFILIATION);
        }
    }
}

/// A writer's job ("Political Editor", "Environment correspondent") or newsroom
/// ("BBC News, Aberystwyth").
static AFFILIATION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:[^\s,]+ )*(?i:correspondent|editor|reporter|writer|journalist|columnist|producer|analyst)s?(?:, [^,]{2,40})?$|^\p{Lu}\S*(?: \p{Lu}\S*){0,2} News, \p{Lu}[^,\d]+$",
    )
    .expect("affiliation pattern compiles")
});

/// The writer's note at the body's end: "Kevin Dunleavy covers crime and public
/// safety for The Riverton Ledger. Reach him at …", "Laura Jedeed is a freelance
/// journalist based in New York City." It is taken out of the body when it is
/// the last paragraph, or one of the last two and opens with a byline name.
fn mark_author_bio(page: &mut Page<'_>, names: &[String]) {
    let tail: Vec<usize> = page.body.iter().rev().take(2).copied().collect();
    for (k, &i) in tail.iter().enumerate() {
        let text = page.lines[i].text.as_str();
        let by_writer = names.iter().any(|n| n.split_whitespace().next().is_some_and(|first| text.starts_with(first)));
        if page.shapes[i].words <= 60 && (k == 0 || by_writer) && AUTHOR_BIO.is_match(text) {
            page.body.retain(|&b| b != i);
            page.set(i, rules::BYLINE_BIO);
        }
    }
}

/// A writer's note: a name and what the writer covers or is, or how to reach them.
static AUTHOR_BIO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^\p{Lu}\S*(?: \p{Lu}\S*){0,3} (?:covers |writes about |reports on |is an? (?:[^ ]+ ){0,3}(?i:reporter|writer|correspondent|journalist|editor|columnist|contributor)(?-u:\b)|is the (?:[^ ]+ ){0,3}(?i:reporter|writer|correspondent|editor|columnist)(?-u:\b))|(?:[Rr]each|[Cc]ontact|[Ff]ollow) (?:him|her|them) (?:at|on|via) |[Cc]an be reached at ",
    )
    .expect("author bio pattern compiles")
});

/// Marks a dateline standing alone on the line right before the first paragraph
/// ("Jakarta -", "Jakarta, CNN Indonesia --", "JAKARTA (ANTARA) -"), in the
/// shapes the metadata stage reads.
fn mark_dateline_line(page: &mut Page<'_>, first_body: usize) {
    let Some(i) = first_body.checked_sub(1) else { return };
    let text = page.lines[i].text.trim();
    if page.decided[i].is_none() && crate::meta::is_dateline_line(text) {
        page.set(i, rules::DATELINE_LINE);
    }
}

/// What the context decisions found, for [`finish`].
struct Found {
    title: Option<usize>,
    lead: Option<usize>,
    published: Option<date::Candidate>,
    byline: Option<author::Candidate>,
}

/// Gives every undecided line its outside-the-article label.
fn finish(page: Page<'_>, found: Found) -> Classified {
    // Where a comment section follows the body, all after it is past the article's end.
    let end_marker = page.body.last().and_then(|&last| {
        (last + 1..page.lines.len()).find(|&i| page.label(i) == Some(Label::Comments))
    });
    let decided: Vec<Decided> = page
        .decided
        .iter()
        .enumerate()
        .map(|(i, d)| {
            d.unwrap_or_else(|| {
                if end_marker.is_some_and(|m| i > m) {
                    Decided::from(rules::AFTER_END)
                } else if page.shapes[i].prose() < 0.2 {
                    Decided::from(rules::NAV_OUTSIDE)
                } else {
                    Decided::from(rules::OTHER_OUTSIDE)
                }
            })
        })
        .collect();
    let paragraphs = page.body.iter().map(|&i| page.lines[i].text.clone()).collect();
    Classified {
        decided,
        body: page.body,
        paragraphs,
        title: found.title,
        lead: found.lead,
        byline: found.byline,
        published: found.published,
        language: page.language,
        fallback: page.fallback,
    }
}

/// A short label just above the headline, past date lines: the section.
fn mark_section(page: &mut Page<'_>, title: usize) {
    for i in (title.saturating_sub(5)..title).rev() {
        match page.label(i) {
            Some(Label::Date) => continue,
            Some(_) => return,
            None => {
                let s = &page.shapes[i];
                if (1..=3).contains(&s.words) && !page.lines[i].text.chars().any(|c| c.is_ascii_digit()) && s.chars <= 30 {
                    page.set(i, rules::SECTION_ABOVE_TITLE);
                }
                return;
            }
        }
    }
}

/// The publication date's lines are the date; a date-only line above them and
/// the headline, apart from them, is the page header's "today".
fn mark_dates(decided: &mut [Option<Decided>], published: Option<&date::Candidate>, anchor: usize) {
    let is_date = |d: &Option<Decided>| d.is_some_and(|d| d.rule == rules::DATE_OTHER.id);
    let chosen: Vec<usize> = published.map(|p| std::iter::once(p.line).chain(p.time.map(|t| t.0)).collect()).unwrap_or_default();
    let top = chosen.iter().copied().min().unwrap_or(anchor).min(anchor);
    for (i, d) in decided.iter_mut().enumerate() {
        if chosen.contains(&i) && is_date(d) {
            *d = Some(Decided::from(rules::DATE_PUBLISHED));
        } else if is_date(d) && i + 2 <= top {
            *d = Some(Decided::from(rules::PAGE_DATE));
        }
    }
}

/// The line the publication date was read from, when no rule has labelled it
/// (a date with words around it, not a byline the ranker chose): a date line,
/// not a caption or navigation. Marked after the byline is picked, whose
/// ranker reads the labels as they were when it was trained.
fn mark_published_line(page: &mut Page<'_>, published: Option<&date::Candidate>) {
    if let Some(p) = published
        && page.decided.get(p.line).is_some_and(Option::is_none)
    {
        page.set(p.line, rules::DATE_IN_LINE);
    }
}

/// Most topics a lone tags heading is taken to head.
const TAG_LIST_LINES: usize = 15;

/// How many lines past the body's last a tags heading may stand.
const TAGS_AFTER_BODY: usize = 30;

/// A tags heading alone on its line ("Tags", "Topik", "TOPIK TERKAIT",
/// "Related topics") heads one topic a line: the short lines right after it
/// that no rule has labelled (a few words, no sentence punctuation), up to a
/// blank line, a labelled line or a "see all" link. Only a heading inside the
/// body or a little after it counts: "Themen" or "Topics" in the page's menu
/// heads menu links. Marked once the body, the headline and the byline are
/// chosen, so only lines outside them are taken.
fn mark_tag_lists(page: &mut Page<'_>) {
    let n = page.lines.len();
    let (Some(&first_body), Some(&last_body)) = (page.body.first(), page.body.last()) else { return };
    for i in first_body..(last_body + TAGS_AFTER_BODY).min(n) {
        let heading = page.decided[i].is_some_and(|d| d.rule == "tags.header") && crate::meta::is_tags_heading(&page.lines[i].text);
        if !heading {
            continue;
        }
        for (taken, j) in (i + 1..n).take(TAG_LIST_LINES).enumerate() {
            let (s, line) = (&page.shapes[j], &page.lines[j]);
            let text = line.text.trim();
            let topic = page.decided[j].is_none()
                && (1..=6).contains(&s.words)
                && s.chars <= 60
                && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !text.ends_with(['.', ',', ';', ':', '!', '?', '…'])
                && !SEE_ALL.contains(&page.lower[j].trim());
            if !topic || (taken > 0 && line.blank_before) {
                break;
            }
            page.set(j, rules::TAG_LIST_ITEM);
        }
    }
}

/// Links that close a list of topics or links: "Lihat Semua", "See all".
const SEE_ALL: &[&str] = &[
    "lihat semua", "lihat selengkapnya", "selengkapnya", "tampilkan semua", "see all", "see more", "show all", "show more",
    "view all", "view more", "more", "mehr", "alle anzeigen", "alle themen", "voir tout", "ver todo", "ver más",
];

/// Short lines between the headline and the body that are not prose are
/// picture captions more often than anything else.
fn mark_pre_body_captions(page: &mut Page<'_>, title: Option<usize>, first_body: usize) {
    let Some(t) = title else { return };
    // Under a "Summary" heading stand the article's key points, not captions.
    let summary = (t + 1..first_body).find(|&i| SUMMARY_HEADINGS.contains(&page.lower[i].trim().trim_end_matches(':')));
    for i in t + 1..first_body {
        if page.decided[i].is_some() || page.shapes[i].words < 3 {
            continue;
        }
        if summary.is_some_and(|s| i > s) {
            page.set(i, rules::SUMMARY_BOX);
        } else {
            page.set(i, rules::CAPTION_NEAR_BYLINE);
        }
    }
}

/// Headings of a box of key points above an article's body.
const SUMMARY_HEADINGS: &[&str] = &[
    "summary", "key points", "highlights", "in brief", "at a glance", "ringkasan", "ringkasan berita", "poin penting", "intisari",
    "das wichtigste in kürze", "auf einen blick", "en bref", "l'essentiel", "resumen", "en resumen", "w skrócie",
];

#[cfg(test)]
mod tests {
    use crate::{Options, normalize, segment, weights};

    /// The rule that decided each named line of a page.
    fn rules_of(page: &str, named: &[&str]) -> Vec<&'static str> {
        let text = normalize::normalize(page, &Options::default()).expect("normalises");
        let lines = segment::segment(&text.text);
        let page = super::Page::new(&lines);
        named.iter().map(|t| page.decided[lines.iter().position(|l| l.text == *t).expect("a line")].map_or("none", |d| d.rule)).collect()
    }

    #[test]
    fn a_writers_job_or_newsroom_reads_as_an_affiliation() {
        for line in ["Political Editor", "Environment correspondent", "BBC News, Aberystwyth", "Staff Writer", "BBC Wales political editor"] {
            assert!(super::AFFILIATION.is_match(line), "{line:?}");
        }
        for line in ["Share", "Getty Images", "Ysgol Cwm Ddu has 41 pupils aged four to 11", "News, sport and weather", "17 June 2025"] {
            assert!(!super::AFFILIATION.is_match(line), "{line:?}");
        }
    }

    #[test]
    fn a_writers_note_reads_as_one() {
        for note in [
            "Kevin Dunleavy covers crime and public safety for The Riverton Ledger. Reach him at 555-0142.",
            "Laura Jedeed is a freelance journalist based in New York City.",
            "Evan V. Symon is the Senior Editor for the California Globe.",
            "Questions? You can contact her at the newsroom.",
        ] {
            assert!(super::AUTHOR_BIO.is_match(note), "{note:?}");
        }
        for line in [
            "The council covers the cost of repairs, the mayor said.",
            "Police said the suspect is a former employee of the plant.",
            "Anyone who believes their vehicle was targeted is asked to call the sheriff.",
        ] {
            assert!(!super::AUTHOR_BIO.is_match(line), "{line:?}");
        }
    }

    #[test]
    fn names_stand_above_their_role_words_in_a_team_block_and_below_them_elsewhere() {
        // Kompas' "Tim Redaksi" block: each name over its role word, a button after the last.
        let block = "Kompas.com - 14/06/2025, 09:47 WIB\n\nTim Redaksi\n\nMuhammad Fajar\n\nPenulis\n\nLutfi Ramadhan\n\nEditor\n\nLihat Foto\n";
        assert_eq!(
            rules_of(block, &["Muhammad Fajar", "Lutfi Ramadhan", "Lihat Foto"]),
            ["byline.name_above_role", "byline.name_above_role", "navigation.media_button"]
        );
        // Role words over their names, even under a line shaped like a name.
        let below = "Banjir Rob Surabaya\n\nPenulis\n\nMuhammad Fajar\n\nEditor\n\nLutfi Ramadhan\n\nSURABAYA, KOMPAS.com - Banjir rob merendam ratusan rumah.\n";
        assert_eq!(rules_of(below, &["Banjir Rob Surabaya", "Muhammad Fajar", "Lutfi Ramadhan"]), ["none", "byline.name_line", "byline.name_line"]);
        assert_eq!(rules_of("Updated 3 June\nBy\nJane Doe\nThe council met on Monday.\n", &["Jane Doe"]), ["byline.name_line"]);
    }

    #[test]
    fn topics_under_a_tags_heading_after_the_body_are_tags_menu_links_are_not() {
        let paragraph = "Pemerintah daerah menyiapkan posko pengungsian bagi warga yang rumahnya terendam banjir sejak Senin malam, kata kepala badan penanggulangan bencana kepada wartawan.";
        let page = format!(
            "Topik\nPolitik\nEkonomi\n\nBanjir Rendam Ratusan Rumah di Pesisir Utara\n\n{paragraph}\n\n{paragraph} Bantuan logistik tiba pagi ini.\n\n{paragraph} Air mulai surut.\n\nTags\n\nbanjir rob\nBPBD Surabaya\nLihat Semua\n\nKebijakan Privasi\n"
        );
        let text = normalize::normalize(&page, &Options::default()).expect("normalises");
        let lines = segment::segment(&text.text);
        let classified = super::classify(&lines);
        let rule_of = |t: &str| classified.decided[lines.iter().position(|l| l.text == t).expect("a line")].rule;
        assert_eq!(rule_of("banjir rob"), "tags.list_item");
        assert_eq!(rule_of("BPBD Surabaya"), "tags.list_item");
        assert_ne!(rule_of("Lihat Semua"), "tags.list_item", "a 'see all' link ends the list");
        assert_ne!(rule_of("Politik"), "tags.list_item", "a menu's 'Topik' above the article heads links, not tags");
    }

    #[test]
    fn stored_weights_match_the_features_the_code_computes() {
        // Retrain with `cargo run --release --example train -- --write` when this fails.
        let models = [
            ("BODY", &weights::BODY, &super::body::FEATURE_NAMES[..]),
            ("TITLE", &weights::TITLE, &super::title::FEATURE_NAMES[..]),
            ("DATE", &weights::DATE, &super::date::FEATURE_NAMES[..]),
            ("AUTHOR", &weights::AUTHOR, &super::author::FEATURE_NAMES[..]),
        ];
        for (name, model, features) in models {
            assert_eq!(model.names().collect::<Vec<_>>(), features, "{name}: weights were trained on other features");
            if let crate::learn::Model::Linear(m) = model {
                assert_eq!(m.weights.len(), features.len(), "{name}");
            }
        }
    }
}
