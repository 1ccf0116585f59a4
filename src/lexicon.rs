//! Vocabulary tables: stop words per language, used for language guessing and
//! for telling sentences from menu items. Words are lower-case.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A table of words written as one space-separated string: a slice of strings
/// would add 8 bytes of pointer and length a word to the web page's download.
/// [`Words::contains`] looks words up in a hash set built on first use.
#[derive(Debug)]
pub struct Words {
    text: &'static str,
    set: OnceLock<FxHashSet<&'static str>>,
}

impl Words {
    /// The table of the words of `text`, separated by spaces.
    pub const fn new(text: &'static str) -> Words {
        Words { text, set: OnceLock::new() }
    }

    /// The words, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.text.split_ascii_whitespace()
    }

    /// Whether `word` is one of the words (exactly, case included).
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.iter().collect()).contains(word)
    }
}

/// A language's most frequent function words.
pub struct StopWords {
    /// ISO 639-1 code.
    pub lang: &'static str,
    /// The words, lower-case, separated by spaces: one string rather than a
    /// slice of strings, which would add 8 bytes of pointer and length a word
    /// to the web page's download.
    pub words: &'static str,
}

/// Stop-word lists, Indonesian and English first.
pub static STOP_WORDS: &[StopWords] = &[
    StopWords {
        lang: "id",
        words: "yang dan di ke dari ini itu dengan untuk pada tidak dalam akan juga adalah ada atau karena oleh \
            sudah saat bisa kami kita mereka dia ia telah lebih jika namun tersebut sebagai bahwa hingga \
            serta para masih harus belum secara agar setelah dapat kata menjadi tetapi tapi sangat hanya \
            saja lagi sejak antara kepada bagi atas ujar ungkap jelas menurut yakni yaitu sementara kini pun \
            sedang bagaimana apa siapa mana begitu maka sebuah seorang beberapa banyak semua setiap tak nya \
            pula lalu kemudian sehingga terhadap tentang melalui tahun kali sama kedua",
    },
    StopWords {
        lang: "en",
        words: "the of and to a in is that for it was on with as he she be by at this have from are not but had \
            his her they were been has an which their will would there or its said who we more about after \
            when also than one what into can could them if all so out up no do did some other only over such \
            our you i him most these those while where because any then how since before may should being \
            both between through during just very says my your",
    },
    StopWords {
        lang: "de",
        words: "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an \
            werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war \
            haben nur oder aber vor zur bis mehr durch man sein wurde sei wenn können ich wir was ihre ihr \
            seine gegen vom schon hatte kann sagte diese dieser wieder keine unter dann doch weil habe zwei \
            da denn damit sondern ob hier mich uns beim sowie immer",
    },
    StopWords {
        lang: "fr",
        words: "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont avec \
            son sa aux ou elle nous mais ont été cette ses leur été comme tout on fait était aussi ils entre \
            sans même deux lui nous vous dont très peut où si ces y avait bien être après encore depuis donc \
            quand avant selon alors leurs",
    },
    StopWords {
        lang: "es",
        words: "de la que el en y a los del se las por un para con no una su al es lo como más pero sus le ya o \
            fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde han quien \
            desde todo nos durante todos uno les ni contra otros ese eso había ante ellos e esto mí antes \
            algunos qué unos yo otro otras otra",
    },
    StopWords {
        lang: "pt",
        words: "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das \
            tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era \
            depois sem mesmo aos ter seus quem nas me esse eles estão você foram",
    },
    StopWords {
        lang: "it",
        words: "di e il la che in a per un del non è una le si della con i da al sono dei ha gli nel lo alla più \
            come ma anche delle questo se nella o era essere suo sua tra dal ci dopo stato quando hanno loro \
            questa molto tutti",
    },
    StopWords {
        lang: "nl",
        words: "de en van het een in is dat op te zijn voor met die niet aan er om ook als maar bij of uit nog \
            worden door naar dan wordt hij ze zich over tot kan al wel werd was heeft hebben deze dit meer \
            na geen veel nu zou moet wat",
    },
    StopWords {
        lang: "pl",
        words: "i w na z się nie do to że jest o jak a po co tak za od jego ale przez są dla jej oraz czy już \
            ich tym może być tylko był była było by ze które który która także jako gdy przy też tego pod \
            bardzo jeszcze można będzie",
    },
    StopWords {
        lang: "sv",
        words: "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så \
            kan man när år säger hon under också efter eller nu sin där",
    },
    StopWords {
        lang: "da",
        words: "og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min \
            havde ham hun nu over da fra du ud sin dem os op man hans",
    },
    StopWords {
        lang: "no",
        words: "og i det på som er en til å han av for med at var de ikke den har jeg om et men så seg hun hadde \
            fra vi du kan da ble ut skal etter når også sier",
    },
    StopWords {
        lang: "cs",
        words: "a se na v je že to s z do o k i jako ale za by jsou po pro tak které který která jeho už od byl \
            bylo byla jsem podle také není jen při ve než ze aby",
    },
    StopWords {
        lang: "tr",
        words: "ve bir bu da de için ile olarak çok daha olan gibi en ne o ama kadar sonra her ki mi var değil \
            ya ise şu olduğu oldu tarafından üzerine göre diye yeni ilk büyük bütün",
    },
    StopWords {
        lang: "fi",
        words: "ja on ei että se oli hän mutta kun myös ovat tai jo sen niin kuin mukaan joka ole vain nyt sitä \
            jotka olla",
    },
    StopWords {
        lang: "ru",
        words: "и в не на что с по как это к а из о за от он для но его так то она бы же уже при все мы они был \
            была было до только также их ее если или ли чтобы который",
    },
];

/// Words that mark site furniture rather than article text, in several languages.
pub static BOILERPLATE_WORDS: &str = "cookie cookies newsletter subscribe subscription subscribers abonnieren abonnement login logout \
    sign register registrieren privacy datenschutz consent einwilligung javascript browser copyright \
    rights reserved terms advertisement advertising werbung anzeige iklan berlangganan daftar unduh \
    download app share teilen bagikan comment comments kommentar kommentare komentar click klik tap \
    weiterlesen selengkapnya follow ikuti folgen gallery galerie video videos podcast trending \
    popular populer terpopuler beliebt tags topics menu search suche cari home beranda startseite \
    impressum kontakt contact facebook twitter instagram whatsapp youtube linkedin telegram tiktok \
    email e-mail partner sponsored anzeigen";

