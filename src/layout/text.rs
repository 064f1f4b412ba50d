//! Breaking rich text into lines that fit a width, with real glyph widths.
//!
//! Break opportunities follow Unicode line breaking (UAX #14). A word too long for
//! the line, such as a long web address, is broken between characters, so text
//! never runs past its column.

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
    for (seg_end, opportunity) in linebreaks(&flat.text) {
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
                    ranges.push((line_start, at));
                    line_start = at;
                    chunk_start = at;
                    w = 0.0;
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
    fn honours_hard_line_breaks() {
        assert_eq!(plain("one\ntwo", 500.0), ["one", "two"]);
    }
}
