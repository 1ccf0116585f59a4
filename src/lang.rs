//! Language guess: the script of the letters first, then stop-word counts.

use crate::lexicon::STOP_WORDS;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Code returned when the language cannot be told.
pub const UNDETERMINED: &str = "und";

/// For every stop word, the set of languages (bit i = `STOP_WORDS[i]`) it belongs to.
static WORD_LANGS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u32> = HashMap::new();
    for (i, list) in STOP_WORDS.iter().enumerate() {
        for w in list.words {
            *map.entry(w).or_default() |= 1 << i;
        }
    }
    map
});

/// Whether `word` (lower-case) is a stop word of `lang`, or of any language when
/// `lang` has no list.
pub fn is_stop_word(word: &str, lang: &str) -> bool {
    let Some(mask) = WORD_LANGS.get(word) else { return false };
    match STOP_WORDS.iter().position(|s| s.lang == lang) {
        Some(i) => mask & (1 << i) != 0,
        None => true,
    }
}

/// Guesses the language of a text from its sentence-like lines.
pub fn detect<'a>(lines: impl IntoIterator<Item = &'a str>) -> &'static str {
    let mut scripts = ScriptCounts::default();
    let mut scores = vec![0f64; STOP_WORDS.len()];
    let mut words = 0usize;
    let mut word = String::new();
    for line in lines {
        for token in line.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
            words += 1;
            for c in token.chars().take(64) {
                scripts.add(c);
            }
            word.clear();
            word.extend(token.chars().flat_map(char::to_lowercase));
            if let Some(mask) = WORD_LANGS.get(word.as_str()) {
                let share = 1.0 / f64::from(mask.count_ones());
                for (i, score) in scores.iter_mut().enumerate() {
                    if mask & (1 << i) != 0 {
                        *score += share;
                    }
                }
            }
        }
    }
    if let Some(code) = scripts.dominant_non_latin() {
        return code;
    }
    let (best, best_score) = scores
        .iter()
        .enumerate()
        .fold((0, 0.0), |acc, (i, s)| if *s > acc.1 { (i, *s) } else { acc });
    let second = scores.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, s)| *s).fold(0.0, f64::max);
    if best_score >= 3.0 && best_score >= second * 1.3 && best_score >= words as f64 * 0.04 {
        STOP_WORDS[best].lang
    } else {
        UNDETERMINED
    }
}

#[derive(Default)]
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
