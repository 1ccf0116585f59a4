//! Tests of the date forms: every example and reject of [`FORMS`] and
//! [`PARTIAL_FORMS`], then what the tables alone cannot show.

use super::*;

/// What `find` returns for a line, as the form tables write it.
fn rendered(line: &str) -> String {
    find(line).iter().map(Found::to_iso).collect::<Vec<_>>().join(" | ")
}

/// What `find_partial` returns for a line, as [`PARTIAL_FORMS`] write it.
fn rendered_partial(line: &str) -> String {
    find_partial(line).iter().map(Partial::to_iso).collect::<Vec<_>>().join(" | ")
}

/// Runs every example and reject of a form table through `render`; with
/// `check_rule`, each example must also be read by its own form.
fn check_forms(forms: &[Form], render: fn(&str) -> String, check_rule: bool) {
    let mut failures = Vec::new();
    for form in forms {
        assert!(!form.examples.is_empty() && !form.rejects.is_empty(), "{} needs examples and rejects", form.id);
        for (line, want) in form.examples {
            let got = render(line);
            if got != *want {
                failures.push(format!("{}: {line:?} gave {got:?}, want {want:?}", form.id));
            } else if check_rule && !find(line).iter().any(|f| f.rule == form.id) {
                failures.push(format!("{}: {line:?} was read by another form", form.id));
            }
        }
        for line in form.rejects {
            let got = render(line);
            if !got.is_empty() {
                failures.push(format!("{}: reject {line:?} gave {got:?}", form.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_form_reads_its_examples_and_nothing_in_its_rejects() {
    check_forms(FORMS, rendered, true);
}

#[test]
fn every_partial_form_reads_its_examples_and_nothing_in_its_rejects() {
    check_forms(PARTIAL_FORMS, rendered_partial, false);
}

#[test]
fn spans_cover_what_was_read() {
    let line = "Kompas.com - 16/02/2016, 14:38 WIB";
    let found = find(line);
    assert_eq!(found.len(), 1);
    assert_eq!(&line[found[0].start..found[0].end], "16/02/2016, 14:38 WIB");

    let line = "Updated 10:01 pm PST, Tuesday, November 19, 2019";
    let found = find(line);
    assert_eq!(&line[found[0].start..found[0].end], "10:01 pm PST, Tuesday, November 19, 2019");

    let line = "Rabu (21/8) lalu";
    let partial = find_partial(line);
    assert_eq!(&line[partial[0].start..partial[0].end], "Rabu (21/8)");
}

#[test]
fn relative_dates_give_nothing() {
    for line in ["Published 3 hours ago", "2 jam yang lalu", "vor 3 Stunden", "il y a 2 jours", "5 min read"] {
        assert_eq!(rendered(line), "", "{line}");
    }
}

#[test]
fn month_first_order_reads_ambiguous_dates_the_us_way() {
    let us = |line: &str| find_with(line, DayOrder::MonthFirst).iter().map(Found::to_iso).collect::<Vec<_>>().join(" | ");
    assert_eq!(us("03/04/2019"), "2019-03-04");
    assert_eq!(rendered("03/04/2019"), "2019-04-03");
    // Unambiguous dates read the same either way.
    assert_eq!(us("20/11/2019"), "2019-11-20");
    assert_eq!(us("2019-03-04"), "2019-03-04");
    // A weekday that agrees with only one reading wins over the order.
    assert_eq!(us("Friday, 03/04/2020"), "2020-04-03");
}

#[test]
fn lookups_ignore_case_and_a_final_dot() {
    assert_eq!(month_number("Agustus"), Some(8));
    assert_eq!(month_number("Nov."), Some(11));
    assert_eq!(month_number("MÄR"), Some(3));
    assert_eq!(month_number("października"), Some(10));
    assert_eq!(month_number("Weekend"), None);
    assert_eq!(weekday_number("Rabu"), Some(2));
    assert_eq!(weekday_number("Jum'at"), Some(4));
    assert_eq!(weekday_number("TUESDAY"), Some(1));
    assert_eq!(weekday_number("Mittwoch"), Some(2));
}

#[test]
fn every_weekday_table_names_all_seven_days() {
    for table in WEEKDAYS {
        let mut days: Vec<u8> = table.names.iter().map(|(_, d)| *d).collect();
        days.sort_unstable();
        days.dedup();
        assert_eq!(days, (0..7).collect::<Vec<_>>(), "{}", table.language);
        assert!(table.names.iter().all(|(n, _)| *n == n.to_lowercase()), "{} has a name not in lower case", table.language);
    }
}

#[test]
fn month_names_are_lower_case_and_agree_across_languages() {
    for (name, month) in month_names() {
        assert_eq!(name, name.to_lowercase(), "{name}");
        assert!((1..=12).contains(&month), "{name}");
        assert_eq!(month_number(name), Some(month), "{name} is listed twice with different months");
    }
}

#[test]
fn partial_dates_resolve_near_the_article_date() {
    let article = Date::new(2024, 8, 22).unwrap();
    let resolve = |line: &str, reference: Date| find_partial(line).first().and_then(|p| p.resolve(reference)).map(|d| Stamp { date: d, time: None, offset_minutes: None }.to_iso());
    assert_eq!(resolve("pada Rabu (21/8) di Phnom Penh", article).as_deref(), Some("2024-08-21"));
    assert_eq!(resolve("16-19 Agustus lalu", article).as_deref(), Some("2024-08-16"));
    assert_eq!(resolve("pada 28 Desember", Date::new(2025, 1, 3).unwrap()).as_deref(), Some("2024-12-28"));
    // Seven months back is nearer in the news' sense than five months ahead;
    // eleven months back is too far.
    assert_eq!(resolve("on March 3", Date::new(2019, 9, 30).unwrap()).as_deref(), Some("2019-03-03"));
    assert_eq!(resolve("on March 3", Date::new(2020, 1, 30).unwrap()).as_deref(), Some("2020-03-03"));
    // The weekday picks the year: 1 March 2024 was a Friday, 1 March 2025 a Saturday.
    assert_eq!(resolve("Sabtu (1/3)", Date::new(2024, 9, 15).unwrap()).as_deref(), Some("2025-03-01"));
    assert_eq!(resolve("Kamis (29/2)", Date::new(2025, 1, 10).unwrap()).as_deref(), Some("2024-02-29"));
}

#[test]
fn day_arithmetic_and_utc_dates() {
    let d = Date::new(2024, 3, 1).unwrap();
    assert_eq!(d.add_days(-1), Date::new(2024, 2, 29));
    assert_eq!(d.add_days(365), Date::new(2025, 3, 1));
    assert_eq!(Date::new(1900, 1, 1).unwrap().add_days(-1), None);
    for days in [-25_567, -1, 0, 1, 10_000, 19_958, 84_000] {
        assert_eq!(civil_from_days(days).map(|d| d.days()), Some(days));
    }
    let stamp = |line: &str| find(line).first().and_then(Found::stamp);
    assert_eq!(stamp("November 19, 2019 10:01 pm PST").map(|s| s.utc_date()), Date::new(2019, 11, 20));
    assert_eq!(stamp("20 Agustus 2024 06:30 WIB").map(|s| s.utc_date()), Date::new(2024, 8, 19));
    assert_eq!(stamp("20 Agustus 2024 06:30").map(|s| s.utc_date()), Date::new(2024, 8, 20));
}

#[test]
fn weekdays() {
    assert_eq!(Date::new(2024, 8, 21).map(|d| d.weekday()), Some(2)); // Wednesday
    assert_eq!(Date::new(1970, 1, 1).map(|d| d.weekday()), Some(3)); // Thursday
    assert_eq!(Date::new(2000, 2, 29).map(|d| d.weekday()), Some(1)); // Tuesday
    assert_eq!(Date::new(2100, 2, 29), None);
}

#[test]
fn never_panics_on_awkward_input() {
    let lines = [
        "", "1", "9999-99-99", "31.", "12:", "12:3", "2019年", "2019年3月", "３月３日", "10:00 (", "10:00 (WIB",
        "10:00 GMT+", "10:00 UTC+99:99", "Nov.", "Nov. 3,", "3 Agustus", "1\u{a0}Mai\u{a0}2019", "2019-03-03T",
        "a.m. 3", "12 p.", "12 p. m", "—1—", "\u{202f}3\u{202f}h\u{202f}30",
    ];
    for line in lines {
        let _ = find(line);
        let _ = find_partial(line);
        for cut in 0..=line.len() {
            if line.is_char_boundary(cut) {
                let _ = find(&line[..cut]);
                let _ = find_partial(&line[cut..]);
            }
        }
    }
}

#[test]
fn generic_us_zones_follow_daylight_saving_time() {
    let cases = [
        ("June 12, 2025 at 4:05 p.m. ET", "2025-06-12T16:05:00-04:00"),
        ("January 8, 2025 at 9:30 a.m. ET", "2025-01-08T09:30:00-05:00"),
        ("March 9, 2025 at 1:30 a.m. PT", "2025-03-09T01:30:00-08:00"),
        ("March 9, 2025 at 3:30 a.m. PT", "2025-03-09T03:30:00-07:00"),
        ("November 2, 2025 at 1:00 p.m. CT", "2025-11-02T13:00:00-06:00"),
        ("November 1, 2025 at 1:00 p.m. CT", "2025-11-01T13:00:00-05:00"),
        // "EST" says standard time whatever the date.
        ("June 12, 2025 at 4:05 p.m. EST", "2025-06-12T16:05:00-05:00"),
    ];
    for (line, want) in cases {
        assert_eq!(rendered(line), want, "{line}");
    }
}
