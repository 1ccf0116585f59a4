//! The Kliping web page (built by Trunk from `index.html`; see `kliping::app`).
#![forbid(unsafe_code)]

fn main() {
    kliping::app::ui::start();
}
