//! "Adapt for my clinic": a clinic's own copy of a vetted template.
//!
//! The copy is a new template with its own id, saved in the clinic's templates
//! folder (never under `handouts/`). It records the clinic and a snapshot of the
//! original (id, version, title, content hash, sources and blocks), so that what
//! the clinic changed can be shown block by block, and a newer original noticed.

use std::path::{Path, PathBuf};

use crate::storage::{StorageError, to_ron_text, write_atomically};
use crate::template::{Adaptation, Review, Template, content_hash};

/// The version a new clinic copy starts at.
pub const FIRST_COPY_VERSION: &str = "1.0.0";

/// A clinic copy of `base`, made by `clinic`, with an id for which `taken` is false.
pub fn adapt(base: &Template, clinic: &str, taken: impl Fn(&str) -> bool) -> Template {
    let stem = format!("{}-clinic", base.id);
    let id = std::iter::once(stem.clone())
        .chain((2..).map(|n| format!("{stem}-{n}")))
        .find(|id| !taken(id))
        .unwrap_or(stem);
    let clinic = clinic.trim();
    Template {
        id,
        version: FIRST_COPY_VERSION.to_owned(),
        review: Review::draft("Clinic copy: not yet approved for patient use at this clinic."),
        adapted_from: Some(Adaptation {
            clinic: if clinic.is_empty() {
                "this clinic".to_owned()
            } else {
                clinic.to_owned()
            },
            base_id: base.id.clone(),
            base_version: base.version.clone(),
            base_title: base.title.clone(),
            base_hash: content_hash(base),
            base_sources: base.sources.clone(),
            base_blocks: base.blocks.clone(),
        }),
        ..base.clone()
    }
}

/// The file a clinic template is kept in: `<folder>/<id>.ron`.
pub fn template_file(folder: &Path, id: &str) -> PathBuf {
    folder.join(format!("{id}.ron"))
}

/// `template` as the text of a template file.
pub fn template_text(template: &Template) -> Result<String, StorageError> {
    let body = to_ron_text(template, "the template")?;
    Ok(format!(
        "// A clinic template saved by Handout Desk. Edit it in the app, or by hand\n// (the format is in handouts/README.md). Editing it by hand also needs a new sign-off.\n{body}"
    ))
}

/// Saves `template` to `path` atomically.
pub fn save_template(template: &Template, path: &Path) -> Result<(), StorageError> {
    write_atomically(path, template_text(template)?.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{ReviewStatus, TemplateLibrary, parse_template};

    #[test]
    fn a_copy_records_its_base_and_reads_back() {
        let library = TemplateLibrary::load(&[]);
        let base = &library.get("moud-medicines").unwrap().template;
        let copy = adapt(base, "Lakeside Clinic", |id| id == "moud-medicines-clinic");
        assert_eq!(copy.id, "moud-medicines-clinic-2");
        assert_eq!(copy.review.status, ReviewStatus::Draft);
        let from = copy.adapted_from.as_ref().unwrap();
        assert_eq!(from.base_id, "moud-medicines");
        assert_eq!(from.base_version, base.version);
        assert_eq!(from.base_hash, content_hash(base));
        assert_eq!(from.base_blocks, base.blocks);
        let text = template_text(&copy).unwrap();
        let back = parse_template(&text, Path::new("copy.ron")).unwrap();
        assert_eq!(back, copy);
    }
}
