//! Type sizes, spacing and margins for normal and large print.

use crate::page_setup::PrintFormat;

/// Sizes and spacing, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutStyle {
    /// Left and right margin.
    pub margin_x: f32,
    /// Top margin.
    pub margin_top: f32,
    /// Distance from the page's bottom edge to the footer's baseline.
    pub footer_baseline_from_bottom: f32,
    /// Body text size.
    pub body: f32,
    /// Line height as a multiple of the text size.
    pub leading: f32,
    /// Line height of the source list, as a multiple of its size.
    pub reference_leading: f32,
    /// Title size.
    pub title: f32,
    /// Subtitle size.
    pub subtitle: f32,
    /// Section heading size.
    pub heading: f32,
    /// Resource names and fill-in labels.
    pub label: f32,
    /// Small text: sources, the running header. Never under 9 pt.
    pub small: f32,
    /// Hints under fill-in labels.
    pub hint: f32,
    /// Footer size.
    pub footer: f32,
    /// "Get help now" line size.
    pub help: f32,
    /// Space between paragraphs and blocks.
    pub block_gap: f32,
    /// Space above a heading.
    pub heading_gap: f32,
    /// Space between a heading and its text.
    pub heading_after: f32,
    /// Indent of list text.
    pub list_indent: f32,
    /// Space between list items.
    pub item_gap: f32,
    /// Padding inside boxes.
    pub box_padding: f32,
    /// Distance between ruled fill-in lines.
    pub fill_line_gap: f32,
    /// Space above a fill-in's label: enough to separate one prompt from the
    /// lines above it, small enough that a seven-part plan fits one page.
    pub fill_label_gap: f32,
}

impl LayoutStyle {
    /// Normal print: 12 pt body, the floor of RNIB clear-print guidance (12–14 pt);
    /// nothing under 9 pt.
    pub const NORMAL: LayoutStyle = LayoutStyle {
        margin_x: 54.0,
        margin_top: 44.0,
        footer_baseline_from_bottom: 26.0,
        body: 12.0,
        leading: 1.27,
        reference_leading: 1.2,
        title: 21.0,
        subtitle: 12.5,
        heading: 14.5,
        label: 12.0,
        small: 9.0,
        hint: 10.0,
        footer: 9.0,
        help: 10.0,
        block_gap: 6.0,
        heading_gap: 10.0,
        heading_after: 2.0,
        list_indent: 16.0,
        item_gap: 2.0,
        box_padding: 9.0,
        fill_line_gap: 19.0,
        fill_label_gap: 5.0,
    };

    /// Large print: every piece of text at 18 pt or more and bold headings (ACB
    /// large-print guidance), from the body to the sources, running header, help
    /// band and footer. Text reflows onto more pages and lines rather than shrink.
    pub const LARGE: LayoutStyle = LayoutStyle {
        margin_x: 60.0,
        margin_top: 54.0,
        footer_baseline_from_bottom: 32.0,
        body: 18.0,
        leading: 1.35,
        reference_leading: 1.35,
        title: 28.0,
        subtitle: 18.0,
        heading: 22.0,
        label: 18.0,
        small: 18.0,
        hint: 18.0,
        footer: 18.0,
        help: 18.0,
        block_gap: 9.0,
        heading_gap: 14.0,
        heading_after: 3.0,
        list_indent: 24.0,
        item_gap: 3.0,
        box_padding: 12.0,
        fill_line_gap: 34.0,
        fill_label_gap: 10.0,
    };

    /// The style of a print format. Wallet cards set their own sizes
    /// (`layout::card`); the handout they come with is laid out in normal print.
    pub fn for_format(format: PrintFormat) -> Self {
        match format {
            PrintFormat::Standard | PrintFormat::WalletCard => Self::NORMAL,
            PrintFormat::LargePrint => Self::LARGE,
        }
    }

    /// Line height for text of `size`.
    pub fn line_height(&self, size: f32) -> f32 {
        size * self.leading
    }
}
