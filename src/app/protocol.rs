//! The messages between the page and its parsing worker, and the worker's work.
//!
//! Parsing runs in a Web Worker so that a 10 MB paste never freezes the page.
//! This module is plain Rust: `browser` turns these types into JavaScript
//! messages and back, and [`work`] is what the worker does with a request,
//! testable natively like any function.

use crate::batch::{self, Record};
use crate::model::{Article, Label};
use crate::Options;

/// Articles with more lines than this reach the page with only their first
/// lines: reading a 10 MB page's full JSON (every line with its rule, about
/// 20 MB) would hold the page's thread for a second. The download keeps all.
pub const PREVIEW_LINES: usize = 3000;

/// The article the page shows when its lines were cut to [`PREVIEW_LINES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The article's JSON with only its first lines.
    pub json: String,
    /// How many lines the whole article has.
    pub lines: u32,
    /// How many of them are not body lines.
    pub removed: u32,
}

/// The preview of a long article; `None` when the whole article is small enough.
pub fn preview(mut article: Article) -> Option<Preview> {
    if article.lines.len() <= PREVIEW_LINES {
        return None;
    }
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let lines = count(article.lines.len());
    let removed = count(article.lines.iter().filter(|l| l.label != Label::Body).count());
    article.lines.truncate(PREVIEW_LINES);
    Some(Preview { json: crate::to_json(&article, false), lines, removed })
}

/// What the page asks the worker to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// The text in the input area: one article.
    Article,
    /// One file of a batch, already decoded to text; the name becomes its id.
    File { name: String },
    /// A JSON Lines file of `{"id", "text"}` records.
    Jsonl,
}

/// A request: a job, its text, and an id the replies carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: u32,
    pub job: Job,
    pub text: String,
}

/// One batch record, parsed or failed, as the worker reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordReply {
    /// Position of the record within its request, from 0.
    pub index: u32,
    /// How many records the request holds.
    pub total: u32,
    /// The record's id (file name, `id` field or `line N`).
    pub record_id: String,
    /// The article as `kliping parse` prints it, or why the record failed.
    pub outcome: Result<String, String>,
    /// The record's output line, as `kliping batch` writes it.
    pub line: String,
}

/// What the worker sends back.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The worker has loaded and takes requests. `model` says whether the
    /// entity model came too (its size in bytes), or why not: without it the
    /// page still parses, and finds names by rules only.
    Ready { model: Result<u32, String> },
    /// The article of an [`Job::Article`] request: its JSON (the bytes
    /// `kliping parse` prints), or the parse error's message; and, for a long
    /// article, the shorter [`Preview`] to show.
    Article { id: u32, outcome: Result<String, String>, preview: Option<Preview>, millis: f64 },
    /// One record of a [`Job::File`] or [`Job::Jsonl`] request.
    Record { id: u32, record: RecordReply },
}

/// Does one request, sending each reply through `post` as soon as it is ready
/// (a JSON Lines batch reports every record, so the page can show progress).
/// `now` reads a clock in milliseconds, to time the parse. With the entity
/// model in `options`, the JSON is the bytes `kliping parse` prints.
pub fn work(request: Request, options: &Options, now: &dyn Fn() -> f64, post: &mut dyn FnMut(Reply)) {
    let id = request.id;
    match request.job {
        Job::Article => {
            let start = now();
            let parsed = crate::parse(&request.text, options);
            let millis = now() - start;
            let (outcome, preview) = match parsed {
                Ok(article) => (Ok(crate::to_json(&article, false)), preview(article)),
                Err(e) => (Err(e.to_string()), None),
            };
            post(Reply::Article { id, outcome, preview, millis });
        }
        Job::File { name } => {
            let record = Record { id: name, text: Ok(request.text) };
            post(Reply::Record { id, record: parse_record(&record, 0, 1, options) });
        }
        Job::Jsonl => {
            let lines: Vec<(usize, &[u8])> = batch::jsonl_lines(request.text.as_bytes()).collect();
            let total = u32::try_from(lines.len()).unwrap_or(u32::MAX);
            for (index, (number, line)) in (0..total).zip(lines) {
                let record = batch::jsonl_record(line, number);
                post(Reply::Record { id, record: parse_record(&record, index, total, options) });
            }
        }
    }
}

fn parse_record(record: &Record, index: u32, total: u32, options: &Options) -> RecordReply {
    let parsed = batch::parse_record(record, options);
    let line = batch::record_line(&parsed);
    let outcome = match (&parsed.article, &parsed.error) {
        (Some(article), _) => Ok(crate::to_json(article, false)),
        (None, error) => Err(error.clone().unwrap_or_default()),
    };
    RecordReply { index, total, record_id: parsed.id, outcome, line }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../examples/id-validnews-tppo/raw.txt");

    fn run(job: Job, text: &str) -> Vec<Reply> {
        let mut replies = Vec::new();
        work(Request { id: 7, job, text: text.to_string() }, &Options::default(), &|| 1.5, &mut |r| replies.push(r));
        replies
    }

    #[test]
    fn an_article_reply_carries_the_cli_bytes() {
        let replies = run(Job::Article, SEED);
        let expected = crate::to_json(&crate::parse(SEED, &Options::default()).expect("parses"), false);
        assert_eq!(replies, vec![Reply::Article { id: 7, outcome: Ok(expected), preview: None, millis: 0.0 }]);
    }

    #[test]
    fn a_long_article_comes_with_a_preview_of_its_first_lines() {
        let long = SEED.repeat(PREVIEW_LINES / 20);
        let article = crate::parse(&long, &Options::default()).expect("parses");
        assert!(article.lines.len() > PREVIEW_LINES, "{} lines", article.lines.len());
        let replies = run(Job::Article, &long);
        let Some(Reply::Article { outcome: Ok(json), preview: Some(p), .. }) = replies.first() else { panic!("no preview") };
        assert_eq!(json, &crate::to_json(&article, false), "the download keeps every line");
        let shown: Article = serde_json::from_str(&p.json).expect("the preview is an article");
        assert_eq!(shown.lines, article.lines[..PREVIEW_LINES]);
        assert_eq!(p.lines as usize, article.lines.len());
        assert_eq!(p.removed as usize, article.lines.iter().filter(|l| l.label != Label::Body).count());
        assert_eq!((shown.title, shown.paragraphs), (article.title, article.paragraphs));
    }

    #[test]
    fn a_parse_error_is_a_message() {
        let replies = run(Job::Article, " \n ");
        let Some(Reply::Article { outcome: Err(message), .. }) = replies.first() else { panic!("{replies:?}") };
        assert_eq!(message, &crate::ParseError::Empty.to_string());
    }

    #[test]
    fn a_jsonl_batch_reports_every_record_in_order() {
        let input = format!("{}\n\nnot json\n{{\"text\": \"\"}}\n", serde_json::json!({"id": "seed", "text": SEED}));
        let replies = run(Job::Jsonl, &input);
        let records: Vec<&RecordReply> = replies
            .iter()
            .map(|r| match r {
                Reply::Record { id: 7, record } => record,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(records.iter().map(|r| (r.index, r.total, r.record_id.as_str())).collect::<Vec<_>>(), vec![
            (0, 3, "seed"),
            (1, 3, "line 3"),
            (2, 3, "line 4")
        ]);
        assert!(records[0].outcome.is_ok());
        assert!(records[0].line.starts_with(r#"{"id":"seed","status":"ok","article":{"#));
        assert!(records[1].outcome.as_ref().is_err_and(|e| e.starts_with("line 3 is not valid JSON")));
        assert!(records[2].line.contains(r#""status":"failed""#));
    }

    #[test]
    fn a_file_is_one_record_named_after_the_file() {
        let replies = run(Job::File { name: "berita.txt".into() }, SEED);
        let [Reply::Record { record, .. }] = replies.as_slice() else { panic!("{replies:?}") };
        assert_eq!((record.index, record.total, record.record_id.as_str()), (0, 1, "berita.txt"));
        let article = crate::parse(SEED, &Options::default()).expect("parses");
        assert_eq!(record.outcome, Ok(crate::to_json(&article, false)));
    }
}
