//! `kliping tag`: CoNLL tokens in, `token<TAB>tag` out, sentence breaks kept.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Stdio};

fn tag(input: &str, args: &[&str]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kliping"))
        .arg("tag")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("kliping runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write tokens");
    let out = child.wait_with_output().expect("kliping ends");
    assert!(out.status.success(), "kliping tag failed");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

const INPUT: &str = "Menteri NOUN O\r\nLuar NOUN O\r\nNegeri NOUN O\r\nRetno PROPN B-PER\r\nMarsudi PROPN I-PER\r\ntiba VERB O\r\ndi ADP O\r\nPhnom PROPN B-LOC\r\nPenh PROPN I-LOC\r\n. PUNCT O\r\n\r\n\r\nKPK\tB-ORG\nmemeriksa\tO\nsaksi\tO\n";

fn check(out: &str) {
    let lines: Vec<&str> = out.lines().collect();
    // 10 tokens, a blank line, 3 tokens, a blank line.
    assert_eq!(lines.len(), 15, "{out}");
    assert_eq!(lines[10], "");
    assert_eq!(lines[14], "");
    let tokens: Vec<&str> = lines.iter().filter(|l| !l.is_empty()).map(|l| l.split('\t').next().unwrap_or("")).collect();
    assert_eq!(tokens[..3], ["Menteri", "Luar", "Negeri"]);
    let mut prev = "O".to_string();
    for l in lines.iter().filter(|l| !l.is_empty()) {
        let tag = l.split('\t').nth(1).expect("a tag column");
        let ok = tag == "O" || tag.starts_with("B-") || (tag.starts_with("I-") && prev[2..] == tag[2..]);
        assert!(ok, "not IOB2 after {prev}: {l}");
        prev = tag.to_string();
    }
}

#[test]
fn tags_conll_tokens_with_the_model() {
    // What the model tags depends on its training; the shape of the output does not.
    check(&tag(INPUT, &[]));
}

#[test]
fn tags_conll_tokens_without_a_model() {
    let out = tag(INPUT, &["--rules-only"]);
    check(&out);
    assert!(out.contains("Retno\tB-PER\nMarsudi\tI-PER"), "{out}");
    assert!(out.contains("Phnom\tB-LOC\nPenh\tI-LOC"), "{out}");
    assert!(out.contains("KPK\tB-ORG"), "{out}");
}
