//! `kliping batch`: a bad record never stops the run, the output has one line
//! per input record in input order, and the exit code says whether any failed.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = include_str!("../examples/id-validnews-tppo/raw.txt");

fn kliping(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kliping"))
        .args(args)
        .arg("--no-entities")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kliping runs");
    // Written from a thread: the child's output would fill its pipe while we write.
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().expect("kliping ends");
    // The child may stop reading early (bad arguments): a broken pipe is its answer, not ours.
    let _ = writer.join();
    out
}

/// The output lines as (id, status, error) triples.
fn records(stdout: &[u8]) -> Vec<(String, String, Option<String>)> {
    let text = std::str::from_utf8(stdout).expect("UTF-8 output");
    assert!(text.is_empty() || text.ends_with('\n'), "every line ends with a newline");
    text.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
            let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
            let status = s("status").expect("a status");
            assert_eq!(v.get("article").is_some_and(|a| !a.is_null()), status == "ok", "an article exactly when ok: {line}");
            (s("id").expect("an id"), status, s("error"))
        })
        .collect()
}

fn line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

#[test]
fn bad_records_are_marked_and_the_rest_parse_in_order() {
    let input = [
        line("good-1", SEED),
        "{\"id\": \"broken\", \"text\": \"unterminated".to_string(),
        String::new(),
        "   ".to_string(),
        "{\"id\": \"no-text\"}".to_string(),
        "{\"id\": 42, \"text\": 7}".to_string(),
        line("empty", " \n\t"),
        line("html", "<html><body><h1>Judul</h1><p>Isi berita yang cukup panjang untuk menjadi badan artikel.</p></body></html>"),
        "[1, 2, 3]".to_string(),
        line("good-2", &SEED.replace("Kamboja", "Vietnam")),
    ]
    .join("\n");
    let out = kliping(&["batch"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "some records failed: {}", String::from_utf8_lossy(&out.stderr));
    let got = records(&out.stdout);
    let summary: Vec<(&str, &str)> = got.iter().map(|(id, status, _)| (id.as_str(), status.as_str())).collect();
    assert_eq!(summary, [
        ("good-1", "ok"),
        ("line 2", "failed"),
        ("no-text", "failed"),
        ("42", "failed"),
        ("empty", "failed"),
        ("html", "ok"),
        ("line 9", "failed"),
        ("good-2", "ok"),
    ]);
    assert!(got[1].2.as_deref().is_some_and(|e| e.contains("not valid JSON")), "{:?}", got[1]);
    assert!(got[2].2.as_deref().is_some_and(|e| e.contains("no \"text\"")), "{:?}", got[2]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("5 of 8 records failed"), "{stderr}");
    assert!(stderr.contains("record no-text:"), "each failure is reported with its id: {stderr}");
}

#[test]
fn a_clean_batch_exits_zero_with_a_line_per_record() {
    let input: String = (0..600).map(|i| line(&format!("r{i}"), &SEED.replace("TPPO", &format!("TPPO{i}"))) + "\n").collect();
    let out = kliping(&["batch", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let got = records(&out.stdout);
    assert_eq!(got.len(), 600, "one line per record, across chunks");
    assert!(got.iter().enumerate().all(|(i, (id, status, _))| *id == format!("r{i}") && status == "ok"), "in input order");
}

#[test]
fn a_directory_lists_unreadable_and_binary_files_as_failed() {
    let dir = std::env::temp_dir().join(format!("kliping-batch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).expect("make a folder");
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).expect("write a file");
    write("a.txt", SEED.as_bytes());
    write("b.html", b"<p>Isi berita yang cukup panjang untuk menjadi badan artikel.</p>");
    write("c.txt", &[0u8, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0].repeat(50));
    let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain(SEED.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    write("d.txt", &utf16);
    write("ignored.pdf", b"%PDF-1.4");
    write("sub/e.txt", SEED.as_bytes());
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("gone.txt"), dir.join("broken.txt")).expect("make a dangling link");
    let out_file = dir.join("out.jsonl");
    let out = kliping(&["batch", dir.to_str().expect("UTF-8 path"), "-o", out_file.to_str().expect("UTF-8 path")], b"");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let got = records(&std::fs::read(&out_file).expect("the output file"));
    let summary: Vec<(&str, &str)> = got.iter().map(|(id, status, _)| (id.as_str(), status.as_str())).collect();
    let mut expected = vec![("a.txt", "ok"), ("b.html", "ok")];
    #[cfg(unix)]
    expected.push(("broken.txt", "failed"));
    expected.extend([("c.txt", "failed"), ("d.txt", "ok"), ("sub/e.txt", "ok")]);
    assert_eq!(summary, expected);
    let reason = |id: &str| got.iter().find(|r| r.0 == id).and_then(|r| r.2.clone()).unwrap_or_default();
    assert!(reason("c.txt").contains("not text"), "the reason says what it is: {}", reason("c.txt"));
    #[cfg(unix)]
    assert!(reason("broken.txt").contains("cannot read"), "{}", reason("broken.txt"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_input_and_bad_arguments_exit_2_with_a_message() {
    let out = kliping(&["batch", "/nonexistent/kliping/corpus.jsonl"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/kliping/corpus.jsonl"));
    assert!(out.stdout.is_empty(), "no partial output");
    let out = kliping(&["batch", "--max-bytes", "lots"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_record_over_the_size_limit_fails_alone() {
    let input = [line("small", SEED), line("big", &SEED.repeat(3))].join("\n");
    let limit = (SEED.len() * 2).to_string();
    let out = kliping(&["batch", "--max-bytes", &limit], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let got = records(&out.stdout);
    assert_eq!(got[0].1, "ok");
    assert_eq!(got[1].1, "failed");
    assert!(got[1].2.as_deref().is_some_and(|e| e.contains("limit")), "{:?}", got[1]);
}
