//! The same bytes in WebAssembly as natively, checked in headless Chromium.
//!
//! Run by `scripts/test.sh` (`cargo test --target wasm32-unknown-unknown --test
//! wasm`, with wasm-bindgen-test-runner and chromedriver). The cases come from
//! `build.rs`: the golden fixtures, and the native CLI's output for the seed and
//! for pages of `../shared/eval-dev` (`scripts/native-cases.sh`).
#![cfg(target_arch = "wasm32")]

use kliping::app::browser::{reply_from_js, reply_to_js, request_from_js, request_to_js};
use kliping::app::protocol::{Job, Preview, RecordReply, Reply, Request};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

include!(concat!(env!("OUT_DIR"), "/wasm_cases.rs"));

/// The options of the CLI, whose entity model the page fetches after first paint.
fn options() -> kliping::Options {
    let model = kliping::entities::NerModel::from_bytes(include_bytes!("../models/ner.model").to_vec()).expect("the committed model loads");
    kliping::Options { ner: Some(std::sync::Arc::new(model)), ..kliping::Options::default() }
}

/// What the CLI prints for an input: the article's JSON, or the error.
fn output(input: &[u8], pretty: bool) -> String {
    thread_local!(static OPTIONS: kliping::Options = options());
    match OPTIONS.with(|options| kliping::parse_bytes(input, options)) {
        Ok(article) => kliping::to_json(&article, pretty),
        Err(e) => format!("error: {e}\n"),
    }
}

/// Lets the browser's event loop run, so the test driver is not starved while
/// many pages are parsed on the page's only thread.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn every_case_gives_the_native_bytes() {
    assert!(!CASES.is_empty(), "no cases: add tests/fixtures/*/ or set KLIPING_WASM_CASES (scripts/native-cases.sh)");
    let mut differ = Vec::new();
    for (name, input, expected) in CASES {
        yield_to_browser().await;
        // Fixtures may be stored pretty-printed; the CLI's default output is compact.
        let pretty = expected.starts_with("{\n");
        if output(input, pretty) != *expected {
            differ.push(*name);
        }
    }
    assert!(differ.is_empty(), "{} of {} cases differ from the native output: {differ:?}", differ.len(), CASES.len());
}

#[wasm_bindgen_test]
fn parsing_twice_gives_the_same_bytes() {
    let seed = include_bytes!("../examples/id-validnews-tppo/raw.txt");
    assert_eq!(output(seed, false), output(seed, false));
}

#[wasm_bindgen_test]
fn worker_messages_survive_the_trip_through_javascript() {
    let requests = [
        Request { id: 1, job: Job::Article, text: "Judul\n\nIsi berita.".into() },
        Request { id: 2, job: Job::File { name: "berita.html".into() }, text: "<p>Isi</p>".into() },
        Request { id: u32::MAX, job: Job::Jsonl, text: String::new() },
    ];
    for request in requests {
        assert_eq!(request_from_js(&request_to_js(&request)), Some(request));
    }
    let record = RecordReply { index: 2, total: 3, record_id: "a".into(), outcome: Err("rusak".into()), line: "{}".into() };
    let replies = [
        Reply::Ready { model: Ok(1_354_200) },
        Reply::Ready { model: Err("./ner.model answered 404 Not Found".into()) },
        Reply::Article { id: 7, outcome: Ok("{\"title\":\"😀\"}\n".into()), preview: None, millis: 1.25 },
        Reply::Article { id: 9, outcome: Ok("{}\n".into()), preview: Some(Preview { json: "{}".into(), lines: 5000, removed: 12 }), millis: 0.5 },
        Reply::Record { id: 8, record },
    ];
    for reply in replies {
        assert_eq!(reply_from_js(&reply_to_js(&reply)), Some(reply));
    }
    assert_eq!(request_from_js(&wasm_bindgen::JsValue::from_str("not a message")), None);
}
