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
        format!("{} MB", tenths(n, MB))
    } else if n >= 1024 {
        format!("{} KB", tenths(n, 1024))
    } else {
        format!("{n} bytes")
    }
}

/// `n / unit` with one decimal, rounded half to even: what `{:.1}` prints for
/// the quotient as `f64` (exact here: `unit` is a power of two). Integers only,
/// so the web worker carries no float formatting code (about 10 KB).
fn tenths(n: usize, unit: usize) -> String {
    let (whole, rest) = (n / unit, n % unit);
    // `rest < unit <= 2^20`: times ten cannot overflow.
    let (digit, left) = (rest * 10 / unit, rest * 10 % unit);
    let up = 2 * left > unit || (2 * left == unit && digit % 2 == 1);
    let tenths = whole * 10 + digit + usize::from(up);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_float_formatting_with_one_decimal() {
        assert_eq!(human_bytes(1023), "1023 bytes");
        assert_eq!(human_bytes(1024), "1.0 KB");
        assert_eq!(human_bytes(10 * 1024 * 1024 + 1), "10.0 MB");
        assert_eq!(human_bytes(1024 * 1024 - 1), "1024.0 KB");
        // Ties round to even, carries reach the whole part, as `{:.1}` does.
        for unit in [1024, 1024 * 1024] {
            let ties = (0..400).map(|k| unit / 20 * (2 * k + 1));
            let carries = (1..400).map(|k| k * unit - 1);
            let steps = (0..4000).map(|k| k * 7919 + unit);
            for n in ties.chain(carries).chain(steps) {
                assert_eq!(tenths(n, unit), format!("{:.1}", n as f64 / unit as f64), "{n} / {unit}");
            }
        }
    }
}
