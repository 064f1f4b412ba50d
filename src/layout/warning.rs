//! What layout could not honour: a group meant to stay on one page that is too
//! tall for any page, and so had to be split to keep every word.

use std::fmt;

use crate::problem::text::GROUP_PREFIX;
use crate::problem::{ProblemText, keys};

/// A run of content the layout keeps on one page whenever it fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupKind {
    /// A section opened by `Heading { keep_together: true }`, up to the next
    /// heading or the sources.
    KeepTogetherSection,
    /// A numbered list of steps.
    Steps,
    /// An urgent callout box.
    UrgentCallout,
    /// A note callout box.
    NoteCallout,
    /// One local resource: name, contact, notes.
    ResourceEntry,
    /// A fill-in: label, hint, resources and writing lines.
    FillIn,
    /// A sentence ending in ":" with the first two items of the list it introduces.
    LeadIn,
    /// A part of a wallet card: it cannot be split, only shortened.
    CardPart,
}

impl GroupKind {
    /// Every kind, for the desk's tests that check each has its words.
    pub const ALL: [GroupKind; 8] = [
        GroupKind::KeepTogetherSection,
        GroupKind::Steps,
        GroupKind::UrgentCallout,
        GroupKind::NoteCallout,
        GroupKind::ResourceEntry,
        GroupKind::FillIn,
        GroupKind::LeadIn,
        GroupKind::CardPart,
    ];

    /// A short name for people, e.g. "urgent box".
    pub fn label(self) -> &'static str {
        match self {
            GroupKind::KeepTogetherSection => "keep-together section",
            GroupKind::Steps => "steps list",
            GroupKind::UrgentCallout => "urgent box",
            GroupKind::NoteCallout => "note box",
            GroupKind::ResourceEntry => "resource entry",
            GroupKind::FillIn => "fill-in",
            GroupKind::LeadIn => "lead-in and its first two items",
            GroupKind::CardPart => "wallet card part",
        }
    }
}

/// A group that did not fit on one page and was split across pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutWarning {
    /// What kind of group.
    pub group: GroupKind,
    /// The words that name it: a heading, a callout title, the first words of a list.
    pub description: String,
    /// The block it belongs to (from 0), as in the template's `blocks`.
    pub block: Option<usize>,
    /// The pages it spans (from 1), in order.
    pub pages: Vec<usize>,
}

impl LayoutWarning {
    /// The pages as people write them: "2" or "2–3".
    pub fn page_span(&self) -> String {
        match (self.pages.first(), self.pages.last()) {
            (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
            (Some(first), _) => first.to_string(),
            _ => String::new(),
        }
    }

    /// The warning's words as a message key and arguments, for a desk in
    /// another language: the quality check's `split-group` finding, which is
    /// this warning's English, capitalised, and "a reader may miss what is on
    /// the next page". The kind of group is a phrase keyed `group-…` (e.g.
    /// `group-urgent-box`), so a language can name it with its own words.
    pub fn problem_text(&self) -> ProblemText {
        let text = if self.group == GroupKind::CardPart {
            ProblemText::new(keys::CARD_PART_TOO_BIG)
        } else {
            ProblemText::new(keys::SPLIT_GROUP).phrase_in("group", GROUP_PREFIX, self.group.label())
        };
        text.arg("description", self.description.as_str())
            .arg("pages", self.page_span())
    }
}

impl fmt::Display for LayoutWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.group == GroupKind::CardPart {
            return write!(
                f,
                "the wallet card part “{}” does not fit on the card even at 8 pt (page {}); it is printed whole and runs past the card's edge",
                self.description,
                self.page_span()
            );
        }
        write!(
            f,
            "the {} “{}” is too tall for one page and is split across pages {}",
            self.group.label(),
            self.description,
            self.page_span()
        )
    }
}

/// The first few words of `text`, for naming a group in a warning.
pub fn short_description(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..WORDS].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_group_and_its_pages() {
        let warning = LayoutWarning {
            group: GroupKind::UrgentCallout,
            description: short_description("Signs of an overdose"),
            block: Some(4),
            pages: vec![2, 3],
        };
        assert_eq!(
            warning.to_string(),
            "the urgent box “Signs of an overdose” is too tall for one page and is split across pages 2–3"
        );
        assert_eq!(
            short_description("one two three four five six seven eight nine"),
            "one two three four five six seven eight…"
        );
    }
}
