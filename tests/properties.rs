//! Properties that hold for every input, checked on generated ones: the parser
//! never panics; line numbers are valid and increasing; every offset it reports
//! points into `body` at the text it claims; the same input gives the same JSON;
//! the JSON is valid and reads back into the same article.
//!
//! Case counts stay modest (a debug-build parse of a long input is slow); the
//! fuzz targets in `fuzz/` explore far more inputs.

use kliping::{Article, Options, ParseError};
use proptest::prelude::*;
use serde_json::Value;

/// Parses and checks every property of one input. Returns the article, if any.
fn check(input: &str) -> Option<Article> {
    let options = Options::default();
    let parsed = kliping::parse(input, &options);
    // Determinism: the same input, the same result, byte for byte.
    let again = kliping::parse(input, &options);
    match (&parsed, &again) {
        (Ok(a), Ok(b)) => assert_eq!(kliping::to_json(a, false), kliping::to_json(b, false), "two parses differ"),
        (Err(a), Err(b)) => assert_eq!(a, b),
        _ => panic!("one parse failed and the other did not"),
    }
    let article = match parsed {
        Ok(article) => article,
        Err(ParseError::Empty | ParseError::Binary { .. } | ParseError::TooLarge { .. }) => return None,
        Err(other) => panic!("unexpected error {other:?}"),
    };
    check_lines(input, &article);
    check_body(&article);
    check_json(&article);
    Some(article)
}

/// Line numbers start at 1, increase strictly and stay within the text read.
fn check_lines(input: &str, article: &Article) {
    let text = kliping::normalize::normalize(input, &Options::default()).expect("the input parsed, so it normalises");
    let line_count = text.text.split('\n').count();
    let mut previous = 0;
    for line in &article.lines {
        assert!(line.number > previous, "line {} after {previous}", line.number);
        assert!(line.number as usize <= line_count, "line {} of {line_count}", line.number);
        assert!(!line.text.is_empty(), "an empty line {} was labelled", line.number);
        previous = line.number;
    }
}

fn check_body(article: &Article) {
    assert_eq!(article.body, article.paragraphs.join("\n\n"), "body is not the paragraphs joined");
    assert!(article.paragraphs.iter().all(|p| !p.trim().is_empty()), "an empty paragraph");
}

/// Every object in the JSON with `start`, `end` and `text` (entity mentions,
/// quotes) points at that text, counting code points, in `body` or in the part
/// its `part` names (`title`, `lead`, `dateline`).
fn check_offsets(value: &Value, article: &Article) {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end)) = (map.get("start").and_then(Value::as_u64), map.get("end").and_then(Value::as_u64)) {
                let part = map.get("part").and_then(Value::as_str).unwrap_or("body");
                let text: Vec<char> = match part {
                    "body" => article.body.chars().collect(),
                    "title" => article.title.as_deref().unwrap_or("").chars().collect(),
                    "lead" => article.lead.as_deref().unwrap_or("").chars().collect(),
                    "dateline" => article.dateline.as_deref().unwrap_or("").chars().collect(),
                    other => panic!("unknown part {other:?}"),
                };
                let (start, end) = (start as usize, end as usize);
                assert!(start <= end && end <= text.len(), "span {start}..{end} outside the {part} of {} code points", text.len());
                if let Some(written) = map.get("text").and_then(Value::as_str) {
                    let slice: String = text[start..end].iter().collect();
                    assert_eq!(slice, written, "span {start}..{end} of the {part}");
                }
            }
            map.values().for_each(|v| check_offsets(v, article));
        }
        Value::Array(items) => items.iter().for_each(|v| check_offsets(v, article)),
        _ => {}
    }
}

/// The JSON is valid, reads back into the same article, and its offsets hold.
fn check_json(article: &Article) {
    let json = kliping::to_json(article, false);
    let value: Value = serde_json::from_str(&json).expect("to_json gives valid JSON");
    let back: Article = serde_json::from_str(&json).expect("the JSON reads back into an Article");
    assert_eq!(&back, article, "the article changed through JSON");
    assert_eq!(kliping::to_json(&back, false), json);
    let pretty = kliping::to_json(article, true);
    assert_eq!(serde_json::from_str::<Value>(&pretty).expect("pretty JSON is valid"), value);
    for field in ["entities", "quotes", "acronyms"] {
        check_offsets(&value[field], article);
    }
}

/// Words and marks from Indonesian and English news pages, to build inputs in
/// the shapes the parser sees.
const PIECES: &[&str] = &[
    "JAKARTA, KOMPAS.com -",
    "Baca juga: Harga Beras Naik",
    "Penulis: Siti Rahma",
    "Editor: Budi",
    "Senin, 16 Juni 2025 |15:20 WIB",
    "22 Agustus 2024",
    "March 3, 2019 at 4:05 p.m. ET",
    "ADVERTISEMENT",
    "KOMENTAR",
    "“Kami akan menindak tegas,” kata Kapolri Listyo Sigit Prabowo di Jakarta, Senin (12/5).",
    "The minister said on Tuesday that prices would fall.",
    "Presiden Joko Widodo meresmikan jalan tol sepanjang 35 kilometer.",
    "<p>Judul&nbsp;</p>",
    "&amp; &#8220; &bogus;",
    "Foto: ANTARA FOTO/Budi",
    "(rdp/imk)",
    "\u{200f}\u{202e}مرحبا\u{202c}",
    "Привет, мир",
    "中文新闻",
    "\u{a0}\u{200b}\u{feff}",
    "\t",
    "\r\n",
    "\n\n",
    "\"",
    "“”‘’«»",
    "1234567890",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|parts| {
        parts.iter().enumerate().fold(String::new(), |mut s, (i, p)| {
            s.push_str(p);
            s.push(if i % 3 == 0 { '\n' } else { ' ' });
            s
        })
    })
}

const TAGS: &[&str] = &["p", "div", "span", "a", "li", "ul", "h1", "br", "script", "style", "table", "td", "tr", "pre", "svg", "noscript", "figure", "figcaption", "b", "P", "DIV"];

/// HTML-ish strings: tags (opened, closed, unclosed, with quoted and unquoted
/// attributes, some holding '>'), comments, entities and text.
fn html_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        prop::sample::select(TAGS).prop_map(|t| format!("<{t}>")),
        prop::sample::select(TAGS).prop_map(|t| format!("</{t}>")),
        prop::sample::select(TAGS).prop_map(|t| format!("<{t} class=\"a > b\" hidden>")),
        prop::sample::select(TAGS).prop_map(|t| format!("<{t} style='display:none'>")),
        prop::sample::select(TAGS).prop_map(|t| format!("<{t} title=\"unclosed>")),
        Just("<!-- comment -->".to_string()),
        Just("<!--".to_string()),
        Just("<![CDATA[ x ]]>".to_string()),
        Just("<!DOCTYPE html>".to_string()),
        Just("&nbsp;&amp;&lt;&#x201C;&#150;".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        prop::sample::select(PIECES).prop_map(str::to_string),
    ];
    prop::collection::vec(token, 0..80).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn words_are_counted_as_runs_of_letters_and_digits(s in any::<String>()) {
        let split = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
        prop_assert_eq!(kliping::assemble::count_words(&s), split);
        let news = format!("{s} Kata-kata, 3.703 WNI — Ménage à TROIS; 東京 한국어!");
        let split = news.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
        prop_assert_eq!(kliping::assemble::count_words(&news), split);
        let words: Vec<&str> = news.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        prop_assert_eq!(kliping::chars::words(&news).collect::<Vec<_>>(), words);
    }

    #[test]
    fn arbitrary_lines(lines in prop::collection::vec(any::<String>(), 0..20)) {
        check(&lines.join("\n"));
    }

    #[test]
    fn news_shaped_text(s in news_like()) {
        check(&s);
    }

    #[test]
    fn html_shaped_input(s in html_like()) {
        check(&s);
        // And as a page, which takes the HTML path for sure.
        check(&format!("<!DOCTYPE html><html><body>{s}</body></html>"));
        // The renderer alone: no leading, trailing or doubled blank lines.
        let text = kliping::html::to_text(&s);
        prop_assert!(!text.starts_with('\n') && !text.ends_with('\n') && !text.contains("\n\n\n"));
        prop_assert!(text.lines().all(|l| l.trim() == l));
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let options = Options::default();
        if let Ok(article) = kliping::parse_bytes(&bytes, &options) {
            check_body(&article);
            check_json(&article);
        }
    }

    #[test]
    fn text_in_other_encodings(s in news_like()) {
        // UTF-16 with a byte-order mark decodes to the same article as UTF-8,
        // with a note that says it was decoded.
        let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain(s.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let options = Options::default();
        let from_utf16 = kliping::parse_bytes(&utf16, &options).map(|mut a| {
            let before = a.diagnostics.len();
            a.diagnostics.retain(|d| d.code != kliping::model::DiagnosticCode::Decoded);
            assert_eq!(a.diagnostics.len() + 1, before, "exactly one note says the input was decoded");
            kliping::to_json(&a, false)
        });
        let from_utf8 = kliping::parse(&s, &options).map(|a| kliping::to_json(&a, false));
        prop_assert_eq!(from_utf16, from_utf8);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, .. ProptestConfig::default() })]

    /// Long inputs: one long line, many short lines, long runs of one piece.
    #[test]
    fn long_inputs(piece in prop::sample::select(PIECES), repeat in 500usize..1_500, newline in any::<bool>()) {
        let sep = if newline { "\n" } else { " " };
        let s = vec![piece; repeat].join(sep);
        check(&s);
    }
}

#[test]
fn over_the_limit_is_a_clear_error() {
    let options = Options { max_bytes: 1000, ..Options::default() };
    let input = "Kata ".repeat(300);
    let err = kliping::parse(&input, &options).expect_err("over the limit");
    assert!(matches!(err, ParseError::TooLarge { bytes: 1500, limit: 1000 }));
    assert!(err.to_string().contains("limit"), "{err}");
    assert!(matches!(kliping::parse_bytes(input.as_bytes(), &options), Err(ParseError::TooLarge { .. })));
}

#[test]
fn the_seed_holds_every_property() {
    let seed = include_str!("../examples/id-validnews-tppo/raw.txt");
    let article = check(seed).expect("the seed parses");
    assert!(!article.body.is_empty());
    // CRLF line breaks and a byte-order mark change nothing but the line breaks.
    let crlf = format!("\u{feff}{}", seed.replace('\n', "\r\n"));
    let again = check(&crlf).expect("the CRLF seed parses");
    assert_eq!(again.body, article.body);
}
