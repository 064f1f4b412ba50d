//! Breaking rich text into lines that fit a width, with real glyph widths.
//!
//! Break opportunities follow Unicode line breaking (UAX #14), except in web
//! addresses (links, and words that look like one): they break only after "/" or
//! ".", never at a hyphen, where a reader would take "riverside-" for a
//! hyphenated word. A piece too long for the line, such as an address segment
//! with no "/" or ".", is broken between characters, so text never runs past its
//! column.

use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::compose::Span;
use crate::fonts::{self, FontStyle};

/// A piece of a line in one face, maybe a link.
#[derive(Debug, Clone, PartialEq)]
pub struct Fragment {
    /// Offset from the line's left edge.
    pub x: f32,
    /// The characters.
    pub text: String,
    /// The face.
    pub style: FontStyle,
    /// Measured width.
    pub width: f32,
    /// Link target, if any.
    pub link: Option<String>,
}

/// One line of text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// The pieces, left to right.
    pub fragments: Vec<Fragment>,
    /// The width of the line's ink (trailing spaces left out).
    pub width: f32,
}

struct Flat<'a> {
    text: String,
    /// (start byte, style, link) per span, in order.
    spans: Vec<(usize, FontStyle, Option<&'a str>)>,
}

impl Flat<'_> {
    fn span_at(&self, byte: usize) -> usize {
        self.spans
            .partition_point(|(start, ..)| *start <= byte)
            .saturating_sub(1)
    }
}

/// Breaks `spans` into lines at most `max_width` wide, in face `base` (bold spans
/// use its bold) at `size` points. Empty text gives no lines.
pub fn break_lines(spans: &[Span], base: FontStyle, size: f32, max_width: f32) -> Vec<Line> {
    let mut flat = Flat {
        text: String::new(),
        spans: Vec::with_capacity(spans.len()),
    };
    for span in spans {
        if span.text.is_empty() {
            continue;
        }
        let style = if span.bold { base.bolder() } else { base };
        flat.spans
            .push((flat.text.len(), style, span.link.as_deref()));
        flat.text.push_str(&span.text);
    }
    if flat.text.trim().is_empty() {
        return Vec::new();
    }
    let width_of = |from: usize, to: usize| -> f32 {
        let mut w = 0.0;
        for (i, ch) in flat.text[from..to].char_indices() {
            let style = flat.spans[flat.span_at(from + i)].1;
            w += fonts::metrics(style).advance_units(ch) as f32;
        }
        w * size / 1000.0
    };
    let trim_end =
        |from: usize, to: usize| -> usize { from + flat.text[from..to].trim_end().len() };

    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    let mut line_width = 0.0;
    let mut seg_start = 0;
    for (seg_end, opportunity) in break_opportunities(&flat) {
        let ink_end = trim_end(seg_start, seg_end);
        let ink = width_of(seg_start, ink_end);
        if line_width + ink > max_width && seg_start > line_start {
            ranges.push((line_start, seg_start));
            line_start = seg_start;
            line_width = 0.0;
        }
        if ink > max_width {
            // Too long for any line: break between characters.
            let mut chunk_start = seg_start;
            let mut w = 0.0;
            for (i, ch) in flat.text[seg_start..ink_end].char_indices() {
                let at = seg_start + i;
                let style = flat.spans[flat.span_at(at)].1;
                let adv = fonts::metrics(style).advance_units(ch) as f32 * size / 1000.0;
                if w + adv > max_width && at > chunk_start {
                    // Not just after a hyphen, where the piece would read as a
                    // hyphenated word: the hyphen starts the next line instead.
                    let hyphen = at - 1 > chunk_start && flat.text.as_bytes()[at - 1] == b'-';
                    let cut = if hyphen { at - 1 } else { at };
                    ranges.push((line_start, cut));
                    line_start = cut;
                    chunk_start = cut;
                    w = width_of(cut, at);
                }
                w += adv;
            }
            line_width = w + width_of(ink_end, seg_end);
        } else {
            line_width += width_of(seg_start, seg_end);
        }
        if opportunity == BreakOpportunity::Mandatory && seg_end < flat.text.len() {
            ranges.push((line_start, seg_end));
            line_start = seg_end;
            line_width = 0.0;
        }
        seg_start = seg_end;
    }
    if line_start < flat.text.len() {
        ranges.push((line_start, flat.text.len()));
    }
    ranges
        .into_iter()
        .map(|(from, to)| build_line(&flat, from, trim_end(from, to), size))
        .collect()
}

/// Where lines may break: after each returned byte offset.
fn break_opportunities(flat: &Flat<'_>) -> Vec<(usize, BreakOpportunity)> {
    let mut breaks: Vec<(usize, BreakOpportunity)> = linebreaks(&flat.text).collect();
    let addresses = web_addresses(flat);
    if addresses.is_empty() {
        return breaks;
    }
    let inside = |at: usize| addresses.iter().any(|a| at > a.start && at < a.end);
    breaks.retain(|&(at, opportunity)| opportunity == BreakOpportunity::Mandatory || !inside(at));
    let bytes = flat.text.as_bytes();
    for address in &addresses {
        // Not so near the end that a scrap such as "html" is left on its own.
        for at in address.host + 1..address.end.saturating_sub(MIN_TAIL - 1) {
            let after = matches!(bytes[at - 1], b'/' | b'.');
            let before_more = matches!(bytes[at], b'/' | b'.');
            if after && !before_more {
                breaks.push((at, BreakOpportunity::Allowed));
            }
        }
    }
    breaks.sort_by_key(|&(at, _)| at);
    breaks.dedup_by_key(|&mut (at, _)| at);
    breaks
}

/// The fewest characters of a web address a break may leave for the next line.
const MIN_TAIL: usize = 5;

/// A web address in the flattened text: bytes `start..end`, with its host
/// starting at `host` (after any "https://", where no break belongs).
struct WebAddress {
    start: usize,
    host: usize,
    end: usize,
}

/// The web addresses in `flat`: link spans other than phone numbers, and words
/// that look like an address ("https://…", "www.…", "name.org/…").
fn web_addresses(flat: &Flat<'_>) -> Vec<WebAddress> {
    let mut out = Vec::new();
    let text = flat.text.as_str();
    let address = |start: usize, end: usize| {
        let host = text[start..end]
            .find("://")
            .map_or(start, |at| start + at + "://".len());
        WebAddress { start, host, end }
    };
    for (k, &(start, _, link)) in flat.spans.iter().enumerate() {
        if link.is_some_and(|uri| !uri.starts_with("tel:")) {
            let end = flat.spans.get(k + 1).map_or(text.len(), |&(s, ..)| s);
            out.push(address(start, end));
        }
    }
    let mut at = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let start = at;
        at += word.len();
        let word = word
            .trim_end()
            .trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'']);
        let end = start + word.len();
        let linked = out.iter().any(|a| start < a.end && end > a.start);
        if !linked && looks_like_web_address(word) {
            out.push(address(start, end));
        }
    }
    out
}

/// "https://…", "www.…", or a domain name such as "samhsa.gov" or
/// "clinic.example/help"; not "e.g." or "1.5".
fn looks_like_web_address(word: &str) -> bool {
    let word = word.trim_start_matches(['(', '"', '\'']);
    if word.contains("://") || word.starts_with("www.") {
        return true;
    }
    let host = word.split('/').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

fn build_line(flat: &Flat<'_>, from: usize, to: usize, size: f32) -> Line {
    let mut line = Line::default();
    let mut at = from;
    while at < to {
        let index = flat.span_at(at);
        let (_, style, link) = flat.spans[index];
        let end = flat.spans.get(index + 1).map_or(to, |(s, ..)| (*s).min(to));
        let text = &flat.text[at..end];
        let width = fonts::metrics(style).width(text, size);
        line.fragments.push(Fragment {
            x: line.width,
            text: text.to_owned(),
            style,
            width,
            link: link.map(str::to_owned),
        });
        line.width += width;
        at = end;
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str, width: f32) -> Vec<String> {
        break_lines(&[Span::plain(text)], FontStyle::Regular, 12.0, width)
            .into_iter()
            .map(|l| l.fragments.iter().map(|f| f.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_keeps_lines_within_width() {
        let lines = plain(
            "Kratom is not approved for any medical use in the United States.",
            150.0,
        );
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(!line.ends_with(' '));
            assert!(fonts::metrics(FontStyle::Regular).width(line, 12.0) <= 150.0);
        }
        assert_eq!(
            lines.join(" "),
            "Kratom is not approved for any medical use in the United States."
        );
    }

    #[test]
    fn breaks_overlong_words_between_characters() {
        let url = "https://riverside-clinic.example/a/very/long/path/that/does/not/fit/on/one/line";
        let lines = plain(url, 120.0);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), url);
    }

    #[test]
    fn bold_spans_become_bold_fragments() {
        let lines = break_lines(
            &[Span::plain("Call "), Span::bold("911"), Span::plain(" now")],
            FontStyle::Regular,
            12.0,
            500.0,
        );
        assert_eq!(lines.len(), 1);
        let styles: Vec<_> = lines[0].fragments.iter().map(|f| f.style).collect();
        assert_eq!(
            styles,
            [FontStyle::Regular, FontStyle::Bold, FontStyle::Regular]
        );
    }

    #[test]
    fn web_addresses_break_only_after_a_slash_or_a_dot() {
        let url = "https://riverside-community-health.example/after-care-planning/safety-plan";
        for text in [url.to_owned(), format!("Go to {url} today")] {
            // From the widest piece between breaks, "https://riverside-community-health.".
            for width in [205.0, 260.0, 320.0, 400.0] {
                let lines = plain(&text, width);
                for line in &lines[..lines.len() - 1] {
                    let last = line.rsplit(' ').next().unwrap_or_default();
                    if url.contains(last) && !url.ends_with(last) {
                        assert!(
                            last.ends_with('/') || last.ends_with('.'),
                            "{width}: {lines:?}"
                        );
                    }
                }
                assert_eq!(lines.join(" ").replace("/ ", "/").replace(". ", "."), text);
            }
        }
    }

    #[test]
    fn a_piece_wider_than_the_line_breaks_between_characters_but_not_after_a_hyphen() {
        let url = "https://riverside-community-health.example/after-care";
        for width in [60.0, 75.0, 90.0, 120.0] {
            let lines = plain(url, width);
            assert_eq!(lines.concat(), url);
            for line in &lines {
                assert!(!line.ends_with('-'), "{width}: {lines:?}");
                assert!(fonts::metrics(FontStyle::Regular).width(line, 12.0) <= width);
            }
        }
    }

    #[test]
    fn link_spans_and_bare_domains_count_as_web_addresses() {
        let lines = break_lines(
            &[Span::link(
                "my-clinic.example/after-care",
                "https://my-clinic.example/after-care",
            )],
            FontStyle::Regular,
            12.0,
            110.0,
        );
        let texts: Vec<String> = lines
            .iter()
            .map(|l| l.fragments.iter().map(|f| f.text.as_str()).collect())
            .collect();
        assert_eq!(texts, ["my-clinic.example/", "after-care"]);
        assert!(looks_like_web_address("samhsa.gov"));
        assert!(looks_like_web_address(
            "riverside-care.example/safety-plan-help"
        ));
        for word in ["e.g", "1.5", "a.m", "7-OH", "mg/kg", "well-being"] {
            assert!(!looks_like_web_address(word), "{word}");
        }
    }

    #[test]
    fn an_address_never_leaves_a_scrap_for_the_next_line() {
        let url = "https://www.cdc.gov/stop-overdose/caring/naloxone.html";
        for width in (150..330).step_by(5) {
            let lines = plain(url, width as f32);
            let last = lines.last().expect("a line");
            assert!(last.len() >= MIN_TAIL, "{width}: {lines:?}");
        }
    }

    #[test]
    fn ordinary_hyphenated_words_still_break_at_the_hyphen() {
        let lines = plain("a very-long-hyphenated-word", 100.0);
        assert!(lines.iter().any(|l| l.ends_with('-')), "{lines:?}");
    }

    #[test]
    fn honours_hard_line_breaks() {
        assert_eq!(plain("one\ntwo", 500.0), ["one", "two"]);
    }
}
