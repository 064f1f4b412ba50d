//! Crop marks: short hairlines outside the grid, in line with each card's
//! edges, that show where to cut. They stand off the trim so that a cut a
//! little off the line never leaves a mark on a card, and they sit only around
//! the outside of the grid (never in a gutter, where they would come within
//! 3 mm of the next card). They are drawn as rules, which the PDF writer marks
//! as artifacts: a screen reader skips them.

use crate::layout::card::grid::{CARD_HEIGHT, CARD_WIDTH, COLUMNS, CardGrid, GUTTER, MM, ROWS};
use crate::layout::page::{PageItem, Rgb, Rule};

/// How far a mark stands off the trim.
pub const OFFSET: f32 = 3.0 * MM;
/// A mark's length.
pub const LENGTH: f32 = 6.0 * MM;
/// A hairline, the thinnest line every printer still prints.
pub const THICKNESS: f32 = 0.25;

/// The crop marks around `grid`.
pub fn crop_marks(grid: CardGrid) -> Vec<PageItem> {
    let mut marks = Vec::with_capacity(4 * (COLUMNS + ROWS));
    let (top, bottom) = (grid.top, grid.top + CardGrid::HEIGHT);
    let (left, right) = (grid.left, grid.left + CardGrid::WIDTH);
    let rule = |x1: f32, y1: f32, x2: f32, y2: f32| {
        PageItem::Rule(Rule {
            x1,
            y1,
            x2,
            y2,
            color: Rgb(0, 0, 0),
            thickness: THICKNESS,
        })
    };
    for column in 0..COLUMNS {
        let x0 = left + column as f32 * (CARD_WIDTH + GUTTER);
        for x in [x0, x0 + CARD_WIDTH] {
            marks.push(rule(x, top - OFFSET - LENGTH, x, top - OFFSET));
            marks.push(rule(x, bottom + OFFSET, x, bottom + OFFSET + LENGTH));
        }
    }
    for row in 0..ROWS {
        let y0 = top + row as f32 * (CARD_HEIGHT + GUTTER);
        for y in [y0, y0 + CARD_HEIGHT] {
            marks.push(rule(left - OFFSET - LENGTH, y, left - OFFSET, y));
            marks.push(rule(right + OFFSET, y, right + OFFSET + LENGTH, y));
        }
    }
    marks
}
