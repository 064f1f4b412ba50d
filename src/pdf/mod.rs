//! The PDF writer: a [`LaidOutDocument`] becomes print-ready PDF bytes.
//!
//! This stage knows only the laid-out pages, never the template or profile they came
//! from. It draws with printpdf 0.12 and finishes the document itself where printpdf
//! cannot. The parts, one file each:
//!
//! - `fonts`: each face the document uses is subset to the characters it draws,
//!   slimmed by `sfnt` (no hinting), and written as a simple TrueType font with
//!   one-byte codes (printpdf only writes two-byte CID fonts); `cmap` writes the
//!   compact map that lets readers copy the text back out;
//! - `write`: each page's content stream, written (by `content`) and compressed
//!   as the page is drawn, and its link annotations; every run is marked as
//!   content of its structure element or as an artifact, and `tagging` collects
//!   what the structure tree needs;
//! - `finish`: document language, viewer preferences and a content-derived file
//!   identifier (`hash`), so the same input always gives the same bytes; `tidy`
//!   drops what printpdf writes for nothing; `structure_tree` adds the tagged-PDF
//!   structure (PDF/UA-1 as far as a file can show it), the outline, and with
//!   `xmp` the metadata that says so; `save` writes it all compactly (one object
//!   stream, a compressed cross-reference stream).
//!
//! Saving the bytes goes through [`crate::fs_safe`], like every other file: a failed
//! save never destroys the old one, and a link keeps pointing at the new PDF.

mod cmap;
mod content;
mod deflate;
mod finish;
mod fonts;
mod hash;
mod save;
mod sfnt;
mod structure_tree;
mod tagging;
mod tidy;
mod winansi;
mod write;
mod xmp;

#[cfg(test)]
mod bench;
#[cfg(test)]
mod tests;

use printpdf::{PdfDocument, PdfParseErrorSeverity, PdfSaveOptions};

use crate::date::Date;
use crate::fs_safe::{Folder, SaveError, write_atomically};
use crate::layout::{ElementId, LaidOutDocument, PageItem, Role, Tag, TextRun};

/// What the writer needs besides the laid-out document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PdfOptions {
    /// Recorded as the document's creation and modification date. It is passed in
    /// rather than read from the clock, so the same handout on the same day always
    /// gives the same bytes.
    pub created: Date,
}

/// Why a PDF could not be written or saved.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The document has no pages.
    #[error("the handout has no pages to write")]
    NoPages,
    /// A page or an item on it has a size or position that is not a finite number,
    /// or a page that is not bigger than zero. This is a bug in layout.
    #[error("page {page}: {what} has an impossible size or position")]
    BadGeometry {
        /// The page, counted from 1.
        page: usize,
        /// What is wrong, e.g. "the page itself" or "a text run".
        what: &'static str,
    },
    /// A link points somewhere other than a web page (`https:`) or a phone number (`tel:`).
    #[error(
        "page {page}: the link `{uri}` is neither an https: web address nor a tel: phone number"
    )]
    UnsupportedLink {
        /// The page, counted from 1.
        page: usize,
        /// The link target as laid out.
        uri: String,
    },
    /// A text run or link area names a structure element that does not exist, or
    /// a link area's element is not a link. This is a bug in layout.
    #[error("page {page}: {what} is not part of the document structure")]
    BadStructure {
        /// The page, counted from 1.
        page: usize,
        /// What is wrong, e.g. "a text run".
        what: &'static str,
    },
    /// The document language is not a plausible BCP 47 tag.
    #[error("`{0}` is not a language tag such as `en-US` or `es`")]
    BadLanguage(String),
    /// A font could not be subset for embedding.
    #[error("could not embed the font {face}: {reason}")]
    Font {
        /// The face's PostScript name.
        face: &'static str,
        /// What went wrong, from the subsetter.
        reason: String,
    },
    /// printpdf or lopdf could not serialise the document.
    #[error("could not assemble the PDF: {0}")]
    Assemble(String),
    /// The PDF bytes could not be saved to disk.
    #[error("could not save the PDF to {}: {}", .0.path.display(), .0.problem)]
    Save(SaveError),
}

/// Writes `bytes` to `path` atomically, into a folder that must exist (the user
/// chose it: a typo is reported, not made into a new folder).
pub fn save_pdf_atomically(bytes: &[u8], path: &std::path::Path) -> Result<(), PdfError> {
    write_atomically(path, bytes, Folder::MustExist).map_err(PdfError::Save)
}

/// Writes `doc` as PDF bytes.
///
/// Embeds a hinting-free subset of each face the text uses, draws every page item in
/// order, turns link areas into clickable `https:`/`tel:` links and records the
/// document's title, author, subject, keywords, language and the date in `options`.
/// The PDF is tagged: a structure tree from `doc.structure`, the furniture as
/// artifacts, and an outline of the title and section headings.
/// The same `doc` and `options` always give byte-identical output.
pub fn write_pdf(doc: &LaidOutDocument, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    check(doc)?;
    let embedded = fonts::EmbeddedFonts::for_document(doc)?;

    let mut pdf = PdfDocument::new(&doc.info.title);
    let info = &mut pdf.metadata.info;
    info.author.clone_from(&doc.info.author);
    info.subject.clone_from(&doc.info.subject);
    info.keywords.clone_from(&doc.info.keywords);
    info.creator = PRODUCER.to_owned();
    info.producer = PRODUCER.to_owned();
    info.creation_date = noon_utc(options.created);
    info.modification_date = noon_utc(options.created);
    info.metadata_date = noon_utc(options.created);
    let mut tagging = tagging::Tagging::new(&doc.structure, doc.pages.len());
    // Each page's content is written and compressed as it is drawn; printpdf
    // gets the pages' sizes and builds the rest of the document; links and the
    // structure tree are added in the finish step.
    let mut contents = Vec::with_capacity(doc.pages.len());
    pdf.pages = Vec::with_capacity(doc.pages.len());
    for (index, page) in doc.pages.iter().enumerate() {
        let drawn = write::page(page, index, &embedded, &mut tagging);
        contents.push(drawn.content);
        pdf.pages.push(drawn.page);
    }

    let save_options = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lopdf_doc = pdf.to_lopdf_document(&save_options, &mut warnings);
    if let Some(problem) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Assemble(problem.msg.clone()));
    }
    embedded.add_to(&mut lopdf_doc)?;
    finish::finish(lopdf_doc, contents, &doc.info, &[], &tagging)
}

/// 12:00 UTC on `date`: viewers show the date in local time, and noon UTC falls on
/// the same calendar day from UTC−11 to UTC+11 (midnight would show the day before
/// everywhere in the Americas).
fn noon_utc(date: Date) -> printpdf::OffsetDateTime {
    printpdf::OffsetDateTime {
        date: printpdf::date::Date {
            year: date.year(),
            month: date.month(),
            day: date.day(),
        },
        time: printpdf::date::Time {
            hour: 12,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::date::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

/// Recorded as the PDF's /Producer and /Creator.
const PRODUCER: &str = "Handout Desk";

/// Rejects input that would produce a corrupt or unsafe PDF.
fn check(doc: &LaidOutDocument) -> Result<(), PdfError> {
    if doc.pages.is_empty() {
        return Err(PdfError::NoPages);
    }
    for (index, page) in doc.pages.iter().enumerate() {
        let page_number = index + 1;
        let bad = |what| PdfError::BadGeometry {
            page: page_number,
            what,
        };
        let positive = |v: f32| v.is_finite() && v > 0.0;
        if !positive(page.width) || !positive(page.height) {
            return Err(bad("the page itself"));
        }
        let exists = |element: ElementId| doc.structure.get(element).is_some();
        let bad_structure = |what| PdfError::BadStructure {
            page: page_number,
            what,
        };
        for item in &page.items {
            let finite = |numbers: &[f32]| numbers.iter().all(|v| v.is_finite());
            match item {
                PageItem::Text(TextRun {
                    tag: Tag::Content(element),
                    ..
                }) if !exists(*element) => return Err(bad_structure("a text run")),
                PageItem::Link(l)
                    if doc.structure.get(l.element).map(|e| e.role) != Some(Role::Link) =>
                {
                    return Err(bad_structure("a link area"));
                }
                PageItem::Text(t) if !finite(&[t.x, t.y, t.size]) => {
                    return Err(bad("a text run"));
                }
                PageItem::Box(b)
                    if !finite(&[b.x, b.y, b.width, b.height, b.stroke.map_or(0.0, |s| s.1)]) =>
                {
                    return Err(bad("a box"));
                }
                PageItem::Rule(r) if !finite(&[r.x1, r.y1, r.x2, r.y2, r.thickness]) => {
                    return Err(bad("a rule"));
                }
                PageItem::Qr(q)
                    if !finite(&[q.x, q.y, q.module]) || q.dark.len() != q.size * q.size =>
                {
                    return Err(bad("a QR code"));
                }
                PageItem::Link(l) if !finite(&[l.x, l.y, l.width, l.height]) => {
                    return Err(bad("a link area"));
                }
                PageItem::Link(l) if !write::is_supported_uri(&l.uri) => {
                    return Err(PdfError::UnsupportedLink {
                        page: page_number,
                        uri: l.uri.clone(),
                    });
                }
                _ => {}
            }
        }
    }
    Ok(())
}
