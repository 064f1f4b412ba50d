//! Where the cards sit on the sheet: a 2 × 4 grid of ISO ID-1 cards (the size
//! of a bank card, 85.60 × 53.98 mm) with 6 mm gutters, 177.2 × 233.9 mm in
//! all, centred on the page. The same grid fits Letter and A4 with room for the
//! crop marks around it, so a clinic's cards come out the same size on either.
//!
//! The back page mirrors the columns: printed two-sided with a long-edge flip,
//! the sheet turns about its vertical axis, so the card in column `c` of the
//! front has its back in column `COLUMNS - 1 - c`, same row. Because the grid
//! is centred, the mirrored cells land exactly behind the front ones.

use crate::page_setup::Paper;

/// Millimetres to points.
pub const MM: f32 = 72.0 / 25.4;
/// ISO/IEC 7810 ID-1 width.
pub const CARD_WIDTH: f32 = 85.6 * MM;
/// ISO/IEC 7810 ID-1 height.
pub const CARD_HEIGHT: f32 = 53.98 * MM;
/// Space between neighbouring cards: wide enough for a guillotine's error
/// without cutting into either card.
pub const GUTTER: f32 = 6.0 * MM;
/// Cards across the sheet.
pub const COLUMNS: usize = 2;
/// Cards down the sheet.
pub const ROWS: usize = 4;

/// A card's trim: the rectangle it is cut out along, from the page's top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trim {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
}

impl Trim {
    /// Right edge.
    pub fn right(self) -> f32 {
        self.x + CARD_WIDTH
    }

    /// Bottom edge.
    pub fn bottom(self) -> f32 {
        self.y + CARD_HEIGHT
    }
}

/// The grid of cards on one paper size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardGrid {
    /// The grid's left edge (the first column's trim).
    pub left: f32,
    /// The grid's top edge (the first row's trim).
    pub top: f32,
}

impl CardGrid {
    /// The grid's width: the cards and the gutters between them.
    pub const WIDTH: f32 = COLUMNS as f32 * CARD_WIDTH + (COLUMNS - 1) as f32 * GUTTER;
    /// The grid's height.
    pub const HEIGHT: f32 = ROWS as f32 * CARD_HEIGHT + (ROWS - 1) as f32 * GUTTER;

    /// The grid centred on `paper`.
    pub fn centred(paper: Paper) -> Self {
        let (width, height) = paper.size();
        Self {
            left: (width - Self::WIDTH) / 2.0,
            top: (height - Self::HEIGHT) / 2.0,
        }
    }

    /// The trim of the card in `row` and `column`, from 0.
    pub fn trim(self, row: usize, column: usize) -> Trim {
        Trim {
            x: self.left + column as f32 * (CARD_WIDTH + GUTTER),
            y: self.top + row as f32 * (CARD_HEIGHT + GUTTER),
        }
    }

    /// Every trim, row by row.
    pub fn trims(self) -> impl Iterator<Item = Trim> {
        (0..ROWS).flat_map(move |row| (0..COLUMNS).map(move |column| self.trim(row, column)))
    }
}

/// The column on the back page behind `column` of the front (long-edge duplex).
pub fn back_column(column: usize) -> usize {
    COLUMNS - 1 - column
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_is_the_iso_card_size_with_gutters_and_fits_both_papers() {
        assert!((CardGrid::WIDTH / MM - 177.2).abs() < 0.05);
        assert!((CardGrid::HEIGHT / MM - 233.92).abs() < 0.05);
        for paper in [Paper::Letter, Paper::A4] {
            let grid = CardGrid::centred(paper);
            let (width, height) = paper.size();
            // Room on every side for the crop marks (9 mm) and a printer's
            // unprintable edge (about 5 mm).
            assert!(grid.left > 14.0 * MM, "{paper:?}");
            assert!(grid.top > 14.0 * MM, "{paper:?}");
            assert!((grid.left + CardGrid::WIDTH + grid.left - width).abs() < 0.01);
            assert!((grid.top + CardGrid::HEIGHT + grid.top - height).abs() < 0.01);
        }
    }

    #[test]
    fn the_back_of_a_card_is_behind_its_front_when_the_sheet_turns_over() {
        for paper in [Paper::Letter, Paper::A4] {
            let grid = CardGrid::centred(paper);
            let (width, _) = paper.size();
            for row in 0..ROWS {
                for column in 0..COLUMNS {
                    let front = grid.trim(row, column);
                    let back = grid.trim(row, back_column(column));
                    // Turned about the vertical axis, x becomes width − x.
                    assert!((width - front.right() - back.x).abs() < 0.01);
                    assert_eq!(front.y, back.y);
                }
            }
        }
    }
}
