//! `kliping`: the parser on the command line.

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use kliping::model::{BatchRecord, BatchStatus};
use kliping::Options;
use kliping::batch::{self, Record};
use rayon::prelude::*;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// mimalloc: faster than the system allocator for the parser's many small strings (see Cargo.toml).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns the raw text of news pages into clean articles with their metadata, as JSON.
///
/// Kliping reads what a scraper saved or a person copied from a news page (menus,
/// bylines, "Baca juga" links, captions, footers and all, or the page's HTML) and
/// writes the article: title, lead, body paragraphs, authors, dates with zones,
/// dateline, captions, related links, language, and why every other line was cut.
#[derive(Parser)]
#[command(name = "kliping", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXAMPLES: &str = "\
Examples:
  kliping parse article.txt --pretty       one page, readable JSON
  curl -s https://example.com/news | kliping parse -
  kliping batch corpus.jsonl -o clean.jsonl
  kliping batch pages/ -o clean.jsonl      every .txt and .html file in pages/
  kliping tag < test.conll > tagged.tsv    IOB2 entity tags for CoNLL tokens

Exit codes: 0 done; 1 some batch records failed (each is marked in the output);
2 bad arguments or input that cannot be parsed (the message says why).";

/// Parse settings shared by `parse` and `batch`.
#[derive(clap::Args)]
struct How {
    /// Largest input (or batch record) accepted, in bytes.
    #[arg(long, default_value_t = kliping::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Skip the entity stage: `entities`, `acronyms` and `quotes` stay empty, and
    /// parsing is many times faster (for cleaning large corpora).
    #[arg(long)]
    no_entities: bool,
}

impl How {
    fn options(&self) -> Options {
        Options { max_bytes: self.max_bytes, entities: !self.no_entities, ..Options::default() }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Parse one page and print its article as JSON.
    Parse {
        /// The file to read: text or HTML. `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Indent the JSON for people to read.
        #[arg(long)]
        pretty: bool,
        #[command(flatten)]
        how: How,
    },
    /// Parse many pages, in parallel on all cores, into JSON Lines.
    ///
    /// INPUT is a JSON Lines file with one `{"id": ..., "text": ...}` object a line,
    /// or a directory whose .txt, .html and .htm files are read (recursively). Each
    /// output line is `{"id", "status": "ok"|"failed", "article", "error"}`, in input
    /// order; a bad record is reported with its id and does not stop the batch.
    Batch {
        /// JSON Lines file or directory. `-` or nothing reads JSON Lines from standard input.
        input: Option<PathBuf>,
        /// Where to write the JSON Lines; standard output when not given.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        how: How,
    },
    /// Print the JSON Schema of the article and batch-record JSON.
    Schema,
    /// Tag tokens with named-entity labels (IOB2), for measuring the tagger.
    ///
    /// Reads CoNLL-style text on standard input: one token a line (the first
    /// column; other columns are ignored), a blank line between sentences. Writes
    /// `token<TAB>tag` lines with PER, ORG and LOC (and EVENT, MISC for other named
    /// things, which evaluators may map to O), keeping the sentence breaks.
    Tag {
        /// A model file (`models/ner.model`, as `cargo run --example train_ner` writes it) to use instead of the built-in one.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Use rules and lists only, no model (as the web page before its model loads).
        #[arg(long, conflicts_with = "model")]
        rules_only: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    let result = match cli.command {
        Command::Parse { file, pretty, how } => parse_one(file.as_deref(), pretty, &how),
        Command::Batch { input, output, how } => batch(input.as_deref(), output.as_deref(), &how),
        Command::Schema => print_schema(),
        Command::Tag { model, rules_only } => tag(model.as_deref(), rules_only),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("kliping: {message}");
            ExitCode::from(2)
        }
    }
}

fn is_stdin(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p == Path::new("-"))
}

fn read_input(path: Option<&Path>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if is_stdin(path) {
        if io::stdin().is_terminal() {
            eprintln!("kliping: reading the page from standard input; end it with Ctrl-D (see `kliping --help`)");
        }
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else if let Some(p) = path {
        bytes = std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
    }
    Ok(bytes)
}

fn parse_one(path: Option<&Path>, pretty: bool, how: &How) -> Result<ExitCode, String> {
    let bytes = read_input(path)?;
    let name = path.filter(|_| !is_stdin(path)).map_or("standard input".to_string(), |p| p.display().to_string());
    let options = how.options();
    let article = kliping::parse_bytes(&bytes, &options).map_err(|e| format!("{name}: {e}"))?;
    let mut out = io::stdout().lock();
    out.write_all(kliping::to_json(&article, pretty).as_bytes()).map_err(|e| format!("cannot write the output: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// Records parsed together: enough to keep every core busy, few enough that
/// memory stays bounded however large the corpus is.
const CHUNK: usize = 256;

fn batch(input: Option<&Path>, output: Option<&Path>, how: &How) -> Result<ExitCode, String> {
    let max_bytes = how.max_bytes;
    let mut source = match input {
        Some(dir) if dir.is_dir() => {
            let mut files = Vec::new();
            collect_files(dir, &mut files).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
            files.sort();
            Source::Files { dir: dir.to_path_buf(), files: files.into_iter(), max_bytes }
        }
        _ if is_stdin(input) => Source::Jsonl { reader: Box::new(BufReader::new(io::stdin())), line: 0 },
        _ => {
            let p = input.unwrap_or(Path::new("-"));
            let file = std::fs::File::open(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            Source::Jsonl { reader: Box::new(BufReader::new(file)), line: 0 }
        }
    };
    let mut out: Box<dyn Write> = match output {
        Some(p) => Box::new(BufWriter::new(std::fs::File::create(p).map_err(|e| format!("cannot write {}: {e}", p.display()))?)),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let bar = progress_bar(input, &source);
    let options = how.options();
    let (mut failed, mut total) = (0usize, 0usize);
    loop {
        let chunk = source.next_chunk(CHUNK)?;
        if chunk.is_empty() {
            break;
        }
        total += chunk.len();
        // In parallel within a chunk, written in input order.
        let done: Vec<BatchRecord> = chunk
            .par_iter()
            .map(|r| {
                let rec = batch::parse_record(r, &options);
                bar.inc(1);
                rec
            })
            .collect();
        for rec in done {
            if rec.status == BatchStatus::Failed {
                failed += 1;
                bar.suspend(|| eprintln!("kliping: record {}: {}", rec.id, rec.error.as_deref().unwrap_or("failed")));
            }
            let line = batch::record_line(&rec);
            writeln!(out, "{line}").map_err(|e| format!("cannot write the output: {e}"))?;
        }
    }
    out.flush().map_err(|e| format!("cannot write the output: {e}"))?;
    bar.finish_and_clear();
    if failed > 0 {
        eprintln!("kliping: {failed} of {total} records failed; they are marked \"failed\" in the output");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Where batch records come from, read a chunk at a time.
enum Source {
    /// JSON Lines; `line` is the number of the last line read.
    Jsonl { reader: Box<dyn BufRead>, line: usize },
    /// The `.txt` and `.html` files under a directory, in name order.
    Files { dir: PathBuf, files: std::vec::IntoIter<PathBuf>, max_bytes: usize },
}

impl Source {
    /// The next records, at most `n`; none at the end of the input.
    fn next_chunk(&mut self, n: usize) -> Result<Vec<Record>, String> {
        let mut records = Vec::with_capacity(n);
        match self {
            Source::Jsonl { reader, line } => {
                let mut buf = Vec::new();
                while records.len() < n {
                    buf.clear();
                    if reader.read_until(b'\n', &mut buf).map_err(|e| format!("cannot read the input: {e}"))? == 0 {
                        break;
                    }
                    *line += 1;
                    // Blank lines are not records.
                    if !buf.iter().all(u8::is_ascii_whitespace) {
                        records.push(batch::jsonl_record(&buf, *line));
                    }
                }
            }
            Source::Files { dir, files, max_bytes } => {
                let options = Options { max_bytes: *max_bytes, ..Options::default() };
                for path in files.by_ref().take(n) {
                    let id = path.strip_prefix(&*dir).unwrap_or(&path).display().to_string();
                    let text = std::fs::read(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))
                        .and_then(|bytes| batch::file_text(&bytes, &options));
                    records.push(Record { id, text });
                }
            }
        }
        Ok(records)
    }
}

/// A progress bar on a terminal: of files, or of a JSON Lines file's lines
/// (counted first, which is quick); a counter for standard input.
fn progress_bar(input: Option<&Path>, source: &Source) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total = match source {
        Source::Files { files, .. } => Some(files.len() as u64),
        Source::Jsonl { .. } if is_stdin(input) => None,
        Source::Jsonl { .. } => input.and_then(|p| count_records(p).ok()),
    };
    let (bar, template) = match total {
        Some(n) => (ProgressBar::new(n), "{bar:40} {pos}/{len} articles, {per_sec}, {eta} left"),
        None => (ProgressBar::no_length(), "{spinner} {pos} articles, {per_sec}"),
    };
    bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
    bar
}

/// The non-blank lines of a JSON Lines file.
fn count_records(path: &Path) -> io::Result<u64> {
    let mut reader = BufReader::new(std::fs::File::open(path)?);
    let (mut count, mut buf) = (0u64, Vec::new());
    while reader.read_until(b'\n', &mut buf)? > 0 {
        count += u64::from(!buf.iter().all(u8::is_ascii_whitespace));
        buf.clear();
    }
    Ok(count)
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| ["txt", "html", "htm"].contains(&e.to_ascii_lowercase().as_str())) {
            files.push(path);
        }
    }
    Ok(())
}

fn print_schema() -> Result<ExitCode, String> {
    println!("{}", kliping::schema::schema_json());
    Ok(ExitCode::SUCCESS)
}

fn tag(model: Option<&Path>, rules_only: bool) -> Result<ExitCode, String> {
    let model = match (model, rules_only) {
        (_, true) => None,
        (Some(p), false) => {
            let bytes = std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            Some(std::sync::Arc::new(kliping::entities::NerModel::from_bytes(bytes).map_err(|e| format!("{}: {e}", p.display()))?))
        }
        (None, false) => kliping::entities::NerModel::embedded(),
    };
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut sentence: Vec<String> = Vec::new();
    let flush = |sentence: &mut Vec<String>, out: &mut BufWriter<io::StdoutLock<'_>>| -> Result<(), String> {
        let tokens: Vec<&str> = sentence.iter().map(String::as_str).collect();
        let tags = kliping::entities::tag_sentence(&tokens, model.as_deref());
        for (t, tag) in tokens.iter().zip(&tags) {
            writeln!(out, "{t}\t{tag}").map_err(|e| format!("cannot write the output: {e}"))?;
        }
        writeln!(out).map_err(|e| format!("cannot write the output: {e}"))?;
        sentence.clear();
        Ok(())
    };
    for line in stdin.lock().split(b'\n') {
        let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        let line = String::from_utf8_lossy(&line);
        match line.split(['\t', ' ']).map(|c| c.trim_end_matches('\r')).find(|c| !c.is_empty()) {
            Some(token) => sentence.push(token.to_string()),
            None if !sentence.is_empty() => flush(&mut sentence, &mut out)?,
            None => {}
        }
    }
    if !sentence.is_empty() {
        flush(&mut sentence, &mut out)?;
    }
    out.flush().map_err(|e| format!("cannot write the output: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
