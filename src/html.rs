//! HTML to text, block-aware: block elements end a line, paragraphs and headings
//! stand between blank lines, and script, style and template content is dropped.

/// Whether the input is an HTML page or fragment rather than text with a few
/// leaked tags.
pub fn looks_like_html(input: &str) -> bool {
    let head: String = input.trim_start().chars().take(1024).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<?xml") && head.contains("<html") {
        return true;
    }
    // A fragment: most non-blank lines start with a tag and block tags are common.
    let mut lines = 0usize;
    let mut tagged = 0usize;
    for line in input.lines().map(str::trim).filter(|l| !l.is_empty()).take(2000) {
        lines += 1;
        if line.starts_with('<') && line[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            tagged += 1;
        }
    }
    lines > 0 && tagged * 10 >= lines * 6 && (lines >= 3 || tagged == lines)
}

/// Renders HTML to text lines.
pub fn to_text(input: &str) -> String {
    let mut out = String::with_capacity(input.len() / 2);
    let mut rest = input;
    let mut skip_until: Option<&'static str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        let tag_src = &rest[lt..];
        if tag_src.starts_with("<!--") {
            rest = match tag_src.find("-->") {
                Some(end) => &tag_src[end + 3..],
                None => "",
            };
            continue;
        }
        let Some(gt) = tag_src.find('>') else {
            if skip_until.is_none() {
                push_text(&mut out, tag_src);
            }
            break;
        };
        let tag = &tag_src[1..gt];
        rest = &tag_src[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(until) = skip_until {
            if closing && name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "template" | "noscript" | "svg" | "head" | "iframe" | "select" | "textarea" if !closing => {
                skip_until = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "template" => "template",
                    "noscript" => "noscript",
                    "svg" => "svg",
                    "head" => "head",
                    "iframe" => "iframe",
                    "select" => "select",
                    _ => "textarea",
                });
            }
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "figure" | "blockquote" => out.push_str("\n\n"),
            "br" | "div" | "li" | "tr" | "td" | "th" | "section" | "article" | "header" | "footer" | "nav"
            | "ul" | "ol" | "dl" | "dt" | "dd" | "table" | "figcaption" | "main" | "aside" | "form" | "hr"
            | "pre" | "address" | "title" | "body" | "html" => out.push('\n'),
            _ => {}
        }
    }
    out
}

fn push_text(out: &mut String, text: &str) {
    // Whitespace inside HTML text collapses to single spaces.
    let mut last_space = out.ends_with([' ', '\n']);
    for c in text.chars() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(c);
            last_space = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_pages_from_text_with_leaked_tags() {
        assert!(looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assert!(looks_like_html("<div>\n<p>One</p>\n<p>Two</p>\n</div>"));
        assert!(!looks_like_html("Title\n\n<p>Title&nbsp;</p>\n\nBody text here.\n\nMore body text."));
    }

    #[test]
    fn renders_blocks_as_lines_and_drops_scripts() {
        let text = to_text("<html><head><title>T</title></head><body><h1>Head</h1><script>alert(1)</script><p>One <b>two</b></p><div>Three</div></body></html>");
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["Head", "One two", "Three"]);
    }
}
