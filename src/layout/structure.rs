//! What each piece of text on a page is part of: the document's logical structure.
//!
//! A screen reader user must hear the title, the headings in order, the lists as
//! lists and each link by its words, and none of the page furniture twice. So
//! layout records a tree of [`Element`]s (title, headings, paragraphs, lists,
//! links) and gives every text run a [`Tag`]: the element it belongs to, or the
//! kind of artifact (furniture, decoration) it is. A paragraph split across pages
//! is one element whose runs sit on both pages.
//!
//! The tree is an arena in reading order: parents before children, siblings in
//! the order they are read. The preview ignores all of it; the PDF writer turns it
//! into marked content and a structure tree without knowing what a template is.
//! Runs carry a small `Copy` tag, so tagging costs no allocation per run.

use crate::layout::text::Fragment;

/// An element of the [`Structure`], by its place in the arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ElementId(u32);

impl ElementId {
    /// The root: the whole document.
    pub const DOCUMENT: ElementId = ElementId(0);

    /// Its index in [`Structure::elements`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What an element is, in the terms of tagged PDF's standard structure types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The whole handout.
    Document,
    /// A heading of level 1–6: the title is 1, section headings 2, and so on.
    Heading(u8),
    /// A paragraph, or a line of its own such as the subtitle or a fill-in field.
    Paragraph,
    /// A bulleted or numbered list.
    List,
    /// One item of a list: its [`Role::Label`] and [`Role::ListBody`].
    ListItem,
    /// A list item's bullet or number.
    Label,
    /// A list item's words.
    ListBody,
    /// A link's words and its clickable areas.
    Link,
    /// A picture, read out by its alternative text.
    Figure,
}

/// One element of the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// What it is.
    pub role: Role,
    /// The element it is part of ([`ElementId::DOCUMENT`] for the root itself).
    pub parent: ElementId,
    /// What a screen reader says for a [`Role::Figure`] instead of the picture.
    pub alt: Option<String>,
}

/// The logical structure of one laid-out document.
#[derive(Debug, Clone, PartialEq)]
pub struct Structure {
    elements: Vec<Element>,
    /// The level of the last heading added, so that levels never skip one.
    last_heading: u8,
}

impl Default for Structure {
    fn default() -> Self {
        Self::new()
    }
}

impl Structure {
    /// A structure holding only the document root.
    pub fn new() -> Self {
        Self {
            elements: vec![Element {
                role: Role::Document,
                parent: ElementId::DOCUMENT,
                alt: None,
            }],
            last_heading: 0,
        }
    }

    /// Every element, the root first, in reading order.
    pub fn elements(&self) -> &[Element] {
        &self.elements
    }

    /// The element `id`, if there is one.
    pub fn get(&self, id: ElementId) -> Option<&Element> {
        self.elements.get(id.index())
    }

    /// Adds an element under `parent`, read after everything added before it.
    /// A `parent` that is not (yet) an element here means the document root, so
    /// parents always come before their children.
    pub fn add(&mut self, role: Role, parent: ElementId) -> ElementId {
        let id = ElementId(u32::try_from(self.elements.len()).unwrap_or(u32::MAX));
        let parent = if parent.index() < self.elements.len() {
            parent
        } else {
            ElementId::DOCUMENT
        };
        self.elements.push(Element {
            role,
            parent,
            alt: None,
        });
        id
    }

    /// Adds a heading of `rank` (1 for the title, 2 for sections, more for what
    /// sits inside them) under `parent`. Its level is the rank, but never more
    /// than one below the heading before it: a box right after the title is a
    /// level-2 heading, not a level 3 that skips one.
    pub fn heading(&mut self, rank: u8, parent: ElementId) -> ElementId {
        let level = rank.clamp(1, 6).min(self.last_heading + 1);
        self.last_heading = level;
        self.add(Role::Heading(level), parent)
    }

    /// Adds a figure read out as `alt`.
    pub fn figure(&mut self, alt: impl Into<String>, parent: ElementId) -> ElementId {
        let id = self.add(Role::Figure, parent);
        if let Some(element) = self.elements.last_mut() {
            element.alt = Some(alt.into());
        }
        id
    }
}

/// What a text run is: part of an element, or an artifact that assistive
/// technology skips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Real content, part of this element.
    Content(ElementId),
    /// Not part of the content.
    Artifact(Artifact),
}

/// The kinds of artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Artifact {
    /// The running header at the top of later pages.
    Header,
    /// The footer: template, version, review and page number.
    Footer,
    /// A repeat of something read once on the first page: the help band and the
    /// draft mark on later pages.
    Repeat,
}

/// Tags the runs of one piece of text (a heading, a paragraph, a list item's
/// words): plain runs belong to the owner, and each link gets a link element
/// under it, one per link even when its words wrap onto the next line.
pub struct TextTagger<'s> {
    owner: Tag,
    /// Where link elements go; `None` for artifacts, which have none.
    structure: Option<&'s mut Structure>,
    /// The link the last fragment belonged to, and its target.
    link: Option<(ElementId, String)>,
}

impl<'s> TextTagger<'s> {
    /// For text that is part of `owner`, an element of `structure`.
    pub fn content(owner: ElementId, structure: &'s mut Structure) -> Self {
        Self {
            owner: Tag::Content(owner),
            structure: Some(structure),
            link: None,
        }
    }

    /// For furniture that is an artifact of `kind` everywhere it is printed.
    pub fn artifact(kind: Artifact) -> Self {
        Self {
            owner: Tag::Artifact(kind),
            structure: None,
            link: None,
        }
    }

    /// The tag of `fragment`'s run, and the link element its clickable area
    /// belongs to, if it is a link. Artifact text has no link elements, so its
    /// links are not clickable.
    pub fn fragment(&mut self, fragment: &Fragment) -> (Tag, Option<ElementId>) {
        let (Tag::Content(owner), Some(structure), Some(uri)) = (
            self.owner,
            self.structure.as_deref_mut(),
            fragment.link.as_deref(),
        ) else {
            self.link = None;
            return (self.owner, None);
        };
        let link = match &self.link {
            Some((id, target)) if target == uri => *id,
            _ => {
                let id = structure.add(Role::Link, owner);
                self.link = Some((id, uri.to_owned()));
                id
            }
        };
        (Tag::Content(link), Some(link))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontStyle;

    fn fragment(text: &str, link: Option<&str>) -> Fragment {
        Fragment {
            x: 0.0,
            text: text.to_owned(),
            style: FontStyle::Regular,
            width: 1.0,
            link: link.map(str::to_owned),
        }
    }

    #[test]
    fn heading_levels_never_skip_one() {
        let mut s = Structure::new();
        let levels: Vec<u8> = [1, 3, 2, 4, 4, 3, 2, 9]
            .into_iter()
            .map(|rank| {
                let id = s.heading(rank, ElementId::DOCUMENT);
                match s.get(id).map(|e| e.role) {
                    Some(Role::Heading(level)) => level,
                    other => panic!("{other:?}"),
                }
            })
            .collect();
        assert_eq!(levels, [1, 2, 2, 3, 4, 3, 2, 3]);
    }

    #[test]
    fn a_wrapped_link_is_one_element_and_two_links_are_two() {
        let mut s = Structure::new();
        let p = s.add(Role::Paragraph, ElementId::DOCUMENT);
        let mut tagger = TextTagger::content(p, &mut s);
        let uri = Some("https://a.example/x");
        let tags: Vec<_> = [
            fragment("see ", None),
            fragment("a.example/", uri),
            // next line
            fragment("x", uri),
            fragment(" or ", None),
            fragment("a.example/x", uri),
        ]
        .iter()
        .map(|f| tagger.fragment(f))
        .collect();
        assert_eq!(tags[0], (Tag::Content(p), None));
        assert_eq!(tags[1], tags[2]);
        assert_ne!(tags[1], tags[4]);
        let links = s.elements().iter().filter(|e| e.role == Role::Link);
        assert!(links.clone().all(|e| e.parent == p));
        assert_eq!(links.count(), 2);
    }

    #[test]
    fn artifact_text_has_no_link_elements() {
        let mut tagger = TextTagger::artifact(Artifact::Repeat);
        let tag = tagger.fragment(&fragment("988", Some("tel:988")));
        assert_eq!(tag, (Tag::Artifact(Artifact::Repeat), None));
    }
}
