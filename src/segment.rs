//! Stage 2: numbered lines with their shape.

use crate::normalize::clean_line;

/// One non-blank line of the text, cleaned, with what its surroundings say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Line number from 1 in the normalised text.
    pub number: u32,
    /// The cleaned line: tags removed, entities decoded, spaces collapsed.
    pub text: String,
    /// The line carried HTML tags or character references (leaked markup).
    pub had_markup: bool,
    /// A blank line (or the start of the text) stands before it.
    pub blank_before: bool,
    /// A blank line (or the end of the text) stands after it.
    pub blank_after: bool,
}

/// Splits the normalised text into cleaned, non-blank lines.
pub fn segment(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut blank_before = true;
    // Split with memchr: `str::split` with a char pattern costs more per line
    // than the search itself on short lines.
    let mut from = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for (i, end) in ends.enumerate() {
        let raw = text.get(from..end).unwrap_or_default();
        from = end + 1;
        let (stripped, had_tags) = strip_tags(raw);
        let had_markup = had_tags || has_entity(raw);
        let text = clean_line(&stripped);
        if text.is_empty() {
            blank_before = true;
            if let Some(last) = lines.last_mut() {
                last.blank_after = true;
            }
            continue;
        }
        lines.push(Line {
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            text,
            had_markup,
            blank_before,
            blank_after: false,
        });
        blank_before = false;
    }
    if let Some(last) = lines.last_mut() {
        last.blank_after = true;
    }
    lines
}

/// Removes HTML tags from one line: `<p>`, `</p>`, `<br/>`, `<a href="...">`.
/// A `<script>` or `<style>` element closed on the same line goes with its
/// content (code is not text). A `<` that does not open a tag is kept.
fn strip_tags(line: &str) -> (std::borrow::Cow<'_, str>, bool) {
    if memchr::memchr(b'<', line.as_bytes()).is_none() {
        return (std::borrow::Cow::Borrowed(line), false);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut found = false;
    // Once no '>' is left, no later '<' can open a tag: remembering that keeps
    // a line of many unclosed '<' linear instead of quadratic.
    let mut gt_left = true;
    // Likewise for closing tags of code elements: once one is missing, later ones are too.
    let mut close_left = [true, true];
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tail = &rest[lt..];
        let opens_tag = tail[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        let gt = if opens_tag && gt_left { tail.find('>') } else { None };
        gt_left &= !(opens_tag && gt.is_none());
        match gt {
            Some(gt) => {
                found = true;
                out.push(' ');
                rest = &tail[gt + 1..];
                for (k, (open, close)) in [("<script", "</script"), ("<style", "</style")].into_iter().enumerate() {
                    let is_open = tail.get(..open.len()).is_some_and(|t| t.eq_ignore_ascii_case(open))
                        && tail[open.len()..].starts_with(|c: char| c == '>' || c == '/' || c.is_ascii_whitespace());
                    if !is_open || !close_left[k] {
                        continue;
                    }
                    match find_ignore_ascii_case(rest, close) {
                        Some(end) => {
                            let after = &rest[end..];
                            rest = after.find('>').map_or("", |g| &after[g + 1..]);
                        }
                        None => close_left[k] = false,
                    }
                }
            }
            None => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    (std::borrow::Cow::Owned(out), found)
}

/// Where `needle` (starting with a non-letter, such as `</script`) first
/// occurs in `haystack`, ignoring ASCII case.
fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    memchr::memchr_iter(first, h).find(|&i| h.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n)))
}

fn has_entity(line: &str) -> bool {
    // Most lines hold no '&' at all: one byte search rules out the four names.
    memchr::memchr(b'&', line.as_bytes()).is_some()
        && (line.contains("&nbsp") || line.contains("&amp;") || line.contains("&quot;") || line.contains("&#"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_numbers_and_blank_line_shape() {
        let lines = segment("A\n\nB\nC\n\n\n<p>D&nbsp;</p>");
        let got: Vec<(u32, &str, bool, bool, bool)> =
            lines.iter().map(|l| (l.number, l.text.as_str(), l.blank_before, l.blank_after, l.had_markup)).collect();
        assert_eq!(
            got,
            [(1, "A", true, true, false), (3, "B", true, false, false), (4, "C", false, true, false), (7, "D", true, true, true)]
        );
    }

    #[test]
    fn script_and_style_elements_go_with_their_content() {
        let line = |s: &str| segment(s).first().map(|l| l.text.clone()).unwrap_or_default();
        assert_eq!(line("Judul <script>window.x=1;alert(1)</script> berita"), "Judul berita");
        assert_eq!(line("<STYLE type=\"text/css\">p { color: red }</Style>Isi"), "Isi");
        assert_eq!(line("<scripts>tetap</scripts> teks"), "tetap teks", "only the script element itself");
        // Unclosed: the tag goes, the rest of the line stays (it may be the article).
        assert_eq!(line("<script>Isi berita"), "Isi berita");
        let many = "<script>a".repeat(20_000);
        assert_eq!(line(&many), vec!["a"; 20_000].join(" "), "linear, and every tag goes");
    }

    #[test]
    fn a_lone_less_than_sign_is_text() {
        assert_eq!(segment("3 < 5 and 7 > 2")[0].text, "3 < 5 and 7 > 2");
    }
}
