//! Turns resolved blocks into a flow of small units, then pours them onto pages.
//!
//! Every block becomes a run of units (usually one per line). Each unit says how
//! firmly it holds on to the next one ([`Keep`]): that is how headings avoid the
//! page foot, how lead-ins stay with their first items, how steps, boxes,
//! resource entries and fill-ins stay whole, how a keep-together section stays on
//! one page, and how paragraphs avoid single orphan and widow lines. The runs
//! meant to stay on one page are also recorded as [`Group`]s, so that layout can
//! say which one it had to split.

use std::ops::Range;

use crate::compose::{ResolvedBlock, ResourceEntry, RichText, Span, plain_text};
use crate::fonts::{self, FontStyle};
use crate::layout::draw::{TextStyle, line_items, unit_baseline};
use crate::layout::page::{PageItem, Rgb, Rule, TextRun};
use crate::layout::structure::{ElementId, Role, Structure, Tag, TextTagger};
use crate::layout::style::LayoutStyle;
use crate::layout::text::break_lines;
use crate::layout::warning::{GroupKind, short_description};
use crate::template::CalloutKind;

/// How firmly a unit holds on to the one after it.
///
/// Pagination keeps every hold it can. When the units a hold chains together are
/// taller than a page, the weakest holds in the chain give way first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Keep {
    /// A page may break here.
    #[default]
    Free,
    /// Inside a keep-together section.
    Section,
    /// Inside a block kept whole: steps, a callout, a resource entry, a fill-in.
    Block,
    /// Lines that belong together: a heading and the line after it, a lead-in and
    /// the first two items of its list, a paragraph's first and last two lines.
    Lines,
}

impl Keep {
    /// The holds, weakest first.
    pub const HOLDS: [Keep; 3] = [Keep::Section, Keep::Block, Keep::Lines];
}

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
    /// How firmly it stays on the same page as the next unit.
    pub keep: Keep,
    /// What it draws; y is relative to the unit's top.
    pub items: Vec<PageItem>,
    /// The box it sits in, if any.
    pub frame: Option<Frame>,
}

/// A run of units meant to stay on one page, named for layout warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// What kind of run.
    pub kind: GroupKind,
    /// The words that name it.
    pub description: String,
    /// The block it belongs to (from 0).
    pub block: Option<usize>,
    /// Its units.
    pub units: Range<usize>,
}

/// Heading ranks: the title, section headings, and what sits inside a section
/// (box titles, resource lists, fill-in labels), then the entries of those.
/// [`Structure::heading`] makes sure no level is skipped.
pub(super) mod rank {
    pub const TITLE: u8 = 1;
    pub const SECTION: u8 = 2;
    pub const INSIDE: u8 = 3;
    pub const ENTRY: u8 = 4;
}

/// Builds units for blocks in a column from `left` to `left + width`, and the
/// document structure their text belongs to.
pub struct FlowBuilder {
    pub(super) style: LayoutStyle,
    pub(super) left: f32,
    pub(super) width: f32,
    pub(super) units: Vec<Unit>,
    pub(super) structure: Structure,
    /// Draw a QR code beside each resource and the clinic (see `layout::qr`).
    pub qr_codes: bool,
    pub(super) groups: Vec<Group>,
    pub(super) next_frame: usize,
    /// The block being built.
    block: Option<usize>,
    /// A lead-in whose list comes next: its last unit, block and words.
    lead_in: Option<(usize, usize, String)>,
    /// The open keep-together section: its first unit, block and heading.
    section: Option<(usize, usize, String)>,
}

impl FlowBuilder {
    /// A builder for a column.
    pub fn new(style: LayoutStyle, left: f32, width: f32) -> Self {
        Self {
            style,
            left,
            width,
            units: Vec::new(),
            structure: Structure::new(),
            qr_codes: false,
            groups: Vec::new(),
            next_frame: 0,
            block: None,
            lead_in: None,
            section: None,
        }
    }

    /// The units built so far, the groups among them and the document structure.
    pub fn finish(self) -> (Vec<Unit>, Vec<Group>, Structure) {
        (self.units, self.groups, self.structure)
    }

    /// The document structure, for furniture read once in the flow's reading order.
    pub fn structure_mut(&mut self) -> &mut Structure {
        &mut self.structure
    }

    /// A new element under the document root.
    fn element(&mut self, role: Role) -> ElementId {
        self.structure.add(role, ElementId::DOCUMENT)
    }

    /// The title block at the top of the first page.
    pub fn title(&mut self, title: &str, subtitle: Option<&str>, given_by: &RichText) {
        let s = self.style;
        // The clinic's code sits beside the title, subtitle and clinic's line,
        // which are about as tall as the code: it costs little height.
        self.beside_qr(super::qr::target(given_by), true, |this| {
            let heading = this.structure.heading(rank::TITLE, ElementId::DOCUMENT);
            this.text_lines(
                &[Span::plain(title)],
                TextStyle::new(FontStyle::Bold, s.title, Rgb::ACCENT),
                0.0,
                0.0,
                0.0,
                Keep::Lines,
                heading,
            );
            if let Some(sub) = subtitle {
                let paragraph = this.element(Role::Paragraph);
                this.text_lines(
                    &[Span::plain(sub)],
                    TextStyle::new(FontStyle::Regular, s.subtitle, Rgb::MUTED),
                    0.0,
                    2.0,
                    0.0,
                    Keep::Lines,
                    paragraph,
                );
            }
            let paragraph = this.element(Role::Paragraph);
            this.text_lines(
                given_by,
                TextStyle::new(FontStyle::Regular, s.small + 1.5, Rgb::TEXT),
                0.0,
                4.0,
                0.0,
                Keep::Lines,
                paragraph,
            );
        });
        let rule_gap = 6.0;
        self.units.push(Unit {
            gap_before: 0.0,
            height: rule_gap * 2.0,
            keep: Keep::Lines,
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

    /// The handout's blocks, in order. A block's place among its neighbours
    /// matters: a paragraph ending in ":" leads in to the list after it, and a
    /// keep-together section runs to the next heading or the sources.
    pub fn blocks(&mut self, blocks: &[ResolvedBlock]) {
        for (index, block) in blocks.iter().enumerate() {
            if matches!(
                block,
                ResolvedBlock::Heading { .. } | ResolvedBlock::Sources { .. }
            ) {
                self.close_section();
            }
            self.block = Some(index);
            let first = self.units.len();
            self.block(block);
            match block {
                ResolvedBlock::Heading {
                    text,
                    keep_together: true,
                } => self.section = Some((first, index, text.clone())),
                ResolvedBlock::Paragraph(text)
                    if plain_text(text).trim_end().ends_with(':')
                        && matches!(
                            blocks.get(index + 1),
                            Some(ResolvedBlock::Bullets(_) | ResolvedBlock::Steps(_))
                        )
                        && self.units.len() > first =>
                {
                    self.lead_in = Some((self.units.len() - 1, index, plain_text(text)));
                }
                _ => {}
            }
        }
        self.close_section();
        self.block = None;
    }

    /// One resolved block.
    fn block(&mut self, block: &ResolvedBlock) {
        let s = self.style;
        let body = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        match block {
            ResolvedBlock::Heading { text, .. } => {
                self.heading(text, rank::SECTION, s.heading, s.heading_gap);
            }
            ResolvedBlock::Paragraph(text) => {
                let paragraph = self.element(Role::Paragraph);
                self.paragraph(text, body, 0.0, s.block_gap, None, paragraph);
            }
            ResolvedBlock::Bullets(items) => {
                let items = self.list(items, body, None, s.block_gap, None);
                self.hold_lead_in(&items);
            }
            ResolvedBlock::Steps(items) => {
                let numbers: Vec<String> = (1..=items.len()).map(|n| format!("{n}.")).collect();
                let first = self.units.len();
                let ranges = self.list(items, body, Some(&numbers), s.block_gap, None);
                self.hold_lead_in(&ranges);
                let description = items.first().map(|i| plain_text(i)).unwrap_or_default();
                self.hold_whole(first, GroupKind::Steps, &description);
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
                self.heading(heading, rank::INSIDE, s.label + 1.0, s.block_gap + 2.0);
                if entries.is_empty() {
                    let paragraph = self.element(Role::Paragraph);
                    self.paragraph(when_empty, body, 0.0, 0.0, None, paragraph);
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
                self.heading(heading, rank::SECTION, s.small + 2.0, s.heading_gap);
                // A reference list, read by reviewers more than patients: set
                // closer than running text, never smaller than the floor.
                let small = TextStyle::new(FontStyle::Regular, s.small, Rgb::MUTED)
                    .with_leading(s.reference_leading);
                for entry in entries {
                    let paragraph = self.element(Role::Paragraph);
                    self.text_lines(entry, small, 0.0, 0.5, 0.0, Keep::Free, paragraph);
                }
            }
        }
    }

    /// Ends the open keep-together section: its units hold together as a section.
    fn close_section(&mut self) {
        let Some((first, block, heading)) = self.section.take() else {
            return;
        };
        let end = self.units.len();
        if end <= first + 1 {
            return;
        }
        for u in &mut self.units[first..end - 1] {
            u.keep = u.keep.max(Keep::Section);
        }
        self.groups.push(Group {
            kind: GroupKind::KeepTogetherSection,
            description: short_description(&heading),
            block: Some(block),
            units: first..end,
        });
    }

    /// Holds a pending lead-in (see [`Self::blocks`]) with the first two items of
    /// the list whose items span `items`.
    fn hold_lead_in(&mut self, items: &[Range<usize>]) {
        let Some((lead, block, text)) = self.lead_in.take() else {
            return;
        };
        let Some(last) = items.iter().take(2).next_back() else {
            return;
        };
        for u in &mut self.units[lead..last.end - 1] {
            u.keep = u.keep.max(Keep::Lines);
        }
        self.groups.push(Group {
            kind: GroupKind::LeadIn,
            description: short_description(&text),
            block: Some(block),
            units: lead..last.end,
        });
    }

    /// Holds units `first..` together as one block named `description`.
    pub(super) fn hold_whole(&mut self, first: usize, kind: GroupKind, description: &str) {
        let end = self.units.len();
        if end <= first {
            return;
        }
        for u in &mut self.units[first..end - 1] {
            u.keep = u.keep.max(Keep::Block);
        }
        self.groups.push(Group {
            kind,
            description: short_description(description),
            block: self.block,
            units: first..end,
        });
    }

    /// A heading of `rank` (see [`rank`]).
    pub(super) fn heading(&mut self, text: &str, rank: u8, size: f32, gap: f32) {
        let style = TextStyle::new(FontStyle::Bold, size, Rgb::ACCENT);
        let first = self.units.len();
        let heading = self.structure.heading(rank, ElementId::DOCUMENT);
        self.text_lines(
            &[Span::plain(text)],
            style,
            0.0,
            gap,
            0.0,
            Keep::Lines,
            heading,
        );
        let after = self.style.heading_after;
        if let Some(last) = self.units.get_mut(first..).and_then(<[Unit]>::last_mut) {
            last.height += after;
        }
    }

    /// A paragraph with orphan and widow control, its words part of `owner`.
    fn paragraph(
        &mut self,
        text: &[Span],
        style: TextStyle,
        indent: f32,
        gap: f32,
        frame: Option<Frame>,
        owner: ElementId,
    ) {
        let first = self.units.len();
        self.text_lines(text, style, indent, gap, 0.0, Keep::Free, owner);
        let count = self.units.len() - first;
        for u in &mut self.units[first..] {
            u.frame = frame;
        }
        if count >= 2 {
            self.units[first].keep = Keep::Lines;
            self.units[first + count - 2].keep = Keep::Lines;
        }
    }

    /// A bulleted or numbered list; returns each item's units.
    fn list(
        &mut self,
        items: &[RichText],
        style: TextStyle,
        numbers: Option<&[String]>,
        gap: f32,
        frame: Option<Frame>,
    ) -> Vec<Range<usize>> {
        let s = self.style;
        let mut ranges = Vec::with_capacity(items.len());
        let list = self.element(Role::List);
        for (i, item) in items.iter().enumerate() {
            let first = self.units.len();
            let list_item = self.structure.add(Role::ListItem, list);
            let label = self.structure.add(Role::Label, list_item);
            let body = self.structure.add(Role::ListBody, list_item);
            self.paragraph(
                item,
                style,
                s.list_indent,
                if i == 0 { gap } else { s.item_gap },
                frame,
                body,
            );
            ranges.push(first..self.units.len());
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
                    tag: Tag::Content(label),
                }),
            );
        }
        ranges.retain(|r| !r.is_empty());
        ranges
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
        let heading = self.structure.heading(rank::INSIDE, ElementId::DOCUMENT);
        self.text_lines(
            title,
            TextStyle::new(FontStyle::Bold, s.heading, title_color),
            0.0,
            s.block_gap + 4.0,
            pad,
            Keep::Lines,
            heading,
        );
        let body = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        if let Some(text) = text {
            let paragraph = self.element(Role::Paragraph);
            self.paragraph(text, body, 0.0, 2.0, Some(frame), paragraph);
            if !items.is_empty() && self.units.len() > first {
                // The text before a box's items leads in to them.
                if let Some(block) = self.block {
                    self.lead_in = Some((self.units.len() - 1, block, plain_text(text)));
                }
            }
        }
        if !items.is_empty() {
            let ranges = self.list(items, body, None, 3.0, Some(frame));
            self.hold_lead_in(&ranges);
        }
        (self.left, self.width) = saved;
        self.close_frame(first, frame, pad);
        let (kind, title) = match kind {
            CalloutKind::Urgent => (GroupKind::UrgentCallout, plain_text(title)),
            CalloutKind::Note => (GroupKind::NoteCallout, plain_text(title)),
        };
        self.hold_whole(first, kind, &title);
    }

    /// A resource entry, kept whole, with its QR code beside it (with `--qr`).
    pub(super) fn resource(&mut self, entry: &ResourceEntry, gap: f32) {
        self.beside_qr(super::qr::target(&entry.contact), false, |this| {
            this.resource_entry(entry, gap);
        });
    }

    /// A resource entry without a QR code of its own (a fill-in puts its last
    /// entry's code beside the entry and the lines under it).
    pub(super) fn resource_entry(&mut self, entry: &ResourceEntry, gap: f32) {
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
        let name = self.structure.heading(rank::ENTRY, ElementId::DOCUMENT);
        self.text_lines(
            &[Span::plain(entry.name.clone())],
            TextStyle::new(FontStyle::Bold, s.label, Rgb::TEXT),
            0.0,
            gap,
            2.0,
            Keep::Lines,
            name,
        );
        let body = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        let contact = self.element(Role::Paragraph);
        self.text_lines(&entry.contact, body, 0.0, 0.0, 0.0, Keep::Lines, contact);
        if let Some(notes) = &entry.notes {
            // Plain text: no italics anywhere (large-print guidance, and easier to
            // read for everyone).
            let paragraph = self.element(Role::Paragraph);
            self.text_lines(
                &[Span::plain(notes.clone())],
                TextStyle::new(FontStyle::Regular, s.body, Rgb::MUTED),
                0.0,
                0.0,
                0.0,
                Keep::Lines,
                paragraph,
            );
        }
        (self.left, self.width) = saved;
        self.close_frame(first, frame, 2.0);
        self.hold_whole(first, GroupKind::ResourceEntry, &entry.name);
    }

    fn new_frame(&mut self, mut frame: Frame) -> Frame {
        frame.id = self.next_frame;
        self.next_frame += 1;
        frame
    }

    /// Marks units `first..` as one framed run with padding below, letting go of
    /// what follows it.
    fn close_frame(&mut self, first: usize, frame: Frame, pad: f32) {
        let Some(last) = self.units.len().checked_sub(1).filter(|&l| l >= first) else {
            return;
        };
        for u in &mut self.units[first..] {
            u.frame = Some(frame);
        }
        self.units[last].height += pad;
        self.units[last].keep = Keep::Free;
    }

    /// Lines of text, part of `owner`, as units holding on to the next with
    /// `keep`; `top_pad` is added inside the first unit.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn text_lines(
        &mut self,
        text: &[Span],
        style: TextStyle,
        indent: f32,
        gap: f32,
        top_pad: f32,
        keep: Keep,
        owner: ElementId,
    ) {
        let s = self.style;
        let lines = break_lines(text, style.face, style.size, self.width - indent);
        let mut tagger = TextTagger::content(owner, &mut self.structure);
        for (i, line) in lines.into_iter().enumerate() {
            let pad = if i == 0 { top_pad } else { 0.0 };
            let line_height = style.line_height(&s);
            let baseline = pad + unit_baseline(style, &s);
            let items = line_items(
                &line,
                self.left + indent,
                baseline,
                style,
                line_height,
                &mut tagger,
            );
            self.units.push(Unit {
                gap_before: if i == 0 { gap } else { 0.0 },
                height: pad + line_height,
                keep,
                items,
                frame: None,
            });
        }
    }
}
