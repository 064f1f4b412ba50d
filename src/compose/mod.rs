//! Compose: template + clinic profile + options → a resolved handout.

mod help_band;
mod patient;
mod resolve;
mod resolved;

pub use patient::{FillInEntry, PatientEntries};
pub use resolve::{ComposeError, HandoutOptions, compose, compose_for_patient};
pub use resolved::{
    FilledField, ResolvedBlock, ResolvedHandout, ResourceEntry, RichText, Span, plain_text,
};
