//! Numbers with their units: money, percentages, measures and counts.
//!
//! Indonesian writes `3.703` for three thousand seven hundred and three and
//! `1,25` for one and a quarter; English the other way round. A number is read
//! by its shape: a comma or full stop followed by exactly three digits (and
//! repeated groups) separates thousands, anything else is the decimal mark,
//! with the article's language deciding a lone ambiguous group ("1,250").

use regex::Regex;
use std::sync::LazyLock;

/// A quantity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityFound {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    /// The value, scale words applied ("1,25 triliun" → 1.25e12).
    pub value: f64,
    /// The unit: an ISO 4217 code, `percent`, a measure, or the counted noun.
    pub unit: String,
    /// Id of the rule that read it.
    pub rule: &'static str,
}

/// Which decimal mark the text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    /// `1,25` is one and a quarter, `3.703` is three thousand (Indonesian, most of Europe).
    Comma,
    /// `1.25` is one and a quarter, `3,703` is three thousand (English).
    Point,
}

/// Scale words and their factors.
static SCALES: &[(&str, f64)] = &[
    ("ribu", 1e3), ("rb", 1e3), ("juta", 1e6), ("jt", 1e6), ("miliar", 1e9), ("milyar", 1e9), ("m", 1e9),
    ("triliun", 1e12), ("t", 1e12), ("thousand", 1e3), ("million", 1e6), ("mn", 1e6), ("billion", 1e9), ("bn", 1e9),
    ("trillion", 1e12), ("tn", 1e12),
];

/// Currency signs and words, with their ISO 4217 code.
static CURRENCIES: &[(&str, &str)] = &[
    ("rp", "IDR"), ("idr", "IDR"), ("rupiah", "IDR"), ("us$", "USD"), ("usd", "USD"), ("$", "USD"), ("dolar as", "USD"),
    ("dollar", "USD"), ("dollars", "USD"), ("dolar", "USD"), ("s$", "SGD"), ("sgd", "SGD"), ("rm", "MYR"),
    ("ringgit", "MYR"), ("€", "EUR"), ("eur", "EUR"), ("euro", "EUR"), ("£", "GBP"), ("gbp", "GBP"), ("¥", "JPY"),
    ("yen", "JPY"), ("yuan", "CNY"), ("rmb", "CNY"), ("riyal", "SAR"), ("won", "KRW"), ("baht", "THB"),
];

/// Measure units, lower-case as written, with the unit reported.
static MEASURES: &[(&str, &str)] = &[
    ("persen", "percent"), ("%", "percent"), ("percent", "percent"), ("per cent", "percent"), ("km", "km"),
    ("kilometer", "km"), ("meter", "m"), ("m", "m"), ("cm", "cm"), ("mm", "mm"), ("kg", "kg"), ("kilogram", "kg"),
    ("gram", "g"), ("ton", "t"), ("tons", "t"), ("tonnes", "t"), ("hektare", "ha"), ("hektar", "ha"), ("ha", "ha"),
    ("liter", "l"), ("litre", "l"), ("barel", "barrel"), ("barrel", "barrel"), ("barrels", "barrel"), ("mw", "MW"),
    ("gw", "GW"), ("kwh", "kWh"), ("derajat", "degree"), ("°c", "°C"), ("jam", "hour"), ("menit", "minute"),
    ("detik", "second"), ("hari", "day"), ("pekan", "week"), ("minggu", "week"), ("bulan", "month"), ("tahun", "year"),
    ("hours", "hour"), ("minutes", "minute"), ("days", "day"), ("weeks", "week"), ("months", "month"), ("years", "year"),
    ("miles", "mile"), ("mil", "mile"), ("knot", "knot"), ("sr", "SR"), ("magnitudo", "magnitude"),
];

/// Words after a number that are not what it counts.
static NOT_UNITS: crate::lexicon::Words = crate::lexicon::Words::new("dan atau di ke dari yang pada untuk dengan dalam itu ini per hingga sampai lalu tersebut and or of \
    in on at to the for from by with was were is are a an as than more less kali persen ribu juta miliar \
    triliun");

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::entities::text::ascii_boundaries(
        r"(?ix)
        (?P<cur>\bRp\.?|\bIDR|\bUS\$|\bUSD|\bS\$|\bRM|[$€£¥])?\s?
        (?P<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)
        (?:\s?(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|billion|trillion|mn|bn|tn)\b)?
        (?:\s?(?P<unit>%|per\ cent|[\p{L}°][\p{L}\p{N}°-]*))?",
    ))
    .expect("the number pattern compiles")
});

/// Reads a written number with a decimal mark; `None` if it is not one.
pub fn read_number(s: &str, mark: DecimalMark) -> Option<f64> {
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    let seps: Vec<char> = s.chars().filter(|c| *c == '.' || *c == ',').collect();
    let digits = |g: &[&str]| g.concat();
    let plain: String = match seps.as_slice() {
        [] => s.to_string(),
        [one] => {
            // One separator: thousands if three digits follow and the other reading is unusual for the mark.
            let thousands = groups[1].len() == 3 && (mark == DecimalMark::Comma) == (*one == '.');
            if thousands { digits(&groups) } else { format!("{}.{}", groups[0], groups[1]) }
        }
        many => {
            // Several: the last differs from the rest → it is the decimal mark.
            let last = *many.last()?;
            if many[..many.len() - 1].iter().all(|c| *c != last) {
                let n = groups.len();
                format!("{}.{}", digits(&groups[..n - 1]), groups[n - 1])
            } else if groups[1..].iter().all(|g| g.len() == 3) {
                digits(&groups)
            } else {
                return None;
            }
        }
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Every quantity in `text` outside the `taken` byte spans (dates), in text order.
pub fn find(text: &str, mark: DecimalMark, taken: &[(usize, usize)]) -> Vec<QuantityFound> {
    let mut out = Vec::new();
    for c in NUMBER.captures_iter(text) {
        let (Some(whole), Some(num)) = (c.get(0), c.name("num")) else { continue };
        let (start, mut end) = (whole.start(), whole.end());
        if taken.iter().any(|&(s, e)| s < end && start < e) {
            continue;
        }
        // Part of a code or a longer token ("B-52", "COVID-19", "3/4", "21.00 WIB" times).
        let before = text[..num.start()].chars().next_back();
        let after = text[num.end()..].chars().next();
        if before.is_some_and(|b| b.is_alphanumeric() || matches!(b, '-' | '/' | '.' | ',' | ':'))
            && c.name("cur").is_none()
        {
            continue;
        }
        if after.is_some_and(|a| matches!(a, '/' | ':')) {
            continue;
        }
        // A time of day: "pukul 21.00 WIB", "at 9.30".
        let word_before = text[..num.start()].split_whitespace().next_back().unwrap_or("").to_lowercase();
        let unit_is_zone = c.name("unit").is_some_and(|u| crate::dates::ZONES.iter().any(|(z, _)| *z == u.as_str()));
        if unit_is_zone || matches!(word_before.as_str(), "pukul" | "pkl" | "jam" | "at" | "no." | "no" | "nomor" | "nomer" | "pasal" | "ayat" | "number") {
            continue;
        }
        let Some(mut value) = read_number(num.as_str(), mark) else { continue };
        let scale = c.name("scale").map(|m| m.as_str().to_lowercase());
        if let Some(f) = scale.as_deref().and_then(|s| SCALES.iter().find(|(n, _)| *n == s)).map(|(_, f)| *f) {
            value *= f;
        }
        let currency = c.name("cur").map(|m| m.as_str().trim_end_matches('.').to_lowercase());
        let unit_word = c.name("unit").map(|m| m.as_str());
        let (unit, rule) = if let Some(code) = currency.as_deref().and_then(|s| CURRENCIES.iter().find(|(n, _)| *n == s)) {
            // The unit word after money is not part of it ("Rp5 juta per bulan").
            end = c.name("scale").map_or(num.end(), |m| m.end());
            (code.1.to_string(), "quantity.money")
        } else if let Some(w) = unit_word {
            let lw = w.to_lowercase();
            if let Some((_, code)) = CURRENCIES.iter().find(|(n, _)| *n == lw) {
                (code.to_string(), "quantity.money")
            } else if let Some((_, u)) = MEASURES.iter().find(|(n, _)| *n == lw) {
                let rule = if *u == "percent" { "quantity.percent" } else { "quantity.measure" };
                (u.to_string(), rule)
            } else if NOT_UNITS.contains(&lw) || crate::entities::dates::is_month_word(w) || is_year(num.as_str(), scale.is_none()) {
                continue;
            } else if let Some((noun, noun_end)) = noun_after_adjective(text, whole.end(), &lw) {
                end = noun_end;
                (noun.to_string(), "quantity.count")
            } else {
                (w.to_string(), "quantity.count")
            }
        } else {
            continue;
        };
        // A count of one with an article-like word ("1 orang") is fine; a bare year is not a quantity.
        out.push(QuantityFound { start: if currency.is_some() { start } else { num.start() }, end, value, unit, rule });
    }
    out
}

/// English adjectives that stand between a number and what it counts.
static ADJECTIVES: crate::lexicon::Words = crate::lexicon::Words::new("new additional extra other former young old small large \
    big major local foreign senior junior armed elderly undocumented registered confirmed suspected active civilian federal \
    private public");

/// What a number counts when an English adjective follows it: "1,500 new border
/// agents" counts agents. The first plural of the next two lower-case words, or
/// else the word right after the adjective; with the byte end of that word.
fn noun_after_adjective<'t>(text: &'t str, from: usize, adjective: &str) -> Option<(&'t str, usize)> {
    if !ADJECTIVES.contains(adjective) {
        return None;
    }
    let mut words = Vec::new();
    let mut at = from;
    while words.len() < 2 && text[at..].starts_with(' ') {
        let start = at + 1;
        let len = text[start..].find(|c: char| !(c.is_ascii_lowercase() || c == '-')).unwrap_or(text.len() - start);
        let word = &text[start..start + len];
        if word.is_empty() || NOT_UNITS.contains(word) || ADJECTIVES.contains(word) {
            break;
        }
        words.push((word, start + len));
        at = start + len;
    }
    words.iter().find(|(w, _)| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")).or(words.first()).copied()
}

fn is_year(num: &str, unscaled: bool) -> bool {
    unscaled && num.len() == 4 && num.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Quantity rules, as data: examples a test runs (text, value, unit) and negatives.
pub static EXAMPLES: &[(&str, &str, f64, &str)] = &[
    ("quantity.count", "sebanyak 3.703 WNI menjadi korban", 3703.0, "WNI"),
    ("quantity.count", "menangani 842 kasus online scamming", 842.0, "kasus"),
    ("quantity.money", "anggaran Rp1,25 triliun untuk", 1.25e12, "IDR"),
    ("quantity.money", "senilai Rp 500 juta per bulan", 5e8, "IDR"),
    ("quantity.money", "sebesar US$2,5 miliar", 2.5e9, "USD"),
    ("quantity.percent", "tumbuh 12,5 persen", 12.5, "percent"),
    ("quantity.percent", "inflasi 2,1%", 2.1, "percent"),
    ("quantity.measure", "sejauh 1.200 km dari", 1200.0, "km"),
];

/// Texts with no quantity: dates, times, codes, years.
pub static NEGATIVES: &[&str] = &["pukul 21.00 WIB", "pada 2024 lalu", "COVID-19 menyebar", "UU No. 21 Tahun 2007", "21 Agustus", "skor 3-1"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_indonesian_and_english_numbers() {
        assert_eq!(read_number("3.703", DecimalMark::Comma), Some(3703.0));
        assert_eq!(read_number("1,25", DecimalMark::Comma), Some(1.25));
        assert_eq!(read_number("1.234.567,5", DecimalMark::Comma), Some(1_234_567.5));
        assert_eq!(read_number("3,703", DecimalMark::Point), Some(3703.0));
        assert_eq!(read_number("1.25", DecimalMark::Point), Some(1.25));
        assert_eq!(read_number("1,234,567.5", DecimalMark::Point), Some(1_234_567.5));
        assert_eq!(read_number("1.2.3", DecimalMark::Comma), None);
    }

    #[test]
    fn every_example_is_read_and_no_negative() {
        for (rule, text, value, unit) in EXAMPLES {
            let got = find(text, DecimalMark::Comma, &[]);
            let first = got.first().map(|q| (q.rule, q.value, q.unit.as_str()));
            assert_eq!(first, Some((*rule, *value, *unit)), "{text:?}: {got:?}");
        }
        for text in NEGATIVES {
            let dates: Vec<(usize, usize)> = crate::entities::dates::find(text, None).iter().map(|d| (d.start, d.end)).collect();
            let got = find(text, DecimalMark::Comma, &dates);
            assert!(got.is_empty(), "{text:?}: {got:?}");
        }
    }

    #[test]
    fn english_counts_name_the_noun_after_an_adjective() {
        let count = |text: &str| find(text, DecimalMark::Point, &[]).first().map(|q| (q.value, q.unit.clone(), text[q.start..q.end].to_string()));
        assert_eq!(count("hiring 1,500 new border agents to patrol"), Some((1500.0, "agents".into(), "1,500 new border agents".into())));
        assert_eq!(count("with 40 additional staff, he said"), Some((40.0, "staff".into(), "40 additional staff".into())));
        // With no noun after it, the adjective stays the unit, as before.
        assert_eq!(count("about 30 new.").map(|q| q.1), Some("new".into()));
        assert_eq!(count("deployed 200 troops").map(|q| q.1), Some("troops".into()));
    }

    #[test]
    fn mention_spans_number_and_unit() {
        let text = "menangani 842 kasus online";
        let q = &find(text, DecimalMark::Comma, &[])[0];
        assert_eq!(&text[q.start..q.end], "842 kasus");
    }
}
