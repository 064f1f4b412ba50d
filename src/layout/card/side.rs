//! One side of a card, placed inside its trim: the heading across the top,
//! then the parts in columns.
//!
//! Text keeps at least [`INSET`] from the trim, measured with the fonts'
//! metrics as the handout layout measures it. The side is tried at the largest
//! size that fits, down to the 8 pt floor, and a blank safety plan must leave
//! at least two writing lines a part. What still does not fit at 8 pt is drawn
//! anyway, never cut, and named, so that the clinician can shorten it.

use crate::compose::{CardPart, CardSide, Span, Writing};
use crate::fonts::{self, FontStyle};
use crate::layout::card::grid::{CARD_HEIGHT, CARD_WIDTH, MM};
use crate::layout::draw::{TextStyle, line_items};
use crate::layout::page::{PageItem, Rgb, Rule};
use crate::layout::structure::{ElementId, Role, Structure, TextTagger};
use crate::layout::text::{Line, break_lines};

/// The least distance from the trim to any text: a cut a little off the line
/// must not touch a letter.
pub const INSET: f32 = 3.5 * MM;
/// The body sizes tried, largest first; the last is the floor for a card.
const BODY_SIZES: [f32; 7] = [11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0];
/// Line height as a multiple of the size.
const LEADING: f32 = 1.18;
/// Space after a paragraph, as a multiple of the size.
const PARAGRAPH_GAP: f32 = 0.12;
/// Space between columns.
const COLUMN_GAP: f32 = 4.0 * MM;
/// Distance between writing lines: room for small handwriting.
const WRITING_PITCH: f32 = 12.5;
/// The fewest writing lines a blank part of the plan gets.
const MIN_WRITING_LINES: usize = 2;
/// The shortest writing line after a label; shorter, it goes on a line of its own.
const MIN_AFTER_TEXT: f32 = 15.0 * MM;

/// A side placed in a card whose trim's top left is (0, 0).
pub struct PlacedSide {
    /// What is drawn, text tagged as paragraphs of the document.
    pub items: Vec<PageItem>,
    /// The parts that do not fit inside the inset, by name.
    pub overflow: Vec<String>,
}

/// Places `side` at the largest size that fits, adding its paragraphs to `structure`.
pub fn place_side(side: &CardSide, structure: &mut Structure) -> PlacedSide {
    let size = BODY_SIZES
        .into_iter()
        .find(|&size| {
            let trial = place_at(side, size, &mut Structure::new());
            trial.overflow.is_empty()
        })
        .unwrap_or(BODY_SIZES[BODY_SIZES.len() - 1]);
    place_at(side, size, structure)
}

/// Places `side` with body text at `size`.
fn place_at(side: &CardSide, size: f32, structure: &mut Structure) -> PlacedSide {
    let width = CARD_WIDTH - 2.0 * INSET;
    let bottom = CARD_HEIGHT - INSET;
    let mut out = PlacedSide {
        items: Vec::new(),
        overflow: Vec::new(),
    };

    let heading = TextStyle::new(FontStyle::Bold, size + 2.0, Rgb::ACCENT);
    let mut y = INSET;
    let paragraph = structure.add(Role::Paragraph, ElementId::DOCUMENT);
    let mut tagger = TextTagger::content(paragraph, structure);
    y = text_lines(
        &[Span::bold(side.heading.as_str())],
        heading,
        INSET,
        width,
        y,
        &mut tagger,
        &mut out.items,
    );
    y += size * 0.4;

    let columns = side.columns.len().max(1) as f32;
    let column_width = (width - (columns - 1.0) * COLUMN_GAP) / columns;
    for (k, parts) in side.columns.iter().enumerate() {
        let left = INSET + k as f32 * (column_width + COLUMN_GAP);
        let column = Column {
            left,
            width: column_width,
            top: y,
            bottom,
            size,
        };
        column.place(parts, structure, &mut out);
    }
    out
}

/// One column of a side.
struct Column {
    left: f32,
    width: f32,
    top: f32,
    bottom: f32,
    size: f32,
}

impl Column {
    fn place(&self, parts: &[CardPart], structure: &mut Structure, out: &mut PlacedSide) {
        let gap = self.size * 0.45;
        // The print of every part, then the writing lines the room left allows.
        let printed: f32 = parts
            .iter()
            .map(|p| self.print_height(p) + gap)
            .sum::<f32>()
            - gap;
        let ruled = parts.iter().filter(|p| p.writing == Writing::Lines).count();
        let spare = (self.bottom - self.top - printed).max(0.0);
        let lines_each = ((spare / WRITING_PITCH).floor() as usize)
            .checked_div(ruled)
            .map_or(0, |n| n.max(MIN_WRITING_LINES));

        let mut y = self.top;
        for part in parts {
            let from = out.items.len();
            y = self.place_part(part, lines_each, y, structure, &mut out.items);
            if ink_bottom(&out.items[from..]) > self.bottom + 0.01 {
                out.overflow.push(part.name.clone());
            }
            y += gap;
        }
    }

    /// The height of a part's print, without its writing lines.
    fn print_height(&self, part: &CardPart) -> f32 {
        let mut height = 0.0;
        if let Some(heading) = &part.heading {
            let lines = break_lines(
                &[Span::bold(heading.as_str())],
                FontStyle::Bold,
                self.size,
                self.width,
            );
            height += lines.len() as f32 * self.size * LEADING;
        }
        for (label, text) in &part.paragraphs {
            let indent = label_indent(label.as_deref(), self.size);
            let lines = break_lines(text, FontStyle::Regular, self.size, self.width - indent);
            height += lines.len() as f32 * self.size * LEADING + PARAGRAPH_GAP * self.size;
        }
        height
    }

    /// Places `part` from `y`; returns where it ends.
    fn place_part(
        &self,
        part: &CardPart,
        lines_each: usize,
        mut y: f32,
        structure: &mut Structure,
        items: &mut Vec<PageItem>,
    ) -> f32 {
        let body = TextStyle::new(FontStyle::Regular, self.size, Rgb::TEXT);
        if let Some(heading) = &part.heading {
            let style = TextStyle::new(FontStyle::Bold, self.size, Rgb::ACCENT);
            let p = structure.add(Role::Paragraph, ElementId::DOCUMENT);
            let mut tagger = TextTagger::content(p, structure);
            let spans = [Span::bold(heading.as_str())];
            y = text_lines(&spans, style, self.left, self.width, y, &mut tagger, items);
        }
        let mut last_line_end = None;
        for (label, text) in &part.paragraphs {
            let p = structure.add(Role::Paragraph, ElementId::DOCUMENT);
            let mut tagger = TextTagger::content(p, structure);
            let indent = label_indent(label.as_deref(), self.size);
            if let Some(label) = label {
                let line = break_lines(
                    &[Span::bold(label.as_str())],
                    FontStyle::Bold,
                    self.size,
                    f32::INFINITY,
                );
                if let Some(line) = line.first() {
                    let baseline = y + fonts::metrics(FontStyle::Regular).ascent(self.size);
                    items.extend(line_items(
                        line,
                        self.left,
                        baseline,
                        body,
                        self.size * LEADING,
                        &mut tagger,
                    ));
                }
            }
            let lines = break_lines(text, FontStyle::Regular, self.size, self.width - indent);
            last_line_end = lines.last().map(|l| {
                (
                    self.left + indent + l.width,
                    y + line_offset(lines.len(), self.size),
                )
            });
            y = place_lines(&lines, body, self.left + indent, y, &mut tagger, items);
            y += PARAGRAPH_GAP * self.size;
        }
        match part.writing {
            Writing::None => {}
            Writing::Lines => {
                for _ in 0..lines_each {
                    y += WRITING_PITCH;
                    items.push(writing_line(self.left, self.left + self.width, y));
                }
                y += self.size * 0.3;
            }
            Writing::AfterText => {
                let right = self.left + self.width;
                match last_line_end {
                    Some((end, baseline)) if right - end >= MIN_AFTER_TEXT => {
                        items.push(writing_line(end + self.size * 0.4, right, baseline + 1.5));
                    }
                    _ => {
                        y += WRITING_PITCH;
                        items.push(writing_line(self.left, right, y));
                    }
                }
            }
        }
        y
    }
}

/// The baseline offset of the last of `count` lines from their top.
fn line_offset(count: usize, size: f32) -> f32 {
    (count.saturating_sub(1)) as f32 * size * LEADING
        + fonts::metrics(FontStyle::Regular).ascent(size)
}

/// How far a paragraph's words stand right of its label ("4." and a space).
fn label_indent(label: Option<&str>, size: f32) -> f32 {
    label.map_or(0.0, |l| {
        fonts::metrics(FontStyle::Bold).width(&format!("{l} "), size)
    })
}

/// Breaks `spans` and places the lines from `top`; returns the bottom.
fn text_lines(
    spans: &[Span],
    style: TextStyle,
    left: f32,
    width: f32,
    top: f32,
    tagger: &mut TextTagger,
    items: &mut Vec<PageItem>,
) -> f32 {
    let lines = break_lines(spans, style.face, style.size, width);
    place_lines(&lines, style, left, top, tagger, items)
}

/// Places `lines` from `top`, one line height apart; returns the bottom of the
/// last line's descender or line height, whichever is lower.
fn place_lines(
    lines: &[Line],
    style: TextStyle,
    left: f32,
    top: f32,
    tagger: &mut TextTagger,
    items: &mut Vec<PageItem>,
) -> f32 {
    let metrics = fonts::metrics(style.face);
    let pitch = style.size * LEADING;
    for (k, line) in lines.iter().enumerate() {
        let baseline = top + k as f32 * pitch + metrics.ascent(style.size);
        items.extend(line_items(line, left, baseline, style, pitch, tagger));
    }
    let ink = metrics.ascent(style.size) + metrics.descent(style.size);
    top + lines.len().saturating_sub(1) as f32 * pitch + pitch.max(ink)
}

/// The lowest ink of `items`: text descenders and rules.
fn ink_bottom(items: &[PageItem]) -> f32 {
    items
        .iter()
        .map(|item| match item {
            PageItem::Text(t) => t.y + fonts::metrics(t.style).descent(t.size),
            PageItem::Rule(r) => r.y1.max(r.y2) + r.thickness / 2.0,
            PageItem::Box(b) => b.y + b.height,
            PageItem::Qr(q) => q.y + q.module * q.size as f32,
            PageItem::Link(_) => 0.0,
        })
        .fold(0.0, f32::max)
}

fn writing_line(x1: f32, x2: f32, y: f32) -> PageItem {
    PageItem::Rule(Rule {
        x1,
        y1: y,
        x2,
        y2: y,
        color: Rgb::RULE,
        thickness: 0.5,
    })
}
