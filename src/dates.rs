//! Finding and reading dates and times in a line of text, in many languages.
//!
//! [`find`] returns every full date (day, month and year) and every time of day
//! in a line, with its byte span; the metadata stage decides which one is the
//! publication date. [`find_partial`] returns day-month dates without a year
//! ("Rabu (21/8)", "16-19 Agustus", "March 3"), which only a stage that knows the
//! article's date can complete.
//!
//! # How it reads
//! Every date or time has digits, so a line without an ASCII digit costs one
//! byte scan. Otherwise the line is walked once, digit run by digit run, and the
//! [`FORMS`] are tried at each run in table order; the first that reads wins and
//! the walk goes on after it. A time right after a date (or right before it) is
//! joined to it: "Senin, 16 Juni 2025 | 15:20 WIB" is one [`Found`]. No regex is
//! involved, so there is nothing to compile at first use.
//!
//! # What it does not read
//! - Relative dates ("3 hours ago", "2 jam yang lalu", "kemarin"): they need the
//!   day of writing, which a line does not give. [`find`] returns nothing for
//!   them; [`RELATIVE_DAYS`] lists the words for the stage that knows the day.
//! - Numbers that are not dates: prices ("Rp1,25 triliun"), counts ("3.703 WNI"),
//!   scores ("2:1"), versions ("Version 1.12.19"), "9/11". Each form lists such
//!   lines among its `rejects`, and a test runs them.
//!
//! - Bare times that are as often something else: "3:16" (a verse), "9.30" (a
//!   number), "18h" (a duration), "02:57 Min." (a video's length). A bare time
//!   counts only when a date is beside it; a time with two-digit hours and a
//!   colon, or with a zone, "Uhr" or am/pm, counts alone.
//!
//! # Ambiguous numeric dates
//! "03/04/2019" is read day first, as in most of the world, unless day first is
//! impossible ("11/20/2019") or a weekday name before it agrees only with month
//! first. Dotted dates are always day first. [`day_order`] tells from a whole
//! page whether it writes month first ("11/20/2019" elsewhere on it), and
//! [`find_with`] then reads its ambiguous dates that way.
//!
//! # For the stage that resolves dates in the text
//! [`find_partial`] and [`Partial::resolve`] complete "Rabu (21/8)" or
//! "16-19 Agustus" against the article's date; [`weekday_number`] and
//! [`WEEKDAYS`] read "Selasa lalu" or "last Tuesday"; [`RELATIVE_DAYS`] and
//! [`Date::add_days`] read "kemarin"; [`month_number`] reads a month name alone.

mod names;

pub use names::{MONTHS, month_names, RELATIVE_DAYS, WEEKDAYS, Weekdays, ZONES};

use rustc_hash::FxHashMap as HashMap;
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
    /// The UTC offset in minutes, when a zone or an offset is written.
    pub offset_minutes: Option<i32>,
    /// Byte span of the expression in the line.
    pub start: usize,
    pub end: usize,
    /// The id of the [`Form`] that read it (the date's form when a time was joined to it).
    pub rule: &'static str,
}

/// A date with an optional time and zone, as published in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub date: Date,
    pub time: Option<Time>,
    pub offset_minutes: Option<i32>,
}

/// How to read a numeric date whose first two numbers could each be the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DayOrder {
    /// "03/04/2019" is 3 April: most of the world, Indonesian and European pages.
    #[default]
    DayFirst,
    /// "03/04/2019" is March 4: pages written the US way.
    MonthFirst,
}

/// A day and month without a year, found by [`find_partial`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partial {
    pub day: u8,
    pub month: u8,
    /// The last day of a range such as "16-19 Agustus".
    pub last_day: Option<u8>,
    /// The weekday named with it (0 = Monday), as in "Rabu (21/8)".
    pub weekday: Option<u8>,
    /// Byte span of the expression in the line.
    pub start: usize,
    pub end: usize,
}

/// One way of writing a date or a time. The forms are data: [`FORMS`] lists them
/// in the order they are tried, and a test runs every example and reject.
pub struct Form {
    /// Stable id, also carried by each [`Found`] the form reads.
    pub id: &'static str,
    /// How the form is written, in words.
    pub reason: &'static str,
    /// Reads the form at the start of a digit run, or gives up.
    read: fn(&Scan<'_>, usize) -> Option<Hit>,
    /// Lines with what [`find`] must return for them, rendered by [`Found::to_iso`]
    /// and joined by " | ". Examples and rejects are compiled for the tests only,
    /// which keeps them out of the web page's worker.
    #[cfg(test)]
    pub examples: &'static [(&'static str, &'static str)],
    /// Lines for which [`find`] must return nothing.
    #[cfg(test)]
    pub rejects: &'static [&'static str],
}

impl Stamp {
    /// ISO 8601: `2024-08-22`, `2024-08-22T10:32:00`, or `2024-08-22T10:32:00+07:00`.
    pub fn to_iso(&self) -> String {
        let d = self.date;
        let mut s = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
        if let Some(t) = self.time {
            push_time(&mut s, t, self.offset_minutes);
        }
        s
    }
}

impl Found {
    /// The date, time and zone as a [`Stamp`], when a date was found.
    pub fn stamp(&self) -> Option<Stamp> {
        Some(Stamp { date: self.date?, time: self.time, offset_minutes: self.offset_minutes })
    }

    /// ISO 8601 as [`Stamp::to_iso`] writes it, or for a time alone
    /// `T10:32:00` / `T10:32:00+07:00`.
    pub fn to_iso(&self) -> String {
        match (self.stamp(), self.time) {
            (Some(stamp), _) => stamp.to_iso(),
            (None, Some(t)) => {
                let mut s = String::new();
                push_time(&mut s, t, self.offset_minutes);
                s
            }
            (None, None) => String::new(),
        }
    }
}

impl Partial {
    /// ISO 8601 for a date without a year, `--08-21`, or for a range of days
    /// `--08-16/--08-19`. The weekday is not written.
    pub fn to_iso(&self) -> String {
        let mut s = format!("--{:02}-{:02}", self.month, self.day);
        if let Some(last) = self.last_day {
            s.push_str(&format!("/--{:02}-{last:02}", self.month));
        }
        s
    }
}

impl Date {
    /// A date, if the numbers make one (years 1900 to 2199).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1900..=2199).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month: month as u8, day: day as u8 })
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    /// Days since 1970-01-01.
    pub fn days(&self) -> i64 {
        days_from_civil(self.year, u32::from(self.month), u32::from(self.day))
    }

    /// The date `n` days later (earlier when `n` is negative): "kemarin" is
    /// `published.add_days(-1)`. `None` outside the years [`Date::new`] accepts.
    pub fn add_days(&self, n: i64) -> Option<Date> {
        civil_from_days(self.days().checked_add(n)?)
    }
}

impl Stamp {
    /// The calendar date in UTC: the date as written when no time or zone is
    /// known, else the date at that instant in UTC ("2019-11-19T22:01:00-08:00"
    /// is 2019-11-20 in UTC).
    pub fn utc_date(&self) -> Date {
        let (Some(t), Some(off)) = (self.time, self.offset_minutes) else { return self.date };
        let minutes = i64::from(t.hour) * 60 + i64::from(t.minute) - i64::from(off);
        self.date.add_days(minutes.div_euclid(24 * 60)).unwrap_or(self.date)
    }
}

impl Partial {
    /// The first day the partial names, given `reference` (the article's
    /// date): "Rabu (21/8)" in an article of 2024-08-22 is 2024-08-21, "28
    /// Desember" in one of 2025-01-03 is 2024-12-28. News mostly looks back, so
    /// the year chosen puts the day within ten months before the reference or
    /// two months after it, nearest first; a named weekday that the day falls
    /// on in only one of the years wins over that. The last day of a range is in
    /// the same month: `Date::new(first.year, month, last_day)`.
    pub fn resolve(&self, reference: Date) -> Option<Date> {
        let candidates = (reference.year - 1..=reference.year + 1).filter_map(|y| Date::new(y, u32::from(self.month), u32::from(self.day)));
        candidates.min_by_key(|d| {
            let offset = d.days() - reference.days();
            (self.weekday.is_some_and(|w| d.weekday() != w), !(-305..=62).contains(&offset), offset.abs())
        })
    }
}

/// The date `days` days after 1970-01-01 (the inverse of [`days_from_civil`]),
/// if [`Date::new`] accepts it.
pub fn civil_from_days(days: i64) -> Option<Date> {
    let z = days.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(i32::try_from(year).ok()?, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
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

/// The month number (1 to 12) of a month name or abbreviation in any language of
/// [`MONTHS`], in any case, with or without a final dot: "Agustus", "Nov.", "MÄR".
pub fn month_number(name: &str) -> Option<u8> {
    lookup(&MONTH_INDEX, name.strip_suffix('.').unwrap_or(name))
}

/// The weekday number (0 = Monday) of a weekday name in any language of
/// [`WEEKDAYS`], in any case: "Rabu" = 2, "Tuesday" = 1, "Jum'at" = 4.
pub fn weekday_number(name: &str) -> Option<u8> {
    lookup(&WEEKDAY_INDEX, name.strip_suffix('.').unwrap_or(name))
}

/// Every full date and every time of day in `line`, in order, reading ambiguous
/// numeric dates day first. A time right after a date, or right before it, is
/// joined to it.
pub fn find(line: &str) -> Vec<Found> {
    find_with(line, DayOrder::DayFirst)
}

/// [`find`], reading ambiguous numeric dates in the given order.
pub fn find_with(line: &str, order: DayOrder) -> Vec<Found> {
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let hits = scan(line, order, FORMS);
    join(line, &hits)
}

/// The order a page writes its numeric dates in, from the dates on it that can
/// be read only one way: "11/20/2019" votes month first, "20/11/2019" day first.
/// Day first wins ties, and pages without such dates. Pass the result to
/// [`find_with`] for every line of the page.
pub fn day_order<'a>(lines: impl IntoIterator<Item = &'a str>) -> DayOrder {
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for line in lines {
        for f in find(line).iter().filter(|f| f.rule == "date.dmy_numeric") {
            let mut numbers = line[f.start..f.end].split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<u32>().ok());
            match (numbers.next(), numbers.next()) {
                (Some(a), Some(_)) if a > 12 => day_first += 1,
                (Some(_), Some(b)) if b > 12 => month_first += 1,
                _ => {}
            }
        }
    }
    if month_first > day_first { DayOrder::MonthFirst } else { DayOrder::DayFirst }
}

/// Day-month dates without a year in `line`: "Rabu (21/8)", "Senin, 21/8",
/// "16-19 Agustus", "3. März", "March 3", "Nov. 19". Full dates that [`find`]
/// reads are left out. The month name must be capitalised or a full name, so
/// that "the 5 may" is not read; a numeric day/month needs a weekday before it,
/// so that "9/11" and a score of "2/3" are not read.
pub fn find_partial(line: &str) -> Vec<Partial> {
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    // Both lists are in order: walk the full dates alongside the partial ones.
    let full: Vec<Found> = find(line).into_iter().filter(|f| f.date.is_some()).collect();
    let mut next_full = full.iter().peekable();
    let mut out = Vec::new();
    for h in scan(line, DayOrder::DayFirst, PARTIAL_FORMS) {
        let Some(p) = h.partial else { continue };
        while next_full.peek().is_some_and(|f| f.end <= p.start) {
            next_full.next();
        }
        if next_full.peek().is_none_or(|f| f.start >= p.end) {
            out.push(Partial { start: h.start, end: h.end, ..p });
        }
    }
    out
}

/// The forms [`find`] reads, in the order they are tried at each digit run.
pub static FORMS: &[Form] = &[
    Form {
        id: "date.iso",
        reason: "ISO 8601 and RFC 3339: year-month-day, with an optional time, fraction and offset",
        read: read_iso,
        #[cfg(test)]
        examples: &[
            ("2019-03-03", "2019-03-03"),
            ("2019-03-03T10:00:00+01:00", "2019-03-03T10:00:00+01:00"),
            ("datePublished 2023-11-08T21:56:18.000Z", "2023-11-08T21:56:18+00:00"),
            ("2025-06-04 02:37:08", "2025-06-04T02:37:08"),
            ("2019-03-03 10:00:00 +0100", "2019-03-03T10:00:00+01:00"),
            ("https://example.com/news/2022-05-11-fire", "2022-05-11"),
        ],
        #[cfg(test)]
        rejects: &["ISBN 978-2019-03-03", "2019-13-03", "2019-02-30", "tel. 2019-03-031"],
    },
    Form {
        id: "date.ymd_numeric",
        reason: "year first with slashes or dots, as in Japanese, Chinese and Korean pages and in URLs",
        read: read_ymd_numeric,
        #[cfg(test)]
        examples: &[
            ("2025/1/21 20:50", "2025-01-21T20:50:00"),
            ("公開日：2025/01/31 11:30", "2025-01-31T11:30:00"),
            ("2019.03.03.", "2019-03-03"),
            ("2019. 3. 3.", "2019-03-03"),
            ("/ambiente/2022/05/11/productor", "2022-05-11"),
        ],
        #[cfg(test)]
        rejects: &["2022/5/productor", "192.168.10.12", "2019/13/40"],
    },
    Form {
        id: "date.ymd_cjk",
        reason: "Japanese and Chinese 年月日 and Korean 년월일",
        read: read_ymd_cjk,
        #[cfg(test)]
        examples: &[("2019年3月3日", "2019-03-03"), ("2019년 3월 3일", "2019-03-03"), ("2020年1月2日 17:11", "2020-01-02T17:11:00")],
        #[cfg(test)]
        rejects: &["从2017年起", "2019年第24期"],
    },
    Form {
        id: "date.mdy_name",
        reason: "month name, day, year: English and US style (\"March 3, 2019\", \"Nov. 19, 2019\")",
        read: read_mdy_name,
        #[cfg(test)]
        examples: &[
            ("March 3, 2019 at 4:05 p.m. ET", "2019-03-03T16:05:00-05:00"),
            ("Updated Nov. 19, 2019 8:21 am ET", "2019-11-19T08:21:00-05:00"),
            ("November 19th, 2019", "2019-11-19"),
            ("Published December 23, 2024", "2024-12-23"),
            ("Jan 24 2022", "2022-01-24"),
            ("April 10, 20233 years ago", "2023-04-10"),
            ("November 21, 20250", "2025-11-21"),
            ("Updated 10:01 pm PST, Tuesday, November 19, 2019", "2019-11-19T22:01:00-08:00"),
            ("Shana Nys DambrotNovember 6, 2023", "2023-11-06"),
            ("2 minute readApril 25, 20232:26 PM GMT+2", "2023-04-25T14:26:00+02:00"),
        ],
        #[cfg(test)]
        rejects: &["May 2019", "Posted Nov 19", "March 32, 2019", "Mar 3, 1899", "McDonald 5, 2023", "MAYDAY 5, 2023"],
    },
    Form {
        id: "date.dmy_name",
        reason: "day, month name, year in most languages (\"22 Agustus 2024\", \"3. März 2019\", \"1er janvier 2020\", \"3 de marzo de 2019\")",
        read: read_dmy_name,
        #[cfg(test)]
        examples: &[
            ("22 Agustus 2024", "2024-08-22"),
            ("Senin, 16 Juni 2025 |15:20 WIB", "2025-06-16T15:20:00+07:00"),
            ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18T14:05:00+07:00"),
            ("Selasa, 16 Februari 2016 14.38 WIB", "2016-02-16T14:38:00+07:00"),
            ("Rabu, 21 Agustus 2024 pukul 10.32", "2024-08-21T10:32:00"),
            ("3. März 2019, 14:05 Uhr", "2019-03-03T14:05:00"),
            ("am 24. Januar 2022 um 15:47", "2022-01-24T15:47:00"),
            ("12. MÄR 2025 18:03", "2025-03-12T18:03:00"),
            ("le 14 janvier 2020 à 18h30", "2020-01-14T18:30:00"),
            ("1er janvier 2020", "2020-01-01"),
            ("le 3 mars 2019 à 9h", "2019-03-03T09:00:00"),
            ("Publicado el 21 de abril de 2022 a las 22:04h", "2022-04-21T22:04:00"),
            ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13:00"),
            ("1 stycznia 2020", "2020-01-01"),
            ("Текст: Лида Буслаева·11 октября 2018", "2018-10-11"),
            ("torsdag 8 januari 2026", "2026-01-08"),
            ("3rd of March, 2019", "2019-03-03"),
            ("03-Mar-2019", "2019-03-03"),
            ("Fagus-Werk Alfeld2. Oktober 2015 - 12:33", "2015-10-02T12:33:00"),
            ("3. April 20223. April 2022 by mady", "2022-04-03 | 2022-04-03"),
            ("Miðvikudagur, 16. apríl 2025", "2025-04-16"),
            ("16-19 Agustus 2024", "2024-08-19"),
            ("Updated20:49, 5 Aug 2024", "2024-08-05T20:49:00"),
        ],
        #[cfg(test)]
        rejects: &["31 Februari 2024", "3 Mars missions in 20", "Rp1,25 triliun dan 3.703 WNI", "the 5 may 2 be"],
    },
    Form {
        id: "date.dmy_numeric",
        reason: "day, month and year as numbers with dots, slashes or dashes (\"16/02/2016\", \"03.03.2019\", \"25.4.24\"); day first unless that is impossible",
        read: read_dmy_numeric,
        #[cfg(test)]
        examples: &[
            ("Kompas.com - 16/02/2016, 14:38 WIB", "2016-02-16T14:38:00+07:00"),
            ("03.03.2019, 14:05 Uhr", "2019-03-03T14:05:00"),
            ("14/01/2020 18h30", "2020-01-14T18:30:00"),
            ("Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57", "2024-07-03T18:24:00 | 2024-07-03T18:57:00"),
            ("Erstellt am 01.01.23 um 08:35", "2023-01-01T08:35:00"),
            ("25.4.24", "2024-04-25"),
            ("Horoscope for Wednesday, 11/20/19", "2019-11-20"),
            ("von Nadja Demel13.12.2022 - 08:13 Uhr", "2022-12-13T08:13:00"),
            ("24. 1. 2025 12:38", "2025-01-24T12:38:00"),
            ("Гость16:17 05.11.18", "2018-11-05T16:17:00"),
            ("Wednesday 04/03/2020", "2020-03-04"),
            ("17/11/201917/11/2019 ~ Cem Basman", "2019-11-17 | 2019-11-17"),
            ("Innlent | mbl | 11.2.2025 | 23:55 | Uppfært 12.2.2025 7:25", "2025-02-11T23:55:00 | 2025-02-12T07:25:00"),
        ],
        #[cfg(test)]
        rejects: &[
            "Version 1.12.19",
            "iOS 13.2.3",
            "v1.10.12",
            "192.168.1.1",
            "9/11",
            "Pasal 2.1.20",
            "Rp 12.500.000",
            "Tel. 0812-12-2019",
            "1.10.2019.5",
            "32.01.2020",
            "10.30.45",
        ],
    },
    Form {
        id: "time.clock",
        reason: "hours and minutes with a colon, or with a dot when a zone, \"Uhr\" or am/pm follows (\"10:32 WIB\", \"14.05 WIB\", \"4:05 p.m.\")",
        read: read_clock,
        #[cfg(test)]
        examples: &[
            ("10:32 WIB", "T10:32:00+07:00"),
            ("14.05 WITA", "T14:05:00+08:00"),
            ("20:15 Uhr", "T20:15:00"),
            ("9:21 Uhr", "T09:21:00"),
            ("11:30 am", "T11:30:00"),
            ("12:05 a.m. EDT", "T00:05:00-04:00"),
            ("10:00 GMT+7", "T10:00:00+07:00"),
            ("13:30 wib", "T13:30:00+07:00"),
            ("(10:00 UTC+05:30)", "T10:00:00+05:30"),
            ("Updated20:49", "T20:49:00"),
            ("08:00-10:00", "T08:00:00"),
        ],
        #[cfg(test)]
        rejects: &["Skor akhir 2:1", "the score was 10.32 points", "John 3:16", "Maßstab 1:25", "12:45.3 min", "+07:00", "99:00", "10.30 persen", "Video 02:57 Min.", "durasi 1:30:15 menit"],
    },
    Form {
        id: "time.french",
        reason: "French hours: \"18h30\", \"18 h 30\"; a bare \"18h\" only beside a date",
        read: read_french,
        #[cfg(test)]
        examples: &[("18h30", "T18:30:00"), ("à 18 h 30", "T18:30:00")],
        #[cfg(test)]
        rejects: &["2h30 de route", "24h", "18h"],
    },
    Form {
        id: "time.hour",
        reason: "an hour with am/pm or \"Uhr\": \"4 p.m. ET\", \"4pm\", \"14 Uhr\"",
        read: read_hour,
        #[cfg(test)]
        examples: &[("4 p.m. ET", "T16:00:00-05:00"), ("at 4pm", "T16:00:00"), ("ab 14 Uhr", "T14:00:00"), ("11 AM", "T11:00:00")],
        #[cfg(test)]
        rejects: &["die 3 am Ende", "13 pm", "Teil 3 am", "der CO2PM für Websites"],
    },
];

/// The forms [`find_partial`] reads: a weekday with a numeric day/month, a day
/// range with a month name, a day with a month name and a month name with a day.
pub static PARTIAL_FORMS: &[Form] = &[
    Form {
        id: "partial.weekday_numeric",
        reason: "a weekday and a numeric day/month, as Indonesian and German news write them: \"Rabu (21/8)\", \"Mi., 21.8.\"",
        read: read_partial_weekday_numeric,
        #[cfg(test)]
        examples: &[("Rabu (21/8) lalu", "--08-21"), ("pada Senin, 3/2, polisi", "--02-03"), ("Kamis (29/2)", "--02-29"), ("Mi., 21.8.", "--08-21")],
        #[cfg(test)]
        rejects: &["9/11", "skor 2/3", "Rabu (21/8/2024)", "Rabu (31/2)", "Senin 3.703 WNI"],
    },
    Form {
        id: "partial.month_day",
        reason: "a month name and a day without a year: \"March 3\", \"Nov. 19\"",
        read: read_partial_month_day,
        #[cfg(test)]
        examples: &[("Updated Nov 19, 6:55 AM", "--11-19"), ("on March 3rd", "--03-03"), ("Sept. 5", "--09-05")],
        #[cfg(test)]
        rejects: &["March 3, 2019", "May 2019", "Mar 3.5", "dec 3"],
    },
    Form {
        id: "partial.day_month",
        reason: "a day (or a range of days) and a month name without a year: \"16-19 Agustus\", \"3. März\"",
        read: read_partial_day_month,
        #[cfg(test)]
        examples: &[("16-19 Agustus", "--08-16/--08-19"), ("am 3. März", "--03-03"), ("le 14 janvier", "--01-14"), ("el 3 de marzo", "--03-03")],
        #[cfg(test)]
        rejects: &["22 Agustus 2024", "the 5 may", "30 Februari", "3 set"],
    },
];

/// What a form read, before times are joined to dates.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    date: Option<Date>,
    time: Option<Time>,
    offset: Option<i32>,
    /// A time too bare to stand alone ("9.30", "3:16", "18h"): kept only when it
    /// joins a date.
    weak: bool,
    partial: Option<Partial>,
    rule: &'static str,
}

impl Hit {
    fn date(start: usize, end: usize, date: Date) -> Hit {
        Hit { start, end, date: Some(date), time: None, offset: None, weak: false, partial: None, rule: "" }
    }
}

/// The line being read, and where the walk stands.
struct Scan<'a> {
    text: &'a str,
    b: &'a [u8],
    order: DayOrder,
    /// Where the previous read ended inside a digit run ("April 10, 20233 years":
    /// the year is 2023 and "3" starts afresh). A form may start there although a
    /// digit precedes it.
    glued: usize,
}

/// Walks the digit runs of `line` and tries `forms` at each.
fn scan(line: &str, order: DayOrder, forms: &[Form]) -> Vec<Hit> {
    let b = line.as_bytes();
    let mut s = Scan { text: line, b, order, glued: usize::MAX };
    let mut hits = Vec::new();
    let (mut i, mut last_end) = (0, 0);
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let glued = i > 0 && i == last_end && b[i - 1].is_ascii_digit();
        s.glued = if glued { i } else { usize::MAX };
        let hit = forms.iter().find_map(|f| (f.read)(&s, i).filter(|h| h.start >= last_end).map(|h| Hit { rule: f.id, ..h }));
        match hit {
            Some(h) => {
                last_end = h.end;
                i = h.end.max(i + 1);
                hits.push(h);
            }
            None => i += s.run(i),
        }
    }
    hits
}

/// Joins each date to the time right after it (or, failing that, right before
/// it), drops bare times that joined nothing, and turns hits into [`Found`]s.
fn join(line: &str, hits: &[Hit]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(hits.len());
    // Whether the last pushed item is a lone time that a date may still take.
    let mut lone_time_last = false;
    let mut k = 0;
    while k < hits.len() {
        let h = hits[k];
        k += 1;
        let mut f = Found { date: h.date, time: h.time, offset_minutes: h.offset, start: h.start, end: h.end, rule: h.rule };
        if h.date.is_none() {
            if !h.weak {
                out.push(f);
                lone_time_last = true;
            }
            continue;
        }
        if h.time.is_none() {
            let after = hits.get(k).filter(|t| t.date.is_none() && t.time.is_some() && gap_joins(&line[h.end..t.start], names::DATE_TIME_GLUE, false));
            if let Some(t) = after {
                f.time = t.time;
                f.offset_minutes = t.offset;
                f.end = t.end;
                k += 1;
            } else if let Some(prev) = out.last().copied().filter(|p| lone_time_last && gap_joins(&line[p.end..h.start], names::TIME_DATE_GLUE, true)) {
                out.pop();
                f.time = prev.time;
                f.offset_minutes = prev.offset_minutes;
                f.start = prev.start;
            }
        }
        if let (Some(date), Some(off)) = (f.date, f.offset_minutes)
            && generic_us_zone(&line[f.start..f.end])
            && us_daylight_saving(date, f.time)
        {
            f.offset_minutes = Some(off + 60);
        }
        out.push(f);
        lone_time_last = false;
    }
    out
}

/// Whether a date-time's text names its zone by a generic US name ("ET",
/// "CT", "MT", "PT"), which means daylight time in summer: "4:05 p.m. ET" in
/// June is -04:00. "EST" and "EDT" say which they mean.
fn generic_us_zone(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| matches!(w, "ET" | "CT" | "MT" | "PT"))
}

/// Whether US daylight saving time is in force at this local date and time:
/// from the second Sunday of March, 2 a.m., to the first Sunday of November,
/// 2 a.m. (the rule since 2007). Without a time the change day counts as its
/// afternoon.
fn us_daylight_saving(date: Date, time: Option<Time>) -> bool {
    let sunday = |month: u32, nth: u32| -> Option<Date> {
        let first = Date::new(date.year, month, 1)?;
        // 0 = Monday, so Sunday is 6.
        let to_sunday = (6 + 7 - i64::from(first.weekday())) % 7;
        first.add_days(to_sunday + 7 * (i64::from(nth) - 1))
    };
    let (Some(start), Some(end)) = (sunday(3, 2), sunday(11, 1)) else { return false };
    let after_two = time.is_none_or(|t| t.hour >= 2);
    (date > start || (date == start && after_two)) && (date < end || (date == end && !after_two))
}

/// Whether the text between a date and a time holds only punctuation, spaces and
/// joining words (and weekday names, when `weekdays`).
fn gap_joins(gap: &str, words: &[&str], weekdays: bool) -> bool {
    if gap.len() > 24 {
        return false;
    }
    gap.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).all(|w| {
        let lower = w.to_lowercase();
        !w.bytes().any(|b| b.is_ascii_digit()) && (words.contains(&lower.as_str()) || weekdays && weekday_number(&lower).is_some())
    }) && gap.chars().all(|c| c.is_alphanumeric() || c == '\'' || c.is_whitespace() || ",.|·•-–—/@():;".contains(c))
}

// ---------------------------------------------------------------------------
// The forms.

fn read_iso(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, true) {
        return None;
    }
    let (year, j) = s.number(i, 4, 4)?;
    let j = s.byte_is(j, b'-')?;
    let (month, j) = s.number(j, 1, 2)?;
    let j = s.byte_is(j, b'-')?;
    let (day, j) = s.number(j, 1, 2)?;
    if s.digit(j) {
        return None;
    }
    let mut hit = Hit::date(i, j, Date::new(year as i32, month, day)?);
    // A time joined by "T" or a space, with an optional fraction and offset.
    if let Some(c) = s.byte_is(j, b'T').or_else(|| s.byte_is(j, b' ')).and_then(|k| s.clock(k)).filter(|c| c.colon && c.hour_digits == 2) {
        let mut end = c.end;
        if let Some(k) = s.byte_is(end, b'.').or_else(|| s.byte_is(end, b',')).filter(|&k| s.digit(k)) {
            end = k + s.run(k);
        }
        let (offset, end) = match s.byte_is(end, b'Z') {
            Some(k) if !s.letter_at(k) => (Some(0), k),
            _ => match s.offset(s.spaces(end)) {
                Some((off, k)) => (Some(off), k),
                None => (None, end),
            },
        };
        hit.time = make_time(c.hour, c.minute, c.second);
        if hit.time.is_some() {
            hit.offset = offset;
            hit.end = end;
        }
    }
    Some(hit)
}

fn read_ymd_numeric(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, true) {
        return None;
    }
    let (year, j) = s.number(i, 4, 4)?;
    let sep = *s.b.get(j).filter(|&&c| c == b'/' || c == b'.')?;
    let j = s.spaces(j + 1);
    let (month, j) = s.number(j, 1, 2)?;
    let j = s.spaces(s.byte_is(j, sep)?);
    let (day, mut end) = s.number(j, 1, 2)?;
    if !s.right_ok(end) {
        return None;
    }
    if sep == b'.' && s.byte_is(end, b'.').is_some() {
        end += 1;
    }
    Some(Hit::date(i, end, Date::new(year as i32, month, day)?))
}

fn read_ymd_cjk(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, false) {
        return None;
    }
    let (year, j) = s.number(i, 4, 4)?;
    let j = s.spaces(s.one_of(s.spaces(j), &["年", "년"])?);
    let (month, j) = s.number(j, 1, 2)?;
    let j = s.spaces(s.one_of(s.spaces(j), &["月", "월"])?);
    let (day, j) = s.number(j, 1, 2)?;
    let end = s.one_of(s.spaces(j), &["日", "일"])?;
    Some(Hit::date(i, end, Date::new(year as i32, month, day)?))
}

fn read_mdy_name(s: &Scan<'_>, i: usize) -> Option<Hit> {
    // The month name ends just before the day: "Nov. 19", "March 3", "September19".
    let mut k = s.spaces_back(i);
    if k > 0 && s.b[k - 1] == b'.' {
        k -= 1;
    }
    let word = s.word_ending(k);
    // A month name glued to the word before it ("Shana Nys DambrotNovember 6,
    // 2023", "Lesotho TimesMarch 24, 2023": a byline and its date in a text
    // dump that lost the space between them).
    let (word, month) = match month_number(word) {
        Some(month) => (word, month),
        None => glued_tail(word).and_then(|tail| Some((tail, month_number(tail)?)))?,
    };
    let start = k - word.len();
    let (day, j) = s.number(i, 1, 2)?;
    let j = s.suffix_word(j, &["st", "nd", "rd", "th"]).unwrap_or(j);
    let after_day = j;
    let j = s.byte_is(j, b',').unwrap_or(j);
    let j = s.spaces(j);
    if j == after_day {
        return None;
    }
    let (year, end) = s.year(j, true)?;
    Some(Hit::date(start, end, Date::new(year, u32::from(month), day)?))
}

/// The capitalised end of a word glued to the one before it: "November" in
/// "DambrotNovember" (a lower-case letter, then a capital).
fn glued_tail(word: &str) -> Option<&str> {
    let mut tail = None;
    let mut previous_lower = false;
    for (at, c) in word.char_indices() {
        if previous_lower && c.is_uppercase() {
            tail = Some(&word[at..]);
        }
        previous_lower = c.is_lowercase();
    }
    tail
}

fn read_dmy_name(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, false) {
        return None;
    }
    let (day, j) = s.number(i, 1, 2)?;
    let j = s.ordinal(j);
    // "03-Mar-2019" and "03/Mar/2019" repeat their separator before the year.
    let dash = s.b.get(j).copied().filter(|&c| c == b'-' || c == b'/');
    let j = s.spaces(dash.map_or(j, |_| j + 1));
    let j = s.suffix_word(j, &["de", "of"]).map_or(j, |k| s.spaces(k));
    let word = s.word(j);
    let month = month_number(word)?;
    let mut j = j + word.len();
    j = s.byte_is(j, b'.').unwrap_or(j);
    if let Some(sep) = dash {
        j = s.byte_is(j, sep)?;
    } else {
        j = s.spaces(s.byte_is(j, b',').unwrap_or(j));
        j = s.suffix_word(j, &["de", "del"]).map_or(j, |k| s.spaces(k));
    }
    let (year, end) = s.year(j, true)?;
    Some(Hit::date(i, end, Date::new(year, u32::from(month), day)?))
}

fn read_dmy_numeric(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, true) {
        return None;
    }
    let (a, j) = s.number(i, 1, 2)?;
    let sep = *s.b.get(j).filter(|&&c| c == b'.' || c == b'/' || c == b'-')?;
    // "24. 1. 2025": Czech and Slovak put a space after each dot.
    let spaced = sep == b'.' && s.byte_is(j + 1, b' ').is_some();
    let j = if spaced { j + 2 } else { j + 1 };
    let (b, j) = s.number(j, 1, 2)?;
    let j = s.byte_is(j, sep)?;
    let j = if spaced { s.byte_is(j, b' ')? } else { j };
    let (year, end) = match s.run(j) {
        4 => (s.number(j, 4, 4)?.0 as i32, j + 4),
        // "17/11/201917/11/2019": the same date twice with the space lost.
        n @ 5..=6 if s.byte_is(j + n, sep).is_some() => s.year(j, true)?,
        2 if !spaced && s.two_digit_year_ok(i) => {
            let yy = s.number(j, 2, 2)?.0 as i32;
            (if yy < 70 { 2000 + yy } else { 1900 + yy }, j + 2)
        }
        _ => return None,
    };
    if !s.right_ok(end) && s.run(j) <= 4 {
        return None;
    }
    let day_first = Date::new(year, b, a);
    // Dots are never written month first; slashes and dashes are, in the US.
    let month_first = if sep == b'.' { None } else { Date::new(year, a, b) };
    let date = match (day_first, month_first) {
        (Some(d), Some(m)) if d != m => match s.weekday_before(i).map(|(w, _)| w) {
            Some(w) if d.weekday() != w && m.weekday() == w => m,
            Some(w) if d.weekday() == w => d,
            _ if s.order == DayOrder::MonthFirst => m,
            _ => d,
        },
        (d, m) => d.or(m)?,
    };
    Some(Hit::date(i, end, date))
}

fn read_clock(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, true) || s.sign_before(i) {
        return None;
    }
    let c = s.clock(i)?;
    // "12:45.3" is a lap time and "10.30,5" a number.
    if (s.byte_is(c.end, b'.').is_some() || s.byte_is(c.end, b',').is_some() || s.byte_is(c.end, b':').is_some()) && s.digit(c.end + 1) {
        return None;
    }
    let suffix = s.suffix(c.end);
    // "02:57 Min." is a video's length, "1:30 menit" a duration.
    if s.suffix_word(s.spaces(suffix.end), names::DURATION_WORDS).is_some() {
        return None;
    }
    let hour = apply_ampm(c.hour, suffix.pm)?;
    let time = make_time(hour, c.minute, c.second)?;
    let marked = suffix.pm.is_some() || suffix.offset.is_some() || suffix.unit;
    let weak = !(marked || c.colon && c.hour_digits == 2);
    Some(Hit { start: i, end: suffix.end, date: None, time: Some(time), offset: suffix.offset, weak, partial: None, rule: "" })
}

fn read_french(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, true) {
        return None;
    }
    let (hour, j) = s.number(i, 1, 2)?;
    let h = s.spaces(j);
    let after_h = s.byte_is(h, b'h')?;
    if s.letter_at(after_h) {
        return None;
    }
    // "18h30" or "18 h 30": spaces on both sides of the "h" or on neither.
    let k = if h > j { s.spaces(after_h) } else { after_h };
    let minutes = s.number(k, 2, 2);
    let (minute, end) = minutes.unwrap_or((0, after_h));
    let time = make_time(hour, minute, 0)?;
    // "18h30" stands alone; "9h30" and "18h" may be durations unless a date comes first.
    let weak = minutes.is_none() || j - i < 2;
    Some(Hit { start: i, end, date: None, time: Some(time), offset: None, weak, partial: None, rule: "" })
}

fn read_hour(s: &Scan<'_>, i: usize) -> Option<Hit> {
    // A bare hour glued to a word is part of a name: "CO2PM", "A4 PM".
    if !s.left_ok(i, true) || s.sign_before(i) || s.text[..i].ends_with(char::is_alphanumeric) {
        return None;
    }
    let (hour, j) = s.number(i, 1, 2)?;
    let suffix = s.suffix(j);
    // German "am" ("die 3 am Ende") is not a.m.: a spaced plain "am" does not count.
    if suffix.pm.is_none() && !suffix.uhr || suffix.plain_am_spaced {
        return None;
    }
    let time = make_time(apply_ampm(hour, suffix.pm)?, 0, 0)?;
    Some(Hit { start: i, end: suffix.end, date: None, time: Some(time), offset: suffix.offset, weak: false, partial: None, rule: "" })
}

fn read_partial_weekday_numeric(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, true) {
        return None;
    }
    let (weekday, start) = s.weekday_before(i)?;
    let (day, j) = s.number(i, 1, 2)?;
    let sep = *s.b.get(j).filter(|&&c| c == b'/' || c == b'.')?;
    let (month, end) = s.number(j + 1, 1, 2)?;
    if !s.right_ok(end) || s.byte_is(end, sep).is_some_and(|k| s.digit(k)) {
        return None;
    }
    // German writes "Mi., 21.8.", with a closing dot.
    let end = if sep == b'.' { s.byte_is(end, b'.').unwrap_or(end) } else { end };
    let end = s.byte_is(end, b')').unwrap_or(end);
    partial_hit(start, end, day, month, None, Some(weekday))
}

fn read_partial_month_day(s: &Scan<'_>, i: usize) -> Option<Hit> {
    let mut k = s.spaces_back(i);
    if k > 0 && s.b[k - 1] == b'.' {
        k -= 1;
    }
    let word = s.word_ending(k);
    let month = partial_month(word)?;
    let (day, j) = s.number(i, 1, 2)?;
    let end = s.suffix_word(j, &["st", "nd", "rd", "th"]).unwrap_or(j);
    if s.letter_at(end) || s.digit(end) || s.byte_is(end, b':').is_some() || s.byte_is(end, b'.').is_some_and(|k| s.digit(k)) {
        return None;
    }
    partial_hit(k - word.len(), end, day, month, None, None)
}

fn read_partial_day_month(s: &Scan<'_>, i: usize) -> Option<Hit> {
    if !s.left_ok(i, true) {
        return None;
    }
    let (day, j) = s.number(i, 1, 2)?;
    let j = s.ordinal(j);
    // "16-19 Agustus", "16 – 19 Agustus", "1.-3. März".
    let mut last_day = None;
    let dash = s.spaces(j);
    let j = match s.one_of(dash, &["-", "–", "—"]).map(|k| s.spaces(k)).and_then(|k| s.number(k, 1, 2)) {
        Some((last, k)) if last > day => {
            last_day = Some(last as u8);
            s.ordinal(k)
        }
        _ => j,
    };
    let j = s.spaces(j);
    let j = s.suffix_word(j, &["de", "of"]).map_or(j, |k| s.spaces(k));
    let word = s.word(j);
    let month = partial_month(word)?;
    let end = j + word.len();
    let end = s.byte_is(end, b'.').unwrap_or(end);
    partial_hit(i, end, day, month, last_day, None)
}

/// A month name trusted without a year beside it: capitalised, or a full name.
fn partial_month(word: &str) -> Option<u8> {
    let month = month_number(word)?;
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    (capital || word.chars().count() >= 4).then_some(month)
}

fn partial_hit(start: usize, end: usize, day: u32, month: impl Into<u32>, last_day: Option<u8>, weekday: Option<u8>) -> Option<Hit> {
    let month = month.into();
    // 2000 is a leap year, so 29 February passes.
    Date::new(2000, month, day)?;
    if let Some(last) = last_day {
        Date::new(2000, month, u32::from(last))?;
    }
    let partial = Partial { day: day as u8, month: month as u8, last_day, weekday, start, end };
    Some(Hit { start, end, date: None, time: None, offset: None, weak: false, partial: Some(partial), rule: "" })
}

// ---------------------------------------------------------------------------
// Reading pieces of a line. Positions are byte offsets; every position a helper
// returns is on a char boundary.

/// Hours, minutes and seconds as written, before am/pm.
struct Clock {
    hour: u32,
    minute: u32,
    second: u32,
    end: usize,
    /// A colon separates hours and minutes (not a dot).
    colon: bool,
    hour_digits: usize,
}

/// What may follow a time: am/pm, a zone or offset, a unit word ("Uhr").
struct Suffix {
    pm: Option<bool>,
    offset: Option<i32>,
    unit: bool,
    /// The unit is "Uhr" or "uur", which may follow a bare hour ("14 Uhr").
    uhr: bool,
    /// A lower-case "am" after a space: German "am" ("on") as often as a.m.
    plain_am_spaced: bool,
    end: usize,
}

impl Scan<'_> {
    fn digit(&self, i: usize) -> bool {
        self.b.get(i).is_some_and(u8::is_ascii_digit)
    }

    /// The length of the digit run at `i`.
    fn run(&self, i: usize) -> usize {
        self.b.get(i..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
    }

    /// The number whose digit run at `i` has `min` to `max` digits, and its end.
    fn number(&self, i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
        let n = self.run(i);
        if n < min || n > max {
            return None;
        }
        let value = self.b[i..i + n].iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
        Some((value, i + n))
    }

    /// A four-digit year at `i`. With `glued`, a longer run may start with it
    /// ("20233 years", "20223. April" in text dumps that lost a space).
    fn year(&self, i: usize, glued: bool) -> Option<(i32, usize)> {
        let n = self.run(i);
        if n != 4 && !(glued && (5..=6).contains(&n)) {
            return None;
        }
        let value = self.b[i..i + 4].iter().fold(0i32, |v, d| v * 10 + i32::from(d - b'0'));
        Some((value, i + 4))
    }

    fn byte_is(&self, i: usize, c: u8) -> Option<usize> {
        (self.b.get(i) == Some(&c)).then_some(i + 1)
    }

    /// One of the given strings at `i`, and the position after it.
    fn one_of(&self, i: usize, options: &[&str]) -> Option<usize> {
        let rest = self.b.get(i..)?;
        options.iter().find(|o| rest.starts_with(o.as_bytes())).map(|o| i + o.len())
    }

    /// Skips spaces, including no-break and thin spaces.
    fn spaces(&self, mut i: usize) -> usize {
        loop {
            match self.b.get(i..) {
                Some([b' ' | b'\t', ..]) => i += 1,
                Some([0xC2, 0xA0, ..]) => i += 2,
                Some([0xE2, 0x80, 0x89 | 0xAF, ..]) => i += 3,
                _ => return i,
            }
        }
    }

    /// Skips spaces backwards from `i`.
    fn spaces_back(&self, i: usize) -> usize {
        self.text[..i].trim_end_matches([' ', '\t', '\u{a0}', '\u{2009}', '\u{202f}']).len()
    }

    fn letter_at(&self, i: usize) -> bool {
        self.text.get(i..).and_then(|r| r.chars().next()).is_some_and(char::is_alphabetic)
    }

    /// The letters starting at `i` ("" when none).
    fn word(&self, i: usize) -> &str {
        let rest = self.text.get(i..).unwrap_or("");
        let len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        &rest[..len]
    }

    /// The letters ending at `i` ("" when none).
    fn word_ending(&self, i: usize) -> &str {
        let before = self.text.get(..i).unwrap_or("");
        let start = before.trim_end_matches(char::is_alphabetic).len();
        &before[start..]
    }

    /// One of the given lower-case words at `i`, in any case, ending there; the
    /// position after it.
    fn suffix_word(&self, i: usize, words: &[&str]) -> Option<usize> {
        let word = self.word(i);
        words.iter().any(|w| word.eq_ignore_ascii_case(w)).then_some(i + word.len())
    }

    /// Skips a day's ordinal mark: "3.", "3rd", "1er", "1º".
    fn ordinal(&self, i: usize) -> usize {
        if let Some(j) = self.byte_is(i, b'.') {
            return j;
        }
        self.suffix_word(i, &["st", "nd", "rd", "th", "er"]).or_else(|| self.one_of(i, &["º", "°", "ª"])).unwrap_or(i)
    }

    /// Whether a number may start at `i`: no digit before it (unless a previous
    /// read ended there), and when `strict` no digit and separator either ("1.10.30").
    fn left_ok(&self, i: usize, strict: bool) -> bool {
        if i == 0 || i == self.glued {
            return true;
        }
        let p = self.b[i - 1];
        if p.is_ascii_digit() {
            return false;
        }
        !(strict && b".,:/-".contains(&p) && i >= 2 && self.b[i - 2].is_ascii_digit())
    }

    /// Whether a number may end at `end`: no digit after it, nor a separator and a digit.
    fn right_ok(&self, end: usize) -> bool {
        match self.b.get(end) {
            Some(c) if c.is_ascii_digit() => false,
            Some(b'.' | b'/' | b'-' | b':') => !self.digit(end + 1),
            _ => true,
        }
    }

    /// A plus or minus sign right before `i`: "+07:00" is an offset, not a time.
    fn sign_before(&self, i: usize) -> bool {
        i > 0 && (self.b[i - 1] == b'+' || self.text[..i].ends_with('−'))
    }

    /// Whether a two-digit-year date may start at `i`: not glued to a word
    /// ("v1.10.12") and not after a version or article word ("iOS 13.2.3").
    fn two_digit_year_ok(&self, i: usize) -> bool {
        if self.text[..i].ends_with(|c: char| c.is_alphabetic() || c == '§' || c == '#') {
            return false;
        }
        let k = self.spaces_back(i);
        let k = self.text[..k].trim_end_matches(['.', ':']).len();
        let word = self.word_ending(k).to_lowercase();
        !names::VERSION_WORDS.contains(&word.as_str()) && !self.text[..k].ends_with('§')
    }

    /// The weekday named just before `i` ("Rabu (21/8)", "Wednesday, 11/20/19",
    /// "Mi., 21.8."), and where its name starts.
    fn weekday_before(&self, i: usize) -> Option<(u8, usize)> {
        let k = self.text[..i].trim_end_matches(|c: char| c == '(' || c == ',' || c.is_whitespace()).len();
        let k = self.text[..k].strip_suffix('.').map_or(k, str::len);
        let word = self.word_ending(k);
        weekday_number(word).map(|w| (w, k - word.len()))
    }

    /// `H:MM`, `H.MM`, `H:MM:SS` at `i` (seconds only with a colon).
    fn clock(&self, i: usize) -> Option<Clock> {
        let (hour, j) = self.number(i, 1, 2)?;
        let sep = *self.b.get(j).filter(|&&c| c == b':' || c == b'.')?;
        let (minute, mut end) = self.number(j + 1, 2, 2)?;
        let mut second = 0;
        if sep == b':'
            && let Some((sec, e)) = self.byte_is(end, b':').and_then(|k| self.number(k, 2, 2))
        {
            second = sec;
            end = e;
        }
        Some(Clock { hour, minute, second, end, colon: sep == b':', hour_digits: j - i })
    }

    /// am/pm, zone and unit words after a time ending at `i`.
    fn suffix(&self, i: usize) -> Suffix {
        let mut out = Suffix { pm: None, offset: None, unit: false, uhr: false, plain_am_spaced: false, end: i };
        let k = self.spaces(i);
        if let Some((pm, e)) = self.ampm(k) {
            out.plain_am_spaced = k > i && &self.text[k..e] == "am";
            out.pm = Some(pm);
            out.end = e;
        }
        // "14:05 Uhr MEZ" and "14:05 MEZ" both occur: try a zone and a unit twice.
        for _ in 0..2 {
            let k = self.spaces(out.end);
            if out.offset.is_none()
                && let Some((off, e)) = self.zone(k, k == out.end)
            {
                out.offset = Some(off);
                out.end = e;
                continue;
            }
            if !out.unit
                && let Some(e) = self.suffix_word(k, &["uhr", "h", "hrs", "hs", "horas", "uur"])
            {
                out.unit = true;
                out.uhr = ["uhr", "uur"].iter().any(|w| self.text[k..e].eq_ignore_ascii_case(w));
                out.end = self.byte_is(e, b'.').filter(|_| out.uhr).unwrap_or(e);
                continue;
            }
            break;
        }
        out
    }

    /// "am", "pm", "a.m.", "p. m.", in any case, at `i`: whether it is pm, and the end.
    fn ampm(&self, i: usize) -> Option<(bool, usize)> {
        let pm = match self.b.get(i)? {
            b'a' | b'A' => false,
            b'p' | b'P' => true,
            _ => return None,
        };
        let mut j = i + 1;
        let dotted = self.byte_is(j, b'.').is_some();
        if dotted {
            j = self.spaces(j + 1);
        }
        j = self.byte_is(j, b'm').or_else(|| self.byte_is(j, b'M'))?;
        if dotted {
            j = self.byte_is(j, b'.').unwrap_or(j);
        }
        (!self.letter_at(j)).then_some((pm, j))
    }

    /// A zone at `i`: "WIB", "(WIB)", "GMT+7", "UTC+05:30", "+0700", or "Z" when
    /// `attached` to the time. Its offset in minutes and its end.
    fn zone(&self, i: usize, attached: bool) -> Option<(i32, usize)> {
        if let Some(j) = self.byte_is(i, b'(') {
            let (off, e) = self.zone(self.spaces(j), false)?;
            return Some((off, self.byte_is(self.spaces(e), b')')?));
        }
        // A bare offset needs a space before it: "08:00-10:00" is a range.
        if let Some(found) = self.offset(i).filter(|_| !attached) {
            return Some(found);
        }
        // Indonesian sites also write "wib" in lower case; other zones only count in capitals.
        let word = self.word(i);
        if let Some(off) = ["wib", "wita", "wit"].iter().zip([420, 480, 540]).find(|(w, _)| word == **w).map(|(_, o)| o) {
            return Some((off, i + word.len()));
        }
        let caps = self.b.get(i..)?.iter().take_while(|c| c.is_ascii_uppercase()).count();
        if caps == 0 || caps > 5 || self.letter_at(i + caps) {
            return None;
        }
        let name = &self.text[i..i + caps];
        if name == "Z" && !attached {
            return None;
        }
        let off = names::ZONES.iter().find(|(n, _)| *n == name).map(|(_, o)| *o)?;
        let end = i + caps;
        if (name == "GMT" || name == "UTC")
            && let Some((extra, e)) = self.short_offset(end)
        {
            return Some((extra, e));
        }
        Some((off, end))
    }

    /// A numeric offset at `i`: "+07:00", "+0700", "-05:00", "−03:00".
    fn offset(&self, i: usize) -> Option<(i32, usize)> {
        let (sign, j) = self.sign(i)?;
        let (h, m, end) = match self.number(j, 4, 4) {
            Some((v, end)) => (v / 100, v % 100, end),
            None => {
                let (h, k) = self.number(j, 2, 2)?;
                let (m, end) = self.number(self.byte_is(k, b':')?, 2, 2)?;
                (h, m, end)
            }
        };
        (h <= 14 && m < 60).then(|| (sign * (h * 60 + m) as i32, end))
    }

    /// An offset after "GMT" or "UTC": "+7", "+07", "+0530", "+05:30".
    fn short_offset(&self, i: usize) -> Option<(i32, usize)> {
        let (sign, j) = self.sign(i)?;
        let n = self.run(j);
        let (h, m, end) = match n {
            1 | 2 => {
                let (h, e) = self.number(j, 1, 2)?;
                match self.byte_is(e, b':').and_then(|k| self.number(k, 2, 2)) {
                    Some((m, e2)) => (h, m, e2),
                    None => (h, 0, e),
                }
            }
            4 => {
                let (v, e) = self.number(j, 4, 4)?;
                (v / 100, v % 100, e)
            }
            _ => return None,
        };
        (h <= 14 && m < 60).then(|| (sign * (h * 60 + m) as i32, end))
    }

    fn sign(&self, i: usize) -> Option<(i32, usize)> {
        match self.b.get(i)? {
            b'+' => Some((1, i + 1)),
            b'-' => Some((-1, i + 1)),
            _ => self.one_of(i, &["−"]).map(|j| (-1, j)),
        }
    }
}

fn apply_ampm(hour: u32, pm: Option<bool>) -> Option<u32> {
    match pm {
        None => Some(hour),
        Some(_) if hour == 0 || hour > 12 => None,
        Some(true) => Some(if hour == 12 { 12 } else { hour + 12 }),
        Some(false) => Some(if hour == 12 { 0 } else { hour }),
    }
}

fn make_time(h: u32, m: u32, s: u32) -> Option<Time> {
    (h < 24 && m < 60 && s < 60).then_some(Time { hour: h as u8, minute: m as u8, second: s as u8 })
}

fn push_time(s: &mut String, t: Time, offset: Option<i32>) {
    s.push_str(&format!("T{:02}:{:02}:{:02}", t.hour, t.minute, t.second));
    if let Some(off) = offset {
        let sign = if off < 0 { '-' } else { '+' };
        s.push_str(&format!("{sign}{:02}:{:02}", off.abs() / 60, off.abs() % 60));
    }
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

/// Lower-case month names to numbers, built once from [`MONTHS`].
static MONTH_INDEX: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| month_names().collect());

/// Lower-case weekday names of every language to numbers, built once from [`WEEKDAYS`].
static WEEKDAY_INDEX: LazyLock<HashMap<&'static str, u8>> =
    LazyLock::new(|| WEEKDAYS.iter().flat_map(|w| w.names.iter().copied()).collect());

/// Looks a word up in an index of lower-case names, lower-casing ASCII words
/// without allocating.
fn lookup(index: &HashMap<&'static str, u8>, word: &str) -> Option<u8> {
    if word.is_empty() || word.len() > 40 {
        return None;
    }
    if word.is_ascii() {
        let mut buf = [0u8; 40];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).ok().and_then(|w| index.get(w).copied());
    }
    index.get(word.to_lowercase().as_str()).copied()
}

#[cfg(test)]
mod tests;
