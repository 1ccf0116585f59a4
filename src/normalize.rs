//! Stage 1: turn whatever was pasted into clean text lines.
//!
//! Refuses input that is too large, empty or binary; renders HTML pages and
//! fragments to text ([`crate::html`]); and cleans each line: line breaks unified,
//! no-break and zero-width characters replaced or removed, runs of spaces collapsed.
//! HTML character references are decoded later, per line, by the segmenter, so a
//! line that still carries leaked markup can be recognised as such.

use crate::{Options, ParseError, html};
use std::sync::LazyLock;

/// The text the later stages read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The input with line breaks unified to `\n`; for HTML input, the rendered text.
    pub text: String,
    /// The input was HTML and was rendered to text.
    pub from_html: bool,
    /// The input held U+FFFD replacement characters (a decoding went wrong upstream).
    pub had_replacements: bool,
}

/// Text decoded from bytes, and the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: &'static str,
}

/// Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or
/// else Windows-1252 (a superset of Latin-1, the usual encoding of older
/// Western pages) when the bytes are plausible text in it.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ParseError> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return Ok(Decoded { text: decode_utf16(rest, u16::from_le_bytes), encoding: "utf-16le" });
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return Ok(Decoded { text: decode_utf16(rest, u16::from_be_bytes), encoding: "utf-16be" });
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<Decoded, ParseError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded { text: s.to_string(), encoding: "utf-8" }),
        Err(_) if bytes.contains(&0) => Err(ParseError::Binary {
            reason: "it is neither UTF-8 nor UTF-16 with a byte-order mark, and it contains NUL bytes".to_string(),
        }),
        Err(e) => {
            // Bytes that Windows-1252 leaves undefined mean it is not that either.
            if bytes.iter().any(|b| matches!(b, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d)) {
                return Err(ParseError::Binary {
                    reason: format!("it is not UTF-8 (invalid byte at offset {}) nor Windows-1252", e.valid_up_to()),
                });
            }
            Ok(Decoded { text: bytes.iter().map(|&b| windows_1252(b)).collect(), encoding: "windows-1252" })
        }
    }
}

fn decode_utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| word([c[0], c[1]]));
    char::decode_utf16(units).map(|r| r.unwrap_or('\u{fffd}')).collect()
}

/// One Windows-1252 byte as a character.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’',
        '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Checks and prepares the input.
pub fn normalize(input: &str, options: &Options) -> Result<Text, ParseError> {
    if input.len() > options.max_bytes {
        return Err(ParseError::TooLarge { bytes: input.len(), limit: options.max_bytes });
    }
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    if input.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(reason) = binary_reason(input) {
        return Err(ParseError::Binary { reason });
    }
    let from_html = html::looks_like_html(input);
    let text = if from_html { html::to_text(input) } else { unify_line_breaks(input) };
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(Text { had_replacements: input.contains('\u{fffd}'), text, from_html })
}

/// Says why the input looks binary, if it does: NUL bytes, or many control characters.
fn binary_reason(input: &str) -> Option<String> {
    // Counted over bytes, in passes the compiler turns into vector code: a
    // character starts at every byte that is not a continuation byte, and the
    // control characters are the ASCII ones and U+0080 to U+009F (0xc2
    // followed by 0x80 to 0x9f).
    let sample = first_chars(input.as_bytes(), BINARY_CHECK_CHARS);
    if memchr::memchr(0, sample).is_some() {
        return Some("it contains NUL bytes, as binary files do".to_string());
    }
    let total = sample.iter().filter(|&&b| b & 0xc0 != 0x80).count();
    let c0 = sample.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f).count();
    let c1 = memchr::memchr_iter(0xc2, sample).filter(|&i| matches!(sample.get(i + 1), Some(0x80..=0x9f))).count();
    let control = c0 + c1;
    (total > 0 && control * 10 > total).then(|| {
        format!("{} of its first {} characters are control characters", control, total)
    })
}

/// The bytes of the first `n` characters of UTF-8 text, counted a block of
/// bytes at a time (a character starts at every byte that is not a
/// continuation byte).
fn first_chars(bytes: &[u8], n: usize) -> &[u8] {
    const BLOCK: usize = 4096;
    // No more characters than bytes.
    if bytes.len() <= n {
        return bytes;
    }
    let starts = |b: &[u8]| b.iter().filter(|&&b| b & 0xc0 != 0x80).count();
    let (mut end, mut seen) = (0, 0);
    for block in bytes.chunks(BLOCK) {
        let here = starts(block);
        if seen + here > n {
            // The character after the n-th starts in this block.
            let at = block.iter().enumerate().filter(|(_, b)| **b & 0xc0 != 0x80).nth(n - seen).map_or(block.len(), |(i, _)| i);
            return &bytes[..end + at];
        }
        seen += here;
        end += block.len();
    }
    bytes
}

/// How many characters [`binary_reason`] reads.
const BINARY_CHECK_CHARS: usize = 64 * 1024;

/// Unifies `\r\n`, `\r`, and the Unicode line and paragraph separators to `\n`.
pub fn unify_line_breaks(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    // Only a character starting with one of these bytes may change: the text
    // between them is copied whole (curly quotes start with 0xe2 too).
    while let Some(at) = memchr::memchr3(b'\r', 0xe2, 0xc2, rest.as_bytes()) {
        out.push_str(&rest[..at]);
        let mut chars = rest[at..].chars();
        match chars.next() {
            Some('\r') => {
                out.push('\n');
                let after = chars.as_str();
                chars = after.strip_prefix('\n').unwrap_or(after).chars();
            }
            Some('\u{2028}' | '\u{2029}' | '\u{85}') => out.push('\n'),
            Some(c) => out.push(c),
            None => {}
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out
}

/// Cleans one line: decodes HTML character references, turns every kind of space
/// into a plain space, drops zero-width and control characters, collapses runs of
/// spaces and trims.
pub fn clean_line(line: &str) -> String {
    if is_clean(line) {
        return line.to_string();
    }
    let decoded = decode_entities(line);
    let mut out = String::with_capacity(decoded.len());
    let mut pending_space = false;
    for c in decoded.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Whether a line has single plain spaces between words and none at the ends,
/// no other space, no invisible character and no character reference: nothing
/// to clean (most lines, curly quotes and accents included).
fn is_clean(line: &str) -> bool {
    // This runs on every line: first the tests on bytes, then a look at the
    // characters outside ASCII, if any.
    let bytes = line.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let controls_or_references = bytes.iter().fold(false, |any, &b| any | (b < 0x20) | (b == 0x7f) | (b == b'&'));
    // One searcher for every line: building one costs more than a short line's search.
    static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("  "));
    if controls_or_references || DOUBLE_SPACE.find(bytes).is_some() {
        return false;
    }
    let mut rest = line;
    while let Some(at) = rest.bytes().position(|b| !b.is_ascii()) {
        let Some(c) = rest.get(at..).and_then(|r| r.chars().next()) else { return false };
        if is_space(c) || is_invisible(c) {
            return false;
        }
        rest = rest.get(at + c.len_utf8()..).unwrap_or_default();
    }
    true
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{3000}')
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{180e}'
            | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    ) || (c.is_control() && c != '\t')
}

/// Decodes HTML character references: numeric ones and the named ones that show
/// up in scraped news text. Unknown names are left as written.
pub fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        match decode_one(tail) {
            Some((c, used)) => {
                out.push(c);
                rest = &tail[used..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Decodes the reference at the start of `s` (which starts with `&`): the
/// character and the bytes it used, semicolon included.
fn decode_one(s: &str) -> Option<(char, usize)> {
    // Names are short: looking no further keeps a long run of letters after
    // an '&' from being scanned for nothing.
    let scan = s.bytes().skip(1).take(MAX_REFERENCE).position(|b| !(b.is_ascii_alphanumeric() || b == b'#'));
    let body_end = scan.map_or(s.len().min(MAX_REFERENCE + 1), |i| i + 1);
    let name = &s[1..body_end];
    if s.as_bytes().get(body_end) != Some(&b';') {
        // A few references are common without their semicolon in leaked markup.
        let bare = ["nbsp", "amp", "lt", "gt", "quot", "copy"].into_iter().find(|b| name.starts_with(b))?;
        return named_entity(bare).map(|c| (c, 1 + bare.len()));
    }
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        numeric_reference(code)?
    } else {
        named_entity(name)?
    };
    Some((c, body_end + 1))
}

/// Longest reference body looked at, after the `&`.
const MAX_REFERENCE: usize = 32;

/// The character of a numeric reference. As browsers do, 128 to 159 name the
/// Windows-1252 characters (`&#150;` is an en dash, as old pages meant it).
fn numeric_reference(code: u32) -> Option<char> {
    match code {
        0 => None,
        0x80..=0x9f => u8::try_from(code).ok().map(windows_1252).filter(|c| !c.is_control()),
        _ => char::from_u32(code),
    }
}

fn named_entity(name: &str) -> Option<char> {
    NAMED.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| NAMED[i].1)
}

/// Named character references: HTML 4's Latin-1 set and the punctuation,
/// symbols and letters that show up in scraped news, sorted by name.
const NAMED: &[(&str, char)] = &[
    ("AElig", '\u{00c6}'),
    ("Aacute", '\u{00c1}'),
    ("Acirc", '\u{00c2}'),
    ("Agrave", '\u{00c0}'),
    ("Aring", '\u{00c5}'),
    ("Atilde", '\u{00c3}'),
    ("Auml", '\u{00c4}'),
    ("Ccedil", '\u{00c7}'),
    ("Dagger", '‡'),
    ("ETH", '\u{00d0}'),
    ("Eacute", '\u{00c9}'),
    ("Ecirc", '\u{00ca}'),
    ("Egrave", '\u{00c8}'),
    ("Euml", '\u{00cb}'),
    ("Iacute", '\u{00cd}'),
    ("Icirc", '\u{00ce}'),
    ("Igrave", '\u{00cc}'),
    ("Iuml", '\u{00cf}'),
    ("Ntilde", '\u{00d1}'),
    ("OElig", 'Œ'),
    ("Oacute", '\u{00d3}'),
    ("Ocirc", '\u{00d4}'),
    ("Ograve", '\u{00d2}'),
    ("Omega", 'Ω'),
    ("Oslash", '\u{00d8}'),
    ("Otilde", '\u{00d5}'),
    ("Ouml", '\u{00d6}'),
    ("Prime", '″'),
    ("Scaron", 'Š'),
    ("THORN", '\u{00de}'),
    ("Uacute", '\u{00da}'),
    ("Ucirc", '\u{00db}'),
    ("Ugrave", '\u{00d9}'),
    ("Uuml", '\u{00dc}'),
    ("Yacute", '\u{00dd}'),
    ("Yuml", 'Ÿ'),
    ("aacute", '\u{00e1}'),
    ("acirc", '\u{00e2}'),
    ("acute", '\u{00b4}'),
    ("aelig", '\u{00e6}'),
    ("agrave", '\u{00e0}'),
    ("alpha", 'α'),
    ("amp", '&'),
    ("apos", '\''),
    ("aring", '\u{00e5}'),
    ("asymp", '≈'),
    ("atilde", '\u{00e3}'),
    ("auml", '\u{00e4}'),
    ("bdquo", '„'),
    ("beta", 'β'),
    ("brvbar", '\u{00a6}'),
    ("bull", '•'),
    ("ccedil", '\u{00e7}'),
    ("cedil", '\u{00b8}'),
    ("cent", '\u{00a2}'),
    ("check", '✓'),
    ("circ", 'ˆ'),
    ("copy", '\u{00a9}'),
    ("curren", '\u{00a4}'),
    ("dagger", '†'),
    ("darr", '↓'),
    ("dash", '‐'),
    ("deg", '\u{00b0}'),
    ("delta", 'δ'),
    ("divide", '\u{00f7}'),
    ("eacute", '\u{00e9}'),
    ("ecirc", '\u{00ea}'),
    ("egrave", '\u{00e8}'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("eth", '\u{00f0}'),
    ("euml", '\u{00eb}'),
    ("euro", '€'),
    ("fnof", 'ƒ'),
    ("frac12", '\u{00bd}'),
    ("frac14", '\u{00bc}'),
    ("frac34", '\u{00be}'),
    ("frasl", '⁄'),
    ("gamma", 'γ'),
    ("ge", '≥'),
    ("gt", '>'),
    ("harr", '↔'),
    ("hearts", '♥'),
    ("hellip", '…'),
    ("horbar", '―'),
    ("hyphen", '‐'),
    ("iacute", '\u{00ed}'),
    ("icirc", '\u{00ee}'),
    ("iexcl", '\u{00a1}'),
    ("igrave", '\u{00ec}'),
    ("infin", '∞'),
    ("iquest", '\u{00bf}'),
    ("iuml", '\u{00ef}'),
    ("laquo", '\u{00ab}'),
    ("larr", '←'),
    ("ldquo", '“'),
    ("le", '≤'),
    ("lrm", '\u{200e}'),
    ("lsaquo", '‹'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("macr", '\u{00af}'),
    ("mdash", '—'),
    ("micro", '\u{00b5}'),
    ("middot", '\u{00b7}'),
    ("minus", '−'),
    ("mu", 'μ'),
    ("nbhy", '\u{2011}'),
    ("nbsp", '\u{00a0}'),
    ("ndash", '–'),
    ("ne", '≠'),
    ("not", '\u{00ac}'),
    ("ntilde", '\u{00f1}'),
    ("oacute", '\u{00f3}'),
    ("ocirc", '\u{00f4}'),
    ("oelig", 'œ'),
    ("ograve", '\u{00f2}'),
    ("oline", '‾'),
    ("ordf", '\u{00aa}'),
    ("ordm", '\u{00ba}'),
    ("oslash", '\u{00f8}'),
    ("otilde", '\u{00f5}'),
    ("ouml", '\u{00f6}'),
    ("para", '\u{00b6}'),
    ("permil", '‰'),
    ("pi", 'π'),
    ("plusmn", '\u{00b1}'),
    ("pound", '\u{00a3}'),
    ("prime", '′'),
    ("quot", '"'),
    ("raquo", '\u{00bb}'),
    ("rarr", '→'),
    ("rdquo", '”'),
    ("reg", '\u{00ae}'),
    ("rlm", '\u{200f}'),
    ("rsaquo", '›'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("scaron", 'š'),
    ("sect", '\u{00a7}'),
    ("shy", '\u{00ad}'),
    ("starf", '★'),
    ("sup1", '\u{00b9}'),
    ("sup2", '\u{00b2}'),
    ("sup3", '\u{00b3}'),
    ("szlig", '\u{00df}'),
    ("thinsp", '\u{2009}'),
    ("thorn", '\u{00fe}'),
    ("tilde", '˜'),
    ("times", '\u{00d7}'),
    ("trade", '™'),
    ("uacute", '\u{00fa}'),
    ("uarr", '↑'),
    ("ucirc", '\u{00fb}'),
    ("ugrave", '\u{00f9}'),
    ("uml", '\u{00a8}'),
    ("uuml", '\u{00fc}'),
    ("yacute", '\u{00fd}'),
    ("yen", '\u{00a5}'),
    ("yuml", '\u{00ff}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_line_handles_leaked_entities_and_spaces() {
        assert_eq!(clean_line("  Indonesia\u{a0} Gandeng&nbsp;Kamboja\u{200b} "), "Indonesia Gandeng Kamboja");
        assert_eq!(clean_line("Tom &amp; Jerry &#8220;x&#x201D;"), "Tom & Jerry “x”");
        assert_eq!(clean_line("AT&T &unknown; & more"), "AT&T &unknown; & more");
        assert_eq!(clean_line("x&nbsp"), "x");
        assert_eq!(decode_entities("&#150; &#x97; &eacute;t&eacute; &amp&lt;b&gt; &copy2024 &#0; &#xD800;"), "– — été &<b> ©2024 &#0; &#xD800;");
        let long = format!("&{}", "a".repeat(100_000));
        assert_eq!(decode_entities(&long), long);
    }

    #[test]
    fn refuses_what_cannot_be_parsed() {
        let opts = Options { max_bytes: 10, ..Options::default() };
        assert!(matches!(normalize("x".repeat(11).as_str(), &opts), Err(ParseError::TooLarge { .. })));
        assert_eq!(normalize(" \n\t ", &Options::default()), Err(ParseError::Empty));
        assert!(matches!(normalize("a\0b", &Options::default()), Err(ParseError::Binary { .. })));
    }

    #[test]
    fn decodes_the_usual_encodings() {
        assert_eq!(decode("Grüße".as_bytes()).map(|d| d.encoding), Ok("utf-8"));
        assert_eq!(decode(b"\xef\xbb\xbfabc").map(|d| d.text), Ok("abc".to_string()));
        let cp1252 = decode(b"Gr\xfc\xdfe \x93quoted\x94").unwrap();
        assert_eq!((cp1252.text.as_str(), cp1252.encoding), ("Grüße “quoted”", "windows-1252"));
        let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain("Hé".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16).map(|d| d.text), Ok("Hé".to_string()));
        assert!(matches!(decode(b"\x00\x01\xff\x00"), Err(ParseError::Binary { .. })));
    }

    #[test]
    fn clean_lines_are_taken_as_they_are() {
        for clean in ["Plain words, one space.", "“Kutipan” di caf\u{e9} — 10 km²"] {
            assert!(is_clean(clean), "{clean:?}");
            // The slow path (reached through a zero-width space) gives the same line.
            assert_eq!(clean_line(&format!("{clean}\u{200b}")), clean, "{clean:?}");
        }
        for dirty in [" lead", "trail ", "two  spaces", "tab\there", "AT&amp;T", "no\u{a0}break", "thin\u{2009}space", "soft\u{ad}hyphen", "c1\u{85}control"] {
            assert!(!is_clean(dirty), "{dirty:?}");
            assert_eq!(clean_line(dirty), clean_line(&format!("{dirty}\u{200b}")), "{dirty:?}");
        }
    }

    /// The control-character count as first written, one character at a time.
    fn binary_reason_by_chars(input: &str) -> Option<String> {
        let (mut total, mut control) = (0usize, 0usize);
        for c in input.chars().take(BINARY_CHECK_CHARS) {
            total += 1;
            if c == '\0' {
                return Some("it contains NUL bytes, as binary files do".to_string());
            }
            if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
                control += 1;
            }
        }
        (total > 0 && control * 10 > total).then(|| format!("{} of its first {} characters are control characters", control, total))
    }

    #[test]
    fn the_first_characters_are_cut_on_a_character_boundary() {
        for text in ["", "abc", "é", "aé€😀b", &"xé€😀".repeat(3000)] {
            for n in [0, 1, 2, 3, 5, 4095, 4096, 4097, 9000, 20_000] {
                let want = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
                assert_eq!(first_chars(text.as_bytes(), n).len(), want, "{n} of {} bytes", text.len());
            }
        }
    }

    #[test]
    fn binary_input_is_told_by_bytes_as_by_characters() {
        let c1 = "\u{85}\u{9f}\u{80}".repeat(30);
        let near_limit = format!("{}{}", "é".repeat(BINARY_CHECK_CHARS - 2), "\u{1}".repeat(9000));
        let nul_past_limit = format!("{}\0", "ü".repeat(BINARY_CHECK_CHARS));
        let cases = ["plain text\r\n\tand\u{c}more", "a\0b", "\u{1}\u{2}\u{3}abc", "Grüße \u{a0}\u{a9}\u{c2}", &c1, "\u{7f}\u{7f}x", "ĀĠ\u{100}", &near_limit, &nul_past_limit];
        for case in cases {
            assert_eq!(binary_reason(case), binary_reason_by_chars(case), "{:?}", &case[..case.len().min(40)]);
        }
        assert!(binary_reason(&c1).is_some());
        assert!(binary_reason(&near_limit).is_none());
        assert!(binary_reason(&nul_past_limit).is_none());
    }

    #[test]
    fn line_breaks_are_unified() {
        assert_eq!(unify_line_breaks("a\r\nb\rc\u{2028}d"), "a\nb\nc\nd");
        // Other characters that start with the same bytes stay as they are.
        assert_eq!(unify_line_breaks("“Kata” ©\r\r\nb\u{85}c\u{2029}\r"), "“Kata” ©\n\nb\nc\n\n");
    }
}
