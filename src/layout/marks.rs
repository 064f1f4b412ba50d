//! The marks at the top of every page: DRAFT for a handout not approved where
//! it is printed, EXAMPLE for one printed with the example clinic's made-up
//! details. Compose decides whether each is printed and in which words; this
//! only places them.
//!
//! The marks sit in the top margin, the last line just above it, both in urgent
//! red and run together on one line where they fit. When they need more room
//! than the margin leaves (large print, where they wrap), the content moves
//! down rather than the marks off the paper.

use crate::compose::Span;
use crate::fonts::FontStyle;
use crate::layout::draw::{TextStyle, line_items};
use crate::layout::page::{PageItem, Rgb};
use crate::layout::structure::TextTagger;
use crate::layout::style::LayoutStyle;
use crate::layout::text::{Line, break_lines};

/// The least distance from the paper's top edge to the top of a mark's first
/// line: printers leave about a quarter inch unprinted.
const MIN_TOP: f32 = 18.0;

/// Between the DRAFT and the EXAMPLE mark on one line.
const MARK_SEPARATOR: &str = " · ";

/// The marks of one handout, broken into lines and placed.
#[derive(Debug, Clone)]
pub struct PageMarks {
    /// The lines of the marks, top to bottom.
    lines: Vec<Line>,
    size: f32,
    left: f32,
    first_baseline: f32,
    /// How far the content moves down to make room for the marks.
    pub push_down: f32,
}

impl PageMarks {
    /// The `draft` and `example` marks (either, both or none) for pages in
    /// `style` whose text column starts at `left` and is `width` wide.
    pub fn new(
        draft: Option<&str>,
        example: Option<&str>,
        style: LayoutStyle,
        left: f32,
        width: f32,
    ) -> Self {
        let size = style.footer + 1.5;
        let leading = size * 1.2;
        let marks: Vec<&str> = [draft, example].into_iter().flatten().collect();
        let lines = if marks.is_empty() {
            Vec::new()
        } else {
            let text = marks.join(MARK_SEPARATOR);
            break_lines(&[Span::bold(text)], FontStyle::Bold, size, width)
        };
        let last_baseline = style.margin_top - size * 0.9;
        let first_baseline = last_baseline - lines.len().saturating_sub(1) as f32 * leading;
        let first_top = first_baseline - size * 0.9;
        let push_down = if lines.is_empty() {
            0.0
        } else {
            (MIN_TOP - first_top).max(0.0)
        };
        Self {
            lines,
            size,
            left,
            first_baseline: first_baseline + push_down,
            push_down,
        }
    }

    /// Whether no mark is printed.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The marks' text, the same on every page, tagged by `tagger`.
    pub fn items(&self, tagger: &mut TextTagger) -> Vec<PageItem> {
        let leading = self.size * 1.2;
        let style = TextStyle::new(FontStyle::Bold, self.size, Rgb::URGENT);
        let mut items = Vec::new();
        for (k, line) in self.lines.iter().enumerate() {
            let baseline = self.first_baseline + k as f32 * leading;
            items.extend(line_items(
                line, self.left, baseline, style, leading, tagger,
            ));
        }
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::structure::Artifact;

    #[test]
    fn both_marks_in_normal_print_share_a_line_in_the_margin() {
        let marks = PageMarks::new(
            Some("DRAFT — not yet approved for patient use"),
            Some("EXAMPLE — not a real clinic"),
            LayoutStyle::NORMAL,
            50.0,
            512.0,
        );
        assert_eq!(marks.push_down, 0.0);
        assert_eq!(marks.lines.len(), 1);
    }

    #[test]
    fn two_marks_in_large_print_push_the_content_down_not_off_the_paper() {
        let marks = PageMarks::new(
            Some("DRAFT — not yet approved for patient use"),
            Some("EXAMPLE — not a real clinic"),
            LayoutStyle::LARGE,
            50.0,
            480.0,
        );
        assert!(marks.push_down > 0.0);
        for item in marks.items(&mut TextTagger::artifact(Artifact::Repeat)) {
            if let PageItem::Text(run) = item {
                assert!(run.y - run.size * 0.9 >= MIN_TOP - 0.01, "{run:?}");
            }
        }
    }

    #[test]
    fn no_marks_no_room() {
        let marks = PageMarks::new(None, None, LayoutStyle::LARGE, 50.0, 480.0);
        assert_eq!(marks.push_down, 0.0);
        assert!(marks.is_empty());
        assert!(
            marks
                .items(&mut TextTagger::artifact(Artifact::Repeat))
                .is_empty()
        );
    }
}
