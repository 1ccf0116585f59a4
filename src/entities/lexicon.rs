//! Word lists of the entity stage: the gazetteers generated from the shared
//! data (`data/*.tsv`, see `examples/ner_lists.rs`) and hand-written tables of
//! trigger words (titles, organisation and event heads, place words).
//!
//! Every word is matched lower-case. Multi-word entries are matched token by
//! token, longest first, by [`Lists::longest_match`].

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// What a list entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// A country, province, regency, city or other place.
    Place,
    /// An organisation or institution (full name or acronym).
    Org,
    /// A word or phrase that, before a name, says the name is a person's role ("Menteri Luar Negeri").
    Title,
    /// A courtesy title ("Mr", "Dr", "Bapak"): the next capitalised words are a person.
    Honorific,
    /// The first word of organisation names ("Kementerian", "PT", "Ministry").
    OrgHead,
    /// The last word of organisation names ("University", "Inc", "Tbk").
    OrgTail,
    /// A word that ends or starts event names ("Expo", "Summit", "KTT").
    EventHead,
    /// A word that, before a name, makes it a place ("Kota", "Pelabuhan", "Pulau").
    PlaceWord,
    /// An acronym that is not an organisation (WNI, TPPO, UU).
    CommonAcronym,
    /// A town the place list lacks: a city outside Indonesia ("Tucson", "Damaskus") or an
    /// Indonesian district ("Kebayoran Baru"). Only in [`FeatureLists`], which the rules do not read.
    City,
    /// A name the training data labels a person most often. Only in [`FeatureLists`].
    SeenPer,
    /// A name the training data labels an organisation most often. Only in [`FeatureLists`].
    SeenOrg,
    /// A name the training data labels a place most often. Only in [`FeatureLists`].
    SeenLoc,
}

/// How many list classes there are.
const CLASSES: usize = 13;

/// What [`Lists::matches_at`] finds: at most one entry per class, held in
/// place (the tagger asks at every token of every sentence).
#[derive(Debug, Clone, Copy)]
pub struct Matches {
    found: [(usize, Class); CLASSES],
    len: usize,
}

impl std::ops::Deref for Matches {
    type Target = [(usize, Class)];

    fn deref(&self) -> &Self::Target {
        &self.found[..self.len]
    }
}

impl IntoIterator for Matches {
    type Item = (usize, Class);
    type IntoIter = std::iter::Take<std::array::IntoIter<(usize, Class), CLASSES>>;

    fn into_iter(self) -> Self::IntoIter {
        self.found.into_iter().take(self.len)
    }
}

/// A known acronym with its expansion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownAcronym {
    /// As written. Example: `"TPPO"`.
    pub short: String,
    /// The Indonesian expansion. Example: `"tindak pidana perdagangan orang"`.
    pub long: String,
    /// The English expansion. Example: `"crime of human trafficking"`.
    pub english: String,
    /// Whether it names an organisation, a title, or something else.
    pub class: AcronymClass,
}

/// What a known acronym stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcronymClass {
    /// An organisation (KPK, Kemenlu, PTDI).
    Organization,
    /// A person's title (Menlu, Kapolri).
    Title,
    /// A place (RI, AS).
    Place,
    /// An event (Pilkada, Pemilu).
    Event,
    /// Anything else: laws, crimes, groups of people (TPPO, UU, WNI).
    Other,
}

/// The lists, indexed for matching.
#[derive(Debug, Default, Clone)]
pub struct Lists {
    /// Entries by their first lower-case token: the remaining tokens and the class.
    by_first: HashMap<String, Vec<(Vec<String>, Class)>>,
    /// Known acronyms by their short form as written (case-sensitive).
    acronyms: HashMap<String, KnownAcronym>,
    /// Known acronyms by their lower-case long form.
    by_long: HashMap<String, String>,
    /// Place names as the list writes them, by their lower-case form.
    place_case: HashMap<String, String>,
    /// The words that name a ministry's portfolio, lower-case: those after
    /// "Kementerian" in the names of the institution list ("pertanian",
    /// "perhubungan", "luar", "negeri").
    portfolio: std::collections::HashSet<String>,
}

/// Lists that only the tagger's features read: they travel in the model file
/// with the weights trained on them ([`crate::entities::ner::pack_model`]), so the
/// page loads them lazily with the model and the rules never depend on them.
#[derive(Debug, Default, Clone)]
pub struct FeatureLists {
    /// Given and family names of people, lower-case ("budi", "smith").
    names: rustc_hash::FxHashSet<String>,
    /// Indonesian root words, lower-case ("sulit", "ruang"): capitalised, such a
    /// word opens a sentence or a title more often than it names someone.
    words: rustc_hash::FxHashSet<String>,
    /// Cities outside Indonesia ("Tucson", "Damaskus") and Indonesian districts
    /// ("Kebayoran Baru"), as [`Class::City`] entries.
    cities: Lists,
    /// Common English words, lower-case ("bond", "suspects"). The features do not
    /// read them; the document stage does ([`FeatureLists::with_english`]).
    english: SortedWords,
    /// Names the training data labels, as [`Class::SeenPer`], [`Class::SeenOrg`]
    /// and [`Class::SeenLoc`] entries ([`FeatureLists::with_seen`]).
    seen: Lists,
    /// The words of those names, with the kinds of the names they are in (bits: 1 PER, 2 ORG, 4 LOC).
    seen_words: rustc_hash::FxHashMap<String, u8>,
}

impl FeatureLists {
    /// Reads the three lists (TSV: the first column is the entry; `#` lines are comments).
    pub fn from_sources(names: &str, words: &str, cities: &str) -> FeatureLists {
        let lower = |text: &str| -> rustc_hash::FxHashSet<String> { first_column(text).map(str::to_lowercase).collect() };
        let mut names = lower(names);
        // A name that is also a function word ("Yang", "Dan") says nothing when it opens a sentence.
        names.retain(|n| !crate::lang::is_stop_word(n, "id") && !crate::lang::is_stop_word(n, "en"));
        let mut city_lists = Lists::default();
        for name in first_column(cities) {
            city_lists.add(name, Class::City);
        }
        FeatureLists { names, words: lower(words), cities: city_lists, english: Default::default(), seen: Lists::default(), seen_words: Default::default() }
    }

    /// The lists with common English words (TSV, as [`FeatureLists::from_sources`]
    /// reads), which the document stage reads to tell a capitalised word opening
    /// a sentence ("Bond had not been set") from a name.
    #[must_use]
    pub fn with_english(mut self, english: &str) -> FeatureLists {
        let words = first_column(english).map(str::trim).filter(|w| !w.is_empty());
        self.english = SortedWords::new(words.map(|w| if w.chars().any(char::is_uppercase) { std::borrow::Cow::Owned(w.to_lowercase()) } else { std::borrow::Cow::Borrowed(w) }));
        self
    }

    /// The lists with the names the training data labels (TSV: the name, then
    /// `PER`, `ORG` or `LOC`; other lines are skipped), replacing any before.
    #[must_use]
    pub fn with_seen(mut self, seen: &str) -> FeatureLists {
        self.seen = Lists::default();
        self.seen_words = Default::default();
        for row in rows(seen) {
            let (Some(name), Some(kind)) = (row.first(), row.get(1)) else { continue };
            let Some(&(bit, _, class)) = SEEN_KINDS.iter().find(|(_, k, _)| *k == kind.trim()) else { continue };
            self.seen.add(name, class);
            for w in crate::entities::text::words_lower(name) {
                if w.chars().count() > 1 && w.chars().all(char::is_alphabetic) {
                    *self.seen_words.entry(w).or_default() |= bit;
                }
            }
        }
        self
    }

    /// The kinds of the names the training data labels that a lower-case word is in (bits: 1 PER, 2 ORG, 4 LOC).
    pub fn seen_word(&self, lower: &str) -> u8 {
        self.seen_words.get(lower).copied().unwrap_or(0)
    }

    /// The names the training data labels that start at `lower[i]`: token count and class.
    pub fn seen_at(&self, lower: &[&str], i: usize) -> Matches {
        self.seen.matches_at(lower, i)
    }

    /// Whether a lower-case word is a common English word.
    pub fn is_english_word(&self, lower: &str) -> bool {
        self.english.contains(lower)
    }

    /// Whether a lower-case word is a known given or family name of a person.
    pub fn is_name(&self, lower: &str) -> bool {
        self.names.contains(lower)
    }

    /// Whether a lower-case word is an Indonesian root word.
    pub fn is_word(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    /// The longest city name starting at `lower[i]`, as a token count.
    pub fn city_at(&self, lower: &[&str], i: usize) -> Option<usize> {
        self.cities.longest_match(lower, i, Class::City)
    }

    /// How many entries each list holds: names, words, cities, English words,
    /// and names the training data labels.
    pub fn sizes(&self) -> [usize; 5] {
        [self.names.len(), self.words.len(), self.cities.by_first.values().map(Vec::len).sum(), self.english.len(), self.seen.by_first.values().map(Vec::len).sum()]
    }
}

/// The kinds of the names the training data labels ([`FeatureLists::with_seen`]):
/// the bit [`FeatureLists::seen_word`] gives a word of such a name, the kind as
/// the list and the features write it, and the list class of the whole name.
pub const SEEN_KINDS: [(u8, &str, Class); 3] = [(1, "PER", Class::SeenPer), (2, "ORG", Class::SeenOrg), (4, "LOC", Class::SeenLoc)];

/// A set of words held in one string, found by binary search: a list of tens of
/// thousands of words costs two allocations rather than one a word, which the
/// command line pays on every start and the page on loading the model.
#[derive(Debug, Default, Clone)]
struct SortedWords {
    /// The words, sorted and without repeats, one after another.
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<u32>,
}

impl SortedWords {
    fn new<'a>(words: impl Iterator<Item = std::borrow::Cow<'a, str>>) -> SortedWords {
        let mut all: Vec<std::borrow::Cow<'a, str>> = words.collect();
        all.sort_unstable();
        all.dedup();
        let mut out = SortedWords { text: String::with_capacity(all.iter().map(|w| w.len()).sum()), ends: Vec::with_capacity(all.len()) };
        for w in &all {
            out.text.push_str(w);
            // Lists are far below 4 GB; a longer one stops here rather than wrap.
            let Ok(end) = u32::try_from(out.text.len()) else { break };
            out.ends.push(end);
        }
        out
    }

    fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn contains(&self, word: &str) -> bool {
        let (mut lo, mut hi) = (0, self.ends.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.word(mid).cmp(word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    fn len(&self) -> usize {
        self.ends.len()
    }
}

/// Other short forms that news writes for institutions of the list, beside the
/// list's: the ministries' own ("Kemlu" for the Kemenlu, "Kemhan", "Kemkes").
static SHORT_FORM_VARIANTS: &[(&str, &str)] = &[("Kemlu", "Kemenlu"), ("Kemhan", "Kemenhan"), ("Kemkes", "Kemenkes"), ("Kemkeu", "Kemenkeu")];

/// The text of each list file (`src/entities/data/*.tsv`), for [`Lists::from_sources`].
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// `places.tsv`: Indonesian regions and countries.
    pub places: &'a str,
    /// `institutions.tsv`: Indonesian institutions with their acronyms.
    pub institutions: &'a str,
    /// `acronyms.tsv`: common acronyms that are not organisations.
    pub acronyms: &'a str,
    /// `organizations.tsv`: other well-known organisations.
    pub organizations: &'a str,
}

impl Sources<'static> {
    /// The files compiled into the crate.
    pub const BUILT_IN: Sources<'static> = Sources {
        places: include_str!("data/places.tsv"),
        institutions: include_str!("data/institutions.tsv"),
        acronyms: include_str!("data/acronyms.tsv"),
        organizations: include_str!("data/organizations.tsv"),
    };
}

/// The lists compiled into the crate.
pub static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists::from_sources(&Sources::BUILT_IN));

impl Lists {
    /// Builds the lists from the list files and the hand-written tables.
    pub fn from_sources(sources: &Sources<'_>) -> Lists {
        let Sources { places, institutions, acronyms, organizations } = *sources;
        let mut lists = Lists::default();
        for row in rows(organizations) {
            for name in row.iter().take(2).filter(|n| !n.is_empty()) {
                lists.add(name, Class::Org);
            }
        }
        for row in rows(places) {
            if let Some(name) = row.first() {
                lists.add(name, Class::Place);
            }
        }
        for name in entries(EXTRA_PLACES) {
            lists.add(name, Class::Place);
        }
        for (table, is_institution) in [(institutions, true), (acronyms, false)] {
            for row in rows(table) {
                let [short, long, english, class] = [0, 1, 2, 3].map(|i| row.get(i).copied().unwrap_or(""));
                let class = acronym_class(class, is_institution);
                // "PT Pindad (Persero)": the bracketed legal form is not part of the name used in news.
                let long = long.split(" (").next().unwrap_or(long).trim();
                let list_class = match class {
                    AcronymClass::Organization => Some(Class::Org),
                    AcronymClass::Title => Some(Class::Title),
                    AcronymClass::Place => Some(Class::Place),
                    AcronymClass::Event => Some(Class::EventHead),
                    AcronymClass::Other => Some(Class::CommonAcronym),
                };
                if let Some(rest) = long.strip_prefix("Kementerian ").filter(|_| class == AcronymClass::Organization) {
                    let words = crate::entities::text::words_lower(rest);
                    lists.portfolio.extend(words.into_iter().filter(|w| w.chars().all(char::is_alphabetic) && !CONNECTORS.contains(&w.as_str())));
                }
                if let Some(c) = list_class {
                    lists.add(short, c);
                    if c != Class::CommonAcronym {
                        lists.add(long, c);
                    }
                }
                lists.by_long.insert(long.to_lowercase(), short.to_string());
                lists.acronyms.insert(
                    short.to_string(),
                    KnownAcronym { short: short.to_string(), long: long.to_string(), english: english.to_string(), class },
                );
            }
        }
        for (variant, known) in SHORT_FORM_VARIANTS {
            if let Some(k) = lists.acronyms.get(*known).cloned() {
                lists.add(variant, Class::Org);
                lists.acronyms.insert(variant.to_string(), KnownAcronym { short: variant.to_string(), ..k });
            }
        }
        for (words, class) in [
            (TITLES, Class::Title),
            (HONORIFICS, Class::Honorific),
            (ORG_HEADS, Class::OrgHead),
            (ORG_TAILS, Class::OrgTail),
            (EVENT_HEADS, Class::EventHead),
            (PLACE_WORDS, Class::PlaceWord),
        ] {
            for w in entries(words) {
                lists.add(w, class);
            }
        }
        lists
    }

    fn add(&mut self, phrase: &str, class: Class) {
        if class == Class::Place {
            self.place_case.entry(phrase.to_lowercase()).or_insert_with(|| phrase.to_string());
        }
        let mut toks = crate::entities::text::words_lower(phrase);
        if toks.is_empty() {
            return;
        }
        let first = toks.remove(0);
        let entries = self.by_first.entry(first).or_default();
        if !entries.iter().any(|(t, c)| *t == toks && *c == class) {
            entries.push((toks, class));
            // Longest first, so "Menteri Luar Negeri" wins over "Menteri".
            crate::entities::sort_by_key(entries, |(t, _)| std::cmp::Reverse(t.len()));
        }
    }

    /// The longest entries starting at `lower[i]`: their length in tokens and
    /// class, one per class, longest first.
    pub fn matches_at(&self, lower: &[&str], i: usize) -> Matches {
        let mut out = Matches { found: [(0, Class::Place); CLASSES], len: 0 };
        let Some(entries) = lower.get(i).and_then(|w| self.by_first.get(*w)) else { return out };
        for (rest, class) in entries {
            let fits = rest.iter().enumerate().all(|(k, w)| lower.get(i + 1 + k).is_some_and(|t| t == w));
            if fits && !out.iter().any(|(_, c)| c == class) && out.len < CLASSES {
                out.found[out.len] = (rest.len() + 1, *class);
                out.len += 1;
            }
        }
        out
    }

    /// The longest entry of `class` starting at `lower[i]`, as a token count.
    pub fn longest_match(&self, lower: &[&str], i: usize, class: Class) -> Option<usize> {
        self.matches_at(lower, i).into_iter().find(|(_, c)| *c == class).map(|(n, _)| n)
    }

    /// Whether the whole phrase is an entry of `class`.
    pub fn is(&self, phrase: &str, class: Class) -> bool {
        let tokens = crate::entities::text::tokenize(phrase);
        let Some(first) = tokens.first() else { return false };
        // Most phrases asked about start with a word no entry starts with.
        let mut buf = String::new();
        crate::entities::text::push_lower(first.text, &mut buf);
        if !self.by_first.contains_key(buf.as_str()) {
            return false;
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let lower = crate::entities::text::lower_words(&words, &mut buf);
        self.longest_match(&lower, 0, class) == Some(lower.len())
    }

    /// Whether a lower-case word names part of a ministry's portfolio
    /// ("Menteri [Pertanian]", "Menteri [Kelautan] dan [Perikanan]").
    pub fn is_portfolio_word(&self, lower: &str) -> bool {
        self.portfolio.contains(lower)
    }

    /// A place name as the list writes it ("JAKARTA" → "Jakarta").
    pub fn place_name(&self, phrase: &str) -> Option<&str> {
        self.place_case.get(&phrase.to_lowercase()).map(String::as_str)
    }

    /// A known acronym by its short form as written.
    pub fn acronym(&self, short: &str) -> Option<&KnownAcronym> {
        self.acronyms.get(short)
    }

    /// The short form of a known long form, matched lower-case.
    pub fn short_of(&self, long: &str) -> Option<&str> {
        self.by_long.get(&long.to_lowercase()).map(String::as_str)
    }
}

/// The entries of a word table: one string with ", " between entries rather
/// than a slice of strings, which would add 8 bytes of pointer and length an
/// entry to the web page's download.
fn entries(table: &'static str) -> impl Iterator<Item = &'static str> {
    table.split(", ")
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

/// The first column of each row of a TSV list ([`rows`]), without a vector a row.
fn first_column(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).filter_map(|l| l.split('\t').next())
}

fn acronym_class(class: &str, is_institution: bool) -> AcronymClass {
    if is_institution && class == "ORG" {
        return AcronymClass::Organization;
    }
    match class {
        "TITLE" => AcronymClass::Title,
        "GPE" => AcronymClass::Place,
        "EVENT" => AcronymClass::Event,
        "ORG" => AcronymClass::Organization,
        _ => AcronymClass::Other,
    }
}

/// Place names the gazetteers lack: press spellings of countries, cities known
/// as such (the gazetteer has "Kota Administrasi Jakarta Pusat", not "Jakarta"),
/// capitals and large cities often in Indonesian news, and regions.
pub static EXTRA_PLACES: &str = concat!(
    // Press variants of country names.
    "China, Inggris, Amerika, AS, Korsel, Korut, Korea, Rusia, Arab Saudi, Saudi, UEA, \
     Britain, England, Scotland, Wales, America, USA, UK, Palestina, Palestine, Gaza, Tepi Barat, \
     West Bank, Taiwan, Hong Kong, Makau, Macau, Timor Leste, Timor-Leste, Vatikan, Eropa, Europe, \
     Asia, Afrika, Africa, Australia, Asia Tenggara, Southeast Asia, Timur Tengah, Middle East, ",
    // Indonesian cities and regions named without their administrative prefix.
    "Jakarta, DKI Jakarta, Yogyakarta, Jogja, Yogya, DIY, Jabodetabek, Jawa, Java, Sumatera, Sumatra, \
     Kalimantan, Borneo, Sulawesi, Papua, Bali, Lombok, Nusantara, IKN, Batam, Surabaya, Bandung, Medan, \
     Semarang, Makassar, Palembang, Denpasar, Solo, Surakarta, Bogor, Depok, Tangerang, Bekasi, ",
    // Capitals and large cities of the world.
    "Phnom Penh, Bangkok, Hanoi, Ho Chi Minh, Kuala Lumpur, Singapura, Singapore, Manila, Vientiane, \
     Naypyidaw, Yangon, Dili, Bandar Seri Begawan, Beijing, Shanghai, Tokyo, Osaka, Seoul, Pyongyang, \
     New Delhi, Delhi, Mumbai, Islamabad, Dhaka, Kabul, Tehran, Teheran, Baghdad, Riyadh, Jeddah, \
     Mekah, Makkah, Mecca, Madinah, Medina, Dubai, Abu Dhabi, Doha, Kairo, Cairo, Ankara, Istanbul, \
     Yerusalem, Jerusalem, Tel Aviv, Moskow, Moscow, Kyiv, Kiev, London, Paris, Berlin, Roma, Rome, \
     Madrid, Brussels, Brussel, Amsterdam, Den Haag, The Hague, Jenewa, Geneva, Wina, Vienna, \
     Washington, New York, Los Angeles, Chicago, San Francisco, Canberra, Sydney, Melbourne, Perth, \
     Wellington, Ottawa, Toronto, Brasilia, Buenos Aires, Mexico City, Nairobi, Johannesburg, Pretoria, ",
    // States and provinces English news names without their country (those that are
    // also given names, "Alberta", "Victoria", are left to the tagger).
    "Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, \
     Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, \
     Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, \
     New Mexico, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, \
     South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, West Virginia, Wisconsin, Wyoming, \
     Northern California, Southern California, Northern Ireland, Ontario, Quebec, British Columbia, \
     Manitoba, Saskatchewan, Nova Scotia, Queensland, New South Wales, Tasmania, Western Australia",
);

/// First words of the Indonesian long forms that name a fee, a measure, a
/// programme, a security or a rule, not a body: "Biaya Perjalanan Ibadah Haji
/// (Bipih)", "Tingkat Komponen Dalam Negeri (TKDN)", "Sekuritas Rupiah Bank
/// Indonesia (SRBI)", "Stabilisasi Pasokan dan Harga Pangan (SPHP)". Such a
/// long form and its acronym are no organisation.
pub static NOT_BODY_HEADS: crate::lexicon::Words = crate::lexicon::Words::new(
    "biaya tingkat stabilisasi sekuritas sertifikat surat program indeks tarif pajak dana bantuan subsidi kredit kartu \
     sistem standar nilai harga anggaran rencana peraturan pendapatan produk obligasi kebijakan paket skema instrumen fasilitas",
);

/// First words of the Indonesian long forms that name a meeting: "Rapat Dewan
/// Gubernur (RDG)", "Sidang Umum", "Musyawarah Nasional (Munas)": an event.
pub static MEETING_HEADS: crate::lexicon::Words = crate::lexicon::Words::new("rapat sidang musyawarah");

/// Words for the people of a country, a region or a party ("French", "Americans",
/// "Republicans"): alone they name no person, organisation or place.
pub static DEMONYMS: crate::lexicon::Words = crate::lexicon::Words::new(
    "american americans british chinese french german germans japanese russian russians indian indians italian \
     italians spanish mexican mexicans canadian canadians australian australians european europeans african \
     africans asian asians arab arabs israeli israelis palestinian palestinians iranian iranians iraqi iraqis \
     ukrainian ukrainians korean koreans turkish dutch swiss swedish polish brazilian english scottish welsh \
     irish democrat democrats republican republicans muslim muslims jewish catholic catholics indonesian indonesians \
     malaysian malaysians singaporean singaporeans filipino filipinos thai vietnamese cambodian burmese finnish \
     norwegian danish greek egyptian egyptians pakistani pakistanis afghan afghans nigerian kenyan syrian \
     syrians lebanese portuguese belgian austrian hungarian czech romanian serbian argentine colombian venezuelan \
     cuban",
);

/// The US states as news agencies abbreviate them, after a town and a comma
/// ("Los Angeles, Calif.", "FRANKFORT, Ky. (AP)"), lower case: the
/// abbreviation and its full stop name a place. Those that are words too
/// ("Ill.", "Mass.", "Wash.", "Ark.", "Miss.") and "Kan." (the Indonesian "kan")
/// are left out.
pub static STATE_ABBREVIATIONS: crate::lexicon::Words = crate::lexicon::Words::new(
    "ala ariz calif colo conn fla kans ky md mich minn mont neb nev okla tenn vt va wis wyo",
);

/// Company endings as abbreviations (lower case): part of a name with their
/// full stop ("Warner Bros.", "Halliburton Co."), no name alone ("+ Co.").
pub static COMPANY_ENDINGS: crate::lexicon::Words = crate::lexicon::Words::new("co cos bros inc corp ltd llc plc");

/// Given names that English-language news gives mostly to women, as written:
/// the most common given names of the United States and Britain, and of public
/// figures in international news. With [`MALE_GIVEN_NAMES`], what "she" or "he"
/// can stand for when a quote's speaker is a pronoun.
pub static FEMALE_GIVEN_NAMES: crate::lexicon::Words = crate::lexicon::Words::new(
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret \
     Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura \
     Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen \
     Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren \
     Christina Joan Evelyn Judith Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara \
     Janice Ann Kathryn Abigail Sophia Frances Alice Judy Isabella Julia Grace Amber Denise Danielle \
     Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Lori Marie Tiffany Kristen \
     Kristina Jane Louise Claire Fiona Lucy Chloe Ella Mia Ava Zoe Holly Kate Caroline Jenny Jill Joanne Wendy \
     Tracy Ellen Erin Molly Hillary Kamala Ursula Giorgia Jacinda Nikki Marjorie Liz Kristi Gretchen Kathy \
     Kari Elise Ilhan Alexandria Dianne Meghan Kristin Beyoncé Oprah Serena Venus Greta Malala Marine \
     Ségolène Annalena Mette Sanna Magdalena Yulia Svetlana Tatiana Olga Irina Natalia Hasina Priyanka Indira \
     Sonia Benazir Yingluck Megawati Retno Puan Khofifah Risma Susi Rini Najwa",
);

/// Given names that English-language news gives mostly to men, as written.
pub static MALE_GIVEN_NAMES: crate::lexicon::Words = crate::lexicon::Words::new(
    "James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony \
     Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan \
     Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander \
     Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle \
     Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence \
     Jesse Bryan Billy Bruce Gabriel Joe Logan Albert Willie Alan Eugene Russell Vincent Philip Bobby Johnny \
     Bradley Roy Ralph Randy Wayne Howard Louis Harry Oliver Charlie Alfie Jim Tom Bill Bob Mike Dave Steve \
     Chris Tony Ben Sam Matt Nick Dan Rob Pete Ted Ed Phil Greg Jeff Chuck Hank Ian Colin Neil Graham Simon \
     Martin Barack Mitt Bernie Rishi Boris Keir Emmanuel Olaf Vladimir Volodymyr Xi Narendra Recep Elon Warren \
     Tim Sundar Satya Francis Jair Luiz Javier Viktor Sergei Dmitry Mohammed Muhammad Ahmed Ali Hassan Hussein \
     Omar Abdullah Khalid Jokowi Joko Prabowo Anies Ganjar Luhut Mahfud Bambang Budi Agus Hendra Andi Ahmad \
     Yusuf Rizky Dedi Eko Sugeng Slamet",
);

/// Words in a role or before a name that say a woman is meant ("actress",
/// "Mrs"), lower case.
pub static FEMALE_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(
    "mrs mrs. ms ms. miss madam madame lady dame queen princess duchess countess baroness empress actress \
     waitress hostess heiress mother wife widow daughter sister grandmother aunt niece woman girl chairwoman \
     spokeswoman congresswoman businesswoman councilwoman sportswoman policewoman stepmother girlfriend bride",
);

/// Words in a role or before a name that say a man is meant ("Mr", "king"), lower case.
pub static MALE_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(
    "mr mr. sir lord king prince duke baron emperor father husband widower son brother grandfather uncle \
     nephew man boy spokesman congressman businessman councilman sportsman policeman chairman stepfather \
     boyfriend groom",
);

/// Public figures that the news names by a nickname as often as by their name
/// (nickname, full name), from the figures' own biographies. A nickname joins
/// the person only when the article names the person in full too: "Presiden
/// Joko Widodo ... kata Jokowi".
pub static NICKNAMES: &[(&str, &str)] = &[
    ("Jokowi", "Joko Widodo"), ("SBY", "Susilo Bambang Yudhoyono"), ("JK", "Jusuf Kalla"), ("AHY", "Agus Harimurti Yudhoyono"),
    ("Ibas", "Edhie Baskoro Yudhoyono"), ("Gus Dur", "Abdurrahman Wahid"), ("Ahok", "Basuki Tjahaja Purnama"), ("BTP", "Basuki Tjahaja Purnama"),
    ("Zulhas", "Zulkifli Hasan"), ("Cak Imin", "Muhaimin Iskandar"), ("Bamsoet", "Bambang Soesatyo"), ("Buwas", "Budi Waseso"),
    ("Foke", "Fauzi Bowo"), ("Aher", "Ahmad Heryawan"), ("Kang Emil", "Ridwan Kamil"), ("Bung Karno", "Soekarno"), ("Bung Hatta", "Mohammad Hatta"),
    ("Pak Harto", "Soeharto"), ("Gus Ipul", "Saifullah Yusuf"), ("Gus Yaqut", "Yaqut Cholil Qoumas"), ("Risma", "Tri Rismaharini"),
    ("LBP", "Luhut Binsar Pandjaitan"), ("KDM", "Dedi Mulyadi"), ("Kang Dedi", "Dedi Mulyadi"), ("Mas Menteri", "Nadiem Makarim"),
    ("Bibi", "Benjamin Netanyahu"), ("MBS", "Mohammed bin Salman"), ("AOC", "Alexandria Ocasio-Cortez"), ("JFK", "John F. Kennedy"),
    ("FDR", "Franklin D. Roosevelt"), ("MLK", "Martin Luther King"), ("BoJo", "Boris Johnson"), ("AMLO", "Andrés Manuel López Obrador"),
];

/// Last words, besides `COMPANY_ENDINGS`, that end only the names of companies,
/// groups and clubs (lower case): "Astra International Tbk", "Sriwijaya FC",
/// "Manchester United", "Garuda Indonesia Group", "Qatar Airways".
pub static CLUB_AND_GROUP_ENDINGS: crate::lexicon::Words = crate::lexicon::Words::new("fc cf sc united tbk group grup airlines airways");

/// Academic degrees as Indonesian and English news write them after a name
/// ("Abdullah Sitopan SH", "Siti Aminah MSi", "John Smith PhD"), and the British
/// honours written the same way ("Afrasiab Anwar MBE"), case included: the
/// corpora leave them out of the name, and so does the entity.
pub static DEGREES: crate::lexicon::Words = crate::lexicon::Words::new(
    "SH MH SE MM MSi MSc BA SIP SPd SSos SKom MT MPd MKes SKM SKep MBA PhD SHI MAg SAg Lc LLM MHum SHum SST SPsi MPsi MKn \
     SAB SKed SFarm MFarm MAP MIP SThI MSn SSn MBE OBE CBE KBE DBE");

/// Abbreviated place words that start a place's name in English: "St. Louis",
/// "Mt. Everest", "Ft. Lauderdale" (lower case).
pub static PLACE_ABBREVIATIONS: crate::lexicon::Words = crate::lexicon::Words::new("st mt ft");

/// Indonesian words for an office's field or unit that stand, capitalised,
/// between a title and a name ("Direktur Perlindungan WNI ...", "Kepala Bidang
/// Humas ...", "Manajer Komunikasi ..."), lower case. Words formed like them
/// are found by [`is_office_field`].
pub static OFFICE_FIELDS: crate::lexicon::Words = crate::lexicon::Words::new(
    "umum utama bidang bagian divisi seksi urusan hukum humas eksekutif wilayah daerah pusat program teknis riset \
     bisnis operasional",
);

/// Whether a lower-case word names an office's field or unit in Indonesian: one
/// of [`OFFICE_FIELDS`], or a noun formed as such words are, with "pe-", "per-"
/// or "ke-" and "-an" ("perlindungan", "pemasaran", "kesehatan", "keuangan") or
/// with "-asi" or "-isi" ("komunikasi", "operasi", "komisi"). Surnames that look
/// like the first ("Kerrigan", "Keenan") double a consonant or are short.
pub fn is_office_field(lower: &str) -> bool {
    if OFFICE_FIELDS.contains(lower) {
        return true;
    }
    if !lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let doubled = lower.as_bytes().windows(2).any(|w| w[0] == w[1] && !b"aeiou".contains(&w[0]));
    let circumfix = lower.len() >= 8 && (lower.starts_with("pe") || lower.starts_with("ke")) && lower.ends_with("an") && !doubled;
    circumfix || (lower.len() >= 6 && (lower.ends_with("asi") || lower.ends_with("isi")))
}

/// Ranks of the police and the armed forces that Indonesian news writes with
/// the corps or service after them ("Irjen Pol Karyoto", "Kolonel Inf Deddy
/// Suryadi", "Marsma TNI ..."), lower case.
pub static CORPS_RANKS: crate::lexicon::Words = crate::lexicon::Words::new(
    "jenderal komjen irjen brigjen kombes akbp kompol akp letjen mayjen kolonel letkol mayor kapten lettu letda \
     laksamana laksdya laksda laksma marsekal marsdya marsda marsma",
);

/// The corps or service after such a rank, part of the rank, not of the name:
/// police, armed forces, infantry, cavalry, field artillery, engineers, and the
/// other corps abbreviations of the army, navy and air force (lower case).
pub static CORPS: crate::lexicon::Words =
    crate::lexicon::Words::new("pol tni inf kav arh art czi cpn chk cpm ckm kes arm mar pnb psk laut");

/// English words for what someone is or does that news writes in lower case
/// before a name ("Labour leader Keir Starmer", "military spokesman Daniel
/// Hagari", "Apple chief executive Tim Cook"): with the name after them, a
/// person and a role ([`crate::entities::names::people_after_lower_case_titles`]).
pub static LOWER_CASE_TITLES: crate::lexicon::Words = crate::lexicon::Words::new(
    "leader spokesman spokeswoman spokesperson executive officer founder cofounder co-founder chairman chairwoman \
     president minister secretary director manager coach striker midfielder defender goalkeeper actor actress singer \
     rapper author novelist lawyer attorney economist analyst professor researcher scientist reporter journalist \
     candidate nominee activist commander adviser advisor aide ambassador envoy governor mayor senator lawmaker \
     prosecutor judge chancellor premier boss owner captain defenseman forward guard center centre \
     quarterback linebacker pitcher catcher outfielder infielder shortstop receiver winger goaltender goalie rookie \
     teammate cameraman photographer producer editor editor-in-chief publisher",
);

/// Lower-case words that may stand before such a title as part of it ("chief
/// executive", "foreign minister", "head coach", "deputy leader").
pub static LOWER_CASE_TITLE_WORDS: crate::lexicon::Words = crate::lexicon::Words::new(
    "chief vice deputy head senior prime foreign finance defence defense interior health party opposition \
     military army police former acting interim general managing executive",
);

/// The Indonesian words of administrative regions, and their short forms, that
/// open a place's name ("Kota Bekasi", "Kab. Bogor", "Desa Alue Papeun"): a
/// new place starts at one inside a run of places, and a place after an
/// organisation's acronym ("BPBD Kota Bekasi") is that organisation's.
pub static REGION_WORDS: crate::lexicon::Words = crate::lexicon::Words::new("desa kelurahan kecamatan kabupaten kab kota provinsi prov dusun kampung");

/// What someone is or does, as Indonesian news writes it before a name, often in
/// lower case and with a comma ("Pengamat telekomunikasi Heru Setiadi", "Juru
/// bicara KPK, Yudha Prasetyo", "aktor sekaligus komedian, Indra Birowo"): the
/// first word of a role ([`crate::entities::names::occupation_before`]). "juru"
/// stands for "juru bicara".
pub static OCCUPATIONS: crate::lexicon::Words = crate::lexicon::Words::new(
    "pengamat ekonom analis peneliti pakar dokter psikolog psikiater aktor aktris artis penyanyi komedian sutradara \
     produser pelatih atlet pengacara advokat juru jubir dosen pedagang petani nelayan warga politikus politisi \
     aktivis wartawan jurnalis penulis sejarawan budayawan mahasiswa sopir pengemudi buruh karyawan pegawai \
     penasihat konsultan arsitek desainer pengusaha musisi selebgram",
);

/// Role words and phrases: before a name they make it a person and give the role.
pub static TITLES: &str = "presiden, wakil presiden, menteri, menteri luar negeri, menteri dalam negeri, menteri pertahanan, \
    menteri keuangan, menteri koordinator, menko, wakil menteri, wamen, gubernur, wakil gubernur, wagub, \
    bupati, wakil bupati, wali kota, walikota, wakil wali kota, camat, lurah, kepala desa, kades, \
    kepala, ketua, ketua umum, wakil ketua, sekretaris, sekretaris jenderal, bendahara, direktur, \
    direktur utama, direktur jenderal, komisaris, manajer, kapolri, kapolda, kapolres, kapolsek, \
    kapolresta, kabareskrim, kadiv humas, panglima, panglima tni, jenderal, kolonel, letnan, mayor, \
    kapten, brigjen, mayjen, letjen, irjen, kombes, akbp, kompol, iptu, ipda, aiptu, bripka, \
    laksamana, marsekal, jaksa, jaksa agung, hakim, duta besar, dubes, konsul, juru bicara, jubir, \
    anggota, pengamat, peneliti, rektor, dekan, dosen, guru besar, profesor, perdana menteri, pm, \
    raja, ratu, pangeran, paus, imam, uskup, pelatih, kapten tim, senator, kanselir, sultan, \
    president, vice president, prime minister, minister, foreign minister, secretary, secretary of state, \
    governor, mayor, chancellor, chief executive, ceo, chairman, chairwoman, chair, spokesman, \
    spokeswoman, spokesperson, general, senator, representative, ambassador, judge, justice, \
    king, queen, prince, princess, pope, coach, director, professor, chief, sheriff, deputy sheriff, \
    councillor, councilor, councilman, councilwoman, council member, commissioner, police commissioner, \
    superintendent, chief superintendent, inspector, chief inspector, sergeant, detective, constable, \
    lieutenant, colonel, admiral, attorney general, district attorney, prosecutor, lawmaker, \
    congressman, congresswoman, speaker, first minister, treasurer, archbishop, bishop, cardinal, rabbi, \
    pastor, dean, provost, principal, headteacher, head teacher, economist, analyst, chief economist, \
    founder, co-founder, president-elect, lord mayor, deputy mayor, deputy governor, chief constable, \
    gov, sen, rep, lt, gen, col, capt, sgt, cpl, maj, adm, cmdr, det, insp, supt, atty, cllr, \
    kajari, kajati, kasat, kasat reskrim, kasat lantas, kasat narkoba, kasat intelkam, kasat sabhara, kanit, \
    kanit reskrim, kabid, kabid humas, kasi, kasi pidum, kasi pidsus, kasi intel, kabag, kasubdit, kasubag, \
    kakanwil, kalapas, karutan, kapolrestabes, kapolairud, kaops, kapuspen, kapendam, kadispen, wakapolri, \
    wakapolda, wakapolres, danrem, dandim, danramil, danlanal, danyon, pangdam, ketum, wabup, wawali, wamenlu, \
    menag, mendikbud, akp, aipda, bripda, briptu, brigpol, brigadir, komjen, bharada, bharatu, bharaka, serda, \
    sertu, serka, serma, praka, pratu, prada, kopda, koptu, kopka, letda, lettu, letkol, laksda, laksma, laksdya, \
    marsda, marsma, marsdya";

/// Titles that name an office only with a complement ("Menteri Keuangan",
/// "Kepala BNPB", "Minister of Defence"): alone before capitalised words they
/// do not show that a name follows.
pub static GENERIC_TITLES: &[&str] = &[
    "menteri", "kepala", "ketua", "wakil", "sekretaris", "direktur", "anggota", "komisaris", "manajer", "deputi",
    "asisten", "staf", "kepala dinas", "minister", "secretary", "head", "chief", "director", "member", "deputy",
    "direktur jenderal",
];

/// Courtesy titles: the capitalised words after them are a person's name.
pub static HONORIFICS: &str = "bapak, pak, ibu, bu, saudara, sdr, tuan, nyonya, haji, hajjah, h, hj, kh, ustaz, ustadz, \
    habib, gus, dr, drs, ir, prof, mr, mrs, ms, miss, sir, dame, lord, lady, rev, st";

/// Titles that Indonesian news annotation counts as part of a person's name:
/// nobility, royalty and religious rank ("Sultan Hamengkubuwono X", "Pangeran
/// Diponegoro", "KH Hasyim Asy'ari", "Sir"). A person span that starts with any
/// other title or courtesy word loses it (see `names::find`). That includes "Dr",
/// "Mr" and "Ms", though the train parts of the corpora keep them in the name
/// more often than not (9 times against 4, none in dev): English news names
/// people again as "Mr Hancock", a later mention of Matt Hancock.
pub static TITLES_IN_NAMES: &[&str] = &[
    "sultan", "pangeran", "raden", "raja", "ratu", "sri", "ki", "nyi", "kh", "kiai", "kyai", "habib", "gus", "syekh",
    "syeikh", "paus", "prince", "princess", "king", "queen", "sir", "dame", "lord", "lady", "st",
];

/// First words of organisation names.
pub static ORG_HEADS: &str = "kementerian, kemenko, badan, komisi, dewan, majelis, mahkamah, pengadilan, pengadilan negeri, \
    kejaksaan, kejaksaan agung, kejaksaan tinggi, kejaksaan negeri, kejari, kejati, kepolisian, polda, polres, \
    polresta, polsek, polrestabes, ditreskrimum, ditreskrimsus, ditresnarkoba, ditlantas, satreskrim, \
    satresnarkoba, satlantas, lapas, rutan, kodam, kodim, korem, partai, pt, cv, perum, bank, \
    universitas, institut, sekolah tinggi, politeknik, rumah sakit, rsud, rsup, yayasan, lembaga, \
    pemerintah, pemprov, pemkab, pemkot, pemda, dinas, kedutaan, kedutaan besar, konsulat, \
    konsulat jenderal, direktorat, direktorat jenderal, sekretariat, asosiasi, persatuan, perhimpunan, \
    federasi, ikatan, komite, otoritas, korps, koperasi, organisasi, ministry, department, \
    commission, council, committee, agency, bureau, embassy, university, bank of";

/// Last words of organisation names, as English and company names end.
pub static ORG_TAILS: &str = "university, institute, party, council, committee, commission, agency, bureau, court, \
    association, federation, union, corporation, company, foundation, embassy, police, army, \
    navy, authority, board, inc, corp, ltd, llc, plc, tbk, group, fc, bank, airlines, \
    airways, magazine, times, post, journal, motors, holdings, media, studios, records, \
    network, press, club, ministry, department, center, centre, school, college, hospital, co, cos, bros";

/// Words that make a capitalised span an event.
pub static EVENT_HEADS: &str = "expo, summit, conference, festival, championship, championships, games, olympics, olimpiade, \
    piala, kejuaraan, konferensi, ktt, pameran, kongres, muktamar, munas, rakernas, fair, week, \
    cup, world cup, piala dunia, sea games, asian games, grand prix, marathon, maraton, jambore";

/// Words that, before a capitalised name, make it a place.
pub static PLACE_WORDS: &str = "kota, kabupaten, provinsi, desa, kelurahan, kecamatan, pulau, kepulauan, gunung, sungai, \
    danau, selat, teluk, pelabuhan, bandara, bandar udara, jalan, jl, laut, samudra, samudera, \
    pantai, negara bagian, kampung, dusun, city, province, state, port, island, river, lake, \
    mount, county, district";

/// Prefixes of named things that are neither people, organisations nor places:
/// ships and vessels ("KRI Bima Suci", "USS Nimitz").
pub static THING_PREFIXES: &[&str] = &["KRI", "KM", "KMP", "MV", "MT", "USS", "HMS", "HMAS", "RMS"];

/// Lower-case words that join the parts of one name ("Indo Defence Expo and
/// Forum", "University of Oxford", "Joint Commission for Bilateral Cooperation").
/// Words that, after a name, make it a place in English: "Harlan County", "Red
/// Sea", "Mekong River". (Before a name "County" or "River" is no place word:
/// "County Sheriff".)
pub static PLACE_TAILS: crate::lexicon::Words =
    crate::lexicon::Words::new("county river island islands province district valley bay peninsula strait sea ocean mountains desert canyon");

/// Words that open a capitalised run without being part of the name after them:
/// "Since March", "The Environment Agency", "Menurut Andri". ("The" stays where a
/// list's name begins with it: "The Guardian".)
pub static NOT_NAME_OPENERS: crate::lexicon::Words = crate::lexicon::Words::new(
    "the an since in on at by for from with but or as after before during when while if although because of to into \
     under over about this that these those its his her their our my your meanwhile however also then so yet until \
     despite among between through via unlike both every each some many most other another such what which whose \
     where why how here there now today yesterday tomorrow di ke dari pada oleh untuk dengan bagi kepada dalam atau \
     yang bahwa saat ketika sejak selama setelah sebelum menurut tapi namun meski jika kalau",
);

pub static CONNECTORS: &[&str] = &["dan", "and", "of", "for", "the", "&", "de", "van", "der", "von", "bin", "binti", "al", "on"];

/// Capitalised words that are never a name on their own: sentence openers,
/// pronouns, and labels of the page that leak into text.
pub static NOT_NAMES: crate::lexicon::Words = crate::lexicon::Words::new("hal selain oleh baca penulis editor komentar selamat ilustrasi illustrasi foto sumber video dia ia \
    mereka kami kita saya namun tapi tetapi sementara menurut kata dalam pada bagi sejak setelah sebelum \
    meski walau kemudian lalu adapun sedangkan bahkan padahal jika kalau apabila ketika saat seperti \
    terkait soal untuk dengan karena akibat tak tidak belum sudah juga pun he she they it we i you but \
    and or so yet however meanwhile if when while after before since as at in on for with by from this \
    that these those there here mr mrs ms dr pak bu bapak ibu ya oh");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_hold_one_entry_of_every_class() {
        // The match below stops compiling when a class is added: `CLASSES` must grow with it.
        let all = [Class::Place, Class::Org, Class::Title, Class::Honorific, Class::OrgHead, Class::OrgTail, Class::EventHead, Class::PlaceWord, Class::CommonAcronym, Class::City, Class::SeenPer, Class::SeenOrg, Class::SeenLoc];
        for c in all {
            match c {
                Class::Place | Class::Org | Class::Title | Class::Honorific | Class::OrgHead | Class::OrgTail | Class::EventHead | Class::PlaceWord | Class::CommonAcronym | Class::City | Class::SeenPer | Class::SeenOrg | Class::SeenLoc => {}
            }
        }
        assert_eq!(all.len(), CLASSES);
        // "Kementerian" starts many entries (ministries, and it is an organisation head):
        // the lookup gives each class once.
        let lower = ["kementerian", "luar", "negeri", "ri"];
        let found = LISTS.matches_at(&lower, 0);
        assert!(!found.is_empty());
        let mut classes: Vec<Class> = found.iter().map(|(_, c)| *c).collect();
        classes.sort();
        classes.dedup();
        assert_eq!(classes.len(), found.len(), "{found:?}");
        assert_eq!(found.into_iter().count(), found.len());
    }

    #[test]
    fn word_tables_split_into_clean_entries() {
        for table in [EXTRA_PLACES, TITLES, HONORIFICS, ORG_HEADS, ORG_TAILS, EVENT_HEADS, PLACE_WORDS] {
            for entry in entries(table) {
                assert!(!entry.is_empty() && entry.trim() == entry && !entry.contains(','), "bad entry {entry:?}");
            }
        }
        assert_eq!(entries(EXTRA_PLACES).count(), 214);
        assert!(entries(TITLES).any(|t| t == "wakil wali kota"));
    }

    #[test]
    fn feature_lists_and_organisations_load() {
        let lists = FeatureLists::from_sources("# names\nBudi\tgiven\nSmith\tfamily\nYang\tfamily\n", "sulit\nruang\n", "Tucson\tUS\nNew York\tUS\n");
        assert!(lists.is_name("budi") && lists.is_name("smith"));
        // A name that is also a function word is left out.
        assert!(!lists.is_name("yang") && !lists.is_name("names"));
        assert!(lists.is_word("sulit") && !lists.is_word("budi"));
        let lower = ["di", "tucson", "dan", "new", "york", "reuters", "new", "york", "times"];
        assert_eq!(lists.city_at(&lower, 1), Some(1));
        assert_eq!(lists.city_at(&lower, 3), Some(2));
        assert_eq!(lists.city_at(&lower, 2), None);
        assert_eq!(lists.sizes(), [2, 2, 2, 0, 0]);
        // Cities are not in the lists the rules read; organisations are.
        assert!(LISTS.matches_at(&lower, 1).is_empty());
        assert_eq!(LISTS.longest_match(&lower, 5, Class::Org), Some(1));
        assert_eq!(LISTS.longest_match(&lower, 6, Class::Org), Some(3));
    }

    #[test]
    fn organisation_list_leaves_out_common_words() {
        // Matching ignores case, so an entry that is also a word would mark that word everywhere.
        for row in rows(Sources::BUILT_IN.organizations) {
            let name = row[0].to_lowercase();
            assert!(!crate::lang::is_stop_word(&name, "id") && !crate::lang::is_stop_word(&name, "en"), "{name}");
            assert!(!["antara", "tempo", "detik", "kompas", "grab", "apple", "shell"].contains(&name.as_str()), "{name}");
        }
    }

    #[test]
    fn no_given_name_or_word_is_of_both_sexes() {
        for name in FEMALE_GIVEN_NAMES.iter() {
            assert!(!MALE_GIVEN_NAMES.contains(name), "{name}");
        }
        for word in FEMALE_WORDS.iter() {
            assert!(!MALE_WORDS.contains(word) && word == word.to_lowercase(), "{word}");
        }
    }
}
