//! The words dates are written with: month names, weekday names, time-zone
//! abbreviations, the small words that join a date to its time, and the words
//! for "today", "yesterday" and "tomorrow". Facts only; the forms that use them
//! live in the parent module.

/// Month names and abbreviations, lower-case, one space-separated string a
/// month (a slice of `(name, month)` pairs would add 12 bytes a name to the web
/// page's download). Each month lists Indonesian (and Malay, with the old
/// spellings and the abbreviations news sites use), English, German (with
/// Austrian "Jänner", "Feber"), French, Romanian, Swahili, then Russian and
/// Ukrainian (genitive, as in "11 октября 2018"). A name shared by several
/// languages ("april", "mei") appears once, under the first of them.
///
/// Short abbreviations that are also common words ("may", "set", "out", "ago")
/// are safe here because [`super::find`] only reads a month name between a day
/// and a year; [`super::find_partial`] is stricter with them.
pub static MONTHS: [&str; 12] = [
    // January.
    "januari jan january januar jänner jaenner jän janvier janv enero ene janeiro gennaio gen janúar tammikuuta stycznia styczeń sty ledna januára ocak ianuarie января січня",
    // February.
    "februari pebruari feb peb february februar feber février fevrier févr fév fevr febrero fevereiro fev febbraio febrúar helmikuuta lutego luty lut února februára şubat februarie февраля лютого",
    // March.
    "maret mar march märz maerz mär mrz mars marzo março marco maart mrt marts maaliskuuta marca marzec března marca mart martie machi марта березня",
    // April.
    "april apr avril avr abril abr aprile apríl huhtikuuta kwietnia kwiecień kwi dubna apríla nisan aprilie aprili апреля квітня",
    // May.
    "mei may mai mayo maio maggio mag maj maí toukokuuta maja května mája mayıs мая травня",
    // June.
    "juni jun june juin junio junho giugno giu júní kesäkuuta czerwca czerwiec cze června júna haziran iunie июня червня",
    // July.
    "juli jul july juillet juil julio julho luglio lug júlí heinäkuuta lipca lipiec lip července júla temmuz iulie julai июля липня",
    // August.
    "agustus agu agt ags agst agus august aug août aout agosto ago augustus augusti ágúst elokuuta sierpnia sierpień sie srpna augusta ağustos agosti августа серпня",
    // September.
    "september sep sept septembre septiembre setiembre setembro set settembre syyskuuta września wrzesień wrz září septembra eylül septembrie septemba сентября вересня",
    // October.
    "oktober okt october oct octobre octubre outubro out ottobre ott október lokakuuta października październik paź října októbra ekim octombrie oktoba октября жовтня",
    // November.
    "november nopember nov nop novembre noviembre novembro nóvember marraskuuta listopada listopad lis listopadu novembra kasım noiembrie novemba ноября листопада",
    // December.
    "desember des december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre joulukuuta grudnia grudzień gru prosince decembra aralık decembrie desemba декабря грудня",
];

/// Every name of [`MONTHS`] with its month number (1 to 12).
pub fn month_names() -> impl Iterator<Item = (&'static str, u8)> {
    (1..).zip(MONTHS).flat_map(|(month, names)| names.split_ascii_whitespace().map(move |name| (name, month)))
}

/// The weekday names of one language, lower-case, numbered as
/// [`super::Date::weekday`] numbers them: 0 = Monday to 6 = Sunday.
#[derive(Debug)]
pub struct Weekdays {
    /// ISO 639-1 code of the language.
    pub language: &'static str,
    /// Names and abbreviations with their weekday number.
    pub names: &'static [(&'static str, u8)],
}

/// Weekday names per language. German two-letter abbreviations ("Mo", "Di",
/// "Do") are also ordinary words in other languages: trust them only beside a date.
pub static WEEKDAYS: &[Weekdays] = &[
    Weekdays {
        language: "id",
        names: &[
            ("senin", 0), ("selasa", 1), ("rabu", 2), ("kamis", 3), ("jumat", 4), ("jum'at", 4),
            ("sabtu", 5), ("minggu", 6), ("ahad", 6),
        ],
    },
    Weekdays {
        language: "en",
        names: &[
            ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4),
            ("saturday", 5), ("sunday", 6), ("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2),
            ("thu", 3), ("thur", 3), ("thurs", 3), ("fri", 4), ("sat", 5), ("sun", 6),
        ],
    },
    Weekdays {
        language: "de",
        names: &[
            ("montag", 0), ("dienstag", 1), ("mittwoch", 2), ("donnerstag", 3), ("freitag", 4),
            ("samstag", 5), ("sonnabend", 5), ("sonntag", 6), ("mo", 0), ("di", 1), ("mi", 2),
            ("do", 3), ("fr", 4), ("sa", 5), ("so", 6),
        ],
    },
    Weekdays {
        language: "fr",
        names: &[
            ("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4),
            ("samedi", 5), ("dimanche", 6),
        ],
    },
    Weekdays {
        language: "es",
        names: &[
            ("lunes", 0), ("martes", 1), ("miércoles", 2), ("miercoles", 2), ("jueves", 3),
            ("viernes", 4), ("sábado", 5), ("sabado", 5), ("domingo", 6),
        ],
    },
    Weekdays {
        language: "pt",
        names: &[
            ("segunda", 0), ("terça", 1), ("terca", 1), ("quarta", 2), ("quinta", 3), ("sexta", 4),
            ("sábado", 5), ("domingo", 6),
        ],
    },
    Weekdays {
        language: "it",
        names: &[
            ("lunedì", 0), ("martedì", 1), ("mercoledì", 2), ("giovedì", 3), ("venerdì", 4),
            ("sabato", 5), ("domenica", 6),
        ],
    },
    Weekdays {
        language: "nl",
        names: &[
            ("maandag", 0), ("dinsdag", 1), ("woensdag", 2), ("donderdag", 3), ("vrijdag", 4),
            ("zaterdag", 5), ("zondag", 6),
        ],
    },
    Weekdays {
        language: "pl",
        names: &[
            ("poniedziałek", 0), ("wtorek", 1), ("środa", 2), ("czwartek", 3), ("piątek", 4),
            ("sobota", 5), ("niedziela", 6),
        ],
    },
    Weekdays {
        language: "sv",
        names: &[
            ("måndag", 0), ("tisdag", 1), ("onsdag", 2), ("torsdag", 3), ("fredag", 4),
            ("lördag", 5), ("söndag", 6),
        ],
    },
    Weekdays {
        language: "da",
        names: &[
            ("mandag", 0), ("tirsdag", 1), ("onsdag", 2), ("torsdag", 3), ("fredag", 4),
            ("lørdag", 5), ("søndag", 6),
        ],
    },
];

/// Words for a day relative to the day of writing, lower-case, with its offset
/// in days ("kemarin" = -1). Reading them needs a reference date, which the
/// parser does not have; they are here for the stage that does.
pub static RELATIVE_DAYS: &[(&str, i8)] = &[
    // Indonesian.
    ("hari ini", 0), ("kemarin", -1), ("kemarin lusa", -2), ("besok", 1), ("lusa", 2),
    // English.
    ("today", 0), ("yesterday", -1), ("tomorrow", 1),
    // German.
    ("heute", 0), ("gestern", -1), ("vorgestern", -2), ("morgen", 1), ("übermorgen", 2),
    // French, Spanish.
    ("aujourd'hui", 0), ("hier", -1), ("demain", 1), ("hoy", 0), ("ayer", -1), ("mañana", 1),
];

/// Zone abbreviations with their UTC offsets in minutes. They are read only in
/// capitals and only after a time. Where an abbreviation is ambiguous the
/// reading of the news pages we see wins: "IST" is India, "CST" US Central.
pub static ZONES: &[(&str, i32)] = &[
    // Indonesia.
    ("WIB", 420), ("WITA", 480), ("WIT", 540),
    // Universal and Europe.
    ("GMT", 0), ("UTC", 0), ("UT", 0), ("Z", 0), ("WET", 0), ("WEST", 60), ("BST", 60), ("IST", 330),
    ("CET", 60), ("CEST", 120), ("MEZ", 60), ("MESZ", 120), ("EET", 120), ("EEST", 180),
    ("MSK", 180),
    // North America.
    ("ET", -300), ("EST", -300), ("EDT", -240), ("CT", -360), ("CST", -360), ("CDT", -300),
    ("MT", -420), ("MST", -420), ("MDT", -360), ("PT", -480), ("PST", -480), ("PDT", -420),
    ("AKST", -540), ("AKDT", -480), ("HST", -600),
    // Asia, Africa, Oceania.
    ("JST", 540), ("KST", 540), ("HKT", 480), ("SGT", 480), ("MYT", 480), ("PHT", 480),
    ("ICT", 420), ("PKT", 300), ("SAST", 120), ("WAT", 60), ("CAT", 120), ("EAT", 180),
    ("AWST", 480), ("ACST", 570), ("AEST", 600), ("AEDT", 660), ("NZST", 720), ("NZDT", 780),
];

/// Words that may stand between a date and the time after it: "22 Agustus 2024
/// pukul 10.32", "March 3, 2019 at 4:05 p.m.", "3. März 2019 um 14 Uhr".
pub static DATE_TIME_GLUE: &[&str] = &[
    "at", "pukul", "pkl", "jam", "um", "gegen", "à", "a", "las", "às", "as", "alle", "ore", "om",
    "kl", "klo", "kello", "o", "godz", "godzina", "kell", "saat", "в", "г", "года", "t",
];

/// Words that may stand between a time and the date after it, besides weekday
/// names: "10:01 pm PST, Tuesday, November 19, 2019", "14:38 WIB, Senin 16/02/2016".
pub static TIME_DATE_GLUE: &[&str] = &["on", "le", "am", "den", "el", "del", "il", "op", "tanggal", "tgl"];

/// Words before a numeric string that make it a version or a code, not a date
/// with a two-digit year: "Version 1.12.19", "iOS 13.2.3".
pub static VERSION_WORDS: &[&str] = &[
    "v", "ver", "version", "versi", "versión", "versão", "release", "build", "ios", "android",
    "macos", "windows", "firmware", "kernel", "update", "patch", "nr", "no", "art", "abs", "pasal",
    "ayat", "§",
];

/// Words after a clock reading that make it a duration, not a time of day:
/// "02:57 Min.", "1:30:15 menit".
pub static DURATION_WORDS: &[&str] = &[
    "min", "mins", "minute", "minutes", "minuten", "minuti", "minutos", "menit", "sec", "secs",
    "seconds", "sek", "sekunden", "detik", "std", "stunden", "hours", "jam",
];
