//! The headline: a learned ranking of the candidate lines around the body's start.
//!
//! Candidates are the lines from [`WINDOW_ABOVE`] lines above the first body line
//! to [`WINDOW_BELOW`] below it that no boilerplate rule claimed. Each gets the
//! features below; [`crate::weights::TITLE`] scores them and the best one wins.

use super::Page;
use crate::chars::words;
use crate::lang;
use crate::learn::{Model, flag};
use crate::model::Label;
use crate::weights;
use rustc_hash::FxHashMap;

/// How many body lines the headline's words are looked for in.
const OVERLAP_LINES: usize = 30;

/// How far above the first body line a headline is looked for.
pub const WINDOW_ABOVE: usize = 80;
/// How far into the body (the run may have swallowed the headline).
pub const WINDOW_BELOW: usize = 60;

/// How far from a candidate a longer line holding it is looked for.
const INSIDE_RANGE: usize = 25;
/// How much longer than the candidate that line may be.
const INSIDE_EXTRA: usize = 200;

/// Number of features of a headline candidate.
pub const FEATURES: usize = 53;

/// Feature names, in order; the trainer and the weights file use them.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "first_body_line", "after_body_start", "dist_1", "dist_2_3", "dist_4_6", "dist_7_12", "dist_13_25",
    "dist_26_50", "dist_over_50", "below_1_3", "below_4_15", "below_far", "candidate_rank_inv", "page_position", "words_1_2", "words_3_5", "words_6_10",
    "words_11_16", "words_17_25", "words_over_25", "ends_period", "ends_question_or_bang", "ends_colon",
    "blank_around", "all_caps", "title_case_share", "digit_share", "stop_ratio", "prose", "has_site_separator",
    "quoted", "repeats", "inside_other_line", "body_overlap", "lead_overlap", "label_duplicate_or_markup",
    "label_other", "byline_or_date_below", "prose_below", "short_lines_above", "heading_like_below",
    "heading_like_above", "ends_ellipsis", "prefix_of_other", "shorter_than_below", "less_prose_than_below",
    "longer_than_above", "more_prose_than_above", "short_heading_above", "long_heading_above",
    "short_heading_below", "long_heading_below", "dated_line_below",
];

/// One candidate line and its features.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub line: usize,
    pub features: [f32; FEATURES],
}

/// Labels a boilerplate rule gives that rule a line out as a headline.
fn excluded(label: Option<Label>) -> bool {
    matches!(
        label,
        Some(
            Label::Date
                | Label::PageDate
                | Label::Byline
                | Label::Related
                | Label::Share
                | Label::Advertisement
                | Label::Prompt
                | Label::Comments
                | Label::Footer
                | Label::Tags
                | Label::Caption
        )
    )
}

/// The headline candidates of a page, nearest the body first.
pub fn candidates(page: &Page<'_>) -> Vec<Candidate> {
    let n = page.lines.len();
    let first_body = page.body.first().copied().unwrap_or(n);
    let lo = first_body.saturating_sub(WINDOW_ABOVE);
    let hi = (first_body + WINDOW_BELOW + 1).min(n);
    // Short lines holding a date, looked up once for the window and the lines below it.
    let dated: Vec<bool> = (lo..(hi + 5).min(n)).map(|j| page.shapes[j].chars < 150 && has_date(page, j)).collect();
    let is_dated = |j: usize| j >= lo && dated.get(j - lo).copied().unwrap_or(false);
    let lines: Vec<usize> = (lo..hi)
        .rev()
        .filter(|&i| {
            let s = &page.shapes[i];
            // Past the body's first two lines, body lines are paragraphs and subheadings.
            let deep_in_body = page.label(i) == Some(Label::Body) && page.body.get(1).is_some_and(|&second| i > second);
            // A control of the page ("Close Alert", "Kontrast ändern") never heads it.
            let control = page.decided[i].is_some_and(|d| d.rule == "navigation.ui_control");
            !excluded(page.label(i)) && !control && !bare_breadcrumb(page, i) && !is_address(&page.lines[i].text) && s.words > 0 && s.chars <= 300 && !deep_in_body
        })
        .collect();
    let inside = inside_longer_lines(page, &lines, n);
    let known = candidate_words(page, &lines);
    let mut out = Vec::new();
    let mut rank = 0f32;
    for (k, &i) in lines.iter().enumerate() {
        let s = &page.shapes[i];
        let text = page.lines[i].text.as_str();
        let dist = first_body as i64 - i as i64;
        let words = s.words;
        let last = text.chars().last().unwrap_or(' ');
        let caps_words = text.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count();
        let digits = text.chars().filter(char::is_ascii_digit).count();
        let (overlap_body, overlap_lead) = overlaps(&page.lower[i], &known);
        let below = |j: usize| page.label(j).is_some_and(|l| matches!(l, Label::Byline | Label::Date));
        let short_above = (i.saturating_sub(10)..i).filter(|&j| page.shapes[j].words <= 3).count();
        let inside_other = inside[k];
        let heading_near = |range: std::ops::Range<usize>| range.filter(|&j| j < n).find(|&j| heading_like(page, j));
        let deck_below = heading_near(i + 1..i + 3);
        let heading_above = heading_near(i.saturating_sub(2)..i);
        let trimmed = text.trim_end_matches(['…', '.']);
        let prefix_of_other = (last == '…' || text.ends_with("...")) && page.lines[near_range(i, i + 1, n)]
            .iter()
            .any(|l| l.text.len() > trimmed.len() && l.text.starts_with(trimmed));
        let features = [
            flag(dist == 0),
            flag(dist < 0),
            flag(dist == 1),
            flag((2..=3).contains(&dist)),
            flag((4..=6).contains(&dist)),
            flag((7..=12).contains(&dist)),
            flag((13..=25).contains(&dist)),
            flag((26..=50).contains(&dist)),
            flag(dist > 50),
            flag((-3..=-1).contains(&dist)),
            flag((-15..=-4).contains(&dist)),
            flag(dist < -15),
            1.0 / (1.0 + rank),
            i as f32 / n.max(1) as f32,
            flag(words <= 2),
            flag((3..=5).contains(&words)),
            flag((6..=10).contains(&words)),
            flag((11..=16).contains(&words)),
            flag((17..=25).contains(&words)),
            flag(words > 25),
            flag(last == '.'),
            flag(matches!(last, '?' | '!')),
            flag(last == ':'),
            flag(page.lines[i].blank_before && page.lines[i].blank_after),
            flag(s.upper_ratio > 0.8),
            caps_words as f32 / words.max(1) as f32,
            digits as f32 / s.chars.max(1) as f32,
            s.stops as f32 / words.max(1) as f32,
            s.prose(),
            flag(text.contains(" | ") || text.contains(" - ") || text.contains(" – ") || text.contains(" — ")),
            flag(text.starts_with(['"', '“', '„', '«', '\''])),
            (page.repeats[i].saturating_sub(1)).min(3) as f32 / 3.0,
            flag(inside_other),
            overlap_body,
            overlap_lead,
            flag(matches!(page.label(i), Some(Label::Duplicate | Label::Markup))),
            flag(page.label(i).is_some_and(|l| !matches!(l, Label::Duplicate | Label::Markup | Label::Body))),
            flag((i + 1..(i + 4).min(n)).any(below)),
            flag(page.shapes.get(i + 1).is_some_and(|s| s.prose() >= 0.35)),
            short_above as f32 / 10.0,
            flag(deck_below.is_some()),
            flag(heading_above.is_some()),
            flag(last == '…' || text.ends_with("...")),
            flag(prefix_of_other),
            flag(deck_below.is_some_and(|j| page.shapes[j].words > words)),
            flag(deck_below.is_some_and(|j| page.shapes[j].prose() > s.prose())),
            flag(heading_above.is_some_and(|j| page.shapes[j].words < words)),
            flag(heading_above.is_some_and(|j| page.shapes[j].prose() < s.prose())),
            flag(heading_above.is_some_and(|j| page.shapes[j].words <= 4)),
            flag(heading_above.is_some_and(|j| page.shapes[j].words >= 5)),
            flag(deck_below.is_some_and(|j| page.shapes[j].words <= 4)),
            flag(deck_below.is_some_and(|j| page.shapes[j].words >= 5)),
            flag((i + 1..(i + 5).min(n)).any(is_dated)),
        ];
        out.push(Candidate { line: i, features });
        rank += 1.0;
    }
    out
}

/// A breadcrumb trail that does not end in a headline ("Start » Filme & Serien »
/// Schauspieler/innen"). One that does ("home / InfoStream / Eigentumsvorbehalt:
/// Das sollten Käufer wissen") stays a candidate: the metadata stage cuts the trail.
fn bare_breadcrumb(page: &Page<'_>, i: usize) -> bool {
    page.decided[i].is_some_and(|d| d.rule == "navigation.breadcrumb")
        && page.lines[i].text.rsplit(['»', '›', '>', '/']).next().is_none_or(|last| last.split_whitespace().count() < 4)
}

/// A web address alone on its line ("www.autoracing.com.br", "https://x.id/a"):
/// the site's name or a link, never a headline.
fn is_address(text: &str) -> bool {
    let bare = text.trim().trim_start_matches("https://").trim_start_matches("http://");
    let host = bare.split('/').next().unwrap_or("");
    !bare.contains(char::is_whitespace)
        && host.split('.').count() >= 2
        && host.split('.').all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && host.rsplit('.').next().is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()) && (2..=6).contains(&tld.len()))
}

/// For each candidate line, whether a longer line near it holds its text (case
/// aside): "1 Comment on <headline>", "<headline> - Site".
fn inside_longer_lines(page: &Page<'_>, lines: &[usize], n: usize) -> Vec<bool> {
    // A line's byte pairs are worked out once, when a comparison first needs
    // them: only lines of about a candidate's length ever do (not the
    // paragraphs of the body below).
    let lo = lines.iter().min().map_or(0, |&i| near_range(i, i + 1, n).start);
    let hi = lines.iter().max().map_or(0, |&i| near_range(i, i + 1, n).end);
    let mut pairs: Vec<Option<PairBits>> = vec![None; hi.saturating_sub(lo)];
    let mut pairs_of = |k: usize| -> PairBits { *pairs[k - lo].get_or_insert_with(|| PairBits::of(page.lower[k].as_bytes())) };
    let mut inside = Vec::with_capacity(lines.len());
    for &i in lines {
        let key = page.lower[i].as_str();
        let mut key_pairs = None;
        // Built for the first line that may hold the key: most have none near.
        let mut finder = None;
        let found = near_range(i, i + 1, n).any(|k| {
            let other = page.lower[k].as_str();
            k != i
                && other.len() > key.len()
                && other.len() <= key.len() + INSIDE_EXTRA
                && pairs_of(k).covers(key_pairs.get_or_insert_with(|| pairs_of(i)))
                && finder.get_or_insert_with(|| memchr::memmem::Finder::new(key)).find(other.as_bytes()).is_some()
        });
        inside.push(found);
    }
    inside
}

/// The pairs of adjacent bytes in a text, hashed into 256 bits. A text that
/// holds another holds all its pairs, so its bits cover the other's: a cheap
/// test that rules out most lines before a substring search.
#[derive(Clone, Copy)]
struct PairBits([u64; 4]);

impl PairBits {
    fn of(text: &[u8]) -> Self {
        let mut bits = [0u64; 4];
        for w in text.windows(2) {
            let h = (u32::from(w[0]).wrapping_mul(0x9E37_79B1) ^ u32::from(w[1]).wrapping_mul(0x85EB_CA6B)) >> 24;
            bits[(h >> 6) as usize] |= 1 << (h & 63);
        }
        PairBits(bits)
    }

    fn covers(&self, other: &PairBits) -> bool {
        self.0.iter().zip(&other.0).all(|(a, b)| a & b == *b)
    }
}

/// Lines near a candidate, where copies of the headline are looked for.
fn near_range(lo: usize, hi: usize, n: usize) -> std::ops::Range<usize> {
    lo.saturating_sub(INSIDE_RANGE)..(hi + INSIDE_RANGE).min(n)
}

/// A line shaped like a headline or a deck: a few words, no rule label, not a
/// paragraph of prose.
fn heading_like(page: &Page<'_>, j: usize) -> bool {
    let s = &page.shapes[j];
    matches!(page.label(j), None | Some(Label::Duplicate | Label::Markup | Label::Section)) && (1..=30).contains(&s.words) && s.prose() < 0.8
}

fn has_date(page: &Page<'_>, i: usize) -> bool {
    page.lines[i].text.bytes().any(|b| b.is_ascii_digit()) && page.dates_in(i).iter().any(|f| f.date.is_some())
}

/// The headline's line, if any candidate stands.
pub fn pick(page: &Page<'_>) -> Option<usize> {
    pick_with(page, &weights::TITLE)
}

/// [`pick`] with a given model (the trainer tries its own).
pub fn pick_with(page: &Page<'_>, model: &Model) -> Option<usize> {
    let cands = candidates(page);
    let scores: Vec<f32> = cands.iter().map(|c| model.score(&c.features)).collect();
    let (best, best_score) = scores.iter().copied().enumerate().reduce(|a, b| if b.1 > a.1 { b } else { a })?;
    let line = cands[best].line;
    // A headline and its deck stand together, the headline first: when the
    // winner has a close rival on the line right above it that reads as its
    // headline, the upper line is the headline.
    let above = cands
        .iter()
        .zip(&scores)
        .find(|(c, s)| c.line + 1 == line && **s >= best_score - DECK_MARGIN && heads_deck(page, c.line, line));
    let line = above.map_or(line, |(c, _)| c.line);
    Some(whole_headline(page, line, cands.iter().map(|c| c.line)))
}

/// Whether the line `above` reads as the headline of the line `deck` right
/// under it: a phrase of four words or more, not a sentence ending in a full
/// stop, and shorter than the deck. A deck says more than its headline; when
/// the upper line is as long or longer, it is a kicker, a teaser or a tagline
/// over the headline ("Zweite Tarifrunde … beginnt am Montag" over "GdP-Vize:
/// Mangelnde Wertschätzung …"), not the headline over its deck. A line split
/// by a site separator (" | ") is a page title or a menu, not a headline set
/// over its deck.
fn heads_deck(page: &Page<'_>, above: usize, deck: usize) -> bool {
    let words = page.shapes[above].words;
    let text = page.lines[above].text.as_str();
    words >= 4 && words < page.shapes[deck].words && !text.ends_with('.') && !text.contains(" | ")
}

/// A teaser cut short ("Zach Parise heating up, scores twice as Wild…") stands
/// for the whole headline when one of the other candidate lines is it.
fn whole_headline(page: &Page<'_>, line: usize, mut candidates: impl Iterator<Item = usize>) -> usize {
    let text = page.lines[line].text.as_str();
    let cut_short = |t: &str| t.ends_with('…') || t.ends_with("...");
    let Some(cut) = text.strip_suffix('…').or_else(|| text.strip_suffix("...")).map(str::trim_end) else { return line };
    if cut.split_whitespace().count() < 3 {
        return line;
    }
    candidates
        .find(|&c| {
            let other = page.lines[c].text.as_str();
            c != line && other.len() > cut.len() + 1 && other.starts_with(cut) && !cut_short(other)
        })
        .unwrap_or(line)
}

/// How far below the winner's score a line just above it may score and still be the headline.
const DECK_MARGIN: f32 = 1.0;

/// What the headline's words are compared with: for each word of the
/// candidate lines, whether it is a content word (three letters or more, not
/// a stop word of the page's language), and whether it stands in the body's
/// first [`OVERLAP_LINES`] lines and in its first two (the lead).
#[derive(Clone, Copy, Default)]
struct Known {
    content: bool,
    in_body: bool,
    in_lead: bool,
}

/// [`Known`] for every word of the candidate lines. The body's words are only
/// looked up, never classed or stored: a body word the candidates lack cannot
/// count, and one they have is already classed.
fn candidate_words<'p>(page: &'p Page<'_>, lines: &[usize]) -> FxHashMap<&'p str, Known> {
    let mask = lang::stop_mask(page.language);
    let mut known: FxHashMap<&str, Known> = FxHashMap::with_capacity_and_hasher(lines.len() * 8, Default::default());
    for &i in lines {
        for w in words(&page.lower[i]) {
            known.entry(w).or_insert_with(|| Known { content: is_content_word(w, mask), ..Known::default() });
        }
    }
    for (k, &b) in page.body.iter().take(OVERLAP_LINES).enumerate() {
        for w in words(&page.lower[b]) {
            if let Some(entry) = known.get_mut(w) {
                entry.in_body = true;
                entry.in_lead |= k < 2;
            }
        }
    }
    known
}

fn is_content_word(w: &str, stop_mask: u32) -> bool {
    w.chars().nth(2).is_some() && lang::word_flags(w) & stop_mask == 0
}

/// Shares of a line's content words found in the body and in its first paragraphs.
fn overlaps(lower: &str, known: &FxHashMap<&str, Known>) -> (f32, f32) {
    let mut n = 0usize;
    let (mut in_body, mut in_lead) = (0usize, 0usize);
    for k in words(lower).filter_map(|w| known.get(w)).filter(|k| k.content) {
        n += 1;
        in_body += usize::from(k.in_body);
        in_lead += usize::from(k.in_lead);
    }
    if n == 0 { (0.0, 0.0) } else { (in_body as f32 / n as f32, in_lead as f32 / n as f32) }
}

/// The standfirst: the first prose line between the headline and the body.
pub fn find_lead(page: &Page<'_>, title: usize, first_body: usize) -> Option<usize> {
    (title + 1..first_body).find(|&i| page.decided[i].is_none() && page.shapes[i].words >= 8 && page.shapes[i].prose() >= 0.3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, normalize, segment};

    /// The line `whole_headline` makes of the line reading `teaser`, as text.
    fn completed(page_text: &str, teaser: &str) -> String {
        let text = normalize::normalize(page_text, &Options::default()).expect("normalises");
        let lines = segment::segment(&text.text);
        let page = Page::prepare(&lines);
        let at = page.lines.iter().position(|l| l.text == teaser).expect("the teaser is a line");
        page.lines[whole_headline(&page, at, 0..page.lines.len())].text.clone()
    }

    #[test]
    fn pair_bits_of_a_line_cover_every_part_of_it() {
        // Soundness: a substring's pairs are always covered, so the filter never
        // hides a copy of the headline.
        let line = "1 komentar untuk “menlu retno: 3.703 wni jadi korban tppo” – kompas.com";
        let whole = PairBits::of(line.as_bytes());
        let bytes = line.as_bytes();
        for a in 0..bytes.len() {
            for b in a..=bytes.len() {
                assert!(whole.covers(&PairBits::of(&bytes[a..b])), "{:?}", &bytes[a..b]);
            }
        }
        // And it rules out text that is not there.
        assert!(!PairBits::of(b"jadwal sholat").covers(&PairBits::of(b"menlu retno")));
    }

    #[test]
    fn a_teaser_cut_short_gives_way_to_the_whole_headline() {
        let page = "Trending\nHarbor bridge to close for repairs\nForward heating up, scores twice as Wild…\n\n\
                    Sports\n\nForward heating up, scores twice as Wild beat Sabres 4-1\n\nShare this:\n";
        let whole = "Forward heating up, scores twice as Wild beat Sabres 4-1";
        assert_eq!(completed(page, "Forward heating up, scores twice as Wild…"), whole);
        assert_eq!(completed(&page.replace('…', "..."), "Forward heating up, scores twice as Wild..."), whole);
        // Without the whole headline on the page, or with only another teaser, the line stays.
        let alone = "Trending\nForward heating up, scores twice as Wild…\nSports\nForward heating up, scores twice…\n";
        assert_eq!(completed(alone, "Forward heating up, scores twice as Wild…"), "Forward heating up, scores twice as Wild…");
        // Two words are too few to stand for a headline.
        assert_eq!(completed("Read more…\nRead more about it here\n", "Read more…"), "Read more…");
    }

    #[test]
    fn a_headline_is_shorter_than_its_deck() {
        let text = "Despite everything, emissions dipped in 2019\n\
                    Coal has been in a slow-motion slide over the past ten years, and it kept sliding\n\
                    Pay talks for state workers begin on Monday in the capital\n\
                    Union deputy: too little respect for public staff\n\
                    The club opened a new stand.\n\
                    Fans queued for hours to see the new stand open on a cold morning\n\
                    Best cheap homemade costumes | 2024\n\
                    Fifty costumes for adults to make on the cheap this Halloween\n";
        let text = normalize::normalize(text, &Options::default()).expect("normalises");
        let lines = segment::segment(&text.text);
        let page = Page::prepare(&lines);
        let at = |t: &str| page.lines.iter().position(|l| l.text.starts_with(t)).expect("a line");
        assert!(heads_deck(&page, at("Despite"), at("Coal")), "a short headline over its longer deck");
        assert!(!heads_deck(&page, at("Pay talks"), at("Union deputy")), "a longer line above is a kicker or a teaser");
        assert!(!heads_deck(&page, at("The club"), at("Fans")), "a sentence is no headline");
        assert!(!heads_deck(&page, at("Coal"), at("Pay talks")), "as long or longer is no headline over a deck");
        assert!(!heads_deck(&page, at("Best cheap"), at("Fifty")), "a page title with a site separator is no headline over a deck");
    }

    #[test]
    fn a_web_address_is_no_headline() {
        for address in ["www.autoracing.com.br", "https://www.kompas.com/read/2024/08/22/abc", "Suara.com", "detik.com"] {
            assert!(is_address(address), "{address}");
        }
        for line in ["Kompas.com - 22/08/2024, 10:32 WIB", "Rp1,25 triliun", "3.703 WNI", "Web 2.0", "U.S. border", "Indonesia Gandeng Kamboja"] {
            assert!(!is_address(line), "{line}");
        }
    }

    #[test]
    fn a_breadcrumb_is_a_headline_candidate_only_when_it_ends_in_one() {
        let text = "Start » Filme & Serien » Schauspieler/innen\nHome / InfoStream / Eigentumsvorbehalt: Das sollten Käufer wissen\n\
                    Die 25 erfolgreichsten Schauspieler aller Zeiten\n";
        let text = normalize::normalize(text, &Options::default()).expect("normalises");
        let lines = segment::segment(&text.text);
        let page = Page::prepare(&lines);
        assert!(bare_breadcrumb(&page, 0));
        assert!(!bare_breadcrumb(&page, 1));
        assert!(!bare_breadcrumb(&page, 2), "not a breadcrumb at all");
    }
}
