//! HTML input end to end: pages and fragments are rendered before parsing, and
//! text dumps (which carry a few leaked tags) are not mistaken for HTML.

mod common;

use kliping::model::DiagnosticCode;
use kliping::{Options, html};

/// The raw texts of the dev corpus are text dumps, some with leaked tags: none
/// may take the HTML path, which would join their lines.
#[test]
fn no_dev_corpus_text_is_taken_for_html() {
    let Some(shared) = common::shared_dir("eval-dev") else { return };
    let mut checked = 0;
    let mut mistaken = Vec::new();
    for entry in std::fs::read_dir(shared.join("eval-dev")).expect("read eval-dev") {
        let path = entry.expect("a folder entry").path().join("raw.txt");
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        checked += 1;
        if html::looks_like_html(&text) {
            mistaken.push(path.display().to_string());
        }
    }
    assert!(checked > 400, "only {checked} pages read");
    assert!(mistaken.is_empty(), "taken for HTML: {mistaken:?}");
}

/// A page in the shape of an Indonesian outlet, parsed whole: the renderer's
/// lines reach the classifier, scripts and menus do not reach the body.
#[test]
fn an_html_page_parses_like_its_text() {
    let page = r#"<!DOCTYPE html><html lang="id"><head><title>Banjir Rendam Ratusan Rumah - Warta Kita</title>
<script>var tracking = "Baca juga: iklan";</script><style>.x{display:none}</style></head><body>
<nav><ul><li><a href="/">Beranda</a><li><a href="/daerah">Daerah</a><li><a href="/nasional">Nasional</a></ul></nav>
<main><article>
<div class="section">DAERAH</div>
<h1>Banjir Rendam Ratusan Rumah di Bandung Selatan</h1>
<div class="meta">Penulis: <a>Dewi Lestari</a> | Editor: Rudi Hartono</div>
<div class="date">Kamis, 14 November 2024 | 08:45 WIB</div>
<figure><img src="banjir.jpg"><figcaption>Warga menyelamatkan barang saat banjir. ANTARA FOTO/Raisan</figcaption></figure>
<div class="body">
<p><strong>BANDUNG</strong> - Banjir merendam sedikitnya 350 rumah di tiga kecamatan di Kabupaten Bandung setelah hujan deras mengguyur sejak Rabu sore hingga malam hari.</p>
<p>Kepala Pelaksana Badan Penanggulangan Bencana Daerah setempat mengatakan ketinggian air mencapai satu meter di beberapa titik permukiman warga.</p>
<p>Baca juga: <a href="/x">Hujan Deras Diprediksi Sepekan</a></p>
<p>"Kami sudah mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak," katanya kepada wartawan pada Kamis pagi.</p>
<p>Petugas juga membuka dapur umum di balai desa untuk memenuhi kebutuhan makan para pengungsi selama air belum surut.</p>
</div>
<div class="tags">Tag: <a>banjir</a> <a>bandung</a></div>
</article></main>
<div class="comments"><h3>KOMENTAR</h3><form><textarea>Tulis komentar</textarea><button>Kirim</button></form></div>
<footer><p>&copy; 2024 Warta Kita. All rights reserved.</p></footer>
<script>document.write("<p>injected</p>")</script>
</body></html>"#;
    let article = kliping::parse(page, &Options::default()).expect("the page parses");
    assert!(article.diagnostics.iter().any(|d| d.code == DiagnosticCode::HtmlInput));
    let texts: Vec<&str> = article.lines.iter().map(|l| l.text.as_str()).collect();
    assert!(texts.contains(&"Banjir Rendam Ratusan Rumah di Bandung Selatan"), "{texts:#?}");
    assert!(texts.contains(&"Beranda") && texts.contains(&"Penulis: Dewi Lestari | Editor: Rudi Hartono"));
    for hidden in ["tracking", "display:none", "Tulis komentar", "Kirim", "injected", "Warta Kita</title>"] {
        assert!(!texts.iter().any(|t| t.contains(hidden)), "{hidden:?} was rendered");
    }
    assert!(article.body.contains("Banjir merendam sedikitnya 350 rumah"), "{}", article.body);
    assert!(article.body.contains("dapur umum"), "{}", article.body);
    assert!(!article.body.contains("Baca juga"), "{}", article.body);
    // The same page rendered to text first gives the same article, but for the
    // diagnostic that says the input was HTML.
    let as_text = kliping::parse(&html::to_text(page), &Options::default()).expect("the text parses");
    assert_eq!(as_text.body, article.body);
    assert_eq!(as_text.title, article.title);
}
