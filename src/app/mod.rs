//! The Kliping web page: a Yew app whose parsing runs in a Web Worker.
//!
//! # The map
//!
//! ```text
//! browser events ──▶ ui (components) ──▶ Action ──▶ state::State::apply ──▶ State ──▶ ui
//!                          │                                   ▲
//!                          ▼                                   │
//!                 browser::ParserWorker ── Request ──▶ worker: protocol::work ── Reply
//! ```
//!
//! - [`state`]: the one reducer. Every change of what the page shows is an
//!   [`state::Action`], applied by a plain function that tests run natively.
//! - [`protocol`]: the messages between page and worker, and the worker's work
//!   (plain Rust over [`crate::parse`]; the only place the app parses).
//! - [`format`]: what the page derives from an [`crate::Article`]: dates for
//!   people, Markdown, plain text, file names, entity spans.
//! - [`i18n`]: every interface string, in English and Indonesian.
//! - `ui` (wasm32): the function components; they take data and callbacks.
//! - `browser` (wasm32): the only module that touches browser APIs (worker,
//!   storage, clipboard, downloads, files, timers). It turns every browser
//!   failure into a message; nothing here `unwrap`s a browser result.
//!
//! # Invariants
//!
//! - The page sends no network request after its own files have loaded.
//! - The downloaded JSON is the worker's `to_json` output, byte for byte: the
//!   bytes `kliping parse` prints for the same input.
//! - Parsing never runs on the page's thread, so a 10 MB paste cannot freeze it.

pub mod format;
pub mod i18n;
pub mod protocol;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
