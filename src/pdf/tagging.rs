//! What the page writer learns about the structure while it draws: which element
//! each marked-content id and each link annotation belongs to, what headings and
//! links say, and where each heading starts. The finish step builds the structure
//! tree, the parent tree and the outline from it (see `structure_tree`).

use crate::layout::{ElementId, Role, Structure, TextRun};

/// The tagging of one page.
#[derive(Debug, Default)]
pub(super) struct PageTags {
    /// The element of each marked-content id on the page (the id is the index).
    pub mcids: Vec<ElementId>,
    /// The link annotations on the page, in order.
    pub links: Vec<Link>,
}

/// A link annotation: what it belongs to, where it is and where it goes.
#[derive(Debug)]
pub(super) struct Link {
    pub element: ElementId,
    /// Lower-left x and y, upper-right x and y, in PDF points to 1/100.
    pub rect: [f32; 4],
    /// The target, 7-bit ASCII.
    pub uri: String,
}

/// Where a heading starts: its page (from 0), its left edge and the top of its
/// first line, in PDF points from the page's bottom-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Start {
    pub page: usize,
    pub left: f32,
    pub top: f32,
}

/// The words of a heading or link as printed, and where its last run was.
#[derive(Debug, Default)]
struct Words {
    text: String,
    last_baseline: Option<(usize, f32)>,
}

/// Everything the writer gathers for the structure tree.
#[derive(Debug)]
pub(super) struct Tagging<'a> {
    pub structure: &'a Structure,
    pub pages: Vec<PageTags>,
    /// By element: the words of headings and links (empty for others).
    words: Vec<Words>,
    /// By element: where headings start.
    starts: Vec<Option<Start>>,
}

impl<'a> Tagging<'a> {
    pub(super) fn new(structure: &'a Structure, pages: usize) -> Self {
        let elements = structure.elements().len();
        Self {
            structure,
            pages: Vec::with_capacity(pages),
            words: std::iter::repeat_with(Words::default)
                .take(elements)
                .collect(),
            starts: vec![None; elements],
        }
    }

    /// The role of `element` (checked to exist before writing starts).
    pub(super) fn role(&self, element: ElementId) -> Role {
        self.structure
            .get(element)
            .map_or(Role::Paragraph, |e| e.role)
    }

    /// Notes `run`, drawn on page `page` (from 0) whose height is `height`, as
    /// part of `element`: its words count for every heading and link it is in
    /// ("Call 911 now", a heading with a link inside).
    pub(super) fn note_run(&mut self, element: ElementId, run: &TextRun, page: usize, height: f32) {
        let mut at = element;
        loop {
            let role = self.role(at);
            if matches!(role, Role::Heading(_) | Role::Link) {
                self.note_words(at.index(), role, run, page, height);
            }
            let parent = self
                .structure
                .get(at)
                .map_or(ElementId::DOCUMENT, |e| e.parent);
            if at == ElementId::DOCUMENT || parent == at {
                break;
            }
            at = parent;
        }
    }

    fn note_words(&mut self, index: usize, role: Role, run: &TextRun, page: usize, height: f32) {
        if let Some(start) = self.starts.get_mut(index)
            && start.is_none()
        {
            *start = Some(Start {
                page,
                left: run.x,
                top: height - run.y + run.size,
            });
        }
        let Some(words) = self.words.get_mut(index) else {
            return;
        };
        let new_line = words
            .last_baseline
            .is_some_and(|last| last != (page, run.y));
        if new_line && !run_on(&words.text, role) {
            words.text.push(' ');
        }
        words.text.push_str(&run.text);
        words.last_baseline = Some((page, run.y));
    }

    /// What the heading or link at `index` in the structure says, as printed.
    pub(super) fn words(&self, index: usize) -> &str {
        self.words.get(index).map_or("", |w| w.text.as_str())
    }

    /// Where the heading at `index` in the structure starts.
    pub(super) fn start(&self, index: usize) -> Option<Start> {
        self.starts.get(index).copied().flatten()
    }
}

/// Whether the next line continues `text` with no space: after a hyphen or a
/// slash where a word or address was broken, and inside a link's address after
/// a dot ("clinic." + "example").
fn run_on(text: &str, role: Role) -> bool {
    match text.chars().last() {
        Some('-' | '/') => true,
        Some('.') => role == Role::Link,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontStyle;
    use crate::layout::{Rgb, Tag};

    fn run(text: &str, y: f32) -> TextRun {
        TextRun {
            x: 54.0,
            y,
            text: text.to_owned(),
            style: FontStyle::Bold,
            size: 14.0,
            color: Rgb::TEXT,
            width: 10.0,
            tag: Tag::Content(ElementId::DOCUMENT),
        }
    }

    #[test]
    fn words_join_lines_as_printed_and_count_for_the_heading_around_a_link() {
        let mut structure = Structure::new();
        let heading = structure.heading(1, ElementId::DOCUMENT);
        let phone = structure.add(Role::Link, heading);
        let paragraph = structure.add(Role::Paragraph, ElementId::DOCUMENT);
        let web = structure.add(Role::Link, paragraph);
        let mut tagging = Tagging::new(&structure, 1);
        tagging.note_run(heading, &run("Call ", 100.0), 0, 792.0);
        tagging.note_run(phone, &run("911", 100.0), 0, 792.0);
        tagging.note_run(heading, &run(" now if you see signs of", 100.0), 0, 792.0);
        tagging.note_run(heading, &run("an overdose", 120.0), 0, 792.0);
        assert_eq!(
            tagging.words(heading.index()),
            "Call 911 now if you see signs of an overdose"
        );
        assert_eq!(tagging.words(phone.index()), "911");
        let start = tagging.start(heading.index()).unwrap();
        assert_eq!((start.page, start.top), (0, 792.0 - 100.0 + 14.0));
        for (text, y) in [("riverside.", 200.0), ("example/", 220.0), ("help", 240.0)] {
            tagging.note_run(web, &run(text, y), 0, 792.0);
        }
        assert_eq!(tagging.words(web.index()), "riverside.example/help");
        assert_eq!(
            tagging.words(paragraph.index()),
            "",
            "only headings and links"
        );
    }
}
