//! Compose: template + the review that holds for it + clinic profile + options
//! → a resolved handout, every word decided, in the handout's language.

mod help_band;
mod options;
mod patient;
mod printed;
mod resolve;
mod resolved;
mod wallet_card;

pub use options::HandoutOptions;
pub use patient::{FillInEntry, PatientEntries};
pub use resolve::{ComposeError, compose, compose_for_patient};
pub use resolved::{
    Contacts, FilledField, ResolvedBlock, ResolvedHandout, ResourceEntry, RichText, Span,
    plain_text,
};
pub use wallet_card::{CardPart, CardSide, WalletCard, Writing, wallet_card};
