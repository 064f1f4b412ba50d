//! Template text made ready for counting: markup and placeholders resolved to
//! plain words, and each heading, list item and paragraph split into sentences.

use crate::compose::markup::{Piece, parse_markup};
use crate::template::Block;

/// The plain sentences of one block, in reading order. Headings, list items,
/// callout titles and fill-in labels each count as a sentence of their own.
pub fn block_sentences(block: &Block) -> Vec<String> {
    block
        .texts()
        .iter()
        .flat_map(|t| split_sentences(&plain(t)))
        .collect()
}

/// `text` without markup: `**bold**` unmarked, placeholders as the words they
/// stand for (a phone number counts as one short word).
pub fn plain(text: &str) -> String {
    match parse_markup(text) {
        Ok(pieces) => pieces
            .into_iter()
            .map(|p| match p {
                Piece::Text { text, .. } => text,
                Piece::Placeholder { .. } => "clinic".to_owned(),
            })
            .collect(),
        Err(_) => text.replace("**", ""),
    }
}

/// Splits text into sentences at `.`, `?` and `!`.
pub fn split_sentences(text: &str) -> Vec<String> {
    text.split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}

/// The words of a sentence, without punctuation.
pub fn words(sentence: &str) -> Vec<String> {
    sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}
