//! The resolved handout: template text with every placeholder filled in, ready to lay out.

use crate::strings::PrintedWords;
use crate::template::{CalloutKind, ReviewStatus, Topic};

/// A stretch of text in one weight, perhaps a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The characters.
    pub text: String,
    /// Printed in bold.
    pub bold: bool,
    /// Where a click goes (`https:` or `tel:`), if anywhere.
    pub link: Option<String>,
}

impl Span {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            bold: false,
            link: None,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Self {
            bold: true,
            ..Self::plain(text)
        }
    }

    /// A link.
    pub fn link(text: impl Into<String>, uri: impl Into<String>) -> Self {
        Self {
            link: Some(uri.into()),
            ..Self::plain(text)
        }
    }
}

/// Text made of spans.
pub type RichText = Vec<Span>;

/// The plain characters of rich text.
pub fn plain_text(text: &[Span]) -> String {
    text.iter().map(|s| s.text.as_str()).collect()
}

/// One local resource, ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceEntry {
    /// The service's name.
    pub name: String,
    /// Phone, hours, address and website, joined with " · ".
    pub contact: RichText,
    /// A short note for the patient.
    pub notes: Option<String>,
}

/// One labelled line of a fill-in, e.g. "Date and time: ____".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilledField {
    /// The label printed before the line.
    pub label: RichText,
    /// What the patient said, printed on the line; `None` leaves it blank.
    pub value: Option<String>,
}

/// One resolved block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolvedBlock {
    /// A section heading.
    Heading {
        /// The heading text.
        text: String,
        /// Keep the section it opens on one page (see [`crate::template::Block::Heading`]).
        keep_together: bool,
    },
    /// Running text.
    Paragraph(RichText),
    /// A bulleted list.
    Bullets(Vec<RichText>),
    /// A numbered list.
    Steps(Vec<RichText>),
    /// A box kept whole.
    Callout {
        /// How it is drawn.
        kind: CalloutKind,
        /// Its title.
        title: RichText,
        /// Text under the title.
        text: Option<RichText>,
        /// Bullets under the text.
        items: Vec<RichText>,
    },
    /// Local resources of one category.
    Resources {
        /// Heading above the list.
        heading: String,
        /// The resources; when empty, `when_empty` is printed.
        entries: Vec<ResourceEntry>,
        /// Printed when there are none.
        when_empty: RichText,
    },
    /// A prompt with lines to write on.
    FillIn {
        /// The prompt.
        label: RichText,
        /// A smaller hint.
        hint: Option<RichText>,
        /// The clinic's local resources listed under the label.
        resources: Vec<ResourceEntry>,
        /// Labelled lines, each with what the patient said, if anything.
        fields: Vec<FilledField>,
        /// How many free ruled lines follow the fields.
        lines: u8,
        /// The patient's own words for the free lines, typed at the desk; empty
        /// for a blank plan. Layout adds ruled lines when they need more room.
        written: String,
    },
    /// The numbered source list.
    Sources {
        /// Heading above the list.
        heading: String,
        /// "1. Citation. https://…", one per source.
        entries: Vec<RichText>,
    },
}

/// A handout with everything filled in: what layout turns into pages. Every
/// decision about what the pages say is made here; layout only places it.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedHandout {
    /// Template id.
    pub template_id: String,
    /// Template version.
    pub version: String,
    /// Title.
    pub title: String,
    /// Line under the title.
    pub subtitle: Option<String>,
    /// Topic.
    pub topic: Topic,
    /// The topic's name in the handout's language, for the PDF's keywords.
    pub topic_name: String,
    /// What the PDF is about, in the handout's language.
    pub subject: String,
    /// BCP 47 language tag.
    pub language: String,
    /// The review status that holds where the handout is printed: approved only
    /// for an approval with a date.
    pub status: ReviewStatus,
    /// The clinic's name.
    pub clinic_name: String,
    /// "From <clinic> · <phone>" under the title.
    pub given_by: RichText,
    /// The help band printed on every page: crisis lines, or for opioids and
    /// kratom the overdose, poison and treatment lines.
    pub help_line: RichText,
    /// The review part of the footer, e.g. "Clinically reviewed 2026-05-01" or "Draft: …".
    pub review_line: String,
    /// The mark at the top of every page of a draft; `None` once approved.
    pub draft_mark: Option<String>,
    /// The mark on every page printed with the example clinic's made-up details;
    /// `None` for a real clinic.
    pub example_mark: Option<String>,
    /// The words Handout Desk prints itself in the handout's language, for what
    /// only layout knows: the page numbers and the running header.
    pub words: &'static PrintedWords,
    /// Who to call, for what is printed beside the handout (the wallet card).
    pub contacts: Contacts,
    /// The content.
    pub blocks: Vec<ResolvedBlock>,
}

/// The numbers behind a handout, for what is printed beside it: a wallet card
/// prints them without the handout's sentences around them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contacts {
    /// The clinic's country (ISO 3166 code), for its national lines.
    pub country: String,
    /// The clinic's phone, as printed.
    pub clinic_phone: Option<String>,
    /// The first local crisis line the handout includes that has a phone:
    /// its name and phone, as printed.
    pub crisis_line: Option<(String, String)>,
}
