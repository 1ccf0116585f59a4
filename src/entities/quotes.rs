//! Direct quotes and who said them.
//!
//! A quote is text between quote marks that reads as speech: it holds a clause
//! (four words or more) or ends with punctuation inside the marks, so scare
//! quotes ("online scamming") are left alone. Its speaker is named next to it
//! with a speech verb, after it ("…,” papar Retno", "…,” Retno said", "…,”
//! jelas dia", "…,” ujarnya") or before it ("Retno mengatakan, “…”", "Menurut
//! Retno, “…”"). Pronouns are resolved later, by the entity stage, to the person
//! spoken of just before.

use regex::Regex;
use std::sync::LazyLock;

/// How a speaker is named next to a quote, and the byte span of that name.
pub type Speaker = (String, usize, usize);

/// A quote found in a text, before its speaker is resolved to an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteFound {
    /// Byte span of the quote, marks included.
    pub start: usize,
    pub end: usize,
    /// How the speaker is named next to the quote ("Retno", "Menlu", "dia"), and its byte span.
    pub speaker: Option<Speaker>,
    /// The speech verb. Example: `papar`.
    pub cue: Option<String>,
}

/// Speech verbs written after a quote, before the speaker: "…,” papar Retno".
pub static VERBS_BEFORE_SPEAKER: crate::lexicon::Words = crate::lexicon::Words::new("kata ujar ucap tutur papar jelas terang tegas ungkap lanjut imbuh tambah sebut pungkas tandas cetus \
    seru sambung timpal beber urai aku klaim harap pinta tukas sergah kilah sahut jawab tanya ajak \
    katanya ujarnya tuturnya jelasnya paparnya tegasnya ungkapnya imbuhnya tambahnya lanjutnya \
    pungkasnya ucapnya terangnya sebutnya tandasnya tuturnya bebernya akunya said says added asked told \
    wrote continued explained noted emphasized emphasised stressed insisted");

/// Speech verbs after the speaker: "Retno mengatakan", "Smith said".
pub static VERBS_AFTER_SPEAKER: crate::lexicon::Words = crate::lexicon::Words::new("mengatakan menyatakan menjelaskan menegaskan mengungkapkan menuturkan memaparkan menambahkan \
    menyampaikan menerangkan menyebutkan mengaku berkata bertanya berujar said says told added explained \
    noted asked stated wrote argued warned insisted continued replied claimed declared remarked recalled \
    tweeted emphasized emphasised stressed urged admitted acknowledged announced revealed affirmed \
    suggested commented observed assured reiterated concluded mengimbau menilai mengungkap membeberkan \
    menekankan mengingatkan berharap");

/// Words that put a name inside the phrase of the speaker it follows: "the mayor
/// of Boston said", "a resident from Jakarta said". (After "at" or "for" the
/// name is the speaker's body, which speaks through them: "analysts at Boston
/// Consulting Group wrote".)
static PREPOSITIONS: crate::lexicon::Words = crate::lexicon::Words::new("of from in on di dari ke pada");

/// Words that make a phrase after the speech verb say where, when or to whom
/// rather than who ("ujarnya kepada wartawan di lokasi tersebut", "kata warga
/// yang ditemui di desa itu"), lower case: `PREPOSITIONS` and these.
static NOT_IN_A_DESCRIPTION: crate::lexicon::Words = crate::lexicon::Words::new("kepada yang dengan saat");

/// Words that stand for a speaker named before: they are resolved to a person by the entity stage.
pub static PRONOUNS: &[&str] = &["dia", "ia", "beliau", "mereka", "he", "she", "they"];

/// Whether a speaker as written stands for a person named before: a pronoun,
/// the suffix "-nya" ("ujarnya"), or a description (see [`description`]).
pub fn refers_back(speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    speaker == "-nya" || PRONOUNS.contains(&lower.as_str()) || description(speaker).is_some()
}

/// What a speaker's description says the speaker is, and whether the
/// description points back for certain: one that a demonstrative closes ("kata
/// mantan Ketua Umum Hipmi itu": "Ketua Umum Hipmi", certain), or English after
/// "the", in lower case
/// ("the prime minister said": "prime minister"; "the statement said" names a
/// document, so only a person whose office is written so is meant).
pub fn description(speaker: &str) -> Option<(String, bool)> {
    if !speaker.starts_with(char::is_lowercase) {
        return None;
    }
    let words: Vec<String> = speaker.split_whitespace().map(str::to_string).collect();
    // "mantan Kapolri itu", "sang juara tersebut": the head is after such words.
    let head = |ws: &[String]| Some(ws.iter().skip_while(|w| matches!(w.as_str(), "mantan" | "sang" | "seorang" | "former")).cloned().collect::<Vec<_>>().join(" ")).filter(|h| !h.is_empty());
    match words.as_slice() {
        [rest @ .., last] if !rest.is_empty() && matches!(last.as_str(), "itu" | "tersebut") => Some((head(rest)?, true)),
        [the, rest @ ..] if the == "the" && !rest.is_empty() => Some((rest.join(" ").to_lowercase(), false)),
        _ => None,
    }
}

static SPEAKER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = VERBS_BEFORE_SPEAKER.iter().collect::<Vec<_>>().join("|");
    let after = VERBS_AFTER_SPEAKER.iter().collect::<Vec<_>>().join("|");
    let pron = PRONOUNS.join("|");
    Regex::new(&crate::entities::text::ascii_boundaries(&format!(
        r"^\s*(?:(?P<v1>(?i:{verbs}))\b(?:\s+(?:(?P<s1>(?i:{pron})\b|(?:\p{{Lu}}[\p{{L}}.'’-]*)(?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,8}})|(?P<d1>\p{{Ll}}[\p{{L}}-]*(?:\s+[\p{{L}}\d'’-]+){{0,5}}?\s+(?:itu|tersebut))\b))?|(?P<pre>(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,3}})(?P<s2>(?i:{pron})\b|\p{{Lu}}[\p{{L}}.'’-]*(?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,4}})\s+(?P<v2>(?i:{after}))\b|(?i:according\s+to|menurut)\s+(?P<s3>\p{{Lu}}[\p{{L}}.'’-]*(?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,4}})|(?P<d2>the(?:\s+\p{{Ll}}[\p{{L}}-]*){{1,3}})\s+(?P<v3>(?i:{after}))\b)"
    )))
    .expect("the speaker pattern compiles")
});

/// A pronoun or up to five capitalised words, then a speech verb ("Retno
/// mengatakan", "he also said"), with the groups named `speaker` and `verb`.
fn speaker_then_verb(speaker: &str, verb: &str) -> String {
    let after = VERBS_AFTER_SPEAKER.iter().collect::<Vec<_>>().join("|");
    let pron = PRONOUNS.join("|");
    format!(r"(?P<{speaker}>(?i:{pron})|\p{{Lu}}[\p{{L}}.'’-]*(?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,4}})\s+(?:juga\s+|pun\s+|also\s+)?(?P<{verb}>(?i:{after}))")
}

static SPEAKER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{}(?:\s+bahwa)?|(?i:menurut|according\s+to)\s+(?P<s2>\p{{Lu}}[\p{{L}}.'’-]*(?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,4}}))\s*[,:]?\s*$",
        speaker_then_verb("s1", "v1")
    ))
    .expect("the speaker pattern compiles")
});

static SPEAKER_IN_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?:^|\s){}\b", speaker_then_verb("s", "v"))).expect("the speaker pattern compiles"));

/// Where the last sentence of `text` starts: after the last full stop, question
/// or exclamation mark that a space and a capital follow. One that ends `text`
/// ends the sentence sought, which is then the one before it.
fn sentence_start(text: &str) -> usize {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(1)).rev().find(|&i| matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ' && text[i + 1..].starts_with(char::is_uppercase)).map_or(0, |i| i + 1)
}

/// Whether the words after a speech verb open a clause of their own ("said the
/// Senate had done its job") rather than end the attribution ("said.", "said on
/// Tuesday", "said Tuesday", "kata dia kepada wartawan").
fn opens_clause(rest: &str) -> bool {
    const ATTRIBUTION: [&str; 22] = ["on", "in", "at", "during", "after", "before", "late", "early", "earlier", "later", "this", "last", "yesterday", "today", "tonight", "to", "when", "while", "kepada", "pada", "saat", "di"];
    let word: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    !word.is_empty() && !ATTRIBUTION.contains(&word.to_lowercase().as_str()) && !crate::entities::dates::is_weekday_word(&word)
}

/// Finds quotes in one paragraph (`text[para]`) of `text`.
fn in_paragraph(text: &str, from: usize, to: usize, out: &mut Vec<QuoteFound>) {
    let para = &text[from..to];
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in para.char_indices() {
        match (open, c) {
            (None, '“') => open = Some((i, '”')),
            (None, '"') => open = Some((i, '"')),
            (Some((s, close)), c) if c == close => {
                spans.push((s, i + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
    // An opening mark with no close at the start of a paragraph: the quote runs on to the end.
    if let Some((s, _)) = open
        && para[..s].trim().is_empty()
    {
        spans.push((s, para.len()));
    }
    // The quote before in this paragraph, where it ended and who said it.
    let mut previous: Option<(usize, Option<Speaker>)> = None;
    for (s, e) in spans {
        let inner = &para[s..e];
        let words = inner.split_whitespace().count();
        let ends_in_punct = inner.trim_end_matches(['”', '"']).ends_with([',', '.', '!', '?', '…']);
        if words < 4 && !ends_in_punct {
            continue;
        }
        let mut q = QuoteFound { start: from + s, end: from + e, speaker: None, cue: None };
        // "“… as soon as possible.” Chuck Schumer said the Senate had done its job": after a
        // quote that ends its sentence, a name and a verb with a clause after them open a
        // statement of their own, and name no speaker of the quote.
        let closed = inner.trim_end_matches(['”', '"']).ends_with('.');
        let after = SPEAKER_AFTER.captures(&para[e..]).filter(|c| !(closed && c.name("v2").is_some_and(|v| opens_clause(&para[e + v.end()..]))));
        if let Some(c) = after {
            let v = c.name("v1").or(c.name("v2")).or(c.name("v3"));
            // "the mayor of Boston said": the name closes a phrase whose head is the speaker.
            let of_phrase = c.name("pre").and_then(|m| m.as_str().split_whitespace().last()).is_some_and(|w| PREPOSITIONS.contains(w));
            // "ujarnya kepada wartawan di lokasi tersebut", "kata warga di desa itu": a
            // phrase with a preposition says where or to whom, not who.
            let d1 = c.name("d1").filter(|m| !m.as_str().split_whitespace().any(|w| {
                let w = w.to_lowercase();
                PREPOSITIONS.contains(&w) || NOT_IN_A_DESCRIPTION.contains(&w)
            }));
            let sp = c.name("s1").or(c.name("s2").filter(|_| !of_phrase)).or(c.name("s3")).or(d1).or(c.name("d2"));
            q.cue = v.map(|m| m.as_str().to_string()).or_else(|| c.name("s3").map(|_| "according to".to_string()));
            q.speaker = sp.map(|m| speaker_span(m.as_str(), from + e + m.start()));
            // "ujarnya": the suffix -nya is the speaker.
            if q.speaker.is_none() && v.is_some_and(|m| m.as_str().to_lowercase().ends_with("nya")) {
                q.speaker = v.map(|m| ("-nya".to_string(), from + e + m.end() - 3, from + e + m.end()));
            }
        }
        if q.speaker.is_none() {
            let before = &para[..s];
            if let Some(c) = SPEAKER_BEFORE.captures(before) {
                let sp = c.name("s1").or(c.name("s2"));
                q.cue = c.name("v1").map(|m| m.as_str().to_string()).or_else(|| c.name("s2").map(|_| "menurut".to_string()));
                q.speaker = sp.map(|m| speaker_span(m.as_str(), from + m.start()));
            }
        }
        // "Speaker Mike Johnson said the House would vote “as soon as possible.”": a quote
        // inside a sentence of reported speech is its speaker's. A quote that opens a
        // sentence of its own is the speaker's of the sentence before ("… coach Billy
        // Donovan said after the game. “But …”"); no sentence is read across a quote mark.
        if q.speaker.is_none() {
            let before = &para[..s];
            let sentence = before.char_indices().rev().find(|(_, c)| matches!(c, '"' | '“' | '”')).map_or(0, |(i, c)| i + c.len_utf8()).max(sentence_start(before));
            // "It argued that …" names no one.
            let someone = |c: &regex::Captures<'_>| c.name("s").is_some_and(|m| {
                let w = m.as_str().to_lowercase();
                PRONOUNS.contains(&w.as_str()) || !(crate::lang::is_stop_word(&w, "en") || crate::lang::is_stop_word(&w, "id"))
            });
            if let Some(c) = SPEAKER_IN_SENTENCE.captures_iter(&before[sentence..]).find(someone) {
                q.cue = c.name("v").map(|m| m.as_str().to_string());
                q.speaker = c.name("s").map(|m| speaker_span(m.as_str(), from + sentence + m.start()));
            }
        }
        // A quote that goes on after its speaker's attribution is the same speaker's:
        // "“…,” Marsh said. “We're glad …”", "“…,” kata Retno. “Kami …”".
        if q.speaker.is_none()
            && let Some((end, Some(speaker))) = &previous
        {
            let between = para[end - from..s].trim();
            if between.ends_with('.') && between.split_whitespace().count() <= 12 && !between.contains(['"', '“', '”']) {
                q.speaker = Some(speaker.clone());
            }
        }
        previous = Some((q.end, q.speaker.clone()));
        out.push(q);
    }
}

/// The speaker as written, without a sentence's full stop ("lanjut Menlu." → "Menlu"),
/// with its byte span.
fn speaker_span(s: &str, start: usize) -> Speaker {
    // A full stop after a word that is no initial or abbreviated title ends the
    // sentence, and the speaker with it: "kata JK. Ketua MPR ..." is JK.
    let mut at = 0;
    let s = s
        .split_inclusive(char::is_whitespace)
        .find_map(|w| {
            at += w.len();
            let stem = w.trim_end().strip_suffix('.')?;
            let ends = at < s.len() && stem.chars().count() > 1 && !stem.contains('.') && !crate::entities::text::is_abbreviation(&stem.to_lowercase());
            ends.then(|| &s[..at - w.len() + w.trim_end().len()])
        })
        .unwrap_or(s);
    let bare = s.trim_end_matches('.');
    // "J.K." keeps its last full stop: it closes an initial, not the sentence.
    let initial = bare.len() < s.len() && bare.rsplit(['.', ' ']).next().is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase));
    let kept = if initial { &s[..bare.len() + 1] } else { bare };
    (kept.to_string(), start, start + kept.len())
}

/// Every quote in a body of paragraphs separated by blank lines.
pub fn find(body: &str) -> Vec<QuoteFound> {
    let mut out = Vec::new();
    let mut from = 0;
    for para in body.split("\n\n") {
        in_paragraph(body, from, from + para.len(), &mut out);
        from += para.len() + 2;
    }
    out
}

/// Quote attributions a test runs: (paragraph, speaker as written, cue).
pub static EXAMPLES: &[(&str, &str, &str)] = &[
    ("“Saya sampaikan, tahun lalu saja, kami telah menangani 842 kasus,” papar Retno, dalam keterangan tertulis.", "Retno", "papar"),
    ("“Dalam pertemuan saya mendorong penguatan kemitraan,” lanjut Menlu.", "Menlu", "lanjut"),
    ("“Kami juga menyambut baik kunjungan itu,” jelas dia.", "dia", "jelas"),
    ("“Kami akan terus memantau situasi,” ujarnya.", "-nya", "ujarnya"),
    ("“Bagus,” kata JK. Ketua MPR Bambang Soesatyo juga berkomentar.", "JK", "kata"),
    ("“It works,” said Dr. Anthony Fauci. Officials agreed.", "Dr. Anthony Fauci", "said"),
    ("“Alhamdulillah,” kata KH. Ma'ruf Amin di Jakarta.", "KH. Ma'ruf Amin", "kata"),
    ("Kapolri Listyo Sigit mengatakan, “Kami akan mengusut kasus ini sampai tuntas.”", "Kapolri Listyo Sigit", "mengatakan"),
    ("\"We will not back down from this fight,\" said Jane Smith, the union leader.", "Jane Smith", "said"),
    ("\"The numbers are simply not there yet,\" Smith said on Tuesday.", "Smith", "said"),
    ("\"Prices will rise again next year,\" he added.", "he", "added"),
    ("\"He was huge for us tonight,\" coach Darvin Ham said.", "Darvin Ham", "said"),
    ("Menurut Sri Mulyani, “Kondisi fiskal kita masih sangat kuat.”", "Sri Mulyani", "menurut"),
    ("Speaker Mike Johnson said the House would vote \"as soon as possible.\" Chuck Schumer said the Senate had done its job.", "Speaker Mike Johnson", "said"),
    ("Smith said the plan was “a disaster for working families.”", "Smith", "said"),
    ("\"We are done here.\" Smith said on Tuesday.", "Smith", "said"),
    ("Oklahoma City coach Billy Donovan said after the game. “But we came up short in all these games.”", "Billy Donovan", "said"),
    ("It argued that, as Dangor said, the court “does not require a ruling on the matter.”", "Dangor", "said"),
    ("“Ini masalah tahunan,” kata politisi Partai Keadilan Sejahtera itu.", "politisi Partai Keadilan Sejahtera itu", "kata"),
    ("“Saya tidak pernah menyerah,” ujar pria kelahiran Bandung tersebut kepada wartawan.", "pria kelahiran Bandung tersebut", "ujar"),
    ("\"We will not raise taxes this year,\" the prime minister said.", "the prime minister", "said"),
    ("“Kami akan terus memantau situasi di sana,” ujarnya kepada wartawan di lokasi tersebut.", "-nya", "ujarnya"),
];

/// Quotes that go on after their speaker's attribution, with the speaker each quote gets.
pub static CONTINUED: &[(&str, &[Option<&str>])] = &[
    ("\"Some of these folks had to pay,\" Marsh said. \"We're glad to get these two off the road.\"", &[Some("Marsh"), Some("Marsh")]),
    ("“Kami akan bekerja sama lebih erat,” kata Retno. “Kerja sama ini penting bagi kedua negara.”", &[Some("Retno"), Some("Retno")]),
    // A sentence of its own between the quotes, or no speaker for the first: nothing is passed on.
    ("\"Some of these folks had to pay,\" Marsh said. The thefts went on for months across three counties and cost owners dearly. \"We're glad to get these two off the road.\"", &[Some("Marsh"), None]),
    ("\"Nobody knows who did it yet at all.\" Then came another. \"We're glad to get these two off the road.\"", &[None, None]),
];

/// Quotes whose name after them is not the speaker's: it closes the phrase
/// that names the speaker ("the mayor of Boston").
pub static NO_SPEAKER: &[&str] = &[
    "\"We will not stop until every person has a bed,\" the mayor of Boston said.",
    "\"The water came up to our knees in minutes,\" a resident from Jakarta said.",
];

/// Quoted text that is not a quote (scare quotes, titles).
pub static NEGATIVES: &[&str] = &["kejahatan “online scamming” kian meningkat", "film \"Laskar Pelangi\" diputar"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_that_goes_on_after_its_attribution_keeps_the_speaker() {
        for (text, speakers) in CONTINUED {
            let got: Vec<Option<String>> = find(text).into_iter().map(|q| q.speaker.map(|(s, _, _)| s)).collect();
            let want: Vec<Option<String>> = speakers.iter().map(|s| s.map(String::from)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn attributes_each_example_and_skips_each_negative() {
        for (text, speaker, cue) in EXAMPLES {
            let got = find(text);
            assert_eq!(got.len(), 1, "{text:?}: {got:?}");
            let q = &got[0];
            assert_eq!(q.speaker.as_ref().map(|s| s.0.as_str()), Some(*speaker), "{text:?}");
            assert_eq!(q.cue.as_deref().map(str::to_lowercase), Some(cue.to_string()), "{text:?}");
            let (_, s, e) = q.speaker.clone().unwrap_or_default();
            if *speaker != "-nya" {
                assert_eq!(&text[s..e], *speaker);
            }
        }
        for (_, speaker, _) in EXAMPLES {
            let back = matches!(*speaker, "dia" | "-nya" | "he") || speaker.ends_with(" itu") || speaker.ends_with(" tersebut") || speaker.starts_with("the ");
            assert_eq!(refers_back(speaker), back, "{speaker}");
        }
        for text in NO_SPEAKER {
            let got = find(text);
            assert_eq!(got.len(), 1, "{text:?}: {got:?}");
            assert_eq!(got[0].speaker, None, "{text:?}");
        }
        for text in NEGATIVES {
            assert!(find(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn quote_spans_include_the_marks() {
        let body = "Intro.\n\n“Satu dua tiga empat,” kata Ali.";
        let q = &find(body)[0];
        assert_eq!(&body[q.start..q.end], "“Satu dua tiga empat,”");
    }
}
