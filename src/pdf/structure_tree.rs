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
use super::{PdfError, save, xmp};
use crate::layout::{DocumentInfo, Role};

/// A marked-content reference: the page (from 0) and the id on it.
type Mcr = (usize, i64);

/// Adds the structure tree, the outline and the metadata to `doc`, whose pages
/// and annotations printpdf wrote from the same pages `tagging` saw.
pub(super) fn add<'t>(
    doc: &mut Document,
    tagging: &'t Tagging<'t>,
    info: &DocumentInfo,
) -> Result<StructureObjects<'t>, PdfError> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if pages.len() != tagging.pages.len() {
        return Err(mismatch("pages"));
    }
    // The link annotations are objects of their own, as most writers make them:
    // the structure tree can only point at an annotation that is an object.
    let mut annotations = Vec::with_capacity(pages.len());
    for (&page, tags) in pages.iter().zip(&tagging.pages) {
        let ids: Vec<ObjectId> = tags.links.iter().map(|_| doc.new_object_id()).collect();
        if !ids.is_empty() {
            let references: Vec<Object> = ids.iter().map(|&id| Object::Reference(id)).collect();
            let page = doc.get_dictionary_mut(page).map_err(assemble)?;
            page.set("Annots", references);
        }
        annotations.push(ids);
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
            objrs[link.element.index()].push((page, *annotation));
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

    let mut records = Vec::with_capacity(count);
    for e in 0..count {
        let Some(id) = ids[e] else { continue };
        let home = mcrs[e]
            .first()
            .map(|m| m.0)
            .or_else(|| objrs[e].first().map(|o| o.0));
        let mut kids = Vec::with_capacity(children[e].len() + mcrs[e].len() + objrs[e].len());
        let mut own = mcrs[e].iter().copied().peekable();
        for &child in &children[e] {
            while let Some(mcr) = own.next_if(|&m| first[child].is_none_or(|f| m < f)) {
                kids.push(Kid::Marked(mcr));
            }
            kids.push(Kid::Element(ids[child]));
        }
        kids.extend(own.map(Kid::Marked));
        kids.extend(
            objrs[e]
                .iter()
                .map(|&(page, annotation)| Kid::Annotation(page, annotation)),
        );
        let parent = if e == 0 {
            root_id
        } else {
            ids[elements[e].parent.index()].unwrap_or(root_id)
        };
        records.push(Record {
            id,
            element: e,
            parent,
            home,
            kids: kids.into_boxed_slice(),
        });
    }
    drop((mcrs, objrs, children));

    // The parent tree's keys: each page's marked-content ids, then each link annotation.
    for (page, &page_id) in pages.iter().enumerate() {
        let page_dict = doc.get_dictionary_mut(page_id).map_err(assemble)?;
        page_dict.set("StructParents", Object::Integer(page as i64));
        page_dict.set("Tabs", Object::Name(b"S".to_vec()));
    }
    let links: usize = tagging.pages.iter().map(|tags| tags.links.len()).sum();
    let next_key = (pages.len() + links) as i64;
    let parent_tree = doc.new_object_id();
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
    let links = annotations
        .iter()
        .enumerate()
        .flat_map(|(page, ids)| (0..ids.len()).map(move |n| (page, n)))
        .collect();
    Ok(StructureObjects {
        tagging,
        pages,
        links,
        annotations,
        ids,
        records,
        parent_tree,
    })
}

/// The structure elements and the parent tree, which for a long document are
/// most of its objects: kept as small records and made into PDF objects one at
/// a time as they are hashed and written (see [`save::LazyObjects`]), so that
/// the whole tree never sits in memory as lopdf dictionaries.
pub(super) struct StructureObjects<'t> {
    tagging: &'t Tagging<'t>,
    /// Page objects, by page.
    pages: Vec<ObjectId>,
    /// Link annotations' objects, by page, in order.
    annotations: Vec<Vec<ObjectId>>,
    /// Every link annotation as (page, number on the page), in id order.
    links: Vec<(usize, usize)>,
    /// By element: its object, if it is written.
    ids: Vec<Option<ObjectId>>,
    /// The elements written, in ascending object id.
    records: Vec<Record>,
    /// The parent tree's object id, after every element's.
    parent_tree: ObjectId,
}

/// One structure element to write.
struct Record {
    id: ObjectId,
    /// Its index in the structure.
    element: usize,
    parent: ObjectId,
    /// The page its first content is on (its `/Pg`).
    home: Option<usize>,
    kids: Box<[Kid]>,
}

/// Something inside a structure element, in reading order.
#[derive(Debug, Clone, Copy)]
enum Kid {
    Marked(Mcr),
    Element(Option<ObjectId>),
    /// A link annotation on a page.
    Annotation(usize, ObjectId),
}

impl save::LazyObjects for StructureObjects<'_> {
    /// The link annotations, then the elements, then the parent tree: the
    /// order their ids were made in.
    fn count(&self) -> usize {
        self.links.len() + self.records.len() + 1
    }

    fn id(&self, index: usize) -> ObjectId {
        if let Some(&(page, n)) = self.links.get(index) {
            return self.annotations[page][n];
        }
        self.records
            .get(index - self.links.len())
            .map_or(self.parent_tree, |r| r.id)
    }

    fn object(&self, index: usize) -> save::LazyObject<'_> {
        if let Some(&(page, n)) = self.links.get(index) {
            return save::LazyObject::Whole(self.annotation(page, n, self.pages.len() + index));
        }
        match self.records.get(index - self.links.len()) {
            Some(record) => save::LazyObject::Whole(self.element(record)),
            None => save::LazyObject::Nums(Box::new(self.parent_tree())),
        }
    }
}

impl StructureObjects<'_> {
    /// Link annotation `n` on `page`: clickable, with no border, its words as
    /// `/Contents` and `key` into the parent tree.
    fn annotation(&self, page: usize, n: usize, key: usize) -> Object {
        let Some(link) = self.tagging.pages.get(page).and_then(|t| t.links.get(n)) else {
            return Object::Null;
        };
        let action = Dictionary::from_iter([
            ("S", Object::Name(b"URI".to_vec())),
            (
                "URI",
                Object::String(link.uri.as_bytes().to_vec(), StringFormat::Literal),
            ),
        ]);
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Annot".to_vec())),
            ("Subtype", Object::Name(b"Link".to_vec())),
            (
                "Rect",
                Object::Array(link.rect.iter().map(|&v| Object::Real(v)).collect()),
            ),
            ("A", Object::Dictionary(action)),
            ("Border", Object::Array(vec![Object::Real(0.0); 3])),
            ("P", Object::Reference(self.pages[page])),
            ("StructParent", Object::Integer(key as i64)),
            (
                "Contents",
                text_string(self.tagging.words(link.element.index())),
            ),
        ]))
    }

    /// A structure element: a short dictionary (`/S /P /K`, `/Pg` once, `/T` on
    /// headings, `/Alt` on figures).
    fn element(&self, record: &Record) -> Object {
        let home = record.home;
        let mut kids: Vec<Object> = record
            .kids
            .iter()
            .map(|kid| match *kid {
                Kid::Marked(mcr) => marked_content(mcr, home, &self.pages),
                Kid::Element(id) => reference(id),
                Kid::Annotation(page, annotation) => {
                    let mut objr = Dictionary::from_iter([
                        ("Type", Object::Name(b"OBJR".to_vec())),
                        ("Obj", Object::Reference(annotation)),
                    ]);
                    if home != Some(page) {
                        objr.set("Pg", Object::Reference(self.pages[page]));
                    }
                    Object::Dictionary(objr)
                }
            })
            .collect();
        let element = &self.tagging.structure.elements()[record.element];
        let mut dict = Dictionary::from_iter([
            (
                "S",
                Object::Name(role_name(element.role).as_bytes().to_vec()),
            ),
            ("P", Object::Reference(record.parent)),
        ]);
        if let Some(page) = home {
            dict.set("Pg", Object::Reference(self.pages[page]));
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
            dict.set("T", text_string(self.tagging.words(record.element)));
        }
        if let Some(alt) = &element.alt {
            dict.set("Alt", text_string(alt));
        }
        Object::Dictionary(dict)
    }

    /// The parent tree's keys and values (its `/Nums`), made one at a time:
    /// each page's marked-content ids, then each link annotation.
    fn parent_tree(&self) -> impl Iterator<Item = Object> + '_ {
        let pages = self
            .tagging
            .pages
            .iter()
            .enumerate()
            .flat_map(|(page, tags)| {
                let elements = tags
                    .mcids
                    .iter()
                    .map(|e| reference(self.ids[e.index()]))
                    .collect();
                [Object::Integer(page as i64), Object::Array(elements)]
            });
        let links = self
            .tagging
            .pages
            .iter()
            .zip(&self.annotations)
            .flat_map(|(tags, annotations)| tags.links.iter().zip(annotations))
            .enumerate()
            .flat_map(|(n, (link, _))| {
                [
                    Object::Integer((self.pages.len() + n) as i64),
                    reference(self.ids[link.element.index()]),
                ]
            });
        pages.chain(links)
    }
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
            // Whole points, rounded so the heading's top left is in view.
            Object::Integer(start.left.floor() as i64),
            Object::Integer(start.top.ceil() as i64),
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

fn mismatch(what: &str) -> PdfError {
    PdfError::Assemble(format!(
        "the {what} written do not match the laid-out pages"
    ))
}

fn assemble(error: impl std::fmt::Display) -> PdfError {
    PdfError::Assemble(error.to_string())
}
