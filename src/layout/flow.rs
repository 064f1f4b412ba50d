//! Turns resolved blocks into a flow of small units, then pours them onto pages.
//!
//! Every block becomes a run of units (usually one per line). A unit marked
//! `keep_with_next` stays on the same page as the one after it: that is how
//! headings avoid the page foot, how boxes and resource entries stay whole when
//! they fit, and how paragraphs avoid single orphan and widow lines.

use crate::compose::{FilledField, ResolvedBlock, ResourceEntry, RichText, Span};
use crate::fonts::{self, FontStyle};
use crate::layout::page::{BoxShape, LinkArea, PageItem, Rgb, Rule, TextRun};
use crate::layout::style::LayoutStyle;
use crate::layout::text::{Line, break_lines};
use crate::template::CalloutKind;

/// A box drawn behind a run of units, split at page breaks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Identifies the run of units the box belongs to.
    pub id: usize,
    /// Fill colour.
    pub fill: Option<Rgb>,
    /// Border colour and thickness.
    pub stroke: Option<(Rgb, f32)>,
    /// Left bar instead of a full border (colour, thickness).
    pub left_bar: Option<(Rgb, f32)>,
}

/// A piece of the flow that is never split across pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Unit {
    /// Space above it, dropped at the top of a page.
    pub gap_before: f32,
    /// Its height.
    pub height: f32,
    /// Stay on the same page as the next unit.
    pub keep_with_next: bool,
    /// What it draws; y is relative to the unit's top.
    pub items: Vec<PageItem>,
    /// The box it sits in, if any.
    pub frame: Option<Frame>,
}

/// Builds units for blocks in a column from `left` to `left + width`.
pub struct FlowBuilder {
    style: LayoutStyle,
    left: f32,
    width: f32,
    units: Vec<Unit>,
    next_frame: usize,
}

impl FlowBuilder {
    /// A builder for a column.
    pub fn new(style: LayoutStyle, left: f32, width: f32) -> Self {
        Self {
            style,
            left,
            width,
            units: Vec::new(),
            next_frame: 0,
        }
    }

    /// The units built so far.
    pub fn finish(self) -> Vec<Unit> {
        self.units
    }

    /// The title block at the top of the first page.
    pub fn title(&mut self, title: &str, subtitle: Option<&str>, given_by: &RichText) {
        let s = self.style;
        self.text_lines(
            &[Span::plain(title)],
            TextStyle::new(FontStyle::Bold, s.title, Rgb::ACCENT),
            0.0,
            0.0,
            0.0,
            true,
        );
        if let Some(sub) = subtitle {
            self.text_lines(
                &[Span::plain(sub)],
                TextStyle::new(FontStyle::Regular, s.subtitle, Rgb::MUTED),
                0.0,
                2.0,
                0.0,
                true,
            );
        }
        self.text_lines(
            given_by,
            TextStyle::new(FontStyle::Regular, s.small + 1.5, Rgb::TEXT),
            0.0,
            4.0,
            0.0,
            true,
        );
        let rule_gap = 6.0;
        self.units.push(Unit {
            gap_before: 0.0,
            height: rule_gap * 2.0,
            keep_with_next: true,
            items: vec![PageItem::Rule(Rule {
                x1: self.left,
                y1: rule_gap,
                x2: self.left + self.width,
                y2: rule_gap,
                color: Rgb::ACCENT,
                thickness: 1.5,
            })],
            frame: None,
        });
    }

    /// One resolved block.
    pub fn block(&mut self, block: &ResolvedBlock) {
        let s = self.style;
        let body = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        match block {
            ResolvedBlock::Heading { text, .. } => {
                self.heading(text, s.heading, s.heading_gap);
            }
            ResolvedBlock::Paragraph(text) => {
                self.paragraph(text, body, 0.0, s.block_gap, None);
            }
            ResolvedBlock::Bullets(items) => self.list(items, body, None, s.block_gap, None),
            ResolvedBlock::Steps(items) => {
                let numbers: Vec<String> = (1..=items.len()).map(|n| format!("{n}.")).collect();
                self.list(items, body, Some(&numbers), s.block_gap, None);
            }
            ResolvedBlock::Callout {
                kind,
                title,
                text,
                items,
            } => self.callout(*kind, title, text.as_ref(), items),
            ResolvedBlock::Resources {
                heading,
                entries,
                when_empty,
            } => {
                self.heading(heading, s.label + 1.0, s.block_gap + 2.0);
                if entries.is_empty() {
                    self.paragraph(when_empty, body, 0.0, 0.0, None);
                }
                for (i, entry) in entries.iter().enumerate() {
                    self.resource(entry, if i == 0 { 0.0 } else { s.block_gap });
                }
            }
            ResolvedBlock::FillIn {
                label,
                hint,
                resources,
                fields,
                lines,
                written,
            } => self.fill_in(label, hint.as_ref(), resources, fields, *lines, written),
            ResolvedBlock::Sources { heading, entries } => {
                self.heading(heading, s.small + 2.0, s.heading_gap);
                let small = TextStyle::new(FontStyle::Regular, s.small, Rgb::MUTED);
                for entry in entries {
                    self.text_lines(entry, small, 0.0, 1.5, 0.0, false);
                }
            }
        }
    }

    fn heading(&mut self, text: &str, size: f32, gap: f32) {
        let style = TextStyle::new(FontStyle::Bold, size, Rgb::ACCENT);
        let first = self.units.len();
        self.text_lines(&[Span::plain(text)], style, 0.0, gap, 0.0, true);
        let after = self.style.heading_after;
        if let Some(last) = self.units.get_mut(first..).and_then(<[Unit]>::last_mut) {
            last.height += after;
        }
    }

    /// A paragraph with orphan and widow control.
    fn paragraph(
        &mut self,
        text: &[Span],
        style: TextStyle,
        indent: f32,
        gap: f32,
        frame: Option<Frame>,
    ) {
        let first = self.units.len();
        self.text_lines(text, style, indent, gap, 0.0, false);
        let count = self.units.len() - first;
        for u in &mut self.units[first..] {
            u.frame = frame;
        }
        if count >= 2 {
            self.units[first].keep_with_next = true;
            self.units[first + count - 2].keep_with_next = true;
        }
    }

    fn list(
        &mut self,
        items: &[RichText],
        style: TextStyle,
        numbers: Option<&[String]>,
        gap: f32,
        frame: Option<Frame>,
    ) {
        let s = self.style;
        for (i, item) in items.iter().enumerate() {
            let first = self.units.len();
            self.paragraph(
                item,
                style,
                s.list_indent,
                if i == 0 { gap } else { s.item_gap },
                frame,
            );
            let Some(unit) = self.units.get_mut(first) else {
                continue;
            };
            let baseline = unit_baseline(style, &s);
            let (marker, marker_style) = match numbers {
                Some(n) => (n[i].clone(), FontStyle::Bold),
                None => ("•".to_owned(), FontStyle::Bold),
            };
            let marker_width = fonts::metrics(marker_style).width(&marker, style.size);
            let x = self.left + s.list_indent - 5.0 - marker_width;
            unit.items.insert(
                0,
                PageItem::Text(TextRun {
                    x: x.max(self.left),
                    y: baseline,
                    text: marker,
                    style: marker_style,
                    size: style.size,
                    color: if numbers.is_some() {
                        Rgb::ACCENT
                    } else {
                        style.color
                    },
                    width: marker_width,
                }),
            );
        }
    }

    fn callout(
        &mut self,
        kind: CalloutKind,
        title: &RichText,
        text: Option<&RichText>,
        items: &[RichText],
    ) {
        let s = self.style;
        let frame = self.new_frame(match kind {
            CalloutKind::Urgent => Frame {
                id: 0,
                fill: Some(Rgb::URGENT_TINT),
                stroke: Some((Rgb::URGENT, 2.0)),
                left_bar: None,
            },
            CalloutKind::Note => Frame {
                id: 0,
                fill: Some(Rgb::NOTE_TINT),
                stroke: None,
                left_bar: Some((Rgb::ACCENT, 4.0)),
            },
        });
        let title_color = if kind == CalloutKind::Urgent {
            Rgb::URGENT
        } else {
            Rgb::ACCENT
        };
        let pad = s.box_padding;
        let saved = (self.left, self.width);
        self.left += pad + 2.0;
        self.width -= 2.0 * (pad + 2.0);
        let first = self.units.len();
        self.text_lines(
            title,
            TextStyle::new(FontStyle::Bold, s.heading, title_color),
            0.0,
            s.block_gap + 4.0,
            pad,
            true,
        );
        let body = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        if let Some(text) = text {
            self.paragraph(text, body, 0.0, 2.0, Some(frame));
        }
        if !items.is_empty() {
            self.list(items, body, None, 3.0, Some(frame));
        }
        (self.left, self.width) = saved;
        self.close_frame(first, frame, pad);
    }

    fn resource(&mut self, entry: &ResourceEntry, gap: f32) {
        let s = self.style;
        let frame = self.new_frame(Frame {
            id: 0,
            fill: None,
            stroke: None,
            left_bar: Some((Rgb::ACCENT, 3.0)),
        });
        let saved = (self.left, self.width);
        self.left += 10.0;
        self.width -= 10.0;
        let first = self.units.len();
        self.text_lines(
            &[Span::plain(entry.name.clone())],
            TextStyle::new(FontStyle::Bold, s.label, Rgb::TEXT),
            0.0,
            gap,
            2.0,
            true,
        );
        let body = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        self.text_lines(&entry.contact, body, 0.0, 0.0, 0.0, true);
        if let Some(notes) = &entry.notes {
            self.text_lines(
                &[Span::plain(notes.clone())],
                TextStyle::new(FontStyle::Italic, s.body, Rgb::TEXT),
                0.0,
                0.0,
                0.0,
                true,
            );
        }
        (self.left, self.width) = saved;
        self.close_frame(first, frame, 2.0);
    }

    fn fill_in(
        &mut self,
        label: &RichText,
        hint: Option<&RichText>,
        resources: &[ResourceEntry],
        fields: &[FilledField],
        lines: u8,
        written: &str,
    ) {
        let s = self.style;
        let first = self.units.len();
        self.text_lines(
            label,
            TextStyle::new(FontStyle::Bold, s.label, Rgb::ACCENT),
            0.0,
            s.block_gap + 2.0,
            0.0,
            true,
        );
        if let Some(hint) = hint {
            self.text_lines(
                hint,
                TextStyle::new(FontStyle::Italic, s.small + 1.0, Rgb::MUTED),
                0.0,
                0.0,
                0.0,
                true,
            );
        }
        for (i, entry) in resources.iter().enumerate() {
            self.resource(entry, if i == 0 { 2.0 } else { s.block_gap });
        }
        let hand = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        for field in fields {
            let label_style = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
            let mut label_text = field.label.clone();
            label_text.push(Span::plain(": "));
            let label_width: f32 =
                break_lines(&label_text, label_style.face, s.body, f32::INFINITY)
                    .first()
                    .map_or(0.0, |l| l.width);
            let indent = label_width.min(self.width * 0.6);
            let value = field.value.as_deref().unwrap_or("");
            let value_lines = break_lines(
                &[Span::plain(value)],
                hand.face,
                hand.size,
                self.width - indent,
            );
            let rows = value_lines.len().max(1);
            for row in 0..rows {
                let mut items = Vec::new();
                let text_baseline = s.fill_line_gap - 6.0;
                if row == 0 {
                    for line in break_lines(&label_text, label_style.face, s.body, f32::INFINITY)
                        .iter()
                        .take(1)
                    {
                        items.extend(line_items(
                            line,
                            self.left,
                            text_baseline,
                            label_style,
                            s.line_height(s.body),
                        ));
                    }
                }
                if let Some(line) = value_lines.get(row) {
                    items.extend(line_items(
                        line,
                        self.left + indent,
                        text_baseline,
                        hand,
                        s.line_height(s.body),
                    ));
                }
                items.push(PageItem::Rule(Rule {
                    x1: self.left + indent,
                    y1: s.fill_line_gap - 3.0,
                    x2: self.left + self.width,
                    y2: s.fill_line_gap - 3.0,
                    color: Rgb::RULE,
                    thickness: 0.75,
                }));
                self.units.push(Unit {
                    gap_before: 0.0,
                    height: s.fill_line_gap,
                    keep_with_next: true,
                    items,
                    frame: None,
                });
            }
        }
        // The patient's own words, one ruled line each; a new line in what was
        // typed starts a new ruled line, and more lines are added when needed.
        let written_lines: Vec<Line> = written
            .lines()
            .filter(|l| !l.trim().is_empty())
            .flat_map(|l| break_lines(&[Span::plain(l.trim())], hand.face, hand.size, self.width))
            .collect();
        let rows = usize::from(lines).max(written_lines.len());
        for row in 0..rows {
            let mut items = Vec::new();
            if let Some(line) = written_lines.get(row) {
                items.extend(line_items(
                    line,
                    self.left,
                    s.fill_line_gap - 6.0,
                    hand,
                    s.line_height(s.body),
                ));
            }
            items.push(PageItem::Rule(Rule {
                x1: self.left,
                y1: s.fill_line_gap - 3.0,
                x2: self.left + self.width,
                y2: s.fill_line_gap - 3.0,
                color: Rgb::RULE,
                thickness: 0.75,
            }));
            self.units.push(Unit {
                gap_before: 0.0,
                height: s.fill_line_gap,
                keep_with_next: true,
                items,
                frame: None,
            });
        }
        if let Some(last) = self.units.last_mut() {
            last.keep_with_next = false;
        }
        debug_assert!(self.units.len() > first);
    }

    fn new_frame(&mut self, mut frame: Frame) -> Frame {
        frame.id = self.next_frame;
        self.next_frame += 1;
        frame
    }

    /// Marks units `first..` as one framed, kept-together run with padding.
    fn close_frame(&mut self, first: usize, frame: Frame, pad: f32) {
        let count = self.units.len() - first;
        if count == 0 {
            return;
        }
        let last = first + count - 1;
        for (i, u) in self.units[first..].iter_mut().enumerate() {
            u.frame = Some(frame);
            u.keep_with_next = first + i != last;
        }
        self.units[last].height += pad;
    }

    /// Lines of text as units; `top_pad` is added inside the first unit.
    fn text_lines(
        &mut self,
        text: &[Span],
        style: TextStyle,
        indent: f32,
        gap: f32,
        top_pad: f32,
        keep: bool,
    ) {
        let s = self.style;
        let lines = break_lines(text, style.face, style.size, self.width - indent);
        for (i, line) in lines.into_iter().enumerate() {
            let pad = if i == 0 { top_pad } else { 0.0 };
            let line_height = s.line_height(style.size);
            let baseline = pad + unit_baseline(style, &s);
            let items = line_items(&line, self.left + indent, baseline, style, line_height);
            self.units.push(Unit {
                gap_before: if i == 0 { gap } else { 0.0 },
                height: pad + line_height,
                keep_with_next: keep,
                items,
                frame: None,
            });
        }
    }
}

/// The look of a run of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Face for non-bold spans.
    pub face: FontStyle,
    /// Size in points.
    pub size: f32,
    /// Colour for non-link text.
    pub color: Rgb,
}

impl TextStyle {
    /// A text style.
    pub fn new(face: FontStyle, size: f32, color: Rgb) -> Self {
        Self { face, size, color }
    }
}

/// Where the baseline sits inside a line of this style.
fn unit_baseline(style: TextStyle, s: &LayoutStyle) -> f32 {
    let m = fonts::metrics(style.face);
    let line_height = s.line_height(style.size);
    let ink = m.ascent(style.size) + m.descent(style.size);
    (line_height - ink) / 2.0 + m.ascent(style.size)
}

/// The text runs and link areas of one line at `left`, baseline `baseline`.
pub fn line_items(
    line: &Line,
    left: f32,
    baseline: f32,
    style: TextStyle,
    line_height: f32,
) -> Vec<PageItem> {
    let mut items = Vec::with_capacity(line.fragments.len());
    let ascent = fonts::metrics(style.face).ascent(style.size);
    let top = baseline - ascent - (line_height - style.size * 1.2).max(0.0) / 2.0;
    for f in &line.fragments {
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
        }));
    }
    for f in line.fragments.iter().filter(|f| f.link.is_some()) {
        if let Some(uri) = &f.link {
            items.push(PageItem::Link(LinkArea {
                x: left + f.x,
                y: top,
                width: f.width,
                height: line_height.min(style.size * 1.3),
                uri: uri.clone(),
            }));
        }
    }
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
