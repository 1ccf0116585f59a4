//! The page's function components. They render a [`State`] and dispatch
//! [`Action`]s; every browser call goes through [`browser`].

use super::browser::{self, ParserWorker, Timeout};
use super::format::{self, Span};
use super::i18n::{self, Lang, Text, tr};
use super::protocol::Job;
use super::state::{Action, Batch, FilePlan, ItemStatus, Notice, Parsed, State, Storage, View, plan_files, splice_utf16, too_large_for_editor};
use crate::model::{Article, EntityKind, Label};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How long typing must pause before the input is parsed.
const PARSE_DEBOUNCE_MS: i32 = 300;
/// How long typing must pause before the input is saved.
const SAVE_DEBOUNCE_MS: i32 = 600;
/// How long a notice stays.
const NOTICE_MS: i32 = 4000;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// Yew's reducer around [`State::apply`].
#[derive(Debug, Clone, PartialEq, Default)]
struct Model(State);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self).0;
        state.apply(action);
        Rc::new(Model(state))
    }
}

type Dispatch = UseReducerDispatcher<Model>;
type SharedWorker = Rc<Result<ParserWorker, String>>;

fn initial_state() -> Model {
    let (saved_lang, _) = browser::load(browser::LANG_KEY);
    let lang = saved_lang
        .as_deref()
        .and_then(Lang::from_code)
        .or_else(|| browser::browser_language().as_deref().and_then(Lang::from_code))
        .unwrap_or_default();
    let (input, storage) = browser::load(browser::INPUT_KEY);
    Model(State::new(lang, input, storage))
}

/// Sends the input to the worker as an article request.
fn send_input(worker: &SharedWorker, dispatch: &Dispatch, input: &str) {
    match worker.as_ref() {
        Ok(w) => match w.post(Job::Article, input.to_string()) {
            Ok(id) => dispatch.dispatch(Action::Sent(id)),
            Err(e) => dispatch.dispatch(Action::WorkerFailed(e)),
        },
        Err(e) => dispatch.dispatch(Action::WorkerFailed(e.clone())),
    }
}

/// Reads opened or dropped files and dispatches what they become.
fn open_files(list: Vec<File>, lang: Lang, worker: SharedWorker, dispatch: Dispatch) {
    wasm_bindgen_futures::spawn_local(async move {
        let files = browser::read_files(list).await;
        let plans = plan_files(files.into_iter().map(|f| (f.name, f.bytes)).collect(), lang);
        let single = plans.len() == 1;
        for plan in plans {
            match plan {
                FilePlan::Input { text, .. } => dispatch.dispatch(Action::Loaded(text)),
                FilePlan::Failed { name, error } if single => dispatch.dispatch(Action::Notice(Some(Notice::Failed(format!("{name}: {error}"))))),
                FilePlan::Failed { name, error } => dispatch.dispatch(Action::BatchFileFailed { name, error }),
                FilePlan::Batch { name, job, text } => {
                    let sent = worker.as_ref().as_ref().map_err(Clone::clone).and_then(|w| w.post(job, text));
                    match sent {
                        Ok(request) => dispatch.dispatch(Action::BatchQueued { request, name }),
                        Err(error) => dispatch.dispatch(Action::BatchFileFailed { name, error }),
                    }
                }
            }
        }
    });
}

/// Copies text, then says whether it worked.
fn copy(text: String, dispatch: Dispatch) {
    wasm_bindgen_futures::spawn_local(async move {
        let notice = match browser::copy(text).await {
            Ok(()) => Notice::Copied,
            Err(e) => Notice::Failed(e),
        };
        dispatch.dispatch(Action::Notice(Some(notice)));
    });
}

fn download(name: String, mime: &str, text: &str, dispatch: &Dispatch) {
    let notice = match browser::download(&name, mime, text) {
        Ok(()) => Notice::Downloaded(name),
        Err(e) => Notice::Failed(e),
    };
    dispatch.dispatch(Action::Notice(Some(notice)));
}

#[component]
fn App() -> Html {
    let model = use_reducer(initial_state);
    let state = &model.0;
    let dispatch = model.dispatcher();
    let lang = state.lang;

    let worker: SharedWorker = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| {
            let (replies, failures) = (dispatch.clone(), dispatch);
            ParserWorker::spawn(move |r| replies.dispatch(Action::Replied(r)), move |e| failures.dispatch(Action::WorkerFailed(e)))
        })
    };

    // Start-up: note a worker that could not start, and mark the first render.
    {
        let (worker, dispatch) = (worker.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            if let Err(e) = worker.as_ref() {
                dispatch.dispatch(Action::WorkerFailed(e.clone()));
            }
            browser::mark("kliping-first-render");
        });
    }
    // Parse when the state asks: at once, or once typing pauses.
    {
        let (worker, dispatch, input) = (worker.clone(), dispatch.clone(), state.input.clone());
        use_effect_with(state.wanted, move |wanted| {
            let timer = wanted.and_then(|w| {
                let send = move || send_input(&worker, &dispatch, &input);
                if w.immediate {
                    send();
                    None
                } else {
                    Timeout::new(PARSE_DEBOUNCE_MS, send)
                }
            });
            move || drop(timer)
        });
    }
    // Keep the input across reloads.
    {
        let (dispatch, input, storage) = (dispatch.clone(), state.input.clone(), state.storage);
        use_effect_with(state.edits, move |&edits| {
            let timer = (edits > 0 && storage != Storage::Unavailable).then(|| {
                Timeout::new(SAVE_DEBOUNCE_MS, move || dispatch.dispatch(Action::Storage(browser::save(browser::INPUT_KEY, &input))))
            });
            move || drop(timer)
        });
    }
    use_effect_with(lang, |&lang| {
        browser::set_document_language(lang.code());
        let _ = browser::save(browser::LANG_KEY, lang.code());
    });
    // Notices fade after a while.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.notice.clone(), move |notice| {
            let timer = notice.as_ref().and_then(|_| Timeout::new(NOTICE_MS, move || dispatch.dispatch(Action::Notice(None))));
            move || drop(timer)
        });
    }

    let on_files = {
        let (worker, dispatch) = (worker.clone(), dispatch.clone());
        Callback::from(move |files: Vec<File>| open_files(files, lang, worker.clone(), dispatch.clone()))
    };
    let act = {
        let dispatch = dispatch.clone();
        Callback::from(move |action: Action| dispatch.dispatch(action))
    };
    let busy = state.pending.is_some() || state.batch.as_ref().is_some_and(|b| b.progress().0 < b.progress().1);

    html! {
        <div class="app">
            <header class="top">
                <div class="brand">
                    <h1>{ "Kliping" }</h1>
                    <p class="tagline">{ tr(lang, Text::Tagline) }</p>
                </div>
                <button class="lang-switch" lang={lang.other().code()} aria-label={tr(lang, Text::SwitchLanguageLabel)}
                    onclick={act.reform(move |_| Action::SetLang(lang.other()))}>
                    { tr(lang, Text::SwitchLanguage) }
                </button>
            </header>
            <main class="work">
                <InputPane lang={lang} input={state.input.clone()} storage={state.storage} error={state.error().map(AttrValue::from)}
                    worker_error={state.worker_error.clone().map(AttrValue::from)} act={act.clone()} on_files={on_files} />
                <section class="output-pane" aria-label={tr(lang, Text::TabArticle)} aria-busy={busy.to_string()}>
                    <Status lang={lang} state={state.clone()} />
                    { output(state, &act, &dispatch) }
                </section>
            </main>
            <footer class="foot"><p>{ tr(lang, Text::Footer) }</p></footer>
            <NoticeBar lang={lang} notice={state.notice.clone()} />
        </div>
    }
}

/// The right-hand side: the batch, the article, or what to do first.
fn output(state: &State, act: &Callback<Action>, dispatch: &Dispatch) -> Html {
    let lang = state.lang;
    if let Some(batch) = &state.batch {
        return match batch.open {
            Some(i) => {
                let back = html! { <button class="back" onclick={act.reform(|_| Action::OpenItem(None))}>{ "← " }{ tr(lang, Text::BackToBatch) }</button> };
                let body = match batch.items.get(i).map(|item| &item.status) {
                    Some(ItemStatus::Parsed { parsed, .. }) => results(state, parsed, act, dispatch),
                    Some(ItemStatus::Failed { error, .. }) => html! { <p class="error" role="alert">{ error }</p> },
                    _ => html! { <p class="muted">{ tr(lang, Text::BatchWaiting) }</p> },
                };
                html! { <>{ back }{ body }</> }
            }
            None => batch_panel(lang, batch, act, dispatch),
        };
    }
    match state.shown_article() {
        Some(parsed) => results(state, parsed, act, dispatch),
        None if state.outcome.is_none() => html! { <p class="empty">{ tr(lang, Text::EmptyState) }</p> },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct InputProps {
    lang: Lang,
    input: Rc<str>,
    storage: Storage,
    error: Option<AttrValue>,
    worker_error: Option<AttrValue>,
    act: Callback<Action>,
    on_files: Callback<Vec<File>>,
}

#[component]
fn InputPane(props: &InputProps) -> Html {
    let lang = props.lang;
    let act = &props.act;
    let dragging = use_state_eq(|| false);
    let oninput = act.reform(|e: InputEvent| Action::Edit(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    let onkeydown = {
        let act = act.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                act.emit(Action::ParseNow);
            }
        })
    };
    let on_pick = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(list) = input.files() {
                on_files.emit(browser::files_of(&list));
            }
            // Let the same file be picked again later.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (dragging, on_files) = (dragging.clone(), props.on_files.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                on_files.emit(browser::files_of(&list));
            }
        })
    };
    // A big paste would freeze the page while the browser lays out the text box:
    // take it from the clipboard event instead and keep it out of the box.
    let onpaste = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            let Some(pasted) = e.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data).and_then(|d| d.get_data("text/plain").ok()) else {
                return;
            };
            let area = e.target_dyn_into::<HtmlTextAreaElement>();
            let text = match &area {
                Some(area) => {
                    if area.value().len() + pasted.len() <= super::state::EDITOR_MAX_BYTES {
                        return;
                    }
                    let (start, end) = (area.selection_start().ok().flatten(), area.selection_end().ok().flatten());
                    splice_utf16(&area.value(), start.unwrap_or(0), end.unwrap_or(u32::MAX), &pasted)
                }
                // Pasting on the large-input summary replaces the input.
                None => pasted,
            };
            e.prevent_default();
            act.emit(Action::Loaded(text));
        })
    };
    let storage_note = match props.storage {
        Storage::Unavailable => Some(Text::StorageUnavailable),
        Storage::Full => Some(Text::StorageFull),
        Storage::Saved | Storage::Unknown => None,
    };
    let chars = props.input.chars().count();
    html! {
        <section class="input-pane">
            <div class="actions">
                <button class="primary" onclick={act.reform(|_| Action::LoadSample)}>{ tr(lang, Text::TrySample) }</button>
                <label class="button file-button">
                    { tr(lang, Text::OpenFiles) }
                    <input type="file" multiple=true accept=".txt,.html,.htm,.jsonl,text/plain,text/html" onchange={on_pick} />
                </label>
                <button onclick={act.reform(|_| Action::ParseNow)} disabled={props.input.trim().is_empty()}>{ tr(lang, Text::ParseNow) }</button>
                <button onclick={act.reform(|_| Action::Clear)} disabled={props.input.is_empty()}>{ tr(lang, Text::Clear) }</button>
            </div>
            <label for="input" class="input-label">{ tr(lang, Text::InputLabel) }</label>
            if too_large_for_editor(&props.input) {
                <div id="input" class={classes!("input", "large-input", dragging.then_some("dragging"))} tabindex="0" role="region"
                    aria-label={tr(lang, Text::InputLabel)} aria-describedby="input-hint"
                    {onpaste} {onkeydown} {ondragover} {ondragleave} {ondrop}>
                    <p><strong>{ tr(lang, Text::LargeInput) }</strong>{ format!(": {}, {} ", human_size(props.input.len()), props.input.lines().count()) }{ tr(lang, Text::Lines) }</p>
                    <p class="muted">{ tr(lang, Text::LargeInputNote) }</p>
                    <pre class="preview">{ preview(&props.input) }</pre>
                </div>
            } else {
                <textarea id="input" class={classes!("input", dragging.then_some("dragging"))} spellcheck="false"
                    placeholder={tr(lang, Text::InputPlaceholder)} value={AttrValue::from(props.input.clone())}
                    aria-describedby="input-hint" aria-invalid={props.error.is_some().to_string()}
                    {oninput} {onpaste} {onkeydown} {ondragover} {ondragleave} {ondrop} />
            }
            <p id="input-hint" class="hint">{ tr(lang, Text::InputHint) }{ " · " }{ chars }{ " " }{ tr(lang, Text::Characters) }</p>
            if let Some(note) = storage_note {
                <p class="note storage-note" role="status">{ tr(lang, note) }</p>
            }
            if let Some(error) = &props.error {
                <div class="error" role="alert">
                    <strong>{ tr(lang, Text::ErrorTitle) }</strong>
                    <p>{ error }</p>
                </div>
            }
            if let Some(error) = &props.worker_error {
                <div class="error" role="alert">
                    <strong>{ tr(lang, Text::WorkerFailed) }</strong>
                    <p>{ error }</p>
                </div>
            }
        </section>
    }
}

/// A size for people: "5.0 MB".
fn human_size(bytes: usize) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes as f64 >= MB { format!("{:.1} MB", bytes as f64 / MB) } else { format!("{:.0} KB", bytes as f64 / 1024.0) }
}

/// The first lines of a large input.
fn preview(input: &str) -> String {
    let mut out: String = input.lines().take(30).collect::<Vec<_>>().join("\n");
    if let Some((cut, _)) = out.char_indices().nth(3000) {
        out.truncate(cut);
    }
    out + "\n…"
}

#[derive(Properties, PartialEq)]
struct StatusProps {
    lang: Lang,
    state: State,
}

/// The busy indicator, and how long the last parse took. `data-count` (parses
/// finished) and `data-ms` let the end-to-end test wait for and time a parse.
#[component]
fn Status(props: &StatusProps) -> Html {
    let (lang, state) = (props.lang, &props.state);
    let busy = state.pending.is_some();
    let millis = if state.batch.is_none() { state.shown_article().and_then(|p| p.millis) } else { None };
    html! {
        <p class={classes!("status", busy.then_some("busy"))} role="status" id="parse-time"
            data-count={state.parses.to_string()} data-ms={millis.map(|ms| ms.to_string())}>
            if busy && state.model.is_none() {
                <span class="spinner" aria-hidden="true"></span>{ tr(lang, Text::LoadingModel) }
            } else if busy {
                <span class="spinner" aria-hidden="true"></span>{ tr(lang, Text::Parsing) }
            } else if let Some(ms) = millis {
                { tr(lang, Text::ParsedIn) }{ format!(" {ms:.1} ms") }
            }
            if let Some(Err(why)) = &state.model {
                <span class="model-note">{ tr(lang, Text::ModelUnavailable) }{ " (" }{ why }{ ")" }</span>
            }
        </p>
    }
}

/// The toolbar, the tabs and the chosen view of one parsed article.
fn results(state: &State, parsed: &Rc<Parsed>, act: &Callback<Action>, dispatch: &Dispatch) -> Html {
    let lang = state.lang;
    let removed = parsed.removed;
    let on_download = {
        let (parsed, dispatch) = (parsed.clone(), dispatch.clone());
        Callback::from(move |_| {
            let name = format!("{}.json", format::file_stem(parsed.article.title.as_deref()));
            download(name, "application/json", &parsed.json, &dispatch);
        })
    };
    let copier = |make: fn(&Parsed, Lang) -> String| {
        let (parsed, dispatch) = (parsed.clone(), dispatch.clone());
        Callback::from(move |_| copy(make(&parsed, lang), dispatch.clone()))
    };
    let tab = |view: View, text: Text, count: Option<usize>| {
        let selected = state.view == view;
        html! {
            <button role="tab" id={format!("tab-{view:?}").to_lowercase()} aria-selected={selected.to_string()} class={classes!("tab", selected.then_some("selected"))}
                onclick={act.reform(move |_| Action::SetView(view))}>
                { tr(lang, text) }
                if let Some(n) = count { <span class="count">{ n }</span> }
            </button>
        }
    };
    html! {
        <div class="results">
            <div class="toolbar">
                <button class="primary" onclick={on_download}>{ tr(lang, Text::DownloadJson) }</button>
                <button onclick={copier(|p, _| p.json.clone())}>{ tr(lang, Text::CopyJson) }</button>
                <button onclick={copier(|p, l| format::markdown(&p.article, l))}>{ tr(lang, Text::CopyMarkdown) }</button>
                <button onclick={copier(|p, l| format::plain_text(&p.article, l))}>{ tr(lang, Text::CopyText) }</button>
            </div>
            <div class="tabs" role="tablist">
                { tab(View::Article, Text::TabArticle, None) }
                { tab(View::Removed, Text::TabRemoved, Some(removed)) }
            </div>
            <div role="tabpanel" class="panel">
                if state.view == View::Article {
                    <div class="article-layout">
                        <Reader lang={lang} parsed={parsed.clone()} shown={state.shown} selected={state.selected} act={act.clone()} />
                        <MetaPanel lang={lang} parsed={parsed.clone()} />
                    </div>
                } else {
                    <LinesView lang={lang} parsed={parsed.clone()} show_kept={state.show_kept} shown={state.shown} act={act.clone()} />
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ArticleProps {
    lang: Lang,
    parsed: Rc<Parsed>,
    #[prop_or_default]
    shown: usize,
    #[prop_or_default]
    show_kept: bool,
    /// The entity picked in the entity list.
    #[prop_or_default]
    selected: Option<usize>,
    #[prop_or_default]
    act: Callback<Action>,
}

fn show_more(lang: Lang, shown: usize, total: usize, act: &Callback<Action>) -> Html {
    if shown >= total {
        return html! {};
    }
    html! {
        <button class="more" onclick={act.reform(|_| Action::ShowMore)}>
            { tr(lang, Text::ShowMore) }{ format!(" ({shown} / {total})") }
        </button>
    }
}

/// A paragraph with its entity mentions marked. The first mention of each
/// entity is the target of the entity list's links (`id="entity-N"`).
fn paragraph(lang: Lang, text: &str, spans: &[Span], dateline: Option<&str>, selected: Option<usize>, first: &mut [bool]) -> Html {
    let pieces: Vec<Html> = format::segments(text, spans)
        .into_iter()
        .map(|(piece, span)| match span {
            Some(span) => {
                let name = tr(lang, i18n::entity_kind(span.kind));
                let id = first.get_mut(span.entity).filter(|f| **f).map(|f| {
                    *f = false;
                    format!("entity-{}", span.entity)
                });
                let class = classes!("entity", format!("entity-{:?}", span.kind).to_lowercase(), (selected == Some(span.entity)).then_some("selected"));
                html! { <mark {class} {id} title={name}>{ piece }</mark> }
            }
            None => html! { { piece } },
        })
        .collect();
    html! {
        <p>
            if let Some(place) = dateline { <span class="dateline">{ place }</span>{ " – " } }
            { for pieces }
        </p>
    }
}

/// The clean article as a reader sees it.
#[component]
fn Reader(props: &ArticleProps) -> Html {
    let (lang, article) = (props.lang, &props.parsed.article);
    let spans = format::paragraph_spans(article);
    let byline = format::byline(article, lang);
    let mut first = vec![true; article.entities.len()];
    let paragraphs: Vec<Html> = article
        .paragraphs
        .iter()
        .zip(&spans)
        .enumerate()
        .take(props.shown)
        .map(|(i, (text, spans))| {
            let dateline = if i == 0 { article.dateline.as_deref() } else { None };
            paragraph(lang, text, spans, dateline, props.selected, &mut first)
        })
        .collect();
    html! {
        <article class="reader" lang={article.language.clone()}>
            if let Some(section) = &article.section { <p class="kicker">{ section }</p> }
            <h2 class="title">{ article.title.clone().unwrap_or_else(|| tr(lang, Text::NoTitle).to_string()) }</h2>
            if let Some(lead) = &article.lead { <p class="lead">{ lead }</p> }
            <div class="byline">
                if !byline.is_empty() { <p class="credits">{ byline }</p> }
                if let Some(published) = &article.published {
                    <p class="date"><time datetime={published.clone()}>{ format::human_date(published, lang, &article.language) }</time></p>
                }
            </div>
            { for article.images.iter().map(|image| html! {
                <figure class="caption">
                    <figcaption>
                        { &image.caption }
                        if let Some(credit) = &image.credit { <span class="credit">{ " " }{ tr(lang, Text::PhotoCredit) }{ " " }{ credit }</span> }
                    </figcaption>
                </figure>
            }) }
            <div class="body">{ for paragraphs }</div>
            { show_more(lang, props.shown, article.paragraphs.len(), &props.act) }
            { entity_lists(lang, article, &spans, props.selected, &props.act) }
        </article>
    }
}

/// The most entities of one kind, and quotes, the page draws: a pasted site can
/// hold thousands, and drawing them all would hold the page. The JSON has all.
const LIST_MAX: usize = 100;

/// Entities grouped by kind with their mention counts, quotes with their
/// speakers, and acronyms, when the entity stage found any. Picking an entity
/// marks its mentions and scrolls to the first one in the body.
fn entity_lists(lang: Lang, article: &Article, spans: &[Vec<Span>], selected: Option<usize>, act: &Callback<Action>) -> Html {
    // The paragraph of each entity's first highlighted mention.
    let mut first_paragraph = vec![None; article.entities.len()];
    for (p, spans) in spans.iter().enumerate() {
        for span in spans {
            if let Some(slot @ None) = first_paragraph.get_mut(span.entity) {
                *slot = Some(p);
            }
        }
    }
    let item = |i: usize, e: &crate::model::Entity| {
        let paragraph = first_paragraph[i];
        let onclick = act.reform(move |_| {
            browser::after(0, move || browser::scroll_to(&format!("entity-{i}")));
            Action::SelectEntity { entity: i, paragraph }
        });
        let class = classes!("entity", format!("entity-{:?}", e.kind).to_lowercase(), (selected == Some(i)).then_some("selected"));
        // Dates and quantities show what the article wrote, with what it resolves to.
        let label = e.text.as_deref().filter(|_| matches!(e.kind, EntityKind::Date | EntityKind::Quantity)).unwrap_or(&e.name);
        let detail = match &e.role {
            Some(role) => Some((" · ", role.clone())),
            None => format::entity_value(e).filter(|v| v != label).map(|v| (" → ", v)),
        };
        html! {
            <li>
                if paragraph.is_some() {
                    <button type="button" {class} {onclick} aria-pressed={(selected == Some(i)).to_string()}>{ label }</button>
                } else {
                    <mark {class}>{ label }</mark>
                }
                if let Some((sep, detail)) = detail { <span class="muted">{ sep }{ detail }</span> }
                <span class="count" title={tr(lang, Text::Mentions)}>{ format!(" ×{}", e.mentions.len()) }</span>
            </li>
        }
    };
    // Kinds in the order `EntityKind` declares them (people first); within a
    // kind, the order of first mention (the sort is stable).
    let mut by_kind: Vec<(usize, &crate::model::Entity)> = article.entities.iter().enumerate().collect();
    by_kind.sort_by_key(|(_, e)| e.kind);
    let groups = by_kind.chunk_by(|a, b| a.1.kind == b.1.kind).map(|members| {
        let kind = members[0].1.kind;
        let (total, hidden) = (members.len(), members.len().saturating_sub(LIST_MAX));
        html! {
            <div class="entity-group">
                <h4>{ tr(lang, i18n::entity_group(kind)) }<span class="count">{ format!(" {total}") }</span></h4>
                <ul>
                    { for members.iter().take(LIST_MAX).map(|&(i, e)| item(i, e)) }
                    if hidden > 0 { <li class="muted">{ format!("+{hidden} ") }{ tr(lang, Text::MoreInJson) }</li> }
                </ul>
            </div>
        }
    });
    html! {
        <>
            if !article.entities.is_empty() {
                <section class="entities" aria-label={tr(lang, Text::Entities)}>
                    <h3>{ tr(lang, Text::Entities) }</h3>
                    { for groups }
                </section>
            }
            if !article.quotes.is_empty() {
                <section class="quotes">
                    <h3>{ tr(lang, Text::Quotes) }</h3>
                    { for article.quotes.iter().take(LIST_MAX).map(|q| html! {
                        <blockquote><p>{ &q.text }</p>if let Some(who) = &q.speaker { <footer>{ "— " }{ who }</footer> }</blockquote>
                    }) }
                </section>
            }
            if !article.acronyms.is_empty() {
                <section class="acronyms">
                    <h3>{ tr(lang, Text::Acronyms) }</h3>
                    <dl>{ for article.acronyms.iter().map(|a| html! { <><dt>{ &a.short }</dt><dd>{ &a.long }</dd></> }) }</dl>
                </section>
            }
        </>
    }
}

/// One metadata row; a missing value says so.
fn row(lang: Lang, name: Text, value: Option<Html>) -> Html {
    html! {
        <>
            <dt>{ tr(lang, name) }</dt>
            { match value {
                Some(v) => html! { <dd>{ v }</dd> },
                None => html! { <dd class="missing">{ tr(lang, Text::Missing) }</dd> },
            } }
        </>
    }
}

fn text_value(value: &Option<String>) -> Option<Html> {
    value.as_ref().map(|v| html! { { v } })
}

fn list_value(values: &[String]) -> Option<Html> {
    (!values.is_empty()).then(|| html! { <ul>{ for values.iter().map(|v| html! { <li>{ v }</li> }) }</ul> })
}

fn date_value(lang: Lang, iso: &Option<String>, source: &Option<String>, article_language: &str) -> Option<Html> {
    iso.as_ref().map(|iso| {
        html! {
            <>
                <time datetime={iso.clone()}>{ format::human_date(iso, lang, article_language) }</time>
                <code class="iso">{ iso }</code>
                if let Some(source) = source { <span class="source">{ "“" }{ source }{ "”" }</span> }
            </>
        }
    })
}

/// Every metadata field, present or missing.
#[component]
fn MetaPanel(props: &ArticleProps) -> Html {
    let (lang, a) = (props.lang, &props.parsed.article);
    let people = (!a.people.is_empty()).then(|| {
        html! { <ul>{ for a.people.iter().map(|p| html! { <li>{ &p.name }<span class="role">{ tr(lang, i18n::role(p.role)) }</span></li> }) }</ul> }
    });
    let images = (!a.images.is_empty()).then(|| {
        html! { <ul>{ for a.images.iter().map(|i| html! { <li>{ &i.caption }if let Some(c) = &i.credit { <span class="role">{ c }</span> }</li> }) }</ul> }
    });
    let notes = (!a.diagnostics.is_empty()).then(|| html! { <ul>{ for a.diagnostics.iter().map(|d| html! { <li>{ &d.message }</li> }) }</ul> });
    html! {
        <aside class="meta" aria-labelledby="meta-title">
            <h3 id="meta-title">{ tr(lang, Text::TabMetadata) }</h3>
            <dl>
                { row(lang, Text::FieldTitle, text_value(&a.title)) }
                { row(lang, Text::FieldLead, text_value(&a.lead)) }
                { row(lang, Text::FieldSection, text_value(&a.section)) }
                { row(lang, Text::FieldPublished, date_value(lang, &a.published, &a.published_text, &a.language)) }
                { row(lang, Text::FieldModified, date_value(lang, &a.modified, &a.modified_text, &a.language)) }
                { row(lang, Text::FieldRetrieved, date_value(lang, &a.retrieved, &None, &a.language)) }
                { row(lang, Text::FieldAuthors, list_value(&a.authors)) }
                { row(lang, Text::FieldEditors, list_value(&a.editors)) }
                { row(lang, Text::FieldPeople, people) }
                { row(lang, Text::FieldDateline, text_value(&a.dateline)) }
                { row(lang, Text::FieldAgency, text_value(&a.agency)) }
                { row(lang, Text::FieldLanguage, (a.language != "und").then(|| html! { <code>{ &a.language }</code> })) }
                { row(lang, Text::FieldWords, Some(html! { { a.word_count } })) }
                { row(lang, Text::FieldReadingTime, Some(html! { <>{ a.reading_time_minutes }{ " " }{ tr(lang, Text::Minutes) }</> })) }
                { row(lang, Text::FieldImages, images) }
                { row(lang, Text::FieldRelated, list_value(&a.related)) }
                { row(lang, Text::FieldTags, list_value(&a.tags)) }
                { row(lang, Text::FieldDiagnostics, notes) }
            </dl>
        </aside>
    }
}

/// The input's lines with their labels; removed ones struck through.
#[component]
fn LinesView(props: &ArticleProps) -> Html {
    let (lang, a) = (props.lang, &props.parsed.article);
    let (removed, all) = (props.parsed.removed, props.parsed.lines);
    let lines: Vec<_> = a.lines.iter().filter(|l| props.show_kept || l.label != Label::Body).collect();
    let total = lines.len();
    let items = lines.into_iter().take(props.shown).map(|line| {
        let kept = line.label == Label::Body;
        let label = format!("{:?}", line.label).to_lowercase();
        html! {
            <li class={classes!("line", if kept { "kept" } else { "removed" })}>
                <span class="number" aria-label={tr(lang, Text::LineNumber)}>{ line.number }</span>
                if kept { <span class="text">{ &line.text }</span> } else { <del class="text">{ &line.text }</del> }
                <span class="why">
                    <span class={classes!("badge", format!("label-{label}"))}>{ tr(lang, i18n::label(line.label)) }</span>
                    <code class="rule" title={tr(lang, Text::Rule)}>{ line.rule.as_ref() }</code>
                    <span class="reason">{ line.reason.as_ref() }</span>
                </span>
            </li>
        }
    });
    html! {
        <div class="lines">
            <div class="lines-head">
                <p><strong>{ removed }</strong>{ " " }{ tr(lang, Text::RemovedSummary) }{ " " }{ all }{ " " }{ tr(lang, Text::Lines) }</p>
                <label class="toggle">
                    <input type="checkbox" checked={props.show_kept} onchange={props.act.reform(|_| Action::ToggleKept)} />
                    { tr(lang, Text::ShowKept) }
                </label>
            </div>
            <ol class="line-list">{ for items }</ol>
            { show_more(lang, props.shown, total, &props.act) }
            if a.lines.len() < all && props.shown >= total {
                <p class="note">{ format!("{} / {all} ", a.lines.len()) }{ tr(lang, Text::Lines) }{ ": " }{ tr(lang, Text::LinesCut) }</p>
            }
        </div>
    }
}

/// The batch: progress, every record, and the JSON Lines download.
fn batch_panel(lang: Lang, batch: &Batch, act: &Callback<Action>, dispatch: &Dispatch) -> Html {
    let (done, total) = batch.progress();
    let on_download = {
        let (jsonl, dispatch) = (batch.jsonl(), dispatch.clone());
        Callback::from(move |_| download("kliping-batch.jsonl".to_string(), "application/x-ndjson", &jsonl, &dispatch))
    };
    let items = batch.items.iter().enumerate().map(|(i, item)| {
        let (class, status, title) = match &item.status {
            ItemStatus::Waiting => ("waiting", tr(lang, Text::BatchWaiting).to_string(), None),
            ItemStatus::Parsed { parsed, .. } => ("parsed", tr(lang, Text::BatchParsed).to_string(), parsed.article.title.clone()),
            ItemStatus::Failed { error, .. } => ("failed", tr(lang, Text::BatchFailed).to_string(), Some(error.clone())),
        };
        html! {
            <li class={classes!("batch-item", class)}>
                <span class="name">{ &item.name }</span>
                <span class="state">{ status }</span>
                <span class="item-title">{ title.unwrap_or_default() }</span>
                <button onclick={act.reform(move |_| Action::OpenItem(Some(i)))} disabled={class == "waiting"}>{ tr(lang, Text::Open) }</button>
            </li>
        }
    });
    html! {
        <section class="batch" aria-labelledby="batch-title">
            <div class="batch-head">
                <h2 id="batch-title">{ tr(lang, Text::BatchTitle) }</h2>
                <progress max={total.to_string()} value={done.to_string()} aria-label={tr(lang, Text::BatchTitle)}></progress>
                <span class="progress-text">{ format!("{done} {} {total} ", tr(lang, Text::BatchOf)) }{ tr(lang, Text::BatchParsed) }</span>
            </div>
            <div class="toolbar">
                <button class="primary" onclick={on_download} disabled={done == 0}>{ tr(lang, Text::DownloadJsonl) }</button>
                <button onclick={act.reform(|_| Action::CloseBatch)}>{ tr(lang, Text::CloseBatch) }</button>
            </div>
            <ol class="batch-list">{ for items }</ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct NoticeProps {
    lang: Lang,
    notice: Option<Notice>,
}

#[component]
fn NoticeBar(props: &NoticeProps) -> Html {
    let lang = props.lang;
    let (class, text) = match &props.notice {
        None => return html! { <div class="notice" role="status" aria-live="polite"></div> },
        Some(Notice::Copied) => ("notice show", tr(lang, Text::Copied).to_string()),
        Some(Notice::Downloaded(name)) => ("notice show", format!("{} {name}", tr(lang, Text::Downloaded))),
        Some(Notice::Failed(e)) => ("notice show failed", format!("{} {e}", tr(lang, Text::ActionFailed))),
    };
    html! { <div class={class} role="status" aria-live="polite">{ text }</div> }
}
