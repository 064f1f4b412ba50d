//! "Adapt for my clinic": a clinic's own copy of a vetted template.
//!
//! The copy is a new template with its own id, saved in the clinic's templates
//! folder (never under `handouts/`). It records the clinic and a snapshot of the
//! original (id, version, title, content hash, sources and blocks), so that what
//! the clinic changed can be shown block by block, and a newer original noticed.

use std::path::{Path, PathBuf};

use crate::clinic::diff::{TemplateDiff, diff_templates};
use crate::storage::{StorageError, save_text, to_ron_text};
use crate::template::{
    Adaptation, LoadedTemplate, Review, Template, TemplateLibrary, content_hash,
};

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

/// A newer text of the original a clinic copy was adapted from.
#[derive(Debug, Clone)]
pub struct BaseUpdate<'l> {
    /// The original as the library has it now.
    pub current: &'l LoadedTemplate,
    /// The version the copy was made from.
    pub old_version: String,
    /// What changed in the original between the two.
    pub diff: TemplateDiff,
}

/// The original as it was when `copy` was made, rebuilt from the copy's snapshot.
pub fn base_as_adapted(copy: &Template, current_base: &Template) -> Option<Template> {
    let from = copy.adapted_from.as_ref()?;
    Some(Template {
        id: from.base_id.clone(),
        version: from.base_version.clone(),
        title: from.base_title.clone(),
        sources: from.base_sources.clone(),
        blocks: from.base_blocks.clone(),
        adapted_from: None,
        ..current_base.clone()
    })
}

/// The original of `copy` as the library holds it, when its text has changed since
/// the copy was made.
pub fn newer_base<'l>(copy: &Template, library: &'l TemplateLibrary) -> Option<&'l LoadedTemplate> {
    let from = copy.adapted_from.as_ref()?;
    let current = library.get(&from.base_id, &copy.language)?;
    (content_hash(&current.template) != from.base_hash).then_some(current)
}

/// A sentence saying the original of a clinic copy changed, e.g. "A newer version
/// of Kratom: know the risks is available (v1.0.0 to v1.1.0)".
pub fn update_notice(from: &Adaptation, current: &Template) -> String {
    if from.base_version == current.version {
        format!(
            "The text of {} v{} has changed since your copy was made",
            current.title, current.version
        )
    } else {
        format!(
            "A newer version of {} is available (v{} to v{})",
            current.title, from.base_version, current.version
        )
    }
}

/// Whether the original of `copy` has changed since the copy was made, and how.
pub fn base_update<'l>(copy: &Template, library: &'l TemplateLibrary) -> Option<BaseUpdate<'l>> {
    let from = copy.adapted_from.as_ref()?;
    let current = newer_base(copy, library)?;
    let old = base_as_adapted(copy, &current.template)?;
    Some(BaseUpdate {
        current,
        old_version: from.base_version.clone(),
        diff: diff_templates(&old, &current.template),
    })
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
    save_text(path, &template_text(template)?, "the template")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{ReviewStatus, TemplateLibrary, parse_template};

    #[test]
    fn a_copy_records_its_base_and_reads_back() {
        let library = TemplateLibrary::load(&[]);
        let base = &library.get("moud-medicines", "en-US").unwrap().template;
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
        assert!(
            base_update(&copy, &library).is_none(),
            "the base is the same"
        );
    }

    #[test]
    fn a_newer_base_is_noticed_with_its_changes() {
        let mut library = TemplateLibrary::load(&[]);
        let base = library
            .get("kratom-risks", "en-US")
            .unwrap()
            .template
            .clone();
        let copy = adapt(&base, "Lakeside Clinic", |_| false);
        let shipped = library
            .templates
            .iter_mut()
            .find(|t| t.template.id == "kratom-risks")
            .unwrap();
        // A version no shipped template has yet, so the test outlives content updates.
        shipped.template.version = "99.0.0".into();
        shipped.template.blocks.remove(1);
        let update = base_update(&copy, &library).expect("the update is noticed");
        assert_eq!(update.old_version, base.version);
        assert_eq!(update.current.template.version, "99.0.0");
        assert_eq!(update.diff.summary(), "1 removed");
    }

    #[test]
    fn a_spanish_copy_follows_its_spanish_original() {
        let mut library = TemplateLibrary::load(&[]);
        let base = library
            .get("kratom-risks", "es-US")
            .unwrap()
            .template
            .clone();
        let copy = adapt(&base, "Lakeside Clinic", |_| false);
        assert_eq!(copy.language, "es-US");
        assert!(base_update(&copy, &library).is_none());
        let english = library
            .templates
            .iter_mut()
            .find(|t| t.template.id == "kratom-risks" && t.template.language == "en-US")
            .unwrap();
        english.template.version = "99.0.0".into();
        assert!(
            base_update(&copy, &library).is_none(),
            "a new English version is not an update of the Spanish copy"
        );
    }
}
