//! Dates in running text, resolved against the publication date.
//!
//! News rarely writes full dates in the body: "Rabu (21/8)", "16-19 Agustus
//! lalu", "kemarin", "pekan depan", "tahun lalu", "last Tuesday", "March 3". Each rule below is
//! a pattern with a resolver; the anchor is the publication date. Where a
//! weekday is written next to a day and month, the year is chosen so the
//! weekday agrees. Values are ISO 8601: a day (`2024-08-21`), a month
//! (`2024-11`), a year (`2023`), or an interval (`2024-08-16/2024-08-19`; a
//! week is Monday to Sunday).

use crate::dates::{Date, days_from_civil};
use regex::{Captures, Regex};
use std::cmp::Ordering;
use std::sync::LazyLock;

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFound {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    /// The ISO 8601 value.
    pub value: String,
    /// Id of the rule that read it.
    pub rule: &'static str,
}

/// A date rule: a pattern, how to resolve a match, and examples a test runs
/// against a publication date of Thursday 2024-08-22.
pub struct DateRule {
    pub id: &'static str,
    pub reason: &'static str,
    pattern: Regex,
    resolve: fn(&Captures<'_>, Option<Date>) -> Option<String>,
    /// (text, ISO value of its first match). Examples and negatives are compiled
    /// for the tests only, which keeps them out of the web page's worker.
    #[cfg(test)]
    pub examples: &'static [(&'static str, &'static str)],
    /// Texts in which the rule must find nothing.
    #[cfg(test)]
    pub negatives: &'static [&'static str],
}

/// Weekday names with their number (0 = Monday), lower-case: the Indonesian
/// ones first (`INDONESIAN_WEEKDAYS` of them), then the English.
static WEEKDAYS: &[(&str, u8)] = &[
    ("senin", 0), ("selasa", 1), ("rabu", 2), ("kamis", 3), ("jumat", 4), ("jum'at", 4), ("sabtu", 5), ("minggu", 6),
    ("ahad", 6), ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5),
    ("sunday", 6),
];

/// How many of `WEEKDAYS`, from the first, are Indonesian.
const INDONESIAN_WEEKDAYS: usize = 9;

/// Counts written as words, for "dua hari lalu" and "three days ago" (lower-case).
static COUNT_WORDS: &[(&str, u8)] = &[
    ("satu", 1), ("dua", 2), ("tiga", 3), ("empat", 4), ("lima", 5), ("enam", 6), ("tujuh", 7), ("delapan", 8),
    ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3),
    ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12),
];

/// Month names of the languages the entity stage reads, lower-case.
static MONTHS: &[(&str, u8)] = &[
    ("januari", 1), ("februari", 2), ("pebruari", 2), ("maret", 3), ("april", 4), ("mei", 5), ("juni", 6), ("juli", 7),
    ("agustus", 8), ("september", 9), ("oktober", 10), ("november", 11), ("nopember", 11), ("desember", 12),
    ("january", 1), ("february", 2), ("march", 3), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
    ("october", 10), ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("agu", 8), ("agt", 8), ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("oct", 10), ("nov", 11), ("des", 12),
    ("dec", 12),
];

fn alternation(names: &[(&str, u8)]) -> String {
    let mut v: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
    super::sort_by_key(&mut v, |n| std::cmp::Reverse(n.len()));
    v.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|")
}

fn lookup(names: &[(&str, u8)], word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase().replace('’', "'");
    names.iter().find(|(n, _)| *n == w).map(|(_, v)| *v)
}

/// The date rules, tried in order; a later rule never takes text an earlier one matched.
pub static RULES: LazyLock<Vec<DateRule>> = LazyLock::new(|| {
    let wd = alternation(WEEKDAYS);
    // Month names must start with a capital, so "mei" in lower-case prose is not read as a month.
    let month = format!(r"(?-i:\b(?:{})\b)", capitalised(MONTHS));
    // "lalu" and "mendatang" after a date say on which side of the publication date it is.
    // Only in lower case ("Lalu" is a Sasak title), and not "lalu lintas" (traffic).
    let tense_after = r"(?:\s+((?-i:lalu(?:\s+lintas)?|silam|kemarin|mendatang))\b)?";
    let rx = |p: String| Regex::new(&crate::entities::text::ascii_boundaries(&p)).expect("a date rule pattern compiles");
    vec![
        DateRule {
            id: "date.day_range",
            reason: "a range of days in one month: \"16-19 Agustus\", \"16 hingga 19 Agustus 2024\", \"August 16-19\"",
            pattern: rx(format!(r"(?i)(?:\b(\d{{1,2}})\s*(?:-|–|—|s\.?d\.?|hingga|sampai|to|until)\s*(\d{{1,2}})\s+({month})(?:\s+((?:19|20)\d\d))?\b|\b({month})\s+(\d{{1,2}})\s*(?:-|–|—|to)\s*(\d{{1,2}})(?:,\s*((?:19|20)\d\d))?\b){tense_after}")),
            resolve: |c, anchor| {
                let (a, b, m, y) = if c.get(1).is_some() { (c.get(1), c.get(2), c.get(3), c.get(4)) } else { (c.get(6), c.get(7), c.get(5), c.get(8)) };
                let (a, b, m) = (num(a)? as u32, num(b)? as u32, u32::from(lookup(MONTHS, m?.as_str())?));
                if a >= b {
                    return None;
                }
                let year = match num(y) {
                    Some(y) => y,
                    None => nearest_year(anchor?, m, a, None, tense(c.get(9)))?.year,
                };
                Some(format!("{}/{}", iso(Date::new(year, m, a)?), iso(Date::new(year, m, b)?)))
            },
            #[cfg(test)]
            examples: &[("pada 16-19 Agustus lalu", "2024-08-16/2024-08-19"), ("from August 20-23, 2025", "2025-08-20/2025-08-23"), ("3 hingga 5 Mei 2023", "2023-05-03/2023-05-05")],
            #[cfg(test)]
            negatives: &["skor 16-19 agustusan", "19-16 Agustus"],
        },
        DateRule {
            id: "date.full",
            reason: "a day, month name and year: \"22 Agustus 2024\", \"March 3, 2019\"",
            pattern: rx(format!(r"(?i)\b(\d{{1,2}})\s+({month})\.?,?\s+((?:19|20)\d\d)\b|\b({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s*((?:19|20)\d\d)\b")),
            resolve: |c, _| {
                let (d, m, y) = if c.get(1).is_some() { (c.get(1), c.get(2), c.get(3)) } else { (c.get(5), c.get(4), c.get(6)) };
                let date = Date::new(num(y)?, u32::from(lookup(MONTHS, m?.as_str())?), num(d)? as u32)?;
                Some(iso(date))
            },
            #[cfg(test)]
            examples: &[("pada 22 Agustus 2024 lalu", "2024-08-22"), ("on March 3, 2019,", "2019-03-03")],
            #[cfg(test)]
            negatives: &["22 agustusan 2024", "ke-22 dari 2024"],
        },
        DateRule {
            id: "date.weekday_day_month",
            reason: "a weekday and a numeric day/month in brackets, as Indonesian news dates events: \"Rabu (21/8)\"; the year is the one nearest the publication date in which the weekday agrees",
            pattern: rx(format!(r"(?i)\b({wd})\s*\(\s*(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*((?:19|20)?\d\d))?\s*\)")),
            resolve: |c, anchor| {
                let weekday = lookup(WEEKDAYS, c.get(1)?.as_str())?;
                let (d, m) = (num(c.get(2))? as u32, num(c.get(3))? as u32);
                if let Some(y) = num(c.get(4)) {
                    let y = if y < 100 { 2000 + y } else { y };
                    return Date::new(y, m, d).map(iso);
                }
                nearest_year(anchor?, m, d, Some(weekday), None).map(iso)
            },
            #[cfg(test)]
            examples: &[("pada Rabu (21/8) di Phnom Penh", "2024-08-21"), ("Kamis (22/8).", "2024-08-22"), ("Senin (30/12/2019)", "2019-12-30")],
            #[cfg(test)]
            negatives: &["Rabu (21)", "pasal (21/8)"],
        },
        DateRule {
            id: "date.day_month",
            reason: "a day and a month name without a year: \"21 Agustus\", \"March 3\"; the year is the one nearest the publication date",
            pattern: rx(format!(r"(?i)(?:\b(\d{{1,2}})\s+({month})\b|\b({month})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b){tense_after}")),
            resolve: |c, anchor| {
                let (d, m) = if c.get(1).is_some() { (c.get(1), c.get(2)) } else { (c.get(4), c.get(3)) };
                let (d, m) = (num(d)? as u32, u32::from(lookup(MONTHS, m?.as_str())?));
                nearest_year(anchor?, m, d, None, tense(c.get(5))).map(iso)
            },
            #[cfg(test)]
            examples: &[("sejak 17 Agustus", "2024-08-17"), ("on March 3 the", "2024-03-03"), ("pada 5 Januari", "2025-01-05"), ("pada 5 Januari lalu", "2024-01-05"), ("7 Agustus mendatang", "2025-08-07")],
            #[cfg(test)]
            negatives: &["5 mei", "32 Agustus"],
        },
        DateRule {
            id: "date.month_year",
            reason: "a month name with a year or a year word: \"November 2024\", \"Agustus tahun lalu\", \"November tahun ini\"",
            pattern: rx(format!(r"(?i)\b({month})\s+(?:((?:19|20)\d\d)\b|(tahun\s+(?:lalu|ini|depan)|(?:last|this|next)\s+year)\b)")),
            resolve: |c, anchor| {
                let m = lookup(MONTHS, c.get(1)?.as_str())?;
                let year = match (num(c.get(2)), c.get(3)) {
                    (Some(y), _) => y,
                    (None, Some(w)) => anchor?.year + relative_shift(w.as_str())?,
                    _ => return None,
                };
                Some(format!("{year:04}-{m:02}"))
            },
            #[cfg(test)]
            examples: &[("pada November tahun ini", "2024-11"), ("Januari 2020", "2020-01"), ("in March last year", "2023-03")],
            #[cfg(test)]
            negatives: &["november", "Mei tahun"],
        },
        DateRule {
            id: "date.month_tense",
            reason: "a month name said to be past or to come: \"Oktober lalu\", \"Maret mendatang\", \"last March\"; the nearest such month on that side of the publication date",
            pattern: rx(format!(r"(?i)\b(?:(last|next)\s+({month})((?-i:\s+\p{{Lu}}\p{{L}}*))?|({month})\s+((?-i:lalu(?:\s+lintas)?|silam|kemarin|mendatang)))\b")),
            resolve: |c, anchor| {
                let a = anchor?;
                // "last March Madness" names a tournament.
                if c.get(3).is_some() {
                    return None;
                }
                let m = i32::from(lookup(MONTHS, c.get(2).or(c.get(4))?.as_str())?);
                let word = c.get(1).or(c.get(5))?.as_str().to_lowercase();
                if word.ends_with("lintas") {
                    return None;
                }
                let now = i32::from(a.month);
                // "Maret lalu" written in March is this March; "last March" is a year before.
                let year = match word.as_str() {
                    "last" if m >= now => a.year - 1,
                    "next" if m <= now => a.year + 1,
                    "mendatang" if m < now => a.year + 1,
                    "lalu" | "silam" | "kemarin" if m > now => a.year - 1,
                    _ => a.year,
                };
                Some(format!("{year:04}-{m:02}"))
            },
            #[cfg(test)]
            examples: &[("sejak Oktober lalu", "2023-10"), ("awal Agustus lalu", "2024-08"), ("pada Maret mendatang", "2025-03"), ("last March was cold", "2024-03"), ("next August", "2025-08")],
            #[cfg(test)]
            negatives: &["Oktober", "oktober lalu", "Juli lalu lintas dialihkan", "the last March Madness", "Maret Lalu Muhammad"],
        },
        DateRule {
            id: "date.ago",
            reason: "a count of days, weeks, months or years before or after the publication date: \"dua hari lalu\", \"seminggu lalu\", \"tiga tahun silam\", \"dua pekan lagi\", \"three days ago\"",
            pattern: rx(format!(
                r"(?i)\b(?:(\d[\d.,]*|{count})\s+(hari|minggu|pekan|bulan|tahun|days?|weeks?|months?|years?)|se(hari|minggu|pekan|bulan|tahun))\s+(?-i:(?:yang\s+)?(lalu|silam|lagi)|(ago))\b(\s+lintas)?",
                count = alternation(COUNT_WORDS)
            )),
            resolve: |c, anchor| {
                let a = anchor?;
                // "dua hari lalu lintas ..." is traffic, not a date.
                if c.get(6).is_some() {
                    return None;
                }
                let count = match c.get(1) {
                    // "200,000 years ago" is no date of the calendar.
                    Some(n) => n.as_str().parse::<i32>().ok().filter(|n| *n < 1000).or_else(|| lookup(COUNT_WORDS, n.as_str()).map(i32::from))?,
                    None => 1,
                };
                let lower = c.get(2).or(c.get(3))?.as_str().to_lowercase();
                let unit = lower.trim_end_matches('s');
                let english = matches!(unit, "day" | "week" | "month" | "year");
                // English counts go back only with "ago", Indonesian ones with their own words.
                if english != c.get(5).is_some() {
                    return None;
                }
                let n = if c.get(4).is_some_and(|w| w.as_str() == "lagi") { count } else { -count };
                match unit {
                    "hari" | "day" => Some(iso(add_days(a, i64::from(n))?)),
                    "minggu" | "pekan" | "week" => Some(iso(add_days(a, 7 * i64::from(n))?)),
                    "bulan" | "month" => Some(month_from(a, n)),
                    _ => Some(format!("{:04}", a.year + n)),
                }
            },
            #[cfg(test)]
            examples: &[
                ("dua hari lalu", "2024-08-20"), ("dua tahun lalu", "2022"), ("seminggu lalu", "2024-08-15"), ("tiga tahun silam", "2021"),
                ("sejak 10 tahun yang lalu", "2014"), ("dua pekan lagi", "2024-09-05"), ("sebulan lalu", "2024-07"),
                ("three days ago", "2024-08-19"), ("a year ago", "2023"), ("2 months ago", "2024-06"),
            ],
            #[cfg(test)]
            negatives: &["beberapa hari lalu", "200,000 years ago", "1.500 tahun lalu", "dua jam lalu", "three days later", "dua hari ago", "two days lagi", "dua hari lalu lintas ditutup", "Dua hari Lalu"],
        },
        DateRule {
            id: "date.relative_year",
            reason: "a year named relative to the publication date: \"tahun lalu\", \"tahun depan\", \"last year\"",
            pattern: rx(r"(?i)\b(tahun\s+(?:lalu|ini|depan)|(?:last|this|next)\s+year)\b".to_string()),
            resolve: |c, anchor| Some(format!("{:04}", anchor?.year + relative_shift(c.get(1)?.as_str())?)),
            #[cfg(test)]
            examples: &[("tahun lalu saja", "2023"), ("next year", "2025"), ("Tahun ini", "2024")],
            #[cfg(test)]
            negatives: &["tahun-tahun lalu", "setahun lalu"],
        },
        DateRule {
            id: "date.relative_month",
            reason: "a month named relative to the publication date: \"bulan lalu\", \"next month\"",
            pattern: rx(r"(?i)\b(bulan\s+(?:lalu|ini|depan)|(?:last|this|next)\s+month)\b".to_string()),
            resolve: |c, anchor| {
                let a = anchor?;
                Some(month_from(a, relative_shift(c.get(1)?.as_str())?))
            },
            #[cfg(test)]
            examples: &[("bulan lalu", "2024-07"), ("next month", "2024-09")],
            #[cfg(test)]
            negatives: &["sebulan lalu"],
        },
        DateRule {
            id: "date.relative_week",
            reason: "a week named relative to the publication date, Monday to Sunday: \"pekan lalu\", \"minggu depan\", \"next week\"",
            pattern: rx(r"(?i)\b((?:pekan|minggu)\s+(?:lalu|ini|depan)|(?:last|this|next)\s+week)\b".to_string()),
            resolve: |c, anchor| {
                let a = anchor?;
                let shift = 7 * i64::from(relative_shift(c.get(1)?.as_str())?);
                let monday = add_days(a, shift - i64::from(a.weekday()))?;
                Some(format!("{}/{}", iso(monday), iso(add_days(monday, 6)?)))
            },
            #[cfg(test)]
            examples: &[("pekan lalu", "2024-08-12/2024-08-18"), ("Minggu depan rapat lagi", "2024-08-26/2024-09-01"), ("this week", "2024-08-19/2024-08-25")],
            #[cfg(test)]
            negatives: &["seminggu lalu", "minggu-minggu lalu", "sepekan depan"],
        },
        DateRule {
            id: "date.relative_day",
            reason: "a day named relative to the publication date: \"kemarin\", \"hari ini\", \"besok\", \"yesterday\"",
            pattern: rx(r"(?i)\b(kemarin\s+lusa|kemarin|hari\s+ini|besok|esok\s+hari|lusa|yesterday|today|tomorrow)\b".to_string()),
            resolve: |c, anchor| {
                let w = c.get(1)?.as_str().to_lowercase();
                let shift = match w.split_whitespace().collect::<Vec<_>>().join(" ").as_str() {
                    "kemarin lusa" => -2,
                    "kemarin" | "yesterday" => -1,
                    "hari ini" | "today" => 0,
                    "besok" | "esok hari" | "tomorrow" => 1,
                    "lusa" => 2,
                    _ => return None,
                };
                Some(iso(add_days(anchor?, shift)?))
            },
            #[cfg(test)]
            examples: &[("kemarin sore", "2024-08-21"), ("Hari ini", "2024-08-22"), ("tomorrow", "2024-08-23")],
            #[cfg(test)]
            negatives: &["kemarinnya", "hari-hari ini"],
        },
        DateRule {
            id: "date.weekday",
            reason: "a weekday alone is the nearest such day up to the publication date (\"pada Selasa\", \"last Tuesday\"), or after it with \"depan\"/\"next\"",
            pattern: rx(format!(r"(?i)\b(?:(last|next|this|pada|on|hari|sejak|since)\s+)?(?-i:({wd_cap}))\b(?:\s+(lalu|depan|mendatang))?(\s*,?\s*\d)?", wd_cap = capitalised(WEEKDAYS))),
            resolve: |c, anchor| {
                let a = anchor?;
                // "Senin, 16 Juni 2025": the weekday belongs to the full date after it.
                if c.get(4).is_some() {
                    return None;
                }
                let weekday = lookup(WEEKDAYS, c.get(2)?.as_str())?;
                let before = c.get(1).map(|m| m.as_str().to_lowercase()).unwrap_or_default();
                let after = c.get(3).map(|m| m.as_str().to_lowercase());
                let future = before == "next" || matches!(after.as_deref(), Some("depan" | "mendatang"));
                let back = i64::from((a.weekday() + 7 - weekday) % 7);
                let shift = if future {
                    let ahead = i64::from((weekday + 7 - a.weekday()) % 7);
                    if ahead == 0 { 7 } else { ahead }
                } else if before == "last" && back == 0 {
                    -7
                } else {
                    -back
                };
                Some(iso(add_days(a, shift)?))
            },
            #[cfg(test)]
            examples: &[("pada Selasa malam", "2024-08-20"), ("last Tuesday", "2024-08-20"), ("on Thursday", "2024-08-22"), ("Senin depan", "2024-08-26")],
            #[cfg(test)]
            negatives: &["pada minggu lalu", "Selasa (20/8)", "Senin, 16 Juni 2025"],
        },
        DateRule {
            id: "date.year",
            reason: "a year after a word that introduces one: \"pada 2019\", \"tahun 2020\", \"sejak 2015\", \"in 2019\"",
            pattern: rx(r"(?i)\b(?:pada|tahun|sejak|hingga|since|in|by|until)\s+((?:19|20)\d\d)\b([.,]\d)?".to_string()),
            // "pada 2019,5 ton" is a number with decimals, not a year.
            resolve: |c, _| if c.get(2).is_some() { None } else { Some(format!("{:04}", num(c.get(1))?)) },
            #[cfg(test)]
            examples: &[("sejak 2015 ", "2015"), ("in 2019.", "2019")],
            #[cfg(test)]
            negatives: &["pada 2019,5 ton", "tahun 1850"],
        },
    ]
});

fn capitalised(names: &[(&str, u8)]) -> String {
    let mut v: Vec<String> = names
        .iter()
        .filter(|(n, _)| n.chars().all(char::is_alphabetic))
        .map(|(n, _)| {
            let mut cs = n.chars();
            cs.next().map(|f| f.to_uppercase().collect::<String>() + cs.as_str()).unwrap_or_default()
        })
        .collect();
    super::sort_by_key(&mut v, |n| std::cmp::Reverse(n.len()));
    v.join("|")
}

fn num(m: Option<regex::Match<'_>>) -> Option<i32> {
    m?.as_str().parse().ok()
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// The side of the publication date that a word after a date names: "lalu"
/// before it, "mendatang" after it.
fn tense(word: Option<regex::Match<'_>>) -> Option<Ordering> {
    tense_word(word?.as_str())
}

fn tense_word(word: &str) -> Option<Ordering> {
    match word.to_lowercase().as_str() {
        "lalu" | "silam" | "kemarin" => Some(Ordering::Less),
        "mendatang" => Some(Ordering::Greater),
        _ => None,
    }
}

/// The step from the publication's own year, month or week that the words name:
/// -1 for "lalu" or "last", 1 for "depan" or "next", 0 for "ini" or "this".
fn relative_shift(words: &str) -> Option<i32> {
    let w = words.to_lowercase();
    if w.contains("lalu") || w.contains("last") {
        Some(-1)
    } else if w.contains("depan") || w.contains("next") {
        Some(1)
    } else if w.contains("ini") || w.contains("this") {
        Some(0)
    } else {
        None
    }
}

/// The ISO month `shift` months from the date's own ("2024-07" for -1 from August 2024).
fn month_from(d: Date, shift: i32) -> String {
    let months = d.year * 12 + i32::from(d.month) - 1 + shift;
    format!("{:04}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1)
}

fn add_days(d: Date, shift: i64) -> Option<Date> {
    let days = days_from_civil(d.year, u32::from(d.month), u32::from(d.day)) + shift;
    let (y, m, dd) = civil_from_days(days);
    Date::new(y, m, dd)
}

/// The inverse of [`days_from_civil`] (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (i32::try_from(y).unwrap_or(0), m, d)
}

/// The date with this month and day nearest the anchor (the year before, of, or
/// after it); with a weekday, the nearest whose weekday agrees, if any does.
fn nearest_year(anchor: Date, month: u32, day: u32, weekday: Option<u8>, tense: Option<Ordering>) -> Option<Date> {
    let a = days_from_civil(anchor.year, u32::from(anchor.month), u32::from(anchor.day));
    let day_of = |d: &Date| days_from_civil(d.year, u32::from(d.month), u32::from(d.day));
    let mut candidates: Vec<Date> = [anchor.year - 1, anchor.year, anchor.year + 1]
        .iter()
        .filter_map(|&y| Date::new(y, month, day))
        // "23 Maret lalu" is before the publication date, "7 Agustus mendatang" after it.
        .filter(|d| tense.is_none_or(|t| day_of(d).cmp(&a) != t.reverse()))
        .collect();
    super::sort_by_key(&mut candidates, |d| (days_from_civil(d.year, u32::from(d.month), u32::from(d.day)) - a).abs());
    match weekday {
        Some(w) => candidates.iter().find(|d| d.weekday() == w).copied().or(candidates.first().copied()),
        None => candidates.first().copied(),
    }
}

/// Every date expression in `text`, in text order, resolved against `anchor`
/// (the publication date). Without an anchor only dates with a year are kept.
pub fn find(text: &str, anchor: Option<Date>) -> Vec<DateFound> {
    let mut out: Vec<DateFound> = Vec::new();
    // The text each rule's matches took, before their mentions were trimmed: "5 Maret
    // kemarin" is one date, and "kemarin" is not read again.
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for rule in RULES.iter() {
        for c in rule.pattern.captures_iter(text) {
            let Some(whole) = c.get(0) else { continue };
            let end = whole.end();
            let start = whole.start();
            // "tahun-tahun lalu" is not "tahun lalu".
            if text[..start].ends_with('-') || taken.iter().any(|&(s, e)| s < end && start < e) {
                continue;
            }
            if let Some(value) = (rule.resolve)(&c, anchor) {
                taken.push((start, end));
                let (start, end) = trim_lead_word(text, rule.id, start, end);
                out.push(DateFound { start, end, value, rule: rule.id });
            }
        }
    }
    super::sort_by_key(&mut out, |d| d.start);
    out
}

/// The weekday rule matches its introducing word ("pada Selasa"); the mention is the weekday alone
/// except for "last"/"next", which are part of the expression. Other rules' mentions leave out
/// the word after them that says their tense ("lalu").
fn trim_lead_word(text: &str, rule: &str, start: usize, end: usize) -> (usize, usize) {
    if rule != "date.weekday" && rule != "date.year" {
        // The word after a date that says its side of the publication date is not
        // part of the mention: "16-19 Agustus lalu" mentions "16-19 Agustus".
        let dated = matches!(rule, "date.day_range" | "date.day_month" | "date.month_tense");
        let mut end = end;
        if dated {
            loop {
                let span = &text[start..end];
                let last = span.rsplit(char::is_whitespace).next().unwrap_or_default();
                if span.len() == last.len() || (tense_word(last).is_none() && last != "lintas") {
                    break;
                }
                end = start + span[..span.len() - last.len()].trim_end().len();
            }
        }
        return (start, end);
    }
    let span = &text[start..end];
    let lower = span.to_lowercase();
    if lower.starts_with("last") || lower.starts_with("next") || lower.starts_with("this") {
        return (start, end);
    }
    match span.find(char::is_whitespace).filter(|&i| !is_weekday_word(&span[..i])) {
        Some(i) => (start + i + span[i..].len() - span[i..].trim_start().len(), end),
        None => (start, end),
    }
}

/// Whether a word is a weekday name ("Thursday", "Kamis").
pub fn is_weekday_word(word: &str) -> bool {
    lookup(WEEKDAYS, word).is_some()
}

/// Whether a word is an Indonesian weekday name ("Senin", "Jum'at", "Ahad").
pub fn is_indonesian_weekday(word: &str) -> bool {
    lookup(&WEEKDAYS[..INDONESIAN_WEEKDAYS], word).is_some()
}

/// Whether a word is a month or weekday name (so "21 Agustus" is not a count of Agustus).
pub fn is_month_word(word: &str) -> bool {
    lookup(MONTHS, word).is_some() || lookup(WEEKDAYS, word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLISHED: Date = Date { year: 2024, month: 8, day: 22 };

    #[test]
    fn every_rule_reads_its_examples_and_not_its_negatives() {
        for rule in RULES.iter() {
            for (text, want) in rule.examples {
                let got = find(text, Some(PUBLISHED));
                let first = got.first().map(|d| (d.value.as_str(), d.rule));
                assert_eq!(first, Some((*want, rule.id)), "rule {} on {text:?}: {got:?}", rule.id);
            }
            for text in rule.negatives {
                let got: Vec<_> = find(text, Some(PUBLISHED)).into_iter().filter(|d| d.rule == rule.id).collect();
                assert!(got.is_empty(), "rule {} should not match {text:?}: {got:?}", rule.id);
            }
        }
    }

    #[test]
    fn weekday_chooses_the_year() {
        // 21/8 was a Wednesday in 2024; published in early January 2025, "Rabu (21/8)" is still 2024.
        let jan = Date { year: 2025, month: 1, day: 3 };
        assert_eq!(find("Rabu (21/8)", Some(jan))[0].value, "2024-08-21");
        // 30/12 was a Monday in 2024: published in January 2025, the nearest agreeing year.
        assert_eq!(find("Senin (30/12)", Some(jan))[0].value, "2024-12-30");
    }

    #[test]
    fn indonesian_weekdays_are_told_from_english_ones() {
        assert!(["Senin", "Jum'at", "jumat", "Minggu", "Ahad", "Sabtu."].iter().all(|w| is_indonesian_weekday(w)));
        assert!(!["Monday", "Sunday", "Maret", "Minggu-minggu"].iter().any(|w| is_indonesian_weekday(w)));
        assert!(is_weekday_word("Sunday") && is_weekday_word("Kamis"));
    }

    #[test]
    fn lalu_and_mendatang_choose_the_side_of_the_publication_date() {
        // Published 10 February 2025: the nearest 23 March is ahead, but "lalu" puts it behind.
        let feb = Date { year: 2025, month: 2, day: 10 };
        let values = |text: &str| find(text, Some(feb)).into_iter().map(|d| d.value).collect::<Vec<_>>();
        assert_eq!(values("pada 23 Maret lalu"), ["2024-03-23"]);
        assert_eq!(values("pada 23 Maret"), ["2025-03-23"]);
        assert_eq!(values("pada 5 Desember mendatang"), ["2025-12-05"]);
        assert_eq!(values("pada 5 Desember"), ["2024-12-05"]);
        assert_eq!(values("pada 1-3 Maret silam"), ["2024-03-01/2024-03-03"]);
        assert_eq!(values("sejak Maret lalu"), ["2024-03"]);
        assert_eq!(values("awal Februari lalu"), ["2025-02"]);
        // The tense word is read once, and "lalu lintas" is traffic.
        assert_eq!(values("pada 5 Februari kemarin"), ["2025-02-05"]);
        assert_eq!(values("Mulai 1 Maret lalu lintas dialihkan"), ["2025-03-01"]);
    }

    #[test]
    fn mentions_cover_the_expression() {
        let text = "dibahas pada Rabu (21/8) dan 16-19 Agustus lalu, tahun lalu, sejak Oktober lalu dan last March.";
        let got: Vec<&str> = find(text, Some(PUBLISHED)).iter().map(|d| &text[d.start..d.end]).collect();
        assert_eq!(got, ["Rabu (21/8)", "16-19 Agustus", "tahun lalu", "Oktober", "last March"]);
        // A weekday with no word before it keeps its name: "Senin depan", not "depan".
        let text = "Senin depan rapat lagi, pada Selasa juga, dan pekan depan.";
        let got: Vec<&str> = find(text, Some(PUBLISHED)).iter().map(|d| &text[d.start..d.end]).collect();
        assert_eq!(got, ["Senin depan", "Selasa", "pekan depan"]);
    }

    #[test]
    fn without_a_publication_date_only_absolute_dates() {
        let got = find("kemarin, 22 Agustus 2024, Rabu (21/8)", None);
        assert_eq!(got.iter().map(|d| d.value.as_str()).collect::<Vec<_>>(), ["2024-08-22"]);
    }

    #[test]
    fn calendar_round_trips() {
        for days in [-1000i64, 0, 19_000, 19_957, 30_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
