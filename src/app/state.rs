//! The page's state and the one function that changes it.
//!
//! Every change is an [`Action`] applied by [`State::apply`], a plain function
//! over plain types: the components only render a [`State`] and dispatch
//! actions, and the effects (timers, the worker, storage) are driven by what
//! the state asks for ([`State::wanted`], [`State::edits`]).

use super::i18n::{Lang, Text, tr};
use super::protocol::{Job, Preview, RecordReply, Reply};
use crate::batch;
use crate::model::{Article, BatchRecord, BatchStatus};
use std::rc::Rc;

/// The seed article, embedded so that "Try the sample" works offline.
pub const SAMPLE: &str = include_str!("../../examples/id-validnews-tppo/raw.txt");

/// How many paragraphs or lines are drawn at first, and added by "Show more":
/// drawing a 10 MB page's hundred thousand lines at once would freeze it.
pub const SHOWN_STEP: usize = 300;

/// Inputs longer than this stay out of the text box: the browser takes seconds
/// to lay out a megabyte of text in a `<textarea>`, and the page would freeze.
pub const EDITOR_MAX_BYTES: usize = 256 * 1024;

/// Whether the input is shown as a summary rather than in the text box.
pub fn too_large_for_editor(input: &str) -> bool {
    input.len() > EDITOR_MAX_BYTES
}

/// Replaces the `start..end` selection of `value`, counted in UTF-16 code units
/// as the browser counts it, by `insert`. Out-of-range positions are clamped.
pub fn splice_utf16(value: &str, start: u32, end: u32, insert: &str) -> String {
    let byte_at = |unit: u32| {
        let mut units = 0u32;
        for (i, c) in value.char_indices() {
            if units >= unit {
                return i;
            }
            units += u32::try_from(c.len_utf16()).unwrap_or(2);
        }
        value.len()
    };
    let (start, end) = (byte_at(start.min(end)), byte_at(end.max(start)));
    [&value[..start], insert, &value[end..]].concat()
}

/// A parsed article and the exact JSON the worker produced for it.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The article shown: for long ones, only the first lines (see [`Preview`]).
    pub article: Article,
    /// How many lines the whole article has.
    pub lines: usize,
    /// How many of them were removed from the body.
    pub removed: usize,
    /// `kliping::to_json(&article, false)`: what "Download JSON" saves.
    pub json: String,
    /// How long the parse took in the worker, for single articles.
    pub millis: Option<f64>,
}

/// The JSON says everything about the article, so equal JSON is an equal
/// article; and the same value is equal without looking (components compare
/// their properties on every render, and a 10 MB page has a 20 MB JSON).
impl PartialEq for Parsed {
    fn eq(&self, other: &Parsed) -> bool {
        std::ptr::eq(self, other) || (self.millis == other.millis && self.json == other.json)
    }
}

impl Parsed {
    /// Reads the worker's JSON (or the preview's, when there is one) back
    /// into an article for display.
    pub fn from_json(json: String, preview: Option<Preview>, millis: Option<f64>) -> Result<Parsed, String> {
        let shown = preview.as_ref().map_or(json.as_str(), |p| p.json.as_str());
        let article = serde_json::from_str::<Article>(shown)
            .map_err(|e| format!("internal error: the parser's JSON could not be read back ({e})"))?;
        let (lines, removed) = match &preview {
            Some(p) => (p.lines as usize, p.removed as usize),
            None => (article.lines.len(), article.lines.iter().filter(|l| l.label != crate::model::Label::Body).count()),
        };
        Ok(Parsed { article, lines, removed, json, millis })
    }
}

/// Which view of the result is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The reader view and the metadata.
    #[default]
    Article,
    /// Every removed line with its label and rule.
    Removed,
}

/// Whether the input survives a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Storage {
    /// Not tried yet.
    #[default]
    Unknown,
    /// Kept in local storage.
    Saved,
    /// The browser refuses local storage here.
    Unavailable,
    /// The input is too large for the storage quota.
    Full,
}

/// A short message about the last action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Copied,
    Downloaded(String),
    Failed(String),
}

/// A parse the state asks for. `ticket` changes with every request, so asking
/// twice for the same input still parses twice (Ctrl+Enter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wanted {
    pub ticket: u64,
    /// Parse at once (a button, a file, the sample) rather than after typing pauses.
    pub immediate: bool,
}

/// One entry of a batch.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchItem {
    /// The worker request it came from (0 for files that failed before parsing).
    pub request: u32,
    /// Its position within the request.
    pub index: u32,
    /// File name or record id.
    pub name: String,
    pub status: ItemStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ItemStatus {
    Waiting,
    Parsed { parsed: Rc<Parsed>, line: Rc<str> },
    Failed { error: String, line: Rc<str> },
}

/// Several files, or the records of JSON Lines files, parsed one by one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Batch {
    pub items: Vec<BatchItem>,
    /// The item whose article is shown.
    pub open: Option<usize>,
}

impl Batch {
    /// Items finished (parsed or failed), and all items.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.items.iter().filter(|i| !matches!(i.status, ItemStatus::Waiting)).count();
        (done, self.items.len())
    }

    /// The finished records as `kliping batch` would write them, in order.
    pub fn jsonl(&self) -> String {
        let mut out = String::new();
        for item in &self.items {
            if let ItemStatus::Parsed { line, .. } | ItemStatus::Failed { line, .. } = &item.status {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub lang: Lang,
    /// The input area's text, untouched by parsing.
    pub input: Rc<str>,
    /// Counts changes of the input, so it is saved once typing pauses.
    pub edits: u64,
    pub storage: Storage,
    /// The parse the page should start, if any.
    pub wanted: Option<Wanted>,
    /// Parses asked for so far: the source of [`Wanted::ticket`].
    pub asked: u64,
    /// The request whose article is awaited.
    pub pending: Option<u32>,
    /// Parses finished so far (shown to tests as `data-count`).
    pub parses: u64,
    /// The last parse: its article, or the error shown beside the input.
    pub outcome: Option<Result<Rc<Parsed>, String>>,
    pub view: View,
    /// Show kept lines among the removed ones.
    pub show_kept: bool,
    /// How many paragraphs or lines are drawn.
    pub shown: usize,
    pub batch: Option<Batch>,
    pub notice: Option<Notice>,
    /// Why the parsing worker could not run.
    pub worker_error: Option<String>,
    /// The entity whose mentions are marked as selected (index into the shown
    /// article's entities).
    pub selected: Option<usize>,
    /// The entity model: `None` while the worker loads it, then its size in
    /// bytes or why it did not load.
    pub model: Option<Result<u32, String>>,
}

/// Everything that can happen to the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// The person typed or pasted.
    Edit(String),
    LoadSample,
    /// A single file was opened; its text replaces the input.
    Loaded(String),
    /// Ctrl+Enter or the button.
    ParseNow,
    Clear,
    /// The input was sent to the worker as this request.
    Sent(u32),
    Replied(Reply),
    /// A batch file went to the worker as this request.
    BatchQueued { request: u32, name: String },
    /// A batch file failed before parsing (unreadable, too large, wrong type).
    BatchFileFailed { name: String, error: String },
    OpenItem(Option<usize>),
    CloseBatch,
    SetView(View),
    ToggleKept,
    ShowMore,
    /// An entity of the list was picked (again: unpicked); its first mention in
    /// the body is in this paragraph, which is then drawn.
    SelectEntity { entity: usize, paragraph: Option<usize> },
    Storage(Storage),
    Notice(Option<Notice>),
    WorkerFailed(String),
}

impl State {
    /// The state at start: the saved input, if any, parsed at once.
    pub fn new(lang: Lang, saved_input: Option<String>, storage: Storage) -> State {
        let mut state = State { lang, storage, shown: SHOWN_STEP, ..State::default() };
        if let Some(input) = saved_input.filter(|s| !s.trim().is_empty()) {
            state.input = input.into();
            state.want(true);
        }
        state
    }

    /// The article being shown: the open batch item's, or the input's.
    pub fn shown_article(&self) -> Option<&Rc<Parsed>> {
        if let Some(batch) = &self.batch {
            let item = batch.open.and_then(|i| batch.items.get(i))?;
            return match &item.status {
                ItemStatus::Parsed { parsed, .. } => Some(parsed),
                _ => None,
            };
        }
        self.outcome.as_ref()?.as_ref().ok()
    }

    /// The parse error to show beside the input.
    pub fn error(&self) -> Option<&str> {
        self.outcome.as_ref()?.as_ref().err().map(String::as_str)
    }

    /// Applies an action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::Edit(text) => self.set_input(text.into(), false),
            Action::LoadSample => {
                self.batch = None;
                self.set_input(SAMPLE.into(), true);
            }
            Action::Loaded(text) => {
                self.batch = None;
                self.set_input(text.into(), true);
            }
            Action::ParseNow => {
                self.batch = None;
                if !self.input.trim().is_empty() {
                    self.want(true);
                }
            }
            Action::Clear => {
                self.batch = None;
                self.set_input("".into(), true);
            }
            Action::Sent(request) => {
                self.wanted = None;
                self.pending = Some(request);
            }
            Action::Replied(reply) => self.replied(reply),
            Action::BatchQueued { request, name } => {
                let batch = self.batch.get_or_insert_with(Batch::default);
                batch.items.push(BatchItem { request, index: 0, name, status: ItemStatus::Waiting });
            }
            Action::BatchFileFailed { name, error } => {
                let record = BatchRecord { id: name.clone(), status: BatchStatus::Failed, article: None, error: Some(error.clone()) };
                let line = batch::record_line(&record).into();
                let batch = self.batch.get_or_insert_with(Batch::default);
                batch.items.push(BatchItem { request: 0, index: 0, name, status: ItemStatus::Failed { error, line } });
            }
            Action::OpenItem(open) => {
                if let Some(batch) = &mut self.batch {
                    batch.open = open.filter(|&i| i < batch.items.len());
                    self.shown = SHOWN_STEP;
                    self.selected = None;
                }
            }
            Action::CloseBatch => self.batch = None,
            Action::SetView(view) => {
                self.view = view;
                self.shown = SHOWN_STEP;
            }
            Action::ToggleKept => self.show_kept = !self.show_kept,
            Action::ShowMore => self.shown = self.shown.saturating_add(SHOWN_STEP),
            Action::SelectEntity { entity, paragraph } => {
                self.selected = (self.selected != Some(entity)).then_some(entity);
                if let Some(p) = paragraph.filter(|_| self.selected.is_some()) {
                    self.shown = self.shown.max(p.saturating_add(1));
                }
            }
            Action::Storage(storage) => self.storage = storage,
            Action::Notice(notice) => self.notice = notice,
            Action::WorkerFailed(error) => {
                self.worker_error = Some(error);
                self.pending = None;
            }
        }
    }

    fn set_input(&mut self, input: Rc<str>, immediate: bool) {
        self.input = input;
        self.edits += 1;
        if self.input.trim().is_empty() {
            self.wanted = None;
            self.pending = None;
            self.outcome = None;
        } else {
            self.want(immediate);
        }
    }

    fn want(&mut self, immediate: bool) {
        self.asked += 1;
        self.wanted = Some(Wanted { ticket: self.asked, immediate });
    }

    fn replied(&mut self, reply: Reply) {
        match reply {
            Reply::Ready { model } => self.model = Some(model),
            Reply::Article { id, outcome, preview, millis } => {
                // A reply to an older request is stale: the input has changed since.
                if self.pending != Some(id) {
                    return;
                }
                self.pending = None;
                self.parses += 1;
                self.shown = SHOWN_STEP;
                self.outcome = Some(outcome.and_then(|json| Parsed::from_json(json, preview, Some(millis))).map(Rc::new));
                self.selected = None;
            }
            Reply::Record { id, record } => {
                if let Some(batch) = &mut self.batch {
                    batch_record(batch, id, record);
                }
            }
        }
    }
}

/// The largest JSON Lines file the page reads: each record still has the
/// parser's own limit.
pub const MAX_JSONL_BYTES: usize = 20 * crate::DEFAULT_MAX_BYTES;

/// What to do with one opened or dropped file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilePlan {
    /// A single page: its text becomes the input.
    Input { name: String, text: String },
    /// Parse it as part of a batch.
    Batch { name: String, job: Job, text: String },
    /// It cannot be read; the message says why.
    Failed { name: String, error: String },
}

/// Decides what opened files become: one `.txt`/`.html` file is loaded into
/// the input; several files, or any `.jsonl`, make a batch.
pub fn plan_files(files: Vec<(String, Result<Vec<u8>, String>)>, lang: Lang) -> Vec<FilePlan> {
    let single = files.len() == 1;
    files
        .into_iter()
        .map(|(name, bytes)| {
            let lower = name.to_lowercase();
            let jsonl = lower.ends_with(".jsonl");
            if !jsonl && ![".txt", ".html", ".htm"].iter().any(|ext| lower.ends_with(ext)) {
                return FilePlan::Failed { error: tr(lang, Text::UnsupportedFile).to_string(), name };
            }
            let limit = if jsonl { MAX_JSONL_BYTES } else { crate::DEFAULT_MAX_BYTES };
            let text = bytes.and_then(|b| batch::file_text(&b, &crate::Options { max_bytes: limit, ..crate::Options::default() }));
            match text {
                Err(error) => FilePlan::Failed { name, error },
                Ok(text) if jsonl => FilePlan::Batch { name, job: Job::Jsonl, text },
                Ok(text) if single => FilePlan::Input { name, text },
                Ok(text) => FilePlan::Batch { job: Job::File { name: name.clone() }, name, text },
            }
        })
        .collect()
}

/// Files a record's reply in its batch, first making room for every record of
/// its request (a JSON Lines file's count is known only from its first reply).
fn batch_record(batch: &mut Batch, request: u32, record: RecordReply) {
    let Some(first) = batch.items.iter().position(|i| i.request == request) else { return };
    let have = batch.items.iter().filter(|i| i.request == request).count();
    let want = record.total as usize;
    if have < want {
        let base = batch.items[first].name.clone();
        let extra = (have..want).map(|index| BatchItem {
            request,
            index: u32::try_from(index).unwrap_or(u32::MAX),
            name: format!("{base} #{}", index + 1),
            status: ItemStatus::Waiting,
        });
        batch.items.splice(first + have..first + have, extra);
    }
    let Some(item) = batch.items.iter_mut().find(|i| i.request == request && i.index == record.index) else { return };
    let line: Rc<str> = record.line.into();
    item.name = record.record_id;
    item.status = match record.outcome.and_then(|json| Parsed::from_json(json, None, None)) {
        Ok(parsed) => ItemStatus::Parsed { parsed: Rc::new(parsed), line },
        Err(error) => ItemStatus::Failed { error, line },
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::protocol::{Job, Request, work};

    fn replies(job: Job, id: u32, text: &str) -> Vec<Reply> {
        let mut out = Vec::new();
        work(Request { id, job, text: text.to_string() }, &crate::Options::default(), &|| 0.0, &mut |r| out.push(r));
        out
    }

    #[test]
    fn the_sample_is_parsed_at_once_and_shown() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        assert_eq!(s.wanted, None);
        s.apply(Action::LoadSample);
        assert_eq!(&*s.input, SAMPLE);
        assert!(s.wanted.is_some_and(|w| w.immediate));
        s.apply(Action::Sent(1));
        assert_eq!((s.wanted, s.pending), (None, Some(1)));
        for r in replies(Job::Article, 1, SAMPLE) {
            s.apply(Action::Replied(r));
        }
        let shown = s.shown_article().expect("an article");
        assert_eq!(shown.json, crate::to_json(&shown.article, false));
        assert_eq!(s.pending, None);
    }

    #[test]
    fn typing_waits_and_ctrl_enter_asks_again() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        s.apply(Action::Edit("Judul".into()));
        let first = s.wanted.expect("a parse is wanted");
        assert!(!first.immediate);
        s.apply(Action::Sent(1));
        s.apply(Action::ParseNow);
        let again = s.wanted.expect("wanted again");
        assert!(again.immediate && again.ticket != first.ticket);
    }

    #[test]
    fn a_stale_reply_is_ignored() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        s.apply(Action::Edit(SAMPLE.into()));
        s.apply(Action::Sent(1));
        s.apply(Action::Edit("".into()));
        for r in replies(Job::Article, 1, SAMPLE) {
            s.apply(Action::Replied(r));
        }
        assert_eq!(s.outcome, None);
    }

    #[test]
    fn an_error_leaves_the_input_untouched() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        let binary = "\u{0}\u{1}\u{2}".repeat(50);
        s.apply(Action::Edit(binary.clone()));
        s.apply(Action::Sent(4));
        s.apply(Action::Replied(Reply::Article { id: 4, outcome: Err("the input is not text".into()), preview: None, millis: 0.1 }));
        assert_eq!(s.error(), Some("the input is not text"));
        assert_eq!(&*s.input, binary.as_str());
    }

    #[test]
    fn saved_input_is_parsed_on_load() {
        let s = State::new(Lang::Id, Some("Teks tersimpan".into()), Storage::Saved);
        assert_eq!(&*s.input, "Teks tersimpan");
        assert!(s.wanted.is_some_and(|w| w.immediate));
        assert_eq!(State::new(Lang::Id, Some("  ".into()), Storage::Saved).wanted, None);
    }

    #[test]
    fn a_batch_grows_with_its_records_and_downloads_them_in_order() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        let jsonl = format!("{}\n{}\n", serde_json::json!({"id": "a", "text": SAMPLE}), serde_json::json!({"id": "b", "text": ""}));
        s.apply(Action::BatchQueued { request: 2, name: "records.jsonl".into() });
        s.apply(Action::BatchFileFailed { name: "photo.png".into(), error: "not text".into() });
        s.apply(Action::BatchQueued { request: 3, name: "seed.txt".into() });
        assert_eq!(s.batch.as_ref().map(Batch::progress), Some((1, 3)));
        let mut expected = Vec::new();
        for r in replies(Job::Jsonl, 2, &jsonl).into_iter().chain(replies(Job::File { name: "seed.txt".into() }, 3, SAMPLE)) {
            if let Reply::Record { record, .. } = &r {
                expected.push(record.line.clone());
            }
            s.apply(Action::Replied(r));
        }
        let batch = s.batch.clone().expect("a batch");
        let names: Vec<&str> = batch.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, vec!["a", "b", "photo.png", "seed.txt"]);
        assert_eq!(batch.progress(), (4, 4));
        let lines: Vec<String> = batch.jsonl().lines().map(str::to_string).collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], expected[0]);
        assert_eq!(lines[2], r#"{"id":"photo.png","status":"failed","article":null,"error":"not text"}"#);
        assert_eq!(lines[3], expected[2]);
        s.apply(Action::OpenItem(Some(3)));
        assert!(s.shown_article().is_some());
        s.apply(Action::OpenItem(Some(1)));
        assert!(s.shown_article().is_none(), "a failed record has no article");
        s.apply(Action::CloseBatch);
        assert_eq!(s.batch, None);
    }

    #[test]
    fn files_become_input_or_a_batch() {
        let ok = |name: &str, text: &str| (name.to_string(), Ok(text.as_bytes().to_vec()));
        assert_eq!(plan_files(vec![ok("Berita.TXT", "isi")], Lang::En), vec![FilePlan::Input { name: "Berita.TXT".into(), text: "isi".into() }]);
        let plans = plan_files(vec![ok("a.html", "<p>a</p>"), ok("b.jsonl", "{}"), ok("c.pdf", "%PDF"), ("d.txt".into(), Err("unreadable".into()))], Lang::Id);
        assert_eq!(plans, vec![
            FilePlan::Batch { name: "a.html".into(), job: Job::File { name: "a.html".into() }, text: "<p>a</p>".into() },
            FilePlan::Batch { name: "b.jsonl".into(), job: Job::Jsonl, text: "{}".into() },
            FilePlan::Failed { name: "c.pdf".into(), error: "bukan berkas .txt, .html, atau .jsonl".into() },
            FilePlan::Failed { name: "d.txt".into(), error: "unreadable".into() },
        ]);
        let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain("Hai".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(plan_files(vec![("u.txt".into(), Ok(utf16))], Lang::En), vec![FilePlan::Input { name: "u.txt".into(), text: "Hai".into() }]);
    }

    #[test]
    fn a_paste_replaces_the_selection_in_browser_units() {
        assert_eq!(splice_utf16("abcdef", 2, 4, "XY"), "abXYef");
        assert_eq!(splice_utf16("a😀b", 3, 3, "-"), "a😀-b", "the emoji counts two units");
        assert_eq!(splice_utf16("é", 5, 9, "!"), "é!");
        assert_eq!(splice_utf16("abc", 2, 1, ""), "ac");
        assert!(too_large_for_editor(&"x".repeat(EDITOR_MAX_BYTES + 1)));
        assert!(!too_large_for_editor(SAMPLE));
    }

    #[test]
    fn picking_an_entity_marks_it_draws_its_paragraph_and_picking_again_unmarks() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        s.apply(Action::SelectEntity { entity: 3, paragraph: Some(SHOWN_STEP + 40) });
        assert_eq!((s.selected, s.shown), (Some(3), SHOWN_STEP + 41));
        s.apply(Action::SelectEntity { entity: 1, paragraph: Some(2) });
        assert_eq!((s.selected, s.shown), (Some(1), SHOWN_STEP + 41));
        s.apply(Action::SelectEntity { entity: 1, paragraph: Some(2) });
        assert_eq!(s.selected, None);
        s.apply(Action::SelectEntity { entity: 0, paragraph: None });
        s.apply(Action::SetView(View::Removed));
        assert_eq!(s.selected, Some(0), "the pick stays while the person looks at the removed lines");
        s.apply(Action::LoadSample);
        s.apply(Action::Sent(9));
        s.apply(Action::Replied(Reply::Article { id: 9, outcome: Ok(crate::to_json(&crate::parse(SAMPLE, &crate::Options::default()).unwrap(), false)), preview: None, millis: 1.0 }));
        assert_eq!(s.selected, None, "a new article has other entities");
    }

    #[test]
    fn the_entity_model_status_comes_with_the_ready_reply() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        assert_eq!(s.model, None);
        s.apply(Action::Replied(Reply::Ready { model: Err("./ner.model answered 404 Not Found".into()) }));
        assert!(s.model.as_ref().is_some_and(Result::is_err));
        s.apply(Action::Replied(Reply::Ready { model: Ok(1_354_200) }));
        assert_eq!(s.model, Some(Ok(1_354_200)));
    }

    #[test]
    fn show_more_grows_and_a_new_view_resets_it() {
        let mut s = State::new(Lang::En, None, Storage::Saved);
        s.apply(Action::ShowMore);
        assert_eq!(s.shown, 2 * SHOWN_STEP);
        s.apply(Action::SetView(View::Removed));
        assert_eq!(s.shown, SHOWN_STEP);
    }
}
