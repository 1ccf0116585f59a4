//! The rule tables. Every label the parser gives a line comes from a rule here,
//! with an id and a reason the app shows to people, and every pattern carries
//! examples that a test runs.
//!
//! Two kinds of rules:
//! - [`LINE_RULES`]: patterns that decide a line's label from the line alone
//!   ("Baca juga: ..." is a related link wherever it stands);
//! - [`DECISIONS`]: the labels the classifier gives from context (the densest
//!   run of sentences is the body; the headline stands just above it), named
//!   here so that their ids and reasons live in one table too.

use crate::model::Label;
use regex::Regex;
use std::sync::LazyLock;

/// The words that open a link to other articles ("Baca juga", "Read more"),
/// for the `related.read_also` rule and for taking them off a linked title.
macro_rules! read_also_words {
    () => {
        "baca(?: juga)?|lihat(?: juga)?|simak(?: juga)?|tonton(?: juga)?|artikel terkait|berita terkait|berita lainnya|read more|read also|also read|related(?: articles?| stories| coverage| news| content)?|see also|more on this(?: story)?|recommended(?: stories)?|lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|weitere artikel|das könnte sie auch interessieren|à lire aussi|lire aussi|a lire aussi|voir aussi|leer más|lea también|lee también|te puede interesar|czytaj (?:też|także|więcej)|zobacz (?:też|także)|leia também|leggi anche|pilihan editor|editor['’]s picks?"
    };
}
pub(crate) use read_also_words;

/// The words of a tags heading ("Tags", "Topik", "Related topics"), for the
/// `tags.header` rule and for telling a heading alone from a line of tags.
macro_rules! tag_heading_words {
    () => {
        "tags?|topik(?: terkait)?|tag terkait|topics?|related topics|explore more on these topics|tagar|schlagworte|schlagwörter|themen|kata kunci|keywords?|mots-clés|etiquetas|tagi"
    };
}
pub(crate) use tag_heading_words;

/// A pattern that labels a line by itself.
pub struct LineRule {
    /// Stable id, shown to people: `<label>.<what>`.
    pub id: &'static str,
    /// The label a matching line gets.
    pub label: Label,
    /// Regular expression tried on the cleaned line.
    pub pattern: &'static str,
    /// Lines longer than this many characters never match (long lines are prose).
    pub max_chars: usize,
    /// Why the rule exists, in words.
    pub reason: &'static str,
    /// Lines the rule must match. The examples exist for the tests and are
    /// compiled only for them, which keeps them out of the web page's worker.
    #[cfg(test)]
    pub matches: &'static [&'static str],
    /// Lines it must not match.
    #[cfg(test)]
    pub rejects: &'static [&'static str],
}

/// Line rules, tried in order; the first that matches decides.
pub static LINE_RULES: &[LineRule] = &[
    LineRule {
        id: "comments.header",
        label: Label::Comments,
        pattern: r"(?i)^(?:\d+\s+)?(?:komentar|comments?|kommentare?|commentaires?|comentarios?|komentarze|reacties|kommentarer|tulis komentar|berikan komentar|leave a (?:comment|reply)|add a comment|show comments|lihat komentar|join the conversation|diskusi)(?:\s*\(\d+\))?\s*:?$",
        max_chars: 40,
        reason: "a comment-section heading: the article has ended",
        #[cfg(test)]
        matches: &["KOMENTAR", "Comments", "12 Comments", "Kommentare (3)", "Leave a Reply"],
        #[cfg(test)]
        rejects: &["Komentar warganet ramai di media sosial setelah video itu viral."],
    },
    LineRule {
        id: "comments.login_prompt",
        label: Label::Comments,
        pattern: r"(?i)(?:silah?kan (?:login|masuk)|untuk (?:memberikan|menulis) komentar|log ?in to (?:comment|post)|to post a comment|you must be logged in|sign in to comment|zum kommentieren)",
        max_chars: 200,
        reason: "asks the reader to log in to comment",
        #[cfg(test)]
        matches: &["Silahkan login untuk memberikan komentarLoginatauDaftar", "You must be logged in to post a comment."],
        #[cfg(test)]
        rejects: &["Dia menolak memberikan komentar soal kasus itu kepada wartawan di Jakarta pada Senin sore."],
    },
    LineRule {
        id: "comments.form",
        label: Label::Comments,
        pattern: r"(?i)(?:you are commenting using your|du kommentierst mit deinem|notify me of (?:new|follow-up) (?:comments|posts)|benachrichtige mich (?:über|bei)|^\(\s*(?:log out|abmelden|keluar)\s*/\s*(?:change|ändern|ubah)\s*\)$|your email address will not be published|deine e-mail-adresse wird nicht veröffentlicht|alamat email anda tidak akan dipublikasikan)",
        max_chars: 200,
        reason: "a line of the comment form (a blog's or a news site's): the article has ended",
        #[cfg(test)]
        matches: &[
            "You are commenting using your WordPress.com account. ( Log Out / Change )",
            "Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )",
            "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
            "Notify me of new posts via email.",
            "Alamat email Anda tidak akan dipublikasikan.",
        ],
        #[cfg(test)]
        rejects: &["The minister said she would be commenting on the report next week.", "Ich werde dich benachrichtigen, sobald er da ist."],
    },
    LineRule {
        id: "related.read_also",
        label: Label::Related,
        pattern: concat!(r"(?i)^(?:", read_also_words!(), r")\s*(?:[:>»|\-–—]|$)"),
        max_chars: 250,
        reason: "\"Baca juga:\", \"Pilihan Editor:\", \"Read more\" and the like link to other articles",
        #[cfg(test)]
        matches: &["Baca: 3.703 WNI Korban TPPO Bekerja Untuk Penipuan Online", "Baca juga: Harga BBM Naik", "Read more:", "Berita Terkait", "Lesen Sie auch: Die neue Regel", "Related", "Pilihan Editor: KPK Geledah Kantor Bupati", "Editor's Picks"],
        #[cfg(test)]
        rejects: &["Bacaan doa itu dibacakan oleh para santri.", "Readers said the move was unexpected.", "Pilihan editor itu menuai kritik dari pembaca."],
    },
    LineRule {
        id: "advertisement.marker",
        label: Label::Advertisement,
        pattern: r"(?i)^(?:advertisements?|advertisment|adverti[sz]ing|iklan|anzeige|werbung|publicité|publicidad|reklama|sponsored(?: content)?|konten bersponsor|ad|ads|vertisement|scroll to continue(?: with content)?|scroll (?:untuk|ke bawah untuk) (?:melanjutkan|lanjut)(?: membaca)?|\[gambas:[^\]]*\]|gambas:.*|continue reading(?: the main story| below)?|story continues below(?: advertisement)?|article continues below)$",
        max_chars: 80,
        reason: "an advertisement marker or an ad slot's label",
        #[cfg(test)]
        matches: &["ADVERTISEMENT", "AD", "VERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "[Gambas:Video 20detik]", "Anzeige", "Continue reading the main story"],
        #[cfg(test)]
        rejects: &["Advertising revenue fell by ten percent in the second quarter, the company said."],
    },
    LineRule {
        id: "prompt.follow",
        label: Label::Prompt,
        pattern: r"(?i)^(?:ikuti (?:kami|berita|update|saluran)|follow us|follow (?:the )?\w+ on|dapatkan (?:update|berita|informasi)|download (?:aplikasi|the app|our app)|unduh aplikasi|klik (?:di ?sini|link)|click here|sign up|subscribe|berlangganan|abonnieren|jetzt abonnieren|newsletter|get the (?:latest|best)|join (?:our|us)|install (?:the )?app|we've detected|you are using an? (?:outdated|old) browser|please (?:update|enable|turn off|disable)|this copy is for your personal|to order presentation-ready|cookies? (?:help|settings|policy)|we use cookies|diese website verwendet cookies|akses? (?:berita|informasi) (?:terkini|lainnya)|simak breaking news|ayo berlangganan|pilihan untukmu|to revisit this article|to see your saved stories)(?:[^\p{L}\p{N}_]|$)",
        max_chars: 300,
        reason: "a prompt to the reader: follow, subscribe, download, update the browser",
        #[cfg(test)]
        matches: &["Ikuti kami di Google News", "Follow us on Twitter", "Subscribe", "We've detected you are on Internet Explorer.", "Simak breaking news dan berita pilihan kami langsung di ponselmu."],
        #[cfg(test)]
        rejects: &["Subscribers of the service complained about the outage on Monday."],
    },
    LineRule {
        id: "prompt.listen",
        label: Label::Prompt,
        pattern: r"(?i)^(?:dengarkan (?:artikel|berita) ini|listen to (?:this )?(?:article|story)|artikel (?:vor)?anhören|diesen artikel anhören|écouter (?:cet|l'|l’)article|escuchar (?:este )?artículo)\s*[·|:•\-–—]?\s*(?:\d+(?:[:.]\d+)?\s*(?:min(?:ute)?s?|menit|minuten)?\.?)?$",
        max_chars: 80,
        reason: "the audio player's button: listen to the article",
        #[cfg(test)]
        matches: &["Dengarkan artikel ini", "Listen to this article · 4 min", "Artikel anhören"],
        #[cfg(test)]
        rejects: &["Dengarkan artikel ini baik-baik.", "Listen to this story about the floods"],
    },
    LineRule {
        id: "share.buttons",
        label: Label::Share,
        pattern: r"(?i)^(?:(?:share|bagikan|teilen|partager|compartir|udostępnij|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|e-?mail|print|cetak|copy link|salin (?:tautan|link)|line|reddit|flipboard|messenger|shares?|kirim|send|copied!?|link copied|url telah tercopy|(?:tautan|link|url) (?:telah |sudah )?(?:disalin|tersalin|dicopy|tercopy)|share this(?: article| story)?|share on \w+|bagikan artikel ini|(?:artikel |seite )?(?:drucken|teilen)|imprimir|imprimer)[\s|,·/•]*)+$",
        max_chars: 120,
        reason: "share and print buttons, and the copy-link button's message",
        #[cfg(test)]
        matches: &["Share", "Facebook Twitter WhatsApp", "copy link", "Bagikan", "Share this article", "url telah tercopy", "Tautan telah disalin", "Artikel drucken"],
        #[cfg(test)]
        rejects: &["Facebook shares fell after the report."],
    },
    LineRule {
        id: "navigation.ui_control",
        label: Label::Navigation,
        pattern: r"(?i)^(?:skip to (?:main )?(?:content|navigation|search|footer)|skip navigation|jump to (?:main )?content|zum (?:haupt)?inhalt(?: springen)?|direkt zum inhalt|langsung ke (?:konten|isi)|aller au contenu(?: principal)?|ir al contenido(?: principal)?|przejdź do (?:treści|zawartości)|back to top|nach oben|zurück nach oben|kembali ke atas|scroll to top|close(?: alert| menu| dialog| banner| search)?|schließen|tutup|toggle (?:navigation|menu)|open menu|menü öffnen|kontrast ändern|schriftgröße(?: ändern)?|leichte sprache|gebärdensprache|vorlesen)\s*[×✕x]?$",
        max_chars: 40,
        reason: "a control of the page, not text: \"Skip to content\", \"Close\", \"Back to top\", \"Zum Inhalt springen\", \"Kembali ke atas\"",
        #[cfg(test)]
        matches: &["Skip to main content", "Close Alert", "Schließen ×", "Zum Inhalt springen", "Kembali ke atas", "Kontrast ändern", "Toggle navigation"],
        #[cfg(test)]
        rejects: &["Close to home: a village rebuilds", "Skip to the end of the story", "Tutup usia, sang maestro dimakamkan di Solo"],
    },
    LineRule {
        id: "navigation.media_button",
        label: Label::Navigation,
        pattern: r"(?i)^(?:(?:lihat|tonton|buka) (?:foto|video|galeri|gambar)(?: lainnya)?|(?:view|see|watch|open) (?:(?:the |all )?photos?|(?:the )?gallery|(?:the )?video|slideshow)|(?:fotos?|bilder|video) (?:ansehen|anschauen)|voir (?:les photos|la vidéo|la galerie))$",
        max_chars: 30,
        reason: "a button that opens a picture, a gallery or a video (\"Lihat Foto\", \"View gallery\"): never a name or a caption",
        #[cfg(test)]
        matches: &["Lihat Foto", "Tonton Video", "Lihat galeri lainnya", "View gallery", "See all photos", "Watch video", "Bilder ansehen"],
        #[cfg(test)]
        rejects: &["Lihat Foto Banjir di Surabaya", "Foto: Antara", "Video shows the rescue", "Gallery"],
    },
    LineRule {
        id: "footer.syndication",
        label: Label::Footer,
        pattern: r"(?i)^(?:artikel ini (?:telah )?(?:tayang|terbit|dimuat) (?:di|pertama kali)|this (?:article|story) (?:was|has been) (?:first |originally )?(?:published|posted|written)|(?:a version of )?this (?:article|story) (?:first |originally )?appeared|dieser (?:artikel|beitrag) (?:ist )?(?:zuerst )?erschien|cet article a (?:été )?(?:initialement |d'abord )?(?:publié|paru))",
        max_chars: 400,
        reason: "a syndication note: where the article was first published",
        #[cfg(test)]
        matches: &["Artikel ini telah tayang di Tempo.co. Anda dapat mengikuti kanal Tempo.co di aplikasi berita.", "This article was originally published on The Conversation.", "A version of this story appeared in the print edition."],
        #[cfg(test)]
        rejects: &["Artikel ini membahas kebijakan baru pemerintah soal subsidi energi bagi rumah tangga miskin."],
    },
    LineRule {
        id: "footer.copyright",
        label: Label::Footer,
        pattern: r"(?i)(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|^copyright$|hak cipta|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|wszelkie prawa zastrzeżone)",
        max_chars: 400,
        reason: "copyright and rights lines belong to the site's footer",
        #[cfg(test)]
        matches: &["Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "© 2024 Kompas.com", "Hak Cipta Dilindungi Undang-Undang"],
        #[cfg(test)]
        rejects: &["The copyright office rejected the claim."],
    },
    LineRule {
        id: "footer.legal",
        label: Label::Footer,
        pattern: r"(?i)^(?:privacy policy|privacy|kebijakan privasi|pedoman media siber|pedoman pemberitaan media siber|terms (?:of (?:use|service)|& conditions|and conditions)|syarat (?:dan|&) ketentuan|impressum|datenschutz(?:erklärung)?|kontakt|contact(?: us)?|about(?: us)?|tentang kami|hubungi kami|redaksi|karir|careers?|disclaimer|cookie (?:policy|settings)|mentions légales|aviso legal|info iklan|kode etik|sitemap|site map|advertise(?: with us)?|your ad choices|subscriber agreement.*|data policy|copyright policy|accessibility)$",
        max_chars: 60,
        reason: "a footer link: privacy, terms, contact, imprint",
        #[cfg(test)]
        matches: &["Privacy Policy", "Pedoman Media Siber", "Impressum", "Kontakt", "Your Ad Choices"],
        #[cfg(test)]
        rejects: &["Privacy groups criticised the plan on Tuesday."],
    },
    LineRule {
        id: "tags.header",
        label: Label::Tags,
        pattern: concat!(r"(?i)^(?:", tag_heading_words!(), r")\s*:?(?:\s|$)"),
        max_chars: 300,
        reason: "a list of topic tags",
        #[cfg(test)]
        matches: &["TAG", "Tags: politics, economy", "Topik:", "Kata Kunci", "TOPIK TERKAIT", "Related topics", "Explore more on these topics"],
        #[cfg(test)]
        rejects: &["Tagihan listrik naik bulan depan."],
    },
    LineRule {
        id: "tags.hashtag",
        label: Label::Tags,
        pattern: r"^#[\p{L}\p{N}_][^#]*(?:\s+#[\p{L}\p{N}_][^#]*)*$",
        max_chars: 300,
        reason: "hashtags list topics, not article text",
        #[cfg(test)]
        matches: &["#Sandiaga Uno", "#pemilu2024 #jokowi"],
        #[cfg(test)]
        rejects: &["Dia menulis #1 di daftar itu pada tahun lalu dan banyak yang membacanya."],
    },
    LineRule {
        id: "date.relative",
        label: Label::Date,
        pattern: r"(?i)^(?:(?:updated|published|posted|diperbarui|diperbaharui|diunggah|aktualisiert|veröffentlicht)\s*:?\s*)?(?:(?:about|sekitar)\s+)?(?:\d{1,2}|an?|one|se)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|menit|jam|hari|minggu)\s+(?:ago|(?:yang\s+)?lalu)$|^(?:(?:aktualisiert|veröffentlicht)\s+)?vor\s+\d{1,2}\s+(?:minuten|stunden|tagen|wochen)$",
        max_chars: 60,
        reason: "a relative time: \"Updated 2 hours ago\", \"3 jam yang lalu\", \"vor 8 Stunden\"",
        #[cfg(test)]
        matches: &["Updated 2 hours ago", "3 jam yang lalu", "15 menit lalu", "vor 8 Stunden", "an hour ago"],
        #[cfg(test)]
        rejects: &["Two hours ago the storm hit the coast.", "Tiga jam lalu hujan turun deras di Bogor."],
    },
    LineRule {
        id: "byline.editor_code",
        label: Label::Byline,
        pattern: r"^\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+\s*\)$",
        max_chars: 30,
        reason: "editor initials such as \"(rdp/imk)\" close articles on Indonesian sites",
        #[cfg(test)]
        matches: &["(rdp/imk)", "(nwy/nwy)", "(ant / hrv)"],
        #[cfg(test)]
        rejects: &["(TPPO)", "(21/8)"],
    },
    LineRule {
        id: "byline.credit_parts",
        label: Label::Byline,
        pattern: r"^(?:(?:[Aa]dditional|[Ff]urther) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch)(?: and (?:reporting|writing|editing))? by \p{Lu}",
        max_chars: 300,
        reason: "the agencies' credit line after the body: \"Reporting by …; Writing by …; Editing by …\"",
        #[cfg(test)]
        matches: &[
            "Reporting by Alice Hartley; Additional reporting by Tom Okafor; Editing by Mark Potter",
            "Reporting by Gopal Sharma, additional reporting by Lisa Barrington, writing by Shilpa Jamkhandikar, Editing by Alex Richardson",
            "Writing by David Clarke; Editing by Daniel Flynn",
        ],
        #[cfg(test)]
        rejects: &["Reporting by the agency found that prices rose.", "Editing by hand takes hours.", "Our reporting by Friday showed more."],
    },
    LineRule {
        id: "byline.credit",
        label: Label::Byline,
        pattern: r"(?i)^(?:penulis|editor|reporter|pewarta|redaktur|penyunting|fotografer|kontributor|laporan wartawan|wartawan|jurnalis|author|authors|writer|written by|words by|edited by|reported by|photographer|autor(?:in|en)?|redakteur(?:in)?|redaktion|auteur|rédacteur|redactor|redacción)(?:\s*:\s*|\s+)\S",
        max_chars: 120,
        reason: "names the writer, editor, reporter or photographer",
        #[cfg(test)]
        matches: &["Penulis: Aldiansyah Nurrahman", "Editor: Leo Wisnu Susapto", "Reporter : Fitria Chusna Farisa", "Autor: Max Mustermann", "Written by Jane Doe"],
        #[cfg(test)]
        rejects: &["Editorial board members met on Monday to discuss the paper's future."],
    },
    LineRule {
        id: "byline.by",
        label: Label::Byline,
        pattern: r"^(?:[Bb]y|BY|[Oo]leh|OLEH|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]e|[Aa]v|[Vv]an|[Dd]i|[Dd]ari)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|bin|binti|and|dan|und|et|y|e|&|,))*(?:\s*[,|·•–-]\s*.*)?$",
        max_chars: 100,
        reason: "a byline: \"By\", \"Oleh\", \"Von\", \"Par\" followed by names",
        #[cfg(test)]
        matches: &["By Al Root", "Oleh Ahmad Subagja", "Von Max Mustermann und Erika Musterfrau", "By JANE DOE, Associated Press"],
        #[cfg(test)]
        rejects: &["By the time the police arrived, the crowd had gone.", "Oleh karena itu, dia mengundang Kamboja."],
    },
    LineRule {
        id: "byline.bare",
        label: Label::Byline,
        pattern: r"(?i)^(?:by|oleh|von|par|por|penulis|editor|reporter|author|writer|written by|posted by|reported by|story by|words by|pewarta|wartawan|redaktur|penyunting|kontributor|fotografer|photographer|jurnalis|ditulis oleh|dilaporkan oleh|ein beitrag von)\s*:?$",
        max_chars: 20,
        reason: "a byline word standing alone; the names follow on the next line",
        #[cfg(test)]
        matches: &["By", "Oleh", "Penulis:", "Writer", "Pewarta:", "Redaktur", "Fotografer", "Written by", "Ditulis oleh:", "Ein Beitrag von:"],
        #[cfg(test)]
        rejects: &["Bye", "Writers", "Editorial Team", "Written by hand", "Autoren", "Authors"],
    },
    LineRule {
        id: "caption.photo_credit",
        label: Label::Caption,
        pattern: r"(?i)(?:^|[\s.(\[|])(?:foto|photo|fotos|photos|photograph|image|images|bild|bilder|gambar|ilustrasi|credit|kredit|sumber foto|quelle|source)\s*(?:by\s|:|/|©)|(?:shutterstock|getty images|istock(?:photo)?|antara foto|ap photo|picture[- ]alliance|imago|unsplash|pexels)(?:\s*/\s*[^\s.]+(?:\s[^\s.]+){0,3})?\W*$|(?:^|[^\p{L}\p{N}_])(?:reuters|afp|epa|dpa|ap|antara|anadolu|xinhua|bloomberg)\s*/\s*\p{L}[\p{L} .-]+\W*$|\((?:[\p{L}\d.]+\.(?:com|co\.id|id|net)|foto|photo|antara|reuters|afp|ap|tempo|kompas)\s*/\s*[^()]+\)\W*$|\S/\S.*\spurchase licensing rights(?:, opens new tab)?\W*$|\((?:(?:photo|image|foto|picture)s?\s+)?courtesy(?: of)?\s[^()]+\)\W*$|^(?:(?:photo|image)s?\s+)?courtesy of\s[^.!?]{2,60}$",
        max_chars: 400,
        reason: "a picture caption or its photo credit",
        #[cfg(test)]
        matches: &["Illustrasi perdagangan orang. Shutterstock.", "Ilustrasi menara telekomunikasi di kawasan Bogor. (Liputan6.com/Angga Yuniar)", "Foto: Dok. Istimewa", "Home Depot stock fell after the retailer reported earnings. Photograph by Robyn Beck/AFP/Getty Images", "Petugas memeriksa kendaraan. ANTARA FOTO/Aprillio Akbar/wsj.", "A shopper walks past a store in London, March 4, 2025. REUTERS/Hannah McKay/File Photo Purchase Licensing Rights, opens new tab", "Deputies display the recovered parts. (Photo courtesy of the Harlan County Sheriff's Office)", "Courtesy of Andrew Vaughan"],
        #[cfg(test)]
        rejects: &["Dia mengatakan, isu TPPO menjadi perhatian serius kedua negara.", "Reuters reported the deal on Monday, citing two people familiar with the matter.", "Purchase Licensing Rights, opens new tab", "She thanked him for the courtesy of a reply, and left the courtesy room."],
    },
    LineRule {
        id: "caption.credit_first",
        label: Label::Caption,
        pattern: r"^\p{Lu}[^\s/,]*/\p{Lu}[^\s/,\d]*(?:(?: \p{Lu}[^\s/,\d]*)+\s*$|(?: \p{Lu}[^\s/,\d]*)*\s+\p{Lu}\p{Ll})",
        max_chars: 400,
        reason: "a photo credit alone, or before its caption: \"KOMPAS.com/NABILLA TASHANDRA Menteri …\", \"APA/Georg Hochmuth\"",
        #[cfg(test)]
        matches: &["KOMPAS.com/NABILLA TASHANDRA Menteri Yuddy di Jakarta", "KOMPAS.COM/MASRIADI Penyidik Polres Lhokseumawe", "APA/Georg Hochmuth", "IMAGO/Zuma Press"],
        #[cfg(test)]
        rejects: &[
            "BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew killed a Reuters reporter",
            "WASHINGTON/LONDON (Reuters) - Oil prices rose",
            "1/2 teaspoon ginger garlic paste",
            "Berater/in (in Voll- oder Teilzeit)",
            "Umwelt/Politik",
            "SARS-2/COVID-19 Die Kultur kommt schrittweise aus der Zwangspause.",
        ],
    },
    LineRule {
        id: "caption.credit_in_brackets",
        label: Label::Caption,
        pattern: r"\S\s*\((?:\p{Lu}[^\s/()]*\s)*\p{Lu}[^\s/()]*/\p{Lu}[^\s/()\d]*(?: \p{Lu}[^\s/()\d]*)*\)\W*$",
        max_chars: 400,
        reason: "a caption ending in its credit in brackets, an outlet and a photographer: \"(The Archipelago Daily/Wulan Sari)\"",
        #[cfg(test)]
        matches: &["Passengers board a commuter train in South Jakarta on June 16, 2025. (The Archipelago Daily/Wulan Sari)", "Warga antre. (Antara Foto/Aditya Pradana Putra)"],
        #[cfg(test)]
        rejects: &["The limit is 100 (km/h).", "Trains run every ten minutes (Jakarta/bogor line).", "He sang with them (AC/DC) for years", "(Cas/Isk)", "Kasseler Sparkasse (BIC/SWIFT: HELADEF1KAS)"],
    },
    LineRule {
        id: "navigation.breadcrumb",
        label: Label::Navigation,
        pattern: r"(?i)^(?:home|homepage|beranda|startseite|accueil|inicio|strona główna)\s*(?:[>»/›|\\]|$)|^[^»›]+\s[»›]\s[^»›]+\s[»›]\s[^»›]*$",
        max_chars: 200,
        reason: "a breadcrumb (a path of sections joined by » or ›) or the home link of the site menu",
        #[cfg(test)]
        matches: &["Home", "Home > News > Nasional", "Beranda › Berita", "Homepage » Militär » CAE bildet künftig Luftwaffen-Piloten in Bremen aus", "Start » Filme & Serien » Schauspieler/innen", "News › Nasional › Hukum"],
        #[cfg(test)]
        rejects: &["Homes in the area sold for record prices last year.", "Leasing oder Finanzierung » Der große Vergleich", "Start the engine › now", "Der interne Codename ist »Q6«. Das Ultra soll als »Q6A« bezeichnet werden."],
    },
    LineRule {
        id: "markup.code",
        label: Label::Markup,
        pattern: r"(?:^[{}\[\]();,]+$|(?:^|[^\p{L}\p{N}_])(?:function\s*\(|var\s+\w+\s*=|(?:window|document)\.\w+|jQuery\(|dataLayer(?:[^\p{L}\p{N}_]|$))|googletag|\w+\s*\{\s*[\w-]+\s*:[^}]*;|^\s*<\/?[a-zA-Z][^>]*>\s*$|^@(?:media|import|font-face)(?:[^\p{L}\p{N}_]|$)|\$\(\s*['\x22(])",
        max_chars: 100_000,
        reason: "script, style or tag residue that leaked into the text",
        #[cfg(test)]
        matches: &["googletag.cmd.push(function() { googletag.display('div-gpt-ad'); });", ".article { margin: 0; }", "}", "var x = 1;"],
        #[cfg(test)]
        rejects: &["The function of the committee is to advise the minister."],
    },
];

/// A label the classifier gives from context, with its id and reason.
pub struct Decision {
    /// Stable id, shown to people.
    pub id: &'static str,
    /// The label it gives.
    pub label: Label,
    /// Why, in words.
    pub reason: &'static str,
}

macro_rules! decisions {
    ($($name:ident = $id:literal, $label:ident, $reason:literal;)*) => {
        $(
            #[doc = $reason]
            pub const $name: &Decision = &Decision { id: $id, label: Label::$label, reason: $reason };
        )*
        /// Every context decision, for the rule listing and the tests.
        pub static DECISIONS: &[&Decision] = &[$($name),*];
    };
}

decisions! {
    BODY_MAIN_RUN = "body.main_run", Body, "a sentence-like line inside the densest run of prose: the article";
    BODY_HEADING = "body.subheading", Body, "a short heading between body paragraphs";
    TITLE_NEAR_BODY = "title.headline", Title, "the headline: a short line just above the article's first lines";
    LEAD_BELOW_TITLE = "lead.standfirst", Lead, "the standfirst: a sentence between the headline and the body";
    DATE_PUBLISHED = "date.published", Date, "the publication date near the headline";
    DATE_IN_LINE = "date.published_in_line", Date, "the line the publication date was read from, with words around the date: \"Published on …\", \"Artikel veröffentlicht am …\"";
    DATE_OTHER = "date.line", Date, "a line that is only a date or a time";
    PAGE_DATE = "page_date.header", PageDate, "a date at the top of the page, far from the headline: the day the page was viewed";
    SECTION_ABOVE_TITLE = "section.label", Section, "a one- or two-word label just above the headline: the section";
    DATELINE_LINE = "dateline.line", Dateline, "a dateline standing alone before the first paragraph";
    DUPLICATE = "duplicate.repeat", Duplicate, "repeats a line that stands earlier on the page";
    MARKUP_REPEAT = "markup.leaked_html", Markup, "leaked HTML that repeats other text";
    NAV_OUTSIDE = "navigation.outside_article", Navigation, "a short line outside the article: menus and links";
    OTHER_OUTSIDE = "other.outside_article", Other, "text outside the article's main run of prose";
    AFTER_END = "other.after_article_end", Other, "stands after the article ended (comments, footer or related lists)";
    BYLINE_NAME = "byline.name_line", Byline, "the name on the line after a lone \"By\"";
    BYLINE_NAME_ABOVE = "byline.name_above_role", Byline, "a name over its role word (\"Muhammad Fajar\" / \"Penulis\"), in a block of names each set above its role";
    TAG_LIST_ITEM = "tags.list_item", Tags, "a topic in the list under a lone \"Tags\", \"Topik\" or \"Related topics\" heading";
    RELATED_LIST_ITEM = "related.list_item", Related, "a link's headline in the list under a lone \"Baca Juga:\" or \"Berita Terkait\"";
    BYLINE_RANKED = "byline.writer", Byline, "names the article's writer where bylines stand: by the headline, the date or the body's end";
    BYLINE_NAME_OVER_AFFILIATION = "byline.name_over_affiliation", Byline, "a name alone between the headline and the body, over the writer's job or newsroom";
    BYLINE_AFFILIATION = "byline.affiliation", Byline, "the writer's job or newsroom under the byline's name: \"Political Editor\", \"BBC News, Aberystwyth\"";
    BYLINE_BIO = "byline.author_bio", Byline, "the writer's note at the body's end: what they cover, or how to reach them";
    SUMMARY_BOX = "other.summary_box", Other, "a key point in a box under \"Summary\" or \"Poin penting\" between the headline and the body";
    CAPTION_NEAR_BYLINE = "caption.short_before_body", Caption, "a picture caption between the headline and the body";
}

/// A rule's compiled pattern, and whether it reads the lower-cased line.
struct Compiled {
    regex: Regex,
    /// The pattern began with `(?i)`: it is compiled without the flag and run on
    /// the lower-cased line. Unicode case folding makes patterns many times costlier
    /// to compile, and the page has its lines lower-cased already.
    on_lower: bool,
    /// The group of rules ([`Group`]) whose union is tried before this rule;
    /// `None` for a rule with a [`Compiled::prefilter`], which is tried alone.
    group: Option<usize>,
    /// A cheap test every line the rule matches passes ([`prefilter`]).
    prefilter: Option<fn(&str) -> bool>,
}

/// The cheap first look of the rules that read long stretches of most lines
/// but match few: such a rule stays out of its group's union (which would
/// otherwise read every line to its end for it) and runs alone on the lines
/// that pass. Tests hold each test against its rule's examples and every
/// dev-page line the rule matches (`tests/rules_dev.rs`).
pub fn prefilter(id: &str) -> Option<fn(&str) -> bool> {
    match id {
        "markup.code" => Some(may_be_code),
        "caption.credit_in_brackets" => Some(ends_in_bracket_credit),
        "navigation.breadcrumb" => Some(may_be_breadcrumb),
        _ => None,
    }
}

/// What every line `caption.credit_in_brackets` matches has: a slash, and a
/// closing bracket with nothing but punctuation and spaces after it.
pub fn ends_in_bracket_credit(line: &str) -> bool {
    // Stop at a word character (as the pattern's `\W*$` counts them) or a bracket.
    let end = line.trim_end_matches(|c: char| c != ')' && !c.is_alphabetic() && !c.is_ascii_digit() && c != '_');
    end.ends_with(')') && memchr::memchr(b'/', line.as_bytes()).is_some()
}

/// What every line `navigation.breadcrumb` matches has: a `»` or `›`, or a
/// first word of a home link. Inside its group's union, the breadcrumb
/// pattern made the union read every line of up to 200 characters to its end.
pub fn may_be_breadcrumb(line: &str) -> bool {
    const HOME: [&str; 6] = ["home", "beranda", "startseite", "accueil", "inicio", "strona g"];
    let bytes = line.as_bytes();
    // "»" is C2 BB and "›" E2 80 BA in UTF-8.
    memchr::memchr2(0xbb, 0xba, bytes).is_some()
        || HOME.iter().any(|w| bytes.get(..w.len()).is_some_and(|head| head.eq_ignore_ascii_case(w.as_bytes())))
}

/// Rules that read the same text (as written or lower-cased) and are anchored
/// (or not) alike, with one regex for all of them: most lines match no rule,
/// and one pass of the union says so for the whole group where a pass per
/// rule would cost each rule's fixed price of a search. Only speed depends on
/// the grouping; a union matches whenever one of its rules does.
struct Group {
    /// The alternation of the rules' patterns; `None` for a group of one rule,
    /// which needs no union.
    union: Option<Regex>,
}

/// The number of groups: a rule reads the line as written or lower-cased, and is
/// anchored at the line's start or not. A union of anchored patterns fails on a
/// line's first bytes, while a union with unanchored ones would read every line
/// to its end.
const GROUPS: usize = 4;

fn group_of(on_lower: bool, anchored: bool) -> usize {
    usize::from(on_lower) * 2 + usize::from(anchored)
}

/// The cache limit of each group union's lazy DFA, in bytes.
const UNION_DFA_BYTES: usize = 8 << 20;

/// The compiled rules, in table order, and their groups.
struct Table {
    rules: Vec<Compiled>,
    groups: [Group; GROUPS],
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    // The patterns are fixed and tested; an error here is a bug caught by every test run.
    // No `RegexSet`: a set of these Unicode patterns runs in the slow PikeVM
    // (0.1 to 0.7 MB/s), while each union, like each pattern alone, runs a DFA.
    let split = |r: &LineRule| match r.pattern.strip_prefix("(?i)") {
        Some(rest) => (rest, true),
        None => (r.pattern, false),
    };
    let rules: Vec<Compiled> = LINE_RULES
        .iter()
        .map(|r| {
            let (pattern, on_lower) = split(r);
            let prefilter = prefilter(r.id);
            let group = prefilter.is_none().then(|| group_of(on_lower, pattern.starts_with('^')));
            Compiled { regex: Regex::new(pattern).expect("line rule pattern compiles"), on_lower, group, prefilter }
        })
        .collect();
    let groups = std::array::from_fn(|g| {
        let members: Vec<&LineRule> = LINE_RULES.iter().zip(&rules).filter(|(_, c)| c.group == Some(g)).map(|(r, _)| r).collect();
        let union = (members.len() > 1).then(|| {
            let alternatives: Vec<String> = members.iter().map(|r| format!("(?:{})", split(r).0)).collect();
            // The unions' lazy DFAs outgrow the default 2 MiB cache on real
            // pages, which then is cleared and rebuilt state by state, again and
            // again: 8 MiB (filled only as far as needed; the parse's peak memory
            // does not change) makes the rules about 12% cheaper.
            regex::RegexBuilder::new(&alternatives.join("|")).dfa_size_limit(UNION_DFA_BYTES).build().expect("union of line rule patterns compiles")
        });
        Group { union }
    });
    Table { rules, groups }
});

/// The first line rule that matches a cleaned line of `chars` characters, given
/// as written and lower-cased.
pub fn match_line(line: &str, lower: &str, chars: usize) -> Option<&'static LineRule> {
    let table = &*TABLE;
    // Whether each group's union matched, found when a rule of the group is first tried.
    let mut group_matched = [None; GROUPS];
    LINE_RULES
        .iter()
        .zip(&table.rules)
        .find(|(rule, c)| {
            let text = if c.on_lower { lower } else { line };
            chars <= rule.max_chars
                && c.prefilter.is_none_or(|first_look| first_look(line))
                && c.group.is_none_or(|g| {
                    let union = table.groups[g].union.as_ref();
                    *group_matched[g].get_or_insert_with(|| union.is_none_or(|u| u.is_match(text)))
                })
                && c.regex.is_match(text)
        })
        .map(|(rule, _)| rule)
}

/// A cheap first look for the markup rule, which reads lines of any length:
/// long lines of code carry braces or semicolons; and any line it matches
/// has [`code_marks`].
fn may_be_code(line: &str) -> bool {
    let bytes = line.as_bytes();
    let long_code = bytes.len() < 200 || memchr::memchr3(b'{', b'}', b';', bytes).is_some() || line.contains("googletag");
    long_code && code_marks(bytes)
}

/// What every line the markup pattern matches holds: a `(`, `=`, `{` or `<`,
/// one of its words, or a first character that a line of code brackets may
/// be made of. Most lines of prose have none and skip the pattern, which
/// would read them to the end. Tests hold this against the rule's examples
/// and the lines of the dev pages (`tests/rules_dev.rs`).
pub fn code_marks(bytes: &[u8]) -> bool {
    static WORDS: LazyLock<[memchr::memmem::Finder<'static>; 4]> =
        LazyLock::new(|| ["window.", "document.", "dataLayer", "googletag"].map(memchr::memmem::Finder::new));
    memchr::memchr3(b'(', b'=', b'{', bytes).is_some()
        || memchr::memchr(b'<', bytes).is_some()
        || matches!(bytes.first(), Some(b'}' | b'[' | b']' | b')' | b';' | b',' | b'@'))
        || WORDS.iter().any(|w| w.find(bytes).is_some())
}

/// Whether one rule matches a line (for the rule tests).
#[cfg(test)]
fn rule_matches(index: usize, line: &str) -> bool {
    let c = &TABLE.rules[index];
    let rule = &LINE_RULES[index];
    line.chars().count() <= rule.max_chars && c.regex.is_match(&if c.on_lower { line.to_lowercase() } else { line.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_matches_its_examples_and_rejects_its_counterexamples() {
        for (i, rule) in LINE_RULES.iter().enumerate() {
            assert!(!rule.matches.is_empty(), "{} has no positive example", rule.id);
            assert!(!rule.rejects.is_empty(), "{} has no negative example", rule.id);
            for ex in rule.matches {
                assert!(rule_matches(i, ex), "{} should match {ex:?}", rule.id);
            }
            for ex in rule.rejects {
                assert!(!rule_matches(i, ex), "{} should not match {ex:?}", rule.id);
            }
        }
    }

    #[test]
    fn every_example_of_a_prefiltered_rule_passes_its_prefilter() {
        let mut prefiltered = 0;
        for rule in LINE_RULES {
            let Some(first_look) = prefilter(rule.id) else { continue };
            prefiltered += 1;
            for ex in rule.matches {
                assert!(first_look(ex), "{}: {ex:?}", rule.id);
            }
        }
        assert_eq!(prefiltered, 3);
        assert!(ends_in_bracket_credit("Warga antre. (Antara Foto/Aditya Putra).\u{a0}"));
        assert!(!ends_in_bracket_credit("Warga antre (Antara Foto/Aditya Putra) kemarin"));
        assert!(!ends_in_bracket_credit("Warga antre (kemarin)."));
    }

    #[test]
    fn lines_of_code_have_code_marks() {
        let markup = LINE_RULES.iter().find(|r| r.label == Label::Markup).expect("a markup rule");
        for ex in markup.matches {
            assert!(may_be_code(ex), "{ex:?}");
        }
        for (line, marks) in [("var x = 1;", true), ("}", true), ("@media print", true), ("dataLayer", true), ("Kata yang biasa saja.", false)] {
            assert_eq!(code_marks(line.as_bytes()), marks, "{line:?}");
        }
    }

    #[test]
    fn a_rules_group_matches_wherever_the_rule_does() {
        for (i, rule) in LINE_RULES.iter().enumerate() {
            let c = &TABLE.rules[i];
            let Some(union) = c.group.and_then(|g| TABLE.groups[g].union.as_ref()) else { continue };
            for ex in rule.matches {
                let text = if c.on_lower { ex.to_lowercase() } else { ex.to_string() };
                assert!(union.is_match(&text), "{}'s group should match {ex:?}", rule.id);
            }
        }
    }

    #[test]
    fn ids_are_unique_and_name_their_label() {
        let mut ids: Vec<&str> = LINE_RULES.iter().map(|r| r.id).chain(DECISIONS.iter().map(|d| d.id)).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule id");
        for rule in LINE_RULES {
            let label = serde_json::to_value(rule.label).unwrap_or_default();
            assert_eq!(Some(rule.id.split('.').next().unwrap_or("")), label.as_str(), "{}", rule.id);
        }
    }
}
