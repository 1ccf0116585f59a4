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
    // Mentions count code points into the text of their part.
    for mention in article.entities.iter().flat_map(|e| &e.mentions) {
        let text = match mention.part {
            kliping::model::TextPart::Body => Some(article.body.as_str()),
            kliping::model::TextPart::Title => article.title.as_deref(),
            kliping::model::TextPart::Lead => article.lead.as_deref(),
            kliping::model::TextPart::Dateline => article.dateline.as_deref(),
        };
        let chars: Vec<char> = text.expect("a mention's part is in the article").chars().collect();
        let (start, end) = (mention.start as usize, mention.end as usize);
        assert!(start <= end && end <= chars.len(), "mention outside its part");
        assert_eq!(chars[start..end].iter().collect::<String>(), mention.text);
    }
    let body: Vec<char> = article.body.chars().collect();
    for quote in &article.quotes {
        let (start, end) = (quote.start as usize, quote.end as usize);
        assert!(start <= end && end <= body.len(), "quote outside the body");
        assert_eq!(body[start..end].iter().collect::<String>(), quote.text);
    }
    let json = kliping::to_json(&article, false);
    let back: kliping::Article = serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(back, article);
});
