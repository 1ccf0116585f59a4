//! Code shared by the NER tools (`ner_lists`, `train_ner`, `eval_ner`): where the
//! shared data is, the gazetteer list generator, and the CoNLL reader.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The shared data folder: `$KLIPING_SHARED`, or `../shared` beside the checkout.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("KLIPING_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// One sentence of a CoNLL file: tokens and their IOB2 tags, mapped to PER/ORG/LOC.
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<String>,
}

/// Reads a CoNLL-style file: first column the token, last column the tag, blank
/// lines between sentences, CRLF or LF. The NERGrit tag names are mapped to the
/// CoNLL ones (PERSON→PER, ORGANISATION→ORG, PLACE→LOC).
pub fn read_conll(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut cur = Sentence { tokens: Vec::new(), tags: Vec::new() };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
        if cols.is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(&mut cur, Sentence { tokens: Vec::new(), tags: Vec::new() }));
            }
            continue;
        }
        let tag = cols.last().copied().unwrap_or("O");
        cur.tokens.push(cols[0].to_string());
        cur.tags.push(map_tag(tag));
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn map_tag(tag: &str) -> String {
    let Some((bio, kind)) = tag.split_once('-') else { return "O".to_string() };
    let kind = match kind {
        "PERSON" | "PER" => "PER",
        "ORGANISATION" | "ORGANIZATION" | "ORG" => "ORG",
        "PLACE" | "LOC" | "GPE" => "LOC",
        _ => return "O".to_string(),
    };
    format!("{bio}-{kind}")
}

/// The train and dev files of each corpus under `ner/`.
pub fn corpora(shared: &Path) -> Vec<(&'static str, PathBuf, PathBuf)> {
    let ner = shared.join("ner");
    vec![
        ("idner-news-2k", ner.join("idner-news-2k/train.txt"), ner.join("idner-news-2k/dev.txt")),
        ("indonlu-nergrit", ner.join("indonlu-nergrit/train_preprocess.txt"), ner.join("indonlu-nergrit/valid_preprocess.txt")),
    ]
}

/// Every fifth training sentence, held out of training when tuning: `NER_HOLDOUT=1
/// train_ner` trains without them and `eval_ner --holdout` scores on them, so
/// parameters and features can be compared without looking at the dev parts.
pub fn is_held_out(index: usize) -> bool {
    index.is_multiple_of(5)
}

/// Writes `places.tsv`, `institutions.tsv` and `acronyms.tsv` into `out` from the
/// shared gazetteers in `gaz`. Returns a one-line summary.
pub fn write_lists(gaz: &Path, out: &Path) -> Result<String, String> {
    let read = |p: &str| std::fs::read_to_string(gaz.join(p)).map_err(|e| format!("cannot read {}: {e}", gaz.join(p).display()));
    let write = |name: &str, text: &str| {
        std::fs::write(out.join(name), text).map_err(|e| format!("cannot write {}: {e}", out.join(name).display()))
    };

    // Places: countries (Indonesian and English names), provinces, regencies and cities.
    let mut places: Vec<(String, &str)> = Vec::new();
    for row in csv_rows(&read("countries_umpirsky/countries_id_en.csv")?).skip(1) {
        for name in row.iter().skip(1).take(2) {
            // "Myanmar (Burma)": the bracketed part is an older name, kept apart.
            let (main, rest) = match name.split_once(" (") {
                Some((m, r)) => (m.trim().to_string(), Some(r.trim_end_matches(')').trim().to_string())),
                None => (name.trim().to_string(), None),
            };
            places.push((main, "country"));
            if let Some(r) = rest {
                places.push((r, "country"));
            }
        }
    }
    for row in csv_rows(&read("wilayah_cahyadsn/provinces.csv")?).skip(1) {
        if let Some(name) = row.get(1) {
            places.push((name.trim().to_string(), "province"));
        }
    }
    for row in csv_rows(&read("wilayah_cahyadsn/regencies_cities.csv")?).skip(1) {
        let Some(name) = row.get(2) else { continue };
        let name = name.trim();
        let (kind, bare) = if let Some(b) = name.strip_prefix("Kota Administrasi ") {
            ("city", b)
        } else if let Some(b) = name.strip_prefix("Kabupaten Administrasi ") {
            ("regency", b)
        } else if let Some(b) = name.strip_prefix("Kota ") {
            ("city", b)
        } else if let Some(b) = name.strip_prefix("Kabupaten ") {
            ("regency", b)
        } else {
            ("regency", name)
        };
        places.push((bare.trim().to_string(), kind));
    }
    places.retain(|(n, _)| !n.is_empty() && !n.contains('&'));
    places.sort();
    places.dedup_by(|a, b| a.0 == b.0);
    let mut text = String::from(
        "# Derived by `cargo run --example ner_lists` from ../shared/gazetteers:\n\
         # countries_umpirsky (umpirsky/country-list @ 4d8f875, MIT, CLDR data),\n\
         # wilayah_cahyadsn (cahyadsn/wilayah @ b7ad440, MIT; Kepmendagri codes, public domain).\n\
         # Columns: name, kind (country, province, regency, city). Administrative prefixes removed.\n",
    );
    for (name, kind) in &places {
        let _ = writeln!(text, "{name}\t{kind}");
    }
    write("places.tsv", &text)?;

    // Institutions and common acronyms: short form, long form, English, class.
    let institutions = tsv_table(&read("institutions_id_seed/institutions_id.tsv")?);
    let acronyms = tsv_table(&read("institutions_id_seed/common_acronyms_id.tsv")?);
    let header = |what: &str| {
        format!(
            "# Derived by `cargo run --example ner_lists` from ../shared/gazetteers/institutions_id_seed/{what}\n\
             # (hand-compiled, CC0). Columns: short form, long form, English, class. Notes dropped.\n"
        )
    };
    write("institutions.tsv", &(header("institutions_id.tsv") + &institutions))?;
    write("acronyms.tsv", &(header("common_acronyms_id.tsv") + &acronyms))?;
    Ok(format!(
        "wrote {} places, {} institutions, {} acronyms into {}",
        places.len(),
        institutions.lines().count(),
        acronyms.lines().count(),
        out.display()
    ))
}

fn csv_rows(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| l.split(',').map(str::to_string).collect())
}

fn tsv_table(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 4 || cols[0].is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}\t{}\t{}\t{}", cols[0], cols[1], cols[2], cols[3]);
    }
    out
}

/// Entity-level counts: true positives, false positives, false negatives.
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
    pub fn line(&self, name: &str) -> String {
        let (p, r, f) = self.prf();
        format!("{name:<8} P {p:.3}  R {r:.3}  F1 {f:.3}  (gold {}, found {})", self.tp + self.fn_, self.tp + self.fp)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Entity spans of an IOB2 sequence: (start, end, kind), PER/ORG/LOC only.
pub fn spans(tags: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, t) in tags.iter().chain(std::iter::once(&"O".to_string())).enumerate() {
        let (bio, kind) = t.split_once('-').unwrap_or(("O", ""));
        let continues = bio == "I" && cur.as_ref().is_some_and(|(_, k)| k == kind);
        if !continues {
            if let Some((s, k)) = cur.take() {
                out.push((s, i, k));
            }
            if bio == "B" || bio == "I" {
                cur = Some((i, kind.to_string()));
            }
        }
    }
    out.retain(|(_, _, k)| ["PER", "ORG", "LOC"].contains(&k.as_str()));
    out
}

/// The names the sentences label, as `train_ner` packs them into the model for the
/// tagger's features (`FeatureLists::with_seen`): one line a name, with the kind
/// most of its labels give (ties to PER, then ORG), in sorted order. Only names
/// that start with a capital or a digit, of at most six tokens: a lower-case
/// span ("kota Pati") is the annotators' choice of extent, not a name to look for.
pub fn seen_names<'a>(sentences: impl Iterator<Item = &'a Sentence>) -> String {
    const KINDS: [&str; 3] = ["PER", "ORG", "LOC"];
    let mut counts: std::collections::BTreeMap<String, (String, [usize; 3])> = Default::default();
    for s in sentences {
        for (start, end, kind) in spans(&s.tags) {
            let words = &s.tokens[start..end];
            let starts_well = words[0].chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            if starts_well && words.len() <= 6 {
                let name = words.join(" ");
                let entry = counts.entry(name.to_lowercase()).or_insert_with(|| (name, [0; 3]));
                entry.1[KINDS.iter().position(|k| *k == kind).unwrap_or(2)] += 1;
            }
        }
    }
    let mut out = String::new();
    for (name, c) in counts.values() {
        let best = (0..3).max_by_key(|&k| (c[k], std::cmp::Reverse(k))).unwrap_or(0);
        let _ = writeln!(out, "{name}\t{}", KINDS[best]);
    }
    out
}
