//! Compose: template + clinic profile + options → a resolved handout.

mod help_band;
pub mod markup;
mod patient;
mod resolve;
mod resolved;
mod wallet_card;

pub use patient::{FillInEntry, PatientEntries};
pub use resolve::{ComposeError, HandoutOptions, compose, compose_for_patient};
pub use resolved::{
    Contacts, FilledField, ResolvedBlock, ResolvedHandout, ResourceEntry, RichText, Span,
    plain_text,
};
pub use wallet_card::{CardPart, CardSide, WalletCard, Writing, wallet_card};
