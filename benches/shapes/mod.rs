//! Adversarial input shapes for the cost benchmarks (`benches/parse.rs`) and the
//! peak-memory tool (`examples/cost.rs`): each is built to a given size in bytes
//! from a short unit, so time and memory can be reported per MB of input.

/// The seed article, the "ordinary" input the other shapes are compared with.
pub const SEED: &str = include_str!("../../examples/id-validnews-tppo/raw.txt");

/// A news page as HTML, in the shape of Indonesian outlets.
const PAGE: &str = "<div class=\"read\"><h1>Harga Cabai Rawit Naik Jelang Ramadan</h1>\
<div class=\"byline\">Penulis: <span>Siti Rahma</span> | Editor: Andi</div>\
<time>Rabu, 12 Mar 2025 09:15 WIB</time><figure><img src=\"c.jpg\"><figcaption>Pedagang cabai. ANTARA FOTO/Budi</figcaption></figure>\
<p><strong>JAKARTA, KABARKITA</strong> - Harga cabai rawit di sejumlah pasar naik hingga Rp 80.000 per kilogram.</p>\
<p>Baca juga: <a href=\"/x\">Stok Beras Aman</a></p><script>var ad = 1;</script>\
<p>&ldquo;Pasokan dari petani berkurang,&rdquo; kata Ketut, pedagang di Pasar Badung, Denpasar.</p></div>\n";

/// The shapes, by name: (name, what it is).
pub const SHAPES: &[(&str, &str)] = &[
    ("ordinary", "the seed article repeated"),
    ("html_page", "a news page as HTML, repeated"),
    ("one_line", "one enormous line of prose"),
    ("short_lines", "a million short lines per 10 MB"),
    ("nested_html", "deeply nested <div><span> that never close"),
    ("p_tags", "a million <p> tags per 8 MB"),
    ("digits", "one long run of digits"),
    ("dates", "lines of dates and times"),
    ("quotes", "runs of quote marks"),
    ("mixed_scripts", "Latin, Arabic, Cyrillic and Han with right-to-left marks"),
    ("bylines", "byline after byline: every line a candidate name"),
    ("headlines", "short title-like lines around prose, every one a headline candidate"),
];

/// Builds the shape `name` to about `bytes` bytes (never more), or `None` for
/// an unknown name.
pub fn build(name: &str, bytes: usize) -> Option<String> {
    let unit: &str = match name {
        "ordinary" => SEED,
        "html_page" => return Some(repeat_to(&format!("<!DOCTYPE html><html><body>{PAGE}"), PAGE, bytes)),
        "one_line" => "Presiden meresmikan jalan tol baru di Jawa Tengah pada Senin pagi, kata juru bicara istana. ",
        "short_lines" => "Berita 12\n",
        "nested_html" => return Some(repeat_to("<!DOCTYPE html><html><body>", "<div><span>kata ", bytes)),
        "p_tags" => return Some(repeat_to("<!DOCTYPE html><html><body>", "<p>kata", bytes)),
        "digits" => "1234567890",
        "dates" => "Senin, 16 Juni 2025 |15:20 WIB\nDiperbarui 18 Jun 2025, 14:05 WIB\n2019-03-03 March 3, 2019 at 4:05 p.m. ET\n",
        "quotes" => "“”\"'‘’«»„",
        "mixed_scripts" => "Jakarta \u{200f}مرحبا بالعالم\u{200e} Привет мир 中文新闻 \u{202e}abc\u{202c} kata dia.\n",
        "bylines" => "Penulis: Budi Santoso\nOleh Siti Rahma\nBy Jane Doe, Reuters\n",
        "headlines" => "Harga Cabai Rawit Naik Jelang Ramadan\n\nPresiden meresmikan jalan tol baru di Jawa Tengah pada Senin pagi, kata juru bicara istana kepada wartawan.\n\n",
        _ => return None,
    };
    Some(repeat_to("", unit, bytes))
}

/// `head` then `unit` as many whole times as fit in `bytes`.
fn repeat_to(head: &str, unit: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes);
    out.push_str(head);
    while out.len() + unit.len() <= bytes {
        out.push_str(unit);
    }
    out
}
