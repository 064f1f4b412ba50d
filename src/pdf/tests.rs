//! The writer's output read back: pages, metadata, links, fonts, text, determinism.

use lopdf::{Dictionary, Document, Object};

use super::*;
use crate::fonts::FontStyle;
use crate::layout::{
    Artifact, BoxShape, DocumentInfo, ElementId, LaidOutPage, LinkArea, PageItem, Paper, Rgb, Role,
    Rule, Structure, Tag, TextRun,
};

pub(super) const SPANISH: &str = "Se habla español — “quotes” • bullets";

fn run(x: f32, y: f32, text: &str, style: FontStyle, size: f32, color: Rgb, tag: Tag) -> PageItem {
    PageItem::Text(TextRun {
        x,
        y,
        text: text.to_owned(),
        style,
        size,
        color,
        width: crate::fonts::metrics(style).width(text, size),
        tag,
    })
}

/// The elements of [`sample`], in reading order.
pub(super) struct SampleElements {
    pub title: ElementId,
    pub spanish: ElementId,
    /// A paragraph that runs from page 1 onto page 2.
    pub ask: ElementId,
    pub help: ElementId,
    pub call: ElementId,
    pub phone: ElementId,
    pub sources: ElementId,
    pub fda: ElementId,
}

fn sample_structure() -> (Structure, SampleElements) {
    let mut s = Structure::new();
    let doc = ElementId::DOCUMENT;
    let title = s.heading(1, doc);
    let spanish = s.add(Role::Paragraph, doc);
    let ask = s.add(Role::Paragraph, doc);
    let help = s.heading(2, doc);
    let call = s.add(Role::Paragraph, doc);
    let phone = s.add(Role::Link, call);
    let sources = s.heading(2, doc);
    let source = s.add(Role::Paragraph, doc);
    let fda = s.add(Role::Link, source);
    let elements = SampleElements {
        title,
        spanish,
        ask,
        help,
        call,
        phone,
        sources,
        fda,
    };
    (s, elements)
}

/// Two Letter pages with text in both faces, a box, a rule, two links, a
/// paragraph that runs onto the second page and a footer.
pub(super) fn sample() -> LaidOutDocument {
    let (structure, e) = sample_structure();
    let content = Tag::Content;
    let page1 = vec![
        run(
            54.0,
            80.0,
            "Kratom: What to Know",
            FontStyle::Bold,
            21.0,
            Rgb::ACCENT,
            content(e.title),
        ),
        PageItem::Rule(Rule {
            x1: 54.0,
            y1: 90.0,
            x2: 558.0,
            y2: 90.0,
            color: Rgb::ACCENT,
            thickness: 2.0,
        }),
        run(
            54.0,
            120.0,
            SPANISH,
            FontStyle::Regular,
            11.0,
            Rgb::TEXT,
            content(e.spanish),
        ),
        run(
            54.0,
            135.0,
            "Ask us – any time.",
            FontStyle::Regular,
            11.0,
            Rgb::TEXT,
            content(e.ask),
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
            FontStyle::Bold,
            13.5,
            Rgb::URGENT,
            content(e.help),
        ),
        run(
            64.0,
            195.0,
            "Call ",
            FontStyle::Regular,
            11.0,
            Rgb::TEXT,
            content(e.call),
        ),
        run(
            90.0,
            195.0,
            "(555) 010-2000",
            FontStyle::Regular,
            11.0,
            Rgb::LINK,
            content(e.phone),
        ),
        PageItem::Link(LinkArea {
            x: 90.0,
            y: 184.0,
            width: 84.0,
            height: 14.0,
            uri: "tel:+15550102000".to_owned(),
            element: e.phone,
        }),
    ];
    let page2 = vec![
        run(
            54.0,
            60.0,
            "We answer every call.",
            FontStyle::Regular,
            11.0,
            Rgb::TEXT,
            content(e.ask),
        ),
        run(
            54.0,
            80.0,
            "Sources",
            FontStyle::Bold,
            13.5,
            Rgb::ACCENT,
            content(e.sources),
        ),
        run(
            54.0,
            100.0,
            "fda.gov/kratom",
            FontStyle::Regular,
            11.0,
            Rgb::LINK,
            content(e.fda),
        ),
        PageItem::Link(LinkArea {
            x: 54.0,
            y: 89.0,
            width: 80.0,
            height: 14.0,
            uri: "https://www.fda.gov/news-events/kratom".to_owned(),
            element: e.fda,
        }),
        run(
            54.0,
            750.0,
            "Page 2 of 2",
            FontStyle::Regular,
            9.0,
            Rgb::MUTED,
            Tag::Artifact(Artifact::Footer),
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
        structure,
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
    assert!(bytes.starts_with(b"%PDF-1.7"));
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
        // A simple TrueType font: one byte a character, its Windows-1252 code
        // (non-symbolic); the encoding's glyph names give the text back.
        assert_eq!(
            font.get(b"Subtype").unwrap().as_name().unwrap(),
            b"TrueType"
        );
        assert_eq!(
            font.get(b"Encoding").unwrap().as_name().unwrap(),
            b"WinAnsiEncoding"
        );
        assert!(font.get(b"ToUnicode").is_err());
        let descriptor = dict(&doc, font.get(b"FontDescriptor").unwrap());
        assert_eq!(descriptor.get(b"Flags").unwrap().as_i64().unwrap(), 32);
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
        ["AtkinsonHyperlegible-Bold", "AtkinsonHyperlegible-Regular"]
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
    // Title | rule | two runs | box | three runs.
    assert_eq!(content.matches("BT").count(), 3, "{content}");
    assert_eq!(
        content.matches("Tf").count(),
        4,
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
    let link = sample_structure().1.fda;
    doc.pages[1].items.push(PageItem::Link(LinkArea {
        x: 0.0,
        y: 0.0,
        width: 1.0,
        height: 1.0,
        uri: "javascript:alert(1)".to_owned(),
        element: link,
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
    for page in &mut doc.pages {
        page.items.retain(|item| match item {
            PageItem::Text(run) => run.style == FontStyle::Regular,
            _ => true,
        });
    }
    let tag = Tag::Artifact(Artifact::Footer);
    doc.pages[1].items = vec![run(54.0, 80.0, "😀", FontStyle::Bold, 11.0, Rgb::TEXT, tag)];
    let read = read(&write_pdf(&doc, &options()).unwrap());
    let fonts = read.get_page_fonts(read.get_pages()[&2]).unwrap();
    assert!(fonts.contains_key(b"B".as_slice()), "the Tf target exists");
}

/// What poppler's `pdftotext` reads from `bytes` saved as a file, or `None`
/// when it is not installed (never in CI, which installs it).
fn pdftotext_of(bytes: &[u8], name: &str) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("handout-desk-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    save_pdf_atomically(bytes, &path).unwrap();
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
        return None;
    };
    Some(String::from_utf8(output.stdout).unwrap())
}

#[test]
fn pdftotext_reads_the_text_when_installed() {
    let Some(text) = pdftotext_of(&write_pdf(&sample(), &options()).unwrap(), "sample") else {
        return;
    };
    assert!(text.contains(SPANISH), "{text}");
    assert!(text.contains("Ask us – any time."), "{text}");
}

/// A character outside WinAnsiEncoding ("≥") in one face: that face falls
/// back to a symbolic font of glyph ids with a `/ToUnicode` map, the other
/// stays WinAnsi, and the text reads back whole either way.
#[test]
fn a_character_outside_winansi_falls_back_to_a_symbolic_font_that_reads_back() {
    const ASK: &str = "Ask us – any time: doses ≥ 2 mg.";
    let mut doc = sample();
    for item in &mut doc.pages[0].items {
        if let PageItem::Text(run) = item
            && run.text == "Ask us – any time."
        {
            run.text = ASK.to_owned();
            run.width = crate::fonts::metrics(run.style).width(ASK, run.size);
        }
    }
    let bytes = write_pdf(&doc, &options()).unwrap();
    let read = read(&bytes);
    let fonts = read.get_page_fonts(read.get_pages()[&1]).unwrap();
    let flags = |font: &Dictionary| {
        let descriptor = dict(&read, font.get(b"FontDescriptor").unwrap());
        descriptor.get(b"Flags").unwrap().as_i64().unwrap()
    };
    let regular = fonts[b"R".as_slice()];
    assert!(regular.get(b"Encoding").is_err(), "symbolic: no /Encoding");
    assert!(regular.get(b"ToUnicode").is_ok());
    assert_eq!(flags(regular), 4, "Symbolic");
    let bold = fonts[b"B".as_slice()];
    assert_eq!(
        bold.get(b"Encoding").unwrap().as_name().unwrap(),
        b"WinAnsiEncoding"
    );
    assert!(bold.get(b"ToUnicode").is_err());
    assert_eq!(flags(bold), 32, "Nonsymbolic");

    let page1 = read.extract_text(&[1]).unwrap();
    assert!(page1.contains(ASK), "{page1}");
    assert!(page1.contains("Get help now"), "{page1}");

    let Some(text) = pdftotext_of(&bytes, "fallback") else {
        return;
    };
    assert!(text.contains(ASK), "{text}");
    assert!(text.contains(SPANISH), "{text}");
}

/// Writes the sample to `$HANDOUT_PDF_OUT` for checking by hand with poppler and qpdf.
#[test]
#[ignore = "writes a file for manual inspection"]
fn write_sample_for_inspection() {
    let path = std::env::var_os("HANDOUT_PDF_OUT").expect("set HANDOUT_PDF_OUT");
    let bytes = write_pdf(&sample(), &options()).unwrap();
    save_pdf_atomically(&bytes, std::path::Path::new(&path)).unwrap();
}

/// The structure element `object` refers to.
fn element<'a>(doc: &'a Document, object: &'a Object) -> &'a Dictionary {
    dict(doc, object)
}

fn kids(object: &Object) -> Vec<Object> {
    match object {
        Object::Array(items) => items.clone(),
        other => vec![other.clone()],
    }
}

#[test]
fn the_document_is_tagged_with_a_structure_tree_and_parent_tree() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let catalog = doc.catalog().unwrap();
    let mark_info = dict(&doc, catalog.get(b"MarkInfo").unwrap());
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    let root = dict(&doc, catalog.get(b"StructTreeRoot").unwrap());
    let document = element(&doc, root.get(b"K").unwrap());
    assert_eq!(document.get(b"S").unwrap().as_name().unwrap(), b"Document");
    let roles: Vec<String> = kids(document.get(b"K").unwrap())
        .iter()
        .map(|k| {
            String::from_utf8_lossy(element(&doc, k).get(b"S").unwrap().as_name().unwrap())
                .into_owned()
        })
        .collect();
    assert_eq!(roles, ["H1", "P", "P", "H2", "P", "H2", "P"]);

    let pages: Vec<_> = doc.get_pages().into_values().collect();
    let tree = dict(&doc, root.get(b"ParentTree").unwrap());
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    for (n, &page) in pages.iter().enumerate() {
        let page_dict = doc.get_dictionary(page).unwrap();
        assert_eq!(
            page_dict.get(b"StructParents").unwrap().as_i64().unwrap(),
            n as i64
        );
        assert_eq!(page_dict.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
    }
    // Page 1: title, Spanish, "Ask us", heading, "Call ", the phone link.
    assert_eq!(nums[0].as_i64().unwrap(), 0);
    assert_eq!(nums[1].as_array().unwrap().len(), 6);
    // Page 2: the rest of "Ask us", the heading and the web link; the footer is an artifact.
    assert_eq!(nums[3].as_array().unwrap().len(), 3);
    assert_eq!(
        nums[1].as_array().unwrap()[2],
        nums[3].as_array().unwrap()[0],
        "one paragraph on two pages"
    );
    let ask = element(&doc, &nums[3].as_array().unwrap()[0]);
    let ask_kids = kids(ask.get(b"K").unwrap());
    assert_eq!(ask_kids[0].as_i64().unwrap(), 2);
    let on_page_2 = dict(&doc, &ask_kids[1]);
    assert_eq!(on_page_2.get(b"MCID").unwrap().as_i64().unwrap(), 0);
    assert_eq!(
        on_page_2.get(b"Pg").unwrap().as_reference().unwrap(),
        pages[1]
    );
    assert_eq!(root.get(b"ParentTreeNextKey").unwrap().as_i64().unwrap(), 4);
}

#[test]
fn links_are_link_elements_with_their_words() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let root = dict(&doc, doc.catalog().unwrap().get(b"StructTreeRoot").unwrap());
    let nums = dict(&doc, root.get(b"ParentTree").unwrap())
        .get(b"Nums")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let mut words = Vec::new();
    for &page in doc.get_pages().values() {
        for annotation in doc.get_page_annotations(page).unwrap() {
            words.push(text(annotation.get(b"Contents").unwrap()));
            let key = annotation.get(b"StructParent").unwrap().as_i64().unwrap();
            let at = nums
                .chunks(2)
                .find(|pair| pair[0].as_i64().unwrap() == key)
                .unwrap();
            let link = element(&doc, &at[1]);
            assert_eq!(link.get(b"S").unwrap().as_name().unwrap(), b"Link");
            let objr = kids(link.get(b"K").unwrap())
                .into_iter()
                .filter_map(|k| k.as_dict().ok().cloned())
                .find(|d| d.get(b"Type").unwrap().as_name().unwrap() == b"OBJR")
                .unwrap();
            let target = doc.get_dictionary(objr.get(b"Obj").unwrap().as_reference().unwrap());
            assert_eq!(target.unwrap(), annotation);
        }
    }
    assert_eq!(words, ["(555) 010-2000", "fda.gov/kratom"]);
}

#[test]
fn content_is_marked_and_furniture_and_shapes_are_artifacts() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let pages: Vec<_> = doc.get_pages().into_values().collect();
    let page1 = String::from_utf8_lossy(&doc.get_page_content(pages[0])).into_owned();
    assert!(page1.starts_with("BT\n/H1 <</MCID 0>> BDC"), "{page1}");
    assert!(
        page1.contains("/Artifact BMC\n"),
        "the rule and box: {page1}"
    );
    assert_eq!(
        page1.matches("BDC").count() + page1.matches("BMC").count(),
        page1.matches("EMC").count()
    );
    let page2 = String::from_utf8_lossy(&doc.get_page_content(pages[1])).into_owned();
    assert!(
        page2.contains("/Artifact <</Subtype/Footer/Type/Pagination>> BDC"),
        "{page2}"
    );
}

#[test]
fn the_outline_lists_the_title_and_section_headings() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let outlines = dict(&doc, doc.catalog().unwrap().get(b"Outlines").unwrap());
    assert_eq!(outlines.get(b"Count").unwrap().as_i64().unwrap(), 3);
    let mut titles = Vec::new();
    let mut item = outlines.get(b"First").ok().cloned();
    while let Some(reference) = item {
        let entry = dict(&doc, &reference);
        titles.push(text(entry.get(b"Title").unwrap()));
        let dest = entry.get(b"Dest").unwrap().as_array().unwrap();
        assert_eq!(dest[1].as_name().unwrap(), b"XYZ");
        item = entry.get(b"Next").ok().cloned();
    }
    assert_eq!(titles, ["Kratom: What to Know", "Get help now", "Sources"]);
}

#[test]
fn xmp_metadata_says_pdf_ua_with_title_and_language() {
    let doc = read(&write_pdf(&sample(), &options()).unwrap());
    let reference = doc.catalog().unwrap().get(b"Metadata").unwrap();
    let stream = doc
        .get_object(reference.as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let xml = String::from_utf8(
        stream
            .decompressed_content()
            .unwrap_or(stream.content.clone()),
    )
    .unwrap();
    assert!(xml.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xml}");
    assert!(xml.contains("Kratom: What to Know — español"), "{xml}");
    assert!(xml.contains("<rdf:li>en-US</rdf:li>"), "{xml}");
}

#[test]
fn a_figure_is_read_by_its_alternative_text_and_empty_elements_are_left_out() {
    let mut doc = sample();
    let figure = doc
        .structure
        .figure("QR code for riverside.example", ElementId::DOCUMENT);
    let _empty = doc.structure.add(Role::Paragraph, ElementId::DOCUMENT);
    doc.pages[1].items.push(run(
        400.0,
        700.0,
        "QR",
        FontStyle::Bold,
        9.0,
        Rgb::TEXT,
        Tag::Content(figure),
    ));
    let read = read(&write_pdf(&doc, &options()).unwrap());
    let root = dict(
        &read,
        read.catalog().unwrap().get(b"StructTreeRoot").unwrap(),
    );
    let document = element(&read, root.get(b"K").unwrap());
    let last = kids(document.get(b"K").unwrap()).pop().unwrap();
    let last = element(&read, &last);
    assert_eq!(last.get(b"S").unwrap().as_name().unwrap(), b"Figure");
    assert_eq!(
        text(last.get(b"Alt").unwrap()),
        "QR code for riverside.example"
    );
}

#[test]
fn text_and_links_outside_the_structure_are_refused() {
    let mut doc = sample();
    let elements = sample_structure().1;
    if let PageItem::Link(link) = &mut doc.pages[0].items[8] {
        link.element = elements.call;
    }
    let err = write_pdf(&doc, &options()).unwrap_err();
    assert!(
        matches!(err, PdfError::BadStructure { page: 1, .. }),
        "{err}"
    );
    let mut doc = sample();
    doc.structure = Structure::new();
    let err = write_pdf(&doc, &options()).unwrap_err();
    assert!(
        matches!(err, PdfError::BadStructure { page: 1, .. }),
        "{err}"
    );
}
