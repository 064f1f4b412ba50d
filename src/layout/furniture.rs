//! What every page carries around the content: the running header (from page 2),
//! the DRAFT and EXAMPLE marks, the "Get help now" band and the footer, each
//! with the words compose resolved in the handout's language.
//!
//! None of it shrinks to fit: in large print it is all at 18 pt or more, and the
//! help band and footer take as many lines as their words need. The content area
//! is what is left between them.
//!
//! A screen reader reads the page marks and the help band once, right after the
//! title (the help band is what a reader in crisis needs first); everywhere else
//! the furniture is an artifact it skips. The help band's links stay clickable on
//! every page: each copy belongs to the link read on the first page.

use crate::compose::{ResolvedHandout, Span};
use crate::fonts::{self, FontStyle};
use crate::layout::draw::{TextStyle, line_items};
use crate::layout::marks::PageMarks;
use crate::layout::page::{BoxShape, PageItem, Rgb, TextRun};
use crate::layout::paginate::PageArea;
use crate::layout::structure::{Artifact, ElementId, Role, Structure, Tag, TextTagger};
use crate::layout::style::LayoutStyle;
use crate::layout::text::{Line, break_lines};
use crate::strings::PrintedWords;

/// Padding inside the help band.
const HELP_PAD: f32 = 5.0;
/// The urgent bar at the help band's left edge.
const HELP_BAR: f32 = 4.0;
/// Space between the content area and the help band (line spacing adds more).
const HELP_CLEARANCE: f32 = 4.0;
/// Space between the help band and the footer's first line.
const FOOTER_CLEARANCE: f32 = 6.0;

/// The running header takes at most this many lines; a longer title and clinic
/// name are cut short with "…" there (the title page prints them whole), so the
/// header can never crowd out the content.
const HEADER_MAX_LINES: usize = 2;

/// "Title · Clinic" for the top of pages 2 onwards, on at most
/// [`HEADER_MAX_LINES`] lines, with any run of white space (a line break typed
/// into a title, say) as one space.
fn running_header(handout: &ResolvedHandout, style: LayoutStyle, width: f32) -> Vec<Line> {
    let words = format!("{} · {}", handout.title, handout.clinic_name);
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut lines = break_lines(
        &[Span::plain(words.as_str())],
        FontStyle::Regular,
        style.small,
        width,
    );
    if lines.len() > HEADER_MAX_LINES {
        lines.truncate(HEADER_MAX_LINES - 1);
        let shown: String = lines
            .iter()
            .flat_map(|l| l.fragments.iter().map(|f| f.text.as_str()))
            .collect();
        let rest = words.get(shown.len()..).unwrap_or("").trim_start();
        let ellipsis = fonts::metrics(FontStyle::Regular).width("…", style.small);
        let mut cut: String = String::new();
        for c in rest.chars() {
            let next = format!("{cut}{c}");
            if fonts::metrics(FontStyle::Regular).width(&next, style.small) + ellipsis > width {
                break;
            }
            cut = next;
        }
        cut.push('…');
        lines.extend(break_lines(
            &[Span::plain(cut)],
            FontStyle::Regular,
            style.small,
            f32::INFINITY,
        ));
    }
    lines
}

/// The page furniture of one handout, laid out once for all pages.
pub struct Furniture {
    style: LayoutStyle,
    left: f32,
    width: f32,
    header_lines: usize,
    help_top: f32,
    footer_first_baseline: f32,
    /// The running header of pages 2 onwards.
    header: Vec<PageItem>,
    /// The help band as read on the first page.
    help: Vec<PageItem>,
    /// The footer without its page number.
    footer: Vec<PageItem>,
    /// The DRAFT and EXAMPLE marks as read on the first page; empty when
    /// neither is printed.
    marks: Vec<PageItem>,
    /// How far the content moves down to make room for the marks.
    push_down: f32,
    words: &'static PrintedWords,
}

impl Furniture {
    /// The furniture of `handout` on a page `page_height` tall, in a column from
    /// `left`, `width` wide; the page marks and the help band join `structure`
    /// where it stands (after the title).
    pub fn new(
        handout: &ResolvedHandout,
        style: LayoutStyle,
        left: f32,
        width: f32,
        page_height: f32,
        structure: &mut Structure,
    ) -> Self {
        let header = running_header(handout, style, width);
        let help = break_lines(
            &handout.help_line,
            FontStyle::Regular,
            style.help,
            width - 2.0 * HELP_PAD - HELP_BAR,
        );
        let help_height = help.len() as f32 * style.line_height(style.help) + 2.0 * HELP_PAD;
        let page_number_width =
            fonts::metrics(FontStyle::Regular).width(&handout.words.page_of(99, 99), style.footer);
        let footer = break_lines(
            &[Span::plain(format!(
                "{} v{} · {}",
                handout.template_id, handout.version, handout.review_line
            ))],
            FontStyle::Regular,
            style.footer,
            width - page_number_width - 12.0,
        );
        let last_baseline = page_height - style.footer_baseline_from_bottom;
        let footer_first_baseline =
            last_baseline - footer.len().saturating_sub(1) as f32 * footer_line_height(&style);
        let help_top = footer_first_baseline - style.footer - FOOTER_CLEARANCE - help_height;
        let marks = PageMarks::new(
            handout.draft_mark.as_deref(),
            handout.example_mark.as_deref(),
            style,
            left,
            width,
        );
        let mut furniture = Self {
            style,
            left,
            width,
            header_lines: header.len(),
            help_top,
            footer_first_baseline,
            header: Vec::new(),
            help: Vec::new(),
            footer: Vec::new(),
            marks: Vec::new(),
            push_down: marks.push_down,
            words: handout.words,
        };
        furniture.header = furniture.header_items(&header);
        furniture.footer = furniture.footer_items(&footer);
        if !marks.is_empty() {
            let paragraph = structure.add(Role::Paragraph, ElementId::DOCUMENT);
            furniture.marks = marks.items(&mut TextTagger::content(paragraph, structure));
        }
        let paragraph = structure.add(Role::Paragraph, ElementId::DOCUMENT);
        furniture.help = furniture.help_band(
            &help,
            help_height,
            &mut TextTagger::content(paragraph, structure),
        );
        furniture
    }

    /// Where content may go: below the title's top margin on page 1, below the
    /// running header on later pages (both lower when the page marks need
    /// more room than the margin), above the help band on all.
    pub fn area(&self) -> PageArea {
        let s = &self.style;
        let header_lines = self.header_lines.max(1) as f32;
        let top = self.top();
        PageArea {
            first_top: top,
            top: top + s.small * (2.2 + 1.2 * (header_lines - 1.0)),
            bottom: self.help_top - HELP_CLEARANCE,
        }
    }

    /// The top of the content: the top margin, or below the page marks.
    fn top(&self) -> f32 {
        self.style.margin_top + self.push_down
    }

    /// The furniture of page `page` (from 1) of `total`.
    pub fn items(&self, page: usize, total: usize) -> Vec<PageItem> {
        let mut items = Vec::with_capacity(
            self.header.len() + self.help.len() + self.footer.len() + self.marks.len() + 1,
        );
        let read_once = |items: &mut Vec<PageItem>, once: &[PageItem]| {
            if page == 1 {
                items.extend(once.iter().cloned());
            } else {
                items.extend(once.iter().cloned().map(repeated));
            }
        };
        if page > 1 {
            items.extend(self.header.iter().cloned());
        }
        read_once(&mut items, &self.help);
        items.extend(self.footer.iter().cloned());
        items.push(self.page_number(page, total));
        read_once(&mut items, &self.marks);
        items
    }

    /// "Title · Clinic" at the top, muted.
    fn header_items(&self, header: &[Line]) -> Vec<PageItem> {
        let size = self.style.small;
        let muted = TextStyle::new(FontStyle::Regular, size, Rgb::MUTED);
        let mut tagger = TextTagger::artifact(Artifact::Header);
        let mut items = Vec::new();
        for (k, line) in header.iter().enumerate() {
            let baseline = self.top() + size + k as f32 * size * 1.2;
            items.extend(line_items(
                line,
                self.left,
                baseline,
                muted,
                size * 1.2,
                &mut tagger,
            ));
        }
        items
    }

    fn help_band(&self, help: &[Line], help_height: f32, tagger: &mut TextTagger) -> Vec<PageItem> {
        let s = &self.style;
        let mut items = vec![
            PageItem::Box(BoxShape {
                x: self.left,
                y: self.help_top,
                width: self.width,
                height: help_height,
                fill: Some(Rgb::URGENT_TINT),
                stroke: None,
            }),
            PageItem::Box(BoxShape {
                x: self.left,
                y: self.help_top,
                width: HELP_BAR,
                height: help_height,
                fill: Some(Rgb::URGENT),
                stroke: None,
            }),
        ];
        let size = s.help;
        let line_height = s.line_height(size);
        let style = TextStyle::new(FontStyle::Regular, size, Rgb::TEXT);
        for (k, line) in help.iter().enumerate() {
            let baseline = self.help_top + HELP_PAD + k as f32 * line_height + size;
            items.extend(line_items(
                line,
                self.left + HELP_PAD + HELP_BAR,
                baseline,
                style,
                line_height,
                tagger,
            ));
        }
        items
    }

    /// The template, version and review on the left, as many lines as they need.
    fn footer_items(&self, footer: &[Line]) -> Vec<PageItem> {
        let s = &self.style;
        let size = s.footer;
        let muted = TextStyle::new(FontStyle::Regular, size, Rgb::MUTED);
        let mut tagger = TextTagger::artifact(Artifact::Footer);
        let mut items = Vec::new();
        for (k, line) in footer.iter().enumerate() {
            let baseline = self.footer_first_baseline + k as f32 * footer_line_height(s);
            items.extend(line_items(
                line,
                self.left,
                baseline,
                muted,
                size * 1.2,
                &mut tagger,
            ));
        }
        items
    }

    /// "Page N of M" on the right of the footer's first line.
    fn page_number(&self, page: usize, total: usize) -> PageItem {
        let size = self.style.footer;
        let text = self.words.page_of(page, total);
        let width = fonts::metrics(FontStyle::Regular).width(&text, size);
        PageItem::Text(TextRun {
            x: self.left + self.width - width,
            y: self.footer_first_baseline,
            text,
            style: FontStyle::Regular,
            size,
            color: Rgb::MUTED,
            width,
            tag: Tag::Artifact(Artifact::Footer),
        })
    }
}

/// A copy of something read on the first page: an artifact there, its links
/// still clickable (and still the first page's link elements).
fn repeated(item: PageItem) -> PageItem {
    match item {
        PageItem::Text(mut run) => {
            run.tag = Tag::Artifact(Artifact::Repeat);
            PageItem::Text(run)
        }
        other => other,
    }
}

fn footer_line_height(style: &LayoutStyle) -> f32 {
    style.footer * 1.25
}
