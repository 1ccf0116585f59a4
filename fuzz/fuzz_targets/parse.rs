//! `parse` on any UTF-8 text: it must not panic, and what it returns must hold
//! the contract's invariants (checked here too, so a wrong offset is a crash).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(article) = kliping::parse(text, &kliping::Options::default()) else { return };
    let mut previous = 0;
    for line in &article.lines {
        assert!(line.number > previous, "line numbers must increase");
        previous = line.number;
    }
    assert_eq!(article.body, article.paragraphs.join("\n\n"));
    let body: Vec<char> = article.body.chars().collect();
    for mention in article.entities.iter().flat_map(|e| &e.mentions) {
        let (start, end) = (mention.start as usize, mention.end as usize);
        assert!(start <= end && end <= body.len(), "mention outside the body");
        assert_eq!(body[start..end].iter().collect::<String>(), mention.text);
    }
    let json = kliping::to_json(&article, false);
    let back: kliping::Article = serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(back, article);
});
