//! The writer's output read back: pages, metadata, links, fonts, text, determinism.

use lopdf::{Dictionary, Document, Object};

use super::*;
use crate::fonts::FontStyle;
use crate::layout::{
    BoxShape, DocumentInfo, LaidOutPage, LinkArea, PageItem, Paper, Rgb, Rule, TextRun,
};

pub(super) const SPANISH: &str = "Se habla español — “quotes” • bullets";

fn run(x: f32, y: f32, text: &str, style: FontStyle, size: f32, color: Rgb) -> PageItem {
    PageItem::Text(TextRun {
        x,
        y,
        text: text.to_owned(),
        style,
        size,
        color,
        width: crate::fonts::metrics(style).width(text, size),
    })
}

/// Two Letter pages with text in all four faces, a box, a rule and two links.
pub(super) fn sample() -> LaidOutDocument {
    let page1 = vec![
        run(
            54.0,
            80.0,
            "Kratom: What to Know",
            FontStyle::Bold,
            21.0,
            Rgb::ACCENT,
        ),
        PageItem::Rule(Rule {
            x1: 54.0,
            y1: 90.0,
            x2: 558.0,
            y2: 90.0,
            color: Rgb::ACCENT,
            thickness: 2.0,
        }),
        run(54.0, 120.0, SPANISH, FontStyle::Regular, 11.0, Rgb::TEXT),
        run(
            54.0,
            135.0,
            "Ask us – any time.",
            FontStyle::Italic,
            11.0,
            Rgb::TEXT,
        ),
        PageItem::Box(BoxShape {
            x: 54.0,
            y: 150.0,
            width: 504.0,
            height: 60.0,
            fill: Some(Rgb::URGENT_TINT),
            stroke: Some((Rgb::URGENT, 2.0)),
        }),
        run(
            64.0,
            172.0,
            "Get help now",
            FontStyle::BoldItalic,
            13.5,
            Rgb::URGENT,
        ),
        run(
            64.0,
            195.0,
            "Call (555) 010-2000",
            FontStyle::Regular,
            11.0,
            Rgb::LINK,
        ),
        PageItem::Link(LinkArea {
            x: 64.0,
            y: 184.0,
            width: 110.0,
            height: 14.0,
            uri: "tel:+15550102000".to_owned(),
        }),
    ];
    let page2 = vec![
        run(54.0, 80.0, "Sources", FontStyle::Bold, 13.5, Rgb::ACCENT),
        run(
            54.0,
            100.0,
            "fda.gov/kratom",
            FontStyle::Regular,
            11.0,
            Rgb::LINK,
        ),
        PageItem::Link(LinkArea {
            x: 54.0,
            y: 89.0,
            width: 80.0,
            height: 14.0,
            uri: "https://www.fda.gov/news-events/kratom".to_owned(),
        }),
        run(
            54.0,
            750.0,
            "Page 2 of 2",
            FontStyle::Regular,
            8.5,
            Rgb::MUTED,
        ),
    ];
    let (width, height) = Paper::Letter.size();
    LaidOutDocument {
        info: DocumentInfo {
            title: "Kratom: What to Know — español".to_owned(),
            author: "Riverside Clinic".to_owned(),
            subject: "Kratom risks".to_owned(),
            language: "en-US".to_owned(),
            keywords: vec!["kratom".to_owned(), "opioids".to_owned()],
        },
        paper: Paper::Letter,
        pages: [page1, page2]
            .into_iter()
            .map(|items| LaidOutPage {
                width,
                height,
                items,
            })
            .collect(),
        warnings: Vec::new(),
    }
}

pub(super) fn options() -> PdfOptions {
    PdfOptions {
        created: Date::new(2026, 11, 22).unwrap(),
    }
}

fn read(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).expect("lopdf reads the PDF back")
}

fn dict<'a>(doc: &'a Document, object: &'a Object) -> &'a Dictionary {
    match object {
        Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

/// A PDF text string: UTF-16BE with a byte-order mark, or PDFDocEncoding (ASCII here).
fn text(object: &Object) -> String {
    let bytes = object.as_str().unwrap();
    if let Some(utf16) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).unwrap()
    } else {
        String::from_utf8(bytes.to_vec()).unwrap()
    }
}

#[test]
fn reads_back_pages_language_and_metadata() {
    let bytes = write_pdf(&sample(), &options()).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.5"));
    let doc = read(&bytes);
    assert_eq!(doc.get_pages().len(), 2);

    let catalog = doc.catalog().unwrap();
    assert_eq!(text(catalog.get(b"Lang").unwrap()), "en-US");
    let prefs = dict(&doc, catalog.get(b"ViewerPreferences").unwrap());
    assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());

    let info = dict(&doc, doc.trailer.get(b"Info").unwrap());
    let field = |key: &[u8]| text(info.get(key).unwrap());
    assert_eq!(field(b"Title"), "Kratom: What to Know — español");
    assert_eq!(field(b"Author"), "Riverside Clinic");
    assert_eq!(field(b"Subject"), "Kratom risks");
    assert_eq!(field(b"Keywords"), "kratom,opioids");
    assert_eq!(field(b"Producer"), "Handout Desk");
    assert_eq!(field(b"CreationDate"), "D:20261122120000+00'00'");
    assert_eq!(field(b"ModDate"), "D:20261122120000+00'00'");
    assert!(
        info.get(b"Identifier").is_err(),
        "empty entries are dropped"
    );

    let page = doc.get_dictionary(doc.get_pages()[&1]).unwrap();
    let media_box: Vec<f32> = page
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_float().unwrap())
        .collect();
    assert_eq!(media_box, [0.0, 0.0, 612.0, 792.0]);
}

#[test]
fn links_are_uri_annotations_without_border() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let uris: Vec<Vec<String>> = doc
        .get_pages()
        .values()
        .map(|&page| {
            doc.get_page_annotations(page)
                .unwrap()
                .into_iter()
                .map(|annot| {
                    assert_eq!(annot.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
                    let border = annot.get(b"Border").unwrap().as_array().unwrap();
                    assert!(border.iter().all(|w| w.as_float().unwrap() == 0.0));
                    let action = dict(&doc, annot.get(b"A").unwrap());
                    assert_eq!(action.get(b"S").unwrap().as_name().unwrap(), b"URI");
                    text(action.get(b"URI").unwrap())
                })
                .collect()
        })
        .collect();
    assert_eq!(
        uris,
        [
            vec!["tel:+15550102000".to_owned()],
            vec!["https://www.fda.gov/news-events/kratom".to_owned()]
        ]
    );
    // Each annotation is an object of its own, pointing back at its page.
    let standalone = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Link"))
        .inspect(|d| assert!(d.get(b"P").and_then(Object::as_reference).is_ok()))
        .count();
    assert_eq!(standalone, 2);
}

#[test]
fn fonts_are_embedded_subset_and_unhinted() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let fonts = doc.get_page_fonts(doc.get_pages()[&1]).unwrap();
    let mut names = Vec::new();
    for font in fonts.values() {
        assert_eq!(font.get(b"Subtype").unwrap().as_name().unwrap(), b"Type0");
        assert!(font.get(b"ToUnicode").is_ok());
        let descendant = dict(
            &doc,
            &font.get(b"DescendantFonts").unwrap().as_array().unwrap()[0],
        );
        let descriptor = dict(&doc, descendant.get(b"FontDescriptor").unwrap());
        let program_id = descriptor
            .get(b"FontFile2")
            .unwrap()
            .as_reference()
            .unwrap();
        let program = doc
            .get_object(program_id)
            .unwrap()
            .as_stream()
            .unwrap()
            .decompressed_content()
            .unwrap();
        let face = ttf_parser::Face::parse(&program, 0).expect("a valid TrueType program");
        assert!(face.number_of_glyphs() < 50, "subset, not the whole face");
        assert!(
            face.raw_face()
                .table(ttf_parser::Tag::from_bytes(b"fpgm"))
                .is_none()
        );

        let name = String::from_utf8(font.get(b"BaseFont").unwrap().as_name().unwrap().to_vec());
        let name = name.unwrap();
        let (tag, face_name) = name.split_once('+').expect("subset tag");
        assert!(
            tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
            "{name}"
        );
        names.push(face_name.to_owned());
    }
    names.sort();
    assert_eq!(
        names,
        [
            "AtkinsonHyperlegible-Bold",
            "AtkinsonHyperlegible-BoldItalic",
            "AtkinsonHyperlegible-Italic",
            "AtkinsonHyperlegible-Regular"
        ]
    );
}

#[test]
fn text_extracts_exactly() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let page1 = doc.extract_text(&[1]).unwrap();
    for expected in [
        "Kratom: What to Know",
        SPANISH,
        "Ask us – any time.",
        "Get help now",
        "Call (555) 010-2000",
    ] {
        assert!(page1.contains(expected), "{expected:?} not in {page1:?}");
    }
    assert!(doc.extract_text(&[2]).unwrap().contains("Page 2 of 2"));
}

#[test]
fn consecutive_runs_share_a_text_object() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let content = doc.get_page_content(doc.get_pages()[&1]);
    let content = String::from_utf8_lossy(&content);
    // Title | rule | two runs | box | two runs.
    assert_eq!(content.matches("BT").count(), 3, "{content}");
    assert_eq!(
        content.matches("Tf").count(),
        5,
        "one per change of face or size"
    );
    assert!(
        content.contains(" re\nB"),
        "box filled and stroked: {content}"
    );
}

#[test]
fn same_input_same_bytes() {
    let first = write_pdf(&sample(), &options()).unwrap();
    let second = write_pdf(&sample(), &options()).unwrap();
    assert!(first == second, "output must be byte-identical");

    let later = PdfOptions {
        created: Date::new(2027, 1, 1).unwrap(),
    };
    let third = write_pdf(&sample(), &later).unwrap();
    let id = |bytes: &[u8]| read(bytes).trailer.get(b"ID").unwrap().clone();
    assert_ne!(id(&first), id(&third), "the identifier follows the content");
}

#[test]
fn rejects_what_would_make_a_broken_or_unsafe_pdf() {
    let mut doc = sample();
    doc.info.language = "english please".to_owned();
    assert!(matches!(
        write_pdf(&doc, &options()),
        Err(PdfError::BadLanguage(_))
    ));

    let mut doc = sample();
    doc.pages[1].items.push(PageItem::Link(LinkArea {
        x: 0.0,
        y: 0.0,
        width: 1.0,
        height: 1.0,
        uri: "javascript:alert(1)".to_owned(),
    }));
    let err = write_pdf(&doc, &options()).unwrap_err();
    assert!(
        matches!(err, PdfError::UnsupportedLink { page: 2, .. }),
        "{err}"
    );

    let mut doc = sample();
    if let PageItem::Text(run) = &mut doc.pages[0].items[0] {
        run.x = f32::NAN;
    }
    let err = write_pdf(&doc, &options()).unwrap_err();
    assert!(
        matches!(err, PdfError::BadGeometry { page: 1, .. }),
        "{err}"
    );

    let mut doc = sample();
    doc.pages.clear();
    assert!(matches!(
        write_pdf(&doc, &options()),
        Err(PdfError::NoPages)
    ));
}

#[test]
fn a_face_used_only_for_missing_characters_is_still_embedded() {
    let mut doc = sample();
    doc.pages[1].items = vec![run(54.0, 80.0, "😀", FontStyle::Italic, 11.0, Rgb::TEXT)];
    let read = read(&write_pdf(&doc, &options()).unwrap());
    let fonts = read.get_page_fonts(read.get_pages()[&2]).unwrap();
    assert!(fonts.contains_key(b"I".as_slice()), "the Tf target exists");
}

#[test]
fn pdftotext_reads_the_text_when_installed() {
    let dir = std::env::temp_dir().join(format!("handout-desk-pdftotext-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sample.pdf");
    save_pdf_atomically(&write_pdf(&sample(), &options()).unwrap(), &path).unwrap();
    let output = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output();
    std::fs::remove_dir_all(&dir).unwrap();
    let Ok(output) = output else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install poppler-utils"
        );
        eprintln!("pdftotext is not installed; skipped");
        return;
    };
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains(SPANISH), "{text}");
    assert!(text.contains("Ask us – any time."), "{text}");
}

/// Writes the sample to `$HANDOUT_PDF_OUT` for checking by hand with poppler and qpdf.
#[test]
#[ignore = "writes a file for manual inspection"]
fn write_sample_for_inspection() {
    let path = std::env::var_os("HANDOUT_PDF_OUT").expect("set HANDOUT_PDF_OUT");
    let bytes = write_pdf(&sample(), &options()).unwrap();
    save_pdf_atomically(&bytes, std::path::Path::new(&path)).unwrap();
}
