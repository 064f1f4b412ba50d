//! One laid-out page: its content stream, written and compressed at once, and
//! its link annotations.
//!
//! The stream is kept small: consecutive text runs share one text object (`BT … ET`),
//! each positioned relative to the previous one (`Td`), or not at all when it starts
//! where the previous run's glyphs left the pen (a bold word or a link inside a
//! line: about 60 `Td`s and 200 bytes on the two-page anchor); font, colour and line width
//! are set only when they change; numbers are rounded to 1/100 pt and colours to three
//! decimals, which is finer than any printer resolves. (Positions to 1/10 pt would
//! save about 130 bytes on two pages, but the wallet-card tests hold crop marks and
//! card contents to 0.01–0.05 pt.)
//!
//! Everything drawn is tagged: text that is content sits in marked content with an
//! id (`/P <</MCID 3>> BDC … EMC`), consecutive runs of one element sharing one id;
//! furniture text and all boxes, rules and QR codes are artifacts (a QR code's
//! target is printed beside it in words). Which element each id and
//! each link annotation belongs to goes to [`Tagging`] for the structure tree.

use printpdf::{PdfPage, Pt, Rect};
use printpdf_lopdf::Stream;

use super::content::{ContentBytes, Operand};
use super::fonts::{self, EmbeddedFonts};
use super::tagging::{Link, PageTags, Tagging};
use crate::fonts::FontStyle;
use crate::layout::{
    Artifact, BoxShape, LaidOutPage, LinkArea, PageItem, QrSymbol, Rgb, Role, Rule, Tag, TextRun,
};

/// A page as drawn: its finished content stream, and the page printpdf gets
/// (its size only).
pub(super) struct DrawnPage {
    pub content: Stream,
    pub page: PdfPage,
}

/// Draws `page`, page `index` (from 0) of the document, noting its tagging in
/// `tagging`.
pub(super) fn page(
    page: &LaidOutPage,
    index: usize,
    fonts: &EmbeddedFonts,
    tagging: &mut Tagging,
) -> DrawnPage {
    let mut writer = PageWriter {
        fonts,
        tagging,
        index,
        tags: PageTags::default(),
        height: centi(page.height),
        content: ContentBytes::with_capacity(page.items.len() * 48),
        codes: Vec::new(),
        text_origin: None,
        pen: None,
        marked: None,
        font: None,
        fill: None,
        stroke: None,
    };
    for item in &page.items {
        match item {
            PageItem::Text(run) => writer.text(run),
            PageItem::Box(shape) => writer.shape(shape),
            PageItem::Rule(rule) => writer.rule(rule),
            PageItem::Link(link) => writer.link(link),
            PageItem::Qr(symbol) => writer.qr(symbol),
        }
    }
    writer.end_text();
    writer.end_marked();
    let tags = std::mem::take(&mut writer.tags);
    writer.tagging.pages.push(tags);

    let size = Rect::from_wh(pt(centi(page.width)), pt(writer.height));
    DrawnPage {
        content: writer.content.into_stream(),
        page: PdfPage {
            media_box: size.clone(),
            trim_box: size.clone(),
            crop_box: size,
            ops: Vec::new(),
        },
    }
}

/// Whether a link target is one the handouts may carry: a web page or a phone number.
pub(super) fn is_supported_uri(uri: &str) -> bool {
    let scheme = uri.split_once(':').map_or("", |(scheme, _)| scheme);
    scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("tel")
}

/// The open marked-content sequence.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Marked {
    /// Text of this tag, inside a text object.
    Text(Tag),
    /// Boxes and rules, outside any text object.
    Decoration,
}

/// Writes a page's content stream, remembering the graphics state to skip repeats.
struct PageWriter<'a, 't> {
    fonts: &'a EmbeddedFonts,
    tagging: &'a mut Tagging<'t>,
    /// The page, from 0.
    index: usize,
    tags: PageTags,
    /// Page height in hundredths of a point, to flip y.
    height: i64,
    content: ContentBytes,
    /// Scratch space for one run's glyph codes.
    codes: Vec<u8>,
    /// Inside a text object: where the last `Td` put the start of the line, in
    /// hundredths of a point.
    text_origin: Option<(i64, i64)>,
    /// Inside a text object: where the last run's glyphs left the pen, in hundredths
    /// of a point (x unrounded, as a reader places it from the font's widths).
    pen: Option<(f64, i64)>,
    /// Marked content is never split by `BT`/`ET`: text is marked inside its
    /// text object, decoration outside any.
    marked: Option<Marked>,
    font: Option<(FontStyle, i64)>,
    fill: Option<Rgb>,
    /// Stroke colour and line width in hundredths of a point.
    stroke: Option<(Rgb, i64)>,
}

impl PageWriter<'_, '_> {
    fn text(&mut self, run: &TextRun) {
        self.codes.clear();
        if !self.fonts.encode(run.style, &run.text, &mut self.codes) || run.text.is_empty() {
            return;
        }
        if self.marked == Some(Marked::Decoration) {
            self.end_marked();
        }
        let origin = self.text_origin.unwrap_or_else(|| {
            self.content.op(&[], "BT");
            (0, 0)
        });
        if self.marked != Some(Marked::Text(run.tag)) {
            self.end_marked();
            self.begin_text_marked(run.tag);
        }
        if let Tag::Content(element) = run.tag {
            let height = self.height as f32 / 100.0;
            self.tagging.note_run(element, run, self.index, height);
        }
        let size = centi(run.size);
        if self.font != Some((run.style, size)) {
            self.content.op(
                &[Operand::Name(fonts::resource_name(run.style)), real(size)],
                "Tf",
            );
            self.font = Some((run.style, size));
        }
        self.set_fill(run.color);
        let (x, y) = (centi(run.x), self.height - centi(run.y));
        let start = match self.pen {
            // The run starts where the last one ended, to within half a hundredth of
            // a point: the glyph advances put it there, no `Td` needed.
            Some((pen_x, pen_y)) if pen_y == y && (pen_x - x as f64).abs() <= 0.5 => pen_x,
            _ => {
                self.content
                    .op(&[real(x - origin.0), real(y - origin.1)], "Td");
                self.text_origin = Some((x, y));
                x as f64
            }
        };
        self.content.op(&[Operand::Codes(&self.codes)], "Tj");
        // The run's width is the sum of its glyphs' advances, as the font's
        // `/Widths` give them (layout measures without kerning, as the PDF draws).
        self.pen = Some((start + f64::from(run.width) * 100.0, y));
    }

    fn end_text(&mut self) {
        self.pen = None;
        if self.text_origin.take().is_some() {
            self.end_marked();
            self.content.op(&[], "ET");
        }
    }

    /// Opens marked content for text of `tag`: content gets the page's next
    /// marked-content id, artifacts say what kind they are.
    fn begin_text_marked(&mut self, tag: Tag) {
        match tag {
            Tag::Content(element) => {
                let mcid = self.tags.mcids.len() as i64;
                self.tags.mcids.push(element);
                let role = role_name(self.tagging.role(element));
                self.content.op(
                    &[
                        Operand::Name(role),
                        Operand::Dict(&[("MCID", Operand::Integer(mcid))]),
                    ],
                    "BDC",
                );
            }
            Tag::Artifact(kind) => {
                let pagination = ("Type", Operand::Name("Pagination"));
                let header = [("Subtype", Operand::Name("Header")), pagination];
                let footer = [("Subtype", Operand::Name("Footer")), pagination];
                let repeat = [pagination];
                let properties: &[(&str, Operand)] = match kind {
                    Artifact::Header => &header,
                    Artifact::Footer => &footer,
                    Artifact::Repeat => &repeat,
                };
                self.content.op(
                    &[Operand::Name("Artifact"), Operand::Dict(properties)],
                    "BDC",
                );
            }
        }
        self.marked = Some(Marked::Text(tag));
    }

    /// Opens an artifact for boxes and rules, outside any text object.
    fn begin_decoration(&mut self) {
        self.end_text();
        if self.marked != Some(Marked::Decoration) {
            self.end_marked();
            self.content.op(&[Operand::Name("Artifact")], "BMC");
            self.marked = Some(Marked::Decoration);
        }
    }

    fn end_marked(&mut self) {
        if self.marked.take().is_some() {
            self.content.op(&[], "EMC");
        }
    }

    fn shape(&mut self, shape: &BoxShape) {
        let paint = match (shape.fill, shape.stroke) {
            (Some(_), Some(_)) => "B",
            (Some(_), None) => "f",
            (None, Some(_)) => "S",
            (None, None) => return,
        };
        self.begin_decoration();
        if let Some(fill) = shape.fill {
            self.set_fill(fill);
        }
        if let Some((color, width)) = shape.stroke {
            self.set_stroke(color, width);
        }
        let height = centi(shape.height);
        self.content.op(
            &[
                real(centi(shape.x)),
                real(self.height - centi(shape.y) - height),
                real(centi(shape.width)),
                real(height),
            ],
            "re",
        );
        self.content.op(&[], paint);
    }

    fn rule(&mut self, rule: &Rule) {
        self.begin_decoration();
        self.set_stroke(rule.color, rule.thickness);
        let (x1, y1) = (centi(rule.x1), self.height - centi(rule.y1));
        let (x2, y2) = (centi(rule.x2), self.height - centi(rule.y2));
        self.content.op(&[real(x1), real(y1)], "m");
        self.content.op(&[real(x2), real(y2)], "l");
        self.content.op(&[], "S");
    }

    /// A QR code as one filled path: a rectangle (`re`, one short line) per
    /// horizontal run of dark modules, in a coordinate system of one unit per
    /// module (small integers in the stream), black for the most contrast.
    fn qr(&mut self, symbol: &QrSymbol) {
        self.begin_decoration();
        self.content.op(&[], "q");
        let module = centi(symbol.module) as f32 / 100.0;
        let (x, top) = (centi(symbol.x), self.height - centi(symbol.y));
        self.content.op(
            &[
                Operand::Real(module),
                Operand::Real(0.0),
                Operand::Real(0.0),
                Operand::Real(-module),
                real(x),
                real(top),
            ],
            "cm",
        );
        self.content.op(&[Operand::Real(0.0)], "g");
        let runs = symbol.runs();
        let whole = |n: usize| Operand::Integer(n as i64);
        for &(row, column, length) in &runs {
            self.content
                .op(&[whole(column), whole(row), whole(length), whole(1)], "re");
        }
        if !runs.is_empty() {
            self.content.op(&[], "f");
        }
        self.content.op(&[], "Q");
        // The restore brings back the fill colour set before the code.
    }

    /// A link annotation: clickable, not drawn, so it does not end a text object.
    /// The structure tree writes it (see `structure_tree`).
    /// Its rectangle is rounded out to whole points: a click area at most a
    /// point bigger on each side, and four short numbers instead of four with
    /// two decimals (about 115 bytes on the two-page anchor's 17 links).
    fn link(&mut self, link: &LinkArea) {
        let (x, width, height) = (centi(link.x), centi(link.width), centi(link.height));
        let y = self.height - centi(link.y) - height;
        let floor = |centi: i64| centi.div_euclid(100) as f32;
        let ceil = |centi: i64| (centi + 99).div_euclid(100) as f32;
        self.tags.links.push(Link {
            element: link.element,
            rect: [floor(x), floor(y), ceil(x + width), ceil(y + height)],
            uri: ascii_uri(&link.uri),
        });
    }

    fn set_fill(&mut self, color: Rgb) {
        if self.fill != Some(color) {
            self.set_colour(color, "rg", "g");
            self.fill = Some(color);
        }
    }

    /// Writes `color` with the RGB operator, or as one grey level with the
    /// grey one where its three channels are equal (the same colour, a third
    /// of the operands).
    fn set_colour(&mut self, color: Rgb, rgb: &str, grey: &str) {
        let channels = channels(color);
        if color.0 == color.1 && color.1 == color.2 {
            self.content.op(&channels[..1], grey);
        } else {
            self.content.op(&channels, rgb);
        }
    }

    fn set_stroke(&mut self, color: Rgb, width: f32) {
        let width = centi(width);
        let (old_color, old_width) = self.stroke.unzip();
        if old_color != Some(color) {
            self.set_colour(color, "RG", "G");
        }
        if old_width != Some(width) {
            self.content.op(&[real(width)], "w");
        }
        self.stroke = Some((color, width));
    }
}

/// The structure type of `role`, as tagged PDF names it.
pub(super) fn role_name(role: Role) -> &'static str {
    match role {
        Role::Document => "Document",
        Role::Heading(level) => match level {
            0 | 1 => "H1",
            2 => "H2",
            3 => "H3",
            4 => "H4",
            5 => "H5",
            _ => "H6",
        },
        Role::Paragraph => "P",
        Role::List => "L",
        Role::ListItem => "LI",
        Role::Label => "Lbl",
        Role::ListBody => "LBody",
        Role::Link => "Link",
        Role::Figure => "Figure",
    }
}

/// Points to hundredths of a point. Layout coordinates are checked to be finite and
/// stay far inside `i64`.
fn centi(points: f32) -> i64 {
    (f64::from(points) * 100.0).round() as i64
}

/// Hundredths of a point back to points; prints as at most two decimals.
fn pt(centi: i64) -> Pt {
    Pt(centi as f32 / 100.0)
}

/// Hundredths of a point as a stream operand.
fn real(centi: i64) -> Operand<'static> {
    Operand::Real(pt(centi).0)
}

/// An RGB colour as three operands, each rounded to three decimals.
fn channels(Rgb(r, g, b): Rgb) -> [Operand<'static>; 3] {
    let channel = |c: u8| Operand::Real((f32::from(c) / 255.0 * 1000.0).round() / 1000.0);
    [channel(r), channel(g), channel(b)]
}

/// A PDF URI is 7-bit ASCII: percent-encode anything else (and spaces) as UTF-8.
fn ascii_uri(uri: &str) -> String {
    let mut out = String::with_capacity(uri.len());
    for byte in uri.bytes() {
        if byte.is_ascii_graphic() {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_phone_links_are_supported() {
        assert!(is_supported_uri("https://clinic.example/help"));
        assert!(is_supported_uri("tel:+15550102000"));
        assert!(is_supported_uri("TEL:988"));
        assert!(!is_supported_uri("http://clinic.example"));
        assert!(!is_supported_uri("javascript:alert(1)"));
        assert!(!is_supported_uri("clinic.example"));
    }

    #[test]
    fn uris_become_ascii() {
        assert_eq!(
            ascii_uri("https://a.example/año x"),
            "https://a.example/a%C3%B1o%20x"
        );
    }

    #[test]
    fn numbers_round_to_short_decimals() {
        assert_eq!(pt(centi(72.344)).0.to_string(), "72.34");
        assert_eq!(pt(centi(792.0) - centi(100.25)).0.to_string(), "691.75");
        assert_eq!(pt(centi(11.0)).0.to_string(), "11");
        let Operand::Real(r) = channels(Rgb(0x1a, 0x1a, 0x1a))[0] else {
            panic!("a number")
        };
        assert_eq!(r.to_string(), "0.102");
    }
}
