//! Fill-ins: a label, a hint, the clinic's resources, labelled lines such as
//! "Date and time: ____", and ruled lines to write on, kept whole on one page.
//!
//! What the patient said (typed at the desk) is printed on the lines in the body
//! size, sitting on the rule as handwriting would; long answers wrap onto more
//! ruled lines and never run past the margin. A blank plan prints empty lines.

use crate::compose::{FilledField, ResourceEntry, RichText, Span};
use crate::fonts::{self, FontStyle};
use crate::layout::draw::{TextStyle, line_items, unit_baseline};
use crate::layout::flow::{FlowBuilder, Keep, Unit, rank};
use crate::layout::page::{PageItem, Rgb, Rule};
use crate::layout::structure::{ElementId, Role, TextTagger};
use crate::layout::text::{Line, break_lines};
use crate::layout::warning::GroupKind;

/// A field label may take at most this share of the column; the line to write
/// on gets the rest.
const LABEL_SHARE: f32 = 0.6;

impl FlowBuilder {
    pub(super) fn fill_in(
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
        let heading = self.structure.heading(rank::INSIDE, ElementId::DOCUMENT);
        self.text_lines(
            label,
            TextStyle::new(FontStyle::Bold, s.label, Rgb::ACCENT),
            0.0,
            s.fill_label_gap,
            0.0,
            Keep::Lines,
            heading,
        );
        if let Some(hint) = hint {
            let paragraph = self.structure.add(Role::Paragraph, ElementId::DOCUMENT);
            self.text_lines(
                hint,
                TextStyle::new(FontStyle::Regular, s.hint, Rgb::MUTED),
                0.0,
                0.0,
                0.0,
                Keep::Lines,
                paragraph,
            );
        }
        let gap = |i: usize| if i == 0 { 2.0 } else { s.block_gap };
        let (last, others) = match resources.split_last() {
            Some((last, others)) => (Some(last), others),
            None => (None, resources),
        };
        for (i, entry) in others.iter().enumerate() {
            self.resource(entry, gap(i));
        }
        // The last entry's QR code sits beside the lines under it (shortened
        // for it) and the foot of the entry, whose words keep the full column:
        // narrowed, they would wrap onto more lines, and a plan that fits one
        // page without codes would no longer fit with them.
        let qr_target = last.and_then(|e| super::qr::target(&e.contact));
        self.beside_qr_at_foot(
            qr_target,
            |this| {
                if let Some(entry) = last {
                    this.resource_entry(entry, gap(others.len()));
                }
            },
            |this| this.fill_in_lines(fields, lines, written),
        );
        let description = crate::compose::plain_text(label);
        self.hold_whole(first, GroupKind::FillIn, &description);
    }

    /// A fill-in's labelled lines and free ruled lines, with the patient's words.
    fn fill_in_lines(&mut self, fields: &[FilledField], lines: u8, written: &str) {
        let hand = TextStyle::new(FontStyle::Regular, self.style.body, Rgb::TEXT);
        for field in fields {
            self.field(field, hand);
        }
        // The patient's own words, one ruled line each; a new line in what was
        // typed starts a new ruled line (and is a paragraph of its own), and more
        // lines are added when needed.
        let mut written_lines: Vec<(Line, ElementId)> = Vec::new();
        for typed in written.lines().filter(|l| !l.trim().is_empty()) {
            let paragraph = self.structure.add(Role::Paragraph, ElementId::DOCUMENT);
            let broken = break_lines(
                &[Span::plain(typed.trim())],
                hand.face,
                hand.size,
                self.width,
            );
            written_lines.extend(broken.into_iter().map(|line| (line, paragraph)));
        }
        let rows = usize::from(lines).max(written_lines.len());
        for row in 0..rows {
            let words = written_lines.get(row).map(|(line, owner)| (line, *owner));
            self.ruled_row(None, 0.0, words, hand);
        }
    }

    /// A labelled line: the label (wrapped within its share of the column), then
    /// ruled lines from the label's end to the margin holding the answer; label
    /// and answer are read as one paragraph.
    fn field(&mut self, field: &FilledField, hand: TextStyle) {
        let s = self.style;
        let paragraph = self.structure.add(Role::Paragraph, ElementId::DOCUMENT);
        let label_style = TextStyle::new(FontStyle::Regular, s.body, Rgb::TEXT);
        let mut label_text = field.label.clone();
        label_text.push(Span::plain(":"));
        let mut label_lines = break_lines(
            &label_text,
            label_style.face,
            label_style.size,
            self.width * LABEL_SHARE,
        );
        let last_label = label_lines.pop();
        for line in &label_lines {
            self.units.push(Unit {
                gap_before: 0.0,
                height: s.line_height(label_style.size),
                keep: Keep::Lines,
                items: line_items(
                    line,
                    self.left,
                    unit_baseline(label_style, &s),
                    label_style,
                    s.line_height(label_style.size),
                    &mut TextTagger::content(paragraph, &mut self.structure),
                ),
                frame: None,
            });
        }
        let space = fonts::metrics(label_style.face).width(" ", label_style.size);
        let indent = last_label.as_ref().map_or(0.0, |l| l.width + space);
        let value = field.value.as_deref().unwrap_or("");
        let value_lines = break_lines(
            &[Span::plain(value)],
            hand.face,
            hand.size,
            self.width - indent,
        );
        let rows = value_lines.len().max(1);
        for row in 0..rows {
            let label = if row == 0 { last_label.as_ref() } else { None };
            self.ruled_row(
                label.map(|l| (l, label_style, paragraph)),
                indent,
                value_lines.get(row).map(|l| (l, paragraph)),
                hand,
            );
        }
    }

    /// One ruled line to write on, from `indent` to the margin, with `words`
    /// sitting on it and `label` before it, each part of the element given.
    fn ruled_row(
        &mut self,
        label: Option<(&Line, TextStyle, ElementId)>,
        indent: f32,
        words: Option<(&Line, ElementId)>,
        hand: TextStyle,
    ) {
        let s = self.style;
        let rule_y = s.fill_line_gap - 3.0;
        let mut items = Vec::new();
        if let Some((line, style, owner)) = label {
            let baseline = self.baseline_on_rule(style);
            items.extend(line_items(
                line,
                self.left,
                baseline,
                style,
                s.line_height(style.size),
                &mut TextTagger::content(owner, &mut self.structure),
            ));
        }
        if let Some((line, owner)) = words {
            let baseline = self.baseline_on_rule(hand);
            items.extend(line_items(
                line,
                self.left + indent,
                baseline,
                hand,
                s.line_height(hand.size),
                &mut TextTagger::content(owner, &mut self.structure),
            ));
        }
        items.push(PageItem::Rule(Rule {
            x1: self.left + indent,
            y1: rule_y,
            x2: self.left + self.width,
            y2: rule_y,
            color: Rgb::RULE,
            thickness: 0.75,
        }));
        self.units.push(Unit {
            gap_before: 0.0,
            height: s.fill_line_gap,
            keep: Keep::Free,
            items,
            frame: None,
        });
    }

    /// The baseline that puts text of `style` just above a row's rule, its
    /// descenders clear of the line.
    fn baseline_on_rule(&self, style: TextStyle) -> f32 {
        let rule_y = self.style.fill_line_gap - 3.0;
        rule_y - fonts::metrics(style.face).descent(style.size) - 1.0
    }
}
