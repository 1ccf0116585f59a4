//! Prints a page's headline candidates with their scores: `cargo run --example debug_title -- FILE`.
use kliping::classify::{Page, title};
use kliping::{Options, normalize, segment, weights};

fn main() {
    let path = std::env::args().nth(1).expect("a raw.txt path");
    let raw = std::fs::read_to_string(path).expect("readable");
    let text = normalize::normalize(&raw, &Options::default()).expect("parses");
    let lines = segment::segment(&text.text);
    let page = Page::prepare(&lines);
    println!("first body line: {:?}", page.body.first().map(|&b| lines[b].number));
    let mut cands = title::candidates(&page);
    cands.sort_by(|a, b| weights::TITLE.score(&b.features).total_cmp(&weights::TITLE.score(&a.features)));
    for c in cands.iter().take(8) {
        println!("{:7.2} {:5} {:?} | {}", weights::TITLE.score(&c.features), lines[c.line].number, page.label(c.line), &lines[c.line].text.chars().take(90).collect::<String>());
    }
}
