//! One laid-out page as printpdf operations: its content stream and link annotations.
//!
//! The stream is kept small: consecutive text runs share one text object (`BT … ET`),
//! each positioned relative to the previous one (`Td`); font, colour and line width
//! are set only when they change; numbers are rounded to 1/100 pt and colours to three
//! decimals, which is finer than any printer resolves.
//!
//! Everything drawn is tagged: text that is content sits in marked content with an
//! id (`/P <</MCID 3>> BDC … EMC`), consecutive runs of one element sharing one id;
//! furniture text and all boxes, rules and QR codes are artifacts (a QR code's
//! target is printed beside it in words). Which element each id and
//! each link annotation belongs to goes to [`Tagging`] for the structure tree.

use printpdf::{
    Actions, BorderArray, Color, ColorArray, CurTransMat, DictItem, HighlightingMode, Line,
    LinePoint, LinkAnnotation, Op, PaintMode, PdfFontHandle, PdfPage, Point, Polygon, PolygonRing,
    Pt, Rect, TextItem, WindingOrder,
};

use super::fonts::EmbeddedFonts;
use super::tagging::{PageTags, Tagging};
use crate::fonts::FontStyle;
use crate::layout::{
    Artifact, BoxShape, LaidOutPage, LinkArea, PageItem, QrSymbol, Rgb, Role, Rule, Tag, TextRun,
};

/// The operations that draw `page`, page `index` (from 0) of the document, noting
/// its tagging in `tagging`.
pub(super) fn page(
    page: &LaidOutPage,
    index: usize,
    fonts: &EmbeddedFonts,
    tagging: &mut Tagging,
) -> PdfPage {
    let mut writer = PageWriter {
        fonts,
        tagging,
        index,
        tags: PageTags::default(),
        height: centi(page.height),
        ops: Vec::with_capacity(page.items.len() * 4),
        text_origin: None,
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
    PdfPage {
        media_box: size.clone(),
        trim_box: size.clone(),
        crop_box: size,
        ops: writer.ops,
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

/// Builds a page's operations, remembering the graphics state to skip repeats.
struct PageWriter<'a, 't> {
    fonts: &'a EmbeddedFonts,
    tagging: &'a mut Tagging<'t>,
    /// The page, from 0.
    index: usize,
    tags: PageTags,
    /// Page height in hundredths of a point, to flip y.
    height: i64,
    ops: Vec<Op>,
    /// Inside a text object: where the last run started, in hundredths of a point.
    text_origin: Option<(i64, i64)>,
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
        let Some(font_id) = self.fonts.id(run.style) else {
            return;
        };
        if run.text.is_empty() {
            return;
        }
        if self.marked == Some(Marked::Decoration) {
            self.end_marked();
        }
        let origin = self.text_origin.unwrap_or_else(|| {
            self.ops.push(Op::StartTextSection);
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
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font_id.clone()),
                size: pt(size),
            });
            self.font = Some((run.style, size));
        }
        self.set_fill(run.color);
        let (x, y) = (centi(run.x), self.height - centi(run.y));
        self.ops.push(Op::SetTextCursor {
            pos: Point {
                x: pt(x - origin.0),
                y: pt(y - origin.1),
            },
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        });
        self.text_origin = Some((x, y));
    }

    fn end_text(&mut self) {
        if self.text_origin.take().is_some() {
            self.end_marked();
            self.ops.push(Op::EndTextSection);
        }
    }

    /// Opens marked content for text of `tag`: content gets the page's next
    /// marked-content id, artifacts say what kind they are.
    fn begin_text_marked(&mut self, tag: Tag) {
        let op = match tag {
            Tag::Content(element) => {
                let mcid = self.tags.mcids.len() as i64;
                self.tags.mcids.push(element);
                Op::BeginMarkedContentWithProperties {
                    tag: role_name(self.tagging.role(element)).to_owned(),
                    properties: dict([("MCID", DictItem::Int(mcid))]),
                }
            }
            Tag::Artifact(kind) => {
                let subtype = match kind {
                    Artifact::Header => Some("Header"),
                    Artifact::Footer => Some("Footer"),
                    Artifact::Repeat => None,
                };
                let mut properties = vec![("Type", name("Pagination"))];
                properties.extend(subtype.map(|s| ("Subtype", name(s))));
                Op::BeginMarkedContentWithProperties {
                    tag: "Artifact".to_owned(),
                    properties: dict(properties),
                }
            }
        };
        self.ops.push(op);
        self.marked = Some(Marked::Text(tag));
    }

    /// Opens an artifact for boxes and rules, outside any text object.
    fn begin_decoration(&mut self) {
        self.end_text();
        if self.marked != Some(Marked::Decoration) {
            self.end_marked();
            self.ops.push(Op::BeginMarkedContent {
                tag: "Artifact".to_owned(),
            });
            self.marked = Some(Marked::Decoration);
        }
    }

    fn end_marked(&mut self) {
        if self.marked.take().is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
    }

    fn shape(&mut self, shape: &BoxShape) {
        let mode = match (shape.fill, shape.stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, Some(_)) => PaintMode::Stroke,
            (None, None) => return,
        };
        self.begin_decoration();
        if let Some(fill) = shape.fill {
            self.set_fill(fill);
        }
        if let Some((color, width)) = shape.stroke {
            self.set_stroke(color, width);
        }
        let mut rect = self.rect(shape.x, shape.y, shape.width, shape.height);
        rect.mode = Some(mode);
        self.ops.push(Op::DrawRectangle { rectangle: rect });
    }

    fn rule(&mut self, rule: &Rule) {
        self.begin_decoration();
        self.set_stroke(rule.color, rule.thickness);
        let point = |x: f32, y: f32| LinePoint {
            p: Point {
                x: pt(centi(x)),
                y: pt(self.height - centi(y)),
            },
            bezier: false,
        };
        let line = Line {
            points: vec![point(rule.x1, rule.y1), point(rule.x2, rule.y2)],
            is_closed: false,
        };
        self.ops.push(Op::DrawLine { line });
    }

    /// A QR code as one filled path: a rectangle per horizontal run of dark
    /// modules, in a coordinate system of one unit per module (small integers
    /// in the stream), black for the most contrast.
    fn qr(&mut self, symbol: &QrSymbol) {
        self.begin_decoration();
        self.ops.push(Op::SaveGraphicsState);
        let module = centi(symbol.module) as f32 / 100.0;
        let (x, top) = (centi(symbol.x), self.height - centi(symbol.y));
        self.ops.push(Op::SetTransformationMatrix {
            matrix: CurTransMat::Raw([
                module,
                0.0,
                0.0,
                -module,
                x as f32 / 100.0,
                top as f32 / 100.0,
            ]),
        });
        let corner = |x: usize, y: usize| LinePoint {
            p: Point {
                x: Pt(x as f32),
                y: Pt(y as f32),
            },
            bezier: false,
        };
        let rings = symbol
            .runs()
            .into_iter()
            .map(|(row, column, length)| PolygonRing {
                points: vec![
                    corner(column, row),
                    corner(column + length, row),
                    corner(column + length, row + 1),
                    corner(column, row + 1),
                ],
            })
            .collect();
        self.ops.push(Op::SetFillColor {
            col: pdf_color(Rgb(0, 0, 0)),
        });
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
        self.ops.push(Op::RestoreGraphicsState);
        // The restore brings back the fill colour set before the code.
    }

    /// A link annotation: clickable, not drawn, so it does not end a text object.
    fn link(&mut self, link: &LinkArea) {
        self.tags.links.push(link.element);
        let rect = self.rect(link.x, link.y, link.width, link.height);
        self.ops.push(Op::LinkAnnotation {
            link: LinkAnnotation {
                rect,
                actions: Actions::Uri(ascii_uri(&link.uri)),
                border: BorderArray::Solid([0.0, 0.0, 0.0]),
                color: ColorArray::Transparent,
                highlighting: HighlightingMode::Invert,
            },
        });
    }

    /// A rectangle given by its top-left corner in layout coordinates.
    fn rect(&self, x: f32, y: f32, width: f32, height: f32) -> Rect {
        let height = centi(height);
        Rect {
            x: pt(centi(x)),
            y: pt(self.height - centi(y) - height),
            width: pt(centi(width)),
            height: pt(height),
            mode: None,
            winding_order: None,
        }
    }

    fn set_fill(&mut self, color: Rgb) {
        if self.fill != Some(color) {
            self.ops.push(Op::SetFillColor {
                col: pdf_color(color),
            });
            self.fill = Some(color);
        }
    }

    fn set_stroke(&mut self, color: Rgb, width: f32) {
        let width = centi(width);
        let (old_color, old_width) = self.stroke.unzip();
        if old_color != Some(color) {
            self.ops.push(Op::SetOutlineColor {
                col: pdf_color(color),
            });
        }
        if old_width != Some(width) {
            self.ops.push(Op::SetOutlineThickness { pt: pt(width) });
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

fn name(name: &str) -> DictItem {
    DictItem::Name(name.as_bytes().to_vec())
}

fn dict<'k>(entries: impl IntoIterator<Item = (&'k str, DictItem)>) -> DictItem {
    DictItem::Dict {
        map: entries
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect(),
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

fn pdf_color(Rgb(r, g, b): Rgb) -> Color {
    let channel = |c: u8| (f32::from(c) / 255.0 * 1000.0).round() / 1000.0;
    Color::Rgb(printpdf::Rgb {
        r: channel(r),
        g: channel(g),
        b: channel(b),
        icc_profile: None,
    })
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
        let Color::Rgb(c) = pdf_color(Rgb(0x1a, 0x1a, 0x1a)) else {
            panic!("rgb")
        };
        assert_eq!(c.r.to_string(), "0.102");
    }
}
