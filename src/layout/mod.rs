//! Layout: a resolved handout becomes pages of positioned text and shapes.
//!
//! The same pages are written by the PDF writer and painted by the preview. The
//! rules every template gets, shipped or clinic-made: a heading never ends a
//! page; a lead-in ("…:") stays with the first two items of its list; steps,
//! urgent boxes and fill-ins are never split, nor note boxes and resource entries
//! that fit; a keep-together section starts a new page rather than split; web
//! addresses break only after "/" or "."; large print is 18 pt or more throughout
//! and nothing is italic. Where a group is too tall for any page it is split
//! (nothing is ever dropped) and the document carries a [`LayoutWarning`].

mod card;
mod draw;
mod fill_in;
mod flow;
mod furniture;
mod marks;
mod page;
mod paginate;
mod qr;
mod structure;
mod style;
mod text;
mod warning;

/// The paper a document is laid out on (defined with the page setup, at the
/// bottom of the crate, so that `compose` can name it without `layout`).
pub use crate::page_setup::Paper;
pub use card::{
    CARD_HEIGHT, CARD_TEXT_INSET, CARD_WIDTH, COLUMNS as CARD_COLUMNS, CROP_MARK_LENGTH,
    CROP_MARK_OFFSET, CardGrid, GUTTER as CARD_GUTTER, ROWS as CARD_ROWS, Trim, back_column,
    lay_out_card_sheet, lay_out_wallet_cards,
};
pub use page::{
    BoxShape, DocumentInfo, LaidOutDocument, LaidOutPage, LinkArea, PageItem, QrSymbol, Rgb, Rule,
    TextRun,
};
pub use structure::{Artifact, Element, ElementId, Role, Structure, Tag, TextTagger};
pub use style::LayoutStyle;
pub use text::{Fragment, Line, break_lines};
pub use warning::{GroupKind, LayoutWarning};

use crate::compose::{HandoutOptions, ResolvedHandout};
use draw::frame_boxes;
use flow::{FlowBuilder, Group};
use furniture::Furniture;
use paginate::paginate;

/// Lays a resolved handout out on pages of the chosen paper, in normal or large
/// print, with a warning for each group that had to be split (see [`LayoutWarning`]).
pub fn layout(handout: &ResolvedHandout, options: &HandoutOptions) -> LaidOutDocument {
    let style = LayoutStyle::for_format(options.page.format);
    let (page_width, page_height) = options.page.paper.size();
    let left = style.margin_x;
    let width = page_width - 2.0 * style.margin_x;

    let mut builder = FlowBuilder::new(style, left, width);
    builder.qr_codes = options.qr_codes;
    builder.title(
        &handout.title,
        handout.subtitle.as_deref(),
        &handout.given_by,
    );
    // Read right after the title: the draft mark and the help band.
    let furniture = Furniture::new(
        handout,
        style,
        left,
        width,
        page_height,
        builder.structure_mut(),
    );
    builder.blocks(&handout.blocks);
    let (units, groups, structure) = builder.finish();
    let placements = paginate(&units, furniture.area());
    let total = placements.len();

    let pages = placements
        .iter()
        .enumerate()
        .map(|(n, placed)| {
            let mut items = Vec::new();
            let framed: Vec<_> = placed
                .iter()
                .filter_map(|&(i, y)| units[i].frame.map(|f| (f, y, y + units[i].height)))
                .collect();
            items.extend(frame_boxes(&framed, left, width));
            for &(i, y) in placed {
                items.extend(units[i].items.iter().cloned().map(|item| shift(item, y)));
            }
            items.extend(furniture.items(n + 1, total));
            LaidOutPage {
                width: page_width,
                height: page_height,
                items,
            }
        })
        .collect();

    LaidOutDocument {
        info: DocumentInfo {
            title: handout.title.clone(),
            author: handout.clinic_name.clone(),
            subject: handout.subject.clone(),
            language: handout.language.clone(),
            keywords: vec![handout.topic_name.clone(), handout.template_id.clone()],
        },
        paper: options.page.paper,
        pages,
        structure,
        warnings: split_groups(&groups, &placements, units.len()),
    }
}

/// A warning for each group whose first and last units landed on different pages.
fn split_groups(
    groups: &[Group],
    placements: &[Vec<(usize, f32)>],
    units: usize,
) -> Vec<LayoutWarning> {
    let mut page_of = vec![0; units];
    for (n, placed) in placements.iter().enumerate() {
        for &(i, _) in placed {
            page_of[i] = n + 1;
        }
    }
    let mut warnings: Vec<LayoutWarning> = groups
        .iter()
        .filter(|g| !g.units.is_empty())
        .filter_map(|g| {
            let first = page_of[g.units.start];
            let last = page_of[g.units.end - 1];
            (first != last).then(|| LayoutWarning {
                group: g.kind,
                description: g.description.clone(),
                block: g.block,
                pages: (first..=last).collect(),
            })
        })
        .collect();
    warnings.sort_by_key(|w| (w.block, w.pages.first().copied(), w.group));
    warnings
}

fn shift(item: PageItem, dy: f32) -> PageItem {
    match item {
        PageItem::Text(mut t) => {
            t.y += dy;
            PageItem::Text(t)
        }
        PageItem::Box(mut b) => {
            b.y += dy;
            PageItem::Box(b)
        }
        PageItem::Rule(mut r) => {
            r.y1 += dy;
            r.y2 += dy;
            PageItem::Rule(r)
        }
        PageItem::Link(mut l) => {
            l.y += dy;
            PageItem::Link(l)
        }
        PageItem::Qr(mut q) => {
            q.y += dy;
            PageItem::Qr(q)
        }
    }
}
