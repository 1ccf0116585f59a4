//! Every call into the browser, in one place: the parsing worker and its
//! messages, local storage, the clipboard, downloads, files, timers.
//!
//! Each function turns a browser failure into a message (or a
//! [`state::Storage`] status); none of them `unwrap`s a browser result.

use super::protocol::{Job, Preview, RecordReply, Reply, Request, work};
use super::state;
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, DedicatedWorkerGlobalScope, ErrorEvent, File, FileList, HtmlAnchorElement, MessageEvent, Response, Url, Worker,
};

/// The worker's loader, written by Trunk next to `index.html`.
const WORKER_URL: &str = "./kliping-worker_loader.js";

/// Local-storage keys.
pub const INPUT_KEY: &str = "kliping.input";
pub const LANG_KEY: &str = "kliping.lang";

/// A thrown JavaScript value as text.
pub fn describe(error: &JsValue) -> String {
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}

fn window() -> Result<web_sys::Window, String> {
    web_sys::window().ok_or_else(|| "no browser window".to_string())
}

// ---- Worker messages -------------------------------------------------------

fn set(object: &Object, key: &str, value: impl Into<JsValue>) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), &value.into());
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn get_u32(object: &JsValue, key: &str) -> Option<u32> {
    get(object, key).as_f64().filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n)).map(|n| n as u32)
}

fn set_outcome(object: &Object, outcome: &Result<String, String>) {
    let (ok, value) = match outcome {
        Ok(json) => (true, json),
        Err(error) => (false, error),
    };
    set(object, "ok", ok);
    set(object, "value", value.as_str());
}

fn get_outcome(object: &JsValue) -> Option<Result<String, String>> {
    let value = get(object, "value").as_string()?;
    Some(if get(object, "ok").as_bool()? { Ok(value) } else { Err(value) })
}

/// A request as a JavaScript message.
pub fn request_to_js(request: &Request) -> JsValue {
    let o = Object::new();
    set(&o, "id", request.id);
    let job = match &request.job {
        Job::Article => "article",
        Job::File { name } => {
            set(&o, "name", name.as_str());
            "file"
        }
        Job::Jsonl => "jsonl",
    };
    set(&o, "job", job);
    set(&o, "text", request.text.as_str());
    o.into()
}

/// Reads a request message; `None` when it is not one.
pub fn request_from_js(message: &JsValue) -> Option<Request> {
    let job = match get(message, "job").as_string()?.as_str() {
        "article" => Job::Article,
        "file" => Job::File { name: get(message, "name").as_string()? },
        "jsonl" => Job::Jsonl,
        _ => return None,
    };
    Some(Request { id: get_u32(message, "id")?, job, text: get(message, "text").as_string()? })
}

/// A reply as a JavaScript message.
pub fn reply_to_js(reply: &Reply) -> JsValue {
    let o = Object::new();
    match reply {
        Reply::Ready { model } => {
            set(&o, "kind", "ready");
            match model {
                Ok(bytes) => set(&o, "modelBytes", *bytes),
                Err(e) => set(&o, "modelError", e.as_str()),
            }
        }
        Reply::Article { id, outcome, preview, millis } => {
            set(&o, "kind", "article");
            set(&o, "id", *id);
            set(&o, "millis", *millis);
            set_outcome(&o, outcome);
            if let Some(p) = preview {
                set(&o, "preview", p.json.as_str());
                set(&o, "lines", p.lines);
                set(&o, "removed", p.removed);
            }
        }
        Reply::Record { id, record } => {
            set(&o, "kind", "record");
            set(&o, "id", *id);
            set(&o, "index", record.index);
            set(&o, "total", record.total);
            set(&o, "recordId", record.record_id.as_str());
            set(&o, "line", record.line.as_str());
            set_outcome(&o, &record.outcome);
        }
    }
    o.into()
}

/// Reads a reply message; `None` when it is not one.
pub fn reply_from_js(message: &JsValue) -> Option<Reply> {
    match get(message, "kind").as_string()?.as_str() {
        "ready" => Some(Reply::Ready {
            model: match get_u32(message, "modelBytes") {
                Some(bytes) => Ok(bytes),
                None => Err(get(message, "modelError").as_string()?),
            },
        }),
        "article" => Some(Reply::Article {
            id: get_u32(message, "id")?,
            outcome: get_outcome(message)?,
            preview: match get(message, "preview").as_string() {
                Some(json) => Some(Preview { json, lines: get_u32(message, "lines")?, removed: get_u32(message, "removed")? }),
                None => None,
            },
            millis: get(message, "millis").as_f64()?,
        }),
        "record" => Some(Reply::Record {
            id: get_u32(message, "id")?,
            record: RecordReply {
                index: get_u32(message, "index")?,
                total: get_u32(message, "total")?,
                record_id: get(message, "recordId").as_string()?,
                outcome: get_outcome(message)?,
                line: get(message, "line").as_string()?,
            },
        }),
        _ => None,
    }
}

/// The worker's side: loads the entity model, then answers every request
/// message with [`work`]. The page queues its requests until [`Reply::Ready`],
/// so every answer is made with the model when it loads: the JSON is then the
/// bytes `kliping parse` prints.
pub fn serve_worker() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    wasm_bindgen_futures::spawn_local(async move {
        let model = fetch_model(&scope).await;
        let options = crate::Options { ner: model.as_ref().ok().cloned(), ..crate::Options::default() };
        let ready = Reply::Ready { model: model.map(|m| u32::try_from(m.len()).unwrap_or(u32::MAX)) };
        // Compile the parser's patterns now, before the person's first parse needs them.
        let _ = crate::parse(state::SAMPLE, &options);
        let replies = scope.clone();
        let clock = scope.performance();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(request) = request_from_js(&event.data()) else { return };
            let now = || clock.as_ref().map_or(0.0, web_sys::Performance::now);
            work(request, &options, &now, &mut |reply| {
                // A failed post means the page is gone; there is no one left to tell.
                let _ = replies.post_message(&reply_to_js(&reply));
            });
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        let _ = scope.post_message(&reply_to_js(&ready));
    });
}

/// The entity model, copied next to the page by Trunk (see `index.html`).
const MODEL_URL: &str = "./ner.model";

/// Fetches and checks the entity model from the page's own origin.
async fn fetch_model(scope: &DedicatedWorkerGlobalScope) -> Result<std::sync::Arc<crate::entities::NerModel>, String> {
    let response: Response = JsFuture::from(scope.fetch_with_str(MODEL_URL)).await.map_err(|e| describe(&e))?.unchecked_into();
    if !response.ok() {
        return Err(format!("{MODEL_URL} answered {} {}", response.status(), response.status_text()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| describe(&e))?).await.map_err(|e| describe(&e))?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    crate::entities::NerModel::from_bytes(bytes).map(std::sync::Arc::new).map_err(|e| e.to_string())
}

/// Messages waiting for the worker to load, and the next request id.
#[derive(Default)]
struct Outbox {
    ready: bool,
    queue: Vec<JsValue>,
    next_id: u32,
}

/// The page's side of the worker: sends requests, hands replies to a callback.
pub struct ParserWorker {
    worker: Worker,
    outbox: Rc<RefCell<Outbox>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl ParserWorker {
    /// Starts the worker. Replies go to `on_reply`; a worker that fails to load
    /// or stops goes to `on_error`.
    pub fn spawn(on_reply: impl Fn(Reply) + 'static, on_error: impl Fn(String) + 'static) -> Result<ParserWorker, String> {
        let worker = Worker::new(WORKER_URL).map_err(|e| describe(&e))?;
        let outbox = Rc::new(RefCell::new(Outbox { next_id: 1, ..Outbox::default() }));
        let (sender, waiting) = (worker.clone(), outbox.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| match reply_from_js(&event.data()) {
            Some(Reply::Ready { model }) => {
                let queue = {
                    let mut outbox = waiting.borrow_mut();
                    outbox.ready = true;
                    std::mem::take(&mut outbox.queue)
                };
                for message in queue {
                    let _ = sender.post_message(&message);
                }
                mark("kliping-worker-ready");
                on_reply(Reply::Ready { model });
            }
            Some(reply) => on_reply(reply),
            None => {}
        });
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            let message = event.message();
            on_error(if message.is_empty() { "the worker did not load".to_string() } else { message });
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(ParserWorker { worker, outbox, _on_message: on_message, _on_error: on_error })
    }

    /// Sends a job; returns the id its replies will carry.
    pub fn post(&self, job: Job, text: String) -> Result<u32, String> {
        let mut outbox = self.outbox.borrow_mut();
        let id = outbox.next_id;
        outbox.next_id = outbox.next_id.wrapping_add(1).max(1);
        let message = request_to_js(&Request { id, job, text });
        if outbox.ready {
            self.worker.post_message(&message).map_err(|e| describe(&e))?;
        } else {
            outbox.queue.push(message);
        }
        Ok(id)
    }
}

impl Drop for ParserWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

// ---- Local storage ----------------------------------------------------------

fn local_storage() -> Option<web_sys::Storage> {
    // Reading `localStorage` throws when the browser forbids it (private modes, file://).
    web_sys::window()?.local_storage().ok().flatten()
}

/// A saved value, and whether storage works at all.
pub fn load(key: &str) -> (Option<String>, state::Storage) {
    match local_storage() {
        None => (None, state::Storage::Unavailable),
        Some(storage) => match storage.get_item(key) {
            Ok(value) => (value, state::Storage::Saved),
            Err(_) => (None, state::Storage::Unavailable),
        },
    }
}

/// Saves a value. When it does not fit, the older value is removed too, so a
/// reload never brings back an input the person has since replaced.
pub fn save(key: &str, value: &str) -> state::Storage {
    let Some(storage) = local_storage() else { return state::Storage::Unavailable };
    match storage.set_item(key, value) {
        Ok(()) => state::Storage::Saved,
        Err(e) => {
            let _ = storage.remove_item(key);
            let name = get(&e, "name").as_string().unwrap_or_default();
            if name.contains("Quota") { state::Storage::Full } else { state::Storage::Unavailable }
        }
    }
}

/// The browser's preferred language tag ("id-ID").
pub fn browser_language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// Sets `<html lang>` so screen readers and hyphenation follow the interface.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Marks a moment in the page's performance timeline (read by the end-to-end test).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

// ---- Clipboard, downloads, files -------------------------------------------

/// Copies text to the clipboard.
pub async fn copy(text: String) -> Result<(), String> {
    let clipboard = window()?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(&text)).await.map(|_| ()).map_err(|e| describe(&e))
}

/// Saves text as a file through the browser's download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let document = window()?.document().ok_or("no document")?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options).map_err(|e| describe(&e))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
    let link: HtmlAnchorElement = document.create_element("a").map_err(|e| describe(&e))?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has its own copy once it starts; free the blob a little later.
    after(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}

/// A file the person opened or dropped.
pub struct PickedFile {
    pub name: String,
    pub bytes: Result<Vec<u8>, String>,
}

/// The files of a list, taken at once: the list empties when its input is reset.
pub fn files_of(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads every file.
pub async fn read_files(list: Vec<File>) -> Vec<PickedFile> {
    let mut files = Vec::new();
    for file in list {
        let bytes = JsFuture::from(file.array_buffer()).await.map(|buffer| Uint8Array::new(&buffer).to_vec()).map_err(|e| describe(&e));
        files.push(PickedFile { name: file.name(), bytes });
    }
    files
}

// ---- Timers -----------------------------------------------------------------

/// A timer that is cancelled when dropped (a debounce: each new one replaces the last).
pub struct Timeout {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Runs `f` after `millis` milliseconds, unless the timer is dropped first.
    pub fn new(millis: i32, f: impl FnOnce() + 'static) -> Option<Timeout> {
        let callback = Closure::once(f);
        let id = window().ok()?.set_timeout_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), millis).ok()?;
        Some(Timeout { id, _callback: callback })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Ok(w) = window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

/// Runs `f` after `millis` milliseconds, whatever happens.
pub fn after(millis: i32, f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Ok(w) = window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), millis);
    }
}

/// Scrolls the element with this id into view, if the page has it.
pub fn scroll_to(id: &str) {
    if let Some(element) = window().ok().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        element.scroll_into_view();
    }
}
