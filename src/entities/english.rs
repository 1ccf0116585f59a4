//! Names that English news writes in ways the tagger, trained on Indonesian
//! news, has never seen. [`spans`], for English text: sports teams named after
//! their town ("the Los Angeles Lakers", later "the Lakers"), the speaker named
//! after a quote ("…," Renada Chisholm said), the country's short forms ("US",
//! "U.S.", "UK"), a town before its state or country ("in Johnstown,
//! Pennsylvania") or alone after a preposition ("in Charlotte"), and
//! organisations named "of" their place ("Economic Club of New York"). For any
//! text that is not Indonesian, the clean-up of the tagger's names: split at
//! "and" ([`split_at_and`]), holidays as events, not organisations
//! ([`holiday`]), and the role inside a person's name ([`role_inside`]).

use crate::entities::lexicon::{self, Class, FeatureLists, Lists};
use crate::entities::names::{Evidence, NameSpan, is_cap};
use crate::entities::quotes::{VERBS_AFTER_SPEAKER, VERBS_BEFORE_SPEAKER};
use crate::model::EntityKind;

/// Nicknames of teams that are not plurals ("Minnesota Wild", "Miami Heat",
/// "Boston Red Sox"), lower case.
static SINGULAR_NICKNAMES: crate::lexicon::Words =
    crate::lexicon::Words::new("wild thunder heat magic jazz lightning avalanche kraken fire galaxy crew union dynamo revolution sox united");

/// The nicknames of the teams of the four North American major leagues (the
/// last word), lower case. After a place that is also a given name ("Houston",
/// "Charlotte", "Washington") only these make a team: "George Stephanopoulos"
/// and "Chad Thomas" are people.
static LEAGUE_NICKNAMES: crate::lexicon::Words = crate::lexicon::Words::new(
    "hawks celtics nets hornets bulls cavaliers mavericks nuggets pistons warriors rockets pacers clippers lakers \
     grizzlies bucks timberwolves pelicans knicks suns blazers kings spurs raptors wizards cardinals falcons \
     ravens bills panthers bears bengals browns cowboys broncos lions packers texans colts jaguars chiefs raiders \
     chargers rams dolphins vikings patriots saints giants jets eagles steelers seahawks buccaneers titans \
     commanders diamondbacks braves orioles cubs reds guardians rockies tigers astros royals angels dodgers marlins \
     brewers twins mets yankees athletics phillies pirates padres mariners rays rangers jays nationals ducks coyotes \
     bruins sabres flames hurricanes blackhawks jackets stars wings oilers canadiens predators devils islanders \
     senators flyers penguins sharks blues leafs canucks knights capitals",
);

/// Plurals that follow a place's name without naming a team: parts of the place
/// ("Florida Keys", "Golan Heights"), its events ("London Olympics") and what
/// happens there ("Texas Floods"), lower case.
static NOT_NICKNAMES: crate::lexicon::Words = crate::lexicon::Words::new(
    "islands isles keys heights hills springs falls lakes rapids plains woods gardens highlands lowlands mountains \
     shores sands flats pines estates narrows glades downs fields territories states olympics paralympics games \
     awards championships finals elections floods fires protests riots talks accords agreements news",
);

/// Short forms of countries and bodies that English writes in capitals, with
/// the kind they name (matched exactly: "us" and "Us" are a pronoun).
const SHORT_FORMS: [(&str, EntityKind); 6] = [
    ("US", EntityKind::Location),
    ("USA", EntityKind::Location),
    ("UK", EntityKind::Location),
    ("UAE", EntityKind::Location),
    ("UN", EntityKind::Organization),
    ("EU", EntityKind::Organization),
];

/// Chambers that English names by one capitalised word after "the" ("the
/// Senate", "the House"), as written.
const LEGISLATURES: [&str; 8] = ["Senate", "House", "Congress", "Parliament", "Assembly", "Bundestag", "Knesset", "Duma"];

/// Prepositions before a town named with its state or country.
const PLACE_PREPOSITIONS: [&str; 8] = ["in", "of", "from", "near", "at", "outside", "to", "into"];

fn is_alphabetic(w: &str) -> bool {
    w.chars().all(char::is_alphabetic)
}

fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "”" | "“" | "'" | "’")
}

/// The names these rules find in one sentence of English text. `extra` (the
/// model's lists) adds the world's cities to the places of teams and towns, and
/// its given names and common words to the tests of speakers and teams.
pub fn spans(words: &[&str], lower: &[&str], lists: &Lists, extra: Option<&FeatureLists>) -> Vec<NameSpan> {
    let mut out = teams(words, lower, lists, extra);
    let free = |out: &[NameSpan], a: usize, b: usize| !out.iter().any(|s| s.start < b && a < s.end);
    let found = quoted_speakers(words, lower, lists, extra).into_iter().chain(towns_before_their_state(words, lower, lists));
    let found = found.chain(organisations_of_places(words, lower, lists)).chain(extra.map(|e| towns_after_prepositions(words, lower, lists, e)).unwrap_or_default());
    for s in found {
        if free(&out, s.start, s.end) {
            out.push(s);
        }
    }
    for (i, w) in words.iter().enumerate() {
        let span = if let Some(&(_, kind)) = SHORT_FORMS.iter().find(|(f, _)| f == w) {
            Some((i + 1, kind))
        } else if LEGISLATURES.contains(w) && i > 0 && lower[i - 1] == "the" && words.get(i + 1).is_none_or(|n| !is_cap(n) && *n != "of") {
            // "the Senate voted", "the House is expected": a chamber named by its own word.
            Some((i + 1, EntityKind::Organization))
        } else if *w == "U" && words.get(i + 1) == Some(&".") && matches!(words.get(i + 2), Some(&"S" | &"K")) && words.get(i + 3) == Some(&".") {
            Some((i + 4, EntityKind::Location))
        } else {
            None
        };
        // "US$1 billion" is a sum; "U.S. District Court" a body of the country.
        let Some((end, kind)) = span.filter(|&(end, _)| words.get(end).is_none_or(|w| !w.starts_with('$'))) else { continue };
        let run = if words.get(end).is_some_and(|w| is_cap(w)) { super::names::run_end(words, lower, end, true) } else { end };
        let (end, kind) = if run > end && lists.longest_match(lower, run - 1, Class::OrgTail) == Some(1) { (run, EntityKind::Organization) } else { (end, kind) };
        if free(&out, i, end) {
            out.push(NameSpan { start: i, end, kind, role: None, evidence: Evidence::Trigger });
        }
    }
    out
}

/// Where a team's nickname starts in a name, if the name is a place and a
/// nickname: "Los Angeles Lakers" (at 2), "Minnesota Wild", "Boston Red Sox".
/// The nickname is one or two capitalised words; the last is a plural ("Lakers",
/// "Maple Leafs") or a known singular one ("Wild", "Heat"), and not a part of a
/// place ("Florida Keys") or a people ("Texas Republicans").
pub fn nickname_at(words: &[&str], lower: &[&str], lists: &Lists, extra: Option<&FeatureLists>) -> Option<usize> {
    let place = lists.longest_match(lower, 0, Class::Place).into_iter().chain(extra.and_then(|e| e.city_at(lower, 0))).max()?;
    let nickname = &lower[place.min(lower.len())..];
    if !(1..=2).contains(&nickname.len()) || !words[place..].iter().all(|w| is_cap(w) && is_alphabetic(w)) {
        return None;
    }
    let last = nickname[nickname.len() - 1];
    let named = |w: &str| extra.is_some_and(|e| e.is_name(w));
    let plural = last.len() >= 4
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !NOT_NICKNAMES.contains(last)
        && !lexicon::DEMONYMS.contains(last)
        && !named(lower[0])
        && !named(last);
    let known = (0..nickname.len()).all(|k| lists.matches_at(nickname, k).is_empty());
    ((plural || SINGULAR_NICKNAMES.contains(last) || LEAGUE_NICKNAMES.contains(last)) && known).then_some(place)
}

/// Teams named after their place: a place that opens a capitalised run and a
/// nickname that ends it ([`nickname_at`]).
fn teams(words: &[&str], lower: &[&str], lists: &Lists, extra: Option<&FeatureLists>) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let opens_run = i == 0 || !is_cap(words[i - 1]) || super::names::opens_sentence(words[i - 1]);
        if !is_cap(words[i]) || !opens_run {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < words.len() && end < i + 5 && is_cap(words[end]) && is_alphabetic(words[end]) {
            end += 1;
        }
        if words.get(end).is_some_and(|w| is_cap(w)) {
            i = end.max(i + 1);
            continue;
        }
        // "The" opening the sentence is no part of the team: "The Oklahoma City Thunder".
        let start = if crate::lang::is_stop_word(lower[i], "en") { i + 1 } else { i };
        if end > start + 1 && nickname_at(&words[start..end], &lower[start..end], lists, extra).is_some() {
            out.push(NameSpan { start, end, kind: EntityKind::Organization, role: None, evidence: Evidence::Trigger });
        }
        i = end.max(i + 1);
    }
    out
}

/// The speaker named right after a quote: `"…," Renada Chisholm said` and
/// `"…," said Renada Chisholm.`: two or three capitalised words that no list
/// knows, before a speech verb or after one and before the sentence goes on.
fn quoted_speakers(words: &[&str], lower: &[&str], lists: &Lists, extra: Option<&FeatureLists>) -> Vec<NameSpan> {
    // A common English word that is no known name makes the words a body's name:
    // '"...," Kotak Institutional Equities said'.
    let common = |w: &str| extra.is_some_and(|e| e.is_english_word(w) && !e.is_name(w));
    let name_end = |from: usize| {
        let mut k = from;
        while k < words.len() && k < from + 3 && is_cap(words[k]) && is_alphabetic(words[k]) && words[k].chars().any(char::is_lowercase) {
            let listed = !lists.matches_at(lower, k).is_empty() || common(lower[k]);
            let function = crate::lang::is_stop_word(lower[k], "en") || lexicon::NOT_NAMES.contains(lower[k]);
            if listed || function || lexicon::DEMONYMS.contains(lower[k]) {
                return from;
            }
            k += 1;
        }
        k
    };
    let mut out = Vec::new();
    for i in 1..words.len() {
        if i < 2 || !is_quote_mark(words[i - 1]) || !matches!(words[i - 2], "," | "?" | "!" | "." | "—") {
            continue;
        }
        let verb_first = VERBS_BEFORE_SPEAKER.contains(lower[i]);
        let from = if verb_first { i + 1 } else { i };
        let end = name_end(from);
        if end < from + 2 || words.get(end).is_some_and(|w| is_cap(w)) {
            continue;
        }
        let closes = if verb_first { words.get(end).is_none_or(|w| matches!(*w, "," | "." | ";")) || lower[end] == "who" } else { words.get(end).is_some_and(|_| VERBS_AFTER_SPEAKER.contains(lower[end])) };
        if closes {
            out.push(NameSpan { start: from, end, kind: EntityKind::Person, role: None, evidence: Evidence::Trigger });
        }
    }
    out
}

/// An organisation named with a head word and "of" before its place or field:
/// "the Economic Club of New York", "American University of Kabul", "Museum of
/// Modern Art" (the tagger takes only the place: "New York", "Kabul").
fn organisations_of_places(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_cap(words[i]) || (i > 0 && is_cap(words[i - 1])) {
            i += 1;
            continue;
        }
        let start = if crate::lang::is_stop_word(lower[i], "en") { i + 1 } else { i };
        let end = super::names::run_end(words, lower, start, true);
        let of = (start + 1..end.saturating_sub(1)).find(|&k| lower[k] == "of" && lists.longest_match(lower, k - 1, Class::OrgTail) == Some(1));
        if of.is_some() {
            out.push(NameSpan { start, end, kind: EntityKind::Organization, role: None, evidence: Evidence::Trigger });
        }
        i = end.max(i + 1);
    }
    out
}

/// The role inside a person's name as the tagger gave it in English: a title
/// in lower case capitalised where it opens the sentence ("Defenseman Jonas
/// Brodin scored"), or a title after the office's words ("BVI Deputy Premier
/// Natalio Wheatley"). Two words at least stay the name.
pub fn role_inside(lower: &[&str], lists: &Lists, s: &mut NameSpan) {
    if s.kind != EntityKind::Person || s.role.is_some() || s.end < s.start + 3 {
        return;
    }
    let title_end = |k: usize| {
        if lexicon::LOWER_CASE_TITLES.contains(lower[k]) {
            return Some(k + 1);
        }
        (s.start..=k).find(|&j| lists.longest_match(lower, j, Class::Title) == Some(k + 1 - j)).map(|_| k + 1)
    };
    // The first word, or the last title after other words of the office.
    let end = (s.start + 1..s.end - 2).rev().find_map(title_end).or_else(|| lexicon::LOWER_CASE_TITLES.contains(lower[s.start]).then_some(s.start + 1));
    if let Some(end) = end {
        s.role = Some((s.start, end));
        s.start = end;
    }
}

/// Towns the model's list of cities knows, written alone after a preposition of
/// place, or after such a town and "and" or a comma: "Officials in Charlotte and
/// Durham", "crews from Reno". A town that is also a given name is taken after
/// "in", "near" and "outside" only ("a letter from Jackson" may be a person's),
/// and none before a possessive or another capitalised word.
fn towns_after_prepositions(words: &[&str], lower: &[&str], lists: &Lists, extra: &FeatureLists) -> Vec<NameSpan> {
    let mut out: Vec<NameSpan> = Vec::new();
    for i in 1..words.len() {
        let after_town = out.last().is_some_and(|t| t.end + 1 == i) && matches!(words[i - 1], "and" | "," | "or");
        let strong = matches!(words[i - 1], "in" | "near" | "outside") || after_town;
        if !(strong || matches!(words[i - 1], "from" | "to" | "across" | "around")) || !is_cap(words[i]) {
            continue;
        }
        let Some(n) = extra.city_at(lower, i) else { continue };
        let next_free = words.get(i + n).is_none_or(|w| !is_cap(w) && !matches!(*w, "'" | "’"));
        let named = n == 1 && extra.is_name(lower[i]);
        if next_free && (strong || !named) && lists.matches_at(lower, i).iter().all(|&(_, c)| c == Class::Place) {
            out.push(NameSpan { start: i, end: i + n, kind: EntityKind::Location, role: None, evidence: Evidence::Trigger });
        }
    }
    out
}

/// A town written before its state or country, after a preposition: "in
/// Johnstown, Pennsylvania", "of Torrance, California", "near Kuta, Bali".
fn towns_before_their_state(words: &[&str], lower: &[&str], lists: &Lists) -> Vec<NameSpan> {
    let mut out = Vec::new();
    for i in 1..words.len() {
        if !PLACE_PREPOSITIONS.contains(&words[i - 1]) || !is_cap(words[i]) {
            continue;
        }
        let mut comma = i;
        while comma < words.len() && comma < i + 3 && is_cap(words[comma]) && is_alphabetic(words[comma]) && lists.matches_at(lower, comma).is_empty() {
            comma += 1;
        }
        if comma == i || words.get(comma) != Some(&",") || (i..comma).any(|k| crate::lang::is_stop_word(lower[k], "en")) {
            continue;
        }
        let Some(n) = lists.longest_match(lower, comma + 1, Class::Place) else { continue };
        if words.get(comma + 1 + n).is_none_or(|w| !is_cap(w)) {
            out.push(NameSpan { start: i, end: comma, kind: EntityKind::Location, role: None, evidence: Evidence::Trigger });
        }
    }
    out
}

/// Splits a name at "and" where it joins two names: a person's name never
/// holds one ("Myles Garrett and Mike Tomlin"), two names ending with the same
/// word are two ("Election Day and Labor Day"), and so are names joined by "and
/// the" ("USA Today and the New York Daily News"); "Bosnia and Herzegovina"
/// and "Department of Health and Human Services" stay whole.
pub fn split_at_and(words: &[&str], lower: &[&str], s: NameSpan) -> Vec<NameSpan> {
    let Some(and) = (s.start + 1..s.end.saturating_sub(1)).find(|&k| lower[k] == "and") else { return vec![s] };
    let same_end = lower[and - 1] == lower[s.end - 1];
    // "USA Today and the New York Daily News": "the" opens the second name.
    let the = usize::from(words[and + 1] == "the" && and + 2 < s.end);
    if !(s.kind == EntityKind::Person || same_end || the == 1) || !is_cap(words[and + 1 + the]) {
        return vec![s];
    }
    let first = NameSpan { end: and, ..s.clone() };
    let second = NameSpan { start: and + 1 + the, role: None, ..s };
    let mut out = split_at_and(words, lower, first);
    out.extend(split_at_and(words, lower, second));
    out
}

/// Second names English gives a person it has just named: "Joaquín Guzmán,
/// known as El Chapo", "Dwayne Johnson, better known as The Rock", "Marshall
/// Mathers (aka Eminem)", "Ronald Smith, nicknamed \"Big Ron\"". Each is the
/// index of the comma or parenthesis after the person's name, and the span of
/// the other name: up to three capitalised words, closed by anything but
/// another capitalised word. Whether a person stands before it is for the
/// caller to say ("the law, known as Obamacare" names no one).
pub fn known_as(words: &[&str], lower: &[&str]) -> Vec<(usize, (usize, usize))> {
    let mut out = Vec::new();
    for k in 1..words.len() {
        if !matches!(words[k], "," | "(") {
            continue;
        }
        let mut j = k + 1;
        if lower.get(j).is_some_and(|w| matches!(*w, "also" | "better" | "popularly" | "widely" | "commonly")) {
            j += 1;
        }
        j = match (lower.get(j).copied(), lower.get(j + 1).copied()) {
            (Some("known"), Some("as")) => j + 2,
            (Some("nicknamed" | "aka"), _) => j + 1,
            _ => continue,
        };
        if words.get(j).is_some_and(|w| is_quote_mark(w)) {
            j += 1;
        }
        let most = words.len().min(j + 3);
        let end = (j..most).find(|&e| !(is_cap(words[e]) && words[e].chars().any(char::is_alphabetic))).unwrap_or(most);
        if end > j && words.get(end).is_none_or(|w| !is_cap(w)) {
            out.push((k, (j, end)));
        }
    }
    out
}

/// The kind an English name's own last word gives it: a holiday is a day, not
/// an organisation or a place ("Election Day", "Labor Day", "Boxing Day").
pub fn holiday(words: &[&str], s: &NameSpan) -> bool {
    matches!(s.kind, EntityKind::Organization | EntityKind::Location) && s.end > s.start + 1 && words[s.end - 1] == "Day"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::LISTS;

    fn found(sentence: &str) -> Vec<(String, EntityKind)> {
        let tokens = crate::entities::text::tokenize(sentence);
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let mut buf = String::new();
        let lower = crate::entities::text::lower_words(&words, &mut buf);
        let mut out: Vec<(usize, String, EntityKind)> =
            spans(&words, &lower, &LISTS, None).into_iter().map(|s| (s.start, sentence[tokens[s.start].start..tokens[s.end - 1].end].to_string(), s.kind)).collect();
        out.sort();
        out.into_iter().map(|(_, t, k)| (t, k)).collect()
    }

    fn names(found: &[(String, EntityKind)], kind: EntityKind) -> Vec<&str> {
        found.iter().filter(|(_, k)| *k == kind).map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn second_names_after_known_as() {
        let other = |sentence: &str| {
            let tokens = crate::entities::text::tokenize(sentence);
            let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
            let mut buf = String::new();
            let lower = crate::entities::text::lower_words(&words, &mut buf);
            known_as(&words, &lower).into_iter().map(|(at, (a, b))| (words[at - 1].to_string(), sentence[tokens[a].start..tokens[b - 1].end].to_string())).collect::<Vec<_>>()
        };
        let pair = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        assert_eq!(other("Joaquín Guzmán, known as El Chapo, was extradited."), pair("Guzmán", "El Chapo"));
        assert_eq!(other("Dwayne Johnson, better known as The Rock, said so."), pair("Johnson", "The Rock"));
        assert_eq!(other("Marshall Mathers (aka Eminem) performed."), pair("Mathers", "Eminem"));
        assert_eq!(other("Ronald Smith, nicknamed “Big Ron”, retired."), pair("Smith", "Big Ron"));
        // Lower case after the words, or a longer name than a second name runs to, is none.
        assert!(other("The law, known as the reform, passed.").is_empty());
        assert!(other("He is known as El Chapo.").is_empty());
        assert!(other("Smith, known as Big Ron Paul Jones Senior").is_empty());
    }

    #[test]
    fn teams_are_named_after_their_place() {
        let f = found("Anthony Davis scored 30 as the Los Angeles Lakers beat the Minnesota Wild and the Chicago White Sox lost to the Texas Rangers.");
        assert_eq!(names(&f, EntityKind::Organization), ["Los Angeles Lakers", "Minnesota Wild", "Chicago White Sox", "Texas Rangers"]);
        // Parts of places, a people and a place alone are no teams.
        let f = found("Boats left the Florida Keys for the Golan Heights while Texas Republicans met in Chicago-Nord.");
        assert!(names(&f, EntityKind::Organization).is_empty(), "{f:?}");
        let lakers = ["Los", "Angeles", "Lakers"];
        assert_eq!(nickname_at(&lakers, &["los", "angeles", "lakers"], &LISTS, None), Some(2));
        assert_eq!(nickname_at(&["Texas", "Democrats"], &["texas", "democrats"], &LISTS, None), None);
    }

    #[test]
    fn chambers_named_by_one_word() {
        let f = found("The Senate voted on Tuesday and the House is expected to follow, as the House of Commons did.");
        assert_eq!(names(&f, EntityKind::Organization), ["Senate", "House"]);
        // Not in a longer name, nor without "the", nor as a part of a building.
        let f = found("House prices rose near the Opera House and the House Judiciary Committee met.");
        assert!(names(&f, EntityKind::Organization).is_empty(), "{f:?}");
    }

    #[test]
    fn a_speaker_after_a_quote_is_a_person() {
        let f = found("\"We will keep fighting,\" Renada Chisholm said.");
        assert_eq!(names(&f, EntityKind::Person), ["Renada Chisholm"]);
        let f = found("\"It is over,\" said Renada Chisholm, who led the march.");
        assert_eq!(names(&f, EntityKind::Person), ["Renada Chisholm"]);
        // One word, a listed name or a name running on is not taken.
        assert!(names(&found("\"No,\" Chisholm said."), EntityKind::Person).is_empty());
        assert!(names(&found("\"No,\" White House officials said."), EntityKind::Person).is_empty());
        assert!(names(&found("Renada Chisholm said no."), EntityKind::Person).is_empty());
    }

    #[test]
    fn short_forms_and_towns_before_their_state() {
        let f = found("The US and the UK met at the UN, and the U.S. said officials in Johnstown, Pennsylvania, agreed.");
        assert_eq!(names(&f, EntityKind::Location), ["US", "UK", "U.S.", "Johnstown"]);
        assert_eq!(names(&f, EntityKind::Organization), ["UN"]);
        let f = found("Microsoft will invest US$1 billion, the U.S. District Court said.");
        assert_eq!(f, [("U.S. District Court".to_string(), EntityKind::Organization)]);
        // "us" is a pronoun; a town needs its preposition and its state.
        let f = found("Give us a call. Johnstown, Pennsylvania is far. We met in Johnstown, Mark said.");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn an_organisation_of_a_place_is_named_whole() {
        let f = found("He spoke at the Economic Club of New York before students of the American University of Kabul.");
        assert_eq!(names(&f, EntityKind::Organization), ["Economic Club of New York", "American University of Kabul"]);
        // Without a head word before "of" there is none: "the Gulf of Mexico", "Secretary of State".
        assert!(names(&found("Ships in the Gulf of Mexico met the Secretary of State."), EntityKind::Organization).is_empty());
    }

    #[test]
    fn a_title_inside_a_persons_name_is_the_role() {
        let role = |sentence: &str| {
            let words: Vec<&str> = sentence.split(' ').collect();
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            let mut s = NameSpan { start: 0, end: words.len(), kind: EntityKind::Person, role: None, evidence: Evidence::Model };
            role_inside(&lower, &LISTS, &mut s);
            (s.role.map(|(a, b)| words[a..b].join(" ")), words[s.start..s.end].join(" "))
        };
        assert_eq!(role("BVI Deputy Premier Natalio Wheatley"), (Some("BVI Deputy Premier".into()), "Natalio Wheatley".into()));
        assert_eq!(role("Defenseman Jonas Brodin"), (Some("Defenseman".into()), "Jonas Brodin".into()));
        // A name keeps two words, and a title that is a given name first stays in it.
        assert_eq!(role("Martin Luther King"), (None, "Martin Luther King".into()));
        assert_eq!(role("Dean Andrew Smith"), (None, "Dean Andrew Smith".into()));
    }

    #[test]
    fn a_listed_town_after_a_preposition_is_a_place() {
        let cities = FeatureLists::from_sources("Jackson\tgiven\nCharlotte\tgiven\n", "", "Charlotte\nDurham\nReno\nJackson\nSan Diego\n");
        let towns = |sentence: &str| {
            let tokens = crate::entities::text::tokenize(sentence);
            let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
            let mut buf = String::new();
            let lower = crate::entities::text::lower_words(&words, &mut buf);
            towns_after_prepositions(&words, &lower, &LISTS, &cities).iter().map(|s| words[s.start..s.end].join(" ")).collect::<Vec<_>>()
        };
        assert_eq!(towns("Officials in Charlotte and Durham said crews from Reno and San Diego helped."), ["Charlotte", "Durham", "Reno", "San Diego"]);
        // A town that is a given name only after "in"; none before a possessive or a name.
        assert!(towns("A letter from Jackson came, and in Charlotte's view from Reno Smith none.").is_empty());
    }

    #[test]
    fn and_splits_people_and_names_ending_alike() {
        let split = |sentence: &str, kind: EntityKind| {
            let words: Vec<&str> = sentence.split(' ').collect();
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            let s = NameSpan { start: 0, end: words.len(), kind, role: None, evidence: Evidence::Model };
            split_at_and(&words, &lower, s).iter().map(|s| words[s.start..s.end].join(" ")).collect::<Vec<_>>()
        };
        assert_eq!(split("Myles Garrett and Mike Tomlin", EntityKind::Person), ["Myles Garrett", "Mike Tomlin"]);
        assert_eq!(split("Election Day and Labor Day", EntityKind::Organization), ["Election Day", "Labor Day"]);
        assert_eq!(split("USA Today and the New York Daily News", EntityKind::Organization), ["USA Today", "New York Daily News"]);
        assert_eq!(split("Bosnia and Herzegovina", EntityKind::Location), ["Bosnia and Herzegovina"]);
        assert_eq!(split("Department of Health and Human Services", EntityKind::Organization), ["Department of Health and Human Services"]);
    }
}
