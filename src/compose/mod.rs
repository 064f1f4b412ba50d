//! Compose: template + clinic profile + options → a resolved handout.

pub mod markup;
mod resolve;
mod resolved;

pub use resolve::{ComposeError, HandoutOptions, compose};
pub use resolved::{ResolvedBlock, ResolvedHandout, ResourceEntry, RichText, Span, plain_text};
