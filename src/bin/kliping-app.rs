//! The Kliping web page (built by Trunk from `index.html`; see `kliping::app`).
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
fn main() {
    kliping::app::ui::start();
}

/// Natively (`cargo test --all-features` builds every binary) there is no page.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kliping-app is the web page: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}
