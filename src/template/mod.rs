//! Templates: the vetted handout text, loaded from RON and checked.

pub mod content_hash;
pub mod load;
pub mod markup;
mod model;
mod review;
pub mod search;
pub mod source_map;
pub mod validate;

pub use content_hash::{ContentHash, content_hash};
pub use load::{
    LoadedTemplate, TemplateKey, TemplateLibrary, TemplateOrigin, parse_template,
    read_template_file,
};
pub use model::{
    Adaptation, Block, CalloutKind, ReadingLevel, ResourceCategory, Review, ReviewStatus, Source,
    Template, Topic,
};
