//! Acronyms and their expansions.
//!
//! An expansion in the text is a long form next to a short form in brackets:
//! "tindak pidana perdagangan orang (TPPO)", "Menteri Luar Negeri (Menlu)", or
//! the other way round, "JCBC (Joint Commission for Bilateral Cooperation)". The
//! long form is found by matching the short form's letters, right to left, in
//! the words before the bracket, the first letter at a word start (the method of
//! Schwartz and Hearst, 2003), which also fits Indonesian syllable acronyms
//! ("Menlu" = MENteri LUar negeri). Acronyms the text does not spell out come
//! from the curated list when they appear.

use crate::entities::lexicon::{AcronymClass, Lists};
use crate::entities::text::Token;

/// An acronym found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymFound {
    /// The short form. Example: `TPPO`.
    pub short: String,
    /// The long form as written. Example: `tindak pidana perdagangan orang`.
    pub long: String,
    /// Byte span of the long form, when the text spells it out.
    pub long_span: Option<(usize, usize)>,
    /// Byte span of the short form at its definition or first use.
    pub short_span: (usize, usize),
    /// What the acronym names, when the list knows it.
    pub class: Option<AcronymClass>,
    /// Whether the expansion was found in the text (else the curated list).
    pub in_text: bool,
}

/// Whether a token looks like a short form: 2 to 12 letters or digits, with at
/// least two capitals ("TPPO", "KemenPPPA") or one capital and a known list entry
/// or an in-text long form ("Menlu").
pub fn looks_short(word: &str) -> bool {
    let n = word.chars().count();
    let caps = word.chars().filter(|c| c.is_uppercase()).count();
    (2..=12).contains(&n) && word.chars().all(|c| c.is_alphanumeric() || c == '-') && word.chars().next().is_some_and(char::is_uppercase) && (caps >= 2 || n <= 8)
}

/// Whether a word is the party and state that US news writes after a member of
/// Congress ("Rep. Robert Aderholt (R-AL)", "(D-Calif"): no acronym of the name.
fn is_party_label(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    let state = |s: &str| (s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())) || crate::entities::lexicon::STATE_ABBREVIATIONS.contains(&s.to_lowercase());
    matches!(parts.next(), Some("R" | "D" | "I")) && parts.next().is_some_and(state)
}

/// Words that may not start a long form.
static NOT_FIRST: &[&str] = &["dan", "atau", "yang", "di", "ke", "dari", "the", "of", "and", "for", "a", "an", "to", "in", "on"];

/// Finds the long form ending at token `end` (exclusive) for `short`, within
/// `tokens[floor..end]`: the token index where it starts.
fn long_form_start(tokens: &[Token<'_>], floor: usize, end: usize, short: &str) -> Option<usize> {
    let letters: Vec<char> = short.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let max_words = (letters.len() + 5).min(letters.len() * 2).max(2);
    let lo = end.saturating_sub(max_words).max(floor);
    let words: Vec<Vec<char>> = tokens[lo..end].iter().map(|t| t.text.chars().flat_map(char::to_lowercase).collect()).collect();
    // Right to left: each letter of the short form in the words, the first at a word start.
    let mut w = words.len();
    let mut pos: Option<usize> = None;
    for si in (0..letters.len()).rev() {
        let target = letters[si];
        loop {
            if w == 0 {
                return None;
            }
            let word = &words[w - 1];
            let from = pos.unwrap_or(word.len());
            let found = if si == 0 {
                (from > 0 && word.first() == Some(&target)).then_some(0)
            } else {
                word[..from].iter().rposition(|c| *c == target)
            };
            match found {
                Some(p) => {
                    pos = Some(p);
                    break;
                }
                None => {
                    w -= 1;
                    pos = None;
                }
            }
        }
    }
    let start = lo + w - 1;
    // At least two words, and at least two word initials among the short form's letters.
    let initials = words[w - 1..].iter().filter(|wd| wd.first().is_some_and(|c| letters.contains(c))).count();
    (end - start >= 2 && initials >= 2 && !NOT_FIRST.contains(&words[w - 1].iter().collect::<String>().as_str())).then_some(start)
}

/// Tokens that end a clause: a long form never runs across them.
fn is_boundary(t: &str) -> bool {
    matches!(t, "," | "." | ";" | ":" | "(" | ")" | "“" | "”" | "\"" | "!" | "?" | "[" | "]")
}

/// Acronyms defined in a text by a bracket ("long (SHORT)" or "SHORT (long)").
pub fn find_defined(text: &str, tokens: &[Token<'_>]) -> Vec<AcronymFound> {
    let mut out: Vec<AcronymFound> = Vec::new();
    for i in 1..tokens.len() {
        if tokens[i].text != "(" {
            continue;
        }
        let close = (i + 1..tokens.len().min(i + 14)).find(|&j| tokens[j].text == ")");
        let Some(close) = close else { continue };
        let inside = &tokens[i + 1..close];
        // "long (SHORT)"
        if inside.len() == 1 && looks_short(inside[0].text) && !is_party_label(inside[0].text) {
            let floor = (0..i).rev().find(|&j| is_boundary(tokens[j].text)).map_or(0, |j| j + 1);
            if let Some(s) = long_form_start(tokens, floor, i, inside[0].text) {
                push(&mut out, text, inside[0], tokens[s].start, tokens[i - 1].end);
                continue;
            }
        }
        // "SHORT (long)"
        if inside.len() >= 2
            && looks_short(tokens[i - 1].text)
            && !inside.iter().any(|t| is_boundary(t.text))
            && long_form_start(inside, 0, inside.len(), tokens[i - 1].text) == Some(0)
        {
            push(&mut out, text, tokens[i - 1], inside[0].start, inside[inside.len() - 1].end);
        }
    }
    out
}

fn push(out: &mut Vec<AcronymFound>, text: &str, short: Token<'_>, ls: usize, le: usize) {
    if out.iter().any(|a| a.short == short.text) {
        return;
    }
    out.push(AcronymFound {
        short: short.text.to_string(),
        long: text[ls..le].to_string(),
        long_span: Some((ls, le)),
        short_span: (short.start, short.end),
        class: None,
        in_text: true,
    });
}

/// Acronyms from the curated list that appear as tokens of the text and are not already defined.
pub fn find_listed(tokens: &[Token<'_>], lists: &Lists, defined: &[AcronymFound]) -> Vec<AcronymFound> {
    let mut out: Vec<AcronymFound> = Vec::new();
    for t in tokens {
        let Some(known) = lists.acronym(t.text) else { continue };
        if known.short == known.long || defined.iter().chain(&out).any(|a| a.short == known.short) {
            continue;
        }
        out.push(AcronymFound {
            short: known.short.clone(),
            long: known.long.clone(),
            long_span: None,
            short_span: (t.start, t.end),
            class: Some(known.class),
            in_text: false,
        });
    }
    out
}

/// Acronym definitions a test runs: (text, short, long); and texts with none.
pub static EXAMPLES: &[(&str, &str, &str)] = &[
    ("pencegahan tindak pidana perdagangan orang (TPPO) secara", "TPPO", "tindak pidana perdagangan orang"),
    ("Menteri Luar Negeri (Menlu) Retno Marsudi", "Menlu", "Menteri Luar Negeri"),
    ("dalam pertemuan Joint Commission for Bilateral Cooperation (JCBC) antara", "JCBC", "Joint Commission for Bilateral Cooperation"),
    ("the World Health Organization (WHO) said", "WHO", "World Health Organization"),
    ("menurut BNPB (Badan Nasional Penanggulangan Bencana), banjir", "BNPB", "Badan Nasional Penanggulangan Bencana"),
    ("Kementerian Luar Negeri (Kemenlu) menyatakan", "Kemenlu", "Kementerian Luar Negeri"),
];

/// Brackets that are not acronym definitions.
pub static NEGATIVES: &[&str] = &[
    "pada Rabu (21/8) di Phnom Penh",
    "Retno Marsudi (kanan) bersama",
    "di Phnom Penh (Kamboja) kemarin",
    "warga negara Indonesia (WN(), papar",
    "the company (which declined to comment) said",
    "said Rep. Robert Aderholt (R-AL) on Tuesday",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::text::tokenize;

    #[test]
    fn finds_each_example_and_no_negative() {
        for (text, short, long) in EXAMPLES {
            let got = find_defined(text, &tokenize(text));
            let pairs: Vec<(&str, &str)> = got.iter().map(|a| (a.short.as_str(), a.long.as_str())).collect();
            assert_eq!(pairs, [(*short, *long)], "{text:?}");
        }
        for text in NEGATIVES {
            let got = find_defined(text, &tokenize(text));
            assert!(got.is_empty(), "{text:?}: {got:?}");
        }
    }

    #[test]
    fn listed_acronyms_come_from_the_list() {
        let text = "WNI di KBRI dan TPPO";
        let toks = tokenize(text);
        let got = find_listed(&toks, &crate::entities::lexicon::LISTS, &[]);
        let shorts: Vec<&str> = got.iter().map(|a| a.short.as_str()).collect();
        assert_eq!(shorts, ["WNI", "KBRI", "TPPO"]);
        assert_eq!(got[1].long, "Kedutaan Besar Republik Indonesia");
    }
}
