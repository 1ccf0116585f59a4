//! The publication date: a learned ranking of every date on the page.
//!
//! Pages carry many dates: the header's "today", the article's publication and
//! update times, dates in the text, dates of comments and related articles. Each
//! dated expression outside the body's middle is a candidate with the features
//! below; [`crate::weights::DATE`] scores them and the best one wins.

use super::Page;
use crate::dates::{self, Found};
use crate::learn::{Model, flag};
use crate::model::Label;
use crate::weights;

/// How far after the body's end dates are still considered.
const AFTER_BODY: usize = 30;

/// Number of features of a date candidate.
pub const FEATURES: usize = 34;

/// Feature names, in order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "title_minus_1", "title_minus_2_3", "title_minus_4_8", "title_minus_far", "title_plus_1", "title_plus_2_3",
    "title_plus_4_8", "title_plus_9_20", "title_plus_far", "no_title", "before_body", "inside_body",
    "after_body", "after_body_distance", "date_only_line", "short_line", "long_line", "has_time", "has_zone",
    "published_word", "updated_word", "comment_words", "byline_line", "copyright_line", "latest_on_page",
    "earliest_on_page", "distinct_dates", "occurrences", "years_before_latest", "page_position",
    "first_candidate", "date_share_of_line", "has_weekday_or_month_word", "time_on_next_line",
];

/// A dated expression and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The line it is on.
    pub line: usize,
    /// The expression; its `date` is always set.
    pub found: Found,
    /// A time-only line right after a date without a time completes it.
    pub time: Option<(usize, Found)>,
    pub features: [f32; FEATURES],
}

/// Words before a date that say it is the publication date.
const PUBLISHED_WORDS: &[&str] = &[
    "published", "posted", "diterbitkan", "dipublikasikan", "terbit", "dimuat", "veröffentlicht", "erschienen",
    "publié", "publicado", "pubblicato", "opublikowano", "gepubliceerd", "publicerad", "publisert", "publiceret",
    "yayınlanma", "опубликовано", "created", "dibuat",
];

/// Words before a date that say it is an update.
const UPDATED_WORDS: &[&str] = &[
    "updated", "update", "modified", "diperbarui", "diupdate", "pembaruan", "aktualisiert", "aktualisierung",
    "geändert", "stand", "mis à jour", "mise à jour", "actualizado", "actualización", "aggiornato",
    "aktualizacja", "zaktualizowano", "bijgewerkt", "uppdaterad", "oppdatert", "opdateret", "güncelleme",
    "обновлено", "atualizado", "edited",
];

/// Words around a date that say it belongs to a comment.
const COMMENT_WORDS: &[&str] = &[
    "reply", "replies", "antworten", "antwort", "balas", "répondre", "responder", "rispondi", "odpowiedz",
    "says", "said", "schreibt", "sagt", "kommentar", "comment", "komentar", "commentaire",
];

/// Every date candidate of a page.
pub fn candidates(page: &Page<'_>, title: Option<usize>) -> Vec<Candidate> {
    let n = page.lines.len();
    let first_body = page.body.first().copied().unwrap_or(n);
    let last_body = page.body.last().copied().unwrap_or(0);
    let end = if page.body.is_empty() { n } else { (last_body + AFTER_BODY + 1).min(n) };
    let mut raw: Vec<(usize, Found)> = Vec::new();
    for i in 0..end {
        // Deep inside the body, dates are what the article talks about.
        let in_body = page.label(i) == Some(Label::Body);
        let body_pos = page.body.partition_point(|&b| b < i);
        if in_body && body_pos >= 2 && body_pos + 2 < page.body.len() {
            continue;
        }
        if page.shapes[i].chars > 400 {
            continue;
        }
        for &f in page.dates_in(i) {
            if f.date.is_some() {
                raw.push((i, f));
            }
        }
    }
    let all_dates: Vec<dates::Date> = raw.iter().filter_map(|(_, f)| f.date).collect();
    let latest = all_dates.iter().max().copied();
    let earliest = all_dates.iter().min().copied();
    // Occurrences of each date, counted once: counting per candidate was
    // quadratic on a page of many dates.
    let mut counts: std::collections::BTreeMap<dates::Date, usize> = std::collections::BTreeMap::new();
    for d in &all_dates {
        *counts.entry(*d).or_default() += 1;
    }
    let mut distinct = all_dates.clone();
    distinct.sort_unstable();
    distinct.dedup();

    raw.iter()
        .enumerate()
        .filter_map(|(k, &(i, found))| {
            let date = found.date?;
            let text = page.lines[i].text.as_str();
            // The words before the date back to the date before it on the
            // line: in "Published: <date> | Updated: <date>" the second is the update.
            let since = page.dates_in(i).iter().map(|f| f.end).filter(|&end| end <= found.start).max().unwrap_or(0);
            let lower_before = text[since..found.start].to_lowercase();
            let prev_line = if i > 0 { page.lower[i - 1].as_str() } else { "" };
            let near = |words: &[&str]| {
                words.iter().any(|w| lower_before.contains(w) || (prev_line.len() < 40 && prev_line.contains(w)))
            };
            let line_lower = page.lower[i].as_str();
            let time = if found.time.is_none() { time_on_next_line(page, i) } else { None };
            let dist = title.map(|t| i as i64 - t as i64);
            let d = |lo: i64, hi: i64| flag(dist.is_some_and(|x| (lo..=hi).contains(&x)));
            let occurrences = counts.get(&date).copied().unwrap_or(0);
            let years_back = latest.map_or(0, |l| l.year - date.year).clamp(0, 10);
            let s = &page.shapes[i];
            let features = [
                d(-1, -1),
                d(-3, -2),
                d(-8, -4),
                flag(dist.is_some_and(|x| x < -8)),
                d(1, 1),
                d(2, 3),
                d(4, 8),
                d(9, 20),
                flag(dist.is_some_and(|x| x > 20)),
                flag(title.is_none()),
                flag(i < first_body),
                flag(i >= first_body && i <= last_body),
                flag(!page.body.is_empty() && i > last_body),
                if i > last_body && !page.body.is_empty() { ((i - last_body) as f32 / 20.0).min(1.5) } else { 0.0 },
                flag(s.is_date),
                flag(s.words <= 8),
                flag(s.words > 20),
                flag(found.time.is_some() || time.is_some()),
                flag(found.offset_minutes.is_some() || time.is_some_and(|(_, t)| t.offset_minutes.is_some())),
                flag(near(PUBLISHED_WORDS)),
                flag(near(UPDATED_WORDS)),
                flag(COMMENT_WORDS.iter().any(|w| line_lower.contains(w))),
                flag(page.label(i) == Some(Label::Byline) || has_by_word(&lower_before)),
                flag(text.contains('©') || line_lower.contains("copyright")),
                flag(Some(date) == latest),
                flag(Some(date) == earliest),
                (distinct.len() as f32).ln_1p() / 3.0,
                (occurrences as f32).min(5.0) / 5.0,
                years_back as f32 / 10.0,
                i as f32 / n.max(1) as f32,
                flag(k == 0),
                (found.end - found.start) as f32 / text.len().max(1) as f32,
                flag(found.end - found.start > 12),
                flag(time.is_some()),
            ];
            Some(Candidate { line: i, found, time, features })
        })
        .collect()
}

/// The publication date, if the page shows any date.
pub fn pick(page: &Page<'_>, title: Option<usize>) -> Option<Candidate> {
    pick_with(page, title, &weights::DATE)
}

/// [`pick`] with a given model (the trainer tries its own).
pub fn pick_with(page: &Page<'_>, title: Option<usize>, model: &Model) -> Option<Candidate> {
    let mut cands = candidates(page, title);
    let mut best = model.best(cands.iter().map(|c| &c.features))?.0;
    // "Published: <date> | Updated: <date>": when the winner says it is an
    // update and a date on its line or the next says it is the publication,
    // that one is. (The ranker was trained on days, and an update on the day
    // of publication was as right as the publication.)
    let says = |c: &Candidate, feature: usize| c.features[feature] == 1.0;
    if says(&cands[best], UPDATED_WORD) {
        let line = cands[best].line;
        if let Some(published) = cands.iter().position(|c| c.line.abs_diff(line) <= 1 && says(c, PUBLISHED_WORD) && !says(c, UPDATED_WORD)) {
            best = published;
        }
    }
    Some(cands.swap_remove(best))
}

/// The feature saying a publication word stands before the date.
const PUBLISHED_WORD: usize = feature("published_word");
/// The feature saying an update word stands before the date.
const UPDATED_WORD: usize = feature("updated_word");

/// The index of a feature in [`FEATURE_NAMES`], found when compiling (a
/// missing name stops the build).
const fn feature(name: &str) -> usize {
    let mut i = 0;
    while i < FEATURES {
        let (a, b) = (FEATURE_NAMES[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no such date feature")
}

fn has_by_word(before: &str) -> bool {
    before.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "by" | "von" | "oleh" | "par" | "por" | "di" | "av" | "door"))
}

/// A line after `i` holding only a time.
fn time_on_next_line(page: &Page<'_>, i: usize) -> Option<(usize, Found)> {
    let j = i + 1;
    if !page.shapes.get(j)?.is_date {
        return None;
    }
    match page.dates_in(j) {
        [f] if f.date.is_none() && f.time.is_some() => Some((j, *f)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publication_date_beside_an_update_is_the_publication_date() {
        for (line, hour) in [
            ("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm", 20),
            ("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", 8),
        ] {
            let page = format!(
                "News\nCity council votes to widen the river walk\n\nBy Jane Roe\n{line}\n\n\
                The city council voted on Tuesday to widen the river walk, a plan that has been debated for three years by residents and shop owners.\n\n\
                The work will start in the spring and should take about eighteen months, the mayor said after the vote in the council chamber.\n\n\
                Residents who opposed the plan said they would keep asking the council to protect the old trees along the water.\n"
            );
            let text = crate::normalize::normalize(&page, &crate::Options::default()).expect("normalises");
            let lines = crate::segment::segment(&text.text);
            let page = Page::prepare(&lines);
            let title = super::super::title::pick(&page);
            let picked = pick(&page, title).expect("a date");
            assert_eq!(picked.found.time.map(|t| t.hour), Some(hour), "{line}");
            // Even when the ranker likes updates best.
            static WEIGHTS: [f32; FEATURES] = {
                let mut w = [0.0; FEATURES];
                w[UPDATED_WORD] = 1.0;
                w
            };
            static LIKES_UPDATES: crate::learn::Linear = crate::learn::Linear { names: "", weights: &WEIGHTS, bias: 0.0 };
            let picked = pick_with(&page, title, &Model::Linear(&LIKES_UPDATES)).expect("a date");
            assert_eq!(picked.found.time.map(|t| t.hour), Some(hour), "{line}");
        }
    }
}
