//! What a clinician types into a handout's fill-in sections with the patient:
//! a safety plan in the patient's own words, the next appointment.
//!
//! This is patient data. It lives in memory only and is handed to [`compose`]
//! for one preview or one print. The types deliberately implement neither
//! `Serialize` nor `Deserialize`, so no settings file, autosave or log can take
//! them by accident, and `Debug` prints only how much was typed, never the words,
//! so they cannot leak into logs or panic messages either.
//!
//! [`compose`]: crate::compose::compose

use std::collections::BTreeMap;
use std::fmt;

/// The words typed into one fill-in block.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FillInEntry {
    /// Free text printed on the block's ruled lines, wrapped as needed; a new line
    /// in the text starts a new ruled line.
    pub text: String,
    /// One answer per labelled field, in the block's `fields` order.
    pub fields: Vec<String>,
}

impl FillInEntry {
    /// Whether nothing was typed (only white space counts as nothing).
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.fields.iter().all(|f| f.trim().is_empty())
    }

    /// The answer typed for field `index`, if any.
    pub fn field(&self, index: usize) -> Option<&str> {
        self.fields
            .get(index)
            .map(|f| f.trim())
            .filter(|f| !f.is_empty())
    }
}

impl fmt::Debug for FillInEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FillInEntry")
            .field("text_chars", &self.text.chars().count())
            .field("fields", &self.fields.len())
            .finish()
    }
}

/// Everything typed with the patient for one handout, by the index of the
/// fill-in block in the template's `blocks`.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct PatientEntries {
    entries: BTreeMap<usize, FillInEntry>,
}

impl PatientEntries {
    /// No entries: the handout prints blank writing lines.
    pub fn none() -> Self {
        Self::default()
    }

    /// What was typed into block `block`, if anything.
    pub fn get(&self, block: usize) -> Option<&FillInEntry> {
        self.entries.get(&block).filter(|e| !e.is_blank())
    }

    /// What was typed into block `block` exactly as typed, blank or not: what a
    /// text field shows while the clinician types (a first Enter is kept).
    pub fn typed(&self, block: usize) -> Option<&FillInEntry> {
        self.entries.get(&block)
    }

    /// The entry for block `block`, to type into.
    pub fn entry_mut(&mut self, block: usize) -> &mut FillInEntry {
        self.entries.entry(block).or_default()
    }

    /// Whether nothing at all was typed.
    pub fn is_empty(&self) -> bool {
        self.entries.values().all(FillInEntry::is_blank)
    }

    /// Forgets everything typed (when the handout closes).
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

impl fmt::Debug for PatientEntries {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PatientEntries")
            .field(
                "blocks_filled",
                &self.entries.values().filter(|e| !e.is_blank()).count(),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_words() {
        let mut entries = PatientEntries::none();
        entries.entry_mut(3).text = "call my sister Ana".into();
        entries.entry_mut(4).fields = vec!["Tuesday 3 p.m.".into()];
        let shown = format!("{entries:?} {:?}", entries.get(3));
        assert!(!shown.contains("Ana"), "{shown}");
        assert!(!shown.contains("Tuesday"), "{shown}");
    }

    #[test]
    fn blank_entries_count_as_none() {
        let mut entries = PatientEntries::none();
        entries.entry_mut(1).text = "   ".into();
        assert!(entries.is_empty());
        assert!(entries.get(1).is_none());
        entries.clear();
        assert!(entries.is_empty());
    }
}
