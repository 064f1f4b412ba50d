//! Layout: a resolved handout becomes pages of positioned text and shapes.
//!
//! The same pages are written by the PDF writer and painted by the preview.

mod flow;
mod page;
mod paginate;
mod style;
mod text;

pub use page::{
    BoxShape, DocumentInfo, LaidOutDocument, LaidOutPage, LinkArea, PageItem, Paper, Rgb, Rule,
    TextRun,
};
pub use style::LayoutStyle;
pub use text::{Fragment, Line, break_lines};

use crate::compose::{HandoutOptions, ResolvedHandout, Span};
use crate::fonts::{self, FontStyle};
use crate::template::ReviewStatus;
use flow::{FlowBuilder, TextStyle, frame_boxes, line_items};
use paginate::{PageArea, paginate};

/// Lays a resolved handout out on pages of the chosen paper, in normal or large print.
pub fn layout(handout: &ResolvedHandout, options: &HandoutOptions) -> LaidOutDocument {
    let style = LayoutStyle::for_print(options.large_print);
    let (page_width, page_height) = options.paper.size();
    let left = style.margin_x;
    let width = page_width - 2.0 * style.margin_x;

    // Bottom of every page: the "Get help now" strip, then the footer.
    let help_size = style.help;
    let help_pad = 5.0;
    let help_lines = break_lines(
        &handout.help_line,
        FontStyle::Regular,
        help_size,
        width - 2.0 * help_pad - 4.0,
    );
    let help_line_height = style.line_height(help_size);
    let help_height = help_lines.len() as f32 * help_line_height + 2.0 * help_pad;
    let footer_baseline = page_height - style.footer_baseline_from_bottom;
    // A long review line (an adapted template's) takes a second footer line.
    let footer_lines = footer_lines(handout, width, style.footer);
    let footer_line_height = style.footer * 1.25;
    let footer_extra = footer_lines.len().saturating_sub(1) as f32 * footer_line_height;
    let help_top = footer_baseline - footer_extra - style.footer - 8.0 - help_height;
    let header_size = style.small;
    let area = PageArea {
        first_top: style.margin_top,
        top: style.margin_top + header_size * 2.2,
        bottom: help_top - style.block_gap,
    };

    let mut builder = FlowBuilder::new(style, left, width);
    builder.title(
        &handout.title,
        handout.subtitle.as_deref(),
        &handout.given_by,
    );
    for block in &handout.blocks {
        builder.block(block);
    }
    let units = builder.finish();
    let placements = paginate(&units, area);
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
            if n > 0 {
                let header = vec![Span::plain(format!(
                    "{} · {}",
                    handout.title, handout.clinic_name
                ))];
                let size = header_size;
                for line in break_lines(&header, FontStyle::Regular, size, width)
                    .into_iter()
                    .take(1)
                {
                    items.extend(line_items(
                        &line,
                        left,
                        style.margin_top + size,
                        TextStyle::new(FontStyle::Regular, size, Rgb::MUTED),
                        size * 1.2,
                    ));
                }
            }
            items.push(PageItem::Box(BoxShape {
                x: left,
                y: help_top,
                width,
                height: help_height,
                fill: Some(Rgb::URGENT_TINT),
                stroke: None,
            }));
            items.push(PageItem::Box(BoxShape {
                x: left,
                y: help_top,
                width: 4.0,
                height: help_height,
                fill: Some(Rgb::URGENT),
                stroke: None,
            }));
            let help_style = TextStyle::new(FontStyle::Regular, help_size, Rgb::TEXT);
            for (k, line) in help_lines.iter().enumerate() {
                let baseline = help_top + help_pad + k as f32 * help_line_height + help_size;
                items.extend(line_items(
                    line,
                    left + help_pad + 4.0,
                    baseline,
                    help_style,
                    help_line_height,
                ));
            }
            items.extend(footer(
                &footer_lines,
                n + 1,
                total,
                left,
                width,
                footer_baseline - footer_extra,
                (style.footer, footer_line_height),
            ));
            if handout.status == ReviewStatus::Draft {
                items.extend(draft_mark(left, style.margin_top, style.footer + 1.5));
            }
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
            subject: format!("{} — patient handout", handout.topic.label()),
            language: handout.language.clone(),
            keywords: vec![
                handout.topic.label().to_owned(),
                handout.template_id.clone(),
            ],
        },
        paper: options.paper,
        pages,
    }
}

/// The words printed at the top of every page of a handout not yet approved.
pub const DRAFT_MARK: &str = "DRAFT — not yet approved for patient use";

/// The draft mark, in bold urgent red above the page's top margin.
fn draft_mark(left: f32, margin_top: f32, size: f32) -> Vec<PageItem> {
    let text = vec![Span::bold(DRAFT_MARK)];
    let style = TextStyle::new(FontStyle::Bold, size, Rgb::URGENT);
    break_lines(&text, FontStyle::Bold, size, f32::INFINITY)
        .iter()
        .take(1)
        .flat_map(|line| line_items(line, left, margin_top - size * 0.9, style, size * 1.2))
        .collect()
}

/// The left part of the footer, broken into at most two lines beside the page number.
fn footer_lines(handout: &ResolvedHandout, width: f32, size: f32) -> Vec<Line> {
    let right_width = fonts::metrics(FontStyle::Regular).width("Page 99 of 99", size);
    let left_text = vec![Span::plain(format!(
        "{} v{} · {}",
        handout.template_id, handout.version, handout.review_line
    ))];
    let mut lines = break_lines(
        &left_text,
        FontStyle::Regular,
        size,
        width - right_width - 12.0,
    );
    lines.truncate(2);
    lines
}

fn footer(
    lines: &[Line],
    page: usize,
    total: usize,
    left: f32,
    width: f32,
    first_baseline: f32,
    (size, line_height): (f32, f32),
) -> Vec<PageItem> {
    let muted = TextStyle::new(FontStyle::Regular, size, Rgb::MUTED);
    let right_text = format!("Page {page} of {total}");
    let right_width = fonts::metrics(FontStyle::Regular).width(&right_text, size);
    let mut items = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let baseline = first_baseline + k as f32 * line_height;
        items.extend(line_items(line, left, baseline, muted, size * 1.2));
    }
    items.push(PageItem::Text(TextRun {
        x: left + width - right_width,
        y: first_baseline,
        text: right_text,
        style: FontStyle::Regular,
        size,
        color: Rgb::MUTED,
        width: right_width,
    }));
    items
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
    }
}
