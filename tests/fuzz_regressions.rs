//! Named regressions: inputs that once crashed, hung or went quadratic, found by
//! the fuzzers (`scripts/fuzz.sh`) or while building the hostile-input suite.
//! Each test says what went wrong. Sizes are large enough that the old
//! quadratic behaviour would take minutes, small enough to be quick now.

use kliping::{Options, html, normalize, segment};

/// A line of many `<a` with no `>` anywhere after them: stripping leaked tags
/// searched the rest of the line for a `>` at every `<` (quadratic).
#[test]
fn leaked_tag_stripping_with_no_closing_bracket_is_linear() {
    let line = "<a ".repeat(200_000);
    let lines = segment::segment(&line);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].text.starts_with("<a <a"));
}

/// An `&` followed by a long run of letters: the reference decoder scanned the
/// whole run for each `&`.
#[test]
fn reference_decoding_looks_at_short_names_only() {
    let text = format!("&{}", "x".repeat(300_000)).repeat(3);
    assert_eq!(normalize::decode_entities(&text), text);
}

/// `&nbsp` without a semicolon at the very end of a line was left undecoded.
#[test]
fn bare_nbsp_at_the_end_of_a_line_is_decoded() {
    assert_eq!(normalize::clean_line("Judul&nbsp"), "Judul");
}

/// Attribute values whose quote never closes: each search for the closing
/// quote ran to the end of the input, for every tag.
#[test]
fn unclosed_attribute_quotes_stay_linear() {
    let input = format!("<html><body>{}</body></html>", "<a href='x>y ".repeat(100_000));
    let text = html::to_text(&input);
    assert!(text.starts_with("y y"), "{}", &text[..20.min(text.len())]);
}

/// Deeply nested unclosed elements: a recursive renderer would overflow the
/// stack; this one keeps an explicit stack and pops each element once.
#[test]
fn deep_unclosed_nesting_renders() {
    let input = format!("<!DOCTYPE html>{}kata{}", "<div><span><b>".repeat(100_000), "</div>".repeat(50_000));
    assert_eq!(html::to_text(&input), "kata");
    let article = kliping::parse(&input, &Options::default()).expect("it parses");
    assert_eq!(article.lines.len(), 1);
}

/// Many end tags for elements that are not open, and many that are: each end
/// tag must not search the whole stack.
#[test]
fn stray_and_matching_end_tags_are_cheap() {
    let input = format!("{}{}{}", "<div>".repeat(50_000), "</span>".repeat(50_000), "</div>x".repeat(50_000));
    let text = html::to_text(&input);
    assert_eq!(text.lines().count(), 50_000);
}

/// A page whose `<head>` is never closed must not hide the whole body.
#[test]
fn unclosed_head_does_not_hide_the_page() {
    let input = "<html><head><meta charset=utf-8><title>Judul</title><p>Isi berita yang panjang.</p>";
    assert_eq!(html::to_text(input), "Isi berita yang panjang.");
}

/// A page of short mixed-script lines with capitalised words and no body: every
/// line from the headline down is a byline candidate, and each candidate
/// lower-cases every line of the page to count its name (quadratic: 0.2 MB
/// took 5 s, 1 MB 100 s). The window is now bounded when the page has no body;
/// were it quadratic again, this test would take minutes instead of a second.
#[test]
fn byline_candidates_on_a_page_without_body_stay_linear() {
    let unit = "Jakarta \u{200f}مرحبا بالعالم\u{200e} Привет мир 中文新闻 \u{202e}abc\u{202c} kata dia.\n";
    let input = unit.repeat(1_000_000 / unit.len());
    let article = kliping::parse(&input, &Options::default()).expect("it parses");
    assert!(article.lines.len() > 10_000);
}

/// A quantity of 43 digits: its value, written as the shortest float, must read
/// back as the same number (serde_json needs `float_roundtrip` for that).
#[test]
fn a_huge_quantity_reads_back_from_the_json_unchanged() {
    let input = "n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>4444444444444444444444444444444444444444443r";
    for text in [input, "Nilai 4444444444444444444444444444444444444444443 rupiah dan 0.30000000000000004 persen.\n\nIsi berita yang panjang sekali di sini."] {
        let article = kliping::parse(text, &Options::default()).expect("it parses");
        let json = kliping::to_json(&article, false);
        let back: kliping::Article = serde_json::from_str(&json).expect("the JSON reads back");
        assert_eq!(back, article);
        assert!(article.entities.iter().any(|e| e.kind == kliping::model::EntityKind::Quantity), "{json}");
    }
}
