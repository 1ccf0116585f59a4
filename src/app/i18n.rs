//! Every string the page shows, in English and Indonesian, in one table.
//!
//! The [`texts!`] table below defines the [`Text`] keys and both translations
//! together, so a key can never lack a language. Labels of the parser's enums
//! (line labels, roles, entity kinds) are keys here too.

use crate::model::{EntityKind, Label, Role};

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Id,
}

impl Lang {
    /// The BCP 47 code, used for `<html lang>` and in local storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
        }
    }

    /// Reads a code as stored or as the browser reports it ("id-ID" is Indonesian).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "id" | "in" => Some(Lang::Id),
            _ => None,
        }
    }

    /// The other language: what the switch button offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Id,
            Lang::Id => Lang::En,
        }
    }
}

macro_rules! texts {
    ($($key:ident => $en:literal, $id:literal;)*) => {
        /// A string of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Text { $($key),* }

        impl Text {
            /// Every key, for tests.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            /// The string in both languages: `[english, indonesian]`.
            fn both(self) -> [&'static str; 2] {
                match self { $(Text::$key => [$en, $id]),* }
            }
        }
    };
}

texts! {
    Tagline => "Turns the raw text of a news page into a clean article with its metadata, as JSON. It all runs in your browser: nothing you paste leaves your machine.",
        "Mengubah teks mentah halaman berita menjadi artikel bersih beserta metadatanya, dalam JSON. Semuanya berjalan di peramban Anda: tidak ada yang Anda tempel keluar dari komputer Anda.";
    SwitchLanguage => "Bahasa Indonesia", "English";
    SwitchLanguageLabel => "Tampilkan dalam Bahasa Indonesia", "Show in English";
    TrySample => "Try the sample", "Coba contoh";
    OpenFiles => "Open files…", "Buka berkas…";
    ParseNow => "Parse now", "Urai sekarang";
    Clear => "Clear", "Kosongkan";
    InputLabel => "Raw text or HTML of a news page", "Teks mentah atau HTML halaman berita";
    InputPlaceholder => "Paste the text of a news page here (menus, bylines, “Baca juga” links and all), or drop .txt, .html or .jsonl files.",
        "Tempel teks halaman berita di sini (lengkap dengan menu, penulis, tautan “Baca juga”), atau jatuhkan berkas .txt, .html, atau .jsonl.";
    InputHint => "Parses as you type. Ctrl+Enter parses at once.", "Diurai saat Anda mengetik. Ctrl+Enter mengurai seketika.";
    Parsing => "Parsing…", "Mengurai…";
    LoadingModel => "Loading the entity model…", "Memuat model entitas…";
    ModelUnavailable => "The entity model did not load: names are found by rules only, and the JSON may differ from the command line's.",
        "Model entitas gagal dimuat: nama hanya dikenali dengan aturan, dan JSON bisa berbeda dari keluaran baris perintah.";
    LargeInput => "Large input", "Masukan besar";
    LargeInputNote => "It stays out of the text box so the page stays responsive. Paste here again to replace it, or clear it.",
        "Masukan ini tidak ditampilkan di kotak teks agar halaman tetap responsif. Tempel lagi di sini untuk menggantinya, atau kosongkan.";
    ParsedIn => "Parsed in", "Diurai dalam";
    Characters => "characters", "karakter";
    StorageUnavailable => "This browser does not let the page keep your input: it will be lost when you reload.",
        "Peramban ini tidak mengizinkan halaman menyimpan masukan Anda: masukan akan hilang saat dimuat ulang.";
    StorageFull => "The browser's local storage is full (or your input is larger than it allows): your input will be lost when you reload.",
        "Penyimpanan lokal peramban penuh (atau masukan Anda melebihi batasnya): masukan akan hilang saat dimuat ulang.";
    ErrorTitle => "This input could not be parsed", "Masukan ini tidak dapat diurai";
    WorkerFailed => "The parser could not start in this browser", "Pengurai tidak dapat berjalan di peramban ini";
    EmptyState => "Paste a news page on the left, open a file, or try the sample: the clean article, its metadata and every removed line appear here.",
        "Tempel halaman berita di kiri, buka berkas, atau coba contoh: artikel bersih, metadatanya, dan setiap baris yang dibuang muncul di sini.";
    TabArticle => "Article", "Artikel";
    TabMetadata => "Metadata", "Metadata";
    TabRemoved => "Removed lines", "Baris yang dibuang";
    DownloadJson => "Download JSON", "Unduh JSON";
    CopyJson => "Copy JSON", "Salin JSON";
    CopyMarkdown => "Copy as Markdown", "Salin sebagai Markdown";
    CopyText => "Copy as plain text", "Salin sebagai teks biasa";
    Copied => "Copied to the clipboard.", "Disalin ke papan klip.";
    Downloaded => "Download started:", "Unduhan dimulai:";
    ActionFailed => "That did not work:", "Gagal:";
    NoTitle => "(no title found)", "(judul tidak ditemukan)";
    Missing => "missing", "tidak ada";
    ZoneUnknown => "time zone not given", "zona waktu tidak disebut";
    FieldTitle => "Title", "Judul";
    FieldLead => "Lead", "Teras";
    FieldSection => "Section", "Rubrik";
    FieldPublished => "Published", "Terbit";
    FieldModified => "Updated", "Diperbarui";
    FieldRetrieved => "Page viewed", "Halaman dilihat";
    FieldAuthors => "Authors", "Penulis";
    FieldEditors => "Editors", "Editor";
    FieldPeople => "Credits", "Kredit";
    FieldDateline => "Dateline", "Baris tempat";
    FieldAgency => "Agency", "Kantor berita";
    FieldLanguage => "Language", "Bahasa";
    FieldWords => "Words", "Jumlah kata";
    FieldReadingTime => "Reading time", "Waktu baca";
    FieldImages => "Images", "Gambar";
    FieldRelated => "Related", "Berita terkait";
    FieldTags => "Tags", "Tag";
    FieldDiagnostics => "Notes", "Catatan";
    Minutes => "min", "menit";
    PhotoCredit => "Photo:", "Foto:";
    RemovedSummary => "lines removed from", "baris dibuang dari";
    Lines => "lines", "baris";
    ShowKept => "Show kept lines too", "Tampilkan juga baris yang dipertahankan";
    ShowMore => "Show more", "Tampilkan lebih banyak";
    LinesCut => "the page shows the first lines of this long input; the downloaded JSON has them all.",
        "halaman hanya menampilkan baris-baris awal masukan panjang ini; JSON yang diunduh memuat semuanya.";
    LineNumber => "Line", "Baris";
    Rule => "Rule", "Aturan";
    Kept => "kept", "dipertahankan";
    Removed => "removed", "dibuang";
    Entities => "Entities", "Entitas";
    Quotes => "Quotes", "Kutipan";
    Acronyms => "Acronyms", "Akronim";
    Mentions => "mentions in the article", "penyebutan dalam artikel";
    MoreInJson => "more in the JSON", "lainnya di JSON";
    GroupPeople => "People", "Orang";
    GroupOrganizations => "Organisations", "Organisasi";
    GroupLocations => "Places", "Tempat";
    GroupEvents => "Events", "Peristiwa";
    GroupOther => "Other names", "Nama lain";
    GroupDates => "Dates and times", "Tanggal dan waktu";
    GroupQuantities => "Quantities", "Jumlah";
    BatchTitle => "Batch", "Kumpulan";
    BatchOf => "of", "dari";
    BatchParsed => "parsed", "diurai";
    BatchFailed => "failed", "gagal";
    BatchWaiting => "waiting", "menunggu";
    DownloadJsonl => "Download JSONL", "Unduh JSONL";
    CloseBatch => "Close batch", "Tutup kumpulan";
    BackToBatch => "Back to the list", "Kembali ke daftar";
    Open => "Open", "Buka";
    UnsupportedFile => "is not a .txt, .html or .jsonl file", "bukan berkas .txt, .html, atau .jsonl";
    Footer => "Kliping runs offline: the page makes no network request.", "Kliping berjalan luring: halaman ini tidak membuat permintaan jaringan.";
    RoleAuthor => "Author", "Penulis";
    RoleReporter => "Reporter", "Reporter";
    RoleEditor => "Editor", "Editor";
    RolePhotographer => "Photographer", "Fotografer";
    RoleContributor => "Contributor", "Kontributor";
    LabelTitle => "title", "judul";
    LabelLead => "lead", "teras";
    LabelSection => "section", "rubrik";
    LabelDate => "date", "tanggal";
    LabelByline => "byline", "penulis";
    LabelDateline => "dateline", "baris tempat";
    LabelBody => "body", "isi";
    LabelCaption => "caption", "keterangan foto";
    LabelRelated => "related link", "tautan terkait";
    LabelNavigation => "navigation", "navigasi";
    LabelShare => "share", "bagikan";
    LabelAdvertisement => "advertisement", "iklan";
    LabelPrompt => "prompt", "ajakan";
    LabelComments => "comments", "komentar";
    LabelFooter => "footer", "kaki halaman";
    LabelMarkup => "markup", "sisa markup";
    LabelDuplicate => "duplicate", "duplikat";
    LabelPageDate => "page date", "tanggal halaman";
    LabelTags => "tags", "tag";
    LabelOther => "other", "lainnya";
    EntityPerson => "person", "orang";
    EntityOrganization => "organisation", "organisasi";
    EntityLocation => "place", "tempat";
    EntityEvent => "event", "peristiwa";
    EntityDate => "date", "tanggal";
    EntityQuantity => "quantity", "jumlah";
    EntityOther => "other name", "nama lain";
}

/// The string for `text` in `lang`.
pub fn tr(lang: Lang, text: Text) -> &'static str {
    let [en, id] = text.both();
    match lang {
        Lang::En => en,
        Lang::Id => id,
    }
}

/// The key naming a role.
pub fn role(role: Role) -> Text {
    match role {
        Role::Author => Text::RoleAuthor,
        Role::Reporter => Text::RoleReporter,
        Role::Editor => Text::RoleEditor,
        Role::Photographer => Text::RolePhotographer,
        Role::Contributor => Text::RoleContributor,
    }
}

/// The key naming a line label.
pub fn label(label: Label) -> Text {
    match label {
        Label::Title => Text::LabelTitle,
        Label::Lead => Text::LabelLead,
        Label::Section => Text::LabelSection,
        Label::Date => Text::LabelDate,
        Label::Byline => Text::LabelByline,
        Label::Dateline => Text::LabelDateline,
        Label::Body => Text::LabelBody,
        Label::Caption => Text::LabelCaption,
        Label::Related => Text::LabelRelated,
        Label::Navigation => Text::LabelNavigation,
        Label::Share => Text::LabelShare,
        Label::Advertisement => Text::LabelAdvertisement,
        Label::Prompt => Text::LabelPrompt,
        Label::Comments => Text::LabelComments,
        Label::Footer => Text::LabelFooter,
        Label::Markup => Text::LabelMarkup,
        Label::Duplicate => Text::LabelDuplicate,
        Label::PageDate => Text::LabelPageDate,
        Label::Tags => Text::LabelTags,
        Label::Other => Text::LabelOther,
    }
}

/// The key naming an entity kind.
pub fn entity_kind(kind: EntityKind) -> Text {
    match kind {
        EntityKind::Person => Text::EntityPerson,
        EntityKind::Organization => Text::EntityOrganization,
        EntityKind::Location => Text::EntityLocation,
        EntityKind::Event => Text::EntityEvent,
        EntityKind::Date => Text::EntityDate,
        EntityKind::Quantity => Text::EntityQuantity,
        EntityKind::Other => Text::EntityOther,
    }
}

/// The heading of a group of entities of one kind.
pub fn entity_group(kind: EntityKind) -> Text {
    match kind {
        EntityKind::Person => Text::GroupPeople,
        EntityKind::Organization => Text::GroupOrganizations,
        EntityKind::Location => Text::GroupLocations,
        EntityKind::Event => Text::GroupEvents,
        EntityKind::Date => Text::GroupDates,
        EntityKind::Quantity => Text::GroupQuantities,
        EntityKind::Other => Text::GroupOther,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages() {
        for &text in Text::ALL {
            for lang in [Lang::En, Lang::Id] {
                let s = tr(lang, text);
                assert!(!s.trim().is_empty(), "{text:?} is empty in {lang:?}");
                assert_eq!(s, s.trim(), "{text:?} has stray spaces in {lang:?}");
            }
        }
    }

    #[test]
    fn language_codes_round_trip_and_read_browser_tags() {
        for lang in [Lang::En, Lang::Id] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("id-ID"), Some(Lang::Id));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::Id.other(), Lang::En);
    }
}
