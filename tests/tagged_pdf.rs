//! Every shipped template, in Letter, A4 and large print (and with QR codes),
//! exports as a tagged PDF a screen reader can follow (PDF/UA-1 as far as the file can show it).
//!
//! The walker reads the PDF back with lopdf and checks, independently of how the
//! writer built it: every marked-content id on every page belongs to exactly one
//! structure element and the parent tree agrees; no text is shown outside marked
//! content (an id or an artifact), nor is any path painted; every link annotation
//! has a link element pointing at it and its words in /Contents; headings start
//! at the title (H1) and never skip a level; the outline lists the title and the
//! section headings in the same order and words; the document says its language,
//! that it is tagged, PDF/UA in XMP, and to show its title. It also reads the
//! tagged text in reading order, to check that the furniture is heard once.
//!
//! Independent readers, required when CI=true and skipped where not installed:
//! pikepdf (Python) walks the same tree, and page-validation checks the
//! machine-checkable PDF/UA-1 rules; pdfua runs as a smoke test whose findings
//! are printed, not judged. None of them is veraPDF (not installable here).

// A walker of PDF objects: where a shape is not as expected, a panic at that
// line is the clearest failure.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::process::Command;
use std::sync::OnceLock;

use handout_desk::compose::HandoutOptions;
use handout_desk::date::Date;
use handout_desk::export::export_pdf;
use handout_desk::page_setup::{PageSetup, Paper, PrintFormat};
use handout_desk::template::{Template, TemplateLibrary};
use lopdf::content::Content;

use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};

fn shipped() -> Vec<Template> {
    let library = TemplateLibrary::shipped();
    assert!(library.failures.is_empty(), "{:?}", library.failures);
    library.templates.into_iter().map(|t| t.template).collect()
}

fn all_options() -> Vec<(String, HandoutOptions)> {
    let mut all = Vec::new();
    for paper in [Paper::Letter, Paper::A4] {
        for large_print in [false, true] {
            let label = format!(
                "{}{}",
                paper.name(),
                if large_print { " large" } else { "" }
            );
            let options = HandoutOptions::with_page(PageSetup::new(paper, format(large_print)));
            all.push((label, options));
        }
    }
    // QR codes are artifacts beside their words: the same rules hold with them.
    for (label, paper, large_print) in [
        ("letter qr", Paper::Letter, false),
        ("a4 large qr", Paper::A4, true),
    ] {
        let options = HandoutOptions {
            qr_codes: true,
            ..HandoutOptions::with_page(PageSetup::new(paper, format(large_print)))
        };
        all.push((label.to_owned(), options));
    }
    all
}

fn format(large_print: bool) -> PrintFormat {
    if large_print {
        PrintFormat::LargePrint
    } else {
        PrintFormat::Standard
    }
}

fn export(template: &Template, options: &HandoutOptions) -> Vec<u8> {
    let created = Date::parse("2026-11-22").expect("date");
    let profile = common::example_profile();
    export_pdf(template, &template.review, &profile, options, created)
        .expect("exports")
        .0
}

/// One exported PDF: a label such as "kratom-risks a4 large", its template and bytes.
struct Exported {
    label: String,
    template: Template,
    bytes: Vec<u8>,
}

/// Every shipped template in every size, exported once for all the tests here.
fn exported() -> &'static [Exported] {
    static ALL: OnceLock<Vec<Exported>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = Vec::new();
        for template in shipped() {
            for (size, options) in all_options() {
                all.push(Exported {
                    label: format!("{} {size}", template.id),
                    bytes: export(&template, &options),
                    template: template.clone(),
                });
            }
        }
        all
    })
}

/// What the walk found in one PDF.
#[derive(Debug, Default)]
struct Walk {
    /// Structure elements by type, counted.
    elements: BTreeMap<String, usize>,
    /// Marked-content ids in the tree.
    mcids: usize,
    /// Headings in reading order: level and words.
    headings: Vec<(u8, String)>,
    /// The tagged text in reading order, one entry per element with words.
    reading: Vec<String>,
    /// The artifacts' words, page by page: (kind, words); the kind is the
    /// pagination subtype (`Header`, `Footer`) or empty for a repeat.
    artifacts: Vec<Vec<(String, String)>>,
}

/// Checks everything the module comment lists; panics naming `label` and the problem.
fn walk(doc: &Document, label: &str, title: &str, language: &str) -> Walk {
    let catalog = doc.catalog().expect("catalog");
    let get = |dict: &Dictionary, key: &[u8]| -> Object {
        let object = dict
            .get(key)
            .unwrap_or_else(|_| panic!("{label}: no /{}", String::from_utf8_lossy(key)));
        resolve(doc, object).clone()
    };
    assert_eq!(text(&get(catalog, b"Lang")), language, "{label}: /Lang");
    let marked = get(catalog, b"MarkInfo");
    assert!(
        marked
            .as_dict()
            .unwrap()
            .get(b"Marked")
            .unwrap()
            .as_bool()
            .unwrap(),
        "{label}: /MarkInfo /Marked"
    );
    let prefs = get(catalog, b"ViewerPreferences");
    assert!(
        prefs
            .as_dict()
            .unwrap()
            .get(b"DisplayDocTitle")
            .unwrap()
            .as_bool()
            .unwrap(),
        "{label}: DisplayDocTitle"
    );
    let xmp = get(catalog, b"Metadata");
    let xmp = xmp.as_stream().expect("metadata stream");
    let xml = String::from_utf8(xmp.decompressed_content().unwrap_or(xmp.content.clone()))
        .expect("XMP is UTF-8");
    assert!(
        xml.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "{label}: {xml}"
    );
    assert!(
        xml.contains(&format!(">{}</rdf:li>", xml_escape(title))),
        "{label}: dc:title"
    );
    assert!(
        xml.contains(&format!("<rdf:li>{language}</rdf:li>")),
        "{label}: dc:language"
    );
    let info = get(&doc.trailer, b"Info");
    assert_eq!(text(info.as_dict().unwrap().get(b"Title").unwrap()), title);

    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let page_index: BTreeMap<ObjectId, usize> =
        pages.iter().enumerate().map(|(n, &p)| (p, n)).collect();
    for (n, &page) in pages.iter().enumerate() {
        let dict = doc.get_dictionary(page).unwrap();
        assert_eq!(
            dict.get(b"StructParents").unwrap().as_i64().unwrap(),
            n as i64,
            "{label}: page {} /StructParents",
            n + 1
        );
        assert_eq!(
            dict.get(b"Tabs").unwrap().as_name().unwrap(),
            b"S",
            "{label}: /Tabs"
        );
    }

    // The content: which ids each page marks, and what each says.
    let mut page_text: Vec<BTreeMap<i64, String>> = Vec::new();
    let mut artifacts = Vec::new();
    for (n, &page) in pages.iter().enumerate() {
        let content = read_content(doc, page, &format!("{label}, page {}", n + 1));
        page_text.push(content.words);
        artifacts.push(content.artifacts);
    }

    // The tree, from the root.
    let root = get(catalog, b"StructTreeRoot");
    let root = root.as_dict().unwrap();
    assert_eq!(
        root.get(b"Type").unwrap().as_name().unwrap(),
        b"StructTreeRoot"
    );
    let root_id = catalog
        .get(b"StructTreeRoot")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut tree = Tree {
        doc,
        label,
        page_index: &page_index,
        page_text: &page_text,
        owner: BTreeMap::new(),
        annotations: BTreeMap::new(),
        seen: HashSet::new(),
        walk: Walk::default(),
        words: BTreeMap::new(),
    };
    let top = kids(root.get(b"K").unwrap());
    assert_eq!(top.len(), 1, "{label}: one Document element");
    let document = top[0]
        .as_reference()
        .expect("the Document element is an object");
    assert_eq!(
        element_type(doc.get_dictionary(document).unwrap()),
        "Document",
        "{label}"
    );
    tree.element(document, root_id);

    // Every marked-content id on every page belongs to exactly one element
    // (duplicates were refused while walking), and the parent tree agrees.
    let parent_tree = get(root, b"ParentTree");
    let nums = number_tree(doc, parent_tree.as_dict().unwrap());
    for (n, &page) in pages.iter().enumerate() {
        let marked: BTreeSet<i64> = page_text[n].keys().copied().collect();
        let owned: BTreeSet<i64> = tree
            .owner
            .keys()
            .filter(|(p, _)| *p == page)
            .map(|&(_, mcid)| mcid)
            .collect();
        assert_eq!(
            marked,
            owned,
            "{label}, page {}: ids marked vs in the tree",
            n + 1
        );
        let entry = nums
            .get(&(n as i64))
            .unwrap_or_else(|| panic!("{label}: no parent tree entry for page {}", n + 1));
        let entry = resolve(doc, entry).as_array().unwrap();
        assert_eq!(entry.len(), marked.len(), "{label}, page {}", n + 1);
        for (mcid, element) in entry.iter().enumerate() {
            assert_eq!(
                Some(element.as_reference().unwrap()),
                tree.owner.get(&(page, mcid as i64)).copied(),
                "{label}, page {}: parent tree entry {mcid}",
                n + 1
            );
        }
    }

    // Every link annotation: its link element points at it, and it says its words.
    let mut linked = 0;
    for (n, &page) in pages.iter().enumerate() {
        let dict = doc.get_dictionary(page).unwrap();
        let Ok(annots) = dict.get(b"Annots") else {
            continue;
        };
        for annot in resolve(doc, annots).as_array().unwrap() {
            let id = annot.as_reference().expect("annotations are objects");
            let annot = doc.get_dictionary(id).unwrap();
            assert_eq!(annot.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
            let key = annot.get(b"StructParent").unwrap().as_i64().unwrap();
            let element = nums
                .get(&key)
                .and_then(|e| e.as_reference().ok())
                .unwrap_or_else(|| {
                    panic!("{label}, page {}: annotation {key} has no element", n + 1)
                });
            assert_eq!(
                tree.annotations.get(&id),
                Some(&element),
                "{label}, page {}: the link element holds the annotation (OBJR)",
                n + 1
            );
            let contents = text(annot.get(b"Contents").unwrap());
            assert!(!contents.trim().is_empty(), "{label}: empty /Contents");
            // Where an address wraps, the reader cannot know there was no space.
            let compact = |t: &str| t.split_whitespace().collect::<String>();
            assert_eq!(
                Some(compact(&contents)),
                tree.words.get(&element).map(|w| compact(w)),
                "{label}: /Contents says the link's words"
            );
            linked += 1;
        }
    }
    assert_eq!(
        linked,
        tree.annotations.len(),
        "{label}: OBJRs without annotation"
    );
    let next_key = root.get(b"ParentTreeNextKey").unwrap().as_i64().unwrap();
    assert_eq!(
        next_key,
        (pages.len() + linked) as i64,
        "{label}: ParentTreeNextKey"
    );

    // Headings: the title first, as the only H1, and no level skipped.
    let headings = tree.walk.headings.clone();
    assert_eq!(
        headings.first().map(|h| h.0),
        Some(1),
        "{label}: {headings:?}"
    );
    assert_eq!(headings[0].1, title, "{label}: the H1 is the title");
    assert_eq!(headings.iter().filter(|h| h.0 == 1).count(), 1, "{label}");
    for pair in headings.windows(2) {
        assert!(
            pair[1].0 <= pair[0].0 + 1,
            "{label}: {pair:?} skips a level"
        );
    }

    // The outline: the title and the section headings, same words, same order.
    let outline: Vec<String> = outline_titles(doc, catalog, label);
    let expected: Vec<String> = headings
        .iter()
        .filter(|h| h.0 <= 2)
        .map(|h| h.1.clone())
        .collect();
    assert_eq!(outline, expected, "{label}: outline vs headings");
    let mut walk = tree.walk;
    walk.artifacts = artifacts;
    walk
}

/// Walks the structure tree, checking each element and collecting what it holds.
struct Tree<'a> {
    doc: &'a Document,
    label: &'a str,
    page_index: &'a BTreeMap<ObjectId, usize>,
    page_text: &'a [BTreeMap<i64, String>],
    /// (page, marked-content id) → the element that holds it.
    owner: BTreeMap<(ObjectId, i64), ObjectId>,
    /// Annotation → the link element that holds it.
    annotations: BTreeMap<ObjectId, ObjectId>,
    seen: HashSet<ObjectId>,
    walk: Walk,
    /// Element → its words, from the content it holds (its own and inside it).
    words: BTreeMap<ObjectId, String>,
}

impl Tree<'_> {
    /// Walks element `id`, whose parent must be `parent`; returns its words.
    fn element(&mut self, id: ObjectId, parent: ObjectId) -> String {
        let label = self.label;
        assert!(
            self.seen.insert(id),
            "{label}: element {id:?} reached twice"
        );
        let dict = self.doc.get_dictionary(id).unwrap();
        let kind = element_type(dict);
        const STANDARD: &[&str] = &[
            "Document", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Link",
            "Figure",
        ];
        assert!(STANDARD.contains(&kind.as_str()), "{label}: role {kind}");
        *self.walk.elements.entry(kind.clone()).or_default() += 1;
        assert_eq!(
            dict.get(b"P").unwrap().as_reference().unwrap(),
            parent,
            "{label}: {kind} /P is its parent"
        );
        let home = dict.get(b"Pg").ok().map(|p| p.as_reference().unwrap());
        let mut words = String::new();
        let mut own = String::new();
        let Ok(k) = dict.get(b"K") else {
            panic!("{label}: {kind} holds nothing");
        };
        for kid in kids(k) {
            match &kid {
                Object::Integer(mcid) => {
                    let page = home.unwrap_or_else(|| panic!("{label}: {kind} id without /Pg"));
                    own.push_str(&self.mcr(page, *mcid, id));
                }
                Object::Reference(child) => {
                    let child_words = self.element(*child, id);
                    own.push_str(&child_words);
                }
                Object::Dictionary(d) => match d.get(b"Type").map(|t| t.as_name().unwrap()) {
                    Ok(b"MCR") => {
                        let page = d.get(b"Pg").unwrap().as_reference().unwrap();
                        let mcid = d.get(b"MCID").unwrap().as_i64().unwrap();
                        own.push_str(&self.mcr(page, mcid, id));
                    }
                    Ok(b"OBJR") => {
                        assert_eq!(kind, "Link", "{label}: an OBJR outside a Link");
                        let annotation = d.get(b"Obj").unwrap().as_reference().unwrap();
                        assert!(
                            self.annotations.insert(annotation, id).is_none(),
                            "{label}: annotation in two links"
                        );
                    }
                    other => panic!("{label}: {kind} holds {other:?}"),
                },
                other => panic!("{label}: {kind} holds {other:?}"),
            }
        }
        words.push_str(&own);
        if let Some(level) = kind.strip_prefix('H').and_then(|l| l.parse::<u8>().ok()) {
            let t = text(dict.get(b"T").expect("headings have a /T"));
            assert_eq!(t, words.trim(), "{label}: /T of {kind} is its words");
            self.walk.headings.push((level, t));
        }
        if kind == "Figure" {
            assert!(dict.get(b"Alt").is_ok(), "{label}: figure without /Alt");
        }
        if matches!(kind.as_str(), "P" | "Lbl" | "LBody") || kind.starts_with('H') {
            self.walk.reading.push(words.clone());
        }
        self.words.insert(id, words.clone());
        words
    }

    /// Claims marked-content id `mcid` on `page` for `element`; returns its words
    /// with a space where a new line starts.
    fn mcr(&mut self, page: ObjectId, mcid: i64, element: ObjectId) -> String {
        let label = self.label;
        let n = *self
            .page_index
            .get(&page)
            .unwrap_or_else(|| panic!("{label}: /Pg is not a page"));
        assert!(
            self.owner.insert((page, mcid), element).is_none(),
            "{label}, page {}: id {mcid} belongs to two elements",
            n + 1
        );
        self.walk.mcids += 1;
        self.page_text[n]
            .get(&mcid)
            .unwrap_or_else(|| panic!("{label}, page {}: id {mcid} is not marked", n + 1))
            .clone()
    }
}

/// What a page's content says.
struct PageContent {
    /// The words of each marked-content id.
    words: BTreeMap<i64, String>,
    /// The words of each artifact with text: its pagination subtype and words.
    artifacts: Vec<(String, String)>,
}

/// Reads a page's content: checks that every text-showing operator is inside
/// marked content with an id or an artifact, and that paths are painted only
/// inside artifacts or marked content; returns what the ids and artifacts say.
fn read_content(doc: &Document, page: ObjectId, label: &str) -> PageContent {
    let content = Content::decode(&doc.get_page_content(page)).expect("content parses");
    let fonts = doc.get_page_fonts(page).unwrap();
    let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
        .iter()
        .map(|(name, font)| (name.clone(), font.get_font_encoding(doc).unwrap()))
        .collect();
    let mut words: BTreeMap<i64, String> = BTreeMap::new();
    let mut artifacts: Vec<(String, String)> = Vec::new();
    // The marked-content stack: (is an artifact, marked-content id, the
    // artifact's index in `artifacts`).
    let mut stack: Vec<(bool, Option<i64>, Option<usize>)> = Vec::new();
    let mut font: Option<&Encoding> = None;
    let mut in_text = false;
    let mut last_y: Option<f32> = None;
    for op in &content.operations {
        let operands = &op.operands;
        match op.operator.as_str() {
            "BDC" => {
                let artifact = operands[0].as_name().unwrap() == b"Artifact";
                let properties = resolve(doc, &operands[1]).as_dict().ok();
                let mcid = properties
                    .and_then(|d| d.get(b"MCID").ok())
                    .map(|m| m.as_i64().unwrap());
                if let Some(mcid) = mcid {
                    assert!(
                        !words.contains_key(&mcid),
                        "{label}: id {mcid} marked twice"
                    );
                    assert!(
                        !stack.iter().any(|f| f.0),
                        "{label}: content inside an artifact"
                    );
                    words.insert(mcid, String::new());
                }
                let index = artifact.then(|| {
                    let subtype = properties
                        .and_then(|d| d.get(b"Subtype").ok())
                        .map(|s| String::from_utf8_lossy(s.as_name().unwrap()).into_owned());
                    artifacts.push((subtype.unwrap_or_default(), String::new()));
                    artifacts.len() - 1
                });
                stack.push((artifact, mcid, index));
            }
            "BMC" => stack.push((operands[0].as_name().unwrap() == b"Artifact", None, None)),
            "EMC" => {
                assert!(stack.pop().is_some(), "{label}: EMC without BDC");
            }
            "BT" => {
                in_text = true;
                last_y = None;
            }
            "ET" => in_text = false,
            "Tf" => font = encodings.get(operands[0].as_name().unwrap()),
            "Td" => {
                let dy = operands[1].as_float().unwrap();
                if dy != 0.0 {
                    last_y = Some(last_y.unwrap_or(0.0) + dy);
                    if let Some(mcid) = stack.iter().rev().find_map(|f| f.1)
                        && let Some(w) = words.get_mut(&mcid)
                        && !w.is_empty()
                        && !w.ends_with(['-', '/'])
                    {
                        w.push(' ');
                    }
                }
            }
            "Tj" | "TJ" | "'" | "\"" => {
                assert!(in_text, "{label}: text outside BT/ET");
                let artifact = stack.iter().any(|f| f.0);
                let mcid = stack.iter().rev().find_map(|f| f.1);
                assert!(
                    artifact || mcid.is_some(),
                    "{label}: text shown outside marked content: {op:?}"
                );
                let encoding = font.expect("a font is set");
                let bytes: Vec<u8> = match op.operator.as_str() {
                    "TJ" => operands[0]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|o| o.as_str().ok())
                        .flatten()
                        .copied()
                        .collect(),
                    _ => operands.last().unwrap().as_str().unwrap().to_vec(),
                };
                let decoded = Document::decode_text(encoding, &bytes).unwrap();
                if let (Some(mcid), false) = (mcid, artifact) {
                    words.entry(mcid).or_default().push_str(&decoded);
                } else if let Some(index) = stack.iter().rev().find_map(|f| f.2) {
                    artifacts[index].1.push_str(&decoded);
                    artifacts[index].1.push(' ');
                }
            }
            "f" | "F" | "f*" | "S" | "s" | "B" | "B*" | "b" | "b*" => {
                assert!(
                    !stack.is_empty(),
                    "{label}: a path painted outside marked content"
                );
            }
            _ => {}
        }
    }
    assert!(stack.is_empty(), "{label}: marked content left open");
    for (mcid, w) in &words {
        assert!(!w.trim().is_empty(), "{label}: id {mcid} marks no text");
    }
    artifacts.retain(|(_, w)| !w.trim().is_empty());
    PageContent { words, artifacts }
}

fn outline_titles(doc: &Document, catalog: &Dictionary, label: &str) -> Vec<String> {
    let outlines = resolve(doc, catalog.get(b"Outlines").expect("an outline"));
    let outlines = outlines.as_dict().unwrap();
    let mut titles = Vec::new();
    let mut item = outlines
        .get(b"First")
        .ok()
        .map(|o| o.as_reference().unwrap());
    while let Some(id) = item {
        let entry = doc.get_dictionary(id).unwrap();
        titles.push(text(entry.get(b"Title").unwrap()));
        let dest = entry.get(b"Dest").unwrap().as_array().unwrap();
        assert!(
            doc.get_pages()
                .values()
                .any(|&p| p == dest[0].as_reference().unwrap()),
            "{label}: outline entry points at a page"
        );
        item = entry.get(b"Next").ok().map(|o| o.as_reference().unwrap());
    }
    assert_eq!(
        outlines.get(b"Count").unwrap().as_i64().unwrap(),
        titles.len() as i64,
        "{label}: outline /Count"
    );
    titles
}

/// The flat number tree: key → value (the writer never splits it into /Kids).
fn number_tree(doc: &Document, tree: &Dictionary) -> BTreeMap<i64, Object> {
    assert!(tree.get(b"Kids").is_err(), "a flat parent tree");
    let nums = resolve(doc, tree.get(b"Nums").unwrap()).as_array().unwrap();
    nums.chunks(2)
        .map(|pair| (pair[0].as_i64().unwrap(), pair[1].clone()))
        .collect()
}

fn element_type(dict: &Dictionary) -> String {
    String::from_utf8_lossy(dict.get(b"S").unwrap().as_name().unwrap()).into_owned()
}

fn kids(object: &Object) -> Vec<Object> {
    match object {
        Object::Array(items) => items.clone(),
        other => vec![other.clone()],
    }
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).expect("reference resolves"),
        other => other,
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

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_shipped_template_is_tagged_in_every_size() {
    assert!(exported().len() >= 3 * all_options().len());
    for Exported {
        label,
        template,
        bytes,
    } in exported()
    {
        let doc = Document::load_mem(bytes).expect("the PDF parses");
        let walk = walk(&doc, label, &template.title, &template.language);
        furniture_is_heard_once(&walk, label);
        assert!(walk.mcids > 0 && walk.elements["Link"] > 0, "{label}");
        assert!(walk.elements.contains_key("L"), "{label}: lists are lists");
    }
}

/// What later pages repeat of the first (the help band, a draft mark) is read
/// exactly once; the running header and the footer never.
fn furniture_is_heard_once(walk: &Walk, label: &str) {
    let compact = |t: &str| t.split_whitespace().collect::<String>();
    let reading = compact(&walk.reading.concat());
    assert!(
        walk.artifacts.len() > 1,
        "{label}: every shipped handout has more than one page"
    );
    for (n, page) in walk.artifacts.iter().enumerate().skip(1) {
        assert!(
            page.iter().any(|(kind, _)| kind.is_empty()),
            "{label}, page {}: the help band is an artifact",
            n + 1
        );
        for (kind, words) in page {
            let heard = reading.matches(&compact(words)).count();
            let expected = usize::from(kind.is_empty());
            assert_eq!(
                heard,
                expected,
                "{label}, page {}: {kind:?} artifact {words:?} read {heard} times",
                n + 1
            );
        }
    }
}

#[test]
fn a_draft_says_so_once() {
    let mut template = shipped()
        .into_iter()
        .find(|t| t.id == "kratom-risks")
        .expect("the kratom handout ships");
    template.review.status = handout_desk::template::ReviewStatus::Draft;
    let bytes = export(&template, &HandoutOptions::default());
    let doc = Document::load_mem(&bytes).expect("parses");
    let walk = walk(&doc, "draft", &template.title, &template.language);
    assert!(doc.get_pages().len() > 1);
    furniture_is_heard_once(&walk, "draft");
    let reading = squash(&walk.reading.join(" "));
    assert_eq!(reading.matches("DRAFT").count(), 1, "{reading}");
    assert!(reading.starts_with(&template.title), "{reading}");
}

/// The pikepdf script: walks the structure tree and the parent tree of the PDF
/// named in argv[1] and prints what it counted, or fails.
const PIKEPDF_WALK: &str = r#"
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
root = pdf.Root.StructTreeRoot
pages = {p.objgen: n for n, p in enumerate(pdf.pages)}
owner, count, links = {}, {}, 0
def walk(e, parent):
    global links
    s = str(e.S)
    count[s] = count.get(s, 0) + 1
    assert e.P.objgen == parent.objgen, s
    k = e.get('/K')
    kids = list(k) if isinstance(k, pikepdf.Array) else [k]
    for kid in kids:
        if isinstance(kid, int):
            key = (pages[e.Pg.objgen], int(kid))
        elif '/S' in kid:
            walk(kid, e); continue
        elif kid.get('/Type') == '/OBJR':
            links += 1; continue
        else:
            key = (pages[kid.Pg.objgen], int(kid.MCID))
        assert key not in owner, key
        owner[key] = e.objgen
walk(root.K, root)
nums = list(root.ParentTree.Nums)
for i in range(0, len(nums), 2):
    key, value = int(nums[i]), nums[i + 1]
    if key < len(pdf.pages):
        for mcid, element in enumerate(value):
            assert owner[(key, mcid)] == element.objgen, (key, mcid)
assert pdf.Root.MarkInfo.Marked
assert all(p.Tabs == '/S' for p in pdf.pages)
print(sum(count.values()), len(owner), links)
"#;

#[test]
fn pikepdf_walks_the_same_tree() {
    if !python_has("pikepdf", true) {
        return;
    }
    let dir = common::tempdir::TempDir::new();
    for Exported {
        label,
        template,
        bytes,
    } in exported()
    {
        let doc = Document::load_mem(bytes).expect("parses");
        let ours = walk(&doc, label, &template.title, &template.language);
        let path = dir.path().join("tagged.pdf");
        std::fs::write(&path, bytes).expect("write");
        let output = Command::new("python3")
            .args(["-c", PIKEPDF_WALK])
            .arg(&path)
            .output()
            .expect("python3 runs");
        assert!(
            output.status.success(),
            "{label}: pikepdf: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let counts: Vec<usize> = String::from_utf8_lossy(&output.stdout)
            .split_whitespace()
            .map(|n| n.parse().expect("a count"))
            .collect();
        let elements: usize = ours.elements.values().sum();
        let annotations: usize = doc
            .get_pages()
            .values()
            .map(|&p| doc.get_page_annotations(p).map_or(0, |a| a.len()))
            .sum();
        assert_eq!(counts, [elements, ours.mcids, annotations], "{label}");
    }
}

/// Whether `python3` can import `module`; when it cannot, a test that needs it is
/// skipped, except under CI=true, where `.ci/run` installs it.
fn python_has(module: &str, required_in_ci: bool) -> bool {
    let found = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            !required_in_ci || std::env::var_os("CI").is_none(),
            "CI must install the Python package providing `{module}` (see .ci/run)"
        );
        eprintln!("python3 cannot import {module}; skipped");
    }
    found
}

/// Every shipped template in every size, written to `dir`; returns the paths.
fn export_all(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    exported()
        .iter()
        .map(|e| {
            let path = dir.join(format!("{}.pdf", e.label.replace(' ', "-")));
            std::fs::write(&path, &e.bytes).expect("write");
            path
        })
        .collect()
}

/// page-validation (PyPI, Python bindings to the Rust checker `page`) runs the
/// machine-checkable PDF/UA-1 rules of the Matterhorn protocol, cross-tested
/// against veraPDF's corpus by its authors. It must find nothing.
const PAGE_VALIDATION: &str = r#"
import sys, page
failed = 0
for path in sys.argv[1:]:
    report = page.validate_pdf(path, profile="ua1")
    for f in report.failures:
        failed += 1
        print(f"{path}: {f.rule_id}: {f.message}")
    print(f"{path}: {report.rules.passed} of {report.rules.total} rules pass", file=sys.stderr)
sys.exit(1 if failed else 0)
"#;

#[test]
fn page_validation_finds_nothing_against_pdf_ua_1() {
    if !python_has("page", true) {
        return;
    }
    let dir = common::tempdir::TempDir::new();
    let paths = export_all(dir.path());
    let output = Command::new("python3")
        .args(["-c", PAGE_VALIDATION])
        .args(&paths)
        .output()
        .expect("python3 runs");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "page-validation (PDF/UA-1) found:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

/// pdfua (PyPI) checks 16 of the 106 PDF/UA-1 rules. It is a smoke test: what it
/// says is printed (run with `--nocapture`, as .ci/run does, to record it), and
/// neither its findings nor a crash of one of its rules fail the build.
#[test]
fn pdfua_smoke_test() {
    if !python_has("pdfua", false) {
        return;
    }
    let dir = common::tempdir::TempDir::new();
    let paths = export_all(dir.path());
    let output = Command::new("python3")
        .args(["-m", "pdfua", "check"])
        .args(&paths)
        .output()
        .expect("python3 runs");
    println!(
        "pdfua exit status {:?}\n{}{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
