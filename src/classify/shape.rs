//! The shape of a line: length, stop words, punctuation, case; and whether it
//! is only a date.

use crate::dates;
use crate::lang;

/// The shape of a line, computed once.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// Characters.
    pub chars: usize,
    /// Words (runs of letters or digits; ideographs count half a word each).
    pub words: usize,
    /// Stop words of the page's language.
    pub stops: usize,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, a closing quote, `:`.
    pub ends_sentence: bool,
    /// Share of letters that are upper-case.
    pub upper_ratio: f32,
    /// A date or time makes up most of the line.
    pub is_date: bool,
    /// Words of site furniture ("cookie", "newsletter", "share"), at most 255.
    pub boilerplate: u8,
}

impl Shape {
    fn stop_ratio(&self) -> f32 {
        if self.words == 0 { 0.0 } else { self.stops as f32 / self.words as f32 }
    }

    /// How much the line reads like a sentence of prose, from 0 to 1.
    pub fn prose(&self) -> f32 {
        let length = ((self.words as f32 - 4.0) / 16.0).clamp(0.0, 1.0);
        let stops = (self.stop_ratio() / 0.25).clamp(0.0, 1.0);
        let end = if self.ends_sentence { 1.0 } else { 0.6 };
        let caps = if self.upper_ratio > 0.6 { 0.3 } else { 1.0 };
        length * (0.35 + 0.65 * stops) * end * caps
    }
}

/// A line's stop words, counted for every language at once, so the line is read
/// once whatever the page's language turns out to be.
#[derive(Debug, Clone, Copy, Default)]
pub struct StopCounts {
    /// Stop words of each language of [`crate::lexicon::STOP_WORDS`].
    pub by_lang: [u16; lang::LANGS],
    /// Words that are a stop word of some language.
    pub any: u16,
}

impl StopCounts {
    /// The count for a language, or for any language when it has no list.
    pub fn of(&self, language: &str) -> usize {
        let mask = lang::stop_mask(language);
        match (0..lang::LANGS).find(|&i| mask == 1 << i) {
            Some(i) => usize::from(self.by_lang[i]),
            None => usize::from(self.any),
        }
    }

    fn add(&mut self, flags: u32) {
        for (i, n) in self.by_lang.iter_mut().enumerate() {
            if flags & (1 << i) != 0 {
                *n = n.saturating_add(1);
            }
        }
        if flags & !lang::BOILERPLATE != 0 {
            self.any = self.any.saturating_add(1);
        }
    }
}

/// Measures a line in a page of the given language.
pub fn shape(text: &str, language: &str) -> Shape {
    let (mut s, counts, _) = measure(text, None);
    s.stops = counts.of(language);
    s
}

/// Measures a line, leaving `stops` to be set from the counts once the page's
/// language is known; `votes` gathers evidence of that language. Also gives
/// the dates and times of the line ([`dates::find`]) when it read them to
/// tell whether the line is only a date (short lines with a digit), for the
/// page to keep.
pub fn measure(text: &str, mut votes: Option<&mut lang::Votes>) -> (Shape, StopCounts, Option<Vec<dates::Found>>) {
    let mut s = Shape::default();
    let mut counts = StopCounts::default();
    let mut upper = 0usize;
    let mut letters = 0usize;
    let mut ideographs = 0usize;
    let mut word = String::new();
    for c in text.chars() {
        s.chars += 1;
        // ASCII needs no Unicode table; other characters look up "alphabetic" once.
        let (alphanumeric, alphabetic, uppercase) = if c.is_ascii() {
            (c.is_ascii_alphanumeric(), c.is_ascii_alphabetic(), c.is_ascii_uppercase())
        } else {
            let alphabetic = crate::chars::is_alphabetic(c);
            (alphabetic || crate::chars::is_numeric(c), alphabetic, alphabetic && c.is_uppercase())
        };
        if alphanumeric {
            letters += usize::from(alphabetic);
            upper += usize::from(uppercase);
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else if is_ideograph(c) {
                ideographs += 1;
                if let Some(v) = votes.as_deref_mut() {
                    v.add_char(c);
                }
                if !word.is_empty() {
                    finish_word(&mut s, &mut counts, &mut word, votes.as_deref_mut());
                }
            } else {
                word.extend(c.to_lowercase());
            }
        } else if !word.is_empty() && !matches!(c, '\'' | '’' | '-') {
            finish_word(&mut s, &mut counts, &mut word, votes.as_deref_mut());
        }
    }
    if !word.is_empty() {
        finish_word(&mut s, &mut counts, &mut word, votes);
    }
    s.words += ideographs / 2;
    // Text in ideographic scripts has no stop words to count; its punctuation says enough.
    if ideographs > letters / 2 {
        let quarter = u16::try_from(s.words / 4).unwrap_or(u16::MAX);
        counts.by_lang = [quarter; lang::LANGS];
        counts.any = quarter;
    }
    s.upper_ratio = if letters == 0 { 0.0 } else { upper as f32 / letters as f32 };
    let last = text.trim_end().chars().last().unwrap_or(' ');
    s.ends_sentence = matches!(last, '.' | '!' | '?' | '…' | '"' | '”' | '»' | '“' | ':' | '。' | '！' | '？' | ')' | '’');
    let found = (text.len() <= DATE_LINE_BYTES && text.bytes().any(|b| b.is_ascii_digit())).then(|| dates::find(text));
    s.is_date = found.as_deref().is_some_and(|found| is_date_line(text, found));
    (s, counts, found)
}

/// The longest line (in bytes) that may be only a date.
const DATE_LINE_BYTES: usize = 120;

fn finish_word(s: &mut Shape, counts: &mut StopCounts, word: &mut String, votes: Option<&mut lang::Votes>) {
    s.words += 1;
    let flags = lang::word_flags(word);
    counts.add(flags);
    if flags & lang::BOILERPLATE != 0 {
        s.boilerplate = s.boilerplate.saturating_add(1);
    }
    if let Some(v) = votes {
        v.add_word(word, flags);
    }
    word.clear();
}

pub(crate) fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// Words that may stand beside a date on a date line ("Updated", "Diperbarui").
static DATE_WORDS: crate::lexicon::Words = crate::lexicon::Words::new("senin selasa rabu kamis jumat jum'at sabtu minggu ahad monday tuesday wednesday thursday friday \
    saturday sunday mon tue tues wed thu thurs fri sat sun montag dienstag mittwoch donnerstag freitag \
    samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves \
    viernes sábado domingo updated update published posted diperbarui dipublikasikan diterbitkan terbit \
    aktualisiert veröffentlicht am um uhr on at publié le mis à jour publicado actualizado el de the \
    last modified original pukul wib wita wit et gmt utc pm am a m p stand vom first created date \
    tanggal waktu datum h cet cest bst est edt pst pdt ist z den dnia opublikowano aktualizacja min read");

/// Whether a line is only a date or time (with weekday names and words such as
/// "Updated" around it), given the dates and times found in it.
fn is_date_line(text: &str, found: &[dates::Found]) -> bool {
    if found.is_empty() {
        return false;
    }
    let mut rest = String::with_capacity(text.len());
    let mut last = 0;
    for f in found {
        rest.push_str(&text[last..f.start]);
        rest.push(' ');
        last = f.end;
    }
    rest.push_str(&text[last..]);
    rest.split(|c: char| !crate::chars::is_alphanumeric(c) && c != '\'')
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 2 || DATE_WORDS.contains(&w.to_lowercase()))
}

