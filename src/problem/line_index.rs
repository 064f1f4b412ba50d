//! Placing many byte offsets of one text by line and column.

use crate::problem::Position;

/// Where each line of a text starts, so that many byte offsets can be placed by
/// line and column without reading the text from its start each time (a large
/// template with a problem in every block would otherwise cost the square of
/// its size).
#[derive(Debug, Clone)]
pub struct LineIndex<'t> {
    text: &'t str,
    /// The byte offset of each line's first character; the first is 0.
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    /// Reads `text` once.
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// The text the index was made from.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The position of byte `offset`, as [`Position::of_offset`] gives it.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line.saturating_sub(1)];
        let column = self
            .text
            .get(line_start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        Position { line, column }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_index_places_offsets_as_of_offset_does() {
        let text = "ab\ncé\n\nxyz";
        let lines = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            if text.is_char_boundary(offset.min(text.len())) {
                assert_eq!(
                    lines.position(offset),
                    Position::of_offset(text, offset),
                    "offset {offset}"
                );
            }
        }
    }
}
