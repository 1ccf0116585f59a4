//! Language guess: the script of the letters first, then stop-word counts.

use crate::lexicon::STOP_WORDS;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Code returned when the language cannot be told.
pub const UNDETERMINED: &str = "und";

/// Bit set on words of [`crate::lexicon::BOILERPLATE_WORDS`].
pub const BOILERPLATE: u32 = 1 << 31;

/// For every listed word, the set of languages (bit i = `STOP_WORDS[i]`) whose
/// stop word it is, and [`BOILERPLATE`] for site-furniture words; with a filter
/// that turns most other words away before the map is asked.
struct WordTable {
    map: HashMap<&'static str, u32>,
    /// One bit per [`filter_slot`], set for the listed words: a word whose bit
    /// is clear is not listed. Most words of a page are not, and this is
    /// cheaper than hashing the whole word.
    filter: [u64; FILTER_BITS / 64],
    /// The longest listed word, in bytes.
    longest: usize,
}

const FILTER_BITS: usize = 4096;

/// A word's slot in [`WordTable::filter`], from its length and its first and last bytes.
fn filter_slot(word: &[u8]) -> usize {
    let (first, last) = (word.first().copied().unwrap_or(0), word.last().copied().unwrap_or(0));
    let key = u32::from(first) | u32::from(last) << 8 | (word.len() as u32 & 0xff) << 16;
    (key.wrapping_mul(0x9e37_79b1) >> (32 - FILTER_BITS.trailing_zeros())) as usize
}

static WORD_LANGS: LazyLock<WordTable> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u32> = HashMap::default();
    for (i, list) in STOP_WORDS.iter().enumerate() {
        for w in list.words.split_ascii_whitespace() {
            *map.entry(w).or_default() |= 1 << i;
        }
    }
    for w in crate::lexicon::BOILERPLATE_WORDS.split_ascii_whitespace() {
        *map.entry(w).or_default() |= BOILERPLATE;
    }
    let mut filter = [0u64; FILTER_BITS / 64];
    for w in map.keys() {
        let slot = filter_slot(w.as_bytes());
        filter[slot / 64] |= 1 << (slot % 64);
    }
    let longest = map.keys().map(|w| w.len()).max().unwrap_or(0);
    WordTable { map, filter, longest }
});

/// The flags of a lower-case word: its stop-word languages and [`BOILERPLATE`].
pub fn word_flags(word: &str) -> u32 {
    let table = &*WORD_LANGS;
    let slot = filter_slot(word.as_bytes());
    if word.len() > table.longest || table.filter[slot / 64] & (1 << (slot % 64)) == 0 {
        return 0;
    }
    table.map.get(word).copied().unwrap_or(0)
}

/// The stop-word bit of a language, or every language's when it has no list.
pub fn stop_mask(lang: &str) -> u32 {
    match STOP_WORDS.iter().position(|s| s.lang == lang) {
        Some(i) => 1 << i,
        None => !BOILERPLATE,
    }
}

/// Whether `word` (lower-case) is a stop word of `lang`, or of any language when
/// `lang` has no list.
pub fn is_stop_word(word: &str, lang: &str) -> bool {
    word_flags(word) & stop_mask(lang) != 0
}

/// How many lines [`detect`] reads at most: a page's language shows in its
/// first few hundred lines of prose.
pub const DETECT_LINES: usize = 200;

/// Number of languages with stop-word lists.
pub const LANGS: usize = 16;

/// Evidence for a page's language, gathered word by word.
#[derive(Debug, Clone, Default)]
pub struct Votes {
    scripts: ScriptCounts,
    scores: [f64; LANGS],
    words: usize,
}

impl Votes {
    /// Counts one word: its letters' scripts and its stop-word languages.
    pub fn add_word(&mut self, token: &str, flags: u32) {
        self.words += 1;
        if token.is_ascii() {
            // Most words: their letters are Latin, their digits no script.
            self.scripts.latin += token.bytes().take(64).filter(u8::is_ascii_alphabetic).count();
        } else {
            for c in token.chars().take(64) {
                self.scripts.add(c);
            }
        }
        let mask = flags & !BOILERPLATE;
        if mask != 0 {
            let share = 1.0 / f64::from(mask.count_ones());
            for (i, score) in self.scores.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *score += share;
                }
            }
        }
    }

    /// Counts one character that stands outside words (an ideograph).
    pub fn add_char(&mut self, c: char) {
        self.scripts.add(c);
    }

    /// The language the evidence points to, or [`UNDETERMINED`].
    pub fn decide(&self) -> &'static str {
        if let Some(code) = self.scripts.dominant_non_latin() {
            return code;
        }
        let (best, best_score) =
            self.scores.iter().enumerate().fold((0, 0.0), |acc, (i, s)| if *s > acc.1 { (i, *s) } else { acc });
        let second = self.scores.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, s)| *s).fold(0.0, f64::max);
        if best_score >= 3.0 && best_score >= second * 1.3 && best_score >= self.words as f64 * 0.04 {
            STOP_WORDS.get(best).map_or(UNDETERMINED, |s| s.lang)
        } else {
            UNDETERMINED
        }
    }
}

/// Guesses the language of a text from its sentence-like lines.
pub fn detect<'a>(lines: impl IntoIterator<Item = &'a str>) -> &'static str {
    let mut votes = Votes::default();
    let mut word = String::new();
    for line in lines.into_iter().take(DETECT_LINES) {
        for token in line.split(|c: char| !crate::chars::is_alphanumeric(c)).filter(|t| !t.is_empty()) {
            word.clear();
            word.extend(token.chars().flat_map(char::to_lowercase));
            votes.add_word(token, word_flags(&word));
        }
    }
    votes.decide()
}

#[derive(Debug, Clone, Default)]
struct ScriptCounts {
    latin: usize,
    cyrillic: usize,
    kana: usize,
    han: usize,
    hangul: usize,
    arabic: usize,
    devanagari: usize,
    thai: usize,
    greek: usize,
    hebrew: usize,
}

impl ScriptCounts {
    fn add(&mut self, c: char) {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' => self.latin += 1,
            '\u{400}'..='\u{4ff}' => self.cyrillic += 1,
            '\u{3040}'..='\u{30ff}' => self.kana += 1,
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' => self.han += 1,
            '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' => self.hangul += 1,
            '\u{600}'..='\u{6ff}' => self.arabic += 1,
            '\u{900}'..='\u{97f}' => self.devanagari += 1,
            '\u{e00}'..='\u{e7f}' => self.thai += 1,
            '\u{370}'..='\u{3ff}' => self.greek += 1,
            '\u{590}'..='\u{5ff}' => self.hebrew += 1,
            _ => {}
        }
    }

    /// The language of a non-Latin script that makes up most letters, if any.
    fn dominant_non_latin(&self) -> Option<&'static str> {
        let cjk = self.kana + self.han;
        let candidates = [
            (self.cyrillic, "ru"),
            (cjk, if self.kana * 10 > cjk { "ja" } else { "zh" }),
            (self.hangul, "ko"),
            (self.arabic, "ar"),
            (self.devanagari, "hi"),
            (self.thai, "th"),
            (self.greek, "el"),
            (self.hebrew, "he"),
        ];
        let (count, code) = candidates.iter().max_by_key(|(n, _)| *n)?;
        (*count > self.latin && *count >= 20).then_some(*code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_passes_the_filter_and_others_are_not_listed() {
        let table = &*WORD_LANGS;
        for (w, &flags) in &table.map {
            assert_eq!(word_flags(w), flags, "{w}");
            assert_ne!(flags, 0, "{w}");
        }
        for w in ["perdagangan", "trafficking", "", "x".repeat(table.longest + 1).as_str(), "für", "dan"] {
            assert_eq!(word_flags(w), table.map.get(w).copied().unwrap_or(0), "{w}");
        }
        assert_ne!(word_flags("dan"), 0);
    }

    #[test]
    fn every_language_has_a_bit() {
        assert_eq!(STOP_WORDS.len(), LANGS);
        const { assert!(LANGS < 31, "bit 31 is the boilerplate flag") };
    }

    #[test]
    fn tells_indonesian_from_english_and_german() {
        assert_eq!(detect(["Dia mengatakan, isu TPPO yang kian meningkat menjadi perhatian serius kedua negara dan juga untuk semua."]), "id");
        assert_eq!(detect(["Shares of the company are dropping after it cut its guidance, and that is a problem for the market."]), "en");
        assert_eq!(detect(["Die Regierung hat am Montag beschlossen, dass die Steuer nicht erhöht wird und auch keine neue kommt."]), "de");
    }

    #[test]
    fn says_und_when_unsure() {
        assert_eq!(detect(["Home", "Login"]), UNDETERMINED);
        assert_eq!(detect(Vec::<&str>::new()), UNDETERMINED);
    }

    #[test]
    fn reads_scripts() {
        assert_eq!(detect(["Правительство России объявило о новых мерах поддержки экономики в понедельник вечером"]), "ru");
        assert_eq!(detect(["東京都は月曜日、新しい経済対策を発表しました。これは多くの人々に影響を与えます。"]), "ja");
    }
}
