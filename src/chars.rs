//! Character classes, answered at once for the letters news is mostly written
//! in. The standard library's `char::is_alphabetic` and `char::is_numeric`
//! look every character outside ASCII up in Unicode tables, a search per
//! character: on a page in Cyrillic, Greek, Arabic, Thai, Japanese, Chinese or
//! Korean, or with many accented letters, that search cost more than the rest
//! of reading the line. The ranges below hold only letters (or, for general
//! punctuation, none); everything else goes to the standard library, and a
//! test checks every character against it.

/// Whether `c` is alphabetic, as [`char::is_alphabetic`] says.
pub fn is_alphabetic(c: char) -> bool {
    match letters(c) {
        Some(letter) => letter,
        None => c.is_alphabetic(),
    }
}

/// Whether `c` is numeric, as [`char::is_numeric`] says.
pub fn is_numeric(c: char) -> bool {
    match c {
        '0'..='9' => true,
        _ => match letters(c) {
            // None of the ranges holds a numeric character.
            Some(_) => false,
            None => c.is_numeric(),
        },
    }
}

/// Whether `c` is alphabetic or numeric, as [`char::is_alphanumeric`] says.
pub fn is_alphanumeric(c: char) -> bool {
    match letters(c) {
        Some(letter) => letter,
        None => c.is_alphanumeric(),
    }
}

/// The words of a text: its runs of letters or digits (as [`is_alphanumeric`]
/// says), in order. Reads bytes, and decodes a character only outside ASCII,
/// where splitting on a character predicate decodes every one (and costs
/// twice as much on news text).
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`].
pub struct Words<'a> {
    text: &'a str,
    /// Where the next search starts: always a character boundary.
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let mut i = self.at;
        let mut start = None;
        while let Some((word, len)) = word_char_at(self.text, i) {
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(from)) => {
                    self.at = i + len;
                    return self.text.get(from..i);
                }
                _ => {}
            }
            i += len;
        }
        self.at = i;
        start.and_then(|from| self.text.get(from..i))
    }
}

/// Whether the character at byte `i` of a text is a word character (a letter
/// or digit), and its length in bytes; `None` at the end. `i` must be a
/// character boundary (callers move by characters' lengths). ASCII is
/// answered from the byte, without decoding.
#[inline]
pub fn word_char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    Some(wide_word_char_at(text, i))
}

/// [`word_char_at`] outside ASCII, kept out of line so the ASCII loop stays tight.
#[inline(never)]
fn wide_word_char_at(text: &str, i: usize) -> (bool, usize) {
    text.get(i..).and_then(|rest| rest.chars().next()).map_or((false, 1), |c| (is_alphanumeric(c), c.len_utf8()))
}

/// The text in lower case, as [`str::to_lowercase`] gives it, without the
/// standard library's table search for the characters most non-ASCII text is
/// made of (accented Latin and Cyrillic capitals, and characters without case:
/// general punctuation, CJK, kana, Hangul, Arabic, Hebrew, Thai).
pub fn to_lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\0'..='\x7f' => out.push(c),
            // A capital sigma's lower case depends on the letters around it.
            'Σ' => return text.to_lowercase(),
            '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' | '\u{410}'..='\u{42f}' => out.push(shifted(c, 0x20)),
            '\u{400}'..='\u{40f}' => out.push(shifted(c, 0x50)),
            '\u{df}'..='\u{ff}' | '\u{430}'..='\u{45f}' | '\u{590}'..='\u{6ff}' | '\u{e00}'..='\u{e7f}' | '\u{2000}'..='\u{206f}' => out.push(c),
            '\u{3000}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The character `by` code points further on (within the ranges above, always one).
fn shifted(c: char, by: u32) -> char {
    char::from_u32(u32::from(c) + by).unwrap_or(c)
}

/// `Some(true)` for a character of a range of letters only, `Some(false)` for
/// one of a range of no letters or digits, `None` when the tables must say.
fn letters(c: char) -> Option<bool> {
    match c {
        'a'..='z' | 'A'..='Z' => Some(true),
        '0'..='9' => None,
        '\0'..='\x7f' => Some(false),
        // Latin-1 letters, Latin Extended-A and -B, IPA, modifier letters.
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{2c1}' => Some(true),
        // Greek, Cyrillic, Hebrew, Arabic, Thai letters.
        '\u{391}'..='\u{3a1}' | '\u{3a3}'..='\u{3f5}' | '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => Some(true),
        '\u{5d0}'..='\u{5ea}' | '\u{620}'..='\u{64a}' | '\u{e01}'..='\u{e30}' => Some(true),
        // General punctuation: spaces, dashes, quotes, bullets.
        '\u{2000}'..='\u{206f}' => Some(false),
        // Hiragana, Katakana, CJK ideographs, Hangul syllables.
        '\u{3041}'..='\u{3096}' | '\u{30a1}'..='\u{30fa}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_is_classed_as_the_standard_library_classes_it() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?} U+{:04X}", u32::from(c));
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?} U+{:04X}", u32::from(c));
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?} U+{:04X}", u32::from(c));
            let alone = c.to_string();
            assert_eq!(to_lowercase(&alone), alone.to_lowercase(), "{c:?} U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn text_is_lower_cased_as_the_standard_library_does_it() {
        for text in ["Plain ASCII, Capitals", "“Kutipan” Ménage À TROIS — ĲSSEL", "ПРИВЕТ Ѐ мир", "ΟΔΟΣ Σ ΣΑΣ", "İstanbul ǅ ẞ", "東京 ＡＢＣ 한국어", ""] {
            assert_eq!(to_lowercase(text), text.to_lowercase(), "{text:?}");
        }
    }
}
