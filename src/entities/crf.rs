//! The CRF's weights in a compact form, read once into flat tables for tagging fast.
//!
//! `crfs` trains the model and writes it in CRFsuite's `crf1d` format: a 48-byte
//! header of counts and offsets, then chunks (a 12-byte chunk header each) of
//! features (type, source, target, weight as 20-byte records), label and
//! attribute string databases (hash tables), and per label and per attribute the
//! list of its feature ids. [`compact`] turns that into the form the model file
//! holds (see [`Tables::encode`]): the attribute names in order, each sharing a
//! prefix with the one before, and the weights as small whole numbers of a
//! quantum, which gzip packs about five times tighter (the committed model's
//! CRF: 547 KB gzipped as CRFsuite wrote it, 110 KB so).
//!
//! `crfs` tags by looking every feature name up in the model's string database
//! and by allocating a fresh tagger, instance and Viterbi lattice per sentence;
//! in the entity stage that cost more than everything else together. The
//! tables here answer the same questions: the state score of a label is the sum
//! of the same weights (rounded to the quantum), and the Viterbi pass breaks
//! ties the same way, so the tags are the ones `crfs` gives (a test trains a
//! small model with `crfs` and checks it on real sentences).

use super::ner::Tag;
use rustc_hash::FxHashMap;

/// Bytes of a chunk header ("FEAT", size, count) before a chunk's entries.
const CHUNK: usize = 12;
/// Bytes of one feature: type, source and target as `u32`, weight as `f64`.
const FEATURE: usize = 20;
/// Bytes of a CRFsuite header: magic, size, type, version and counts, then
/// the offsets of the feature, label, attribute, label-reference and
/// attribute-reference chunks.
const HEADER: usize = 48;
/// Weights are kept as whole multiples of 2^-QUANTUM_BITS. A state score sums
/// a few dozen weights, so each score moves by less than 0.01 at most, which
/// changes no tag of the dev parts; and sums of such numbers are exact in
/// `f64`, so a score does not depend on the order it was added up in.
const QUANTUM_BITS: u32 = 12;

/// A model as plain data, between CRFsuite's format, in which `crfs` writes
/// it, and the compact one the tagger reads ([`compact`]).
struct Tables {
    /// The labels ("O", "B-PER", ...), by label id.
    labels: Vec<String>,
    /// Transition weights, `trans[from * n + to]`.
    trans: Vec<f64>,
    /// Every attribute's name and state features (label id and weight).
    attrs: Vec<(String, Vec<(u8, f64)>)>,
}

impl Tables {
    /// Reads the tables out of CRFsuite model bytes. `None` when the header
    /// or an offset points outside the bytes (a damaged model): the checks
    /// come before `crfs` reads the bytes.
    fn from_crfsuite(bytes: &[u8]) -> Option<Tables> {
        let word = |at: usize| le_u32(bytes, at);
        let offsets = [word(28)?, word(32)?, word(36)?, word(40)?, word(44)?].map(|o| o as usize);
        if bytes.len() <= HEADER || &bytes[..4] != b"lCRF" || word(4)? as usize != bytes.len() || offsets.iter().any(|&o| o < HEADER || o >= bytes.len()) {
            return None;
        }
        let model = crfs::Model::new(bytes).ok()?;
        let [features, _, _, label_refs, attr_refs] = offsets;
        // The (target, weight) of feature `fid`.
        let feature = |fid: u32| -> Option<(u32, f64)> {
            let at = features.checked_add(CHUNK)?.checked_add(FEATURE.checked_mul(fid as usize)?)?;
            let weight = f64::from_le_bytes(bytes.get(at + 12..at + 20)?.try_into().ok()?);
            Some((word(at + 8)?, weight))
        };
        // The feature ids listed for entry `i` of a reference chunk.
        let refs = |chunk: usize, i: u32| -> Option<Vec<u32>> {
            let offset = word(chunk.checked_add(CHUNK)?.checked_add(4 * i as usize)?)? as usize;
            let count = word(offset)? as usize;
            (0..count).map(|r| word(offset + 4 + 4 * r)).collect()
        };
        let n = model.num_labels() as usize;
        if n > u8::MAX as usize {
            return None;
        }
        let labels: Vec<String> = (0..n as u32).map(|l| model.to_label(l).map(str::to_string)).collect::<Option<_>>()?;
        let mut trans = vec![0.0; n * n];
        for from in 0..n {
            for fid in refs(label_refs, from as u32)? {
                let (to, weight) = feature(fid)?;
                *trans.get_mut(from * n + to as usize)? = weight;
            }
        }
        let mut attrs = Vec::with_capacity(model.num_attrs() as usize);
        for a in 0..model.num_attrs() {
            let name = model.to_attr(a)?.to_string();
            let features = refs(attr_refs, a)?
                .into_iter()
                .map(|fid| feature(fid).and_then(|(label, weight)| Some((u8::try_from(label).ok().filter(|&l| (l as usize) < n)?, weight))))
                .collect::<Option<Vec<_>>>()?;
            attrs.push((name, features));
        }
        Some(Tables { labels, trans, attrs })
    }

    /// The compact form: labels, transitions, then the attributes in name
    /// order as four runs (names, each sharing a prefix with the one before;
    /// how many features each has; the features' labels; their weights as
    /// whole multiples of the quantum), which gzip packs far tighter than
    /// CRFsuite's hash tables and 20-byte records. Features that round to
    /// nothing are left out, and attributes left without a feature.
    fn encode(self) -> Vec<u8> {
        let quantum = |w: f64| (w * f64::from(1u32 << QUANTUM_BITS)).round() as i64;
        let mut out = Vec::new();
        push_varint(&mut out, self.labels.len() as u64);
        for label in &self.labels {
            push_varint(&mut out, label.len() as u64);
            out.extend_from_slice(label.as_bytes());
        }
        push_varint(&mut out, u64::from(QUANTUM_BITS));
        for &w in &self.trans {
            push_varint(&mut out, zigzag(quantum(w)));
        }
        let mut attrs: Vec<(String, Vec<(u8, i64)>)> = self
            .attrs
            .into_iter()
            .map(|(name, f)| (name, f.into_iter().map(|(label, w)| (label, quantum(w))).filter(|&(_, q)| q != 0).collect::<Vec<_>>()))
            .filter(|(_, f)| !f.is_empty())
            .collect();
        attrs.sort_by(|a, b| a.0.cmp(&b.0));
        push_varint(&mut out, attrs.len() as u64);
        let mut previous = "";
        for (name, _) in &attrs {
            let shared = name.bytes().zip(previous.bytes()).take_while(|(a, b)| a == b).count();
            push_varint(&mut out, shared as u64);
            push_varint(&mut out, (name.len() - shared) as u64);
            out.extend_from_slice(&name.as_bytes()[shared..]);
            previous = name;
        }
        for (_, f) in &attrs {
            push_varint(&mut out, f.len() as u64);
        }
        for (_, f) in &attrs {
            out.extend(f.iter().map(|&(label, _)| label));
        }
        for (_, f) in &attrs {
            for &(_, q) in f {
                push_varint(&mut out, zigzag(q));
            }
        }
        out
    }

    /// Reads the compact form [`Tables::encode`] writes; `None` when the bytes
    /// are cut or damaged.
    fn decode(bytes: &[u8]) -> Option<Tables> {
        let mut r = Reader { bytes, at: 0 };
        let n = r.len(u8::MAX as u64)?;
        let labels: Vec<String> = (0..n).map(|_| r.len(64).and_then(|len| r.take(len)).and_then(|b| String::from_utf8(b.to_vec()).ok())).collect::<Option<_>>()?;
        let bits = r.len(30)?;
        let scale = 1.0 / f64::from(1u32 << bits);
        let trans: Vec<f64> = (0..n * n).map(|_| r.weight(scale)).collect::<Option<_>>()?;
        // Each attribute takes at least three bytes, which bounds the count before anything is allocated.
        let count = r.len((bytes.len() / 3) as u64)?;
        let mut names: Vec<String> = Vec::with_capacity(count);
        for _ in 0..count {
            let shared = r.len(u64::MAX)?;
            let suffix = r.len(u64::MAX).and_then(|len| r.take(len))?;
            let previous = names.last().map_or("", String::as_str);
            let mut name = previous.as_bytes().get(..shared)?.to_vec();
            name.extend_from_slice(suffix);
            names.push(String::from_utf8(name).ok()?);
        }
        let counts: Vec<usize> = (0..count).map(|_| r.len(n as u64)).collect::<Option<_>>()?;
        let total: usize = counts.iter().sum();
        let label_ids = r.take(total)?;
        if label_ids.iter().any(|&l| l as usize >= n) {
            return None;
        }
        let mut labels_left = label_ids.iter();
        let mut attrs = Vec::with_capacity(count);
        for (name, k) in names.into_iter().zip(counts) {
            let features = (0..k).map(|_| Some((*labels_left.next()?, r.weight(scale)?))).collect::<Option<Vec<_>>>()?;
            attrs.push((name, features));
        }
        (r.at == bytes.len()).then_some(Tables { labels, trans, attrs })
    }
}

/// Converts a CRFsuite model, as `crfs` trains it, into the compact tables
/// [`Crf::read`] reads; `None` when the bytes are not a sound CRFsuite model.
pub(crate) fn compact(crfsuite: &[u8]) -> Option<Vec<u8>> {
    Tables::from_crfsuite(crfsuite).map(Tables::encode)
}

/// Appends `value` as a LEB128 varint: seven bits a byte, low bits first.
fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A signed number as an unsigned one, small magnitudes small: 0, -1, 1, -2 → 0, 1, 2, 3.
fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

/// Reads the compact form, every read checked against the end of the bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    }

    /// A varint that must be at most `max`, as a length.
    fn len(&mut self, max: u64) -> Option<usize> {
        self.varint().filter(|&v| v <= max).and_then(|v| usize::try_from(v).ok())
    }

    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let out = self.bytes.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(out)
    }

    /// A zigzag-coded weight in quanta of `scale`.
    fn weight(&mut self, scale: f64) -> Option<f64> {
        let v = self.varint()?;
        let signed = (v >> 1) as i64 ^ -((v & 1) as i64);
        Some(signed as f64 * scale)
    }
}

/// Where an attribute's features are in [`Crf::features`], and the
/// [`fingerprint`] of its name, which tells it from a name of the same hash.
#[derive(Clone, Copy)]
struct Attr {
    start: u32,
    end: u32,
    fingerprint: u32,
}

/// The model as tables: feature names to their weighted labels.
#[derive(Clone)]
pub(crate) struct Crf {
    /// Attributes by the [`hash`] of their name. A lookup reads this map and
    /// then the attribute's run of [`Crf::features`]: two places in memory,
    /// which matters as much as the instructions when a parse starts on cold
    /// caches (the page parses once per keystroke pause, not in a loop).
    ids: FxHashMap<u64, Attr>,
    /// Two bits per name, set from its hash: most names a sentence asks for are
    /// not in the model, and this small filter says so before the bigger table
    /// is read.
    filter: Vec<u64>,
    /// Names whose hash an earlier name already took (practically never).
    collided: FxHashMap<Box<str>, Attr>,
    /// Every attribute's state features, attribute after attribute: a label id
    /// and its weight.
    features: Vec<(u8, f64)>,
    /// Transition weights, `trans_t[to * n + from]`.
    trans_t: Vec<f64>,
    /// The tag of each label id.
    tags: Vec<Tag>,
}

impl Crf {
    /// Reads the compact tables ([`compact`]); `None` when they are cut or
    /// damaged.
    pub(crate) fn read(bytes: &[u8]) -> Option<Crf> {
        let tables = Tables::decode(bytes)?;
        let n = tables.labels.len();
        let mut trans_t = vec![0.0; n * n];
        for from in 0..n {
            for to in 0..n {
                trans_t[to * n + from] = tables.trans[from * n + to];
            }
        }
        let mut crf = Crf {
            ids: FxHashMap::default(),
            filter: vec![0; FILTER_WORDS],
            collided: FxHashMap::default(),
            features: Vec::new(),
            trans_t,
            tags: tables.labels.iter().map(|l| Tag::parse(l)).collect(),
        };
        crf.ids.reserve(tables.attrs.len());
        for (name, features) in &tables.attrs {
            let start = u32::try_from(crf.features.len()).ok()?;
            crf.features.extend_from_slice(features);
            let (h, fingerprint) = name_key::of_name(name);
            let attr = Attr { start, end: u32::try_from(crf.features.len()).ok()?, fingerprint };
            for bit in filter_bits(h) {
                crf.filter[bit / 64] |= 1 << (bit % 64);
            }
            match crf.ids.entry(h) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(attr);
                }
                std::collections::hash_map::Entry::Occupied(_) => {
                    crf.collided.insert(name.as_str().into(), attr);
                }
            }
        }
        Some(crf)
    }

    /// The tag of each label id (a label the tagger does not know reads as O).
    pub(crate) fn tags(&self) -> &[Tag] {
        &self.tags
    }

    /// The attribute named `template` followed by the value `value`, if the
    /// model has it. A name the model lacks is taken for one it has only when
    /// their values' 64-bit hashes agree, or their 64-bit keys and 32-bit
    /// fingerprints both do: about one chance in 2^64 for each of a sentence's
    /// names, against reading the name's bytes back on every hit.
    fn attribute(&self, template: &Template, value: &Value<'_>) -> Option<Attr> {
        let (hash, fingerprint) = name_key::of(template.hash, value.hash());
        if !filter_bits(hash).iter().all(|&bit| self.filter[bit / 64] & (1 << (bit % 64)) != 0) {
            return None;
        }
        let attr = *self.ids.get(&hash)?;
        if attr.fingerprint == fingerprint {
            return Some(attr);
        }
        if self.collided.is_empty() {
            return None;
        }
        let mut name = template.name.to_string();
        value.push_to(&mut name);
        self.collided.get(name.as_str()).copied()
    }

    /// Adds the state weights of the attribute named `template` followed by
    /// `value` to `row` (one score per label).
    pub(crate) fn add(&self, template: &Template, value: &Value<'_>, row: &mut [f64]) {
        if let Some(a) = self.attribute(template, value)
            && let Some(features) = self.features.get(a.start as usize..a.end as usize)
        {
            for &(label, weight) in features {
                if let Some(score) = row.get_mut(label as usize) {
                    *score += weight;
                }
            }
        }
    }

    /// How many of the model's names share their hash with another (the tests
    /// expect none: every lookup then takes the fast path).
    #[cfg(test)]
    pub(crate) fn collided(&self) -> usize {
        self.collided.len()
    }

    /// Number of labels, the width of a row of state scores.
    pub(crate) fn width(&self) -> usize {
        self.tags.len()
    }

    /// The best tag sequence for state scores `state` (`width()` per token):
    /// Viterbi, keeping the first of equal scores as CRFsuite does.
    pub(crate) fn viterbi(&self, state: &[f64]) -> Vec<Tag> {
        let n = self.width();
        let items = state.len() / n.max(1);
        if items == 0 {
            return Vec::new();
        }
        let mut alpha = state[..n].to_vec();
        let mut back = vec![0u8; items * n];
        let mut next = vec![0.0; n];
        for t in 1..items {
            for (j, score_j) in next.iter_mut().enumerate() {
                let column = &self.trans_t[n * j..n * (j + 1)];
                let (mut best, mut arg) = (f64::MIN, 0);
                for (i, (&a, &w)) in alpha.iter().zip(column).enumerate() {
                    let score = a + w;
                    if best < score {
                        (best, arg) = (score, i);
                    }
                }
                back[t * n + j] = arg as u8;
                *score_j = best + state[t * n + j];
            }
            std::mem::swap(&mut alpha, &mut next);
        }
        let mut labels = vec![0usize; items];
        let mut best = f64::MIN;
        for (i, &a) in alpha.iter().enumerate() {
            if best < a {
                best = a;
                labels[items - 1] = i;
            }
        }
        for t in (0..items - 1).rev() {
            labels[t] = back[(t + 1) * n + labels[t + 1]] as usize;
        }
        labels.into_iter().map(|l| self.tags[l]).collect()
    }
}

/// The little-endian `u32` at byte `at`, if the bytes reach that far.
fn le_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// Size of [`Crf::filter`] in 64-bit words: 2^17 bits, 16 KB, about ten bits per
/// name of a model of 14,000 attributes, so that about one name in a hundred
/// that the model lacks gets past it.
const FILTER_WORDS: usize = 1 << 11;

/// The two bits of [`Crf::filter`] for a name's hash: two 17-bit slices of it.
fn filter_bits(h: u64) -> [usize; 2] {
    let mask = FILTER_WORDS * 64 - 1;
    [(h >> 20) as usize & mask, (h >> 40) as usize & mask]
}

/// The first part of a feature's name, up to and with its `=` ("w-1=",
/// "w-1|w="), or all of a name without one ("b", "eos"); with its hash, worked
/// out when the program is compiled.
pub struct Template {
    /// The template's text.
    pub name: &'static str,
    hash: u64,
}

impl Template {
    /// The template `name`, which must end in its only `=` or have none.
    pub const fn new(name: &'static str) -> Template {
        Template { name, hash: name_key::template(name) }
    }
}

/// The value of a feature, the part of its name after the template ("w-1=",
/// "w-1|w="): the tagger hands over a token's word or shape with its hash,
/// worked out once for the token and used by every feature that names it
/// (its own and its neighbours'), or the value's pieces, read as if joined.
#[derive(Clone, Copy)]
pub enum Value<'a> {
    /// A whole value and its [`Value::hash_of`].
    Hashed(&'a str, u64),
    /// The pieces of a value ("kata", "|", "retno"), joined.
    Parts(&'a [&'a str]),
}

impl Value<'_> {
    /// The hash of a value's text (of its pieces joined, which is the same):
    /// what [`Value::Hashed`] carries.
    pub fn hash_of(parts: &[&str]) -> u64 {
        name_key::bytes(parts)
    }

    fn hash(&self) -> u64 {
        match *self {
            Value::Hashed(_, hash) => hash,
            Value::Parts(parts) => name_key::bytes(parts),
        }
    }

    /// Writes the value's text at the end of `out`.
    pub fn push_to(&self, out: &mut String) {
        match *self {
            Value::Hashed(text, _) => out.push_str(text),
            Value::Parts(parts) => parts.iter().for_each(|p| out.push_str(p)),
        }
    }
}

/// The keys of a feature name. A name is a template up to its first `=` (all
/// of it when it has none: "b", "eos") and a value after it. The key mixes the
/// hash of the template with the hash of the value, so that the tagger can
/// hash a token's word once and reuse it for the five names that hold it
/// ("w=retno", "w-1=retno", ...), and never builds a name.
///
/// The key of a name is the key of [`Crf::ids`] and of the [`Crf::filter`]; the
/// fingerprint, from an independent mix of the same two hashes, tells a name from
/// another of the same key. In each mix every step is a bijection of the state,
/// with its high bits folded back down, so that the next word cannot cancel what
/// this one changed.
mod name_key {
    /// The key and the fingerprint of a name read from the model.
    pub(super) fn of_name(name: &str) -> (u64, u32) {
        let split = name.find('=').map_or(name.len(), |at| at + 1);
        let (template_name, value) = name.split_at(split);
        of(template(template_name), bytes(&[value]))
    }

    /// The key and the fingerprint of the name made of the template of hash
    /// `template` and the value of hash `value`. Both hashes are finalised
    /// already, so one multiplication a key is mixing enough.
    pub(super) fn of(template: u64, value: u64) -> (u64, u32) {
        let hash = (template.rotate_left(23) ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let check = (template ^ value.rotate_left(41)).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
        (hash ^ (hash >> 32), (check >> 32) as u32)
    }

    /// [`bytes`] of one string, byte by byte, so that it can run when the
    /// program is compiled (for [`super::Template::new`]).
    pub(super) const fn template(name: &str) -> u64 {
        let b = name.as_bytes();
        let (mut hash, mut word, mut i) = (0u64, 0u64, 0);
        while i < b.len() {
            word |= (b[i] as u64) << (8 * (i % 8));
            i += 1;
            if i % 8 == 0 || i == b.len() {
                hash = (hash ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
                hash ^= hash >> 29;
                word = 0;
            }
        }
        finalise(hash ^ b.len() as u64)
    }

    /// The hash of `parts` joined, read eight bytes at a time.
    pub(super) fn bytes(parts: &[&str]) -> u64 {
        if let [one] = parts {
            return one_string(one.as_bytes());
        }
        let mut hash = 0u64;
        let mut mix = |word: u64| {
            hash = (hash ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
            hash ^= hash >> 29;
        };
        // Bytes gather into `word` until it holds eight (the last one is padded with zeros).
        let (mut word, mut filled, mut len) = (0u64, 0usize, 0u64);
        for part in parts {
            let mut bytes = part.as_bytes();
            len += bytes.len() as u64;
            while !bytes.is_empty() {
                let (head, rest) = bytes.split_at(bytes.len().min(8 - filled));
                word |= little_endian(head) << (8 * filled);
                filled += head.len();
                bytes = rest;
                if filled == 8 {
                    mix(word);
                    (word, filled) = (0, 0);
                }
            }
        }
        if filled > 0 {
            mix(word);
        }
        // The length tells "ab" from "ab\0"; the finaliser spreads the last word's bytes to every bit.
        finalise(hash ^ len)
    }

    /// [`bytes`] of one string: whole words, then the rest.
    fn one_string(bytes: &[u8]) -> u64 {
        let mut hash = 0u64;
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            hash = (hash ^ little_endian(word)).wrapping_mul(0x517c_c1b7_2722_0a95);
            hash ^= hash >> 29;
        }
        if !words.remainder().is_empty() {
            hash = (hash ^ little_endian(words.remainder())).wrapping_mul(0x517c_c1b7_2722_0a95);
            hash ^= hash >> 29;
        }
        finalise(hash ^ bytes.len() as u64)
    }

    /// Up to eight bytes as a little-endian number, read in at most three loads
    /// rather than byte by byte.
    fn little_endian(bytes: &[u8]) -> u64 {
        if let Some(all) = bytes.first_chunk::<8>() {
            return u64::from_le_bytes(*all);
        }
        let (mut value, mut at) = (0u64, 0);
        if let Some(four) = bytes.first_chunk::<4>() {
            value = u64::from(u32::from_le_bytes(*four));
            at = 4;
        }
        if let Some(two) = bytes[at..].first_chunk::<2>() {
            value |= u64::from(u16::from_le_bytes(*two)) << (8 * at);
            at += 2;
        }
        if let Some(&one) = bytes.get(at) {
            value |= u64::from(one) << (8 * at);
        }
        value
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
    const fn finalise(mut h: u64) -> u64 {
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compact_tables_read_back_as_written() {
        let sections = super::super::ner::unpack(include_bytes!("../../models/ner.model")).expect("the committed model unpacks");
        let crf = sections.iter().find(|(name, _)| *name == "crf").map(|(_, b)| *b).expect("a crf section");
        let tables = Tables::decode(crf).expect("the committed tables");
        assert_eq!(tables.labels.len(), 7);
        assert!(tables.attrs.len() > 10_000 && tables.attrs.windows(2).all(|w| w[0].0 < w[1].0), "{} names, in order", tables.attrs.len());
        assert!(tables.attrs.iter().all(|(_, f)| !f.is_empty()));
        assert_eq!(tables.encode(), crf, "weights already on the quantum stay as they are");
        for v in [0i64, -1, 1, 63, -64, 1 << 40, -(1 << 40), i64::MAX, i64::MIN] {
            let mut out = Vec::new();
            push_varint(&mut out, zigzag(v));
            let mut r = Reader { bytes: &out, at: 0 };
            assert_eq!(r.weight(1.0), Some(v as f64), "{v}");
            assert_eq!(r.at, out.len());
        }
    }

    #[test]
    fn a_name_has_the_same_keys_whatever_its_parts() {
        let names = ["b", "w=retno", "w-1|w=menteri|luar", "x4=ngan", "g+1=Place", "w|w+1=kementerian|luar", "w=ürümqi", "w==", "w-1|w==|a=b"];
        for name in names {
            let whole = name_key::of_name(name);
            let (template, value) = name.split_at(name.find('=').map_or(name.len(), |at| at + 1));
            assert_eq!(name_key::template(template), Value::hash_of(&[template]), "{template:?}");
            assert_eq!(name_key::of(name_key::template(template), Value::hash_of(&[value])), whole, "{name:?}");
            for cut in (0..=value.len()).filter(|&i| value.is_char_boundary(i)) {
                let (a, b) = value.split_at(cut);
                for parts in [&[a, b][..], &["", a, "", b]] {
                    assert_eq!(name_key::of(name_key::template(template), Value::Parts(parts).hash()), whole, "{name:?} cut at {cut}");
                }
            }
        }
        // A trailing NUL, a moved byte or a byte moved across the template's end is another name.
        assert_ne!(name_key::of_name("w=ab").0, name_key::of_name("w=ab\0").0);
        assert_ne!(name_key::of_name("w=ab").0, name_key::of_name("w=ba").0);
        assert_ne!(name_key::of_name("s-1=ab").0, name_key::of_name("s-1a=b").0);
        assert_ne!(name_key::of_name("b").0, name_key::of_name("b=").0);
    }

    #[test]
    fn the_tagger_keys_each_feature_as_the_model_keys_its_name() {
        let sentence = ["Menteri", "Luar", "Negeri", "(", "Menlu", ")", "Retno", "Marsudi", "di", "Phnom", "Penh", "|", "a=b", "Ürümqi", "."];
        let mut n = 0;
        let mut buf = String::new();
        let lower = super::super::text::lower_words(&sentence, &mut buf);
        let extra = super::super::lexicon::FeatureLists::from_sources("Retno\tgiven\n", "luar\n", "Phnom Penh\tKH\n");
        super::super::ner::each_feature(&sentence, &lower, &super::super::lexicon::LISTS, &extra, |_, template, value| {
            let mut name = template.name.to_string();
            value.push_to(&mut name);
            assert_eq!(template.name.find('='), template.name.len().checked_sub(1).filter(|_| template.name.ends_with('=')), "{name:?}");
            assert_eq!(name_key::of(template.hash, value.hash()), name_key::of_name(&name), "{name:?}");
            n += 1;
        });
        assert!(n > 20 * sentence.len(), "{n} features");
    }

    #[test]
    fn the_keys_of_many_names_do_not_collide() {
        let mut hashes = rustc_hash::FxHashSet::default();
        let mut fingerprints = rustc_hash::FxHashSet::default();
        let mut n = 0;
        for key in ["w=", "w-1|w=", "p3=", "x2="] {
            for a in 0u8..26 {
                for b in 0u8..26 {
                    for c in 0u8..8 {
                        let word: String = [b'a' + a, b'a' + b, b'a' + c].iter().map(|&x| char::from(x)).collect();
                        let (hash, fingerprint) = name_key::of(name_key::template(key), Value::hash_of(&[&word]));
                        hashes.insert(hash);
                        fingerprints.insert(fingerprint);
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(hashes.len(), n);
        // 21,632 names in 2^32 fingerprints: a collision or two is expected now and then, not more.
        assert!(fingerprints.len() + 2 >= n, "{} of {n}", fingerprints.len());
    }
}
