//! Where a problem is: in a file (line and column), and in the handout or the
//! clinic profile (a block, a field, a page), either or both.

use std::fmt;
use std::path::PathBuf;

use crate::problem::Field;

/// A line and column in a text file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before
            .get(line_start..)
            .map_or(1, |s| s.chars().count() + 1);
        Self { line, column }
    }
}

/// The part of a handout or profile a problem is about: what a screen can take
/// the user to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The whole handout, file or profile.
    #[default]
    Whole,
    /// A template block, from 0.
    Block(usize),
    /// A field of the template or the clinic profile outside the blocks.
    Field(Field),
    /// A printed page, from 0.
    Page(usize),
}

/// "block 3", "the title", "resource 2 notes", "page 2" or "the whole handout"
/// (counting from 1, as people do).
impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Whole => write!(f, "the whole handout"),
            Part::Block(b) => write!(f, "block {}", b + 1),
            Part::Field(field) => write!(f, "{field}"),
            Part::Page(p) => write!(f, "page {}", p + 1),
        }
    }
}

/// Where a problem is. A problem found in a file has the file and, when known,
/// its line and column; most problems also name the part they are about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    /// The file it was found in.
    pub file: Option<PathBuf>,
    /// Line and column in that file.
    pub position: Option<Position>,
    /// The part of the handout or profile it is about.
    pub part: Part,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_columns_from_one() {
        let text = "ab\ncdé\nf";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        assert_eq!(
            Position::of_offset(text, 3),
            Position { line: 2, column: 1 }
        );
        assert_eq!(
            Position::of_offset(text, 8),
            Position { line: 3, column: 1 }
        );
    }

    #[test]
    fn parts_are_named_from_one() {
        assert_eq!(Part::Block(2).to_string(), "block 3");
        assert_eq!(Part::Page(0).to_string(), "page 1");
        assert_eq!(Part::Whole.to_string(), "the whole handout");
    }
}
