use std::fmt;

/// What stops a parse. Anything less is a [`crate::model::Diagnostic`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseError {
    /// The input is longer than [`crate::Options::max_bytes`].
    TooLarge { bytes: usize, limit: usize },
    /// The input has no text in it (empty, or only spaces).
    Empty,
    /// The input is not text: it looks like a binary file.
    Binary { reason: String },
    /// A bug: serialising the article failed.
    Internal(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::TooLarge { bytes, limit } => write!(
                f,
                "the input is {} long, over the {} limit; split it into single articles",
                human_bytes(*bytes),
                human_bytes(*limit)
            ),
            ParseError::Empty => write!(f, "the input is empty: paste the text or HTML of one news page"),
            ParseError::Binary { reason } => write!(f, "the input is not text ({reason})"),
            ParseError::Internal(msg) => write!(f, "internal error: {msg}"),
        }
    }
}

impl std::error::Error for ParseError {}

fn human_bytes(n: usize) -> String {
    const MB: usize = 1024 * 1024;
    if n >= MB {
        format!("{:.1} MB", n as f64 / MB as f64)
    } else if n >= 1024 {
        format!("{:.1} KB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}
