//! The entity stage on whole articles, through `kliping::parse`: the seed's
//! entity, acronym and quote minimums, with the built-in model and without one
//! (as the web page parses before its model has loaded), and English fixtures.

use kliping::Options;
use serde_json::Value;

const RAW: &str = include_str!("../examples/id-validnews-tppo/raw.txt");
const EXPECTED: &str = include_str!("../examples/id-validnews-tppo/expected.json");

fn ws(s: &str) -> String {
    s.replace('\u{a0}', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `got` has every field of `want`: strings equal after whitespace
/// normalisation, numbers equal, lists containing every wanted item.
fn has(got: &Value, want: &Value) -> bool {
    match (got, want) {
        (Value::String(g), Value::String(w)) => ws(g) == ws(w),
        (Value::Number(g), Value::Number(w)) => g.as_f64() == w.as_f64(),
        (Value::Array(g), Value::Array(w)) => w.iter().all(|wi| g.iter().any(|gi| has(gi, wi))),
        (Value::Object(g), Value::Object(w)) => w.iter().all(|(k, wv)| g.get(k).is_some_and(|gv| has(gv, wv))),
        (g, w) => g == w,
    }
}

fn parse(text: &str, model: bool) -> Value {
    let options = if model { Options::default() } else { Options { ner: None, ..Options::default() } };
    let article = kliping::parse(text, &options).expect("the text parses");
    serde_json::to_value(&article).expect("the article serialises")
}

fn check_seed(model: bool) {
    let expected: Value = serde_json::from_str(EXPECTED).expect("expected.json is JSON");
    let got = parse(RAW, model);
    let mode = if model { "with the model" } else { "without a model" };
    let entities = got["entities"].as_array().expect("entities");
    for want in expected["entities_must_include"].as_array().expect("a list") {
        assert!(entities.iter().any(|e| has(e, want)), "{mode}: no entity like {want}\ngot: {}", serde_json::to_string_pretty(entities).unwrap_or_default());
    }
    for want in expected["acronyms_must_include"].as_array().expect("a list") {
        assert!(got["acronyms"].as_array().expect("acronyms").iter().any(|a| has(a, want)), "{mode}: no acronym like {want}\ngot: {}", got["acronyms"]);
    }
    for want in expected["quotes_must_include"].as_array().expect("a list") {
        let start = want["starts_with"].as_str().expect("starts_with");
        let found = got["quotes"].as_array().expect("quotes").iter().any(|q| {
            q["text"].as_str().is_some_and(|t| ws(t).starts_with(&ws(start))) && q["speaker"] == want["speaker"]
        });
        assert!(found, "{mode}: no quote starting {start:?} by {}\ngot: {}", want["speaker"], got["quotes"]);
    }
    for bad in expected["entities_must_not_include"].as_array().expect("a list") {
        let bad = bad.as_str().expect("a string");
        for e in entities {
            let named = e["name"] == bad || e["mentions"].as_array().is_some_and(|ms| ms.iter().any(|m| m["text"] == bad));
            assert!(!named, "{mode}: {bad:?} is an entity: {e}");
        }
    }
}

#[test]
fn seed_minimums_hold_with_the_model() {
    check_seed(true);
    // Beyond the minimums: the ship is a named thing of its own, not a place.
    check_names(&parse(RAW, true), &serde_json::json!([{"type": "other", "name": "KRI Bima Suci"}]), &["Bima Suci"]);
}

#[test]
fn seed_minimums_hold_without_a_model() {
    check_seed(false);
}

#[test]
fn mention_offsets_are_code_points_into_the_body() {
    let got = parse(RAW, true);
    let body: Vec<char> = got["body"].as_str().expect("body").chars().collect();
    let mut checked = 0;
    for e in got["entities"].as_array().expect("entities") {
        for m in e["mentions"].as_array().expect("mentions") {
            if m.get("part").is_some() {
                continue;
            }
            let (s, t) = (m["start"].as_u64().unwrap_or(0) as usize, m["end"].as_u64().unwrap_or(0) as usize);
            let text: String = body[s..t].iter().collect();
            assert_eq!(text, m["text"].as_str().unwrap_or(""), "{e}");
            checked += 1;
        }
    }
    for q in got["quotes"].as_array().expect("quotes") {
        let (s, t) = (q["start"].as_u64().unwrap_or(0) as usize, q["end"].as_u64().unwrap_or(0) as usize);
        assert_eq!(body[s..t].iter().collect::<String>(), q["text"].as_str().unwrap_or(""));
        checked += 1;
    }
    assert!(checked > 20, "only {checked} offsets checked");
}

/// An English wire story, written in the shape of such stories.
const ENGLISH: &str = "World leaders pledge climate funds at Geneva summit

GENEVA (Reuters) - Prime Minister Anthony Albanese said on Tuesday that Australia would give $1.5 billion to a new fund, as delegates from 40 countries met at the Global Climate Summit.

\"We cannot wait for the next disaster to act,\" Albanese told reporters after meeting President Joe Biden.

The World Health Organization (WHO) warned that heat deaths had risen 12.5 percent since 2019, according to a report released last Tuesday.

\"The numbers are simply not there yet,\" said Maria Neira, a director at the WHO.

The talks end on March 3.";

#[test]
fn english_article() {
    let got = parse(ENGLISH, true);
    let entities = got["entities"].as_array().expect("entities");
    let want: Value = serde_json::json!([
        {"type": "person", "name": "Anthony Albanese", "role": "Prime Minister", "aliases": ["Albanese"]},
        {"type": "person", "name": "Joe Biden", "role": "President"},
        {"type": "person", "name": "Maria Neira"},
        {"type": "location", "name": "Australia"},
        {"type": "organization", "name": "World Health Organization", "acronym": "WHO"},
        {"type": "event", "name": "Global Climate Summit"},
        {"type": "quantity", "value": 1500000000, "unit": "USD"},
        {"type": "quantity", "value": 12.5, "unit": "percent"},
        {"type": "quantity", "value": 40, "unit": "countries"},
    ]);
    for w in want.as_array().expect("a list") {
        assert!(entities.iter().any(|e| has(e, w)), "no entity like {w}\ngot: {}", serde_json::to_string_pretty(entities).unwrap_or_default());
    }
    let quotes = got["quotes"].as_array().expect("quotes");
    let speakers: Vec<&str> = quotes.iter().filter_map(|q| q["speaker"].as_str()).collect();
    assert_eq!(speakers, ["Anthony Albanese", "Maria Neira"], "{quotes:?}");
    let acronyms = got["acronyms"].as_array().expect("acronyms");
    assert!(acronyms.iter().any(|a| a["short"] == "WHO" && a["long"] == "World Health Organization"), "{acronyms:?}");
}

/// An English local story, written in the shape of such stories: common words
/// that open sentences, a county, a sheriff, "the" before agencies.
const ENGLISH_LOCAL: &str = "Deputies arrest three in string of boat thefts along the river

Suspects were found with two outboard motors, sheriff says

Three men suspected of stealing outboard motors from marinas in Calder, Brook and Wexley counties were arrested early Tuesday, the Calder County Sheriff's Office said.

Deputies found two motors and a trailer in a barn near Route 12, Sheriff Dana Whitcomb said at a news conference on Wednesday.

Since April, boat owners in the three counties have reported more than 30 thefts, according to the office's records.

The Environment Agency said it was checking the marinas for fuel spills. The men were held at the Calder County Jail on Wednesday. Bond had not been set.

\"We are glad to get these motors back on the water,\" Whitcomb said.";

#[test]
fn english_local_story_names_no_common_words() {
    let got = parse_english(ENGLISH_LOCAL);
    let want = serde_json::json!([
        {"type": "person", "name": "Dana Whitcomb", "role": "Sheriff"},
        {"type": "location", "name": "Calder County"},
        {"type": "organization", "name": "Environment Agency"},
    ]);
    let not = ["Suspects", "Since April", "April", "Bond", "Deputies", "The Environment Agency", "Jail on Wednesday", "County Jail", "Sheriff"];
    check_names(&got, &want, &not);
}

/// The article of an English text, parsed with the model.
fn parse_english(text: &str) -> Value {
    let got = parse(text, true);
    assert_eq!(got["language"], "en");
    got
}

/// Every entity of `want` is among the article's entities, and none other than a
/// date is named as in `not`.
fn check_names(got: &Value, want: &Value, not: &[&str]) {
    let entities = got["entities"].as_array().expect("entities");
    let all = || serde_json::to_string_pretty(entities).unwrap_or_default();
    for w in want.as_array().expect("a list") {
        assert!(entities.iter().any(|e| has(e, w)), "no entity like {w}\ngot: {}", all());
    }
    for name in not {
        assert!(!entities.iter().any(|e| e["name"] == *name && e["type"] != "date"), "{name} is no name\ngot: {}", all());
    }
}

/// A wire story in the shape of US agency copy: abbreviated titles ("Gov.",
/// "Sen.", "Lt. Col."), states abbreviated after towns, "St." places, company
/// endings, and two titled people in one phrase.
const ENGLISH_WIRE: &str = "Lawmakers praise budget deal as session ends

By Morgan Ellis

SPRINGDALE, Ky. (AP) — Republican Gov. Matt Bevin signed the budget on Tuesday. Sen. Lindsey Graham and Rep. Robert Aderholt praised it.

An aide to Vice President Mike Pence and Lt. Col. Alexander Vindman, a National Security Council official, spoke to reporters.

Police Chief Darnell Upshaw Thursday said officers from St. Louis and from Fresno, Calif., had helped. Warner Bros. paid for the new training center.

\"We are glad,\" Bevin said.";

#[test]
fn english_wire_copy_titles_abbreviations_and_places() {
    let got = parse_english(ENGLISH_WIRE);
    let want = serde_json::json!([
        {"type": "person", "name": "Matt Bevin", "role": "Gov.", "mentions": [{"text": "Bevin"}]},
        {"type": "person", "name": "Lindsey Graham", "role": "Sen."},
        {"type": "person", "name": "Robert Aderholt", "role": "Rep."},
        {"type": "person", "name": "Mike Pence", "role": "Vice President"},
        {"type": "person", "name": "Alexander Vindman", "role": "Lt. Col."},
        {"type": "person", "name": "Darnell Upshaw", "role": "Police Chief"},
        {"type": "location", "name": "St. Louis"},
        {"type": "location", "name": "Calif."},
        {"type": "location", "name": "Fresno"},
        {"type": "organization", "name": "Warner Bros"},
    ]);
    check_names(&got, &want, &["Gov", "Republican Gov", "Louis", "Calif", "Darnell Upshaw Thursday", "Rep"]);
    let people = got["entities"].as_array().expect("entities").iter().filter(|e| e["type"] == "person");
    for e in people {
        assert!(!e["role"].as_str().unwrap_or("").contains("Pence"), "a role holds another person: {e}");
    }
}

/// An English surname that is also a word keeps the title before it as its role.
#[test]
fn english_surname_that_is_a_word_keeps_its_title() {
    let got = parse_english("Vaccine hopes fade\n\nExperts spoke on Monday, ruling out President Trump’s claim that a vaccine would come this year. They said the trials would take longer.\n\nMore results are due in the spring.");
    check_names(&got, &serde_json::json!([{"type": "person", "name": "Trump", "role": "President"}]), &[]);
}

/// British copy: the office before the title ("Health Secretary"), later
/// mentions with a courtesy title ("Mr Hancock", "Mrs May", a surname that is
/// also a month and a word), and titles in lower case ("Labour leader").
const ENGLISH_BRITISH: &str = "Testing to rise, minister says

LONDON - Health Secretary Matt Hancock told the BBC on Sunday that testing would increase sharply this month.

Mr Hancock said the government was doing everything it could. Mrs May, the former prime minister, said the plan came too late.

White House Press Secretary Stephanie Grisham said the president would discuss it with Boris Johnson.

Labour leader Keir Starmer said the plan came too late, and Sinn Fein leader Mary Lou McDonald agreed.";

#[test]
fn english_courtesy_titles_and_offices_before_titles() {
    let got = parse_english(ENGLISH_BRITISH);
    let want = serde_json::json!([
        {"type": "person", "name": "Matt Hancock", "role": "Health Secretary", "mentions": [{"text": "Matt Hancock"}, {"text": "Hancock"}]},
        {"type": "person", "name": "May"},
        {"type": "person", "name": "Stephanie Grisham", "role": "White House Press Secretary"},
        {"type": "person", "name": "Keir Starmer", "role": "Labour leader"},
        {"type": "person", "name": "Mary Lou McDonald", "role": "Sinn Fein leader"},
    ]);
    check_names(&got, &want, &["Mr Hancock", "Mrs May", "White House Press Secretary", "Secretary"]);
}

/// A sports and news round-up in the shape of US agency copy: teams named after
/// their towns and then by nickname alone, players after their positions, a
/// speaker named only after a quote, the country's short forms, towns before
/// their states and holidays joined by "and".
const ENGLISH_SPORTS: &str = "Lakers rally past Clippers as Davis returns

LOS ANGELES (AP) — Anthony Davis had 30 points and 12 rebounds, and the Los Angeles Lakers beat the Los Angeles Clippers 112-104 on Sunday night. The Lakers have won four straight.

\"We never stopped,\" coach Darvin Ham said. The Oklahoma City Thunder beat the Minnesota Wild fans' favourites, and the Kansas City Chiefs beat the Green Bay Packers.

Defenseman Jonas Brodin scored twice, and guard Austin Reaves added 18 points.

\"We will keep fighting,\" Renada Chisholm said. The US and the UK sent envoys, and officials in Johnstown, Pennsylvania, said turnout was high on Election Day and Labor Day.";

#[test]
fn english_teams_players_speakers_and_short_forms() {
    let got = parse_english(ENGLISH_SPORTS);
    let want = serde_json::json!([
        {"type": "organization", "name": "Los Angeles Lakers", "aliases": ["Lakers"], "mentions": [{"text": "Lakers"}, {"text": "Los Angeles Lakers"}, {"text": "Lakers"}]},
        {"type": "organization", "name": "Los Angeles Clippers"},
        {"type": "organization", "name": "Oklahoma City Thunder"},
        {"type": "organization", "name": "Kansas City Chiefs"},
        {"type": "organization", "name": "Green Bay Packers"},
        {"type": "person", "name": "Jonas Brodin", "role": "Defenseman"},
        {"type": "person", "name": "Austin Reaves", "role": "guard"},
        {"type": "person", "name": "Renada Chisholm"},
        {"type": "location", "name": "US"},
        {"type": "location", "name": "UK"},
        {"type": "location", "name": "Johnstown"},
        {"type": "event", "name": "Election Day"},
        {"type": "event", "name": "Labor Day"},
    ]);
    check_names(&got, &want, &["Defenseman Jonas Brodin", "Election Day and Labor Day", "Oklahoma City", "Kansas City"]);
}

/// Agency copy with organisations named "of" their place, offices inside the
/// tagger's names, two outlets joined by "and the", a demonym before an office
/// and a heading in capitals.
const ENGLISH_OFFICES: &str = "Leaders meet on climate

WASHINGTON (AP) — Mayor Pete Buttigieg spoke at the Economic Club of New York on Monday, and students at the American University of Kabul listened online.

BVI Deputy Premier Natalio Wheatley agreed. Indonesian Foreign Minister Retno Marsudi said an Indonesian plan was ready.

DEATH BEHIND BARS

USA Today and the New York Daily News reported the story first.";

#[test]
fn english_organisations_of_places_and_offices_inside_names() {
    let got = parse_english(ENGLISH_OFFICES);
    let want = serde_json::json!([
        {"type": "organization", "name": "Economic Club of New York"},
        {"type": "organization", "name": "American University of Kabul"},
        {"type": "person", "name": "Natalio Wheatley", "role": "BVI Deputy Premier"},
        {"type": "person", "name": "Retno Marsudi", "role": "Indonesian Foreign Minister"},
        {"type": "organization", "name": "USA Today"},
        {"type": "organization", "name": "New York Daily News"},
    ]);
    check_names(&got, &want, &["Kabul", "BVI Deputy Premier Natalio Wheatley", "Indonesian", "DEATH BEHIND BARS", "USA Today and the New York Daily News"]);
}

/// Indonesian court and ministry copy: a judge's given name after the titles,
/// which the tagger leaves in the office, and an office with its field.
const INDONESIAN_OFFICES: &str = "Hakim tolak eksepsi terdakwa kasus TPPO

Jakarta - Majelis hakim Pengadilan Negeri Jakarta Selatan menolak eksepsi terdakwa kasus tindak pidana perdagangan orang pada Senin (12/8).

Hakim Ketua Wahyu Iman Santoso membacakan putusan sela itu di ruang sidang utama. Sidang dilanjutkan pekan depan dengan pemeriksaan saksi.

Direktur Perlindungan WNI Judha Nugraha menambahkan bahwa pemerintah terus mendampingi para korban dan keluarganya.";

#[test]
fn indonesian_given_names_and_fields_of_offices() {
    let got = parse(INDONESIAN_OFFICES, true);
    assert_eq!(got["language"], "id");
    let want = serde_json::json!([
        {"type": "person", "name": "Wahyu Iman Santoso", "role": "Hakim Ketua"},
        {"type": "person", "name": "Judha Nugraha", "role": "Direktur Perlindungan WNI"},
        {"type": "organization", "name": "Pengadilan Negeri Jakarta Selatan"},
    ]);
    check_names(&got, &want, &["Iman Santoso", "Perlindungan WNI Judha Nugraha"]);
}

/// Crime and court news as Indonesian regional sites write it: suspects by
/// alias and by initials, villages listed with their districts, courts and
/// agencies with the acronym defined between the name and the place.
const INDONESIAN_CRIME: &str = "Polisi tangkap dua pencuri sepeda motor di Aceh Utara

LHOKSEUMAWE - Polres Lhokseumawe menangkap Faisal (37) alias Komeng, warga Desa Alue Papeun Kecamatan Nisam Antara, Senin (12/10/2025). Komeng ditangkap bersama Zulkarnaini alias Glok (28).

Polisi juga menahan seorang penadah berinisial HS (42). Berkas perkara HS sudah dilimpahkan ke Pengadilan Negeri (PN) Lhoksukon.

Sementara itu, Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi mencatat banjir di tiga kecamatan. Kepala BPBD Kota Bekasi menyebut air mulai surut.

“Kami masih memburu pelaku lain, termasuk rekan Komeng,” kata Kepala Satuan Reserse Kriminal Polres Lhokseumawe, AKP Yasir Arafat, Selasa.

Pengamat kepolisian Bambang Rukminto menilai penangkapan itu tepat. Seorang warga, Nurhayati, menyebut kampungnya kini aman. “Sejak Budi Santoso ditangkap, kami tidak lagi takut keluar rumah,” ujarnya.";

#[test]
fn indonesian_aliases_initials_and_units_with_their_places() {
    let got = parse(INDONESIAN_CRIME, true);
    assert_eq!(got["language"], "id");
    let want = serde_json::json!([
        {"type": "person", "name": "Faisal", "aliases": ["Komeng"], "mentions": [{"text": "Komeng"}, {"text": "Komeng"}]},
        {"type": "person", "name": "Zulkarnaini", "aliases": ["Glok"]},
        {"type": "person", "name": "HS", "mentions": [{"text": "HS"}, {"text": "HS"}]},
        {"type": "person", "name": "Yasir Arafat", "role": "Kepala Satuan Reserse Kriminal Polres Lhokseumawe AKP"},
        {"type": "person", "name": "Bambang Rukminto", "role": "Pengamat kepolisian"},
        {"type": "person", "name": "Nurhayati", "role": "warga"},
        {"type": "location", "name": "Alue Papeun"},
        {"type": "location", "name": "Nisam Antara"},
        {"type": "organization", "name": "Pengadilan Negeri Lhoksukon", "acronym": "PN", "mentions": [{"text": "Pengadilan Negeri (PN) Lhoksukon"}]},
        {"type": "organization", "name": "Badan Penanggulangan Bencana Daerah Kota Bekasi", "acronym": "BPBD", "aliases": ["BPBD Kota Bekasi"], "mentions": [{"text": "BPBD Kota Bekasi"}]},
    ]);
    // The office before a rank and a comma is the role, and names the speaker; "-nya"
    // is the person named before the quote, not the one it speaks of.
    let quotes = serde_json::json!([{"speaker": "Yasir Arafat", "cue": "kata"}, {"speaker": "Nurhayati", "speaker_text": "-nya"}]);
    assert!(has(&got["quotes"], &quotes), "quotes: {}", got["quotes"]);
    check_names(&got, &want, &["Komeng", "Glok", "Pengadilan Negeri", "Lhoksukon", "Alue Papeun Kecamatan Nisam Antara", "Kota Bekasi", "BPBD Kota Bekasi"]);
}

/// Regional Indonesian news and English business copy: roles written after the
/// name between commas, a speaker named by a description that "itu" closes,
/// places joined by a hyphen, a ministry's own short form, and dates said to
/// be past ("lalu") or to come ("mendatang") on the other side of the nearest.
const ROLES_AFTER_NAMES: &str = "Banjir rendam ratusan rumah di Bekasi

Selasa, 10 Februari 2026 10:15 WIB

BEKASI - Banjir merendam ratusan rumah di Kecamatan Bekasi Utara, Senin (9/2). Banjir serupa terjadi pada 23 Maret lalu, dan Pemkot berjanji menormalisasi kali pada 20 Desember mendatang.

“Air naik sekitar pukul dua dini hari,” kata Darmaji, pedagang di Pasar Baru Bekasi.

Hendra Wibisana, Kepala Pelaksana BPBD Kota Bekasi, mengatakan pihaknya mengerahkan perahu karet. Ketua DPRD Kota Bekasi Saifuddaulah meminta drainase diperbaiki. “Ini masalah tahunan yang belum selesai,” kata politisi Partai Keadilan Sejahtera itu.

Menurut Kemlu, konflik Rusia-Ukraina tidak berdampak pada harga beras. Presiden Joko Widodo, Wakil Presiden Ma'ruf Amin, dan para menteri hadir.

Menurut Budi, warga sekitar sudah mengungsi sejak pagi. “Kami akan terus memantau situasi di sana,” ujarnya kepada wartawan di lokasi tersebut.";

#[test]
fn indonesian_roles_after_names_described_speakers_joined_places_and_tensed_dates() {
    let got = parse(ROLES_AFTER_NAMES, true);
    assert_eq!(got["language"], "id");
    let want = serde_json::json!([
        {"type": "person", "name": "Darmaji", "role": "pedagang di Pasar Baru Bekasi"},
        {"type": "person", "name": "Hendra Wibisana", "role": "Kepala Pelaksana BPBD Kota Bekasi"},
        {"type": "location", "name": "Rusia"},
        {"type": "location", "name": "Ukraina"},
        {"type": "organization", "name": "Kemlu"},
        {"type": "date", "value": "2025-03-23", "mentions": [{"text": "23 Maret"}]},
        {"type": "date", "value": "2026-12-20"},
    ]);
    check_names(&got, &want, &["Rusia-Ukraina"]);
    // A list of titled people gives no one the next person's title.
    let joko = got["entities"].as_array().and_then(|es| es.iter().find(|e| e["name"] == "Joko Widodo").cloned()).unwrap_or_default();
    assert_eq!(joko["role"], "Presiden", "{joko}");
    // A clause after a name and a comma is no role; "ujarnya" is Budi, not the place phrase after it.
    let budi = got["entities"].as_array().and_then(|es| es.iter().find(|e| e["name"] == "Budi").cloned()).unwrap_or_default();
    assert!(budi.is_object() && budi["role"].is_null(), "{budi}");
    assert!(has(&got["acronyms"], &serde_json::json!([{"short": "Kemlu", "long": "Kementerian Luar Negeri"}])), "{}", got["acronyms"]);
    let quotes = serde_json::json!([{"speaker": "Darmaji"}, {"speaker": "Saifuddaulah", "speaker_text": "politisi Partai Keadilan Sejahtera itu"}, {"speaker": "Budi", "speaker_text": "-nya"}]);
    assert!(has(&got["quotes"], &quotes), "quotes: {}", got["quotes"]);
}

/// Indonesian political copy: offices after "sebagai", nicknames, initials and
/// "atau" names, a speaker described by a former office, and an acronym
/// speaker closing a sentence.
const NICKNAMES_AND_OFFICES: &str = "Presiden lantik tiga menteri baru

Rabu, 14 Agustus 2024 10:15 WIB

Jakarta - Presiden Joko Widodo melantik tiga menteri baru di Istana Negara, Jakarta, Rabu (14/8). Hadir dalam pelantikan itu Ketua DPR Puan Maharani dan Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY).

Ketiga menteri itu adalah Supratman Andi Agtas sebagai Menteri Hukum dan HAM, Bahlil Lahadalia sebagai Menteri ESDM, dan Rosan Roeslani sebagai Menteri Investasi. Mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok juga hadir.

\"Saya berharap para menteri baru segera bekerja,\" kata Jokowi kepada wartawan. Menurut AHY, pelantikan berjalan lancar. Ahok sendiri tidak memberikan komentar.

Sementara itu, Bahlil mengaku siap menjalankan tugas. \"Kami akan bekerja keras menjaga ketahanan energi,\" ujar mantan Ketua Umum Hipmi itu.

Mantan Wakil Presiden Jusuf Kalla menyambut baik. \"Pilihan yang tepat,\" kata JK. Wakil Ketua DPR Muhaimin Iskandar yang akrab disapa Cak Imin juga hadir.";

#[test]
fn indonesian_offices_after_sebagai_nicknames_and_former_offices() {
    let got = parse(NICKNAMES_AND_OFFICES, true);
    let want = serde_json::json!([
        {"type": "person", "name": "Supratman Andi Agtas", "role": "Menteri Hukum dan HAM"},
        {"type": "person", "name": "Bahlil Lahadalia", "role": "Menteri ESDM"},
        {"type": "person", "name": "Rosan Roeslani", "role": "Menteri Investasi"},
        {"type": "person", "name": "Joko Widodo", "aliases": ["Jokowi"], "mentions": [{"text": "Joko Widodo"}, {"text": "Jokowi"}]},
        {"type": "person", "name": "Agus Harimurti Yudhoyono", "aliases": ["AHY"]},
        {"type": "person", "name": "Basuki Tjahaja Purnama", "aliases": ["Ahok"], "mentions": [{"text": "Ahok"}, {"text": "Ahok"}]},
        {"type": "person", "name": "Jusuf Kalla", "aliases": ["JK"]},
        {"type": "person", "name": "Muhaimin Iskandar", "aliases": ["Cak Imin"]},
    ]);
    check_names(&got, &want, &["Jokowi", "Ahok", "AHY"]);
    let quotes = serde_json::json!([
        {"speaker": "Joko Widodo", "speaker_text": "Jokowi"},
        {"speaker": "Bahlil Lahadalia", "speaker_text": "mantan Ketua Umum Hipmi itu"},
        {"speaker": "Jusuf Kalla", "speaker_text": "JK"},
    ]);
    assert!(has(&got["quotes"], &quotes), "quotes: {}", got["quotes"]);
    // A nickname of a one-word name joins that name only: Tommy Soeharto is not "Pak Harto".
    let text = "Sidang gugatan keluarga Cendana\n\nSenin, 3 Maret 2025 09:00 WIB\n\nJakarta - Putra bungsu mantan Presiden Soeharto, Hutomo Mandala Putra atau Tommy Soeharto, hadir di pengadilan. Ia mengenang masa ketika Pak Harto masih berkuasa. Tommy Soeharto tidak berkomentar.";
    let got = parse(text, true);
    let tommy = got["entities"].as_array().and_then(|es| es.iter().find(|e| e["name"] == "Hutomo Mandala Putra" || e["name"] == "Tommy Soeharto").cloned()).unwrap_or_default();
    assert!(!tommy["aliases"].as_array().is_some_and(|a| a.iter().any(|x| x == "Pak Harto")), "{tommy}");
}

/// Indonesian police copy: suspects by initials, one of which spells a listed
/// acronym, and an officer quoted by "-nya" after a suspect is named.
const SUSPECTS_BY_INITIALS: &str = "Polisi tangkap dua pengedar sabu di Medan

Kamis, 12 September 2024 14:00 WIB

Medan - Satuan Reserse Narkoba Polrestabes Medan menangkap dua pengedar sabu di Kecamatan Medan Tembung, Rabu (11/9) malam. Kedua tersangka masing-masing berinisial AS (34) dan RH (28), warga Kabupaten Deli Serdang.

\"Kedua tersangka merupakan jaringan antarprovinsi,\" kata Kasat Resnarkoba Polrestabes Medan AKBP Jhonny Edison Isir kepada wartawan.

Ia menambahkan, pihaknya masih memburu seorang pelaku lain berinisial BS yang diduga sebagai bandar. \"Kami sudah mengantongi identitasnya,\" ujarnya.";

#[test]
fn indonesian_suspects_by_initials_and_the_officer_who_speaks_of_them() {
    let got = parse(SUSPECTS_BY_INITIALS, true);
    let want = serde_json::json!([
        {"type": "person", "name": "AS", "mentions": [{"text": "AS"}]},
        {"type": "person", "name": "RH"},
        {"type": "person", "name": "BS"},
        {"type": "person", "name": "Jhonny Edison Isir"},
    ]);
    check_names(&got, &want, &["Amerika Serikat"]);
    assert!(!has(&got["acronyms"], &serde_json::json!([{"short": "AS"}])), "AS names a suspect: {}", got["acronyms"]);
    let quotes = serde_json::json!([{"speaker": "Jhonny Edison Isir", "speaker_text": "-nya"}]);
    assert!(has(&got["quotes"], &quotes), "quotes: {}", got["quotes"]);
}

/// Indonesian business copy: a company's short name in parentheses that the
/// tagger takes for a person, and a nickname given through "Pria yang akrab
/// disapa ... ini".
const SHORT_NAMES_AND_NICKNAMES: &str = "Operator seluler siapkan jaringan 5G

Senin, 3 Maret 2025 09:00 WIB

Jakarta - Hal ini disampaikan oleh Budi Hartono Wijaya, Direktur Utama PT Cakra Seluler Indonesia (Dewi), saat berkunjung ke kantor redaksi di Jakarta. Pria yang akrab disapa Budhi ini mengatakan pelanggan data tumbuh pesat.

\"Kami akan memperluas jaringan ke kota-kota lain,\" ujar Budhi. Menurut dia, Dewi kini melayani 40 juta pelanggan.";

#[test]
fn indonesian_short_names_of_companies_and_nicknames_through_a_noun() {
    let got = parse(SHORT_NAMES_AND_NICKNAMES, true);
    let want = serde_json::json!([
        {"type": "person", "name": "Budi Hartono Wijaya", "role": "Direktur Utama PT Cakra Seluler Indonesia", "aliases": ["Budhi"], "mentions": [{"text": "Budi Hartono Wijaya"}, {"text": "Budhi"}, {"text": "Budhi"}]},
        {"type": "organization", "name": "PT Cakra Seluler Indonesia", "aliases": ["Dewi"], "mentions": [{"text": "Dewi"}, {"text": "Dewi"}]},
    ]);
    check_names(&got, &want, &["Dewi", "Budhi"]);
    let quotes = serde_json::json!([{"speaker": "Budi Hartono Wijaya", "speaker_text": "Budhi"}]);
    assert!(has(&got["quotes"], &quotes), "quotes: {}", got["quotes"]);
}

/// English business copy names people's offices after their names.
const ENGLISH_ROLES_AFTER_NAMES: &str = "Retailers brace for tariffs

Importers rushed goods into warehouses this month. \"We are seeing orders we have never seen before,\" said Phil Levy, chief economist at Flexport, a freight forwarder.

Zippy Duvall, president of the American Farm Bureau, said farmers would be hurt. Mlungisi Mvoko, the finance, economic development and tourism member of the council, agreed. Governor Gavin Newsom, Senator Alex Padilla and others met on Friday.

Prime Minister Anthony Albanese spoke after them. \"We will not raise taxes on families this year,\" the prime minister said. \"Shipments will arrive late for the holidays,\" the company said.";

#[test]
fn english_roles_after_names() {
    let got = parse_english(ENGLISH_ROLES_AFTER_NAMES);
    let want = serde_json::json!([
        {"type": "person", "name": "Phil Levy", "role": "chief economist at Flexport"},
        {"type": "person", "name": "Zippy Duvall", "role": "president of the American Farm Bureau"},
    ]);
    check_names(&got, &want, &[]);
    let mvoko = got["entities"].as_array().and_then(|es| es.iter().find(|e| e["name"] == "Mlungisi Mvoko").cloned()).unwrap_or_default();
    assert!(mvoko.is_object() && mvoko["role"].is_null(), "{mvoko}");
    let newsom = got["entities"].as_array().and_then(|es| es.iter().find(|e| e["name"] == "Gavin Newsom").cloned()).unwrap_or_default();
    assert_eq!(newsom["role"], "Governor", "{newsom}");
    // "the prime minister" is the person whose role says so; "the company" is no person.
    let quotes = got["quotes"].as_array().cloned().unwrap_or_default();
    assert_eq!(quotes.len(), 3, "{quotes:?}");
    assert_eq!(quotes[1]["speaker"], "Anthony Albanese", "{quotes:?}");
    assert_eq!(quotes[2]["speaker"], Value::Null, "{quotes:?}");
}

/// English court copy, written in the shape of wire stories: second names
/// after "known as" and "aka", and counts of days and years before the
/// publication date.
const ENGLISH_KNOWN_AS: &str = "Mexican drug lord's son sentenced in New York

By Maria Lopez

March 14, 2025

NEW YORK (AP) — Ovidio Guzmán López, known as El Ratón, was sentenced on Friday to 15 years in prison, three weeks after his brother pleaded guilty.

Guzmán López was arrested two years ago in Culiacán. El Ratón told the court he regretted his role. Prosecutors said his father, Joaquín Guzmán, better known as El Chapo, ran the Sinaloa cartel for decades.

\"This is a serious case,\" said Judge Sharon Johnson Coleman. Coleman added that the sentence took into account his cooperation, which began three days ago.

Marshall Mathers (aka Eminem) was not involved. The law, known as the Kingpin Act, was passed 26 years ago.";

#[test]
fn english_second_names_and_counts_of_time_ago() {
    let got = parse_english(ENGLISH_KNOWN_AS);
    let want = serde_json::json!([
        {"type": "person", "name": "Ovidio Guzmán López", "aliases": ["El Ratón"]},
        {"type": "person", "name": "Joaquín Guzmán", "aliases": ["El Chapo"]},
        {"type": "person", "name": "Marshall Mathers", "aliases": ["Eminem"]},
        {"type": "person", "name": "Sharon Johnson Coleman", "role": "Judge"},
    ]);
    check_names(&got, &want, &["El Ratón", "El Chapo", "Eminem"]);
    let entities = got["entities"].as_array().cloned().unwrap_or_default();
    let ratón = entities.iter().find(|e| e["name"] == "Ovidio Guzmán López").cloned().unwrap_or_default();
    assert_eq!(ratón["mentions"].as_array().map(Vec::len), Some(4), "{ratón}");
    let dates: Vec<(&str, &str)> = entities.iter().filter(|e| e["type"] == "date").filter_map(|e| Some((e["mentions"][0]["text"].as_str()?, e["value"].as_str()?))).collect();
    for want in [("two years ago", "2023"), ("three days ago", "2025-03-11"), ("26 years ago", "1999")] {
        assert!(dates.contains(&want), "{want:?} in {dates:?}");
    }
    // "three weeks after his brother pleaded" counts from the story's own day, not the publication's.
    assert!(!dates.iter().any(|(t, _)| t.contains("weeks")), "{dates:?}");
}

/// English court copy in which "she" speaks after a man was named last.
const ENGLISH_SHE_SAID: &str = "Former aide testifies in fraud trial

By Dana Reyes

March 14, 2025

Maria Gonzalez, a former aide, testified on Thursday against her former boss, businessman Robert Kline.

Gonzalez said she had warned the company \"more than a dozen times about the missing funds.\" Prosecutors said Kline ignored the warnings.

She said she \"was afraid of losing my job.\" Kline's lawyer, Mr. Thomas Burke, declined to comment.

Kline's wife Sarah attended every day. Burke said his client \"will be vindicated in the end.\"";

#[test]
fn english_she_and_he_are_no_person_the_text_says_is_of_the_other_sex() {
    let got = parse_english(ENGLISH_SHE_SAID);
    let quotes = got["quotes"].as_array().cloned().unwrap_or_default();
    let speakers: Vec<&str> = quotes.iter().map(|q| q["speaker"].as_str().unwrap_or("-")).collect();
    // The second quote's "She" comes after "Kline", a man by his given name and "businessman".
    assert_eq!(speakers, ["Maria Gonzalez", "Maria Gonzalez", "Thomas Burke"], "{quotes:?}");
}

/// Indonesian city-hall copy: an office of a company named before the
/// company is written in full, and counts of days, months and years from the
/// publication date.
const INDONESIAN_OFFICE_OF_A_COMPANY: &str = "Jakpro Targetkan Proyek LRT Rampung Tahun Depan

Jakarta - Direktur Utama Jakarta Propertindo mengatakan proyek LRT fase kedua akan rampung tahun depan. Hal itu disampaikan dalam rapat dengan Komisi B DPRD DKI Jakarta, Selasa (12/3/2024).

\"Kami optimistis pekerjaan sipil selesai dua bulan lagi,\" ujarnya.

Dua hari lalu, Penjabat Gubernur DKI Jakarta Heru Budi Hartono meninjau lokasi proyek di Jalan Pemuda, Rawamangun. Heru meminta kontraktor mempercepat pekerjaan. \"Warga sudah menunggu lama,\" kata Heru.

Sementara itu, Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo menyebut tarif LRT tidak akan naik. Menurut Syafrin, subsidi sebesar Rp 1,2 triliun sudah dianggarkan sejak tiga tahun silam.

Ketua Komisi B DPRD DKI Ismail mengatakan pihaknya akan memanggil manajemen PT Jakarta Propertindo (Jakpro) pekan depan.";

#[test]
fn indonesian_office_of_a_company_and_counts_of_time_from_the_publication_date() {
    let got = parse(INDONESIAN_OFFICE_OF_A_COMPANY, true);
    assert_eq!(got["language"], "id");
    let want = serde_json::json!([
        {"type": "organization", "name": "PT Jakarta Propertindo"},
        {"type": "person", "name": "Heru Budi Hartono", "role": "Penjabat Gubernur DKI Jakarta"},
        {"type": "person", "name": "Syafrin Liputo", "role": "Kepala Dinas Perhubungan DKI Jakarta"},
        {"type": "location", "name": "Rawamangun"},
    ]);
    // "Direktur Utama Jakarta Propertindo mengatakan" names the company's head, not a person "Propertindo".
    check_names(&got, &want, &["Propertindo"]);
    let quotes = got["quotes"].as_array().cloned().unwrap_or_default();
    assert_eq!(quotes.first().map(|q| q["speaker"].clone()), Some(Value::Null), "{quotes:?}");
    let entities = got["entities"].as_array().cloned().unwrap_or_default();
    let dates: Vec<(&str, &str)> = entities.iter().filter(|e| e["type"] == "date").filter_map(|e| Some((e["mentions"][0]["text"].as_str()?, e["value"].as_str()?))).collect();
    for want in [("Dua hari lalu", "2024-03-10"), ("dua bulan lagi", "2024-05"), ("tiga tahun silam", "2021"), ("pekan depan", "2024-03-18/2024-03-24")] {
        assert!(dates.contains(&want), "{want:?} in {dates:?}");
    }    // One word after a street and a comma is a neighbourhood only when no verb follows it.
    let got = parse("Polisi Tangkap Pencuri Motor di Jakarta Timur\n\nJakarta - Polisi menangkap dua orang yang diduga mencuri sepeda motor milik warga. Saat ditemui di Jalan Merdeka, Budi mengatakan pencuri itu kabur ke arah timur dan tidak bisa dikejar oleh warga yang ada di sana.\n\nLokasi kejadian berada di Jalan Pemuda, Rawamangun. Polisi masih mencari pelaku lain yang diduga ikut dalam aksi tersebut.", true);
    let want = serde_json::json!([{"type": "location", "name": "Rawamangun"}, {"type": "person", "name": "Budi"}]);
    check_names(&got, &want, &[]);
}

#[test]
fn empty_and_odd_input_give_no_entities_and_no_panic() {
    for text in ["", " ", "\u{feff}", "((((", "“", "Rp", "12/13/", "Rabu (31/2)", "\"\"\"\"", "KRI", "( TPPO )"] {
        let input = kliping::entities::Input { body: text, title: Some(text), ..Default::default() };
        let found = kliping::entities::extract(&input);
        assert!(found.entities.iter().all(|e| !e.mentions.is_empty()), "{text:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Any text, in any script, with quotes, brackets, digits and separators: no panic,
    /// and every mention's offsets stay inside its text.
    #[test]
    fn never_panics_and_offsets_stay_inside(body in "[\\PC\\n“”\"()/.,0-9A-Z]{0,400}") {
        let model = kliping::entities::NerModel::embedded();
        let stamp = kliping::dates::Stamp { date: kliping::dates::Date { year: 2024, month: 2, day: 29 }, time: None, offset_minutes: None };
        let input = kliping::entities::Input { body: &body, title: Some(&body), published: Some(&stamp), model: model.as_deref(), ..Default::default() };
        let found = kliping::entities::extract(&input);
        let len = body.chars().count() as u32;
        for e in &found.entities {
            for m in &e.mentions {
                proptest::prop_assert!(m.start <= m.end && m.end <= len);
            }
        }
        for q in &found.quotes {
            proptest::prop_assert!(q.start < q.end && q.end <= len);
        }
    }
}
