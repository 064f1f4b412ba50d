//! Wallet cards: a sheet of eight copies of one credit-card-size card, the
//! front on page 1 and the back on page 2, for a clinic to cut out and hand
//! out with the handout.
//!
//! - `grid`: where the cards sit, the same on Letter and A4, and where each
//!   back goes for long-edge duplex;
//! - `crop_marks`: the hairlines that show where to cut;
//! - `side`: one side's words placed inside a card's trim, at the largest size
//!   that fits and never under 8 pt.
//!
//! A screen reader hears the card once: the first card's front and back are
//! paragraphs of the document, the seven copies of each are artifacts.

mod crop_marks;
mod grid;
mod side;

pub use crop_marks::{LENGTH as CROP_MARK_LENGTH, OFFSET as CROP_MARK_OFFSET};
pub use grid::{CARD_HEIGHT, CARD_WIDTH, COLUMNS, CardGrid, GUTTER, ROWS, Trim, back_column};
pub use side::INSET as CARD_TEXT_INSET;

use crate::compose::{ResolvedHandout, Span, WalletCard, wallet_card};
use crate::fonts::FontStyle;
use crate::layout::draw::{TextStyle, line_items};
use crate::layout::page::Rgb;
use crate::layout::page::{DocumentInfo, LaidOutDocument, LaidOutPage, PageItem};
use crate::layout::structure::{Artifact, Structure, Tag};
use crate::layout::structure::{ElementId, Role, TextTagger};
use crate::layout::text::break_lines;
use crate::layout::warning::{GroupKind, LayoutWarning};
use crate::page_setup::Paper;
use crop_marks::{LENGTH as CROP_MARK_LENGTH_PT, OFFSET as CROP_MARK_OFFSET_PT, crop_marks};
use side::place_side;

/// Lays out a sheet of wallet cards for `handout` on `paper`: the fronts on the
/// first page and, where the topic has a back, the backs on the second, each
/// behind its front when printed two-sided (long-edge flip). A part of the
/// card that does not fit even at 8 pt is drawn whole anyway and named in a
/// [`LayoutWarning`] of kind [`GroupKind::CardPart`].
pub fn lay_out_wallet_cards(handout: &ResolvedHandout, paper: Paper) -> LaidOutDocument {
    lay_out_card_sheet(&wallet_card(handout), paper)
}

/// Lays out a sheet of `card` on `paper` (see [`lay_out_wallet_cards`]).
pub fn lay_out_card_sheet(card: &WalletCard, paper: Paper) -> LaidOutDocument {
    let grid = CardGrid::centred(paper);
    let (width, height) = paper.size();
    let mut structure = Structure::new();
    let mut warnings = Vec::new();
    let mut pages = Vec::new();
    let sides = std::iter::once((&card.front, false)).chain(card.back.as_ref().map(|b| (b, true)));
    for (n, (side, is_back)) in sides.enumerate() {
        let placed = place_side(side, &mut structure);
        warnings.extend(placed.overflow.iter().map(|part| LayoutWarning {
            group: GroupKind::CardPart,
            description: part.clone(),
            block: None,
            pages: vec![n + 1],
        }));
        let mut items = crop_marks(grid);
        if let Some(mark) = &card.marks {
            items.extend(draft_mark(mark, grid, width, n, &mut structure));
        }
        let content_at = items.len();
        for row in 0..ROWS {
            for column in 0..COLUMNS {
                let front_column = if is_back { back_column(column) } else { column };
                let trim = grid.trim(row, column);
                // The back of the first card is the one read, wherever it sits.
                let read = row == 0 && front_column == 0;
                let copy = placed.items.iter().cloned().map(|item| {
                    let item = moved(item, trim.x, trim.y);
                    if read { item } else { repeated(item) }
                });
                if read {
                    // Read first: content comes before its copies on the page.
                    let copy: Vec<_> = copy.collect();
                    items.splice(content_at..content_at, copy);
                } else {
                    items.extend(copy);
                }
            }
        }
        pages.push(LaidOutPage {
            width,
            height,
            items,
        });
    }
    LaidOutDocument {
        info: DocumentInfo {
            title: card.title.clone(),
            author: card.clinic_name.clone(),
            subject: card.title.clone(),
            language: card.language.clone(),
            keywords: vec![card.template_id.clone()],
        },
        paper,
        pages,
        structure,
        warnings,
    }
}

/// The draft mark across the top margin, above the crop marks: seen by whoever
/// prints the sheet, read once (on the first page).
fn draft_mark(
    mark: &str,
    grid: CardGrid,
    page_width: f32,
    page: usize,
    structure: &mut Structure,
) -> Vec<PageItem> {
    let size = 10.0;
    let style = TextStyle::new(FontStyle::Bold, size, Rgb::URGENT);
    let lines = break_lines(
        &[Span::bold(mark)],
        FontStyle::Bold,
        size,
        page_width - 72.0,
    );
    let baseline = grid.top - CROP_MARK_OFFSET_PT - CROP_MARK_LENGTH_PT - size * 0.8;
    let mut tagger = if page == 0 {
        TextTagger::content(
            structure.add(Role::Paragraph, ElementId::DOCUMENT),
            structure,
        )
    } else {
        TextTagger::artifact(Artifact::Repeat)
    };
    let mut items = Vec::new();
    let above = lines.len().saturating_sub(1) as f32 * size * 1.2;
    for (k, line) in lines.iter().enumerate() {
        let left = (page_width - line.width) / 2.0;
        let y = baseline - above + k as f32 * size * 1.2;
        items.extend(line_items(line, left, y, style, size * 1.2, &mut tagger));
    }
    items
}

/// `item` moved right by `dx` and down by `dy`.
fn moved(item: PageItem, dx: f32, dy: f32) -> PageItem {
    match item {
        PageItem::Text(mut t) => {
            t.x += dx;
            t.y += dy;
            PageItem::Text(t)
        }
        PageItem::Box(mut b) => {
            b.x += dx;
            b.y += dy;
            PageItem::Box(b)
        }
        PageItem::Rule(mut r) => {
            r.x1 += dx;
            r.x2 += dx;
            r.y1 += dy;
            r.y2 += dy;
            PageItem::Rule(r)
        }
        PageItem::Link(mut l) => {
            l.x += dx;
            l.y += dy;
            PageItem::Link(l)
        }
        PageItem::Qr(mut q) => {
            q.x += dx;
            q.y += dy;
            PageItem::Qr(q)
        }
    }
}

/// A copy of the card read once: its text an artifact.
fn repeated(item: PageItem) -> PageItem {
    match item {
        PageItem::Text(mut run) => {
            run.tag = Tag::Artifact(Artifact::Repeat);
            PageItem::Text(run)
        }
        other => other,
    }
}
