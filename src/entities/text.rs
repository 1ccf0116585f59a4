//! Tokens, sentences and offsets.
//!
//! Tokens follow the NER corpora's convention: punctuation is split off words
//! ("( TPPO )"), but hyphenated words ("kasus-kasus"), apostrophes ("Jum'at")
//! and digit groups ("3.703", "1,25") stay whole. Offsets here are byte offsets
//! into the text; [`CharOffsets`] turns them into the code-point offsets of the
//! output.

use std::ops::Range;

/// A token and its byte span in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset just past its last byte.
    pub end: usize,
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    // Sized up front: news text has a token every five or six bytes, and a body
    // grown push by push is copied a dozen times over.
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    // Characters are read where they stand, a byte offset at a time, rather than
    // gathered into a list first: a token needs at most two characters of lookahead.
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut prev = c;
            while let Some(cj) = char_at(text, i) {
                if cj.is_alphanumeric() || is_mark(cj) {
                    prev = cj;
                    i += cj.len_utf8();
                    continue;
                }
                let after = i + cj.len_utf8();
                let next = char_at(text, after);
                // An English possessive ("Lindsay’s") is a token of its own.
                let possessive = matches!(next, Some('s' | 'S')) && char_at(text, after + 1).is_none_or(|n| !n.is_alphanumeric());
                let joins = match cj {
                    '-' => next.is_some_and(char::is_alphanumeric),
                    '\'' | '’' => prev.is_alphabetic() && next.is_some_and(char::is_alphabetic) && !possessive,
                    '.' | ',' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                    _ => false,
                };
                match next {
                    Some(n) if joins => {
                        prev = n;
                        i = after + n.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        out.push(Token { text: &text[start..i], start, end: i });
    }
    out
}

/// The character at byte offset `at` of `text`, if one starts there.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(at..)?.chars().next(),
        None => None,
    }
}

fn is_mark(c: char) -> bool {
    // Combining marks (U+0300..U+036F and friends) belong to the letter before.
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// Lower-case word tokens of a phrase, for list lookups.
pub fn words_lower(phrase: &str) -> Vec<String> {
    tokenize(phrase).iter().map(|t| t.text.to_lowercase()).collect()
}

/// The lower-case forms of `words`, written one after another into `buf` (which
/// is cleared first) and handed back as slices of it: one buffer a sentence
/// rather than one string a word, since every sentence of every article needs them.
pub fn lower_words<'b>(words: &[&str], buf: &'b mut String) -> Vec<&'b str> {
    buf.clear();
    let mut ends = Vec::with_capacity(words.len());
    for w in words {
        push_lower(w, buf);
        ends.push(buf.len());
    }
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let word = &buf[start..end];
            start = end;
            word
        })
        .collect()
}

/// Appends `word` in lower case to `out`, as [`str::to_lowercase`] writes it.
pub fn push_lower(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Abbreviations after which a full stop does not end a sentence: titles and
/// courtesy words ("Dr.", "Gov. Matt Bevin", "Sen. Lindsey Graham"), company
/// endings ("Warner Bros. Discovery"), place words ("St. Louis", "Mt. Everest")
/// and the US states as news agencies abbreviate them ("Los Angeles, Calif.,
/// police"), less those that are words too ("Ill.", "Mass.", "Wash.", "Ark.", and
/// "Kan.", which is the Indonesian "kan").
static ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "ir", "prof", "h", "hj", "kh", "st", "jl", "no", "kec", "kab", "mr", "mrs", "ms", "jr", "sr", "vs",
    "sdr", "bpk", "tn", "ny", "inc", "corp", "ltd", "co", "u.s", "gen", "lt", "col", "sgt", "rev", "dll", "dsb", "tsb",
    "gov", "sen", "rep", "reps", "sens", "capt", "cpl", "maj", "adm", "cmdr", "det", "insp", "supt", "atty", "messrs",
    "bros", "cos", "mt", "ft",
];

/// Whether a word (lower case, without its full stop) is an abbreviation after
/// which a full stop does not end a sentence.
pub fn is_abbreviation(lower: &str) -> bool {
    ABBREVIATIONS.contains(&lower) || super::lexicon::STATE_ABBREVIATIONS.contains(lower)
}

/// The longest sentence the tagger is given, in tokens. News sentences are far
/// shorter; a run of text with no full stop (a pasted table, a line of symbols)
/// is cut into pieces of this length, so the tagger's work and memory per
/// sentence stay bounded.
pub const MAX_SENTENCE_TOKENS: usize = 150;

/// Sentences of a tokenised text, as token index ranges. A sentence ends after
/// `.`, `!` or `?` (and any closing quotes or brackets) unless the full stop
/// follows an abbreviation or an initial, always at a line break, and after
/// [`MAX_SENTENCE_TOKENS`] tokens.
pub fn sentences(text: &str, tokens: &[Token<'_>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let next_on_new_line = tokens.get(i + 1).is_some_and(|n| text[tokens[i].end..n.start].contains('\n'));
        let t = tokens[i].text;
        let mut ends = next_on_new_line || i + 1 == tokens.len() || i + 1 - start >= MAX_SENTENCE_TOKENS;
        if !ends && matches!(t, "." | "!" | "?") {
            let prev = if i > 0 { tokens[i - 1].text } else { "" };
            let prev_lower = prev.to_lowercase();
            let abbreviation = t == "."
                && (is_abbreviation(&prev_lower) || is_initial(prev));
            let next = tokens.get(i + 1).map_or("", |n| n.text);
            let closes = matches!(next, "\"" | "”" | "’" | ")" | "'");
            ends = !abbreviation && !closes;
        }
        if !ends && matches!(t, "\"" | "”" | "’" | ")" | "'") && i > 0 && matches!(tokens[i - 1].text, "." | "!" | "?") {
            let next = tokens.get(i + 1).map_or("", |n| n.text);
            ends = next.chars().next().is_some_and(char::is_uppercase);
        }
        if ends {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    out
}

fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Turns byte offsets into code-point offsets of one text, in O(log n) each.
#[derive(Debug)]
pub struct CharOffsets {
    /// Byte offset of every char, in order, then the text length.
    bytes: Vec<usize>,
}

impl CharOffsets {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharOffsets {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CharOffsets { bytes }
    }

    /// The code-point offset of a byte offset (a char boundary, or the next one after it).
    pub fn char_of(&self, byte: usize) -> u32 {
        let i = self.bytes.partition_point(|&b| b < byte);
        u32::try_from(i).unwrap_or(u32::MAX)
    }
}

/// A pattern with its word boundaries (`\b`) made ASCII (`(?-u:\b)`).
///
/// A Unicode `\b` stops `regex`'s fast engines at the first non-ASCII
/// character (curly quotes, dashes and accented names are in most articles) and
/// sends the whole search to the slow ones; the entity patterns look for
/// numbers and ASCII words (month names, speech verbs), for which the ASCII
/// boundary is the same.
pub fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_words_match_to_lowercase() {
        let words = ["Menteri", "LUAR", "negeri", "İstanbul", "ÖZIL", "3.703"];
        let mut buf = String::new();
        let lower = lower_words(&words, &mut buf);
        let expected: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        assert_eq!(lower, expected);
    }

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    /// The tokenizer as first written, over a list of every character: the
    /// one that reads characters in place must split every text the same way.
    fn tokenize_from_a_list(text: &str) -> Vec<(usize, usize)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let (mut out, mut i) = (Vec::new(), 0);
        while i < chars.len() {
            let (start, c) = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            if c.is_alphanumeric() {
                while j < chars.len() {
                    let cj = chars[j].1;
                    if cj.is_alphanumeric() || is_mark(cj) {
                        j += 1;
                        continue;
                    }
                    let (prev, next) = (chars[j - 1].1, chars.get(j + 1).map(|p| p.1));
                    let possessive = matches!(next, Some('s' | 'S')) && chars.get(j + 2).is_none_or(|p| !p.1.is_alphanumeric());
                    let joins = match cj {
                        '-' => next.is_some_and(char::is_alphanumeric),
                        '\'' | '’' => prev.is_alphabetic() && next.is_some_and(char::is_alphabetic) && !possessive,
                        '.' | ',' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                        _ => false,
                    };
                    if !joins {
                        break;
                    }
                    j += 2;
                }
            }
            let end = chars.get(j).map_or(text.len(), |p| p.0);
            out.push((start, end));
            i = j;
        }
        out
    }

    #[test]
    fn reading_characters_in_place_splits_as_the_list_did() {
        let texts = [
            include_str!("../../examples/id-validnews-tppo/raw.txt"),
            include_str!("../../tests/fixtures/en-reuters-business/input.txt"),
            include_str!("../../tests/fixtures/id-regional-leaked-html-crlf/input.txt"),
            "Jum'at O’Brien Lindsay’s Lindsay’S x’s’ a-é-b 3.703,5 1.-2 a- -b é’ü ’s 'S a'", "İstanbul ÖZIL Ñandú 東京タワー 12.x x.12 x-",
            "a\u{301}b-\u{301} ٣.٤ e\u{301}’s", "", " ", "-", "'s", "a'", "a’", "1.", "1,2,", "日本'語",
        ];
        for text in texts {
            let got: Vec<(usize, usize)> = tokenize(text).iter().map(|t| (t.start, t.end)).collect();
            assert_eq!(got, tokenize_from_a_list(text), "{text:?}");
        }
        // And on many short strings of the characters the rules look at.
        let alphabet = ["a", "Z", "1", "-", "'", "’", ".", ",", " ", "s", "S", "é", "\u{301}", "日", "\n", "İ"];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let got: Vec<(usize, usize)> = tokenize(&text).iter().map(|t| (t.start, t.end)).collect();
            assert_eq!(got, tokenize_from_a_list(&text), "{text:?}");
        }
    }

    #[test]
    fn splits_punctuation_but_keeps_words_whole() {
        assert_eq!(toks("perdagangan orang (TPPO) secara"), ["perdagangan", "orang", "(", "TPPO", ")", "secara"]);
        assert_eq!(toks("kasus-kasus 3.703 WNI, Rp1,25 triliun."), ["kasus-kasus", "3.703", "WNI", ",", "Rp1,25", "triliun", "."]);
        assert_eq!(toks("“Saya,” papar Retno"), ["“", "Saya", ",", "”", "papar", "Retno"]);
        assert_eq!(toks("Jum'at O’Brien"), ["Jum'at", "O’Brien"]);
        assert_eq!(toks("Lindsay’s car"), ["Lindsay", "’", "s", "car"]);
        assert_eq!(toks("-- a- -b"), ["-", "-", "a", "-", "-", "b"]);
        assert!(toks("").is_empty());
    }

    #[test]
    fn ends_sentences_at_stops_not_at_abbreviations() {
        let text = "Dr. Ali tiba. Dia pergi.\n\nBaru \"Ya.\" Lalu";
        let t = tokenize(text);
        let s: Vec<String> = sentences(text, &t).into_iter().map(|r| t[r].iter().map(|x| x.text).collect::<Vec<_>>().join(" ")).collect();
        assert_eq!(s, ["Dr . Ali tiba .", "Dia pergi .", "Baru \" Ya . \"", "Lalu"]);
        let text = "Gov. Matt Bevin of Frankfort, Ky. signed it. Lt. Col. Lee left.";
        let t = tokenize(text);
        let s: Vec<String> = sentences(text, &t).into_iter().map(|r| t[r].iter().map(|x| x.text).collect::<Vec<_>>().join(" ")).collect();
        assert_eq!(s, ["Gov . Matt Bevin of Frankfort , Ky . signed it .", "Lt . Col . Lee left ."]);
    }

    #[test]
    fn a_run_without_full_stops_is_cut_into_bounded_sentences() {
        let text = "“” ".repeat(400);
        let t = tokenize(&text);
        let s = sentences(&text, &t);
        assert!(t.len() >= 800, "{} tokens", t.len());
        assert!(s.iter().all(|r| r.len() <= MAX_SENTENCE_TOKENS), "{:?}", s.iter().map(|r| r.len()).collect::<Vec<_>>());
        assert_eq!(s.iter().map(|r| r.len()).sum::<usize>(), t.len(), "every token is in one sentence");
    }

    #[test]
    fn counts_code_points() {
        let text = "“Éa” x";
        let idx = CharOffsets::new(text);
        assert_eq!(idx.char_of(text.find('x').unwrap_or(0)), 5);
        assert_eq!(idx.char_of(text.len()), 6);
    }
}
