//! The words dates are written with: month names, weekday names, time-zone
//! abbreviations, the small words that join a date to its time, and the words
//! for "today", "yesterday" and "tomorrow". Facts only; the forms that use them
//! live in the parent module.

/// Month names and abbreviations, lower-case, with their month number (1 to 12),
/// grouped by language. A name shared by several languages ("april", "mei")
/// appears once, under the first of them.
///
/// Short abbreviations that are also common words ("may", "set", "out", "ago")
/// are safe here because [`super::find`] only reads a month name between a day
/// and a year; [`super::find_partial`] is stricter with them.
pub static MONTHS: &[(&str, u8)] = &[
    // Indonesian (and Malay), with the old spellings and the abbreviations news sites use.
    ("januari", 1), ("februari", 2), ("pebruari", 2), ("maret", 3), ("april", 4), ("mei", 5),
    ("juni", 6), ("juli", 7), ("agustus", 8), ("september", 9), ("oktober", 10), ("november", 11),
    ("nopember", 11), ("desember", 12), ("jan", 1), ("feb", 2), ("peb", 2), ("mar", 3), ("apr", 4),
    ("jun", 6), ("jul", 7), ("agu", 8), ("agt", 8), ("ags", 8), ("agst", 8), ("agus", 8), ("sep", 9),
    ("sept", 9), ("okt", 10), ("nov", 11), ("nop", 11), ("des", 12),
    // English.
    ("january", 1), ("february", 2), ("march", 3), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("october", 10), ("december", 12), ("aug", 8), ("oct", 10), ("dec", 12),
    // German (with Austrian "Jänner", "Feber").
    ("januar", 1), ("jänner", 1), ("jaenner", 1), ("februar", 2), ("feber", 2), ("märz", 3),
    ("maerz", 3), ("mai", 5), ("dezember", 12), ("jän", 1), ("mär", 3), ("mrz", 3), ("dez", 12),
    // French.
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("decembre", 12), ("janv", 1), ("févr", 2), ("fév", 2), ("fevr", 2),
    ("avr", 4), ("juil", 7), ("déc", 12),
    // Spanish.
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12), ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
    // Portuguese.
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6),
    ("julho", 7), ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12),
    ("fev", 2), ("set", 9), ("out", 10),
    // Italian.
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12), ("gen", 1), ("mag", 5), ("giu", 6),
    ("lug", 7), ("ott", 10),
    // Dutch.
    ("maart", 3), ("augustus", 8), ("mrt", 3),
    // Swedish, Danish, Norwegian.
    ("augusti", 8), ("maj", 5), ("marts", 3),
    // Icelandic.
    ("janúar", 1), ("febrúar", 2), ("apríl", 4), ("maí", 5), ("júní", 6), ("júlí", 7),
    ("ágúst", 8), ("október", 10), ("nóvember", 11),
    // Finnish (partitive, as in "3. maaliskuuta 2019").
    ("tammikuuta", 1), ("helmikuuta", 2), ("maaliskuuta", 3), ("huhtikuuta", 4),
    ("toukokuuta", 5), ("kesäkuuta", 6), ("heinäkuuta", 7), ("elokuuta", 8), ("syyskuuta", 9),
    ("lokakuuta", 10), ("marraskuuta", 11), ("joulukuuta", 12),
    // Polish (genitive, as in dates, then the nominative and abbreviations).
    ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5), ("czerwca", 6),
    ("lipca", 7), ("sierpnia", 8), ("września", 9), ("października", 10), ("listopada", 11),
    ("grudnia", 12), ("styczeń", 1), ("luty", 2), ("marzec", 3), ("kwiecień", 4),
    ("czerwiec", 6), ("lipiec", 7), ("sierpień", 8), ("wrzesień", 9), ("październik", 10),
    ("listopad", 11), ("grudzień", 12), ("sty", 1), ("lut", 2), ("kwi", 4), ("cze", 6), ("lip", 7),
    ("sie", 8), ("wrz", 9), ("paź", 10), ("lis", 11), ("gru", 12),
    // Czech and Slovak (genitive).
    ("ledna", 1), ("února", 2), ("března", 3), ("dubna", 4), ("května", 5), ("června", 6),
    ("července", 7), ("srpna", 8), ("září", 9), ("října", 10), ("listopadu", 11),
    ("prosince", 12), ("januára", 1), ("februára", 2), ("marca", 3), ("apríla", 4), ("mája", 5),
    ("júna", 6), ("júla", 7), ("augusta", 8), ("septembra", 9), ("októbra", 10),
    ("novembra", 11), ("decembra", 12),
    // Turkish.
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
    ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    // Romanian.
    ("ianuarie", 1), ("februarie", 2), ("martie", 3), ("aprilie", 4), ("iunie", 6), ("iulie", 7),
    ("septembrie", 9), ("octombrie", 10), ("noiembrie", 11), ("decembrie", 12),
    // Swahili.
    ("machi", 3), ("aprili", 4), ("julai", 7), ("agosti", 8), ("septemba", 9), ("oktoba", 10),
    ("novemba", 11), ("desemba", 12),
    // Russian and Ukrainian (genitive, as in "11 октября 2018").
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11),
    ("декабря", 12), ("січня", 1), ("лютого", 2), ("березня", 3), ("квітня", 4), ("травня", 5),
    ("червня", 6), ("липня", 7), ("серпня", 8), ("вересня", 9), ("жовтня", 10),
    ("листопада", 11), ("грудня", 12),
];

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
