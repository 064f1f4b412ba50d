//! The laid-out document: pages of positioned text runs, boxes, rules and links.
//!
//! This is the only thing the PDF writer and the GUI preview see. Coordinates are
//! in PDF points (1/72 inch) from the page's top-left corner, y growing downwards;
//! a text run's `y` is its baseline. Text runs and link areas say what they are part
//! of ([`crate::layout::structure`]); boxes and rules are decoration, never content.

use std::fmt::Write as _;

use crate::fonts::FontStyle;
use crate::layout::structure::{ElementId, Structure, Tag};
use crate::layout::warning::LayoutWarning;
use crate::page_setup::Paper;

/// A colour in sRGB, each channel 0–255.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Body text: near-black, 17:1 on white.
    pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
    /// Secondary text such as footers and hints: 7.4:1 on white.
    pub const MUTED: Rgb = Rgb(0x4a, 0x4a, 0x4a);
    /// Headings and accents: a dark teal, 8.5:1 on white.
    pub const ACCENT: Rgb = Rgb(0x0b, 0x4f, 0x5c);
    /// Urgent borders and titles: a dark red, 7.7:1 on white.
    pub const URGENT: Rgb = Rgb(0x9b, 0x11, 0x1e);
    /// The tint behind urgent boxes.
    pub const URGENT_TINT: Rgb = Rgb(0xfd, 0xf0, 0xf0);
    /// The tint behind note boxes.
    pub const NOTE_TINT: Rgb = Rgb(0xe9, 0xf3, 0xf4);
    /// Ruled fill-in lines and thin rules.
    pub const RULE: Rgb = Rgb(0x8a, 0x8a, 0x8a);
    /// Links: dark blue, 9:1 on white.
    pub const LINK: Rgb = Rgb(0x0a, 0x3d, 0x91);
}

/// A run of text in one face, size and colour on one line.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left edge, in points.
    pub x: f32,
    /// Baseline, in points from the top.
    pub y: f32,
    /// The characters.
    pub text: String,
    /// The face.
    pub style: FontStyle,
    /// Font size in points.
    pub size: f32,
    /// Colour.
    pub color: Rgb,
    /// Width of the run as measured by layout, in points.
    pub width: f32,
    /// What it is part of, for assistive technology (the preview ignores it).
    pub tag: Tag,
}

/// A rectangle, filled, stroked or both.
#[derive(Debug, Clone, PartialEq)]
pub struct BoxShape {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Fill colour, if filled.
    pub fill: Option<Rgb>,
    /// Border colour and thickness in points, if stroked.
    pub stroke: Option<(Rgb, f32)>,
}

/// A straight line.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Start x.
    pub x1: f32,
    /// Start y.
    pub y1: f32,
    /// End x.
    pub x2: f32,
    /// End y.
    pub y2: f32,
    /// Colour.
    pub color: Rgb,
    /// Thickness in points.
    pub thickness: f32,
}

/// A clickable area that opens `uri` (`https:` or `tel:`).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// The target, e.g. `tel:+15550102000` or `https://clinic.example`.
    pub uri: String,
    /// The link element whose words this area makes clickable.
    pub element: ElementId,
}

/// A QR code beside the words of its target, drawn as one filled path.
///
/// Always an artifact in the tagged PDF: the target it encodes is printed beside
/// it in words, which a screen reader reads (and a patient without a phone uses).
#[derive(Debug, Clone, PartialEq)]
pub struct QrSymbol {
    /// Left edge of the symbol (inside its quiet zone), in points.
    pub x: f32,
    /// Top edge of the symbol (inside its quiet zone), in points.
    pub y: f32,
    /// The side of one module, in points.
    pub module: f32,
    /// Modules per side.
    pub size: usize,
    /// Whether each module is dark, row by row from the top left.
    pub dark: Vec<bool>,
    /// What it encodes: the `https:` or `tel:` target printed beside it.
    pub target: String,
}

impl QrSymbol {
    /// Modules of light margin around the symbol that nothing may be drawn in.
    pub const QUIET_MODULES: usize = 4;

    /// The side of the symbol without its quiet zone, in points.
    pub fn side(&self) -> f32 {
        self.module * self.size as f32
    }

    /// The width of the quiet zone, in points.
    pub fn quiet(&self) -> f32 {
        self.module * Self::QUIET_MODULES as f32
    }

    /// The dark modules as horizontal runs: (row, first column, length). Drawn
    /// as one rectangle each, they make the symbol with far fewer subpaths than
    /// one square per module.
    pub fn runs(&self) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        for (row, modules) in self.dark.chunks(self.size.max(1)).enumerate() {
            let mut column = 0;
            while column < modules.len() {
                if modules[column] {
                    let start = column;
                    while column < modules.len() && modules[column] {
                        column += 1;
                    }
                    runs.push((row, start, column - start));
                } else {
                    column += 1;
                }
            }
        }
        runs
    }
}

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum PageItem {
    /// Text.
    Text(TextRun),
    /// A box (drawn before the text inside it).
    Box(BoxShape),
    /// A line.
    Rule(Rule),
    /// A link area (not drawn; clickable in the PDF).
    Link(LinkArea),
    /// A QR code (with `--qr`).
    Qr(QrSymbol),
}

/// One page, items in painting order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LaidOutPage {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// What is drawn, back to front.
    pub items: Vec<PageItem>,
}

impl LaidOutPage {
    /// The text runs on the page, in painting (and reading) order.
    pub fn text_runs(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|item| match item {
            PageItem::Text(run) => Some(run),
            _ => None,
        })
    }
}

/// Document-level facts the PDF writer records.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentInfo {
    /// The handout's title.
    pub title: String,
    /// Who made it: the clinic's name.
    pub author: String,
    /// What it is about.
    pub subject: String,
    /// BCP 47 language tag.
    pub language: String,
    /// Search words.
    pub keywords: Vec<String>,
}

/// A whole handout laid out into pages.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidOutDocument {
    /// Document facts for the PDF.
    pub info: DocumentInfo,
    /// The paper it was laid out for.
    pub paper: Paper,
    /// The pages, in order.
    pub pages: Vec<LaidOutPage>,
    /// What the text on the pages is part of: title, headings, lists, links.
    pub structure: Structure,
    /// Groups meant to stay on one page that were too tall for any page and
    /// were split (nothing is dropped); empty when every rule held.
    pub warnings: Vec<LayoutWarning>,
}

impl LaidOutDocument {
    /// A readable dump, one line per text run, then the warnings, for golden
    /// tests and debugging.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for (n, page) in self.pages.iter().enumerate() {
            let _ = writeln!(out, "== page {} ==", n + 1);
            for item in &page.items {
                match item {
                    PageItem::Text(r) => {
                        let _ = writeln!(
                            out,
                            "{:6.1} {:6.1} {:?} {} {}",
                            r.x, r.y, r.style, r.size, r.text
                        );
                    }
                    PageItem::Box(b) => {
                        let _ = writeln!(
                            out,
                            "{:6.1} {:6.1} box {:.1}x{:.1}",
                            b.x, b.y, b.width, b.height
                        );
                    }
                    PageItem::Rule(r) => {
                        let _ = writeln!(out, "{:6.1} {:6.1} rule to {:.1}", r.x1, r.y1, r.x2);
                    }
                    PageItem::Link(l) => {
                        let _ = writeln!(out, "{:6.1} {:6.1} link {}", l.x, l.y, l.uri);
                    }
                    PageItem::Qr(q) => {
                        let _ = writeln!(
                            out,
                            "{:6.1} {:6.1} qr {}x{} {}",
                            q.x, q.y, q.size, q.size, q.target
                        );
                    }
                }
            }
        }
        if !self.warnings.is_empty() {
            let _ = writeln!(out, "== warnings ==");
            for w in &self.warnings {
                let block = w
                    .block
                    .map_or_else(String::new, |b| format!("block {}: ", b + 1));
                let _ = writeln!(out, "{block}{w}");
            }
        }
        out
    }
}
