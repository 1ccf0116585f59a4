//! Renders an HTML file (or standard input) to text with Kliping's renderer, as
//! the parser's first stage does: `cargo run --example html2text -- page.html`.

use std::io::Read;

fn main() {
    let mut input = Vec::new();
    let read = match std::env::args_os().nth(1) {
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut input)),
        None => std::io::stdin().read_to_end(&mut input),
    };
    if let Err(e) = read {
        eprintln!("html2text: cannot read the input: {e}");
        std::process::exit(2);
    }
    let text = String::from_utf8_lossy(&input);
    println!("{}", kliping::html::to_text(&text));
}
