//! Batch records: how one line of a JSON Lines input becomes one output record.
//!
//! The command-line tool (`kliping batch`) and the web app's batch view both read
//! records through these functions, so the same input gives the same output lines
//! in both.

use crate::model::{BatchRecord, BatchStatus};
use crate::{Options, ParseError};

/// One unit of batch work: an id and its text, or why the text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The record's id: the `id` field, or `line N` when it has none.
    pub id: String,
    /// The page's text, or why it is missing.
    pub text: Result<String, String>,
}

/// The non-blank lines of a JSON Lines input, with their line numbers (from 1).
pub fn jsonl_lines(input: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    input
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(n, line)| (n + 1, line))
        .filter(|(_, line)| !line.iter().all(u8::is_ascii_whitespace))
}

/// Reads one JSON Lines record (`{"id": ..., "text": ...}`) found on line `number`.
pub fn jsonl_record(line: &[u8], number: usize) -> Record {
    let fallback_id = format!("line {number}");
    let value: serde_json::Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => return Record { id: fallback_id, text: Err(format!("line {number} is not valid JSON: {e}")) },
    };
    let id = match value.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => fallback_id,
    };
    let text = match value.get("text") {
        Some(serde_json::Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("line {number}: \"text\" is not a string")),
        None => Err(format!("line {number} has no \"text\" field")),
    };
    Record { id, text }
}

/// Decodes a file's bytes as batch text, refusing files over the size limit.
pub fn file_text(bytes: &[u8], options: &Options) -> Result<String, String> {
    if bytes.len() > options.max_bytes {
        return Err(ParseError::TooLarge { bytes: bytes.len(), limit: options.max_bytes }.to_string());
    }
    crate::normalize::decode(bytes).map(|d| d.text).map_err(|e| e.to_string())
}

/// Parses one record into its output line's value.
pub fn parse_record(record: &Record, options: &Options) -> BatchRecord {
    let result = record.text.as_deref().map_err(Clone::clone).and_then(|text| crate::parse(text, options).map_err(|e| e.to_string()));
    match result {
        Ok(article) => BatchRecord { id: record.id.clone(), status: BatchStatus::Ok, article: Some(article), error: None },
        Err(e) => BatchRecord { id: record.id.clone(), status: BatchStatus::Failed, article: None, error: Some(e) },
    }
}

/// One output line of a batch, as `kliping batch` writes it (without the newline).
pub fn record_line(record: &BatchRecord) -> String {
    // The record holds only strings, numbers, lists and enums: serialising cannot fail.
    serde_json::to_string(record).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_takes_its_id_and_text() {
        let r = jsonl_record(br#"{"id": "a-1", "text": "Halo"}"#, 3);
        assert_eq!(r, Record { id: "a-1".into(), text: Ok("Halo".into()) });
        let r = jsonl_record(br#"{"id": 7, "text": "Halo"}"#, 3);
        assert_eq!(r.id, "7");
    }

    #[test]
    fn a_bad_record_is_named_by_its_line() {
        let r = jsonl_record(b"{not json", 4);
        assert_eq!(r.id, "line 4");
        assert!(r.text.unwrap_err().starts_with("line 4 is not valid JSON"));
        let r = jsonl_record(br#"{"id": "x"}"#, 2);
        assert_eq!(r.text, Err("line 2 has no \"text\" field".to_string()));
        let r = jsonl_record(br#"{"text": 5}"#, 9);
        assert_eq!((r.id.as_str(), r.text), ("line 9", Err("line 9: \"text\" is not a string".to_string())));
    }

    #[test]
    fn blank_lines_are_skipped_but_counted() {
        let lines: Vec<usize> = jsonl_lines(b"{}\n\n  \r\n{}\n").map(|(n, _)| n).collect();
        assert_eq!(lines, vec![1, 4]);
    }

    #[test]
    fn a_failed_record_keeps_its_error() {
        let rec = parse_record(&Record { id: "e".into(), text: Ok("   ".into()) }, &Options::default());
        assert_eq!(rec.status, BatchStatus::Failed);
        assert!(record_line(&rec).starts_with(r#"{"id":"e","status":"failed","article":null,"error":"#));
    }
}
