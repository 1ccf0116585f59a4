//! Files in other encodings: decoded and said so, or refused with a message
//! that says what they are; never turned into mojibake silently.

use kliping::model::DiagnosticCode;
use kliping::{Options, ParseError};

const SEED: &str = include_str!("../examples/id-validnews-tppo/raw.txt");

fn decoded_note(article: &kliping::Article) -> Option<&str> {
    article.diagnostics.iter().find(|d| d.code == DiagnosticCode::Decoded).map(|d| d.message.as_str())
}

#[test]
fn utf8_needs_no_note() {
    let article = kliping::parse_bytes(SEED.as_bytes(), &Options::default()).expect("parses");
    assert_eq!(decoded_note(&article), None);
}

#[test]
fn utf16_with_a_byte_order_mark_is_the_same_article_with_a_note() {
    let utf8 = kliping::parse_bytes(SEED.as_bytes(), &Options::default()).expect("parses");
    for (bom, word) in [([0xff, 0xfe], u16::to_le_bytes as fn(u16) -> [u8; 2]), ([0xfe, 0xff], u16::to_be_bytes)] {
        let bytes: Vec<u8> = bom.into_iter().chain(SEED.encode_utf16().flat_map(word)).collect();
        let article = kliping::parse_bytes(&bytes, &Options::default()).expect("parses");
        assert_eq!((&article.title, &article.paragraphs), (&utf8.title, &utf8.paragraphs));
        assert!(decoded_note(&article).is_some_and(|m| m.contains("utf-16")), "{:?}", article.diagnostics);
    }
}

#[test]
fn windows_1252_is_decoded_and_named() {
    // A German page saved by an old Windows tool: umlauts, sharp s and curly quotes in cp1252.
    let text = "Stra\u{df}enbahn f\u{e4}hrt wieder\n\n\u{201c}Wir sind froh\u{201d}, sagte die B\u{fc}rgermeisterin am Montag in M\u{fc}nchen. Die Stra\u{df}enbahn f\u{e4}hrt nach drei Wochen wieder durch die Innenstadt.\n";
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| match c {
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            c => u8::try_from(u32::from(c)).expect("Latin-1"),
        })
        .collect();
    assert!(std::str::from_utf8(&bytes).is_err(), "the bytes are not UTF-8");
    let article = kliping::parse_bytes(&bytes, &Options::default()).expect("parses");
    assert!(article.body.contains("\u{201c}Wir sind froh\u{201d}, sagte die B\u{fc}rgermeisterin"), "{}", article.body);
    assert!(decoded_note(&article).is_some_and(|m| m.contains("windows-1252")), "{:?}", article.diagnostics);
}

#[test]
fn bytes_that_are_no_known_text_are_refused_with_what_they_are() {
    let mut bytes = b"Judul berita\n\nIsi berita \x81\x8d yang rusak.".to_vec();
    bytes.extend_from_slice(&[0x90, 0x9d]);
    match kliping::parse_bytes(&bytes, &Options::default()) {
        Err(ParseError::Binary { reason }) => assert!(reason.contains("not UTF-8") && reason.contains("Windows-1252"), "{reason}"),
        other => panic!("{other:?}"),
    }
    match kliping::parse_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", &Options::default()) {
        Err(ParseError::Binary { reason }) => assert!(reason.contains("NUL"), "{reason}"),
        other => panic!("{other:?}"),
    }
}
