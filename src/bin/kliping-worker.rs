//! The web page's parsing worker (built by Trunk from `index.html`; see
//! `kliping::app::protocol`). The page starts it with `new Worker(...)`.
#![forbid(unsafe_code)]

fn main() {
    kliping::app::browser::serve_worker();
}
