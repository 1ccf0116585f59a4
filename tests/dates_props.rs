//! Properties of `dates::find` and `dates::find_partial` on arbitrary lines: they
//! never panic, spans are in order, do not overlap and fall on char boundaries,
//! and what they read is a valid date or time.

use kliping::dates::{self, DayOrder};
use proptest::prelude::*;

/// Lines made mostly of the characters dates are written with, so that the
/// readers get deep into their forms, plus any character at all.
fn date_like() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9 ./:,()|+−-]{0,30}",
        "[0-9 ./:年月日년월일hTZ]{0,30}",
        "(([0-9]{1,5})|[ .,/:-]|Agustus|Nov\\.|März|janvier|de|at|pm|a\\.m\\.|WIB|GMT|Uhr|Rabu|\u{a0}|\u{202f}|é){0,14}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn finds_are_valid_ordered_spans(line in date_like()) {
        for order in [DayOrder::DayFirst, DayOrder::MonthFirst] {
            let found = dates::find_with(&line, order);
            let mut last_end = 0;
            for f in &found {
                prop_assert!(last_end <= f.start && f.start < f.end && f.end <= line.len(), "{f:?} in {line:?}");
                prop_assert!(line.is_char_boundary(f.start) && line.is_char_boundary(f.end));
                prop_assert!(f.date.is_some() || f.time.is_some());
                if let Some(d) = f.date {
                    prop_assert_eq!(dates::Date::new(d.year, u32::from(d.month), u32::from(d.day)), Some(d));
                }
                if let Some(t) = f.time {
                    prop_assert!(t.hour < 24 && t.minute < 60 && t.second < 60);
                }
                if let Some(off) = f.offset_minutes {
                    prop_assert!((-14 * 60..=14 * 60).contains(&off));
                }
                last_end = f.end;
            }
            prop_assert_eq!(&found, &dates::find_with(&line, order));
        }
        let mut last_end = 0;
        for p in dates::find_partial(&line) {
            prop_assert!(last_end <= p.start && p.start < p.end && p.end <= line.len(), "{p:?} in {line:?}");
            prop_assert!(line.is_char_boundary(p.start) && line.is_char_boundary(p.end));
            prop_assert!(dates::Date::new(2000, u32::from(p.month), u32::from(p.day)).is_some());
            last_end = p.end;
        }
    }
}
