//! The content hash: a fingerprint of what a template says, so that a sign-off,
//! a clinic copy's base and a handout log entry can name exactly which text they mean.
//!
//! It covers everything printed or cited (id, version, title, topic, language,
//! audience, reading level, licence, sources and blocks) and leaves out the review
//! record and the adaptation snapshot, so that approving a template does not change
//! the hash it approves. SHA-256 of a canonical RON rendering of those fields.

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::template::{Block, ReadingLevel, Source, Template, Topic};

/// A template's content hash, `sha256:` and 64 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContentHash(pub String);

impl ContentHash {
    /// The first 12 hex digits, enough for people to compare by eye.
    pub fn short(&self) -> &str {
        let hex = self.0.strip_prefix("sha256:").unwrap_or(&self.0);
        hex.get(..12).unwrap_or(hex)
    }

    /// The hash of `bytes`.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        let digest = Sha256::digest(bytes);
        let mut hex = String::with_capacity(7 + 64);
        hex.push_str("sha256:");
        for byte in digest {
            hex.push_str(&format!("{byte:02x}"));
        }
        Self(hex)
    }
}

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The fields the hash covers, borrowed, in a fixed order.
#[derive(Serialize)]
struct Content<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a str,
    subtitle: Option<&'a str>,
    topic: Topic,
    language: &'a str,
    audience: &'a str,
    reading_level: ReadingLevel,
    licence: &'a str,
    sources: &'a [Source],
    blocks: &'a [Block],
}

/// The content hash of `template`.
pub fn content_hash(template: &Template) -> ContentHash {
    let content = Content {
        id: &template.id,
        version: &template.version,
        title: &template.title,
        subtitle: template.subtitle.as_deref(),
        topic: template.topic,
        language: &template.language,
        audience: &template.audience,
        reading_level: template.reading_level,
        licence: &template.licence,
        sources: &template.sources,
        blocks: &template.blocks,
    };
    // Serialising plain data with derived impls cannot fail; fall back to the
    // debug form rather than panic if it ever did.
    let canonical = ron::to_string(&content).unwrap_or_else(|_| format!("{template:?}"));
    ContentHash::of_bytes(canonical.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{ReviewStatus, TemplateLibrary};

    #[test]
    fn hash_follows_the_text_not_the_review() {
        let library = TemplateLibrary::load(&[]);
        let mut template = library.templates[0].template.clone();
        let before = content_hash(&template);
        assert!(before.0.starts_with("sha256:") && before.0.len() == 7 + 64);
        assert_eq!(before.short().len(), 12);
        template.review.status = ReviewStatus::Approved;
        template.review.reviewer = Some("A. Reviewer".into());
        assert_eq!(content_hash(&template), before, "review is not content");
        if let Some(Block::Heading { text, .. }) = template
            .blocks
            .iter_mut()
            .find(|b| matches!(b, Block::Heading { .. }))
        {
            text.push('!');
        }
        assert_ne!(
            content_hash(&template),
            before,
            "a changed heading changes it"
        );
    }

    #[test]
    fn known_bytes_hash_to_the_sha256_test_vector() {
        assert_eq!(
            ContentHash::of_bytes(b"abc").0,
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
