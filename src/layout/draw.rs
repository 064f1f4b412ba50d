//! Drawing helpers shared by the flow and the page furniture: text styles, the
//! runs and link areas of a broken line, and the boxes behind framed units.

use crate::fonts::{self, FontStyle};
use crate::layout::flow::Frame;
use crate::layout::page::{BoxShape, LinkArea, PageItem, Rgb, TextRun};
use crate::layout::structure::TextTagger;
use crate::layout::style::LayoutStyle;
use crate::layout::text::Line;

/// The look of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Face for non-bold spans.
    pub face: FontStyle,
    /// Size in points.
    pub size: f32,
    /// Colour for non-link text.
    pub color: Rgb,
    /// Line height as a multiple of the size, when not the layout's usual one.
    pub leading: Option<f32>,
}

impl TextStyle {
    /// A text style.
    pub fn new(face: FontStyle, size: f32, color: Rgb) -> Self {
        Self {
            face,
            size,
            color,
            leading: None,
        }
    }

    /// The same style with lines `leading` times the size apart.
    pub fn with_leading(self, leading: f32) -> Self {
        Self {
            leading: Some(leading),
            ..self
        }
    }

    /// The height of one line of this style in layout `s`.
    pub fn line_height(&self, s: &LayoutStyle) -> f32 {
        self.size * self.leading.unwrap_or(s.leading)
    }
}

/// Where the baseline sits inside a line of this style.
pub fn unit_baseline(style: TextStyle, s: &LayoutStyle) -> f32 {
    let m = fonts::metrics(style.face);
    let line_height = style.line_height(s);
    let ink = m.ascent(style.size) + m.descent(style.size);
    (line_height - ink) / 2.0 + m.ascent(style.size)
}

/// The text runs and link areas of one line at `left`, baseline `baseline`,
/// tagged by `tagger`.
pub fn line_items(
    line: &Line,
    left: f32,
    baseline: f32,
    style: TextStyle,
    line_height: f32,
    tagger: &mut TextTagger,
) -> Vec<PageItem> {
    let mut items = Vec::with_capacity(line.fragments.len());
    let mut links = Vec::new();
    let ascent = fonts::metrics(style.face).ascent(style.size);
    let top = baseline - ascent - (line_height - style.size * 1.2).max(0.0) / 2.0;
    for f in &line.fragments {
        let (tag, link) = tagger.fragment(f);
        items.push(PageItem::Text(TextRun {
            x: left + f.x,
            y: baseline,
            text: f.text.clone(),
            style: f.style,
            size: style.size,
            color: if f.link.is_some() {
                Rgb::LINK
            } else {
                style.color
            },
            width: f.width,
            tag,
        }));
        if let (Some(element), Some(uri)) = (link, &f.link) {
            links.push(PageItem::Link(LinkArea {
                x: left + f.x,
                y: top,
                width: f.width,
                height: line_height.min(style.size * 1.3),
                uri: uri.clone(),
                element,
            }));
        }
    }
    items.extend(links);
    items
}

/// Draws the frames' boxes for units placed on one page: `placed` holds each
/// unit's frame and its top and bottom on the page.
pub fn frame_boxes(placed: &[(Frame, f32, f32)], left: f32, width: f32) -> Vec<PageItem> {
    let mut boxes = Vec::new();
    let mut i = 0;
    while i < placed.len() {
        let (frame, top, mut bottom) = placed[i];
        let mut j = i + 1;
        while j < placed.len() && placed[j].0.id == frame.id {
            bottom = placed[j].2;
            j += 1;
        }
        if let Some((color, thickness)) = frame.left_bar {
            if let Some(fill) = frame.fill {
                boxes.push(PageItem::Box(BoxShape {
                    x: left,
                    y: top,
                    width,
                    height: bottom - top,
                    fill: Some(fill),
                    stroke: None,
                }));
            }
            boxes.push(PageItem::Box(BoxShape {
                x: left,
                y: top,
                width: thickness,
                height: bottom - top,
                fill: Some(color),
                stroke: None,
            }));
        } else {
            boxes.push(PageItem::Box(BoxShape {
                x: left,
                y: top,
                width,
                height: bottom - top,
                fill: frame.fill,
                stroke: frame.stroke,
            }));
        }
        i = j;
    }
    boxes
}
