//! The statistical tagger: a linear-chain CRF (trained by the `crfs` crate,
//! kept in a compact form of its own, see [`crf`]) over word-shape, affix,
//! neighbour and gazetteer features, tagging PER, ORG and LOC in IOB2.
//!
//! The model is data, not code: [`NerModel::from_bytes`] takes the bytes of a
//! trained model (`models/ner.model`, made by `cargo run --release --example
//! train_ner`: the CRF's weights with the lists its features read, see [`pack_model`]),
//! checks them, and tags with them. The entity stage works without a
//! model (rules and lists only) and better with one; in the browser the page loads
//! it after first paint and parses again.

use crate::entities::crf::{self, Crf, Template, Value};
use crate::entities::lexicon::{Class, FeatureLists, Lists};
use crfs::Attribute;
use std::sync::Arc;
#[cfg(feature = "embedded-model")]
use std::sync::LazyLock;

/// Kinds the tagger knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NerKind {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
}

impl NerKind {
    /// The CoNLL name: `PER`, `ORG`, `LOC`.
    pub fn as_str(self) -> &'static str {
        match self {
            NerKind::Per => "PER",
            NerKind::Org => "ORG",
            NerKind::Loc => "LOC",
        }
    }

    fn parse(s: &str) -> Option<NerKind> {
        match s {
            "PER" => Some(NerKind::Per),
            "ORG" => Some(NerKind::Org),
            "LOC" => Some(NerKind::Loc),
            _ => None,
        }
    }
}

/// An IOB2 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(NerKind),
    /// Later token of an entity.
    I(NerKind),
}

impl Tag {
    /// Reads `B-PER`, `I-LOC`, `O`; anything else is `O`.
    pub fn parse(s: &str) -> Tag {
        match s.split_once('-') {
            Some(("B", k)) => NerKind::parse(k).map_or(Tag::O, Tag::B),
            Some(("I", k)) => NerKind::parse(k).map_or(Tag::O, Tag::I),
            _ => Tag::O,
        }
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(k) => write!(f, "B-{}", k.as_str()),
            Tag::I(k) => write!(f, "I-{}", k.as_str()),
        }
    }
}

/// Why model bytes were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelError {
    /// Not a model file, or a damaged one (a wrong download, an HTML error page,
    /// a file of an older version).
    Invalid(String),
    /// A model, but not one with this crate's PER/ORG/LOC labels.
    WrongLabels,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::Invalid(why) => write!(f, "not a usable NER model: {why}"),
            ModelError::WrongLabels => f.write_str("the NER model does not tag PER, ORG and LOC"),
        }
    }
}

impl std::error::Error for ModelError {}

/// A trained NER model, checked and ready to tag. Cheap to share behind an `Arc`.
#[derive(Clone)]
pub struct NerModel {
    bytes: Vec<u8>,
    /// The model read into tables once, so that tagging does not read the bytes again.
    crf: Crf,
    /// The lists its features read, which came in the same file.
    lists: FeatureLists,
}

/// Two models are the same when their bytes are: the tables are read from them.
impl PartialEq for NerModel {
    fn eq(&self, other: &NerModel) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for NerModel {}

impl std::fmt::Debug for NerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NerModel({} bytes)", self.bytes.len())
    }
}

impl NerModel {
    /// Reads a model file ([`pack_model`]: the CRF's weights and the lists its
    /// features read), checks it and keeps it.
    ///
    /// Every read is checked, so damaged bytes are an error here rather than
    /// a panic later.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<NerModel, ModelError> {
        let sections = unpack(&bytes)?;
        let section = |name: &str| sections.iter().find(|(n, _)| *n == name).map(|(_, b)| *b).ok_or_else(|| ModelError::Invalid(format!("no {name} section")));
        let text = |name: &str| section(name).and_then(|b| std::str::from_utf8(b).map_err(|_| ModelError::Invalid(format!("its {name} section is not UTF-8"))));
        // The English words are read by the document stage, not the features: a file without them tags the same.
        let english = if section("english").is_ok() { text("english")? } else { "" };
        // Names the training data labels: a file without them is an older model, which never read them.
        let seen = if section("seen").is_ok() { text("seen")? } else { "" };
        let lists = FeatureLists::from_sources(text("names")?, text("words")?, text("cities")?).with_english(english).with_seen(seen);
        let crf = Crf::read(section("crf")?).ok_or_else(|| ModelError::Invalid("its crf section is damaged".to_string()))?;
        // Labels the tagger does not know read as O, so seven distinct tags are the seven labels.
        let known = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"].map(Tag::parse);
        if crf.tags().len() != known.len() || !known.iter().all(|k| crf.tags().contains(k)) {
            return Err(ModelError::WrongLabels);
        }
        Ok(NerModel { bytes, crf, lists })
    }

    /// The lists the model's features read.
    pub fn lists(&self) -> &FeatureLists {
        &self.lists
    }

    /// The model built into the native binary (feature `embedded-model`), checked
    /// once and shared; `None` in builds without it (the web app loads it lazily).
    pub fn embedded() -> Option<Arc<NerModel>> {
        #[cfg(feature = "embedded-model")]
        {
            static EMBEDDED: LazyLock<Option<Arc<NerModel>>> =
                LazyLock::new(|| NerModel::from_bytes(include_bytes!("../../models/ner.model").to_vec()).ok().map(Arc::new));
            EMBEDDED.clone()
        }
        #[cfg(not(feature = "embedded-model"))]
        None
    }

    /// Size of the model in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the model is empty (never, for a checked model).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// A tagger for many sentences.
    pub fn tagger(&self) -> NerTagger<'_> {
        NerTagger { model: self, lists: &crate::entities::lexicon::LISTS }
    }

}

/// Tags sentences with a model and the built-in lists.
pub struct NerTagger<'a> {
    model: &'a NerModel,
    lists: &'a Lists,
}

impl NerTagger<'_> {
    /// The IOB2 tags of one tokenised sentence.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        let mut buf = String::new();
        self.tag_lowered(tokens, &crate::entities::text::lower_words(tokens, &mut buf))
    }

    /// [`NerTagger::tag`], given the tokens' lower-case forms too
    /// ([`crate::entities::text::lower_words`]), which the rules of the entity
    /// stage read as well.
    pub fn tag_lowered(&self, tokens: &[&str], lower: &[&str]) -> Vec<Tag> {
        let crf = &self.model.crf;
        let width = crf.width();
        let mut state = vec![0.0; tokens.len() * width];
        each_feature(tokens, lower, self.lists, &self.model.lists, |t, template, value| crf.add(template, &value, &mut state[t * width..(t + 1) * width]));
        let mut tags = crf.viterbi(&state);
        tags.resize(tokens.len(), Tag::O);
        repair(&mut tags);
        tags
    }
}

/// Makes a tag sequence valid IOB2: an `I-X` that does not continue an `X` becomes `B-X`.
pub fn repair(tags: &mut [Tag]) {
    let mut prev = Tag::O;
    for t in tags.iter_mut() {
        if let Tag::I(k) = *t
            && !matches!(prev, Tag::B(p) | Tag::I(p) if p == k)
        {
            *t = Tag::B(k);
        }
        prev = *t;
    }
}

/// Function words of Indonesian and English, for the `stop` feature. The model
/// was trained with exactly this list: changing it means retraining.
static FUNCTION_WORDS: crate::lexicon::Words = crate::lexicon::Words::new("yang dan di ke dari ini itu dengan untuk pada tidak dalam akan juga adalah ada atau karena oleh \
    sudah saat bisa kami kita mereka dia ia telah jika namun tersebut sebagai bahwa hingga serta para \
    masih setelah kata menurut selain hal sementara bagi sejak the of and to a in is that for it was on \
    with as he she by at this from but they we after");

/// What is known about one token before its neighbours are looked at.
struct TokenInfo<'a> {
    lower: &'a str,
    shape: &'a str,
    /// The [`Value::hash_of`] of each, worked out once for the features of the
    /// token and of its neighbours.
    lower_hash: u64,
    shape_hash: u64,
    cap: bool,
    /// A function word of Indonesian or English ("yang", "the"): capitalised, it opens a sentence.
    stop: bool,
    /// Gazetteer classes covering the token, with whether it starts the match.
    gaz: Vec<(Class, bool)>,
    /// Capitalised, and a known given or family name.
    name: bool,
    /// Capitalised, and an Indonesian root word.
    word: bool,
    /// The kinds of the names the training data labels that the word is in.
    seen: u8,
}

impl<'a> TokenInfo<'a> {
    /// The lower-case form as a feature value.
    fn lower_value(&self) -> Value<'a> {
        Value::Hashed(self.lower, self.lower_hash)
    }

    /// The shape as a feature value.
    fn shape_value(&self) -> Value<'a> {
        Value::Hashed(self.shape, self.shape_hash)
    }
}

/// The CRF features of every token of a sentence, for training
/// (`examples/train_ner.rs`). Tagging reads the same [`each_feature`], so
/// the two cannot drift apart.
pub fn features(tokens: &[&str], lists: &Lists, extra: &FeatureLists) -> Vec<Vec<Attribute>> {
    let mut out: Vec<Vec<Attribute>> = (0..tokens.len()).map(|_| Vec::with_capacity(40)).collect();
    let mut buf = String::new();
    each_feature(tokens, &crate::entities::text::lower_words(tokens, &mut buf), lists, extra, |t, template, value| {
        let mut name = template.name.to_string();
        value.push_to(&mut name);
        out[t].push(Attribute { name, value: 1.0 });
    });
    out
}

/// Calls `sink` with each token's index and each of its features, in order,
/// every feature of value 1 and named by its template ("w-1=") followed by its
/// value. Names are handed over in two parts, with the hash of a token's word
/// and shape worked out once, so that the tagger can look them up without
/// building them or hashing a word five times: this runs for every token of
/// every article. `lower` holds the tokens' lower-case forms
/// ([`crate::entities::text::lower_words`]).
pub fn each_feature(tokens: &[&str], lower: &[&str], lists: &Lists, extra: &FeatureLists, mut sink: impl FnMut(usize, &Template, Value<'_>)) {
    // Every token's shape, in one buffer rather than one string a token.
    let mut shape_buf = String::new();
    let mut shape_ends = Vec::with_capacity(tokens.len());
    for t in tokens {
        push_short_shape(t, &mut shape_buf);
        shape_ends.push(shape_buf.len());
    }
    let mut gaz: Vec<Vec<(Class, bool)>> = vec![Vec::new(); tokens.len()];
    for i in 0..tokens.len() {
        let city = extra.city_at(lower, i).map(|len| (len, Class::City));
        for (len, class) in lists.matches_at(lower, i).into_iter().chain(city).chain(extra.seen_at(lower, i)) {
            for (k, g) in gaz.iter_mut().enumerate().skip(i).take(len) {
                if !g.iter().any(|(c, _)| *c == class) {
                    g.push((class, k == i));
                }
            }
        }
    }
    let shape_starts = std::iter::once(0).chain(shape_ends.iter().copied());
    let info: Vec<TokenInfo> = tokens
        .iter()
        .zip(lower)
        .zip(shape_starts.zip(&shape_ends))
        .zip(gaz)
        .map(|(((t, &lower), (start, &end)), gaz)| {
            let shape = &shape_buf[start..end];
            let cap = t.chars().next().is_some_and(char::is_uppercase);
            TokenInfo {
                lower,
                shape,
                lower_hash: Value::hash_of(&[lower]),
                shape_hash: Value::hash_of(&[shape]),
                cap,
                stop: FUNCTION_WORDS.contains(lower),
                name: cap && extra.is_name(lower),
                word: cap && extra.is_word(lower),
                seen: extra.seen_word(lower),
                gaz,
            }
        })
        .collect();
    let n = info.len();
    // A template with its hash, worked out when the program is compiled.
    macro_rules! t {
        ($name:literal) => {
            &const { Template::new($name) }
        };
    }
    const NEAR: [(i32, &Template, &Template, &Template, &Template); 4] = [
        (-2, t!("w-2="), t!(""), t!(""), t!("")),
        (-1, t!("w-1="), t!("s-1="), t!("g-1="), t!("c-1|c=")),
        (1, t!("w+1="), t!("s+1="), t!("g+1="), t!("c+1|c=")),
        (2, t!("w+2="), t!(""), t!(""), t!("")),
    ];
    for (i, me) in info.iter().enumerate() {
        let mut add = |template: &Template, value: Value<'_>| sink(i, template, value);
        add(t!("b"), Value::Parts(&[]));
        add(t!("w="), me.lower_value());
        add(t!("s="), me.shape_value());
        // Prefixes and suffixes of whole characters, of words longer than they are.
        let lower = me.lower;
        let ascii = lower.is_ascii();
        let chars = if ascii { lower.len() } else { lower.chars().count() };
        // The byte offset of the `k`th character (there is one past it).
        let offset = |k: usize| if ascii { Some(k).filter(|&k| k < lower.len()) } else { lower.char_indices().nth(k).map(|(at, _)| at) };
        for (k, key) in [(2, t!("p2=")), (3, t!("p3="))] {
            if let Some(end) = offset(k) {
                add(key, Value::Parts(&[&lower[..end]]));
            }
        }
        for (k, key) in [(2, t!("x2=")), (3, t!("x3=")), (4, t!("x4="))] {
            if chars > k
                && let Some(start) = offset(chars - k)
            {
                add(key, Value::Parts(&[&lower[start..]]));
            }
        }
        if i == 0 {
            add(t!("bos|s="), me.shape_value());
        }
        if i + 1 == n {
            add(t!("eos"), Value::Parts(&[]));
        }
        for (class, first) in &me.gaz {
            add(t!("g="), Value::Parts(&[class_name(*class), if *first { "B" } else { "I" }]));
        }
        for (d, word, shape, gaz, caps) in NEAR {
            let Some(other) = usize::try_from(i as i32 + d).ok().and_then(|j| info.get(j)) else {
                add(word, Value::Parts(&["_"]));
                continue;
            };
            add(word, other.lower_value());
            if d.abs() == 1 {
                add(shape, other.shape_value());
                for (class, _) in &other.gaz {
                    add(gaz, Value::Parts(&[class_name(*class)]));
                }
                add(caps, Value::Parts(&[if other.cap { "1" } else { "0" }, if me.cap { "1" } else { "0" }]));
            }
        }
        if i > 0 {
            let before = info[i - 1].lower;
            add(t!("w-1|s="), Value::Parts(&[before, "|", me.shape]));
            add(t!("w-1|w="), Value::Parts(&[before, "|", lower]));
        }
        if let Some(next) = info.get(i + 1) {
            add(t!("w+1|s="), Value::Parts(&[next.lower, "|", me.shape]));
            add(t!("w|w+1="), Value::Parts(&[lower, "|", next.lower]));
        }
        for (d, key) in [(-2i32, t!("s-2=")), (2, t!("s+2="))] {
            if let Some(other) = usize::try_from(i as i32 + d).ok().and_then(|j| info.get(j)) {
                add(key, other.shape_value());
            }
        }
        if me.stop {
            add(t!("stop"), Value::Parts(&[]));
        }
        if me.name {
            add(t!("n"), Value::Parts(&[]));
        }
        if me.word {
            add(t!("kd"), Value::Parts(&[]));
        }
        for (bit, kind, _) in crate::entities::lexicon::SEEN_KINDS {
            if me.seen & bit != 0 {
                add(t!("sw="), Value::Parts(&[kind]));
            }
        }
        for (d, name, word) in [(-1i32, t!("n-1"), t!("kd-1")), (1, t!("n+1"), t!("kd+1"))] {
            if let Some(other) = usize::try_from(i as i32 + d).ok().and_then(|j| info.get(j)) {
                if other.name {
                    add(name, Value::Parts(&[]));
                }
                if other.word {
                    add(word, Value::Parts(&[]));
                }
            }
        }
    }
}

/// The first line of a model file. Version 1 held the CRF in CRFsuite's own
/// format; version 2 holds the compact tables of [`crf::compact`].
const MAGIC: &[u8] = b"kliping-ner 2\n";

/// The model file [`NerModel::from_bytes`] reads: a line `kliping-ner 2`, then
/// sections, each a line `<name> <length in bytes>` followed by that many bytes:
/// the CRF's weights (`crf`, converted from the CRFsuite model `crfs` trains,
/// `crfsuite`), the TSV lists its features read (`names`, `words`, `cities`,
/// see [`FeatureLists`]), the common English words the document stage reads
/// (`english`, which a file may lack) and the names the training data labels,
/// with their kinds (`seen`, read by the features too, see
/// [`FeatureLists::with_seen`]; older files lack it, and their weights never
/// read it). Other sections are skipped. Fails when `crfsuite` is not a sound
/// CRFsuite model.
pub fn pack_model(crfsuite: &[u8], names: &str, words: &str, cities: &str, english: &str, seen: &str) -> Result<Vec<u8>, ModelError> {
    let crf = crf::compact(crfsuite).ok_or_else(|| ModelError::Invalid("not a CRFsuite model".to_string()))?;
    Ok(pack(&[("crf", &crf), ("names", names.as_bytes()), ("words", words.as_bytes()), ("cities", cities.as_bytes()), ("english", english.as_bytes()), ("seen", seen.as_bytes())]))
}

/// A model file ([`pack_model`]) of any sections.
fn pack(sections: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for (name, bytes) in sections {
        out.extend_from_slice(format!("{name} {}\n", bytes.len()).as_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

/// The sections of a model file ([`pack`]), or why it is not one.
pub(super) fn unpack(bytes: &[u8]) -> Result<Vec<(&str, &[u8])>, ModelError> {
    let mut rest = bytes.strip_prefix(MAGIC).ok_or_else(|| ModelError::Invalid("not a Kliping model file".to_string()))?;
    let mut sections = Vec::new();
    while !rest.is_empty() {
        let bad = || ModelError::Invalid("a damaged section header".to_string());
        let line_end = memchr::memchr(b'\n', &rest[..rest.len().min(64)]).ok_or_else(bad)?;
        let line = std::str::from_utf8(&rest[..line_end]).map_err(|_| bad())?;
        let (name, len) = line.split_once(' ').ok_or_else(bad)?;
        let len: usize = len.parse().map_err(|_| bad())?;
        let body = rest.get(line_end + 1..).and_then(|b| b.get(..len)).ok_or_else(|| ModelError::Invalid(format!("its {name} section is cut short")))?;
        sections.push((name, body));
        rest = &rest[line_end + 1 + len..];
    }
    Ok(sections)
}

/// A list class as feature names spell it (its `Debug` name, which the model was trained with).
fn class_name(class: Class) -> &'static str {
    match class {
        Class::Place => "Place",
        Class::Org => "Org",
        Class::Title => "Title",
        Class::Honorific => "Honorific",
        Class::OrgHead => "OrgHead",
        Class::OrgTail => "OrgTail",
        Class::EventHead => "EventHead",
        Class::PlaceWord => "PlaceWord",
        Class::CommonAcronym => "CommonAcronym",
        Class::City => "City",
        Class::SeenPer => "SeenPer",
        Class::SeenOrg => "SeenOrg",
        Class::SeenLoc => "SeenLoc",
    }
}

/// The word's shape with runs collapsed: `Retno` → `Xx`, `TPPO` → `X`,
/// `3.703` → `d.d`, `PTDI` → `X`, `McKinsey` → `XxXx`.
pub fn short_shape(word: &str) -> String {
    let mut s = String::new();
    push_short_shape(word, &mut s);
    s
}

/// [`short_shape`], written at the end of `out`.
fn push_short_shape(word: &str, out: &mut String) {
    let start = out.len();
    let mut last = None;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if last != Some(k) {
            out.push(k);
            last = Some(k);
        }
        if out.len() - start > 8 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(short_shape("Retno"), "Xx");
        assert_eq!(short_shape("TPPO"), "X");
        assert_eq!(short_shape("3.703"), "d.d");
        assert_eq!(short_shape("McKinsey"), "XxXx");
    }

    /// The tokens of every sentence of the raw pages of the seed and of two
    /// fixtures, boilerplate and all: Indonesian and English, names, numbers,
    /// menus and markup.
    fn page_sentences() -> Vec<Vec<&'static str>> {
        let pages = [
            include_str!("../../examples/id-validnews-tppo/raw.txt"),
            include_str!("../../tests/fixtures/en-reuters-business/input.txt"),
            include_str!("../../tests/fixtures/id-regional-leaked-html-crlf/input.txt"),
        ];
        let mut out = Vec::new();
        for page in pages {
            let tokens = crate::entities::text::tokenize(page);
            for range in crate::entities::text::sentences(page, &tokens) {
                out.push(tokens[range].iter().map(|t| t.text).collect());
            }
        }
        out
    }

    #[test]
    fn the_compact_tables_tag_as_crfs_does() {
        let committed = NerModel::from_bytes(include_bytes!("../../models/ner.model").to_vec()).expect("the committed model loads");
        assert_eq!(committed.crf.collided(), 0, "no two of the model's feature names share a hash");
        let sections = unpack(include_bytes!("../../models/ner.model")).expect("the committed model unpacks");
        let text = |name: &str| sections.iter().find(|(n, _)| *n == name).map(|(_, b)| std::str::from_utf8(b).expect("UTF-8")).expect("a section");
        // A small CRFsuite model, trained here by `crfs` on the committed model's
        // own tags of the pages, then converted as `train_ner` converts the real one.
        let sentences = page_sentences();
        let lists = &crate::entities::lexicon::LISTS;
        let mut trainer = crfs::Trainer::lbfgs();
        for words in &sentences {
            let tags: Vec<String> = committed.tagger().tag(words).iter().map(ToString::to_string).collect();
            let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
            trainer.append(&features(words, lists, committed.lists()), &tags).expect("a training sentence");
        }
        trainer.params_mut().set_max_iterations(60).expect("a parameter");
        let path = std::env::temp_dir().join(format!("kliping-ner-test-{}.crfsuite", std::process::id()));
        trainer.train(&path).expect("training");
        let crfsuite = std::fs::read(&path).expect("the trained model");
        let _ = std::fs::remove_file(&path);
        let packed = pack_model(&crfsuite, text("names"), text("words"), text("cities"), text("english"), "").expect("packs");
        let compact = unpack(&packed).expect("unpacks")[0].1.len();
        assert!(compact * 4 < crfsuite.len(), "compact: {compact} bytes, CRFsuite {}", crfsuite.len());
        let small = NerModel::from_bytes(packed).expect("loads");
        let model = crfs::Model::new(&crfsuite).expect("a CRFsuite model");
        let tagger = model.tagger().expect("a tagger");
        let mut named = 0;
        for words in &sentences {
            let mut expected: Vec<Tag> = tagger.tag(&features(words, lists, small.lists())).expect("tags").into_iter().map(Tag::parse).collect();
            repair(&mut expected);
            let tags = small.tagger().tag(words);
            assert_eq!(tags, expected, "{words:?}");
            named += tags.iter().filter(|t| **t != Tag::O).count();
        }
        assert!(sentences.len() > 50 && named > 50, "{} sentences, {named} tagged tokens", sentences.len());
    }

    #[test]
    fn repairs_iob2() {
        let mut t = vec![Tag::I(NerKind::Per), Tag::I(NerKind::Per), Tag::O, Tag::B(NerKind::Loc), Tag::I(NerKind::Org)];
        repair(&mut t);
        assert_eq!(t, [Tag::B(NerKind::Per), Tag::I(NerKind::Per), Tag::O, Tag::B(NerKind::Loc), Tag::B(NerKind::Org)]);
    }

    #[test]
    fn refuses_bytes_that_are_not_a_model() {
        assert!(NerModel::from_bytes(Vec::new()).is_err());
        assert!(NerModel::from_bytes(b"<!doctype html><html>not found</html>".repeat(4)).is_err());
        let mut fake = b"lCRF".to_vec();
        fake.extend_from_slice(&[0xff; 60]);
        assert!(pack_model(&fake, "", "", "", "", "").is_err());
        let committed = include_bytes!("../../models/ner.model");
        let sections = unpack(committed).expect("the committed model unpacks");
        assert_eq!(sections.iter().map(|(n, _)| *n).collect::<Vec<_>>(), ["crf", "names", "words", "cities", "english", "seen"]);
        // A file of the first version (a CRFsuite model inside) is not read as this one.
        let old = [b"kliping-ner 1\n".as_slice(), &committed[MAGIC.len()..]].concat();
        assert_eq!(NerModel::from_bytes(old).expect_err("version 1").to_string(), "not a usable NER model: not a Kliping model file");
        // The CRF's tables cut anywhere, or with a byte changed, are refused or read, never a panic.
        let crf = sections[0].1;
        for cut in (0..crf.len()).step_by(crf.len() / 97 + 1) {
            assert!(Crf::read(&crf[..cut]).is_none(), "cut at {cut}");
        }
        let mut changed = crf.to_vec();
        for at in (0..crf.len()).step_by(crf.len() / 31 + 1) {
            changed[at] ^= 0xa5;
            let _ = Crf::read(&changed);
            changed[at] ^= 0xa5;
        }
        // Cut anywhere, or missing a section, the file is refused with a reason, never a panic.
        for cut in [0, 5, MAGIC.len(), MAGIC.len() + 3, committed.len() / 2, committed.len() - 1] {
            assert!(NerModel::from_bytes(committed[..cut].to_vec()).is_err(), "cut at {cut}");
        }
        let without_words: Vec<(&str, &[u8])> = sections.iter().copied().filter(|(n, _)| *n != "words").collect();
        let err = NerModel::from_bytes(pack(&without_words)).expect_err("no words section");
        assert_eq!(err.to_string(), "not a usable NER model: no words section");
        // The same sections in another order, with one more, load as the same model.
        let mut shuffled: Vec<(&str, &[u8])> = sections.iter().rev().copied().collect();
        shuffled.push(("notes", b"trained on ...\n"));
        let again = NerModel::from_bytes(pack(&shuffled)).expect("sections in any order");
        let model = NerModel::from_bytes(committed.to_vec()).expect("the committed model loads");
        assert_eq!(again.lists().sizes(), model.lists().sizes());
        assert!(model.lists().sizes().iter().all(|&n| n > 1000), "{:?}", model.lists().sizes());
        // Without the English words the file still loads: only the document stage reads them.
        let without_english: Vec<(&str, &[u8])> = sections.iter().copied().filter(|(n, _)| *n != "english").collect();
        let older = NerModel::from_bytes(pack(&without_english)).expect("no english section");
        assert_eq!(older.lists().sizes()[3], 0);
        assert!(model.lists().is_english_word("bond") && !model.lists().is_english_word("marsudi"));
    }

    #[test]
    fn class_names_are_the_debug_names_the_model_was_trained_with() {
        use Class::*;
        for class in [Place, Org, Title, Honorific, OrgHead, OrgTail, EventHead, PlaceWord, CommonAcronym, City, SeenPer, SeenOrg, SeenLoc] {
            assert_eq!(class_name(class), format!("{class:?}"));
        }
    }

    #[test]
    fn features_of_a_short_sentence() {
        let extra = FeatureLists::from_sources("Retno\tgiven\n", "kata\n", "");
        let f = features(&["Kata", "Retno", "."], &crate::entities::lexicon::LISTS, &extra);
        let names: Vec<&str> = f[1].iter().map(|a| a.name.as_str()).collect();
        for expected in ["b", "w=retno", "s=Xx", "p2=re", "p3=ret", "x2=no", "x3=tno", "x4=etno", "w-2=_", "w-1=kata", "s-1=Xx", "c-1|c=11",
            "w+1=.", "s+1=.", "c+1|c=01", "w+2=_", "w-1|s=kata|Xx", "w-1|w=kata|retno", "w+1|s=.|Xx", "w|w+1=retno|.", "n", "kd-1"]
        {
            assert!(names.contains(&expected), "{expected} missing from {names:?}");
        }
        assert!(f[0].iter().any(|a| a.name == "bos|s=Xx") && f[2].iter().any(|a| a.name == "eos"));
        // "Kata" is a root word opening the sentence, not a name; "Retno" is a name.
        assert!(f[0].iter().any(|a| a.name == "kd") && f[0].iter().any(|a| a.name == "n+1"));
        assert!(!f[0].iter().any(|a| a.name == "n") && !f[1].iter().any(|a| a.name == "kd"));
    }

    #[test]
    fn names_the_training_data_labels_are_features_of_their_tokens_and_neighbours() {
        let extra = FeatureLists::default().with_seen("Partai Golkar\tORG\nGolkar\tORG\nJusman Syafii Djamal\tPER\nnot a line\nX\tMISC\n");
        let f = features(&["kader", "Partai", "Golkar", "dan", "Jusman", "Syafii", "Djamal"], &crate::entities::lexicon::LISTS, &extra);
        let has = |i: usize, name: &str| f[i].iter().any(|a| a.name == name);
        // The longest name of each kind: "Partai Golkar" and, inside it, "Golkar" start no second ORG.
        assert!(has(1, "g=SeenOrgB") && has(2, "g=SeenOrgI") && !has(2, "g=SeenOrgB"));
        assert!(has(4, "g=SeenPerB") && has(5, "g=SeenPerI") && has(6, "g=SeenPerI"));
        assert!(has(0, "g+1=SeenOrg") && has(3, "g-1=SeenOrg") && has(3, "g+1=SeenPer"));
        assert!(!f[3].iter().any(|a| a.name.starts_with("g=")));
        // Each word of such a name, wherever it stands, says the kinds of the names it is in.
        let alone = features(&["Djamal", "dan", "Golkar"], &crate::entities::lexicon::LISTS, &extra);
        assert!(alone[0].iter().any(|a| a.name == "sw=PER") && alone[2].iter().any(|a| a.name == "sw=ORG"));
        assert!(!alone[0].iter().any(|a| a.name.starts_with("g=Seen")) && !alone[1].iter().any(|a| a.name.starts_with("sw=")));
        // Matched without regard to case, as the other lists are.
        let lower = features(&["partai", "golkar"], &crate::entities::lexicon::LISTS, &extra);
        assert!(lower[0].iter().any(|a| a.name == "g=SeenOrgB"));
        // A new list replaces the old one, words included (training reads one list a fold).
        let replaced = extra.clone().with_seen("Golkar\tORG\n");
        let again = features(&["Djamal", "dan", "Golkar"], &crate::entities::lexicon::LISTS, &replaced);
        assert!(!again[0].iter().any(|a| a.name.contains("Seen") || a.name.starts_with("sw=")) && again[2].iter().any(|a| a.name == "sw=ORG"));
        // Without the list (a model trained before it), no such feature.
        let none = features(&["Partai", "Golkar"], &crate::entities::lexicon::LISTS, &FeatureLists::default());
        assert!(!none.iter().flatten().any(|a| a.name.contains("Seen")));
    }

    #[test]
    fn gazetteer_features_mark_multiword_places() {
        let f = features(&["di", "Phnom", "Penh", "."], &crate::entities::lexicon::LISTS, &FeatureLists::default());
        let names = |i: usize| f[i].iter().map(|a| a.name.clone()).collect::<Vec<_>>();
        assert!(names(1).contains(&"g=PlaceB".to_string()));
        assert!(names(2).contains(&"g=PlaceI".to_string()));
        assert!(names(1).contains(&"w-1=di".to_string()));
    }
}
