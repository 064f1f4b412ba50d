//! Templates: the vetted handout text, loaded from RON and checked.

pub mod load;
mod model;
pub mod source_map;
pub mod validate;

pub use load::{
    LoadedTemplate, TemplateLibrary, TemplateOrigin, parse_template, read_template_file,
};
pub use model::{
    Block, CalloutKind, ReadingLevel, ResourceCategory, Review, ReviewStatus, Source, Template,
    Topic,
};
