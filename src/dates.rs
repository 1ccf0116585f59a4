//! Finding and reading dates and times in a line of text, in many languages.
//!
//! [`find`] returns every date or time expression in a line with its byte span;
//! the metadata stage decides which one is the publication date.

use regex::Regex;
use std::sync::LazyLock;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// A date or time expression found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The date, when the expression has one.
    pub date: Option<Date>,
    /// The time of day, when the expression has one.
    pub time: Option<Time>,
    /// The UTC offset in minutes, when a zone is named.
    pub offset_minutes: Option<i32>,
    /// Byte span of the expression in the line.
    pub start: usize,
    pub end: usize,
}

/// A date with an optional time and zone, as published in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub date: Date,
    pub time: Option<Time>,
    pub offset_minutes: Option<i32>,
}

impl Stamp {
    /// ISO 8601: `2024-08-22`, `2024-08-22T10:32:00`, or `2024-08-22T10:32:00+07:00`.
    pub fn to_iso(&self) -> String {
        let d = self.date;
        let mut s = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
        if let Some(t) = self.time {
            s.push_str(&format!("T{:02}:{:02}:{:02}", t.hour, t.minute, t.second));
            if let Some(off) = self.offset_minutes {
                if off == 0 {
                    s.push_str("+00:00");
                } else {
                    let sign = if off < 0 { '-' } else { '+' };
                    s.push_str(&format!("{sign}{:02}:{:02}", off.abs() / 60, off.abs() % 60));
                }
            }
        }
        s
    }
}

impl Date {
    /// A date, if the numbers make one (years 1900 to 2199).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1900..=2199).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then(|| Date { year, month: month as u8, day: day as u8 })
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(&self) -> u8 {
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse.
        let days = days_from_civil(self.year, u32::from(self.month), u32::from(self.day));
        ((days + 3).rem_euclid(7)) as u8
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date.
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Month names and abbreviations, lower-case, with their month number.
pub static MONTHS: &[(&str, u8)] = &[
    // Indonesian
    ("januari", 1), ("februari", 2), ("pebruari", 2), ("maret", 3), ("april", 4), ("mei", 5), ("juni", 6),
    ("juli", 7), ("agustus", 8), ("september", 9), ("oktober", 10), ("november", 11), ("nopember", 11),
    ("desember", 12), ("agu", 8), ("okt", 10), ("des", 12), ("agt", 8), ("ags", 8), ("nop", 11),
    // English
    ("january", 1), ("february", 2), ("march", 3), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
    ("october", 10), ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6),
    ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    // German
    ("jänner", 1), ("februar", 2), ("märz", 3), ("mai", 5), ("dezember", 12), ("okt", 10), ("dez", 12),
    ("mrz", 3),
    // French
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("decembre", 12),
    // Spanish
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
    ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11),
    ("diciembre", 12),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("maio", 5), ("junho", 6), ("julho", 7),
    ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12),
    // Italian
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8),
    // Polish (genitive, as in dates)
    ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5), ("czerwca", 6),
    ("lipca", 7), ("sierpnia", 8), ("września", 9), ("października", 10), ("listopada", 11),
    ("grudnia", 12),
];

/// Zone abbreviations with their UTC offsets in minutes.
pub static ZONES: &[(&str, i32)] = &[
    ("WIB", 420), ("WITA", 480), ("WIT", 540), ("GMT", 0), ("UTC", 0), ("Z", 0), ("BST", 60),
    ("CET", 60), ("CEST", 120), ("MEZ", 60), ("MESZ", 120), ("EET", 120), ("EEST", 180),
    ("ET", -300), ("EST", -300), ("EDT", -240), ("CT", -360), ("CST", -360), ("CDT", -300),
    ("MT", -420), ("MST", -420), ("MDT", -360), ("PT", -480), ("PST", -480), ("PDT", -420),
    ("IST", 330), ("JST", 540), ("KST", 540), ("SGT", 480), ("MYT", 480), ("AEST", 600), ("AEDT", 660),
];

fn month_number(name: &str) -> Option<u8> {
    let lower = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

fn zone_offset(name: &str) -> Option<i32> {
    ZONES.iter().find(|(n, _)| *n == name).map(|(_, o)| *o)
}

static MONTH_ALT: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    // Longest first, so "juni" is not read as "jun".
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|")
});

static ZONE_ALT: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = ZONES.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?\b").unwrap()
});

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(\d{{1,2}})\.?\s*(?:de\s+)?({})\.?,?\s*(?:de\s+)?(\d{{4}})\b", *MONTH_ALT)).unwrap()
});

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", *MONTH_ALT)).unwrap()
});

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})\b").unwrap());

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})[:.](\d{{2}})(?::(\d{{2}}))?(?:\s*(a\.?m\.?|p\.?m\.?)(?:\W|$))?(?:\s*(?-i:({})\b))?(?:\s*(?:Uhr|h)\b)?",
        *ZONE_ALT
    ))
    .unwrap()
});

/// Every date and time expression in `line`, in order. A time that directly
/// follows a date (within a few characters) is merged into it.
pub fn find(line: &str) -> Vec<Found> {
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let mut dates: Vec<Found> = Vec::new();
    for c in ISO.captures_iter(line) {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let Some(date) = Date::new(num(1).unwrap_or(0) as i32, num(2).unwrap_or(0), num(3).unwrap_or(0)) else { continue };
        let time = match (num(4), num(5)) {
            (Some(h), Some(m)) => make_time(h, m, num(6).unwrap_or(0)),
            _ => None,
        };
        let offset_minutes = c.get(7).and_then(|m| parse_offset(m.as_str()));
        dates.push(Found { date: Some(date), time, offset_minutes, start: whole.start, end: whole.end });
    }
    for c in DAY_MONTH_YEAR.captures_iter(line) {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        let (Some(d), Some(m), Some(y)) = (c.get(1), c.get(2), c.get(3)) else { continue };
        let Some(month) = month_number(m.as_str()) else { continue };
        if let Some(date) = Date::new(y.as_str().parse().unwrap_or(0), u32::from(month), d.as_str().parse().unwrap_or(0)) {
            push_if_free(&mut dates, Found { date: Some(date), time: None, offset_minutes: None, start: whole.start, end: whole.end });
        }
    }
    for c in MONTH_DAY_YEAR.captures_iter(line) {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        let (Some(m), Some(d), Some(y)) = (c.get(1), c.get(2), c.get(3)) else { continue };
        let Some(month) = month_number(m.as_str()) else { continue };
        if let Some(date) = Date::new(y.as_str().parse().unwrap_or(0), u32::from(month), d.as_str().parse().unwrap_or(0)) {
            push_if_free(&mut dates, Found { date: Some(date), time: None, offset_minutes: None, start: whole.start, end: whole.end });
        }
    }
    for c in NUMERIC.captures_iter(line) {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        if c.get(2).map(|m| m.as_str()) != c.get(4).map(|m| m.as_str()) {
            continue;
        }
        let a: u32 = c.get(1).map_or(0, |m| m.as_str().parse().unwrap_or(0));
        let b: u32 = c.get(3).map_or(0, |m| m.as_str().parse().unwrap_or(0));
        let y: i32 = c.get(5).map_or(0, |m| m.as_str().parse().unwrap_or(0));
        // Day first, as in most of the world; month first only when day-first is impossible.
        if let Some(date) = Date::new(y, b, a).or_else(|| Date::new(y, a, b)) {
            push_if_free(&mut dates, Found { date: Some(date), time: None, offset_minutes: None, start: whole.start, end: whole.end });
        }
    }
    dates.sort_by_key(|f| f.start);
    let mut out: Vec<Found> = Vec::new();
    let mut times: Vec<Found> = Vec::new();
    for c in TIME.captures_iter(line) {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        if dates.iter().any(|d| d.start < whole.end && whole.start < d.end) {
            continue;
        }
        // "10.30" followed by more digits is a number, not a time.
        if line[whole.end..].starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let mut hour = num(1).unwrap_or(99);
        let ampm = c.get(4).map(|m| m.as_str().to_ascii_lowercase());
        let zone = c.get(5).and_then(|m| zone_offset(m.as_str()));
        let sep_is_colon = line[whole.start..].contains(':') && line[whole.start..whole.end].contains(':');
        if !sep_is_colon && ampm.is_none() && zone.is_none() && !line[whole.start..whole.end].contains('h') {
            // "10.32" alone is too often a number.
            continue;
        }
        if let Some(ap) = &ampm {
            if hour == 0 || hour > 12 {
                continue;
            }
            if ap.starts_with('p') && hour != 12 {
                hour += 12;
            } else if ap.starts_with('a') && hour == 12 {
                hour = 0;
            }
        }
        let Some(time) = make_time(hour, num(2).unwrap_or(99), num(3).unwrap_or(0)) else { continue };
        times.push(Found { date: None, time: Some(time), offset_minutes: zone, start: whole.start, end: whole.end });
    }
    let mut ti = times.into_iter().peekable();
    for mut d in dates {
        while let Some(t) = ti.peek() {
            if t.start < d.start {
                out.push(*t);
                ti.next();
            } else {
                break;
            }
        }
        if d.time.is_none() {
            if let Some(t) = ti.peek() {
                let gap = &line[d.end..t.start];
                if gap.len() <= 12 && is_date_time_glue(gap) {
                    d.time = t.time;
                    d.offset_minutes = t.offset_minutes;
                    d.end = t.end;
                    ti.next();
                }
            }
        }
        out.push(d);
    }
    out.extend(ti);
    out
}

/// Whether the text between a date and a time joins them: punctuation, or a word
/// such as "at", "um", "pukul".
fn is_date_time_glue(gap: &str) -> bool {
    let word = gap.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    word.is_empty() || ["at", "um", "à", "a las", "pukul", "pkl", "kl", "o", "alle", "om", "kell"].contains(&word.as_str())
}

fn push_if_free(found: &mut Vec<Found>, f: Found) {
    if !found.iter().any(|g| g.start < f.end && f.start < g.end) {
        found.push(f);
    }
}

fn make_time(h: u32, m: u32, s: u32) -> Option<Time> {
    (h < 24 && m < 60 && s < 60).then(|| Time { hour: h as u8, minute: m as u8, second: s as u8 })
}

fn parse_offset(s: &str) -> Option<i32> {
    if s == "Z" {
        return Some(0);
    }
    let sign = if s.starts_with('-') { -1 } else { 1 };
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let h: i32 = digits[..2].parse().ok()?;
    let m: i32 = digits[2..].parse().ok()?;
    Some(sign * (h * 60 + m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(line: &str) -> Vec<String> {
        find(line)
            .iter()
            .map(|f| match f.date {
                Some(date) => Stamp { date, time: f.time, offset_minutes: f.offset_minutes }.to_iso(),
                None => format!("time {:?} {:?}", f.time.map(|t| (t.hour, t.minute)), f.offset_minutes),
            })
            .collect()
    }

    #[test]
    fn reads_indonesian_dates() {
        assert_eq!(iso("22 Agustus 2024"), ["2024-08-22"]);
        assert_eq!(iso("Senin, 16 Juni 2025 |15:20 WIB"), ["2025-06-16T15:20:00+07:00"]);
        assert_eq!(iso("Diperbarui 18 Jun 2025, 14:05 WIB"), ["2025-06-18T14:05:00+07:00"]);
        assert_eq!(iso("Selasa, 16 Februari 2016 | 14:38 WIB"), ["2016-02-16T14:38:00+07:00"]);
        assert_eq!(iso("10:32 WIB"), ["time Some((10, 32)) Some(420)"]);
    }

    #[test]
    fn reads_english_and_iso_dates() {
        assert_eq!(iso("March 3, 2019 at 4:05 p.m. ET"), ["2019-03-03T16:05:00-05:00"]);
        assert_eq!(iso("Updated Nov. 19, 2019 8:21 am ET"), ["2019-11-19T08:21:00-05:00"]);
        assert_eq!(iso("2019-03-03"), ["2019-03-03"]);
        assert_eq!(iso("2019-03-03T10:00:00Z"), ["2019-03-03T10:00:00+00:00"]);
    }

    #[test]
    fn reads_other_languages() {
        assert_eq!(iso("3. März 2019, 14:05 Uhr"), ["2019-03-03T14:05:00"]);
        assert_eq!(iso("14 janvier 2020"), ["2020-01-14"]);
        assert_eq!(iso("12.05.2021"), ["2021-05-12"]);
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        assert!(find("Rp1,25 triliun dan 3.703 WNI").is_empty());
        assert!(find("31 Februari 2024").is_empty());
        assert!(find("the score was 10.32 points").is_empty());
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::new(2024, 8, 21).map(|d| d.weekday()), Some(2)); // Wednesday
        assert_eq!(Date::new(1970, 1, 1).map(|d| d.weekday()), Some(3)); // Thursday
    }
}
