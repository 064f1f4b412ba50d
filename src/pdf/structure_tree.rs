//! The tagged-PDF structure, added to printpdf's document in the finish step:
//! the structure tree, the parent tree that maps marked content and link
//! annotations back to their elements, what each page and annotation needs to
//! point into it, the outline, and the XMP metadata.
//!
//! Nothing here reads a content stream: the page writer already knows which
//! element each marked-content id belongs to ([`Tagging`]). Elements are short
//! dictionaries (`/S /P /K`, `/Pg` once, `/T` on headings); an element with no
//! content anywhere (an empty paragraph) is left out, and so is a level-less
//! wrapper around nothing.

use printpdf_lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use super::tagging::Tagging;
use super::write::role_name;
use super::{PdfError, xmp};
use crate::layout::{DocumentInfo, Role};

/// A marked-content reference: the page (from 0) and the id on it.
type Mcr = (usize, i64);

/// Adds the structure tree, the outline and the metadata to `doc`, whose pages
/// and annotations printpdf wrote from the same pages `tagging` saw.
pub(super) fn add(
    doc: &mut Document,
    tagging: &Tagging,
    info: &DocumentInfo,
) -> Result<(), PdfError> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if pages.len() != tagging.pages.len() {
        return Err(mismatch("pages"));
    }
    let annotations = annotations(doc, &pages)?;
    for (annots, tags) in annotations.iter().zip(&tagging.pages) {
        if annots.len() != tags.links.len() {
            return Err(mismatch("link annotations"));
        }
    }

    let elements = tagging.structure.elements();
    let count = elements.len();
    let mut mcrs: Vec<Vec<Mcr>> = vec![Vec::new(); count];
    let mut objrs: Vec<Vec<(usize, ObjectId)>> = vec![Vec::new(); count];
    for (page, tags) in tagging.pages.iter().enumerate() {
        for (mcid, element) in tags.mcids.iter().enumerate() {
            mcrs[element.index()].push((page, mcid as i64));
        }
        for (link, annotation) in tags.links.iter().zip(&annotations[page]) {
            objrs[link.index()].push((page, *annotation));
        }
    }

    // An element is written when it or something inside it has content; the
    // first content inside it decides where it goes among its siblings' words.
    // Parents come before children in the arena, so one backward pass suffices.
    let mut used: Vec<bool> = (0..count)
        .map(|e| !mcrs[e].is_empty() || !objrs[e].is_empty())
        .collect();
    let mut first: Vec<Option<Mcr>> = mcrs.iter().map(|m| m.first().copied()).collect();
    for e in (1..count).rev() {
        let parent = elements[e].parent.index();
        if used[e] {
            used[parent] = true;
            first[parent] = match (first[parent], first[e]) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
    }
    used[0] = true;

    let root_id = doc.new_object_id();
    let ids: Vec<Option<ObjectId>> = used
        .iter()
        .map(|&u| u.then(|| doc.new_object_id()))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); count];
    for e in 1..count {
        if used[e] {
            children[elements[e].parent.index()].push(e);
        }
    }

    for e in 0..count {
        let Some(id) = ids[e] else { continue };
        let element = &elements[e];
        let home = mcrs[e]
            .first()
            .map(|m| m.0)
            .or_else(|| objrs[e].first().map(|o| o.0));
        let mut kids = Vec::with_capacity(children[e].len() + mcrs[e].len());
        let mut own = mcrs[e].iter().copied().peekable();
        for &child in &children[e] {
            while let Some(mcr) = own.next_if(|&m| first[child].is_none_or(|f| m < f)) {
                kids.push(marked_content(mcr, home, &pages));
            }
            kids.push(reference(ids[child]));
        }
        kids.extend(own.map(|mcr| marked_content(mcr, home, &pages)));
        for &(page, annotation) in &objrs[e] {
            let mut objr = Dictionary::from_iter([
                ("Type", Object::Name(b"OBJR".to_vec())),
                ("Obj", Object::Reference(annotation)),
            ]);
            if home != Some(page) {
                objr.set("Pg", Object::Reference(pages[page]));
            }
            kids.push(Object::Dictionary(objr));
        }

        let parent = if e == 0 {
            root_id
        } else {
            ids[element.parent.index()].unwrap_or(root_id)
        };
        let mut dict = Dictionary::from_iter([
            (
                "S",
                Object::Name(role_name(element.role).as_bytes().to_vec()),
            ),
            ("P", Object::Reference(parent)),
        ]);
        if let Some(page) = home {
            dict.set("Pg", Object::Reference(pages[page]));
        }
        dict.set(
            "K",
            if kids.len() == 1 {
                kids.remove(0)
            } else {
                Object::Array(kids)
            },
        );
        if let Role::Heading(_) = element.role {
            dict.set("T", text_string(tagging.words(e)));
        }
        if let Some(alt) = &element.alt {
            dict.set("Alt", text_string(alt));
        }
        doc.objects.insert(id, Object::Dictionary(dict));
    }

    // The parent tree: each page's marked-content ids, then each link annotation.
    let mut nums = Vec::with_capacity(2 * (pages.len() + 8));
    for (page, tags) in tagging.pages.iter().enumerate() {
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(
            tags.mcids
                .iter()
                .map(|e| reference(ids[e.index()]))
                .collect(),
        ));
        let page_dict = doc.get_dictionary_mut(pages[page]).map_err(assemble)?;
        page_dict.set("StructParents", Object::Integer(page as i64));
        page_dict.set("Tabs", Object::Name(b"S".to_vec()));
    }
    let mut next_key = pages.len() as i64;
    for (page, tags) in tagging.pages.iter().enumerate() {
        for (link, &annotation) in tags.links.iter().zip(&annotations[page]) {
            nums.push(Object::Integer(next_key));
            nums.push(reference(ids[link.index()]));
            let annot = doc.get_dictionary_mut(annotation).map_err(assemble)?;
            annot.set("StructParent", Object::Integer(next_key));
            annot.set("Contents", text_string(tagging.words(link.index())));
            next_key += 1;
        }
    }
    let parent_tree = doc.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    doc.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", reference(ids[0])),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(next_key)),
        ])),
    );

    let headings: Vec<(usize, u8)> = (0..count)
        .filter(|&e| used[e])
        .filter_map(|e| match elements[e].role {
            Role::Heading(level) if level <= 2 => Some((e, level)),
            _ => None,
        })
        .collect();
    let outline = outline(doc, tagging, &headings, &pages);

    let metadata = doc.add_object(Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp::packet(&info.title, info.language.trim()),
    ));
    let catalog = doc.catalog_mut().map_err(assemble)?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter([("Marked", Object::Boolean(true))]),
    );
    catalog.set("Metadata", Object::Reference(metadata));
    if let Some(outline) = outline {
        catalog.set("Outlines", Object::Reference(outline));
    }
    Ok(())
}

/// The bookmarks: the title, then each section heading, in reading order, each
/// opening its page at the top of the heading.
fn outline(
    doc: &mut Document,
    tagging: &Tagging,
    headings: &[(usize, u8)],
    pages: &[ObjectId],
) -> Option<ObjectId> {
    let entries: Vec<(usize, super::tagging::Start)> = headings
        .iter()
        .filter_map(|&(e, _)| Some((e, tagging.start(e)?)))
        .collect();
    if entries.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    for (k, &(e, start)) in entries.iter().enumerate() {
        let destination = vec![
            Object::Reference(pages[start.page]),
            Object::Name(b"XYZ".to_vec()),
            Object::Real(round(start.left)),
            Object::Real(round(start.top)),
            Object::Null,
        ];
        let mut item = Dictionary::from_iter([
            ("Title", text_string(tagging.words(e))),
            ("Parent", Object::Reference(root)),
            ("Dest", Object::Array(destination)),
        ]);
        if k > 0 {
            item.set("Prev", Object::Reference(ids[k - 1]));
        }
        if let Some(&next) = ids.get(k + 1) {
            item.set("Next", Object::Reference(next));
        }
        doc.objects.insert(ids[k], Object::Dictionary(item));
    }
    let (first, last) = (ids[0], ids[ids.len() - 1]);
    doc.objects.insert(
        root,
        Object::Dictionary(Dictionary::from_iter([
            ("First", Object::Reference(first)),
            ("Last", Object::Reference(last)),
            ("Count", Object::Integer(ids.len() as i64)),
        ])),
    );
    Some(root)
}

/// Each page's annotations, in order, as printpdf wrote them and `tidy` made
/// them objects of their own.
fn annotations(doc: &Document, pages: &[ObjectId]) -> Result<Vec<Vec<ObjectId>>, PdfError> {
    pages
        .iter()
        .map(|&page| {
            let dict = doc.get_dictionary(page).map_err(assemble)?;
            let Ok(annots) = dict.get(b"Annots").and_then(Object::as_array) else {
                return Ok(Vec::new());
            };
            annots
                .iter()
                .map(|a| a.as_reference().map_err(assemble))
                .collect()
        })
        .collect()
}

/// A marked-content reference: the bare id on the element's own page, a
/// dictionary naming the page elsewhere (a paragraph that runs onto the next page).
fn marked_content((page, mcid): Mcr, home: Option<usize>, pages: &[ObjectId]) -> Object {
    if home == Some(page) {
        return Object::Integer(mcid);
    }
    Object::Dictionary(Dictionary::from_iter([
        ("Type", Object::Name(b"MCR".to_vec())),
        ("Pg", Object::Reference(pages[page])),
        ("MCID", Object::Integer(mcid)),
    ]))
}

fn reference(id: Option<ObjectId>) -> Object {
    id.map_or(Object::Null, Object::Reference)
}

/// A PDF text string: ASCII as is, anything else UTF-16BE with a byte-order mark.
pub(super) fn text_string(text: &str) -> Object {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xfe, 0xff];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Literal)
}

fn round(points: f32) -> f32 {
    (points * 100.0).round() / 100.0
}

fn mismatch(what: &str) -> PdfError {
    PdfError::Assemble(format!(
        "the {what} written do not match the laid-out pages"
    ))
}

fn assemble(error: impl std::fmt::Display) -> PdfError {
    PdfError::Assemble(error.to_string())
}
