//! The web page's parsing worker (built by Trunk from `index.html`; see
//! `kliping::app::protocol`). The page starts it with `new Worker(...)`.
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
fn main() {
    kliping::app::browser::serve_worker();
}

/// Natively (`cargo test --all-features` builds every binary) there is no page.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kliping-worker runs inside the web page: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}
